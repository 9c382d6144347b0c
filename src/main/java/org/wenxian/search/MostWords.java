package org.wenxian.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.wenxian.index.Fields;

/**
 * What a first-tier passage must have: a share of the query's words, either counted or each word
 * weighing by its rarity.
 *
 * @param words    each query word as a query over the fields that hold it
 * @param share    of the count or of the weight, what a passage must have
 * @param byRarity whether words weigh by BM25's idf rather than count one each
 * @param field    the field whose passages the rarity is taken over, or null for all passages
 */
public record MostWords(List<Query> words, double share, boolean byRarity, String field, List<Query> required) {
  public MostWords {
    words = List.copyOf(words);
    required = List.copyOf(required);
  }

  static MostWords counted(List<Query> words, double share) {
    return new MostWords(words, share, false, null, List.of());
  }

  static MostWords weighedByRarity(List<Query> words, double share, String field) {
    return new MostWords(words, share, true, field, List.of());
  }

  /** The same requirement, and every one of these too (a title the query names). */
  MostWords alsoRequiring(List<Query> titles) {
    return new MostWords(words, share, byRarity, field, titles);
  }

  /** Every query word, the required ones included. */
  List<Query> allWords() {
    List<Query> all = new java.util.ArrayList<>(required);
    all.addAll(words);
    return all;
  }

  /**
   * Any requirement's words, every one of them, and its titles, in the passage's own text (in any
   * language, its captions and bigrams), not in the headings it sits under
   * (PassageSearcher.OWN_TEXT_FACTOR). A conjunction, which Lucene intersects: as a share of them
   * all, it cost about 3 ms a search.
   */
  static Query allInOwnText(List<MostWords> requirements) {
    return new DisjunctionMaxQuery(requirements.stream().map(r -> r.allInOwnText()).toList(), 0f);
  }

  private Query allInOwnText() {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (Query word : allWords()) {
      Query own = MatchFields.outside(word, Fields.HEADINGS);
      all.add(own == null ? new MatchNoDocsQuery() : own, BooleanClause.Occur.FILTER);
    }
    return new ConstantScoreQuery(all.build());
  }

  /** Scores 1 for a passage that meets any of the requirements, and nothing or 0 otherwise. */
  static Query anyOf(IndexSearcher searcher, List<MostWords> requirements) {
    return new DisjunctionMaxQuery(requirements.stream().map(r -> r.toQuery(searcher)).toList(), 0f);
  }

  /** Scores 1 for a passage that has most of the words, and nothing or 0 otherwise. */
  Query toQuery(IndexSearcher searcher) {
    if (required.isEmpty()) {
      return share(searcher);
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    required.forEach(q -> all.add(q, BooleanClause.Occur.FILTER));
    if (!words.isEmpty()) {
      all.add(share(searcher), BooleanClause.Occur.MUST);
      return all.build();
    }
    return new ConstantScoreQuery(all.build());
  }

  private Query share(IndexSearcher searcher) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    if (!byRarity) {
      words.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
      any.setMinimumNumberShouldMatch((int) Math.ceil(words.size() * share));
      return new ConstantScoreQuery(any.build());
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
    // A passage's score under `any` is its share of the weight, which the function turns into 1 or 0.
    // (FunctionMatchQuery would match only the passages at the share, but visits every passage.)
    return new FunctionScoreQuery(any.build(), new AtLeast(share - 1e-4));
  }

  /** How many passages the rarity is counted over: all, or those with text in the field. */
  private long passages(IndexSearcher searcher) {
    if (field == null) {
      return searcher.getIndexReader().numDocs();
    }
    try {
      var stats = searcher.collectionStatistics(field);
      return stats == null ? 1 : stats.docCount();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many passages match: searching the open index in memory, an I/O error is unexpected. */
  static int count(IndexSearcher searcher, Query query) {
    try {
      return searcher.count(query);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** 1 where the score reaches the threshold (float sums of shares must not fall short by rounding), else 0. */
  private static final class AtLeast extends DoubleValuesSource {
    private final double threshold;

    AtLeast(double threshold) {
      this.threshold = threshold;
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) {
      return new DoubleValues() {
        @Override
        public double doubleValue() throws IOException {
          return scores.doubleValue() >= threshold ? 1 : 0;
        }

        @Override
        public boolean advanceExact(int doc) throws IOException {
          return scores.advanceExact(doc);
        }
      };
    }

    @Override
    public boolean needsScores() {
      return true;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
      return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
      return true;
    }

    @Override
    public int hashCode() {
      return Double.hashCode(threshold);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof AtLeast other && other.threshold == threshold;
    }

    @Override
    public String toString() {
      return "atLeast(" + threshold + ")";
    }
  }
}
