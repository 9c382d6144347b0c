package org.wenxian.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Feeds the tokenizer Simplified characters so that SmartCN, trained on Simplified text, finds
 * words in Traditional text. Every mapping is one char to one char, so offsets need no correction
 * and highlights land on the original Traditional text.
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

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = input.read(buffer, offset, length);
    for (int i = offset; i < offset + Math.max(n, 0); i++) {
      char original = buffer[i];
      // SmartCN drops the numeral zero 〇 (二〇三五年); 零 it keeps.
      buffer[i] = clauseComma && original == '，' ? '、' : original == '〇' ? '零' : ChineseScript.toSimplified(original);
    }
    return n;
  }

  @Override
  protected int correct(int currentOff) {
    return currentOff;
  }
}
