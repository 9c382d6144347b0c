package org.wenxian.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Reads numbers written digit by digit in Chinese characters as the number: 二〇三五年 is 2035 年,
 * as the report writes it. SmartCN cuts such a number into single characters (and drops 〇, which
 * the char filter therefore hands it as 零), so "二〇三五年" matched any passage with 二, 三 and 五.
 * A run of touching numeral characters is a number when it is four long (a year) or three long with
 * a zero (一〇〇); shorter runs (三五成群) and positional numbers (十四五, 一百零五) stay as they are.
 */
final class HanDigitsFilter extends TokenFilter {
  private static final String DIGITS = "零一二三四五六七八九";
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final Deque<State> pending = new ArrayDeque<>();

  HanDigitsFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(pending.poll());
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (digit(term) < 0) {
      return true;
    }
    List<State> run = new ArrayList<>();
    StringBuilder digits = new StringBuilder();
    int start = offset.startOffset();
    int end = offset.endOffset();
    run.add(captureState());
    digits.append(digit(term));
    State after = null;
    while (input.incrementToken()) {
      if (offset.startOffset() == end && digit(term) >= 0) {
        run.add(captureState());
        digits.append(digit(term));
        end = offset.endOffset();
      } else {
        after = captureState();
        break;
      }
    }
    boolean number = digits.length() >= 4 || (digits.length() == 3 && digits.indexOf("0") >= 0);
    if (number) {
      restoreState(run.get(0));
      term.setEmpty().append(digits);
      offset.setOffset(start, end);
    } else {
      restoreState(run.get(0));
      pending.addAll(run.subList(1, run.size()));
    }
    if (after != null) {
      pending.addLast(after);
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
  }

  /** The digit a one-character token stands for, or -1. */
  private static int digit(CharSequence token) {
    return token.length() == 1 ? DIGITS.indexOf(token.charAt(0)) : -1;
  }
}
