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
 * in a text that names it as typed (十四五規劃第二篇第六章).
 */
final class SectionNumbers {
  private SectionNumbers() {}

  /** Where the query names one, and the passages under that heading. */
  record Named(int start, int end, Query underIt) {}

  static List<Named> in(String text) {
    List<Named> found = new ArrayList<>();
    Matcher m = HeadingNumbers.NUMBERED.matcher(text);
    while (m.find()) {
      String key = HeadingNumbers.key(m.group(1), m.group(2));
      if (key != null) {
        found.add(new Named(m.start(), m.end(), new TermQuery(new Term(Fields.HEADING_NUMBERS, key))));
      }
    }
    return found;
  }
}
