package org.wenxian;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.wenxian.index.Fields;
import org.wenxian.search.Generation;

/**
 * The README's examples stay true: every passage id it shows exists in the shipped index, and the
 * service's figures it quotes for the dev queries and our own are the pinned ones.
 */
class ReadmeTest {
  private static final Pattern PASSAGE_ID = Pattern.compile("\\bd[0-9a-f]{10}-[0-9a-f]{10}\\b");

  @Test
  void everyPassageIdInTheReadmeExists() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    List<String> ids = new ArrayList<>();
    Matcher m = PASSAGE_ID.matcher(readme);
    while (m.find()) {
      ids.add(m.group());
    }
    assertFalse(ids.isEmpty(), "the README shows no passage id");
    Generation g = TestCorpus.shippedIndex().acquire().orElseThrow();
    try {
      for (String id : ids) {
        assertTrue(g.searcher().count(new TermQuery(new Term(Fields.ID, id))) == 1,
            "README shows passage " + id + ", which the shipped corpus no longer has (passage ids follow the text)");
      }
    } finally {
      g.release();
    }
  }

  /**
   * The service's row of the README's tables for the dev queries and our own, each kind's nDCG@10 /
   * Recall@10 / MRR@10, is what the pins hold (to two places): a change that raises the pins
   * updates the README with them.
   */
  @Test
  void theReadmesFiguresAreThePinnedOnes() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertQuotesPins(readme, "Dev queries:", "dev-queries.jsonl", "pinned.json");
    assertQuotesPins(readme, "Our own %d queries:", "wenxian-queries.jsonl", "pinned-wenxian.json");
  }

  private static void assertQuotesPins(String readme, String caption, String queries, String pins) throws Exception {
    Path eval = Path.of("src/test/resources/eval");
    String title = String.format(caption, org.wenxian.eval.JudgedQuery.load(eval.resolve(queries)).size());
    Matcher captioned = Pattern.compile("(?m)(^| )" + Pattern.quote(title) + "$").matcher(readme);
    int at = captioned.find() ? captioned.start() : -1;
    assertTrue(at >= 0, "the README has no table captioned '" + title + "'");
    List<String> rows = readme.substring(at).lines().filter(l -> l.startsWith("|")).limit(3).toList();
    assertTrue(rows.size() == 3 && rows.get(2).startsWith("| wenxian |"), title + ": " + rows);
    String[] kinds = rows.get(0).split("\\|");
    String[] cells = rows.get(2).replace("**", "").split("\\|");
    var pinned = org.wenxian.eval.Pins.read(eval.resolve(pins)).get(org.wenxian.eval.Evaluation.SERVICE);
    assertTrue(kinds.length == cells.length && kinds.length > 3, title + ": " + rows);
    int compared = 0;
    for (int i = 2; i < kinds.length; i++) {
      org.wenxian.eval.Metrics pin = pinned.get(kinds[i].strip());
      assertTrue(pin != null, title + ": no pin for " + kinds[i].strip());
      String expected = String.format(java.util.Locale.ROOT, "%.2f/%.2f/%.2f", pin.ndcg(), pin.recall(), pin.mrr());
      assertTrue(cells[i].strip().equals(expected), title + " " + kinds[i].strip() + ": the README says "
          + cells[i].strip() + ", the pins " + expected);
      compared++;
    }
    assertTrue(compared == pinned.size(), title + ": the README gives " + compared + " of the " + pinned.size() + " pinned kinds");
  }
}
