package org.wenxian.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.wenxian.enrich.Tagger;
import org.wenxian.extract.TikaExtractor;
import org.wenxian.index.Fields;
import org.wenxian.index.PassageDocuments;
import org.wenxian.index.ReindexSummary;
import org.wenxian.index.Reindexer;
import org.wenxian.passage.Passage;
import org.wenxian.search.Generation;
import org.wenxian.search.IndexService;
import org.wenxian.search.PassageSearcher;
import org.wenxian.search.RequestParser;
import org.wenxian.search.SearchHit;
import org.wenxian.search.SearchRequest;
import org.wenxian.search.UserQuery;

/**
 * The evaluation harness: indexes a corpus into a scratch directory with the real indexer, runs
 * judged queries through the real search path (filters included), and scores the service next to
 * out-of-the-box Lucene baselines over the same passages.
 */
public final class Evaluation implements AutoCloseable {
  public static final String SERVICE = "wenxian";
  public static final String OVERALL = "overall";
  /**
   * The service on the trad and simp queries typed in the other script (OpenCC's character
   * conversion, vocabulary unchanged): the same words must find the same passages in either script.
   */
  public static final String OTHER_SCRIPT = "wenxian, swapped";
  /** How deep --explain looks for judged passages that missed the top 10. */
  private static final int EXPLAIN_DEPTH = SearchRequest.MAX_SIZE;

  private final Path scratch;
  private final IndexService service;
  private final Tagger tagger = Tagger.standard();
  private final PassageSearcher searcher;
  private final RequestParser parser;

  private Evaluation(Path scratch, IndexService service) {
    this.scratch = scratch;
    this.service = service;
    this.searcher = new PassageSearcher(tagger);
    this.parser = new RequestParser(tagger.countries(), tagger.themes());
  }

  /** Indexes {@code corpus} into a fresh scratch directory. */
  public static Evaluation over(Path corpus) throws IOException {
    return over(corpus, List.of());
  }

  /**
   * Indexes the given files of {@code corpus} (all of it when {@code only} is empty) into a scratch
   * directory. The pinned figures use the judged queries' own collection, the report, so that they
   * do not move each time a document joins the library.
   */
  public static Evaluation over(Path corpus, List<String> only) throws IOException {
    Path scratch = Files.createTempDirectory("wenxian-eval");
    if (!only.isEmpty()) {
      Path subset = Files.createDirectories(scratch.resolve("corpus"));
      for (String file : only) {
        Path source = corpus.resolve(file);
        if (!Files.isRegularFile(source)) {
          throw new IOException("no file " + file + " in " + corpus);
        }
        Files.copy(source, subset.resolve(source.getFileName()));
        Path sidecar = org.wenxian.extract.Sidecar.pathFor(source);
        if (Files.isRegularFile(sidecar)) {
          Files.copy(sidecar, subset.resolve(sidecar.getFileName()));
        }
      }
      corpus = subset;
      scratch = Files.createDirectories(scratch.resolve("index"));
    }
    ReindexSummary summary = new Reindexer(corpus, scratch, new TikaExtractor(TikaExtractor.DEFAULT_MAX_BYTES,
        Duration.ofMinutes(5)), Tagger.standard()).run(true, org.wenxian.index.ReindexListener.NONE);
    if (!summary.published()) {
      throw new IOException("could not index " + corpus + ": " + summary.error());
    }
    return new Evaluation(scratch, new IndexService(scratch, 0));
  }

  /** Scores per system, then per kind (and "overall"). */
  public Map<String, Map<String, Metrics>> run(List<JudgedQuery> queries) throws IOException {
    return byKind(perQuery(queries), queries);
  }

  /** The service's per-query figures alone, without the baselines (for typing variants of the queries). */
  public Map<String, Metrics> serviceOnly(List<JudgedQuery> queries) throws IOException {
    Map<String, Metrics> own = new LinkedHashMap<>();
    Generation g = service.acquire().orElseThrow();
    try {
      for (JudgedQuery q : queries) {
        own.put(q.id(), Metrics.score(serviceTexts(g, q), q.relevant()));
      }
    } finally {
      g.release();
    }
    return own;
  }

