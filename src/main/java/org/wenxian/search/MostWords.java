package org.wenxian.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
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
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.wenxian.index.Fields;

/**
 * What a first-tier passage must have: a share of the query's words, either counted or each word
 * weighing by its rarity.
 *
 * @param words    each query word as a query over the fields that hold it
 * @param share    of the count or of the weight, what a passage must have
 * @param byRarity whether words weigh by BM25's idf rather than count one each
 * @param field    the field whose passages the rarity is taken over, or null for all passages
 * @param required what a passage must have besides the share (a title the query names)
 * @param labels   the words and then the required ones as the user wrote them, for {@code --explain};
 *     empty when not given, and then read off the queries
 */
public record MostWords(List<Query> words, double share, boolean byRarity, String field, List<Query> required,
    List<String> labels) {
  public MostWords {
    words = List.copyOf(words);
    required = List.copyOf(required);
    labels = List.copyOf(labels);
  }

  static MostWords counted(List<Query> words, double share) {
    return new MostWords(words, share, false, null, List.of(), List.of());
  }

  static MostWords weighedByRarity(List<Query> words, double share, String field) {
    return new MostWords(words, share, true, field, List.of(), List.of());
  }

  /** The same requirement, and every one of these too (a title the query names). */
  MostWords alsoRequiring(List<Query> titles) {
    return new MostWords(words, share, byRarity, field, titles, labels);
  }

  /** The same requirement, its words and required ones named as the user wrote them. */
  MostWords labelled(List<String> wordLabels, List<String> requiredLabels) {
    List<String> all = new ArrayList<>(wordLabels);
    all.addAll(requiredLabels);
    return new MostWords(words, share, byRarity, field, required, all);
  }

  /** The label of word {@code i} of {@link #words}, then of the required ones past them. */
  private String label(int i) {
    if (labels.size() == words.size() + required.size()) {
      return labels.get(i);
    }
    Query q = i < words.size() ? words.get(i) : required.get(i - words.size());
    List<String> terms = new ArrayList<>();
    q.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... consumed) {
        // The first term, or the first phrase's terms: a Kuromoji word, or its first form.
        if (terms.isEmpty()) {
          List<String> texts = Arrays.stream(consumed).map(Term::text).toList();
          // A synonym group's terms are alternatives; a phrase's, one word.
          terms.add(String.join(query instanceof SynonymQuery ? "|" : "", texts));
        }
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return terms.isEmpty() ? q.toString() : String.join("", terms);
  }

  /**
   * Which of the words one passage has, and whether that is enough, in a line for {@code --explain}:
   * "0.50 of 9 words, counted: has 日本 優先 加速 研發 項目 (5, needs 5); lacks 網路 安全 方面 AI".
   */
  String accountOf(IndexSearcher searcher, int doc) throws IOException {
    List<String> has = new ArrayList<>();
    List<String> lacks = new ArrayList<>();
    double[] weights = byRarity ? weights(searcher) : null;
    double had = 0;
    for (int i = 0; i < words.size(); i++) {
      boolean match = searcher.explain(words.get(i), doc).isMatch();
      (match ? has : lacks).add(label(i));
      had += match ? (byRarity ? weights[i] : 1) : 0;
    }
    StringBuilder line = new StringBuilder();
    if (!words.isEmpty()) {
      line.append(byRarity
          ? String.format("%.2f of the weight of %d words: has %s (%.2f, needs %.2f)", share, words.size(),
              has.isEmpty() ? "none" : String.join(" ", has), had, share)
          : String.format("%.2f of %d words, counted: has %s (%d, needs %d)", share, words.size(),
              has.isEmpty() ? "none" : String.join(" ", has), has.size(), needed()));
      if (!lacks.isEmpty()) {
        line.append("; lacks ").append(String.join(" ", lacks));
      }
    }
    for (int i = 0; i < required.size(); i++) {
      line.append(line.length() == 0 ? "" : "; ").append("requires ").append(label(words.size() + i))
          .append(searcher.explain(required.get(i), doc).isMatch() ? ": has it" : ": lacks it");
    }
    return line.toString();
  }

  /** Each word's share of the words' rarity (BM25's idf over the passages counted), summing to 1. */
  private double[] weights(IndexSearcher searcher) {
    double[] weights = new double[words.size()];
    double total = 0;
    long passages = passages(searcher);
    for (int i = 0; i < weights.length; i++) {
      int having = count(searcher, words.get(i));
      weights[i] = Math.log(1 + (passages - having + 0.5) / (having + 0.5));
      total += weights[i];
    }
    for (int i = 0; i < weights.length; i++) {
      weights[i] /= total;
    }
    return weights;
  }

  /** Every query word, the required ones included. */
  List<Query> allWords() {
    List<Query> all = new ArrayList<>(required);
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

  /**
   * How many of the words a passage must have, counted: the share of them, and both of two where no
   * title is required besides. Half of two is either, and a question of two content words ("請問
   * Canada CIFAR AI Chairs Program 8,650 的內容是什麼？") put every passage on either in the first
   * tier; a title the question names narrows it already (《全球 AI 創新聚落計畫》如何幫助中小企業？ is
   * answered by a passage on how it 協助中小企業).
   */
  private int needed() {
    int share = (int) Math.ceil(words.size() * this.share);
    return required.isEmpty() ? Math.max(share, Math.min(words.size(), 2)) : share;
  }

  private Query share(IndexSearcher searcher) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    if (!byRarity) {
      words.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
      any.setMinimumNumberShouldMatch(needed());
      return new ConstantScoreQuery(any.build());
    }
    double[] weights = weights(searcher);
    for (int i = 0; i < weights.length; i++) {
      any.add(new BoostQuery(new ConstantScoreQuery(words.get(i)), (float) weights[i]), BooleanClause.Occur.SHOULD);
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
