package org.wenxian.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.wenxian.eval.Comparison;
import org.wenxian.eval.Evaluation;
import org.wenxian.eval.JudgedQuery;
import org.wenxian.eval.JudgedSet;
import org.wenxian.eval.Metrics;
import org.wenxian.eval.Pins;
import org.wenxian.eval.RunFile;
import org.wenxian.eval.Targets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code scripts/eval}: scores judged queries and compares them with the pinned figures. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = {
    "Indexes the corpus into a scratch directory and scores judged queries (nDCG@10, Recall@10, MRR@10)",
    "per query kind and overall, for the service, for the service with trad/simp queries typed in the other",
    "script, and for out-of-the-box Lucene baselines. By default: the sets the manifest (--sets) lists, in its order:",
    "the shared dev queries, our own and our held-out sets over the report, then the queries about the source",
    "documents over the whole corpus.",
    "Compares the service's figures with the pinned ones: OK or FAIL per metric (tolerance 0.01).",
    "Exit code 1 when any pinned metric fails."})
public final class EvalCommand implements Callable<Integer> {
  @Option(names = "--corpus", defaultValue = "${sys:wenxian.root:-.}/corpus", description = "corpus directory (default: ${DEFAULT-VALUE})")
  Path corpus;

  @Option(names = "--sets", paramLabel = "FILE", defaultValue = "${sys:wenxian.root:-.}/" + JudgedSet.MANIFEST,
      description = "the manifest of judged sets, one JSON line per set: its queries, pins, collection (report or library) "
          + "and role; the default sets are all of its sets (default: ${DEFAULT-VALUE})")
  Path sets;

  @Option(names = "--queries", split = ",", paramLabel = "FILE",
      description = "judged queries, JSONL, one or more, over the report (default: the manifest's report sets: "
          + "the shared dev queries, our own, our held-out sets)")
  List<Path> queries;

  @Option(names = "--pins", split = ",", paramLabel = "FILE",
      description = "pinned figures, one per --queries file in the same order (default: the manifest's, with its sets)")
  List<Path> pins;

  @Option(names = "--library-queries", split = ",", paramLabel = "FILE",
      description = "judged queries about the source documents, scored over the whole corpus in a second scratch index "
          + "(default: the manifest's library sets; not run when --queries is given, unless this is too)")
  List<Path> libraryQueries;

  @Option(names = "--library-pins", split = ",", paramLabel = "FILE",
      description = "pinned figures, one per --library-queries file (default: the manifest's, with its sets)")
  List<Path> libraryPins;

  @Option(names = "--only", paramLabel = "FILE", split = ",",
      description = "index only these corpus files (default: ${DEFAULT-VALUE}, the collection the judged queries were written for)",
      defaultValue = "國際AI創新培育模式研究報告.pdf")
  List<String> only;

  @Option(names = "--all-documents", description = "index the whole corpus instead of --only (figures are not comparable with the pins)")
  boolean allDocuments;

  @Option(names = "--write-pins", description = "write this run's figures to the pins file (after an improvement)")
  boolean writePins;

  @Option(names = "--save-run", paramLabel = "FILE",
      description = "save the service's nDCG@10 for each judged query of this run (JSON, by set), for --compare-with")
  Path saveRun;

  @Option(names = "--compare-with", paramLabel = "FILE",
      description = "after the run, list the queries whose nDCG@10 moved since a run saved with --save-run, up and down")
  Path compareWith;

  @Option(names = "--per-query", description = "also print each query's nDCG@10 for the service and each baseline")
  boolean perQuery;

  @Option(names = "--explain", split = ",", paramLabel = "ID[,ID...]", description = "explain judged queries by id (one, or several separated by commas): analyzed query, top hits, why each matched, and where the judged passages below the top 10 rank")
  List<String> explain;

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

  /** The manifest's sets, read when the run starts. */
  private List<JudgedSet> manifest = List.of();
  /** The service's figure for each query this run scores. */
  private final RunFile run = new RunFile();

