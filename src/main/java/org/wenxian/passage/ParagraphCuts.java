package org.wenxian.passage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Where a paragraph too long for one passage is cut: between sentences, else between words. */
final class ParagraphCuts {
  /** A period that ends an abbreviation, not a sentence. */
  private static final Pattern ABBREVIATION =
      Pattern.compile("(?:^|[^A-Za-z])(?:etc|e\\.g|i\\.e|cf|vs|approx|incl|No|Fig|pp?)\\.$");

  /** How far back from an even cut a space or comma may be looked for. */
  private static final int BREAK_SEARCH = 200;

  private ParagraphCuts() {}

  /**
   * Cuts an over-long paragraph into pieces of about equal length at sentence ends (。！？；, or a
   * period before a space in English). A sentence longer than a passage (a table's cells run
   * together) is cut into equal parts at spaces or commas, never inside a word.
   */
  static List<String> cut(String text, int max) {
    List<String> sentences = sentences(text);
    int parts = (text.length() + max - 1) / max;
    int target = Math.max(1, text.length() / parts);
    List<String> pieces = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String sentence : sentences) {
      if (current.length() > 0 && (current.length() + sentence.length() > max || current.length() >= target)) {
        pieces.add(current.toString().strip());
        current.setLength(0);
      }
      current.append(sentence);
      if (current.length() > max) {
        List<String> even = cutAtBreaks(current.toString(), max);
        pieces.addAll(even.subList(0, even.size() - 1));
        current.setLength(0);
        current.append(even.get(even.size() - 1));
      }
    }
    if (!current.toString().isBlank()) {
      pieces.add(current.toString().strip());
    }
    pieces.removeIf(String::isBlank);
    return pieces;
  }

  /** The text's sentences, each with its end mark (。！？；!?, or an English full stop before a space). */
  private static List<String> sentences(String text) {
    List<String> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?') {
        sentences.add(text.substring(start, i + 1));
        start = i + 1;
      } else if (c == '.' && endsEnglishWord(text, i)) {
        // "… or language." The next …: an English sentence ends, closing quotes included (not "U.S.").
        int end = i + 1;
        while (end < text.length() && "\"”’')".indexOf(text.charAt(end)) >= 0) {
          end++;
        }
        if (end < text.length() && Character.isWhitespace(text.charAt(end))) {
          sentences.add(text.substring(start, end));
          start = end;
          i = end - 1;
        }
      }
    }
    if (start < text.length()) {
      sentences.add(text.substring(start));
    }
    return sentences;
  }

  /** True when the text ends with an abbreviation's full stop ("etc.", "e.g.", also "etc.)"): no sentence end. */
  static boolean endsWithAbbreviation(String text) {
    String t = text.strip().replaceAll("[」』）)\"'”’》]+$", "");
    return ABBREVIATION.matcher(t.substring(Math.max(0, t.length() - 7))).find();
  }

  /** The period at {@code i} follows a lower-case word or a number that is not an abbreviation (etc.). */
  private static boolean endsEnglishWord(String text, int i) {
    return i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) && !Character.isUpperCase(text.charAt(i - 1))
        && !ABBREVIATION.matcher(text.substring(Math.max(0, i - 6), i + 1)).find();
  }

  /** Equal parts of at most {@code max} characters, each cut at the last space or comma before its end. */
  private static List<String> cutAtBreaks(String text, int max) {
    int parts = (text.length() + max - 1) / max;
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int k = parts; k > 1; k--) {
      int end = start + (text.length() - start + k - 1) / k;
      int cut = end;
      for (int i = end; i > Math.max(start, end - BREAK_SEARCH); i--) {
        char c = text.charAt(i - 1);
        if (Character.isWhitespace(c) || c == '，' || c == '、' || c == ',' || c == '・') {
          cut = i;
          break;
        }
      }
      out.add(text.substring(start, cut).strip());
      start = cut;
    }
    out.add(text.substring(start).strip());
    return out;
  }
}
