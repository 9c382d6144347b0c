package org.wenxian.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wenxian.TestCorpus;

/**
 * The pinned evaluation figures hold: no metric of the service falls more than 0.01 below its pin
 * (Anserini-style regression), on the shared dev queries (src/test/resources/eval/pinned.json), on
 * our own judged queries (pinned-wenxian.json), which check that a change generalises, and on the
 * seventeen held-out sets written after them (pinned-heldout.json to pinned-heldout17.json),
 * and, over the whole corpus, on the twenty-one sets of queries about the library (pinned-library.json
 * to pinned-library21.json).
 */
class EvalRegressionTest {
  private static Evaluation eval;
  private static Evaluation library;

  @BeforeAll
  static void indexTheReportAndTheLibrary() throws Exception {
    eval = Evaluation.over(TestCorpus.corpus(), List.of(TestCorpus.REPORT));
    library = Evaluation.over(TestCorpus.corpus(), List.of());
  }

  @AfterAll
  static void removeTheScratchIndexes() throws Exception {
    eval.close();
    library.close();
  }

  @Test
  void pinnedFiguresHoldOnTheDevQueries() throws Exception {
    assertPinsHold("dev-queries.jsonl", "pinned.json");
  }

  @Test
  void pinnedFiguresHoldOnOurOwnJudgedQueries() throws Exception {
    assertPinsHold("wenxian-queries.jsonl", "pinned-wenxian.json");
  }

  @Test
  void pinnedFiguresHoldOnTheHeldOutQueries() throws Exception {
    assertPinsHold("heldout-queries.jsonl", "pinned-heldout.json");
  }

  /**
   * The second held-out set: pins and scripts only. On it the service does not beat every baseline
   * (0.94 against StandardAnalyzer's 0.95; src/test/resources/eval/README.md), so that is not
   * asserted.
   */
  @Test
  void pinnedFiguresHoldOnTheSecondHeldOutQueries() throws Exception {
    assertPinsHold("heldout2-queries.jsonl", "pinned-heldout2.json", false);
  }

  /** The third held-out set: pins and scripts only; at its first run the service tied the baselines (0.91). */
  @Test
  void pinnedFiguresHoldOnTheThirdHeldOutQueries() throws Exception {
    assertPinsHold("heldout3-queries.jsonl", "pinned-heldout3.json", false);
  }

  /**
   * The fourth held-out set, questions only (m01–m14): pins and scripts only. At its first run the
   * service scored 0.79 against 0.86 for `SmartCN after T→S`; after the change it led to (a summary
   * restates only a body passage with all its query words), 0.83; with the list intros, 0.84; with
   * a title in 《》 weighing as one word, 0.82 (m04's answer 2nd behind the China chapter's summary,
   * which also names the Consensus and what Taiwan can take from it; over the whole library it went
   * 2nd → 1st). The pin was lowered with that change, which the ninth set confirmed, and to 0.81
   * when the library's titles typed without 《》 became titles too (m08, down a rank); 0.83 when
   * they were read in the mainland vocabulary as well (m05 up).
   */
  @Test
  void pinnedFiguresHoldOnTheFourthHeldOutQueries() throws Exception {
    assertPinsHold("heldout4-queries.jsonl", "pinned-heldout4.json", false);
  }

  /**
   * The fifth held-out set, questions about the passages no other set asked for, most of them in
   * summaries and conclusions (n01–n12). At its first run the service scored 0.77 against 0.69 for
   * the best baseline, and showed that a change made from the fourth set did not generalise; 0.84
   * now.
   */
  @Test
  void pinnedFiguresHoldOnTheFifthHeldOutQueries() throws Exception {
    assertPinsHold("heldout5-queries.jsonl", "pinned-heldout5.json");
  }

  /**
   * The sixth held-out set (r01–r12), two queries of each kind about randomly drawn report
   * passages, written after every change of that session and run once: 0.95 against 0.91 for the
   * best baseline, the same as the code from before that session's changes.
   */
  @Test
  void pinnedFiguresHoldOnTheSixthHeldOutQueries() throws Exception {
    assertPinsHold("heldout6-queries.jsonl", "pinned-heldout6.json");
  }

