package org.wenxian.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.wenxian.index.Fields;
import org.wenxian.index.HeadingNumbers;

/**
 * The chapters and sections a query names by number (第三章, 第參章, 第3章, 第二節): each is one word
 * of the query, found in the passages under that heading whatever numerals the heading uses, or
 * in a text that names it as typed. Only where it stands apart: in 十四五規劃第二篇第六章 the
 * numbers are the plan's, and the report's own 第陸章 is its appendix.
 */
final class SectionNumbers {
  private SectionNumbers() {}

  /** Where the query names one, and the passages under that heading. */
  record Named(int start, int end, Query underIt) {}

  static List<Named> in(String text) {
    List<Named> found = new ArrayList<>();
    Matcher m = HeadingNumbers.NUMBERED.matcher(text);
    while (m.find()) {
      if (m.start() > 0 && Character.UnicodeScript.of(text.codePointBefore(m.start())) == Character.UnicodeScript.HAN) {
        continue;
      }
      String key = HeadingNumbers.key(m.group(1), m.group(2));
      if (key != null) {
        found.add(new Named(m.start(), m.end(), new TermQuery(new Term(Fields.HEADING_NUMBERS, key))));
      }
    }
    return found;
  }
}
