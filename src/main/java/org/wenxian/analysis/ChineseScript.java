package org.wenxian.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
 * <p>Taiwan writes some characters in its own forms, and one matters here: 著 for the 着 of 著重,
 * 隨著, 接著, which OpenCC's TSCharacters leaves as 著 (著 is also the 著 of 著名). So 著 becomes 着,
 * as OpenCC's Taiwan-to-Simplified conversion does (TWVariants read backwards), except inside the
 * words its TWVariantsRevPhrases keeps (著名, 著作, 顯著, 名著): 着重 then finds 著重, and the
 * mainland proposal's 着力 is found by 著力. Both files are OpenCC 1.4.2's, copied into
 * {@code wenxian/opencc} (opencc4j ships neither); the same length in and out, so offsets hold.
 */
public final class ChineseScript {
  /** OpenCC dictionary version, recorded in the index so that a new table forces a rebuild. */
  public static final String DICTIONARY_VERSION = "opencc4j-1.14.0+TSPhrases+JPVariants+OpenCC-1.4.2-TWVariants";

  /** Folding and Traditional→Simplified only: what tells Traditional text from Simplified. */
  private static final char[] TRADITIONAL_TO_SIMPLIFIED;
  /** The above, plus the Japanese forms that are not Chinese characters: what analysis reads. */
  private static final char[] TABLE;
  private static final char[] JAPANESE_FORMS;
  /** A Taiwan form that the table leaves as it is, to the Simplified form of the character it stands for; 0 for none. */
  private static final char[] TAIWAN_FORM_OF;
  /**
   * OpenCC's TSPhrases that convert as many chars as they read, where a word is written otherwise
   * than its characters one by one: 計畫 → 计划, 藉由 → 借由, 瞭解 → 了解.
   */
  private static final Map<String, String> PHRASES;
  private static final boolean[] STARTS_PHRASE = new boolean[Character.MAX_VALUE + 1];
  private static int longestPhrase;
  /** Words in which a Taiwan form stays what the table makes of it (著名), or becomes another (待著 → 待着). */
  private static final List<KeptWord> KEPT_WORDS;
  /** Taiwan forms OpenCC reads backwards only by word (its "@reverse-prefer" notes); filled as TWVariants is read. */
  private static final Set<Character> REVERSE_PREFERRED = new HashSet<>();

  static {
    // Each dictionary is read once: "Source<TAB>Target [alternatives]", the first alternative OpenCC's default.
    List<String[]> traditional = dictionary("TSCharacters.txt");
    List<String[]> simplified = dictionary("STCharacters.txt");
    List<String[]> japanese = dictionary("JPVariants.txt");
    TRADITIONAL_TO_SIMPLIFIED = traditionalToSimplified(traditional);
    TABLE = withJapaneseForms(TRADITIONAL_TO_SIMPLIFIED, japanese, chineseCharacters(traditional, simplified),
        severalMeanings(dictionary("JPShinjitaiCharacters.txt")));
    JAPANESE_FORMS = japaneseForms(japanese, simplified);
    PHRASES = phrases(dictionary("TSPhrases.txt"), TABLE);
    Map<Character, Character> taiwanForms = taiwanForms(dictionary("/wenxian/opencc/TWVariants.txt", true), TABLE);
    TAIWAN_FORM_OF = new char[Character.MAX_VALUE + 1];
    taiwanForms.forEach((form, standard) -> TAIWAN_FORM_OF[form] = standard);
    KEPT_WORDS = keptWords(dictionary("/wenxian/opencc/TWVariantsRevPhrases.txt", true), taiwanForms, TABLE);
  }

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

  /** The text in Simplified characters, Taiwan forms read in their words (see the class comment). */
  public static String toSimplified(CharSequence text) {
    char[] out = new char[text.length()];
    boolean taiwanForms = false;
    for (int i = 0; i < out.length; i++) {
      char c = text.charAt(i);
      String phrase = STARTS_PHRASE[c] ? phraseAt(text, i) : null;
      if (phrase != null) {
        phrase.getChars(0, phrase.length(), out, i);
        i += phrase.length() - 1;
        continue;
      }
      out[i] = TABLE[c];
      taiwanForms |= TAIWAN_FORM_OF[c] != 0;
    }
    // Rare (22 of the report's 36,049 chars): the words around a Taiwan form are only looked at then.
    for (int i = 0; taiwanForms && i < out.length; i++) {
      char simplified = TAIWAN_FORM_OF[text.charAt(i)];
      if (simplified != 0) {
        out[i] = inKeptWord(out, i).orElse(simplified);
      }
    }
    return new String(out);
  }