  /**
   * The seventh held-out set (s01–s14), mostly questions, about randomly drawn report passages: at
   * its first run 0.93 against 0.97 for CJKAnalyzer, which led to the title change; 0.96 now, still
   * a tie with the baselines, so pins only.
   */
  @Test
  void pinnedFiguresHoldOnTheSeventhHeldOutQueries() throws Exception {
    assertPinsHold("heldout7-queries.jsonl", "pinned-heldout7.json", false);
  }

  /**
   * The eighth (t01–t12), questions that name a title in 《》, used to choose how a title counts:
   * 0.71 at its first run, 0.77 now, below StandardAnalyzer (0.85); two of its judged passages are
   * summaries that body passages ranked above them restate (t02, t09). Pins only.
   */
  @Test
  void pinnedFiguresHoldOnTheEighthHeldOutQueries() throws Exception {
    assertPinsHold("heldout8-queries.jsonl", "pinned-heldout8.json", false);
  }

  /**
   * The ninth (u01–u13), more queries that name a title, written after the change was chosen and
   * run once on the code before and after it: 0.83 before (questions 0.79, below every baseline),
   * 0.95 after, against 0.94 for the best baseline.
   */
  @Test
  void pinnedFiguresHoldOnTheNinthHeldOutQueries() throws Exception {
    assertPinsHold("heldout9-queries.jsonl", "pinned-heldout9.json");
  }

  /**
   * The tenth (v01–v13), queries that name a title with and without 《》, in either script and
   * vocabulary, written after all the title changes and run once on the code before them (0.88,
   * below StandardAnalyzer and `SmartCN after T→S` at 0.96) and after (0.97).
   */
  @Test
  void pinnedFiguresHoldOnTheTenthHeldOutQueries() throws Exception {
    assertPinsHold("heldout10-queries.jsonl", "pinned-heldout10.json");
  }

  /**
   * The eleventh (y01–y18), the dev set's six kinds about 18 randomly drawn report passages, written
   * after every change so far and run once: 0.96, against 0.93 for `SmartCN after T→S`.
   */
  @Test
  void pinnedFiguresHoldOnTheEleventhHeldOutQueries() throws Exception {
    assertPinsHold("heldout11-queries.jsonl", "pinned-heldout11.json");
  }

  /**
   * The twelfth (z01–z12), Simplified keywords in mainland vocabulary (人工智能, 算力, 德勤, 加拿大高等研究院)
   * about 12 randomly drawn report passages, run once: 0.94, below `SmartCN after T→S` (0.97): z11's
   * answer is 2nd behind a passage of the same plan on bringing in talent. Pins only.
   */
  @Test
  void pinnedFiguresHoldOnTheTwelfthHeldOutQueries() throws Exception {
    assertPinsHold("heldout12-queries.jsonl", "pinned-heldout12.json", false);
  }

  /**
   * The thirteenth (x01–x16), the dev set's six kinds about facts picked from the report's passage
   * list, each key in one passage, written after the names list and run once: 0.95, against 0.93
   * for `SmartCN after T→S`.
   */
  @Test
  void pinnedFiguresHoldOnTheThirteenthHeldOutQueries() throws Exception {
    assertPinsHold("heldout13-queries.jsonl", "pinned-heldout13.json");
  }

  /**
   * The fourteenth (b01–b13), Chinese questions about facts of 12 randomly drawn report passages
   * (seed 20261204) that no earlier key held, written after the Japanese frame rules and run once:
   * 0.90, below StandardAnalyzer and `SmartCN after T→S` (0.92). Its three misses rank 1st a
   * passage that answers as well (b11: the clusters' programme ran five years, "as the strategy
   * did"). 0.96 after the heading and section weights were lightened (measured over every set,
   * this one included, so it is no longer unseen). Pins only.
   */
  @Test
  void pinnedFiguresHoldOnTheFourteenthHeldOutQueries() throws Exception {
    assertPinsHold("heldout14-queries.jsonl", "pinned-heldout14.json", false);
  }

  /**
   * The fifteenth (f01–f12), Chinese questions asking for a figure (幾次, 多少, 多久, 多長) about
   * figures drawn at random from the report (seed 20261130), written after the figure-sentence field
   * and run once on the code before it and after: 0.94 both times, level with StandardAnalyzer and
   * `SmartCN after T→S`. Most name something one passage says. Pins only.
   */
  @Test
  void pinnedFiguresHoldOnTheFifteenthHeldOutQueries() throws Exception {
    assertPinsHold("heldout15-queries.jsonl", "pinned-heldout15.json", false);
  }

