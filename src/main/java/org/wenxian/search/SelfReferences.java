package org.wenxian.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.wenxian.enrich.Vocabulary;
import org.wenxian.index.Fields;

/**
 * A document names its issuer's country as its own: 我國 in the Taiwanese report is Taiwan, 我国 in
 * the mainland proposal China, 我が国 in a Japanese paper Japan. A query word that names a country
 * (台灣, 中国, 日本) also matches those words, in the documents that country issued only, and every
 * English passage of a document about that country only (see {@link #inEnglishPassagesOf}).
 *
 * @param countries the country vocabulary, with its self references
 */
record SelfReferences(Vocabulary countries) {
  /**
   * The words of the query's free text that name a country one of the indexed documents was issued
   * in, with the forms also searched for them, as the response reports them.
   */
  List<SearchResponse.SelfReference> namedIn(String freeText, IndexReader reader) throws IOException {
    List<SearchResponse.SelfReference> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<int[]> spans = QueryWords.wordSpans(freeText);
    for (String word : QueryWords.wordsAt(freeText, QueryWords.asOneWord(spans, multiWordNames(freeText, spans)))) {
      String country = countryOf(word);
      if (country != null && reader.docFreq(new Term(Fields.ISSUER_COUNTRY, country)) > 0 && seen.add(word)) {
        out.add(new SearchResponse.SelfReference(word, country, countries.selfReferences()));
      }
    }
    return out;
  }

  /**
   * Where the query names a country by a name of several words: 中國大陸 is 中国 + 大陆 to SmartCN,
   * and counted as two words it made half of a short question, which every report passage (they
   * say 中國大陸 throughout) then had. A name is the query's words next to each other, spaces
   * between them allowed, that together are one of the country's names.
   */
  List<int[]> multiWordNames(String content, List<int[]> spans) {
    List<int[]> names = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      for (int j = Math.min(spans.size() - 1, i + MAX_NAME_WORDS - 1); j > i; j--) {
        if (onlyGaps(content, spans, i, j)) {
          String joined = content.substring(spans.get(i)[0], spans.get(j)[1]);
          if (countries.resolve(joined).isPresent()) {
            names.add(new int[] {spans.get(i)[0], spans.get(j)[1]});
            i = j;
            break;
          }
        }
      }
    }
    return names;
  }

  private static final int MAX_NAME_WORDS = 3;

  /** Whether only spaces lie between the spans i to j. */
  private static boolean onlyGaps(String content, List<int[]> spans, int i, int j) {
    for (int k = i; k < j; k++) {
      if (!content.substring(spans.get(k)[1], spans.get(k + 1)[0]).isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** The country a query word names, or null. */
  String countryOf(String word) {
    if (countries.selfReferences().isEmpty()) {
      return null;
    }
    List<String> named = countries.namedIn(word);
    return named.size() == 1 ? named.get(0) : null;
  }

  /**
   * How the country a word names is named by its own documents, in their body text (whatever the
   * language), in those documents only; null when the word names no country.
   */
  Query of(QueryBuilder builder, String word) {
    String country = countryOf(word);
    return country == null ? null : inDocumentsOf(builder, country);
  }

  /**
   * An English passage of a document about its issuer's country names that country as a word of
   * the query, one matched word's weight: English says "we", "our" and "the Government" where
   * Chinese says 我國, words too common to list, and a strategy's items ("• Provision of a mechanism
   * to support private sector efforts …") name their country no more than 我國's passages do. Over
   * 1,148 judged queries (2026-12-02): 15 up (cw03 0.19 → 0.43, cz05 0.50 → 0.73, ex05 0.48 → 0.76,
   * W09 0.50 → 1.00), 5 down (cz04 0.19 → 0; cz07, ce09, N06, cz09 a little). The documents' other
   * passages too, Japanese and Chinese, which have 我が国 and 我国: 16 up, 11 down, Japanese papers'
   * passages above the report's answers to Japanese questions.
   */
  private static Query inEnglishPassagesOf(String country) {
    return new ConstantScoreQuery(new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.OWN_COUNTRY, country)), BooleanClause.Occur.FILTER)
        .add(QueryCompiler.ENGLISH_PASSAGE, BooleanClause.Occur.FILTER)
        .build());
  }

  private Query inDocumentsOf(QueryBuilder builder, String country) {
    // 我國 and 我国 analyse alike: each distinct query once.
    Set<Query> distinct = new LinkedHashSet<>();
    for (String field : new String[] {Fields.TEXT, Fields.TEXT_JA, Fields.TEXT_EN}) {
      for (String form : countries.selfReferences()) {
        Query q = builder.createPhraseQuery(field, form);
        if (q != null) {
          distinct.add(q);
        }
      }
    }
    if (distinct.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder forms = new BooleanQuery.Builder();
    distinct.forEach(q -> forms.add(q, BooleanClause.Occur.SHOULD));
    forms.add(inEnglishPassagesOf(country), BooleanClause.Occur.SHOULD);
    return new BooleanQuery.Builder()
        .add(forms.build(), BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Fields.ISSUER_COUNTRY, country)), BooleanClause.Occur.FILTER)
        .build();
  }
}
