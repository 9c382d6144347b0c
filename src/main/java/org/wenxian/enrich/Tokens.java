package org.wenxian.enrich;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.wenxian.analysis.Analyzers;

/**
 * Word tokens as the index sees them (Simplified, lower case). Matching names on tokens rather than
 * substrings keeps 法國 (France) out of 作法國家 ("the practice" + "country").
 */
final class Tokens {
  private static final Analyzer WORDS = Analyzers.words();

  private Tokens() {}

  static List<String> of(String text) {
    return Analyzers.terms(WORDS, text);
  }

  /** True when {@code needle} occurs as a contiguous run in {@code haystack}. */
  static boolean contains(List<String> haystack, List<String> needle) {
    if (needle.isEmpty() || needle.size() > haystack.size()) {
      return false;
    }
    outer:
    for (int i = 0; i + needle.size() <= haystack.size(); i++) {
      for (int j = 0; j < needle.size(); j++) {
        if (!haystack.get(i + j).equals(needle.get(j))) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * The tokens with every run that forms one of {@code phrases} blanked, keeping positions, so that a
   * name inside such a phrase is not found.
   */
  static List<String> blankOut(List<String> tokens, List<List<String>> phrases) {
    List<String> out = new ArrayList<>(tokens);
    for (List<String> phrase : phrases) {
      for (int i = 0; i + phrase.size() <= tokens.size(); i++) {
        if (tokens.subList(i, i + phrase.size()).equals(phrase)) {
          for (int j = i; j < i + phrase.size(); j++) {
            out.set(j, "");
          }
        }
      }
    }
    return out;
  }

  /** Number of distinct phrases of {@code phrases} found in {@code tokens}. */
  static int countMatches(List<String> tokens, List<List<String>> phrases) {
    int n = 0;
    for (List<String> phrase : phrases) {
      if (contains(tokens, phrase)) {
        n++;
      }
    }
    return n;
  }
}