  /**
   * The sixteenth (c01–c16), Simplified keywords and questions in mainland vocabulary where the
   * report writes Taiwan's (数字化转型 for 數位轉型, 算法 for 演算法, 初创企业 for 新創, 信息通信 for
   * 資通訊), written and judged before they were run: 0.96 at that run, 0.98 once c10's judgment
   * gained the passage that answers it best, which the first judging missed; `SmartCN after T→S`
   * 0.97. Pins only.
   */
  @Test
  void pinnedFiguresHoldOnTheSixteenthHeldOutQueries() throws Exception {
    assertPinsHold("heldout16-queries.jsonl", "pinned-heldout16.json", false);
  }

  /**
   * The seventeenth (e01–e16), the six kinds again, about report sentences drawn at random (seed
   * 2026113017) that no earlier key held, written after the typed country was extended to every
   * passage tagged with it and run once: 0.89 (0.88 on the code before that change: e14 0.50 →
   * 0.63); raw SmartCN and CJK bigrams 0.87. e08 (Pan-Canadian AI Strategy machine learning global
   * leader) finds nothing for any system: the passage glosses only the strategy's name in English.
   * Pins only.
   */
  @Test
  void pinnedFiguresHoldOnTheSeventeenthHeldOutQueries() throws Exception {
    assertPinsHold("heldout17-queries.jsonl", "pinned-heldout17.json", false);
  }

  /**
   * The sets about the source documents, over the whole corpus: pins only (the evaluation notes,
   * src/test/resources/eval/README.md). Each was written and judged from randomly drawn passages
   * before its first run:
   * <ul>
   *   <li>library (L01–L24): 0.94 at that run, tied with `SmartCN after T→S` (0.95);
   *   <li>library2 (M01–M24): 0.98, tied with `SmartCN after T→S`;
   *   <li>library3 (J01–J12), Japanese as typed: 0.97, and 0.89 without Kuromoji's reading of the query;
   *   <li>library4 (T01–T12), Traditional Chinese about the Japanese files: 0.83, and 0.77 without
   *       the Japanese forms; 0.88 after the query was put in Japanese forms for Kuromoji;
   *   <li>library5 (Q01–Q10), Japanese questions: 0.94, CJKAnalyzer 1.00;
   *   <li>library6 (E01–E10), English questions: 0.73, raw SmartCN 0.86; 0.83 once English stop
   *       words no longer counted as words a passage must have;
   *   <li>library10 (P01–P12), Japanese keywords and questions and Chinese keywords about the
   *       Japanese papers: 0.88, CJKAnalyzer 0.80; 0.96 once katakana joined by a middle dot read
   *       as one word (P06 types ディープフェイク for the text's ディープ・フェイク);
   *   <li>library11 (R01–R15), Japanese questions and requests about passages of the two Japanese
   *       papers and the deck: 0.79, CJKAnalyzer 0.79 (0.80 on the code before the Japanese frame
   *       rules); 0.82 once only the grammar framing the query was left out of the Chinese fields,
   *       0.84 with the lighter heading and section weights;
   *   <li>library12 (S01–S18), Traditional, Simplified, Japanese and English keywords and three
   *       questions about source passages drawn at random (seed 1130) that no earlier key held:
   *       0.93, `SmartCN after T→S` 0.86;
   *   <li>library13 (Z01–Z13), Japanese questions whose answers only the Chinese report holds: 0.70,
   *       CJKAnalyzer 0.16, every other baseline 0; 0.73 with the Japanese country names;
   *   <li>library14 (W01–W12), more Japanese questions and keywords about the report, written
   *       before the Japanese country names: 0.49, StandardAnalyzer 0.12; 0.67 with them;
   *   <li>library15 (Y01–Y12), the same again, written before the katakana loanwords: 0.71,
   *       CJKAnalyzer 0.40; 0.85 with them;
   *   <li>library16 (U01–U12), the same once more, written after all of those changes: 0.63,
   *       CJKAnalyzer 0.33;
   *   <li>library17 (F01–F12), English, Japanese and one Simplified question asking for a figure
   *       in the Canadian budget and the Japanese files, written after the figure-sentence field and
   *       run once on the code before it (0.89) and after (0.88), StandardAnalyzer 0.84;
   *   <li>library18 (D01–D12), English and Japanese keywords and a question that name a source
   *       document by its short title (Budget 2024 SR&amp;ED, 暫定的な論点整理 偽情報), written to measure
   *       reading such names: 0.74 on the code before (`SmartCN after T→S` 0.75), 0.86 with a first
   *       version, 0.90 once runs could be twelve words long (D08);
   *   <li>library19 (G01–G12), Japanese questions about 12 report passages drawn at random (seed
   *       11305), written after the Japanese policy words were added and run once: 0.58, CJKAnalyzer
   *       0.18; then 0.64 without kana in the Chinese word fields, 0.72 with the Japanese name of
   *       the 14th Five-Year Plan (G06), 0.75 with 段階 for 階段 (G07);
   *   <li>library20 (K01–K12), the same again (seed 11306), written after all of that and run
   *       once: 0.52, CJKAnalyzer 0.10. Nothing was changed for it; later changes found elsewhere
   *       lifted K03, and the 予 fix, found by looking at K04, lifted K04 (0.58 now);
   *   <li>library21 (B01–B12), Japanese questions about 12 report sentences drawn at random (seed
   *       2026113021) that no key held, written after all of that and run once: 0.93, CJKAnalyzer
   *       0.23; 0.93 on the code before this session's changes too.
   * </ul>
   * And one set written after the changes it measures, to keep them: library7 (X01–X16), names
   * that carry a footnote mark (IJCAI33) or are typed in another spelling than the passages use
   * (Society5.0), and words in the other side's form of 著/着: 0.58 on the code before, 0.95 after;
   * and library8 (N01–N16), names typed in another language than the passages write them ("Beijing
   * Consensus" for 北京共識): 0.21 on the code before the names list, 0.86 after; and library9
   * (V01–V08), terms Japanese writes in kana, typed in Japanese about the report and in Chinese
   * about the Japanese files (デジタル人材 for 數位人才): 0.41 before those lines, 0.70 after (0.73 with
   * the middle dot).
   */
  @ParameterizedTest
  @ValueSource(strings = {"library", "library2", "library3", "library4", "library5", "library6", "library7", "library8", "library9",
      "library10", "library11", "library12", "library13", "library14", "library15", "library16", "library17",
      "library18", "library19", "library20", "library21"})
  void pinnedFiguresHoldOnTheSourceDocumentQueries(String set) throws Exception {
    assertPinsHold(library, set + "-queries.jsonl", "pinned-" + set + ".json", false);
  }

