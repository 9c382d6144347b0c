package org.wenxian.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.wenxian.analysis.Analyzers;
import org.wenxian.index.Fields;

/**
 * "Did you mean": the query with each Latin word that no passage holds replaced by the closest word
 * the library does hold (Lucene's DirectSpellChecker over the bigram field, which keeps every
 * passage's Latin words whole, in lower case): "CIFARR" → CIFAR, "Vector Instiute" → Vector
 * Institute, "Geofrey Hinton" → Geoffrey Hinton. Names are what readers mistype, and a mistyped
 * name finds nothing, or only the passages of the other words. A suggestion, searched instead
 * only when the query as typed finds nothing (PassageSearcher.resolve).
 */
final class Suggestions {
  /** A Latin word long enough to tell a typo from another word (CIFAR, Mila; not "AI" or "IT"). */
  private static final Pattern LATIN_WORD = Pattern.compile("(?<![A-Za-z0-9'’\\-])[A-Za-z]{4,}(?![A-Za-z0-9'’\\-])");
  /**
   * How alike the suggestion must be (1 − edits / length): one edit in a word of four letters
   * (Mlia → Mila) and two in one of eight (Instiute → Institute) pass; a different word does not.
   */
  static final float ACCURACY = 0.75f;
  /** Candidates compared for each word (see {@link #best}). */
  private static final int CANDIDATES = 5;
  /** Each word costs a few term lookups: a query of many Latin words has only its first ones checked. */
  static final int MAX_WORDS = 10;
  /**
   * Where a word counts as known, each read by its own analysis: as written (bigram fields), in the
   * singular (word fields, which also hold the headings), stemmed (English text). "indicators"
   * is known where the library writes only "indicator": the search finds it.
   */
  private static final String[] KNOWN_IN =
      {Fields.TEXT_BIGRAMS, Fields.CAPTIONS_BIGRAMS, Fields.TEXT, Fields.HEADINGS, Fields.TEXT_EN};

  private static final Analyzer AS_INDEXED = Fields.analyzer();
  private static final DirectSpellChecker CHECKER = new DirectSpellChecker();

  private Suggestions() {}

  /**
   * The query with its unknown Latin words replaced, or null when it has none the library offers a
   * word for.
   *
   * @param searched the text searched for (the query less its left-out words), whose words are checked
   * @param named    true for a word that is part of a name the query also searches in other forms
   */
  static String didYouMean(IndexReader reader, String q, String searched, Predicate<String> named) throws IOException {
    Map<String, String> replacements = new LinkedHashMap<>();
    Matcher m = LATIN_WORD.matcher(searched == null ? "" : searched);
    int checked = 0;
    while (m.find() && checked < MAX_WORDS) {
      String word = m.group();
      if (replacements.containsKey(word) || named.test(word)) {
        continue;
      }
      checked++;
      if (known(reader, word)) {
        continue;
      }
      String typed = word.toLowerCase(Locale.ROOT);
      SuggestWord[] closest = CHECKER.suggestSimilar(new Term(Fields.TEXT_BIGRAMS, typed), CANDIDATES, reader,
          SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX, ACCURACY);
      best(closest, typed).ifPresent(w -> replacements.put(word, inCaseOf(word, w)));
    }
    if (replacements.isEmpty()) {
      return null;
    }
    String out = q;
    for (Map.Entry<String, String> r : replacements.entrySet()) {
      out = out.replaceAll("(?<![A-Za-z0-9])" + Pattern.quote(r.getKey()) + "(?![A-Za-z0-9])",
          Matcher.quoteReplacement(r.getValue()));
    }
    return out;
  }

  /**
   * The most alike candidate; among equally alike ones, the one with the typed letters in another
   * order (two swapped: Mlia is Mila, not MLIT), then the most frequent.
   */
  private static java.util.Optional<String> best(SuggestWord[] candidates, String typed) {
    return java.util.Arrays.stream(candidates)
        .max(java.util.Comparator.<SuggestWord>comparingDouble(w -> w.score)
            .thenComparing(w -> sameLetters(w.string, typed))
            .thenComparingInt(w -> w.freq))
        .map(w -> w.string);
  }

  private static boolean sameLetters(String a, String b) {
    char[] x = a.toCharArray();
    char[] y = b.toCharArray();
    java.util.Arrays.sort(x);
    java.util.Arrays.sort(y);
    return java.util.Arrays.equals(x, y);
  }

  private static boolean known(IndexReader reader, String word) throws IOException {
    for (String field : KNOWN_IN) {
      for (String term : Analyzers.terms(AS_INDEXED, field, word)) {
        if (reader.docFreq(new Term(field, term)) > 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** The suggested word in the typed word's case: CIFARR → CIFAR, Instiute → Institute. */
  static String inCaseOf(String typed, String word) {
    if (typed.equals(typed.toUpperCase(Locale.ROOT))) {
      return word.toUpperCase(Locale.ROOT);
    }
    if (Character.isUpperCase(typed.charAt(0))) {
      return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
    return word;
  }
}
