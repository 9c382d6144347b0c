package org.wenxian.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.wenxian.index.Fields;

/**
 * Which summary passages restate a body passage for a query. A summary (小結, 結論) restates when a
 * body passage of its document has every query word the summary has: that passage is the fuller
 * description a citation should point to. When none has them all, the summary is what answers.
 */
final class Restatements {
  static final Query SUMMARY = new TermQuery(new Term(Fields.RESTATES, "yes"));

  private Restatements() {}

  /** The ids of the summary passages that have query words no body passage of their document has together. */
  static Set<String> unrestated(IndexSearcher searcher, List<Query> words) {
    try {
      Map<Integer, BitSet> wordsBySummary = wordsBySummary(searcher, words);
      StoredFields stored = searcher.storedFields();
      Map<Key, List<String>> summariesByKey = new HashMap<>();
      for (Map.Entry<Integer, BitSet> e : wordsBySummary.entrySet()) {
        var doc = stored.document(e.getKey(), Set.of(Fields.ID, Fields.DOC_ID));
        summariesByKey.computeIfAbsent(new Key(doc.get(Fields.DOC_ID), e.getValue()), k -> new ArrayList<>())
            .add(doc.get(Fields.ID));
      }
      Set<String> unrestated = new HashSet<>();
      for (Map.Entry<Key, List<String>> e : summariesByKey.entrySet()) {
        if (searcher.count(bodyWithAll(e.getKey(), words)) == 0) {
          unrestated.addAll(e.getValue());
        }
      }
      return unrestated;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** For each summary passage that has any of the words, which of them it has. */
  private static Map<Integer, BitSet> wordsBySummary(IndexSearcher searcher, List<Query> words) throws IOException {
    Map<Integer, BitSet> out = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      Query inSummary = new BooleanQuery.Builder()
          .add(words.get(i), BooleanClause.Occur.FILTER)
          .add(SUMMARY, BooleanClause.Occur.FILTER)
          .build();
      Weight weight = searcher.createWeight(searcher.rewrite(inSummary), ScoreMode.COMPLETE_NO_SCORES, 1f);
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
          continue;
        }
        DocIdSetIterator docs = scorer.iterator();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          out.computeIfAbsent(leaf.docBase + doc, d -> new BitSet()).set(i);
        }
      }
    }
    return out;
  }

  /** Body passages of the document that have each of the words. */
  private static Query bodyWithAll(Key key, List<Query> words) {
    BooleanQuery.Builder all = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.DOC_ID, key.documentId())), BooleanClause.Occur.FILTER)
        .add(SUMMARY, BooleanClause.Occur.MUST_NOT);
    key.words().stream().forEach(i -> all.add(words.get(i), BooleanClause.Occur.FILTER));
    return all.build();
  }

  /** A document and a set of query words: the summaries that share both share the answer. */
  private record Key(String documentId, BitSet words) {}
}
