package org.wenxian.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.wenxian.eval.Comparison;
import org.wenxian.eval.Evaluation;
import org.wenxian.eval.JudgedQuery;
import org.wenxian.eval.Metrics;
import org.wenxian.eval.Pins;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scripts/eval}: scores judged queries and compares them with the pinned figures. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = {
    "Indexes the corpus into a scratch directory and scores judged queries (nDCG@10, Recall@10, MRR@10)",
    "per query kind and overall, for the service, for the service with trad/simp queries typed in the other",
    "script, and for out-of-the-box Lucene baselines. By default: the shared dev queries, our own, our twenty-five held-out sets",
    "(over the report), then the queries about the source documents (over the whole corpus).",
    "Compares the service's figures with the pinned ones: OK or FAIL per metric (tolerance 0.01).",
    "Exit code 1 when any pinned metric fails."})
public final class EvalCommand implements Callable<Integer> {
  @Option(names = "--corpus", defaultValue = "${sys:wenxian.root:-.}/corpus", description = "corpus directory (default: ${DEFAULT-VALUE})")
  Path corpus;

  @Option(names = "--queries", split = ",", paramLabel = "FILE",
      defaultValue = "${sys:wenxian.root:-.}/src/test/resources/eval/dev-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/wenxian-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/heldout-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/heldout2-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/heldout3-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/heldout4-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/heldout5-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/heldout6-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/heldout7-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/heldout8-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/heldout9-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/heldout10-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/heldout11-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/heldout12-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/heldout13-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/heldout14-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/heldout15-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/heldout16-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/heldout17-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/heldout18-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/heldout19-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/heldout20-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/heldout21-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/heldout22-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/heldout23-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/heldout24-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/heldout25-queries.jsonl",
      description = "judged queries, JSONL, one or more (default: the shared dev queries, our own, our twenty-five held-out sets)")
  List<Path> queries;

  @Option(names = "--pins", split = ",", paramLabel = "FILE",
      defaultValue = "${sys:wenxian.root:-.}/src/test/resources/eval/pinned.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-wenxian.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-heldout.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-heldout2.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-heldout3.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-heldout4.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-heldout5.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-heldout6.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-heldout7.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-heldout8.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-heldout9.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-heldout10.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-heldout11.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-heldout12.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-heldout13.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-heldout14.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-heldout15.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-heldout16.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-heldout17.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-heldout18.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-heldout19.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-heldout20.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-heldout21.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-heldout22.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-heldout23.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-heldout24.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-heldout25.json",
      description = "pinned figures, one per --queries file in the same order (default: their pins)")
  List<Path> pins;

  @Option(names = "--library-queries", split = ",", paramLabel = "FILE",
      defaultValue = "${sys:wenxian.root:-.}/src/test/resources/eval/library-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/library2-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/library3-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/library4-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/library5-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/library6-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/library7-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/library8-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/library9-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/library10-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/library11-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/library12-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/library13-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/library14-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/library15-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/library16-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/library17-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/library18-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/library19-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/library20-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/library21-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/library22-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/library23-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/library24-queries.jsonl,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/library25-queries.jsonl",
      description = "judged queries about the source documents, scored over the whole corpus in a second scratch index "
          + "(default: ${DEFAULT-VALUE}; not run when --queries is given, unless this is too)")
  List<Path> libraryQueries;

  @Option(names = "--library-pins", split = ",", paramLabel = "FILE",
      defaultValue = "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-library.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-library2.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-library3.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-library4.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-library5.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-library6.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-library7.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-library8.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-library9.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-library10.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-library11.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-library12.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-library13.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-library14.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-library15.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-library16.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-library17.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-library18.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-library19.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-library20.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-library21.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-library22.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-library23.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-library24.json,"
          + "${sys:wenxian.root:-.}/src/test/resources/eval/pinned-library25.json",
      description = "pinned figures, one per --library-queries file (default: ${DEFAULT-VALUE})")
  List<Path> libraryPins;

  @Spec
  CommandSpec spec;

  @Option(names = "--only", paramLabel = "FILE", split = ",",
      description = "index only these corpus files (default: ${DEFAULT-VALUE}, the collection the judged queries were written for)",
      defaultValue = "國際AI創新培育模式研究報告.pdf")
  List<String> only;

  @Option(names = "--all-documents", description = "index the whole corpus instead of --only (figures are not comparable with the pins)")
  boolean allDocuments;

  @Option(names = "--write-pins", description = "write this run's figures to the pins file (after an improvement)")
  boolean writePins;

  @Option(names = "--per-query", description = "also print each query's nDCG@10 for the service and each baseline")
  boolean perQuery;

  @Option(names = "--explain", paramLabel = "ID", description = "explain one query: analyzed query, top hits, why each matched, and where the judged passages below the top 10 rank")
  String explain;

  @Option(names = "--lucene-explain", description = "with --explain or --explain-query: print Lucene's own explanation tree under each hit too")
  boolean luceneExplain;

