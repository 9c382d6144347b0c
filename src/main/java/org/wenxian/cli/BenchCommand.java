package org.wenxian.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.wenxian.analysis.Analyzers;
import org.wenxian.analysis.SimplifiedCharFilter;
import org.wenxian.enrich.Tagger;
import org.wenxian.eval.JudgedQuery;
import org.wenxian.extract.RunningHeaders;
import org.wenxian.extract.TikaExtractor;
import org.wenxian.index.IndexLayout;
import org.wenxian.index.ReindexListener;
import org.wenxian.index.ReindexSummary;
import org.wenxian.index.Reindexer;
import org.wenxian.passage.Passage;
import org.wenxian.passage.PassageSplitter;
import org.wenxian.search.Generation;
import org.wenxian.search.IndexService;
import org.wenxian.search.PassageSearcher;
import org.wenxian.search.RequestParser;
import org.wenxian.search.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scripts/bench}: speed and memory figures, measured in one run so that ratios compare like
 * with like. Absolute times on shared machines are noisy; read the medians and the ratios.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = {
    "Measures, in one run: Traditional->Simplified conversion against SmartCN tokenization of the same",
    "text, a full reindex of the corpus, search latency over the judged queries, and heap after opening",
    "the index. Prints medians and ratios."})
public final class BenchCommand implements Callable<Integer> {
  @Option(names = "--corpus", defaultValue = "${sys:wenxian.root:-.}/corpus", description = "corpus directory (default: ${DEFAULT-VALUE})")
  Path corpus;

  @Option(names = "--queries", defaultValue = "${sys:wenxian.root:-.}/src/test/resources/eval/dev-queries.jsonl",
      description = "queries to time (default: ${DEFAULT-VALUE})")
  Path queries;

  @Option(names = "--rounds", defaultValue = "15", description = "repetitions per measurement (default: ${DEFAULT-VALUE})")
  int rounds;

  @Override
  public Integer call() throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path report = corpus.resolve("國際AI創新培育模式研究報告.pdf");
    StringBuilder text = new StringBuilder();
    for (Passage p : PassageSplitter.split("bench", RunningHeaders.strip(new TikaExtractor().extract(report, "report.pdf")))) {
      text.append(p.text()).append('\n');
    }
    String sample = text.toString();
    out.printf("text: %,d characters of the report%n%n", sample.length());

    String simplified = org.wenxian.analysis.ChineseScript.toSimplified(sample);
    double[] medians = interleavedMedians(rounds,
        () -> drain(new SimplifiedCharFilter(new StringReader(sample))),
        () -> tokenizeOnly(sample),
        () -> tokenizeOnly(simplified),
        () -> analyze(Analyzers.words(), sample));
    double convert = medians[0];
    double tokenize = medians[1];
    double tokenizeSimplified = medians[2];
    double analyze = medians[3];
    out.printf("Traditional->Simplified conversion  median %8.2f ms%n", convert);
    out.printf("SmartCN tokenization, Traditional   median %8.2f ms%n", tokenize);
    out.printf("SmartCN tokenization, Simplified    median %8.2f ms%n", tokenizeSimplified);
    out.printf("full word analysis (both + filters) median %8.2f ms%n", analyze);
    out.printf("conversion / tokenization ratio     %8.3f   (target: < 1; against the Simplified run)%n%n",
        convert / Math.min(tokenize, tokenizeSimplified));

