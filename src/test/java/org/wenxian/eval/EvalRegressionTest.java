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
 * twenty-five held-out sets written after them (pinned-heldout.json to pinned-heldout25.json),
 * and, over the whole corpus, on the twenty-five sets of queries about the library (pinned-library.json
 * to pinned-library25.json).
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

  /**
   * The held-out sets, each written and judged before its first run (how, and what each showed: the
   * evaluation notes, src/test/resources/eval/README.md, The sets). Where the service does not beat
   * every baseline on a set, or only by a tie, only its pins are held. First run, then now:
   * <ul>
   *   <li>heldout (h01–h48), eight queries of each kind: 0.98 now;
   *   <li>heldout2 (g01–g24): 0.94 at that run, 0.96 now, StandardAnalyzer 0.95; pins only;
   *   <li>heldout3 (k01–k24): 0.91, a tie with the baselines; pins only;
   *   <li>heldout4 (m01–m14), questions: 0.79, 0.86 now, `SmartCN after T→S` 0.86; pins only;
   *   <li>heldout5 (n01–n12), questions answered in summaries and conclusions: 0.77, 0.84 now;
   *   <li>heldout6 (r01–r12), two of each kind about random passages: 0.95;
   *   <li>heldout7 (s01–s14): 0.93, CJKAnalyzer 0.97; 0.96 now, a tie; pins only;
   *   <li>heldout8 (t01–t12), questions that name a title in 《》: 0.71, 0.85 now, StandardAnalyzer
   *       0.85; pins only;
   *   <li>heldout9 (u01–u13), more titles, written after the title change: 0.83 on the code before
   *       it, 0.95 after; 1.00 now;
   *   <li>heldout10 (v01–v13), titles with and without 《》: 0.88 before the title changes, 0.97
   *       after;
   *   <li>heldout11 (y01–y18), the six kinds about random passages: 0.96;
   *   <li>heldout12 (z01–z12), Simplified keywords in mainland vocabulary: 0.94, `SmartCN after T→S`
   *       0.97; pins only;
   *   <li>heldout13 (x01–x16), the six kinds: 0.95, 0.98 now;
   *   <li>heldout14 (b01–b13), Chinese questions: 0.90, 0.97 now, `SmartCN after T→S` 0.92 at that
   *       run; pins only;
   *   <li>heldout15 (f01–f12), questions asking for a figure: 0.94 before and after the figure
   *       sentences, a tie; pins only;
   *   <li>heldout16 (c01–c16), mainland vocabulary: 0.96, 0.98 once c10's judgment gained the
   *       passage that answers it best; `SmartCN after T→S` 0.97; pins only;
   *   <li>heldout17 (e01–e16), the six kinds about random sentences no key held, written after the
   *       typed country became a soft filter: 0.89 (0.88 on the code before), the best baselines
   *       0.87; pins only;
   *   <li>heldout18 (q01–q16), questions that name the kind of answer they want (…的目的是什麼？,
   *       扮演什麼角色？, 有什麼關係？, 有什麼特色？) about report passages drawn at random, written to
   *       test whether those nouns frame a question: 0.85 at its first run, `SmartCN after T→S`
   *       0.78; 0.90 once they did (a rule this set was used to choose);
   *   <li>heldout19 (p01–p16), the same kind of question about other random passages, written after
   *       that rule to test it unseen: 0.81 with it and without it, `SmartCN after T→S` 0.78; 0.82
   *       once English plurals read in the singular (p05);
   *   <li>heldout20 (j01–j16), English glosses typed from memory (another number, a long form),
   *       written before English plurals read in the singular: 0.98 before and after, raw SmartCN
   *       0.95 (over the whole library 0.85, then 0.93);
   *   <li>heldout21 (o01–o16), people, companies and institutes the report writes in Latin letters
   *       typed by their Chinese names (辛顿, 班吉歐, 领英, 微軟研究院, 魁北克人工智慧研究所), written
   *       before those names went into the names list: 0.77, `SmartCN after T→S` 0.73; 0.98 with
   *       them (the list was written from the names' standard Chinese forms, so this set checks
   *       that they are read, not how well the list covers what readers type);
   *   <li>heldout22 (i01–i14), figure and table labels (圖 25, 图3, 表 2, 圖 9 北京共識) drawn at random
   *       among the report's 46 captions, written before labels were read as one word: 0.71, the
   *       baselines 0.21 at best (they index the text, not the captions); 1.00 after;
   *   <li>heldout23 (l01–l16), the six kinds about report sentences drawn at random (seed
   *       2026113023) that no key held, written after all of that and run once: 0.91, CJKAnalyzer
   *       0.90; pins only;
   *   <li>heldout24 (H01–H16), the six kinds about report passages drawn at random (seed
   *       20261130), written after the figure-label and reference changes and run once: 0.87,
   *       CJKAnalyzer 0.85; pins only;
   *   <li>heldout25 (O01–O16), the six kinds again (seed 2026113025), written after the typed
   *       country was required of the first tier and run once: 0.91, `SmartCN after T→S` and raw
   *       SmartCN 0.97 (English 0.66 against 0.96); pins only.
   * </ul>
   */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource({"heldout, true", "heldout2, false", "heldout3, false",
      "heldout4, false", "heldout5, true", "heldout6, true", "heldout7, false", "heldout8, false",
      "heldout9, true", "heldout10, true", "heldout11, true", "heldout12, false", "heldout13, true",
      "heldout14, false", "heldout15, false", "heldout16, false", "heldout17, false",
      "heldout18, true", "heldout19, true",
      "heldout20, true", "heldout21, true", "heldout22, true", "heldout23, false",
      "heldout24, false", "heldout25, false"})
  void pinnedFiguresHoldOnTheHeldOutSets(String set, boolean beatsBaselines) throws Exception {
    assertPinsHold(set + "-queries.jsonl", "pinned-" + set + ".json", beatsBaselines);
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
   * the middle dot); and library22 (a01–a14), English names of the Chinese proposal's policy terms
   * (dual circulation, common prosperity, Belt and Road Initiative), written before the names list
   * had them: 0 for every system, 0.74 with them, 0.81 once an apostrophe no longer cut a word
   * (Xiong'an), 0.86 with Hong Kong and Macao; and library23 (C01–C14), the report's and the
   * proposal's places, bodies and programmes by their Japanese names (エドモントン, グローバル・イノベーション・クラスター,
   * 北京コンセンサス), drawn at random and written before the names list had them: 0.75, 0.92 with them;
   * and library24 (A01–A14), queries that name the country of the passage they ask about, written
   * after a typed country was required of the first tier: 0.97 with it and without; and library25
   * (I01–I16), Japanese questions about report passages drawn at random, run once: 0.79.
   */
  @ParameterizedTest
  @ValueSource(strings = {"library", "library2", "library3", "library4", "library5", "library6", "library7", "library8", "library9",
      "library10", "library11", "library12", "library13", "library14", "library15", "library16", "library17",
      "library18", "library19", "library20", "library21", "library22", "library23", "library24", "library25"})
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
   * The held-out sets pooled: all but those written to check a change made for them (the twenty-first
   * and twenty-second; README, Retrieval quality), as `scripts/eval` pools them.
   */
  private static final int[] HELD_OUT_POOL = java.util.stream.IntStream.rangeClosed(1, 25)
      .filter(set -> !org.wenxian.cli.EvalCommand.CHECK_SETS.contains("heldout" + (set == 1 ? "" : set) + "-queries.jsonl"))
      .toArray();

  /**
   * On the dev queries the service leads the best baseline by the 0.10 and more than chance
   * allows (paired randomization test); pooled over the held-out sets, the lead is smaller
   * but still more than chance. Set by set the held-out leads are mostly within chance: 12 to 48
   * queries cannot tell a few hundredths apart (README, Retrieval quality).
   */
  @Test
  void theLeadOverTheBestBaselineIsMoreThanChance() throws Exception {
    List<JudgedQuery> dev = JudgedQuery.load(Path.of("src/test/resources/eval/dev-queries.jsonl"));
    Comparison onDev = Comparison.againstBestBaseline(Evaluation.ndcgBySystem(eval.perQuery(dev), dev));
    assertTrue(onDev.difference() >= 0.10 && onDev.significant(), onDev.toString());

    Map<String, List<Double>> pooled = new java.util.LinkedHashMap<>();
    for (int set : HELD_OUT_POOL) {
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
