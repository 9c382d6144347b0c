package org.wenxian.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.queries.function.FunctionMatchQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * What a first-tier passage must have: a share of the query's words, either counted or each word
 * weighing by its rarity.
 *
 * @param words    each query word as a query over the fields that hold it
 * @param share    of the count or of the weight, what a passage must have
 * @param byRarity whether words weigh by BM25's idf rather than count one each
 * @param field    the field whose passages the rarity is taken over, or null for all passages
 */
public record MostWords(List<Query> words, double share, boolean byRarity, String field) {
  public MostWords {
    words = List.copyOf(words);
  }

  static MostWords counted(List<Query> words, double share) {
    return new MostWords(words, share, false, null);
  }

  static MostWords weighedByRarity(List<Query> words, double share, String field) {
    return new MostWords(words, share, true, field);
  }

  /** Matches, with a constant score of 1, the passages that meet any of the requirements. */
  static Query anyOf(IndexSearcher searcher, List<MostWords> requirements) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    requirements.forEach(r -> any.add(r.toQuery(searcher), BooleanClause.Occur.SHOULD));
    return new ConstantScoreQuery(any.build());
  }

  /** Matches the passages that have most of the words. */
  Query toQuery(IndexSearcher searcher) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    if (!byRarity) {
      words.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
      any.setMinimumNumberShouldMatch((int) Math.ceil(words.size() * share));
      return any.build();
    }
    double[] weights = new double[words.size()];
    double total = 0;
    long passages = passages(searcher);
    for (int i = 0; i < weights.length; i++) {
      int having = count(searcher, words.get(i));
      weights[i] = Math.log(1 + (passages - having + 0.5) / (having + 0.5));
      total += weights[i];
    }
    for (int i = 0; i < weights.length; i++) {
      any.add(new BoostQuery(new ConstantScoreQuery(words.get(i)), (float) (weights[i] / total)), BooleanClause.Occur.SHOULD);
    }
    // The passage's score under `any` is its share of the weight; float sums must not fall short by rounding.
    double atLeast = share - 1e-4;
    return new FunctionMatchQuery(DoubleValuesSource.fromQuery(any.build()), weight -> weight >= atLeast);
  }

  private long passages(IndexSearcher searcher) {
    try {
      return field == null ? searcher.getIndexReader().numDocs() : Math.max(1, searcher.collectionStatistics(field) == null
          ? 0 : searcher.collectionStatistics(field).docCount());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int count(IndexSearcher searcher, Query query) {
    try {
      return searcher.count(query);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
