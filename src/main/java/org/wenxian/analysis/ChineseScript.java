package org.wenxian.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Width folding plus Traditional→Simplified as a character table built from OpenCC's TSCharacters dictionary (shipped in opencc4j). One array lookup per char: conversion costs less than
 * tokenization, and because every mapping is one char to one char, offsets never move.
 */
public final class ChineseScript {
  /** OpenCC dictionary version, recorded in the index so that a new table forces a rebuild. */
  public static final String DICTIONARY_VERSION = "opencc4j-1.14.0";

  private static final char[] TABLE = buildTable();

  private ChineseScript() {}

  /** The Simplified form of one BMP character, or the character itself. */
  public static char toSimplified(char c) {
    return TABLE[c];
  }

  public static String toSimplified(CharSequence text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = TABLE[text.charAt(i)];
    }
    return new String(out);
  }

  private static char[] buildTable() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c < table.length; c++) {
      table[c] = (char) c;
    }
    String resource = "/data/dictionary/TSCharacters.txt";
    try (InputStream in = ChineseScript.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenCC dictionary " + resource + " is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        // "Traditional<TAB>Simplified [alternatives]": the first alternative is OpenCC's default.
        String[] parts = line.split("\t");
        if (parts.length < 2) {
          continue;
        }
        String to = parts[1].split(" ")[0];
        // Only one BMP char to one BMP char: anything else would shift offsets.
        if (parts[0].length() == 1 && to.length() == 1) {
          table[parts[0].charAt(0)] = to.charAt(0);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Fold first (full-width, radicals, compatibility forms), then convert the folded char.
    char[] folded = Folding.table();
    for (int c = 0; c < folded.length; c++) {
      folded[c] = table[folded[c]];
    }
    return folded;
  }
}
