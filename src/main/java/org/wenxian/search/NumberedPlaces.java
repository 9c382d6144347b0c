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
 * The places of a document a query names by number: a chapter or section (第三章, 第參章, 第3章,
 * 第二節), found in the passages under that heading whatever numerals it uses, and a printed page
 * (頁 12, 第 12 頁, p. 12, as the service's own citations give it), found in the passages on that
 * page. Each is one word of the query; a text that names it as typed counts too. Only where it
 * stands apart: in 十四五規劃第二篇第六章 the numbers are the plan's, and the report's own 第陸章 is
 * its appendix.
 */
final class NumberedPlaces {
  private NumberedPlaces() {}

  private static final Pattern PAGE = Pattern.compile(
      "第\\s*(\\d{1,4})\\s*[頁页]|[頁页]\\s*(\\d{1,4})|\\b(?:pp?(?:\\.\\s*|\\s+)|pages?\\s*)(\\d{1,4})(?:\\s*[-–]\\s*\\d{1,4})?\\b",
      Pattern.CASE_INSENSITIVE);

  /** Where the query names one, and the passages there. */
  record Named(int start, int end, Query there) {}

  static List<Named> in(String text) {
    List<Named> found = new ArrayList<>();
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