  /**
   * Keyword queries typed inside a question's or a request's frame find what they find typed: the
   * frame's words must not outweigh the content words. Over the report sets' filter-less keyword
   * queries (typed: 0.981), 請問…的內容是什麼？ scored 0.965 before the frame rules (What moved the
   * figures) and 0.977 after, 關於… and 介紹一下… 0.971 and 0.981, 我想了解… 0.969 and 0.981; over the
   * library sets' Japanese ones (typed: 0.939), …について教えてください 0.755, then 0.927 after its
   * verbs were left out, and 0.939 (as typed) since the frame's kana are not searched in the
   * Chinese fields; …とは何ですか？ 0.874 before that and before a Japanese question's words were
   * counted as keywords' are, 0.939 after. Over every kind of the library's keyword queries (typed:
   * 0.935, most of them names and English terms), …とは何ですか？ scored 0.892 and
   * …について教えてください 0.899 before, 0.935 both after. Each fails on the code before.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "report  | 請問{}的內容是什麼？     | 0.01",
      "report  | 關於{}                 | 0.01",
      "report  | 介紹一下{}              | 0.01",
      "report  | 我想了解{}              | 0.01",
      "library | {}について教えてください  | 0.01",
      "library | {}とは何ですか？         | 0.01",
      "library+ | {}とは何ですか？        | 0.01",
      "library+ | {}について教えてください | 0.01"})
  void aKeywordQueryInAQuestionsFrameFindsWhatItFindsTyped(String sets, String template, double tolerance) throws Exception {
    // library: its Japanese keyword queries; library+: every kind (names and English terms too).
    boolean overLibrary = sets.startsWith("library");
    Evaluation over = overLibrary ? library : eval;
    List<JudgedQuery> typed = new java.util.ArrayList<>();
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(Path.of("src/test/resources/eval"))) {
      for (Path f : files.filter(f -> f.getFileName().toString().endsWith("-queries.jsonl")
          && f.getFileName().toString().startsWith("library") == overLibrary).sorted().toList()) {
        for (JudgedQuery q : JudgedQuery.load(f)) {
          boolean japanese = q.kind().equals("ja");
          boolean wanted = sets.equals("library+") || (overLibrary ? japanese : !japanese);
          if (q.filters().isEmpty() && q.typedIn(template) != q && wanted) {
            typed.add(new JudgedQuery(f.getFileName() + q.id(), q.kind(), q.q(), q.filters(), q.relevant()));
          }
        }
      }
    }
    double asTyped = mean(over.serviceOnly(typed));
    double framed = mean(over.serviceOnly(typed.stream().map(q -> q.typedIn(template)).toList()));
    assertTrue(typed.size() >= 30, typed.size() + " queries");
    assertTrue(framed >= asTyped - tolerance, template + ": " + framed + " against " + asTyped + " typed");
  }

  private static double mean(Map<String, Metrics> perQuery) {
    return perQuery.values().stream().mapToDouble(Metrics::ndcg).average().orElse(0);
  }

  private static void assertPinsHold(String queryFile, String pinFile) throws Exception {
    assertPinsHold(queryFile, pinFile, true);
  }

  private static void assertPinsHold(String queryFile, String pinFile, boolean beatsBaselines) throws Exception {
    assertPinsHold(eval, queryFile, pinFile, beatsBaselines);
  }

  private static void assertPinsHold(Evaluation over, String queryFile, String pinFile, boolean beatsBaselines)
      throws Exception {
    Path queries = Path.of("src/test/resources/eval", queryFile);
    Path pins = Path.of("src/test/resources/eval", pinFile);
    List<JudgedQuery> judged = JudgedQuery.load(queries);
    Map<String, Map<String, Metrics>> results = over.run(judged);
    List<Pins.Check> checks = Pins.compare(Pins.read(pins), results);
    long kindCount = judged.stream().map(JudgedQuery::kind).distinct().count();
    assertTrue(checks.size() >= 3 * (kindCount + 1), "pins cover every kind and overall");
    List<Pins.Check> failed = checks.stream().filter(c -> !c.ok()).toList();
    assertTrue(failed.isEmpty(), "figures below their pins:\n" + failed);
    // The service beats every out-of-the-box baseline overall.
    double service = results.get(Evaluation.SERVICE).get(Evaluation.OVERALL).ndcg();
    results.forEach((system, kinds) -> {
      if (beatsBaselines && !system.startsWith(Evaluation.SERVICE)) {
        assertTrue(service > kinds.get(Evaluation.OVERALL).ndcg(), system + " beats the service");
      }
    });
    // The same words find the same passages in either script (a set without Chinese queries has no swapped row).
    Map<String, Metrics> asTyped = results.get(Evaluation.SERVICE);
    results.getOrDefault(Evaluation.OTHER_SCRIPT, Map.of()).forEach((kind, swapped) -> assertTrue(
        Math.abs(swapped.ndcg() - asTyped.get(kind).ndcg()) <= 0.05,
        kind + " queries in the other script: " + swapped.ndcg() + " vs " + asTyped.get(kind).ndcg()));
  }

  /**
   * On the dev queries the service leads the best baseline by the 0.10 and more than chance
   * allows (paired randomization test); pooled over the seventeen held-out sets, the lead is smaller
   * but still more than chance. Set by set the held-out leads are mostly within chance: 12 to 48
   * queries cannot tell a few hundredths apart (README, Retrieval quality).
   */
  @Test
  void theLeadOverTheBestBaselineIsMoreThanChance() throws Exception {
    List<JudgedQuery> dev = JudgedQuery.load(Path.of("src/test/resources/eval/dev-queries.jsonl"));
    Comparison onDev = Comparison.againstBestBaseline(Evaluation.ndcgBySystem(eval.perQuery(dev), dev));
    assertTrue(onDev.difference() >= 0.10 && onDev.significant(), onDev.toString());

    Map<String, List<Double>> pooled = new java.util.LinkedHashMap<>();
    for (int set = 1; set <= 17; set++) {
      List<JudgedQuery> judged = JudgedQuery.load(
          Path.of("src/test/resources/eval", "heldout" + (set == 1 ? "" : set) + "-queries.jsonl"));
      Evaluation.ndcgBySystem(eval.perQuery(judged), judged).forEach((system, values) -> {
        for (double v : values) {
          pooled.computeIfAbsent(system, k -> new java.util.ArrayList<>()).add(v);
        }
      });
    }
    Map<String, double[]> heldOut = new java.util.LinkedHashMap<>();
    pooled.forEach((system, values) -> heldOut.put(system, values.stream().mapToDouble(Double::doubleValue).toArray()));
    Comparison onHeldOut = Comparison.againstBestBaseline(heldOut);
    assertTrue(onHeldOut.queries() >= 240, onHeldOut.toString());
    assertTrue(onHeldOut.difference() > 0 && onHeldOut.significant(), onHeldOut.toString());
  }

