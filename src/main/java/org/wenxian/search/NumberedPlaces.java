package org.wenxian.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.wenxian.index.Fields;
import org.wenxian.index.HeadingNumbers;

/**
 * The places of a document a query names by number, each one word of the query matched as written:
 * <ul>
 *   <li>a figure or table label (圖 25, 图3, 表 2, Figure 4), which a writer citing a figure types
 *       as printed under it: the passages with most of the words must carry 圖 25 in their
 *       captions or text, not just a 25 somewhere and a 圖 in another caption;
 *   <li>a chapter or section (第三章, 第參章, 第3章, 第二節), found too in the passages under that
 *       heading whatever numerals it uses;
 *   <li>a printed page (頁 12, 第 12 頁, p. 12, as the service's own citations give it), found too in
 *       the passages on that page.
 * </ul>
 * Only where it stands apart: 代表 3 人 names no table, and in 十四五規劃第二篇第六章 the numbers are
 * the plan's, the report's own 第陸章 being its appendix.
 */
final class NumberedPlaces {
  private NumberedPlaces() {}

  /** A label after a space or punctuation, its number whole: 圖 1 is not 圖 10. */
  private static final Pattern LABEL = Pattern.compile(
      "(?<![\\p{IsHan}\\p{IsLatin}])(?:圖|图|図|表|Figure|Fig\\.?|Table)\\s*\\d{1,3}(?![\\d.,])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PAGE = Pattern.compile(
      "第\\s*(\\d{1,4})\\s*[頁页]|[頁页]\\s*(\\d{1,4})|\\b(?:pp?(?:\\.\\s*|\\s+)|pages?\\s*)(\\d{1,4})(?:\\s*[-–]\\s*\\d{1,4})?\\b",
      Pattern.CASE_INSENSITIVE);

  /** Where the query names one, and the passages there besides those that say it (null for a label). */
  record Named(int start, int end, Query there) {}

  static List<Named> in(String text) {
    List<Named> found = new ArrayList<>();
    Matcher label = LABEL.matcher(text);
    while (label.find()) {
      found.add(new Named(label.start(), label.end(), null));
    }
    Matcher m = HeadingNumbers.NUMBERED.matcher(text);
    while (m.find()) {
      String key = HeadingNumbers.key(m.group(1), m.group(2));
      if (key != null && standsApart(text, m.start())) {
        found.add(new Named(m.start(), m.end(), new TermQuery(new Term(Fields.HEADING_NUMBERS, key))));
      }
    }
    Matcher p = PAGE.matcher(text);
    while (p.find()) {
      String page = p.group(1) != null ? p.group(1) : p.group(2) != null ? p.group(2) : p.group(3);
      if (standsApart(text, p.start())) {
        found.add(new Named(p.start(), p.end(), new TermQuery(new Term(Fields.PRINTED_PAGES, page))));
      }
    }
    return found;
  }

  private static boolean standsApart(String text, int start) {
    return start == 0 || Character.UnicodeScript.of(text.codePointBefore(start)) != Character.UnicodeScript.HAN;
  }
}