  /** The converted form of the longest phrase of TSPhrases that starts at {@code at}, or null. */
  private static String phraseAt(CharSequence text, int at) {
    for (int length = Math.min(longestPhrase, text.length() - at); length >= 2; length--) {
      String converted = PHRASES.get(text.subSequence(at, at + length).toString());
      if (converted != null) {
        return converted;
      }
    }
    return null;
  }

  private static Map<String, String> phrases(List<String[]> dictionary, char[] table) {
    Map<String, String> out = new HashMap<>();
    for (String[] parts : dictionary) {
      String to = parts[1].split(" ")[0];
      if (parts[0].length() >= 2 && to.length() == parts[0].length()) {
        out.put(parts[0], convert(table, to));
        STARTS_PHRASE[parts[0].charAt(0)] = true;
        longestPhrase = Math.max(longestPhrase, parts[0].length());
      }
    }
    return Map.copyOf(out);
  }

  /** A word of TWVariantsRevPhrases, in the table's characters, and what it makes of its Taiwan forms. */
  private record KeptWord(String word, String as) {}

  private static java.util.Optional<Character> inKeptWord(char[] converted, int at) {
    KeptWord longest = null;
    int longestStart = 0;
    for (KeptWord kept : KEPT_WORDS) {
      for (int start = Math.max(0, at - kept.word().length() + 1); start <= at; start++) {
        if (start + kept.word().length() <= converted.length
            && kept.word().contentEquals(java.nio.CharBuffer.wrap(converted, start, kept.word().length()))
            && (longest == null || kept.word().length() > longest.word().length())) {
          longest = kept;
          longestStart = start;
        }
      }
    }
    return longest == null ? java.util.Optional.empty() : java.util.Optional.of(longest.as().charAt(at - longestStart));
  }

  /**
   * OpenCC's TWVariants ("着	著": the character, then Taiwan's form of it) read backwards, for the
   * Taiwan forms that the table leaves as they are while the character they stand for converts to
   * something else. A form OpenCC marks "@reverse-prefer" (么, which Simplified writes for 麼) is not
   * read backwards: it is a Simplified character in its own right.
   */
  private static Map<Character, Character> taiwanForms(List<String[]> variants, char[] table) {
    Map<Character, Character> out = new HashMap<>();
    for (String[] parts : variants) {
      if (parts[0].length() == 1 && parts[1].length() == 1) {
        char character = parts[0].charAt(0);
        char taiwan = parts[1].charAt(0);
        if (table[taiwan] == taiwan && table[character] != taiwan && !REVERSE_PREFERRED.contains(taiwan)) {
          out.put(taiwan, table[character]);
        }
      }
    }
    return Map.copyOf(out);
  }

  /** The words of TWVariantsRevPhrases that hold a Taiwan form, both sides in the table's characters. */
  private static List<KeptWord> keptWords(List<String[]> phrases, Map<Character, Character> taiwanForms, char[] table) {
    return phrases.stream()
        .filter(parts -> parts[0].length() == parts[1].split(" ")[0].length())
        .filter(parts -> parts[0].chars().anyMatch(c -> taiwanForms.containsKey((char) c)))
        .map(parts -> new KeptWord(convert(table, parts[0]), convert(table, parts[1].split(" ")[0])))
        .toList();
  }

  private static String convert(char[] table, CharSequence text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = table[text.charAt(i)];
    }
    return new String(out);
  }

  /** Lines of an OpenCC dictionary from opencc4j, split at the tab. */
  private static List<String[]> dictionary(String name) {
    return dictionary("/data/dictionary/" + name, false);
  }

  /** Lines of an OpenCC dictionary, split at the tab; "# @reverse-prefer: X …" lines note X. */
  private static List<String[]> dictionary(String resource, boolean noteReversePreferred) {
    try (InputStream in = ChineseScript.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenCC dictionary " + resource + " is missing from the classpath");
      }
      List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
      if (noteReversePreferred) {
        lines.stream().filter(line -> line.startsWith("# @reverse-prefer: "))
            .map(line -> line.substring("# @reverse-prefer: ".length()).strip())
            .filter(rest -> !rest.isEmpty()).forEach(rest -> REVERSE_PREFERRED.add(rest.charAt(0)));
      }
      return lines.stream().filter(line -> !line.startsWith("#"))
          .map(line -> line.split("\t")).filter(parts -> parts.length >= 2).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  /** Every character either script table names, as a source or an alternative. */
  private static Set<Character> chineseCharacters(List<String[]> traditional, List<String[]> simplified) {
    Set<Character> out = new HashSet<>();
    for (List<String[]> dictionary : List.of(traditional, simplified)) {
      for (String[] parts : dictionary) {
        (parts[0] + parts[1]).chars().filter(c -> c != ' ').forEach(c -> out.add((char) c));
      }
    }
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
