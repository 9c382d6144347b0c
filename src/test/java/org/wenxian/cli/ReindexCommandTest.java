package org.wenxian.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenxian.TestCorpus;

/** The CLI's exit codes and JSON summary, run through Main on a temporary corpus. */
class ReindexCommandTest {
  @TempDir Path tmp;

  static String[] run(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      code = Main.run(args);
    } finally {
      System.setOut(original);
    }
    return new String[] {String.valueOf(code), buffer.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void jsonSummaryAndExitCodesWithTheBadFixturesInTheCorpus() {
    Path corpus = tmp.resolve("corpus");
    for (String bad : new String[] {"empty.pdf", "encrypted.pdf", "truncated.pdf", "truncated.docx", "not-a-pdf.pdf", "bad-encoding.txt"}) {
      TestCorpus.copy(TestCorpus.fixture("bad/" + bad), corpus);
    }
    String index = tmp.resolve("index").toString();
    String[] allBad = run("reindex", "--corpus", corpus.toString(), "--index", index, "--json");
    assertEquals("2", allBad[0], "nothing could be published");
    assertTrue(JsonParser.parseString(allBad[1]).getAsJsonObject().get("error").getAsString().contains("no file could be indexed"));

    TestCorpus.copy(TestCorpus.fixture("report/report.html"), corpus);
    String[] someBad = run("reindex", "--corpus", corpus.toString(), "--index", index, "--json");
    assertEquals("1", someBad[0]);
    JsonObject summary = JsonParser.parseString(someBad[1]).getAsJsonObject();
    assertTrue(summary.get("published").getAsBoolean());
    assertEquals(1, summary.get("added").getAsInt());
    assertEquals(6, summary.get("failed").getAsInt());
    assertTrue(summary.get("passages").getAsInt() > 100);
    assertTrue(summary.has("millis"));
    JsonArray files = summary.getAsJsonArray("files");
    assertEquals(7, files.size());
    for (var f : files) {
      JsonObject file = f.getAsJsonObject();
      if (file.get("status").getAsString().equals("FAILED")) {
        assertTrue(!file.get("reason").isJsonNull() && !file.get("message").getAsString().isBlank(), file.toString());
      }
    }

    String[] again = run("reindex", "--corpus", corpus.toString(), "--index", index);
    assertEquals("1", again[0], "the failed files are still failing");
    assertTrue(again[1].contains("encrypted.pdf: document is encrypted"), again[1]);
  }

  /** The index directory of a corpus holding one fixture, reindexed through the CLI. */
  private String indexed(String fixture) {
    Path corpus = tmp.resolve("corpus");
    TestCorpus.copy(TestCorpus.fixture(fixture), corpus);
    String index = tmp.resolve("index").toString();
    assertEquals("0", run("reindex", "--corpus", corpus.toString(), "--index", index)[0]);
    return index;
  }

  @Test
  void searchCommandFiltersAndCites() {
    String index = indexed("report/report.md");
    String[] json = run("search", "--index", index, "--json", "--country", "加拿大", "--year", "2017..2022", "--size", "5", "人才");
    assertEquals("0", json[0]);
    JsonObject r = JsonParser.parseString(json[1]).getAsJsonObject();
    for (var h : r.getAsJsonArray("hits")) {
      assertTrue(h.getAsJsonObject().getAsJsonArray("countries").toString().contains("CA"));
    }
    String[] cite = run("search", "--index", index, "--cite", "ris", "人才");
    assertEquals("0", cite[0]);
    assertTrue(cite[1].startsWith("TY  - "), cite[1]);
    assertEquals("2", run("search", "--index", index, "--country", "Atlantis", "人才")[0]);
    // A word to leave out is typed as on the API; a mistyped long option is still an error.
    String[] without = run("search", "--index", index, "--json", "--size", "20", "人才", "-加拿大");
    assertEquals("0", without[0]);
    var hits = JsonParser.parseString(without[1]).getAsJsonObject().getAsJsonArray("hits");
    assertTrue(hits.size() > 0);
    for (var h : hits) {
      assertFalse(h.getAsJsonObject().get("text").getAsString().contains("加拿大"));
    }
    assertEquals("2", run("search", "--index", index, "--sise", "2", "人才")[0]);
  }

  @Test
  void searchWarnsWhenTheIndexWasBuiltByOtherCode() throws Exception {
    String index = indexed("report/report.md");
    Path gen = new org.wenxian.index.IndexLayout(Path.of(index)).current().orElseThrow();
    org.wenxian.index.Manifest m = org.wenxian.index.Manifest.read(gen);
    new org.wenxian.index.Manifest("an-older-analyzer", m.createdAt(), m.documents(), m.fingerprints(), m.passageCounts())
        .write(gen);
    PrintStream original = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      assertEquals("0", run("search", "--index", index, "人才")[0]);
    } finally {
      System.setErr(original);
    }
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("built by another version of the indexing code"), err.toString());
  }

  @Test
  void searchOutputToAPipeHasNoEscapeCodes() {
    String index = indexed("report/report.html");
    String[] out = run("search", "--index", index, "--size", "3", "數位素養");
    assertEquals("0", out[0]);
    assertTrue(out[1].contains("數位素養"), out[1]);
    assertTrue(out[1].indexOf('\u001b') < 0, "escape codes in piped output");
    assertTrue(!out[1].contains("<mark>") && !out[1].contains("&lt;"), out[1]);
    // One name the report says once: the count reads as English.
    String[] one = run("search", "--index", index, "齊藤裕");
    assertTrue(one[1].startsWith("1 passage matches ("), one[1]);
    // A question asking what something is says so.
    String[] what = run("search", "--index", index, "--size", "1", "數位素養是什麼？");
    assertTrue(what[1].contains("asks what 數位素養 is: the passages that say so first"), what[1]);
    assertTrue(what[1].contains("數位素養的基本定義"), what[1]);
  }

  @Test
  void searchShowsTheCaptionAFigureLabelWasFoundIn() {
    String index = indexed("report/report.md");
    String[] out = run("search", "--index", index, "--size", "1", "圖 25");
    assertEquals("0", out[0]);
    assertTrue(out[1].contains("   caption: 圖 25 各國生成式 AI 新創公司數量排名"), out[1]);
    // Captions the query did not match are not repeated.
    assertEquals(1, out[1].split("   caption: ", -1).length - 1, out[1]);
    // A mistyped name: the suggestion, and what the query as typed found.
    String[] typo = run("search", "--index", index, "--size", "1", "Vector Instiute");
    assertTrue(typo[1].contains("did you mean: Vector Institute"), typo[1]);
  }

  /**
   * The pools the README quotes are printed by the harness: all sets, then those less the sets
   * written to check a change, then the held-out ones among them.
   */
  @Test
  void evalPrintsThePoolsLessTheSetsWrittenToCheckAChange() throws Exception {
    Path eval = Path.of("src/test/resources/eval").toAbsolutePath();
    String[] sets = {"dev-queries.jsonl", "heldout-queries.jsonl", "heldout2-queries.jsonl", "heldout22-queries.jsonl"};
    String[] pins = {"pinned.json", "pinned-heldout.json", "pinned-heldout2.json", "pinned-heldout22.json"};
    String[] out = run("eval", "--corpus", TestCorpus.corpus().toString(),
        "--queries", String.join(",", java.util.Arrays.stream(sets).map(f -> eval.resolve(f).toString()).toList()),
        "--pins", String.join(",", java.util.Arrays.stream(pins).map(f -> eval.resolve(f).toString()).toList()));
    assertEquals("0", out[0], out[1]);
    assertTrue(out[1].contains("== these 4 sets together: wenxian "), out[1]);
    assertTrue(out[1].contains("== 3 of them, less the sets written to check a change (heldout22-queries.jsonl): wenxian "),
        out[1]);
    assertTrue(out[1].contains("== the 2 held-out sets among those: wenxian "), out[1]);
    // The issue's targets, after the dev queries and for the held-out pool (the issue judges the
    // service on held-out queries too), each with its verdict and its figure.
    assertEquals(2, out[1].split("issue 5 targets on these queries:", -1).length - 1, out[1]);
    assertTrue(heldOutPoolHasTargets(out[1]), out[1]);
    String targets = out[1].substring(out[1].indexOf("issue 5 targets"), out[1].indexOf("== heldout-queries.jsonl"));
    java.util.regex.Matcher overall = java.util.regex.Pattern
        .compile("\n  (met     |NOT MET ) overall nDCG@10 >= 0\\.90: (\\d\\.\\d\\d)\n").matcher(targets);
    assertTrue(overall.find(), targets);
    assertEquals(Double.parseDouble(overall.group(2)) >= 0.90, overall.group(1).equals("met     "), targets);
    for (String target : new String[] {"every kind >= 0.80: ", "simp within 0.05 of trad: simp ", "0.10 above the best baseline overall: +"}) {
      assertTrue(targets.contains(target), target + "\n" + targets);
    }
    // Each pool is also given per kind, with its query count: the issue's targets are per kind.
    String heldOutPool = out[1].substring(out[1].indexOf("== the 2 held-out sets among those"));
    java.util.List<org.wenxian.eval.JudgedQuery> heldOut = new java.util.ArrayList<>();
    heldOut.addAll(org.wenxian.eval.JudgedQuery.load(eval.resolve(sets[1])));
    heldOut.addAll(org.wenxian.eval.JudgedQuery.load(eval.resolve(sets[2])));
    for (String kind : java.util.List.of("trad", "simp", "phrase", "question")) {
      long count = heldOut.stream().filter(q -> q.kind().equals(kind)).count();
      assertTrue(heldOutPool.matches("(?s).*per kind, wenxian / [^:]+ \\(queries\\): .*\\b" + kind
          + " \\d\\.\\d\\d / \\d\\.\\d\\d \\(" + count + "\\).*"), kind + " " + count + "\n" + heldOutPool);
    }
  }

  /**
   * --sets names another manifest: its sets are the ones run, in its order, and its roles decide the
   * pools; a manifest line with an unknown role is a usage error that names the line.
   */
  @Test
  void evalRunsTheSetsAManifestLists() throws Exception {
    Path eval = Path.of("src/test/resources/eval").toAbsolutePath();
    String line = "{\"set\": \"%s\", \"queries\": \"%s\", \"pins\": \"%s\", \"over\": \"report\", \"role\": \"%s\", "
        + "\"beats_baselines\": false, \"ids\": \"\", \"about\": \"\"}\n";
    Path manifest = tmp.resolve("sets.jsonl");
    java.nio.file.Files.writeString(manifest,
        String.format(line, "dev", eval.resolve("dev-queries.jsonl"), eval.resolve("pinned.json"), "dev")
            + String.format(line, "heldout", eval.resolve("heldout-queries.jsonl"), eval.resolve("pinned-heldout.json"), "held-out")
            + String.format(line, "heldout2", eval.resolve("heldout2-queries.jsonl"), eval.resolve("pinned-heldout2.json"), "check"));
    String[] out = run("eval", "--corpus", TestCorpus.corpus().toString(), "--sets", manifest.toString());
    assertEquals("0", out[0], out[1]);
    assertTrue(out[1].indexOf("== dev-queries.jsonl") < out[1].indexOf("== heldout-queries.jsonl")
        && out[1].indexOf("== heldout-queries.jsonl") < out[1].indexOf("== heldout2-queries.jsonl"), out[1]);
    assertTrue(out[1].contains("== these 3 sets together: wenxian "), out[1]);
    assertTrue(out[1].contains("== 2 of them, less the sets written to check a change (heldout2-queries.jsonl): wenxian "),
        out[1]);
    assertTrue(!out[1].contains("library"), "a manifest without library sets runs none:\n" + out[1]);

    java.nio.file.Files.writeString(manifest, String.format(line, "dev", eval.resolve("dev-queries.jsonl"),
        eval.resolve("pinned.json"), "tuned"));
    PrintStream err = System.err;
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    String[] bad;
    try {
      System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
      bad = run("eval", "--corpus", TestCorpus.corpus().toString(), "--sets", manifest.toString());
    } finally {
      System.setErr(err);
    }
    String message = said.toString(StandardCharsets.UTF_8);
    assertEquals("2", bad[0], message);
    assertTrue(message.contains("line 1") && message.contains("tuned"), message);
  }

  /**
   * --explain takes several ids, separated by commas, and explains each in the order of the sets;
   * an id no set holds is an error that names it, before any index is built.
   */
  @Test
  void evalExplainsSeveralQueriesByTheirIds() throws Exception {
    Path eval = Path.of("src/test/resources/eval").toAbsolutePath();
    String[] out = run("eval", "--corpus", TestCorpus.corpus().toString(), "--queries",
        eval.resolve("dev-queries.jsonl").toString(), "--pins", eval.resolve("pinned.json").toString(), "--explain", "d14,d04");
    assertEquals("0", out[0], out[1]);
    int d04 = out[1].indexOf("query d04 [trad]");
    int d14 = out[1].indexOf("query d14 [phrase]");
    assertTrue(d04 >= 0 && d14 > d04, out[1]);
    assertTrue(!out[1].contains("query d01 "), out[1]);
    PrintStream err = System.err;
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    String[] bad;
    try {
      System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
      bad = run("eval", "--corpus", TestCorpus.corpus().toString(), "--queries",
          eval.resolve("dev-queries.jsonl").toString(), "--pins", eval.resolve("pinned.json").toString(), "--explain", "d14,zz99");
    } finally {
      System.setErr(err);
    }
    assertEquals("2", bad[0], said.toString(StandardCharsets.UTF_8));
    assertTrue(said.toString(StandardCharsets.UTF_8).contains("no judged query with id zz99"), said.toString(StandardCharsets.UTF_8));
  }

  /**
   * --save-run keeps each query's figure; --compare-with a saved run lists the queries that moved
   * since, as the evaluation notes report a change. Run twice on the same code nothing moves; a
   * saved figure that differs is listed, up or down, with the query.
   */
  @Test
  void evalListsTheQueriesThatMovedSinceASavedRun() throws Exception {
    Path eval = Path.of("src/test/resources/eval").toAbsolutePath();
    Path saved = tmp.resolve("run.json");
    String[] first = run("eval", "--corpus", TestCorpus.corpus().toString(), "--queries",
        eval.resolve("dev-queries.jsonl").toString(), "--pins", eval.resolve("pinned.json").toString(), "--save-run", saved.toString());
    assertEquals("0", first[0], first[1]);
    var figures = JsonParser.parseString(java.nio.file.Files.readString(saved)).getAsJsonObject()
        .getAsJsonObject("dev-queries.jsonl");
    assertEquals(18, figures.size(), figures.toString());
    double d04 = figures.get("d04").getAsDouble();
    assertTrue(d04 < 0.99, "d04 is not 1st in this run: " + d04);

    String[] again = run("eval", "--corpus", TestCorpus.corpus().toString(), "--queries",
        eval.resolve("dev-queries.jsonl").toString(), "--pins", eval.resolve("pinned.json").toString(), "--compare-with", saved.toString());
    assertTrue(again[1].contains("(18 queries compared): 0 up, 0 down"), again[1]);

    figures.addProperty("d04", 1.0);
    figures.addProperty("d01", 0.5);
    java.nio.file.Files.writeString(saved, "{\"dev-queries.jsonl\": " + figures + "}");
    String[] moved = run("eval", "--corpus", TestCorpus.corpus().toString(), "--queries",
        eval.resolve("dev-queries.jsonl").toString(), "--pins", eval.resolve("pinned.json").toString(), "--compare-with", saved.toString());
    assertTrue(moved[1].contains("(18 queries compared): 1 up, 1 down"), moved[1]);
    assertTrue(moved[1].matches("(?s).*\\n  UP +dev-queries\\.jsonl +d01 +trad +0\\.500 -> 1\\.000  AI4Good.*"), moved[1]);
    assertTrue(moved[1].matches("(?s).*\\n  DOWN +dev-queries\\.jsonl +d04 +trad +1\\.000 -> " + String.format("%.3f", d04) + "  十四五.*"),
        moved[1]);

    assertEquals("2", run("eval", "--queries", eval.resolve("dev-queries.jsonl").toString(), "--pins",
        eval.resolve("pinned.json").toString(), "--compare-with", tmp.resolve("none.json").toString())[0]);
  }

  /**
   * --write-pins also writes each query's figure to run.json beside the pins, over the sets it ran,
   * keeping the other sets' figures: the committed run that the regression test holds each query to.
   */
  @Test
  void writingThePinsWritesTheRunBesideThem() throws Exception {
    Path eval = Path.of("src/test/resources/eval").toAbsolutePath();
    Path queries = java.nio.file.Files.copy(eval.resolve("dev-queries.jsonl"), tmp.resolve("dev-queries.jsonl"));
    Path pins = java.nio.file.Files.copy(eval.resolve("pinned.json"), tmp.resolve("pinned.json"));
    Path runFile = tmp.resolve("run.json");
    java.nio.file.Files.writeString(runFile, "{\"other-queries.jsonl\": {\"x01\": 0.5}, \"dev-queries.jsonl\": {\"d01\": 0.1}}");
    String[] out = run("eval", "--corpus", TestCorpus.corpus().toString(), "--queries", queries.toString(),
        "--pins", pins.toString(), "--write-pins");
    assertEquals("0", out[0], out[1]);
    assertTrue(out[1].contains("wrote each query's nDCG@10 to " + runFile), out[1]);
    var written = JsonParser.parseString(java.nio.file.Files.readString(runFile)).getAsJsonObject();
    assertEquals(0.5, written.getAsJsonObject("other-queries.jsonl").get("x01").getAsDouble(), "another set's figures stay");
    var dev = written.getAsJsonObject("dev-queries.jsonl");
    assertEquals(18, dev.size(), dev.toString());
    assertEquals(1.0, dev.get("d01").getAsDouble(), dev.toString());
    assertEquals(0.6309, dev.get("d14").getAsDouble(), dev.toString());
    // One query per line, so that a change's diff of the file shows the queries it moved.
    assertTrue(java.nio.file.Files.readString(runFile).contains("\n    \"d14\": 0.6309,\n"));
  }

  private static boolean heldOutPoolHasTargets(String out) {
    String pool = out.substring(out.indexOf("== the 2 held-out sets among those"));
    return pool.matches("(?s)== the 2 held-out[^\n]*\n(  [^\n]*\n){2}  issue 5 targets on these queries:\n    (met     |NOT MET ) overall nDCG@10 >= 0\\.90: .*");
  }

  @Test
  void aMissingOrEmptyEvalFileIsAUsageErrorNotACrash() throws Exception {
    assertEquals("2", run("eval", "--queries", tmp.resolve("missing.jsonl").toString(), "--pins", tmp.resolve("p.json").toString())[0]);
    Path emptyPins = java.nio.file.Files.createFile(tmp.resolve("empty.json"));
    Path queries = Path.of("src/test/resources/eval/dev-queries.jsonl").toAbsolutePath();
    assertEquals("2", run("eval", "--corpus", TestCorpus.corpus().toString(), "--queries", queries.toString(),
        "--pins", emptyPins.toString())[0]);
  }
}