  @Test
  void metricsFollowTheJudgedQueryRules() {
    List<JudgedQuery.Judgment> one = List.of(new JudgedQuery.Judgment("加拿大 AI", 2));
    Metrics first = Metrics.score(List.of("關於 加拿大AI 的段落", "其他"), one);
    assertTrue(first.ndcg() == 1.0 && first.recall() == 1.0 && first.mrr() == 1.0);
    Metrics second = Metrics.score(List.of("其他", "關於加拿大 AI"), one);
    assertTrue(Math.abs(second.ndcg() - 1 / (Math.log(3) / Math.log(2))) < 1e-9 && second.mrr() == 0.5);
    Metrics tooLong = Metrics.score(List.of("加拿大AI" + "字".repeat(1000)), one);
    assertTrue(tooLong.ndcg() == 0 && tooLong.recall() == 0);
  }

  /**
   * --explain says why each hit matched in terms a reader can check: the BM25 weight of each matched
   * term per field, the constants and the factors, adding up to the hit's score (within rounding),
   * for every hit of every dev query, judged passages below the top 10 included.
   */
  @Test
  void explainAccountsForEachHitsWholeScore() throws Exception {
    java.util.regex.Pattern hitLine = java.util.regex.Pattern.compile("(?m)^\\s*\\d+\\. [ *] ([0-9.]+) \\S+$");
    java.util.regex.Pattern total = java.util.regex.Pattern.compile("(?m)^ {6}= ([0-9.]+)$");
    int hits = 0;
    for (JudgedQuery q : JudgedQuery.load(Path.of("src/test/resources/eval/dev-queries.jsonl"))) {
      var bytes = new java.io.ByteArrayOutputStream();
      eval.explain(q, new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
      String out = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
      java.util.regex.Matcher hit = hitLine.matcher(out);
      while (hit.find()) {
        java.util.regex.Matcher sum = total.matcher(out);
        assertTrue(sum.find(hit.end()), q.id() + ": no account after " + hit.group());
        double score = Double.parseDouble(hit.group(1));
        assertTrue(Math.abs(score - Double.parseDouble(sum.group(1))) <= 0.002 * Math.max(1, score),
            q.id() + ": " + hit.group() + " accounted as " + sum.group(1));
        hits++;
      }
      if (q.id().equals("d14")) {
        // The phrase and the abbreviation, each in the fields that hold them; no Lucene tree by default.
        assertTrue(out.contains("\"数位 素养\"") && out.matches("(?s).*\\n {6}text_bigrams +[0-9.]+ .*ipa [0-9.]+.*"), out);
        assertTrue(!out.contains("weight(FunctionScoreQuery"), out);
      }
      if (q.id().equals("d07")) {
        // A typed country's factor named as a filter names it, not by the facet's indexed term.
        assertTrue(out.contains("× 2.000 for country:CA") && !out.contains("for $facets"), out);
      }
    }
    assertTrue(hits >= 18 * 5, hits + " hits accounted");
  }

  /**
   * --explain accounts for the judged passages a query missed: where each ranks below the top 10,
   * and the keys that no hit in the first 100 has. A full stop is in nearly every passage that
   * "人才" finds, so hits 11 on are judged too.
   */
  @Test
  void explainShowsWhereJudgedPassagesBelowTheTopTenRank() throws Exception {
    JudgedQuery q = new JudgedQuery("x1", "trad", "人才", Map.of(),
        List.of(new JudgedQuery.Judgment("。", 2), new JudgedQuery.Judgment("這句話不在報告裡", 1)));
    var bytes = new java.io.ByteArrayOutputStream();
    eval.explain(q, new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
    String out = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(out.contains("judged passages below the top 10"), out);
    assertTrue(out.contains("\n11. * "), out);
    assertTrue(out.contains("not among the first 100 hits: grade 1, key 這句話不在報告裡"), out);
    assertTrue(!out.contains("key 。"), "a key some hit has is not reported missing");
  }
}