  /**
   * Per-query figures of every system (the service first; the swapped-script service for trad and
   * simp queries only), for spotting the weak queries and for {@link #byKind}.
   */
  public Map<String, Map<String, Metrics>> perQuery(List<JudgedQuery> queries) throws IOException {
    Map<String, Map<String, Metrics>> out = new LinkedHashMap<>();
    out.put(SERVICE, serviceOnly(queries));
    Map<String, Metrics> swapped = serviceOnly(queries.stream().flatMap(q -> inOtherScript(q).stream()).toList());
    if (!swapped.isEmpty()) {
      out.put(OTHER_SCRIPT, swapped);
    }
    Generation g = service.acquire().orElseThrow();
    try {
      for (Baseline b : Baseline.standardSet(allPassages(g))) {
        try (b) {
          Map<String, Metrics> theirs = new LinkedHashMap<>();
          for (JudgedQuery q : queries) {
            theirs.put(q.id(), Metrics.score(b.search(q.q(), filter(g, q), Metrics.K), q.relevant()));
          }
          out.put(b.name(), theirs);
        }
      }
    } finally {
      g.release();
    }
    return out;
  }

  /**
   * Per-query figures averaged per system and query kind; "overall" for the systems that scored
   * every query (not the swapped-script one, which only has trad and simp).
   */
  public static Map<String, Map<String, Metrics>> byKind(Map<String, Map<String, Metrics>> perQuery,
      List<JudgedQuery> queries) {
    Map<String, Map<String, Metrics>> out = new LinkedHashMap<>();
    perQuery.forEach((system, scores) -> {
      Map<String, List<Metrics>> kinds = new LinkedHashMap<>();
      for (JudgedQuery q : queries) {
        Metrics m = scores.get(q.id());
        if (m != null) {
          if (scores.size() == queries.size()) {
            kinds.computeIfAbsent(OVERALL, k -> new ArrayList<>()).add(m);
          }
          kinds.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(m);
        }
      }
      Map<String, Metrics> means = new LinkedHashMap<>();
      kinds.forEach((kind, list) -> means.put(kind, Metrics.mean(list)));
      out.put(system, means);
    });
    return out;
  }

  /** The service's and each baseline's nDCG@10 per query, in the order of {@code judged}. */
  public static Map<String, double[]> ndcgBySystem(Map<String, Map<String, Metrics>> each, List<JudgedQuery> judged) {
    Map<String, double[]> out = new LinkedHashMap<>();
    each.forEach((system, scores) -> {
      if (!system.equals(OTHER_SCRIPT)) {
        out.put(system, judged.stream().mapToDouble(q -> scores.get(q.id()).ndcg()).toArray());
      }
    });
    return out;
  }

  /** A trad query in Simplified characters, a simp query in Traditional ones; empty for other kinds. */
  static Optional<JudgedQuery> inOtherScript(JudgedQuery q) {
    String swapped = switch (q.kind()) {
      case "trad" -> ZhConverterUtil.toSimple(q.q());
      case "simp" -> ZhConverterUtil.toTraditional(q.q());
      default -> null;
    };
    return swapped == null ? Optional.empty()
        : Optional.of(new JudgedQuery(q.id(), q.kind(), swapped, q.filters(), q.relevant()));
  }

  private List<String> serviceTexts(Generation g, JudgedQuery q) throws IOException {
    return search(g, q).hits().stream().map(SearchHit::text).toList();
  }

  private org.wenxian.search.SearchResponse search(Generation g, JudgedQuery q) throws IOException {
    return searcher.search(g, requestOf(q));
  }

  private SearchRequest requestOf(JudgedQuery q) {
    return requestOf(q, Metrics.K);
  }

  private SearchRequest requestOf(JudgedQuery q, int size) {
    return parser.parse(q.asParameters(size));
  }

