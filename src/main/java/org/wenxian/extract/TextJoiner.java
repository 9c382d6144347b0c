package org.wenxian.extract;

/**
 * Whitespace rules for Chinese text mixed with Latin words: no space between two Han characters
 * (or next to full-width punctuation), one space between Han and Latin text, and line breaks
 * joined the same way.
 */
public final class TextJoiner {
  /** CJK Radicals Supplement code points and the unified ideographs they are drawn for. */
  private static final String RADICAL_SUPPLEMENT = "⺟⺠⻄⻑⻘⻝⻤⻨⻩⻫⻭⻯⻲⺮⻌⻖";
  private static final String RADICAL_SUPPLEMENT_IDEOGRAPHS = "母民西長青食鬼麦黄斉歯竜亀竹辶阝";

  private TextJoiner() {}

  /** Collapses whitespace inside one line and drops the spaces that CJK typesetting never has. */
  public static String normalizeLine(String line) {
    String collapsed = line.replace('\u00A0', ' ').replace('\u3000', ' ').replaceAll("[\\s\\p{Z}]+", " ").strip();
    StringBuilder out = new StringBuilder(collapsed.length());
    for (int i = 0; i < collapsed.length(); i++) {
      char c = collapsed.charAt(i);
      if (c == ' ') {
        char before = out.isEmpty() ? ' ' : out.charAt(out.length() - 1);
        char after = i + 1 < collapsed.length() ? collapsed.charAt(i + 1) : ' ';
        if (noSpaceBetween(before, after)) {
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * What the reader sees, not what a PDF font encoded: Kangxi radicals and CJK radical supplement
   * code points (⽉ U+2F49 for 月, ⽣ for 生) become the ideographs they stand for, and a bullet glyph
   * from a private-use font slot becomes "•". Width and other compatibility forms are kept as
   * printed; matching folds them in analysis. Applied once, as lines leave extraction.
   */
  public static String repairGlyphs(String line) {
    StringBuilder out = null;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      char r = c;
      if (c >= '\u2F00' && c <= '\u2FDF') {
        String n = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC);
        r = n.length() == 1 ? n.charAt(0) : c;
      } else if (c >= '\u2E80' && c <= '\u2EFF') {
        // NFKC leaves the radicals supplement alone; these are the ones fonts use for whole characters.
        int k = RADICAL_SUPPLEMENT.indexOf(c);
        r = k >= 0 ? RADICAL_SUPPLEMENT_IDEOGRAPHS.charAt(k) : c;
      } else if (c >= '\uE000' && c <= '\uF8FF') {
        r = '•';
      }
      if (r != c && out == null) {
        out = new StringBuilder(line);
      }
      if (out != null) {
        out.setCharAt(i, r);
      }
    }
    return out == null ? line : out.toString();
  }

  /** Appends {@code next} to {@code text} as the continuation of a broken line. */
  public static void appendJoined(StringBuilder text, String next) {
    if (next.isEmpty()) {
      return;
    }
    if (text.isEmpty()) {
      text.append(next);
      return;
    }
    char before = text.charAt(text.length() - 1);
    char after = next.charAt(0);
    if (before == '-' && text.length() > 1 && Character.isLetter(text.charAt(text.length() - 2)) && Character.isLetter(after)) {
      // A hyphen at the end of a line joins: "Pan-" + "Canadian", "world-" + "class". Government
      // texts break compounds far more often than syllables, so the hyphen is kept.
    } else if (!noSpaceBetween(before, after)) {
      text.append(' ');
    }
    text.append(next);
  }

  static boolean noSpaceBetween(char before, char after) {
    return isCjk(before) && isCjk(after)
        || isCjkPunctuation(before) && !Character.isWhitespace(after)
        || isCjkPunctuation(after) && !Character.isWhitespace(before);
  }

  /** Han ideographs (including Kangxi radicals and compatibility forms), kana and Hangul. */
  public static boolean isCjk(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL
        || c == 'ー' || c == '〇';
  }

  /** Full-width punctuation that is set without surrounding spaces. */
  public static boolean isCjkPunctuation(char c) {
    return (c >= '\u3000' && c <= '\u303F' && c != '\u3000')
        || (c >= '\uFF01' && c <= '\uFF0F')
        || (c >= '\uFF1A' && c <= '\uFF20')
        || (c >= '\uFF3B' && c <= '\uFF40')
        || (c >= '\uFF5B' && c <= '\uFF65')
        || c == '…' || c == '—' || c == '‧';
  }
}