    Path index = Files.createTempDirectory("wenxian-bench");
    try {
      long start = System.nanoTime();
      ReindexSummary summary = new Reindexer(corpus, index, new TikaExtractor(TikaExtractor.DEFAULT_MAX_BYTES,
          Duration.ofMinutes(5)), Tagger.standard()).run(true, ReindexListener.NONE);
      double seconds = (System.nanoTime() - start) / 1e9;
      out.printf("full reindex: %d files, %d passages in %.2f s (%.0f passages/s)%n", summary.files().size(),
          summary.passages(), seconds, summary.passages() / seconds);

      // Opening a generation reads every stored passage once, for the abbreviations it defines and the titles it names.
      Path published = new IndexLayout(index).current().orElseThrow();
      List<Double> opens = new ArrayList<>();
      int abbreviations = 0;
      int titles = 0;
      for (int r = 0; r < rounds; r++) {
        long t = System.nanoTime();
        try (Generation opened = Generation.open(published)) {
          abbreviations = opened.abbreviations().size();
          titles = opened.titles().size();
        }
        opens.add((System.nanoTime() - t) / 1e6);
      }
      opens.sort(null);
      out.printf("open a generation (reader, facets, %d abbreviations and %d titles found): median %.1f ms%n",
          abbreviations, titles, opens.get(opens.size() / 2));

      List<JudgedQuery> judged = JudgedQuery.load(queries);
      Tagger tagger = Tagger.standard();
      PassageSearcher searcher = new PassageSearcher(tagger);
      // As the service reads them: filters included, and a filter-only listing is a request too.
      RequestParser parser = new RequestParser(tagger.countries(), tagger.themes());
      List<SearchRequest> requests = judged.stream().map(q -> parser.parse(q.asParameters(SearchRequest.DEFAULT_SIZE))).toList();
      try (IndexService service = new IndexService(index, 0)) {
        Generation g = service.acquire().orElseThrow();
        try {
          for (SearchRequest request : requests) {
            searcher.search(g, request); // warm-up
          }
          List<Double> latencies = new ArrayList<>();
          double[][] byQuery = new double[requests.size()][rounds];
          for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < requests.size(); i++) {
              long t = System.nanoTime();
              searcher.search(g, requests.get(i));
              byQuery[i][r] = (System.nanoTime() - t) / 1e6;
              latencies.add(byQuery[i][r]);
            }
          }
          double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
          out.printf("search (%d queries x %d rounds, highlights and citations included): median %.2f ms, p95 %.2f ms%n",
              judged.size(), rounds, sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95)]);
          double[] queryMedians = Arrays.stream(byQuery).mapToDouble(BenchCommand::median).toArray();
          int slowest = 0;
          for (int i = 1; i < queryMedians.length; i++) {
            if (queryMedians[i] > queryMedians[slowest]) {
              slowest = i;
            }
          }
          out.printf("slowest query (median of its rounds): %s %.2f ms, %s%n", judged.get(slowest).id(),
              queryMedians[slowest], judged.get(slowest).q());
          System.gc();
          Runtime rt = Runtime.getRuntime();
          out.printf("heap in use with the index open: %.1f MB (max heap %.0f MB)%n",
              (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.maxMemory() / 1048576.0);
        } finally {
          g.release();
        }
      }
    } finally {
      IndexLayout.deleteTree(index);
    }
    return 0;
  }

  interface Task {
    void run() throws IOException;
  }

  /** Warm-up runs per task before timing: the JIT must have compiled the tokenizer for both scripts. */
  private static final int WARM_UP = 5;

  /**
   * Median milliseconds of each task, timed in turn within every round after a warm-up, so that no
   * task is measured on a colder JVM than the others (measured first, SmartCN on Traditional text
   * looked twice as slow as on Simplified; interleaved, they are alike).
   */
  static double[] interleavedMedians(int rounds, Task... tasks) throws IOException {
    for (int w = 0; w < WARM_UP; w++) {
      for (Task task : tasks) {
        task.run();
      }
    }
    double[][] times = new double[tasks.length][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < tasks.length; k++) {
        long t = System.nanoTime();
        tasks[k].run();
        times[k][r] = (System.nanoTime() - t) / 1e6;
      }
    }
    double[] medians = new double[tasks.length];
    for (int k = 0; k < tasks.length; k++) {
      medians[k] = median(times[k]);
    }
    return medians;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static void drain(Reader reader) throws IOException {
    char[] buffer = new char[4096];
    while (reader.read(buffer) >= 0) {
      // only the conversion's cost is measured
    }
  }

  /** SmartCN's tokenizer on the text as it is, with no conversion and no filters. */
  private static void tokenizeOnly(String text) throws IOException {
    try (Tokenizer tokenizer = new HMMChineseTokenizer()) {
      tokenizer.setReader(new StringReader(text));
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        // count nothing: the work is the segmentation
      }
      tokenizer.end();
    }
  }

  private static void analyze(Analyzer analyzer, String text) throws IOException {
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      ts.reset();
      while (ts.incrementToken()) {
        // consume
      }
      ts.end();
    }
  }
}