  /** The same filter semantics as the service, applied to baseline hits: country, year, theme, lang and doc. */
  private Predicate<Passage> filter(Generation g, JudgedQuery q) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    params.put("q", List.of("x"));
    q.filters().forEach((k, v) -> params.put(k, List.of(v)));
    SearchRequest r = parser.parse(params);
    Map<String, org.wenxian.extract.SourceDocument> documents = g.documents();
    return p -> (r.countries().isEmpty() || r.countries().stream().anyMatch(p.countries()::contains))
        && (r.themes().isEmpty() || r.themes().stream().anyMatch(p.themes()::contains))
        && (r.years().isEmpty() || r.years().stream().anyMatch(y -> p.years().stream().anyMatch(v -> v >= y.from() && v <= y.to())))
        && (r.langs().isEmpty() || r.langs().contains(org.wenxian.analysis.Languages.family(documents.get(p.docId()).language())))
        && (r.docs().isEmpty() || r.docs().contains(p.docId()) || r.docs().contains(documents.get(p.docId()).path()));
  }

  private static List<Passage> allPassages(Generation g) throws IOException {
    IndexSearcher s = g.searcher();
    ScoreDoc[] docs = s.search(new MatchAllDocsQuery(), Math.max(1, s.getIndexReader().maxDoc())).scoreDocs;
    List<Passage> out = new ArrayList<>();
    var stored = s.storedFields();
    for (ScoreDoc d : docs) {
      out.add(PassageDocuments.fromStored(stored, d.doc));
    }
    return out;
  }

  /** Prints the analyzed query, the top hits and why each matched. */
  public void explain(JudgedQuery q, PrintStream out) throws IOException {
    explain(q, out, false);
  }

  /**
   * @param luceneTree print Lucene's own explanation tree under each hit as well: every clause, the
   *     query repeated on each line
   */
  public void explain(JudgedQuery q, PrintStream out, boolean luceneTree) throws IOException {
    Generation g = service.acquire().orElseThrow();
    try {
      var response = search(g, q);
      List<String> notFound = response.query().phrasesNotFound();
      List<String> asWords = response.query().phrasesSearchedAsWords();
      List<String> wordsNotPhrases = asWords.stream().filter(notFound::contains).toList();
      Query query = searcher.query(g, requestOf(q), wordsNotPhrases);
      PassageSearcher.FirstTier firstTier = searcher.firstTier(g, requestOf(q), wordsNotPhrases);
      out.println("query " + q.id() + " [" + q.kind() + "]: " + q.q() + "  filters " + q.filters());
      out.println("analyzed: " + query);
      for (String phrase : asWords) {
        out.println((notFound.contains(phrase) ? "no passage holds \"" : "past the fourth quoted phrase: \"")
            + phrase + "\": searched as words");
      }
      for (String left : response.query().notSearched()) {
        out.println("not searched (past the query's limits): " + left);
      }
      for (var e : response.query().abbreviations()) {
        out.println("also searched: " + e.form() + " = " + String.join(" | ", e.also()));
      }
      for (var e : response.query().synonyms()) {
        out.println("also searched (synonyms): " + e.form() + " = " + String.join(" | ", e.also()));
      }
      for (var e : response.query().loanwords()) {
        out.println("also searched (loanword): " + e.form() + " = " + String.join(" | ", e.also()));
      }
      if (response.query().definitionOf() != null) {
        out.println("asks what " + response.query().definitionOf() + " is: the passages that say so first");
      }
      if (!q.relevant().isEmpty()) {
        Metrics m = Metrics.score(response.hits().stream().map(SearchHit::text).toList(), q.relevant());
        out.printf("nDCG@10 %.3f  Recall@10 %.3f  MRR@10 %.3f%n", m.ndcg(), m.recall(), m.mrr());
      }
      int rank = 0;
      for (SearchHit hit : response.hits()) {
        printHit(g, query, q, ++rank, hit, out, luceneTree, firstTier);
      }
      printMissedJudged(g, query, q, out, luceneTree, firstTier);
    } finally {
      g.release();
    }
  }

  /**
   * Judged passages below the top 10, where they rank and why, and the keys no hit in the first 100
   * has: what a miss needs explained.
   */
  private void printMissedJudged(Generation g, Query query, JudgedQuery q, PrintStream out, boolean luceneTree,
      PassageSearcher.FirstTier firstTier) throws IOException {
    List<SearchHit> deep = searcher.search(g, requestOf(q, EXPLAIN_DEPTH)).hits();
    boolean header = false;
    for (int rank = Metrics.K + 1; rank <= deep.size(); rank++) {
      SearchHit hit = deep.get(rank - 1);
      if (isJudged(q, hit)) {
        if (!header) {
          out.printf("%njudged passages below the top %d (searched to rank %d):%n", Metrics.K, EXPLAIN_DEPTH);
          header = true;
        }
        printHit(g, query, q, rank, hit, out, luceneTree, firstTier);
      }
    }
    for (JudgedQuery.Judgment j : q.relevant()) {
      if (deep.stream().noneMatch(hit -> Metrics.normalize(hit.text()).contains(Metrics.normalize(j.key())))) {
        out.printf("%nnot among the first %d hits: grade %d, key %s%n", EXPLAIN_DEPTH, j.grade(), j.key());
      }
    }
  }

  private void printHit(Generation g, Query query, JudgedQuery q, int rank, SearchHit hit, PrintStream out,
      boolean luceneTree, PassageSearcher.FirstTier firstTier) throws IOException {
    out.printf("%n%2d. %s %.3f %s%n    %s%n", rank, isJudged(q, hit) ? "*" : " ", hit.score(), hit.id(),
        hit.text().length() > 120 ? hit.text().substring(0, 120) + "…" : hit.text());
    if (query != null) {
      int doc = docOf(g, hit.id());
      out.println(Boolean.TRUE.equals(hit.mostWords()) ? "    first tier (most of the words):" : "    second tier (some of the words):");
      // Which words each requirement counts and which of them the passage has: why it is in its tier.
      for (String line : firstTier.accountOf(g.searcher(), doc)) {
        out.println("      " + line);
      }
      out.println("    BM25 per field and matched term:");
      Explanation why = g.searcher().explain(query, doc);
      WhyMatched.lines(WhyMatched.of(why, PassageSearcher.TYPED_COUNTRY_TIER), "      ").forEach(out::println);
      if (luceneTree) {
        // Lucene's explanation of a first-tier hit adds the tier constant to the hit's score.
        printExplanation(out, why, "    ", 0);
      }
    }
  }

  private static boolean isJudged(JudgedQuery q, SearchHit hit) {
    return q.relevant().stream().anyMatch(j -> Metrics.normalize(hit.text()).contains(Metrics.normalize(j.key())));
  }

  private static int docOf(Generation g, String id) throws IOException {
    var top = g.searcher().search(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(Fields.ID, id)), 1);
    return top.scoreDocs[0].doc;
  }

  private static void printExplanation(PrintStream out, Explanation e, String indent, int depth) {
    if (!e.isMatch() || depth > 3) {
      return;
    }
    out.printf("%s%.3f %s%n", indent, e.getValue().floatValue(), e.getDescription());
    for (Explanation d : e.getDetails()) {
      if (depth < 3 && !d.getDescription().startsWith("score(freq") ) {
        printExplanation(out, d, indent + "  ", depth + 1);
      }
    }
  }

  /** The kinds in a result, service first order kept. */
  public static TreeSet<String> kinds(Map<String, Map<String, Metrics>> results) {
    TreeSet<String> kinds = new TreeSet<>();
    results.values().forEach(m -> kinds.addAll(m.keySet()));
    kinds.remove(OVERALL);
    return kinds;
  }

  @Override
  public void close() throws IOException {
    service.close();
    org.wenxian.index.IndexLayout.deleteTree(scratch.getFileName().toString().equals("index") ? scratch.getParent() : scratch);
  }
}
