package org.wenxian.enrich;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a text defines an abbreviation: "Canadian Institute for Advanced Research (CIFAR)",
 * "資訊處理推進機構（Information Technology Promotion Agency, IPA）", "Mila (Montreal Institute for
 * Learning Algorithms)", "ABCI：AI Bridging Cloud Infrastructure". The library's own definitions let
 * a search for one form find passages that write only the other, which no fixed list could do for
 * names that no dictionary knows.
 *
 * <p>A definition counts only when the short form's letters are the long form's initials, in order,
 * after the approach of Schwartz and Hearst (2003): every word of the long form but small words
 * gives its initial, a word in capitals may give more ("AI" in GPAI), and one inner word may give
 * none ("Information [Technology] Promotion Agency" is IPA).
 */
public final class Acronyms {
  /** One definition: the short form as written, and the long form it stands for. */
  public record Definition(String shortForm, String longForm) {}

  /**
   * The Han text just before brackets that give an abbreviation: "…年成立加拿大先進研究所" before
   * "（Canadian Institute for Advanced Research, CIFAR）". Where the name starts is not known (成立 is
   * a verb), so a query matches it by its end: the name is the part of this text a query ends with.
   */
  public record HanName(String shortForm, String before) {}

  /** A Han name is at least this long: shorter ends ("研究所") are words, not names. */
  public static final int MIN_HAN_NAME = 4;
  private static final int MAX_HAN_NAME = 20;

  /** Definitions in a text are rare; one passage in a thousand holds more than a few. */
  private static final int MAX_PER_TEXT = 20;

  /** A short form: a capital, then up to nine letters ("CIFAR", "R&D", "Mila"). */
  private static final Pattern SHORT = Pattern.compile("[A-Z][A-Za-z&]{1,9}");
  /** Text in brackets, half- or full-width: where most definitions are. */
  private static final Pattern BRACKETS = Pattern.compile("[（(]([^（）()]{2,200})[)）]");
  /** "（Information Technology Promotion Agency, IPA）": the long form, a comma, the short form. */
  private static final Pattern LONG_COMMA_SHORT = Pattern.compile("\\s*(.+?)\\s*[,，]\\s*(" + SHORT.pattern() + ")\\s*");
  /** "ABCI：AI Bridging Cloud Infrastructure", "SNS: Social Networking Service". */
  private static final Pattern SHORT_COLON = Pattern.compile("(?<![A-Za-z])(" + SHORT.pattern() + ")\\s*[:：]");
  private static final int MAX_WORDS = 12;
  /** A short form in capitals (a plural s allowed: "SMEs") followed by a title-case word: a glossary row. */
  private static final Pattern SHORT_THEN_TITLE = Pattern.compile("(?<![A-Za-z&])([A-Z][A-Z&]{1,7}s?)[ \\t]+(?=[A-Z][a-z])");

  /** Words a long form may include without giving their initial. */
  private static final Set<String> SMALL_WORDS =
      Set.of("of", "for", "and", "the", "on", "in", "to", "a", "an", "at", "by", "with", "&", "de", "du", "des", "et");

  private Acronyms() {}

