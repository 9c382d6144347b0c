package org.wenxian.analysis;

import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import org.apache.lucene.analysis.CharFilter;

/**
 * Folding for matching. The table is NFKC, one char to one char: full-width Latin and digits (ＡＩ２０２４),
 * half-width katakana (ｶﾀｶﾅ), Kangxi radicals (⽣ → 生) and CJK compatibility ideographs. A char
 * whose NFKC form is longer (ligatures, ㈱) is left alone, so offsets never move and highlights
 * stay on the displayed text. Superscript digits fold to a space: in this library they are
 * footnote marks (IJCAI³³, see the passage splitter), which must not glue a number to the word.
 * Besides the table: a query's normal form, and a char filter that drops the middle dot between
 * katakana words.
 */
public final class Folding {
  private static final char[] TABLE = build();

  private Folding() {}

  /** A fresh copy of the folding table, for tables built on top of it. */
  static char[] table() {
    return TABLE.clone();
  }

  public static char fold(char c) {
    return TABLE[c];
  }

  private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  /**
   * A query as it is searched: NFKC-normalized whole (full-width letters, ligatures), except that
   * superscript digits become spaces first, as the table reads them: a footnote mark typed or pasted
   * with its word (BYOD¹⁰) would otherwise be glued to it (byod10, which no passage holds).
   */
  public static String queryForm(String query) {
    StringBuilder out = new StringBuilder(query.length());
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      out.append(SUPERSCRIPT_DIGITS.indexOf(c) >= 0 ? ' ' : c);
    }
    return Normalizer.normalize(out, Normalizer.Form.NFKC);
  }

  private static char[] build() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c < table.length; c++) {
      table[c] = (char) c;
      if (c >= 0x80 && !Character.isSurrogate((char) c)) {
        String n = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC);
        if (n.length() == 1) {
          table[c] = n.charAt(0);
        }
      }
    }
    for (char superscript : SUPERSCRIPT_DIGITS.toCharArray()) {
      table[superscript] = ' ';
    }
    return table;
  }

  /** A middle dot between katakana; every chain folds first, so half-width ･ is here only for unfolded text. */
  private static final java.util.regex.Pattern KATAKANA_MIDDLE_DOT =
      java.util.regex.Pattern.compile("(?<=[\\u30A1-\\u30FA\\u30FC])[・･](?=[\\u30A1-\\u30FA\\u30FC])");

  /**
   * Katakana words joined by a middle dot read as written without it: Japanese writes a loanword
   * compound both ways (ディープ・フェイク and ディープフェイク), and Kuromoji cuts the two differently.
   * Offsets are corrected, so highlights still cover the dot.
   */
  public static Reader withoutKatakanaMiddleDots(Reader in) {
    return new org.apache.lucene.analysis.pattern.PatternReplaceCharFilter(KATAKANA_MIDDLE_DOT, "", in);
  }

  /** The folding as a char filter, for the Japanese and English chains (no script conversion). */
  public static final class Filter extends CharFilter {
    public Filter(Reader in) {
      super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = input.read(buffer, offset, length);
      for (int i = offset; i < offset + Math.max(n, 0); i++) {
        buffer[i] = TABLE[buffer[i]];
      }
      return n;
    }

    @Override
    protected int correct(int currentOff) {
      return currentOff;
    }
  }
}
