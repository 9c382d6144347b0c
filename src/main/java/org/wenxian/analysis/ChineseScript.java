package org.wenxian.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 *
 * <p>With the table, the conversion that depends on the word a character is in: Taiwan's 著 for 着
 * ({@link WordForms}).
 */
public final class ChineseScript {
  /** OpenCC dictionary version, recorded in the index so that a new table forces a rebuild. */
  public static final String DICTIONARY_VERSION = "opencc4j-1.14.0+JPVariants-2+OpenCC-1.4.2-TWVariants";

  /** Folding and Traditional→Simplified only: what tells Traditional text from Simplified. */
  private static final char[] TRADITIONAL_TO_SIMPLIFIED;
  /** The above, plus the Japanese forms that are not Chinese characters: what analysis reads. */
  private static final char[] TABLE;
  private static final char[] JAPANESE_FORMS;
  /** Taiwan's forms: TWVariants and TWVariantsRevPhrases are OpenCC 1.4.2's (opencc4j lacks them). */
  private static final WordForms WORD_FORMS;

  static {
    // Each dictionary is read once: "Source<TAB>Target [alternatives]", the first alternative OpenCC's default.
    List<String[]> traditional = dictionary("TSCharacters.txt");
    List<String[]> simplified = dictionary("STCharacters.txt");
    List<String[]> japanese = dictionary("JPVariants.txt");
    TRADITIONAL_TO_SIMPLIFIED = traditionalToSimplified(traditional);
    TABLE = withJapaneseForms(TRADITIONAL_TO_SIMPLIFIED, japanese,
        chineseCharacters(traditional, simplified, "/data/dictionary/STPhrases.txt"),
        severalMeanings(dictionary("JPShinjitaiCharacters.txt")));
    JAPANESE_FORMS = japaneseForms(japanese, simplified);
    WORD_FORMS = new WordForms(lines("/wenxian/opencc/TWVariants.txt"),
        entries(lines("/wenxian/opencc/TWVariantsRevPhrases.txt")), TABLE);
  }

  private ChineseScript() {}

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

  /** The text in Simplified characters, Taiwan's forms read by their words ({@link WordForms}). */
  public static String toSimplified(CharSequence text) {
    return WORD_FORMS.convert(text, TABLE);
  }

  /**
   * The text without spaces and middle dots (科学技術・イノベーション基本法 is typed both ways, and a
   * foreign name in Chinese with ·, ‧ or nothing between its parts: 傑佛瑞‧辛頓, 杰弗里·辛顿), in
   * Simplified characters and lower case, as names and titles are compared; {@code at}, when given,
   * receives where each kept character stands in the text (conversion is one character for one).
   */
  public static String compact(CharSequence text, List<Integer> at) {
    String simplified = toSimplified(text);
    StringBuilder out = new StringBuilder(simplified.length());
    for (int i = 0; i < simplified.length(); i++) {
      char c = simplified.charAt(i);
      if (!Character.isWhitespace(c) && !isMiddleDot(c)) {
        out.append(Character.toLowerCase(c));
        if (at != null) {
          at.add(i);
        }
      }
    }
    return out.toString();
  }

  private static boolean isMiddleDot(char c) {
    return c == '・' || c == '･' || c == '·' || c == '‧';
  }