  /**
   * The definitions a text makes, each once, in order of the kind found. Plain scans around brackets
   * and colons: a regular expression over whole passages took a second for the corpus.
   */
  public static List<Definition> find(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC);
    Set<Definition> found = new LinkedHashSet<>();
    Matcher brackets = BRACKETS.matcher(t);
    while (brackets.find() && found.size() < MAX_PER_TEXT) {
      String inside = brackets.group(1);
      Matcher comma;
      if (SHORT.matcher(inside.strip()).matches()) {
        // "… Advanced Research (CIFAR)": the shortest run of words before the brackets it abbreviates.
        String shortForm = inside.strip();
        List<String> words = wordsBefore(t, brackets.start());
        for (int from = words.size() - 1; from >= 0 && capitalised(shortForm); from--) {
          if (abbreviates(shortForm, words.subList(from, words.size()))) {
            found.add(new Definition(shortForm, String.join(" ", words.subList(from, words.size()))));
            break;
          }
        }
      } else if ((comma = LONG_COMMA_SHORT.matcher(inside)).matches()) {
        List<String> words = latinWords(comma.group(1));
        if (words != null && capitalised(comma.group(2)) && abbreviates(comma.group(2), words)) {
          found.add(new Definition(comma.group(2), String.join(" ", words)));
        }
      } else {
        // "Mila (Montreal Institute for Learning Algorithms)": a name may be in lower case after its initial.
        List<String> words = latinWords(inside);
        List<String> before = wordsBefore(t, brackets.start());
        if (words != null && !before.isEmpty()) {
          String shortForm = before.get(before.size() - 1);
          if (SHORT.matcher(shortForm).matches() && abbreviates(shortForm, words)) {
            found.add(new Definition(shortForm, String.join(" ", words)));
          }
        }
      }
    }
    Matcher colon = SHORT_COLON.matcher(t);
    while (colon.find() && found.size() < MAX_PER_TEXT) {
      String shortForm = colon.group(1);
      List<String> words = wordsAfter(t, colon.end());
      // The longest run of words after the colon: the definition may go on into a sentence.
      for (int to = words.size(); to >= 2 && capitalised(shortForm); to--) {
        if (abbreviates(shortForm, words.subList(0, to))) {
          found.add(new Definition(shortForm, String.join(" ", words.subList(0, to))));
          break;
        }
      }
    }
    Matcher entry = SHORT_THEN_TITLE.matcher(t);
    while (entry.find() && found.size() < MAX_PER_TEXT) {
      // "METI Ministry of Economy, Trade and Industry": a glossary row, the longest run of title-case
      // words after it that it abbreviates, up to the next word in capitals ("SMEs" as "SME").
      String shortForm = entry.group(1);
      List<String> words = titleWordsAfter(t, entry.end());
      for (int to = words.size(); to >= 2; to--) {
        if (abbreviates(shortForm.replaceAll("(?<=[A-Z])s$", ""), words.subList(0, to))) {
          found.add(new Definition(shortForm, String.join(" ", words.subList(0, to))));
          break;
        }
      }
    }
    return List.copyOf(found);
  }

  /**
   * The title-case words from {@code start} (small words allowed, commas between them), up to one in
   * capitals or any other text.
   */
  private static List<String> titleWordsAfter(String t, int start) {
    List<String> words = new ArrayList<>();
    int i = start;
    while (words.size() < MAX_WORDS) {
      while (i < t.length() && (Character.isWhitespace(t.charAt(i)) || t.charAt(i) == ',')) {
        i++;
      }
      int wordStart = i;
      while (i < t.length() && isWordChar(t.charAt(i))) {
        i++;
      }
      String word = clean(t.substring(wordStart, i));
      // A word with a second capital ("IoT") starts the next row.
      boolean title = !word.isEmpty() && Character.isUpperCase(word.charAt(0))
          && word.chars().skip(1).noneMatch(Character::isUpperCase) && word.length() > 1;
      if (!title && !(isSmall(word) && !words.isEmpty())) {
        break;
      }
      words.add(word);
    }
    return words;
  }

  /** The Han names before brackets that give their abbreviation, as {@link HanName} describes. */
  public static List<HanName> hanNamesIn(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC);
    Set<HanName> found = new LinkedHashSet<>();
    Matcher brackets = BRACKETS.matcher(t);
    while (brackets.find() && found.size() < MAX_PER_TEXT) {
      String inside = brackets.group(1).strip();
      Matcher comma = LONG_COMMA_SHORT.matcher(inside);
      String shortForm = null;
      if (SHORT.matcher(inside).matches()) {
        shortForm = inside;
      } else if (comma.matches()) {
        List<String> words = latinWords(comma.group(1));
        shortForm = words != null && abbreviates(comma.group(2), words) ? comma.group(2) : null;
      }
      if (shortForm == null || !capitalised(shortForm)) {
        continue;
      }
      int i = brackets.start();
      while (i > 0 && Character.isWhitespace(t.charAt(i - 1))) {
        i--;
      }
      int end = i;
      while (i > 0 && end - i < MAX_HAN_NAME && Character.UnicodeScript.of(t.charAt(i - 1)) == Character.UnicodeScript.HAN) {
        i--;
      }
      if (end - i >= MIN_HAN_NAME) {
        found.add(new HanName(shortForm, t.substring(i, end)));
      }
    }
    return List.copyOf(found);
  }

  /** The Latin words just before {@code end}, separated by spaces or commas only, at most {@link #MAX_WORDS}. */
  private static List<String> wordsBefore(String t, int end) {
    List<String> words = new ArrayList<>();
    int i = end;
    while (words.size() < MAX_WORDS) {
      while (i > 0 && (Character.isWhitespace(t.charAt(i - 1)) || t.charAt(i - 1) == ',')) {
        i--;
      }
      int wordEnd = i;
      while (i > 0 && isWordChar(t.charAt(i - 1))) {
        i--;
      }
      if (i == wordEnd) {
        break;
      }
      String word = clean(t.substring(i, wordEnd));
      if (word.isEmpty() || !isLatinLetter(word.charAt(0))) {
        break;
      }
      words.add(0, word);
    }
    return words;
  }

  /** The Latin words from {@code start}, separated by spaces only, at most {@link #MAX_WORDS}. */
  private static List<String> wordsAfter(String t, int start) {
    List<String> words = new ArrayList<>();
    int i = start;
    while (words.size() < MAX_WORDS) {
      while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
        i++;
      }
      int wordStart = i;
      while (i < t.length() && isWordChar(t.charAt(i))) {
        i++;
      }
      String word = clean(t.substring(wordStart, i));
      if (word.isEmpty() || !isLatinLetter(word.charAt(0))) {
        break;
      }
      words.add(word);
    }
    return words;
  }

  /** The words of a text made only of Latin words, spaces and commas; null for any other text. */
  private static List<String> latinWords(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.strip().split("[\\s,]+")) {
      String word = clean(w);
      if (word.isEmpty() || !isLatinLetter(word.charAt(0)) || !word.chars().allMatch(c -> isWordChar((char) c))) {
        return null;
      }
      words.add(word);
    }
    return words.size() > MAX_WORDS ? null : words;
  }

  private static boolean isWordChar(char c) {
    return isLatinLetter(c) || c == '’' || c == '\'' || c == '&' || c == '-' || c == '.';
  }

  private static boolean isLatinLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /** A word without the quotes, hyphens and full stops around it. */
  private static String clean(String word) {
    return word.replaceAll("^[’'.-]+|[’'.-]+$", "");
  }

  /** True when {@code shortForm}'s letters are the initials of {@code words}, as the class describes. */
  static boolean abbreviates(String shortForm, List<String> words) {
    String letters = shortForm.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    if (letters.length() < 2 || words.isEmpty() || words.size() > letters.length() * 2 + 2
        || isSmall(words.get(0)) || isSmall(words.get(words.size() - 1))
        || Character.toLowerCase(words.get(0).charAt(0)) != letters.charAt(0)
        || words.stream().anyMatch(w -> w.equalsIgnoreCase(shortForm))) {
      return false;
    }
    return match(letters, 0, words, 0, letters.length() >= 3 ? 1 : 0);
  }

  private static boolean match(String letters, int li, List<String> words, int wi, int skipsLeft) {
    if (wi == words.size()) {
      return li == letters.length();
    }
    String word = words.get(wi);
    boolean small = isSmall(word);
    boolean inner = wi > 0 && wi < words.size() - 1;
    // A small word, or one inner word once, may give no letter.
    if (small && match(letters, li, words, wi + 1, skipsLeft)) {
      return true;
    }
    if (!small && inner && skipsLeft > 0 && match(letters, li, words, wi + 1, skipsLeft - 1)) {
      return true;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    // Its initial; a word in capitals ("AI") may give more of its letters.
    int most = word.equals(word.toUpperCase(Locale.ROOT)) ? lower.length() : 1;
    for (int n = 1; n <= most && li + n <= letters.length(); n++) {
      if (!lower.regionMatches(0, letters, li, n)) {
        break;
      }
      if (match(letters, li + n, words, wi + 1, skipsLeft)) {
        return true;
      }
    }
    return false;
  }

  /** At least two capitals: "CIFAR", "GPAI", "R&D", not "Talent" in "(Talent)". */
  private static boolean capitalised(String shortForm) {
    return shortForm.chars().filter(Character::isUpperCase).count() >= 2;
  }

  /** "of", "for", "and", "the"…: words a long form may include without giving their initial. */
  public static boolean isSmall(String word) {
    return SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }
}
