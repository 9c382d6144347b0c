package org.wenxian.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Width folding plus Traditional→Simplified as a character table built from OpenCC's TSCharacters
 * dictionary (shipped in opencc4j). One array lookup per char: conversion costs less than
 * tokenization, and because every mapping is one char to one char, offsets never move.
 *
 * <p>For matching, the Japanese forms that are not Chinese characters (権, 戦, 関, 経, 発, from
 * OpenCC's JPVariants read backwards) map to the Simplified form of their Traditional character, so
 * that 戰略 and 战略 find the 戦略 of a Japanese passage in the fields that Chinese analysis builds
 * (bigrams, headings). A form that is also a Chinese character (会, 国, 芸) or stands for several
 * Traditional ones (弁: 辨, 辯, 瓣) is left alone.
 */
public final class ChineseScript {
  /** OpenCC dictionary version, recorded in the index so that a new table forces a rebuild. */
  public static final String DICTIONARY_VERSION = "opencc4j-1.14.0+JPVariants";

  private static final java.util.Set<Character> CHINESE = new java.util.HashSet<>();
  /** Folding and Traditional→Simplified only: what tells Traditional text from Simplified. */
  private static final char[] TRADITIONAL_TO_SIMPLIFIED = buildTable();
  private static final char[] TABLE = withJapaneseForms(TRADITIONAL_TO_SIMPLIFIED);
  private static final char[] JAPANESE_FORMS = japaneseForms();

  private ChineseScript() {}

  /** The Simplified form of one BMP character (or of a Japanese form), or the character itself. */
  public static char toSimplified(char c) {
    return TABLE[c];
  }

  /**
   * The text with each Chinese character in the form Japanese writes it: 會 and 会 give 会, 經 and
   * 经 give 経, 业 gives 業 (OpenCC's JPVariants for Traditional characters; a Simplified-only
   * character goes through its Traditional form). A Simplified form that is also a character of its
   * own (斗, one of 鬥's) is left alone, as are kana and Latin. One char for one char.
   */
  public static String toJapaneseForms(CharSequence text) {
    return convert(JAPANESE_FORMS, text);
  }

  /** Whether a character is a Traditional one that Simplified Chinese writes otherwise. */
  public static boolean isTraditional(char c) {
    return TRADITIONAL_TO_SIMPLIFIED[c] != c;
  }

  public static String toSimplified(CharSequence text) {
    return convert(TABLE, text);
  }

  private static String convert(char[] table, CharSequence text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = table[text.charAt(i)];
    }
    return new String(out);
  }

  private static void knownAsChinese(String chars) {
    chars.chars().filter(c -> c != ' ').forEach(c -> CHINESE.add((char) c));
  }

  /** Lines of an OpenCC dictionary from opencc4j, split at the tab. */
  private static java.util.List<String[]> dictionary(String name) {
    String resource = "/data/dictionary/" + name;
    try (InputStream in = ChineseScript.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenCC dictionary " + resource + " is missing from the classpath");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(line -> line.split("\t")).filter(parts -> parts.length >= 2).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static char[] withJapaneseForms(char[] traditionalToSimplified) {
    // Simplified characters count as Chinese too: STCharacters lists each with its Traditional forms.
    dictionary("STCharacters.txt").forEach(parts -> {
      knownAsChinese(parts[0]);
      knownAsChinese(parts[1]);
    });
    java.util.Map<Character, java.util.Set<Character>> traditionalOf = new java.util.HashMap<>();
    for (String[] parts : dictionary("JPVariants.txt")) {
      for (String japanese : parts[1].split(" ")) {
        if (parts[0].length() == 1 && japanese.length() == 1) {
          traditionalOf.computeIfAbsent(japanese.charAt(0), k -> new java.util.HashSet<>()).add(parts[0].charAt(0));
        }
      }
    }
    // OpenCC's own list of Japanese forms that stand for several Traditional characters (両: 兩, 輛).
    java.util.Set<Character> ambiguous = new java.util.HashSet<>();
    dictionary("JPShinjitaiCharacters.txt").stream().filter(parts -> parts[0].length() == 1)
        .forEach(parts -> ambiguous.add(parts[0].charAt(0)));
    char[] table = traditionalToSimplified.clone();
    traditionalOf.forEach((japanese, traditional) -> {
      boolean oneMeaning = traditional.size() == 1 && !ambiguous.contains(japanese);
      if (oneMeaning && !CHINESE.contains(japanese) && table[japanese] == japanese) {
        table[japanese] = traditionalToSimplified[traditional.iterator().next()];
      }
    });
    return table;
  }

  private static char[] japaneseForms() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c < table.length; c++) {
      table[c] = (char) c;
    }
    for (String[] parts : dictionary("JPVariants.txt")) {
      String japanese = parts[1].split(" ")[0];
      if (parts[0].length() == 1 && japanese.length() == 1) {
        table[parts[0].charAt(0)] = japanese.charAt(0);
      }
    }
    // A Simplified-only character (经, 变, 业: not among its own Traditional forms) takes the Japanese
    // form of its first Traditional one; 斗 (鬥, 斗) is a character of its own.
    char[] traditionalForms = table.clone();
    for (String[] parts : dictionary("STCharacters.txt")) {
      java.util.List<String> traditional = java.util.List.of(parts[1].split(" "));
      if (parts[0].length() == 1 && !traditional.contains(parts[0]) && traditional.get(0).length() == 1) {
        table[parts[0].charAt(0)] = traditionalForms[traditional.get(0).charAt(0)];
      }
    }
    return table;
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
        knownAsChinese(parts[0]);
        knownAsChinese(parts[1]);
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