  /** The text through a one-char-to-one-char table. */
  static String convert(char[] table, CharSequence text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = table[text.charAt(i)];
    }
    return new String(out);
  }

  /** Entries of an OpenCC dictionary from opencc4j, split at the tab. */
  private static List<String[]> dictionary(String name) {
    return entries(lines("/data/dictionary/" + name));
  }

  /** The lines of a dictionary on the classpath. */
  static List<String> lines(String resource) {
    try (InputStream in = resource(resource)) {
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A dictionary on the classpath, open; a clear error when the jar lacks it. */
  private static InputStream resource(String name) {
    InputStream in = ChineseScript.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("OpenCC dictionary " + name + " is missing from the classpath");
    }
    return in;
  }

  /** "Source<TAB>Target [alternatives]" entries of a dictionary's lines; comments left out. */
  static List<String[]> entries(List<String> lines) {
    return lines.stream().filter(line -> !line.startsWith("#"))
        .map(line -> line.split("\t")).filter(parts -> parts.length >= 2).toList();
  }

  private static char[] identity() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c < table.length; c++) {
      table[c] = (char) c;
    }
    return table;
  }

  /** OpenCC's default form of an entry, when it is one BMP char (anything else would shift offsets). */
  private static Character single(String[] parts) {
    String to = parts[1].split(" ")[0];
    return parts[0].length() == 1 && to.length() == 1 ? to.charAt(0) : null;
  }

  /** Each character to OpenCC's default form of it in the dictionary; the others to themselves. */
  private static char[] mapped(List<String[]> dictionary) {
    char[] table = identity();
    for (String[] parts : dictionary) {
      Character to = single(parts);
      if (to != null) {
        table[parts[0].charAt(0)] = to;
      }
    }
    return table;
  }

  private static char[] traditionalToSimplified(List<String[]> traditional) {
    char[] table = mapped(traditional);
    // Fold first (full-width, radicals, compatibility forms), then convert the folded char.
    char[] folded = Folding.table();
    for (int c = 0; c < folded.length; c++) {
      folded[c] = table[folded[c]];
    }
    return folded;
  }

  /**
   * Every character either script table names, as a source or an alternative, and every character
   * of OpenCC's Simplified phrases: a character both scripts write alike is in no character table,
   * yet 予 (给予, 授予), 疏 and 醋 are Chinese, not only Japanese forms of 豫, 疎 and 酢.
   */
  private static Set<Character> chineseCharacters(List<String[]> traditional, List<String[]> simplified,
      String simplifiedPhrases) {
    Set<Character> out = new HashSet<>();
    for (List<String[]> dictionary : List.of(traditional, simplified)) {
      for (String[] parts : dictionary) {
        (parts[0] + parts[1]).chars().filter(c -> c != ' ').forEach(c -> out.add((char) c));
      }
    }
    // 1 MB read once in blocks: each line's phrase, up to its tab, marked in a bit set, no lines kept.
    java.util.BitSet phraseChars = new java.util.BitSet(Character.MAX_VALUE + 1);
    try (InputStream in = resource(simplifiedPhrases)) {
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      char[] block = new char[1 << 16];
      boolean phrase = true;
      for (int n = reader.read(block); n >= 0; n = reader.read(block)) {
        for (int i = 0; i < n; i++) {
          char c = block[i];
          if (c == '\n' || c == '\t') {
            phrase = c == '\n';
          } else if (phrase) {
            phraseChars.set(c);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    phraseChars.stream().forEach(c -> out.add((char) c));
    return out;
  }

  /** OpenCC's own list of Japanese forms that stand for several Traditional characters (両: 兩, 輛). */
  private static Set<Character> severalMeanings(List<String[]> shinjitai) {
    Set<Character> out = new HashSet<>();
    shinjitai.stream().filter(parts -> parts[0].length() == 1).forEach(parts -> out.add(parts[0].charAt(0)));
    return out;
  }

  private static char[] withJapaneseForms(char[] traditionalToSimplified, List<String[]> japanese,
      Set<Character> chinese, Set<Character> severalMeanings) {
    Map<Character, Set<Character>> traditionalOf = new HashMap<>();
    for (String[] parts : japanese) {
      for (String form : parts[1].split(" ")) {
        if (parts[0].length() == 1 && form.length() == 1) {
          traditionalOf.computeIfAbsent(form.charAt(0), k -> new HashSet<>()).add(parts[0].charAt(0));
        }
      }
    }
    char[] table = traditionalToSimplified.clone();
    traditionalOf.forEach((form, traditional) -> {
      boolean oneMeaning = traditional.size() == 1 && !severalMeanings.contains(form);
      if (oneMeaning && !chinese.contains(form) && table[form] == form) {
        table[form] = traditionalToSimplified[traditional.iterator().next()];
      }
    });
    return table;
  }

  private static char[] japaneseForms(List<String[]> japanese, List<String[]> simplified) {
    char[] table = mapped(japanese);
    // A Simplified-only character (经, 变, 业: not among its own Traditional forms) takes the Japanese
    // form of its first Traditional one; 斗 (鬥, 斗) is a character of its own.
    char[] traditionalForms = table.clone();
    for (String[] parts : simplified) {
      List<String> traditional = List.of(parts[1].split(" "));
      if (parts[0].length() == 1 && !traditional.contains(parts[0]) && traditional.get(0).length() == 1) {
        table[parts[0].charAt(0)] = traditionalForms[traditional.get(0).charAt(0)];
      }
    }
    return table;
  }
}
