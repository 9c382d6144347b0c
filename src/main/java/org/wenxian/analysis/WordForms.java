package org.wenxian.analysis;

import java.nio.CharBuffer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Traditional→Simplified conversion that depends on the word a character is in: Taiwan's own
 * forms of characters that the character table leaves as they are, above all 著 for the 着 of 著重,
 * 隨著, 接著 (著 is also the 著 of 著名). They become the Simplified character, as OpenCC's
 * Taiwan-to-Simplified conversion does (its TWVariants read backwards), except inside the words its
 * TWVariantsRevPhrases keeps (著名, 著作, 顯著, 名著). One char for one char, so offsets hold.
 *
 * <p>OpenCC's TSPhrases (計畫 → 计划, 藉由 → 借由) are not applied here: reading 計畫 as one word
 * moved judged queries down (src/test/resources/eval/README.md, Measured and left out). The words
 * of it that the library writes are in the synonym list instead.
 */
final class WordForms {
  private static final String REVERSE_PREFERRED = "# @reverse-prefer: ";

  /** A Taiwan form to the Simplified character it stands for; 0 for none. */
  private final char[] taiwanFormOf = new char[Character.MAX_VALUE + 1];
  private final List<KeptWord> keptWords;

  /** A word of TWVariantsRevPhrases, in the table's characters, and what it makes of its Taiwan forms. */
  private record KeptWord(String word, String as) {}

  /**
   * @param twVariants    the lines of TWVariants ("着	著": the character, then Taiwan's form of it)
   * @param twRevPhrases  TWVariantsRevPhrases entries ("著名", "著名")
   * @param table         the character table the rest of the text goes through
   */
  WordForms(List<String> twVariants, List<String[]> twRevPhrases, char[] table) {
    // A form OpenCC reads backwards only by word (么, which Simplified writes for 麼) is a Simplified
    // character in its own right: it is left alone.
    Set<Character> byWordOnly = new HashSet<>();
    twVariants.stream().filter(line -> line.startsWith(REVERSE_PREFERRED))
        .map(line -> line.substring(REVERSE_PREFERRED.length()).strip())
        .filter(rest -> !rest.isEmpty()).forEach(rest -> byWordOnly.add(rest.charAt(0)));
    for (String[] parts : ChineseScript.entries(twVariants)) {
      if (parts[0].length() == 1 && parts[1].length() == 1) {
        char character = parts[0].charAt(0);
        char taiwan = parts[1].charAt(0);
        if (table[taiwan] == taiwan && table[character] != taiwan && !byWordOnly.contains(taiwan)) {
          taiwanFormOf[taiwan] = table[character];
        }
      }
    }
    keptWords = twRevPhrases.stream()
        .filter(parts -> parts[0].length() == parts[1].split(" ")[0].length())
        .filter(parts -> parts[0].chars().anyMatch(c -> taiwanFormOf[c] != 0))
        .map(parts -> new KeptWord(ChineseScript.convert(table, parts[0]), ChineseScript.convert(table, parts[1].split(" ")[0])))
        .toList();
  }

  /** The text through the table, with Taiwan's forms read by their words. */
  String convert(CharSequence text, char[] table) {
    char[] out = new char[text.length()];
    boolean taiwanForms = false;
    for (int i = 0; i < out.length; i++) {
      char c = text.charAt(i);
      out[i] = table[c];
      taiwanForms |= taiwanFormOf[c] != 0;
    }
    // Rare (22 of the report's 36,049 chars): the words around a Taiwan form are only looked at then.
    for (int i = 0; taiwanForms && i < out.length; i++) {
      char simplified = taiwanFormOf[text.charAt(i)];
      if (simplified != 0) {
        out[i] = keptAt(out, i, simplified);
      }
    }
    return new String(out);
  }

  /** What the longest kept word around {@code at} makes of its Taiwan form, or {@code otherwise}. */
  private char keptAt(char[] converted, int at, char otherwise) {
    KeptWord longest = null;
    int longestStart = 0;
    for (KeptWord kept : keptWords) {
      int length = kept.word().length();
      for (int start = Math.max(0, at - length + 1); start <= at && start + length <= converted.length; start++) {
        if ((longest == null || length > longest.word().length())
            && kept.word().contentEquals(CharBuffer.wrap(converted, start, length))) {
          longest = kept;
          longestStart = start;
        }
      }
    }
    return longest == null ? otherwise : longest.as().charAt(at - longestStart);
  }
}
