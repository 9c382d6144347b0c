package org.wenxian.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenxian.TestCorpus;

/** scripts/bench times judged queries as the service reads them, filters included. */
class BenchCommandTest {
  @TempDir Path tmp;

  /** A filter-only listing used to stop the bench with "q must not be empty": its filters were dropped. */
  @Test
  void judgedQueriesAreTimedWithTheirFilters() throws Exception {
    Path corpus = tmp.resolve("corpus");
    TestCorpus.copy(TestCorpus.report(), corpus);
    Path queries = tmp.resolve("queries.jsonl");
    Files.writeString(queries, String.join("\n",
        "{\"id\": \"a1\", \"kind\": \"filter\", \"q\": \"\", \"filters\": {\"country\": \"JP\", \"year\": \"2023\"}, \"relevant\": []}",
        "{\"id\": \"a2\", \"kind\": \"filter\", \"q\": \"人才\", \"filters\": {\"country\": \"CA\"}, \"relevant\": []}"),
        StandardCharsets.UTF_8);
    String[] result = ReindexCommandTest.run("bench", "--corpus", corpus.toString(), "--queries", queries.toString(), "--rounds", "1");
    assertEquals("0", result[0], result[1]);
    assertTrue(result[1].contains("search (2 queries x 1 rounds"), result[1]);
    assertTrue(result[1].matches("(?s).*slowest query \\(median of its rounds\\): a[12] .*"), result[1]);
  }
}
