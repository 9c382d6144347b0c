package org.wenxian.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Puts back together what SmartCN splits in Latin text: numbers (4.43, 5.0, 3,120) and alphanumeric
 * names (AI4Good, GPT-4). SmartCN emits "4", ".", "43" as three tokens; a reader searching for 4.43
 * or Society 5.0 means one. Tokens are joined only when they touch, with no space between. A
 * number's thousands separators are left out of its term (3,120 is 3120, as readers type it); its
 * offsets still cover them, so the highlight does too.
 */
final class AlphanumJoinFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final RecordingReader text;
  private final Deque<AttributeSource.State> pending = new ArrayDeque<>();

  AlphanumJoinFilter(TokenStream input, RecordingReader text) {
    super(input);
    this.text = text;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!next()) {
      return false;
    }
    if (!isAlnum(term)) {
      return true;
    }
    StringBuilder joined = new StringBuilder(term);
    int start = offset.startOffset();
    int end = offset.endOffset();
    int inc = posInc.getPositionIncrement();
    State first = captureState();
    boolean grew = false;
    while (true) {
      if (!next()) {
        break;
      }
      State candidate = captureState();
      if (offset.startOffset() == end && isAlnum(term) && !bothDigits(joined, term)) {
        // "AI" + "4" + "good": adjacent alphanumeric runs of one name.
        joined.append(term);
        end = offset.endOffset();
        grew = true;
        continue;
      }
      char sep = text.charAt(offset.startOffset());
      if (offset.startOffset() == end && offset.endOffset() == end + 1 && isJoiner(sep)) {
        if (!next()) {
          pending.addFirst(candidate);
          break;
        }
        State after = captureState();
        if (offset.startOffset() == end + 1 && isAlnum(term) && joins(sep, joined, term)) {
          // A thousands separator is left out of the term: 8,650 is the 8650 a reader types.
          (sep == ',' ? joined : joined.append(sep)).append(term);
          end = offset.endOffset();
          grew = true;
          continue;
        }
        pending.addFirst(candidate);
        pending.addLast(after);
        break;
      }
      pending.addFirst(candidate);
      break;
    }
    restoreState(first);
    if (grew) {
      term.setEmpty().append(joined);
      offset.setOffset(start, end);
      posInc.setPositionIncrement(inc);
    }
    return true;
  }

  private boolean next() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(pending.pollFirst());
      return true;
    }
    return input.incrementToken();
  }

  /** '.' between digits (4.43), ',' before three digits (3,120), '-' when a letter is involved (GPT-4). */
  private static boolean joins(char sep, CharSequence left, CharSequence right) {
    boolean digitsLeft = allDigits(left);
    boolean digitsRight = allDigits(right);
    return switch (sep) {
      case '.' -> digitsLeft && digitsRight;
      case ',' -> digitsLeft && digitsRight && right.length() == 3;
      case '-' -> !(digitsLeft && digitsRight);
      default -> false;
    };
  }

  private static boolean isJoiner(char c) {
    return c == '.' || c == ',' || c == '-';
  }

  private static boolean bothDigits(CharSequence a, CharSequence b) {
    return allDigits(a) && allDigits(b);
  }

  private static boolean allDigits(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return s.length() > 0;
  }

  /** Latin letters and ASCII digits only: Han words are SmartCN's business. */
  private static boolean isAlnum(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return s.length() > 0;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
  }
}
