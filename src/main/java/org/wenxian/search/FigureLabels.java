package org.wenxian.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figure and table labels a query names (圖 10, 图3, 表 2, Figure 4, Table 1): a writer citing
 * a figure types the label printed under it. Each is one word of the query, matched as written, so
 * that the passages with most of the words carry 圖 25 in their captions or text, not just a 25
 * somewhere and a 圖 in another caption.
 */
final class FigureLabels {
  private FigureLabels() {}

  /**
   * A label starts the text or follows a space or punctuation: 代表 3 人 names no table. Its number
   * is whole: 圖 1 is not 圖 10.
   */
  private static final Pattern LABEL = Pattern.compile(
      "(?<![\\p{IsHan}\\p{IsLatin}])(?:圖|图|図|表|Figure|Fig\\.?|Table)\\s*\\d{1,3}(?![\\d.,])",
      Pattern.CASE_INSENSITIVE);

  /** Where the text names a label: each a form with no other names, to be matched as a phrase. */
  static List<Abbreviations.Found> in(String text) {
    List<Abbreviations.Found> found = new ArrayList<>();
    Matcher m = LABEL.matcher(text);
    while (m.find()) {
      found.add(new Abbreviations.Found(m.start(), m.end(), List.of()));
    }
    return found;
  }
}
