package org.wenxian.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Feeds the tokenizer Simplified characters so that SmartCN, trained on Simplified text, finds
 * words in Traditional text. Every mapping is one char to one char, so offsets need no correction
 * and highlights land on the original Traditional text. The text (a passage, a heading, a query) is
 * read whole before it is converted: a Taiwan form converts by the word it is in.
 */
public final class SimplifiedCharFilter extends CharFilter {
  private final boolean clauseComma;

  public SimplifiedCharFilter(Reader in) {
    this(in, false);
  }

  /**
   * @param clauseComma also turn the full-width comma into 、 : Unicode word breaking treats "，" as a
   *     thousands separator, which would glue "5.0，2017" into one number.
   */
  public SimplifiedCharFilter(Reader in, boolean clauseComma) {
    super(in);
    this.clauseComma = clauseComma;
  }

  /** The whole text, converted: a Taiwan form is read in its word (著 of 著重 or of 著名), so the text is read first. */
  private char[] converted;
  private int served;

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (converted == null) {
      converted = convert(readAll());
    }
    if (served >= converted.length) {
      return -1;
    }
    int n = Math.min(length, converted.length - served);
    System.arraycopy(converted, served, buffer, offset, n);
    served += n;
    return n;
  }

  private String readAll() throws IOException {
    StringBuilder text = new StringBuilder();
    char[] chunk = new char[4096];
    for (int n; (n = input.read(chunk)) != -1; ) {
      text.append(chunk, 0, n);
    }
    return text.toString();
  }

  private char[] convert(String text) {
    char[] out = ChineseScript.toSimplified(text).toCharArray();
    for (int i = 0; i < out.length; i++) {
      char original = text.charAt(i);
      // SmartCN drops the numeral zero 〇 (二〇三五年); 零 it keeps.
      if (clauseComma && original == '，') {
        out[i] = '、';
      } else if (original == '〇') {
        out[i] = '零';
      }
    }
    return out;
  }

  @Override
  protected int correct(int currentOff) {
    return currentOff;
  }
}
