package org.wenxian.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Puts back together the katakana words SmartCN splits into single characters (スクール → ス, ク,
 * ー, ル). Apart, each character matches any other loanword (the ス and ク of リスク), and a query
 * naming one katakana word counts as four words. Tokens are joined only when they touch.
 */
final class KatakanaJoinFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private State pending;

  KatakanaJoinFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(pending);
      pending = null;
    } else if (!input.incrementToken()) {
      return false;
    }
    if (!isKatakana(term)) {
      return true;
    }
    State first = captureState();
    StringBuilder joined = new StringBuilder(term);
    int start = offset.startOffset();
    int end = offset.endOffset();
    while (input.incrementToken()) {
      if (offset.startOffset() == end && isKatakana(term)) {
        joined.append(term);
        end = offset.endOffset();
      } else {
        pending = captureState();
        break;
      }
    }
    restoreState(first);
    term.setEmpty().append(joined);
    offset.setOffset(start, end);
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
  }

  /** Katakana letters and the long-vowel mark; not the middle dot (・), which separates words. */
  static boolean isKatakana(CharSequence s) {
    if (s.length() == 0) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean katakana = (c >= '\u30A1' && c <= '\u30FA') || c == '\u30FC' || (c >= '\uFF66' && c <= '\uFF9F');
      if (!katakana) {
        return false;
      }
    }
    return true;
  }
}
