package org.wenxian.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.wenxian.analysis.Analyzers;
import org.wenxian.analysis.Synonyms;

/**
 * The words of a query that the synonym list expands, as typed, each with the other words of the
 * list's lines that hold it: what the response reports as {@code query.synonyms}, so that a reader
 * sees why a passage that writes 人工智能 answers 人工智慧. Read from the query analyzer's own synonym
 * tokens, whose offsets are the typed span they stand for, so the spans are those the search
 * expands (the longest entry that matches: 人才培育, not its 人才).
 */
final class QuerySynonyms {
  private QuerySynonyms() {}

  /** One analyzer for every request: it reuses its token stream per thread rather than building one each time. */
  private static final org.apache.lucene.analysis.Analyzer WITH_SYNONYMS = Analyzers.wordsWithSynonyms();

  static List<SearchResponse.Expansion> in(String text) {
    Map<String, List<String>> found = new LinkedHashMap<>();
    try (TokenStream ts = WITH_SYNONYMS.tokenStream("text", text)) {
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())) {
          found.computeIfAbsent(text.substring(offsets.startOffset(), offsets.endOffset()), Synonyms::othersOf);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found.entrySet().stream().filter(e -> !e.getValue().isEmpty())
        .map(e -> new SearchResponse.Expansion(e.getKey(), e.getValue())).toList();
  }
}