  @Option(names = "--explain-query", paramLabel = "TEXT",
      description = "explain any query as typed, unjudged, over the report (or the whole corpus with --all-documents)")
  String explainQuery;

  @Option(names = "--template", paramLabel = "TEXT",
      description = "type each keyword query (kinds trad, simp, ja, en, english) inside TEXT, {} standing for it, "
          + "e.g. '請問{}的內容是什麼？' or '{}について教えてください': how much a question's or request's frame costs; "
          + "the pins are not compared")
  String template;

  @Override
  public Integer call() throws Exception {
    if (template != null && (writePins || !template.contains("{}"))) {
      throw new IllegalArgumentException("--template needs {} for the query, and its figures are not pins");
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (pins.size() != queries.size()) {
      throw new IllegalArgumentException("give one --pins file per --queries file (" + queries.size() + " query files, "
          + pins.size() + " pin files)");
    }
    boolean library = !spec.commandLine().getParseResult().hasMatchedOption("--queries")
        || spec.commandLine().getParseResult().hasMatchedOption("--library-queries");
    List<Path> libraryFiles = library ? libraryQueries.stream().filter(f -> !f.toString().isEmpty()).toList() : List.of();
    if (libraryPins.size() < libraryFiles.size()) {
      throw new IllegalArgumentException("give one --library-pins file per --library-queries file");
    }
    int failed = 0;
    if (explainQuery != null) {
      try (Evaluation eval = Evaluation.over(corpus, allDocuments ? List.of() : only)) {
        eval.explain(new JudgedQuery("typed", "unjudged", explainQuery, Map.of(), List.of()), out, luceneExplain);
        return 0;
      }
    }
    try (Evaluation eval = Evaluation.over(corpus, allDocuments ? List.of() : only)) {
      if (explain != null && explainIn(eval, queries, out)) {
        return 0;
      }
      if (explain == null) {
        failed += evaluateAll(eval, queries, pins, out);
      }
    }
    if (!libraryFiles.isEmpty()) {
      // The source documents' queries need every document in the index, whatever --only says.
      try (Evaluation wholeLibrary = Evaluation.over(corpus, List.of())) {
        if (explain != null) {
          if (explainIn(wholeLibrary, libraryFiles, out)) {
            return 0;
          }
        } else {
          out.println();
          failed += evaluateAll(wholeLibrary, libraryFiles, libraryPins, out);
        }
      }
    }
    if (explain != null) {
      throw new IllegalArgumentException("no judged query with id " + explain);
    }
    return failed == 0 ? 0 : 1;
  }

  private boolean explainIn(Evaluation eval, List<Path> files, PrintStream out) throws Exception {
    for (Path file : files) {
      for (JudgedQuery q : JudgedQuery.load(file)) {
        if (q.id().equals(explain)) {
          eval.explain(q, out, luceneExplain);
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Sets written to check one change and made for it (names in another language, figure labels,
   * typed countries): their gains are that change's own, so the pools the README quotes leave them
   * out, and say so.
   */
  public static final Set<String> CHECK_SETS = Set.of("heldout21-queries.jsonl", "heldout22-queries.jsonl",
      "library22-queries.jsonl", "library23-queries.jsonl", "library24-queries.jsonl");

  private int evaluateAll(Evaluation eval, List<Path> files, List<Path> pinFiles, PrintStream out) throws Exception {
    int failed = 0;
    Map<String, Map<String, double[]>> bySet = new LinkedHashMap<>();
    Map<String, List<String>> kindsBySet = new LinkedHashMap<>();
    for (int i = 0; i < files.size(); i++) {
      if (i > 0) {
        out.println();
      }
      String name = files.get(i).getFileName().toString();
      out.println("== " + name);
      List<JudgedQuery> judged = JudgedQuery.load(files.get(i));
      if (template != null) {
        judged = judged.stream().map(q -> q.typedIn(template)).toList();
      }
      Map<String, double[]> ndcg = new LinkedHashMap<>();
      failed += evaluate(eval, judged, pinFiles.get(i), out, ndcg);
      bySet.put(name, ndcg);
      kindsBySet.put(name, judged.stream().map(JudgedQuery::kind).toList());
    }
    if (files.size() > 1) {
      printPool(out, "these " + files.size() + " sets together", bySet, kindsBySet, bySet.keySet());
      List<String> checks = bySet.keySet().stream().filter(CHECK_SETS::contains).toList();
      List<String> kept = bySet.keySet().stream().filter(n -> !CHECK_SETS.contains(n)).toList();
      if (!checks.isEmpty() && kept.size() > 1) {
        printPool(out, kept.size() + " of them, less the sets written to check a change (" + String.join(", ", checks) + ")",
            bySet, kindsBySet, kept);
        List<String> heldOut = kept.stream().filter(n -> n.startsWith("heldout")).toList();
        if (heldOut.size() > 1 && heldOut.size() < kept.size()) {
          printPool(out, "the " + heldOut.size() + " held-out sets among those", bySet, kindsBySet, heldOut);
        }
      }
    }
    return failed;
  }

  /**
   * The service's mean nDCG@10 over the named sets' queries together, its lead over the best
   * baseline, and both per query kind: the targets are per kind, and one set holds too few
   * queries of a kind to say much.
   */
  private static void printPool(PrintStream out, String title, Map<String, Map<String, double[]>> bySet,
      Map<String, List<String>> kindsBySet, java.util.Collection<String> names) {
    Map<String, List<Double>> pooled = new LinkedHashMap<>();
    List<String> kinds = new ArrayList<>();
    for (String name : names) {
      bySet.get(name).forEach((system, values) ->
          Arrays.stream(values).forEach(v -> pooled.computeIfAbsent(system, k -> new ArrayList<>()).add(v)));
      kinds.addAll(kindsBySet.get(name));
    }
    Map<String, double[]> all = new LinkedHashMap<>();
    pooled.forEach((system, values) -> all.put(system, values.stream().mapToDouble(Double::doubleValue).toArray()));
    Comparison lead = Comparison.againstBestBaseline(all);
    out.printf("%n== %s: wenxian %.2f nDCG@10%n  %s%n", title,
        Arrays.stream(all.get(Evaluation.SERVICE)).average().orElse(0), lead);
    out.println("  per kind, wenxian / " + lead.baseline() + " (queries): " + String.join(", ",
        kinds.stream().distinct().sorted().map(kind -> String.format("%s %.2f / %.2f (%d)", kind,
            meanOfKind(all.get(Evaluation.SERVICE), kinds, kind), meanOfKind(all.get(lead.baseline()), kinds, kind),
            kinds.stream().filter(kind::equals).count())).toList()));
  }

  private static double meanOfKind(double[] ndcg, List<String> kinds, String kind) {
    return java.util.stream.IntStream.range(0, ndcg.length).filter(i -> kinds.get(i).equals(kind))
        .mapToDouble(i -> ndcg[i]).average().orElse(0);
  }

  /** Scores one query file and checks (or writes) its pins; returns the number of failed pins. */
  private int evaluate(Evaluation eval, List<JudgedQuery> judged, Path pinFile, PrintStream out,
      Map<String, double[]> ndcgOut) throws Exception {
    Map<String, Map<String, Metrics>> each = eval.perQuery(judged);
    Map<String, Map<String, Metrics>> results = Evaluation.byKind(each, judged);
    printTable(out, results, judged.size());
    Map<String, double[]> ndcg = Evaluation.ndcgBySystem(each, judged);
    out.println("\nwenxian " + Comparison.againstBestBaseline(ndcg));
    ndcgOut.putAll(ndcg);
    if (perQuery) {
      out.println();
      StringBuilder header = new StringBuilder(String.format("%-5s %-9s", "query", "kind"));
      each.keySet().forEach(system -> header.append(String.format(" %17s", system)));
      out.println(header.append("   (nDCG@10 per system)"));
      for (JudgedQuery q : judged) {
        StringBuilder line = new StringBuilder(String.format("%-5s %-9s", q.id(), q.kind()));
        each.values().forEach(m -> line.append(m.containsKey(q.id())
            ? String.format(" %17.3f", m.get(q.id()).ndcg()) : String.format(" %17s", "-")));
        out.println(line.append("   ").append(q.q()));
      }
    }
    if (writePins) {
      Pins.write(pinFile, Map.of(Evaluation.SERVICE, results.get(Evaluation.SERVICE)));
      out.println("\nwrote " + pinFile);
      return 0;
    }
    if (!Files.exists(pinFile) || template != null) {
      return 0;
    }
    out.println("\nagainst " + pinFile + ":");
    List<Pins.Check> checks = Pins.compare(Pins.read(pinFile), results);
    checks.forEach(c -> out.println("  " + c));
    long failed = checks.stream().filter(c -> !c.ok()).count();
    out.println(failed == 0 ? "all pinned figures hold" : failed + " pinned figures FAIL");
    return (int) failed;
  }

  static void printTable(PrintStream out, Map<String, Map<String, Metrics>> results, int queries) {
    out.printf("%d judged queries; figures are nDCG@10 / Recall@10 / MRR@10%n%n", queries);
    List<String> kinds = new ArrayList<>(Evaluation.kinds(results));
    kinds.add(Evaluation.OVERALL);
    StringBuilder header = new StringBuilder(String.format("%-18s", "system"));
    kinds.forEach(k -> header.append(String.format("  %-17s", k)));
    out.println(header);
    results.forEach((system, m) -> {
      StringBuilder line = new StringBuilder(String.format("%-18s", system));
      for (String k : kinds) {
        Metrics v = m.get(k);
        line.append(v == null ? String.format("  %-17s", "-") : String.format("  %.2f/%.2f/%.2f  ", v.ndcg(), v.recall(), v.mrr()));
      }
      out.println(line);
    });
  }
}