  @Override
  public Integer call() throws Exception {
    if (template != null && (writePins || !template.contains("{}"))) {
      throw new IllegalArgumentException("--template needs {} for the query, and its figures are not pins");
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    boolean library = queries == null || libraryQueries != null;
    boolean defaults = queries == null || (library && libraryQueries == null);
    if (defaults && !Files.exists(sets)) {
      throw new IllegalArgumentException("no manifest of judged sets at " + sets + ": give --sets, or --queries and --pins");
    }
    manifest = Files.exists(sets) ? JudgedSet.load(sets) : List.of();
    List<Path> reportFiles = queries != null ? queries : filesOf(false, JudgedSet::queries);
    List<Path> reportPins = pins != null ? pins : queries == null ? filesOf(false, JudgedSet::pins) : List.of();
    if (reportPins.size() != reportFiles.size()) {
      throw new IllegalArgumentException("give one --pins file per --queries file (" + reportFiles.size()
          + " query files, " + reportPins.size() + " pin files)");
    }
    // The library's sets run by default, and when asked for, but not after --queries alone.
    List<Path> libraryFiles = !library ? List.of() : libraryQueries == null ? filesOf(true, JudgedSet::queries)
        : libraryQueries.stream().filter(f -> !f.toString().isEmpty()).toList();
    List<Path> libraryPinFiles = libraryPins != null ? libraryPins
        : libraryQueries == null ? filesOf(true, JudgedSet::pins) : List.of();
    if (libraryPinFiles.size() < libraryFiles.size()) {
      throw new IllegalArgumentException("give one --library-pins file per --library-queries file");
    }
    if (compareWith != null && !Files.isRegularFile(compareWith)) {
      throw new IllegalArgumentException("no saved run at " + compareWith + "; save one with --save-run");
    }
    int failed = 0;
    if (explainQuery != null) {
      try (Evaluation eval = Evaluation.over(corpus, allDocuments ? List.of() : only)) {
        eval.explain(new JudgedQuery("typed", "unjudged", explainQuery, Map.of(), List.of()), out, luceneExplain);
        return 0;
      }
    }
    // The queries to explain, by collection, read once: an unknown id is an error before any index is built.
    List<JudgedQuery> reportToExplain = explain == null ? List.of() : asked(reportFiles);
    List<JudgedQuery> libraryToExplain = explain == null ? List.of() : asked(libraryFiles);
    if (explain != null) {
      Set<String> unknown = explainIds();
      reportToExplain.forEach(q -> unknown.remove(q.id()));
      libraryToExplain.forEach(q -> unknown.remove(q.id()));
      if (!unknown.isEmpty()) {
        throw new IllegalArgumentException("no judged query with id " + String.join(", ", unknown));
      }
    }
    if (explain == null || !reportToExplain.isEmpty()) {
      try (Evaluation eval = Evaluation.over(corpus, allDocuments ? List.of() : only)) {
        if (explain != null) {
          explainAll(eval, reportToExplain, out);
        } else {
          failed += evaluateAll(eval, reportFiles, reportPins, out);
        }
      }
    }
    if (explain == null ? !libraryFiles.isEmpty() : !libraryToExplain.isEmpty()) {
      // The source documents' queries need every document in the index, whatever --only says.
      try (Evaluation wholeLibrary = Evaluation.over(corpus, List.of())) {
        if (explain != null) {
          explainAll(wholeLibrary, libraryToExplain, out);
        } else {
          out.println();
          failed += evaluateAll(wholeLibrary, libraryFiles, libraryPinFiles, out);
        }
      }
    }
    if (explain != null) {
      return 0;
    }
    if (compareWith != null) {
      RunFile.Changes changes = run.since(compareWith);
      out.printf("%n== moved since %s (%d queries compared): %d up, %d down%n", compareWith, changes.compared(),
          changes.up(), changes.moves().size() - changes.up());
      changes.moves().forEach(move -> out.println("  " + move));
    }
    List<Path> pinFiles = new ArrayList<>(reportPins);
    pinFiles.addAll(libraryPinFiles);
    if (writePins && !pinFiles.isEmpty()) {
      // The committed run beside the pins: its diff shows which queries the new pins moved.
      Path pinned = pinFiles.get(0).toAbsolutePath().getParent().resolve(RunFile.PINNED);
      run.writeInto(pinned);
      out.println("\nwrote each query's nDCG@10 to " + pinned);
    }
    if (saveRun != null) {
      run.write(saveRun);
      out.println("\nsaved each query's nDCG@10 to " + saveRun);
    }
    return failed == 0 ? 0 : 1;
  }

  /** A file of each of the manifest's sets over the report, or over the library. */
  private List<Path> filesOf(boolean overLibrary, java.util.function.Function<JudgedSet, Path> file) {
    return manifest.stream().filter(s -> s.overLibrary() == overLibrary).map(file).toList();
  }

  /** The judged queries of the files whose ids --explain asks for, in the files' order. */
  private List<JudgedQuery> asked(List<Path> files) throws Exception {
    Set<String> ids = explainIds();
    List<JudgedQuery> out = new ArrayList<>();
    for (Path file : files) {
      JudgedQuery.load(file).stream().filter(q -> ids.contains(q.id())).forEach(out::add);
    }
    return out;
  }

  /** The ids --explain names, in order, each once. */
  private Set<String> explainIds() {
    return new LinkedHashSet<>(explain.stream().map(String::strip).toList());
  }

  private void explainAll(Evaluation eval, List<JudgedQuery> queries, PrintStream out) throws Exception {
    for (JudgedQuery q : queries) {
      eval.explain(q, out, luceneExplain);
      out.println();
    }
  }

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
      failed += evaluate(eval, name, judged, pinFiles.get(i), out, ndcg);
      bySet.put(name, ndcg);
      kindsBySet.put(name, judged.stream().map(JudgedQuery::kind).toList());
      if (is(name, set -> set.role().equals(JudgedSet.DEV)) && template == null) {
        // The targets are set on the dev queries: say here which are met.
        out.println("\nissue 5 targets on these queries:");
        Targets.check(ndcg, kindsBySet.get(name)).forEach(t -> out.println("  " + t));
      }
    }
    if (files.size() > 1) {
      printPool(out, "these " + files.size() + " sets together", bySet, kindsBySet, bySet.keySet(), false);
      List<String> checks = bySet.keySet().stream().filter(n -> is(n, JudgedSet::writtenToCheckAChange)).toList();
      List<String> kept = bySet.keySet().stream().filter(n -> !checks.contains(n)).toList();
      if (!checks.isEmpty() && kept.size() > 1) {
        printPool(out, kept.size() + " of them, less the sets written to check a change (" + String.join(", ", checks) + ")",
            bySet, kindsBySet, kept, false);
        List<String> heldOut = kept.stream().filter(n -> is(n, JudgedSet::heldOut)).toList();
        if (heldOut.size() > 1 && heldOut.size() < kept.size()) {
          // The issue judges the service on held-out queries of the dev kinds too: its targets, checked on them.
          printPool(out, "the " + heldOut.size() + " held-out sets among those", bySet, kindsBySet, heldOut, true);
        }
      }
    }
    return failed;
  }

  /** Whether the manifest lists this query file with that property (a file it does not list has none). */
  private boolean is(String queryFile, java.util.function.Predicate<JudgedSet> property) {
    return JudgedSet.byQueryFile(manifest, Path.of(queryFile)).filter(property).isPresent();
  }

  /**
   * The service's mean nDCG@10 over the named sets' queries together, its lead over the best
   * baseline, and both per query kind: the targets are per kind, and one set holds too few
   * queries of a kind to say much.
   */
  private static void printPool(PrintStream out, String title, Map<String, Map<String, double[]>> bySet,
      Map<String, List<String>> kindsBySet, java.util.Collection<String> names, boolean targets) {
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
    out.printf("%n== %s: wenxian %.2f nDCG@10, %s %.2f%n  %s%n", title,
        Arrays.stream(all.get(Evaluation.SERVICE)).average().orElse(0), lead.baseline(),
        Arrays.stream(all.get(lead.baseline())).average().orElse(0), lead);
    out.println("  per kind, wenxian / " + lead.baseline() + " (queries): " + String.join(", ",
        kinds.stream().distinct().sorted().map(kind -> String.format("%s %.2f / %.2f (%d)", kind,
            Targets.meanOf(all.get(Evaluation.SERVICE), kinds, kind), Targets.meanOf(all.get(lead.baseline()), kinds, kind),
            kinds.stream().filter(kind::equals).count())).toList()));
    if (targets) {
      out.println("  issue 5 targets on these queries:");
      Targets.check(all, kinds).forEach(t -> out.println("    " + t));
    }
  }

  /** Scores one query file and checks (or writes) its pins; returns the number of failed pins. */
  private int evaluate(Evaluation eval, String set, List<JudgedQuery> judged, Path pinFile, PrintStream out,
      Map<String, double[]> ndcgOut) throws Exception {
    Map<String, Map<String, Metrics>> each = eval.perQuery(judged);
    run.add(set, judged, each.get(Evaluation.SERVICE));
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
