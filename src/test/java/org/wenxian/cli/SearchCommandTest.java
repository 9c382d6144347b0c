package org.wenxian.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.wenxian.TestCorpus;

/** What scripts/search prints for a response of the shipped index: how the query was read, then the hits. */
class SearchCommandTest {
  static String printed(String q) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    SearchCommand.print(new PrintStream(buffer, true, StandardCharsets.UTF_8),
        TestCorpus.search(TestCorpus.params("q", q, "size", "3")));
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void itSaysWhatWasAlsoSearchedAndWhatTheLimitsLeftOut() throws IOException {
    String plain = printed("人工智慧人才培育");
    assertTrue(plain.contains("also searched (synonyms): 人工智慧 = 人工智能 | AI | 人工知能"), plain);
    assertTrue(plain.contains("\n1. ["), plain);
    assertFalse(plain.contains("not searched"), plain);

    String limits = printed("\"數位\" \"素養\" \"人才\" \"培育\" \"齊藤裕\" -a -b -c -d -e -f -g -h -i -j -k");
    assertTrue(limits.contains("only four quoted phrases are searched as phrases: \"齊藤裕\" searched as words"), limits);
    assertTrue(limits.contains("not searched (past the query's limits): -k"), limits);
    assertTrue(limits.contains("齊藤裕"), limits);
  }

  @Test
  void aDefinitionQuestionSaysWhatItAsks() throws IOException {
    String printed = printed("數位素養是什麼？");
    assertTrue(printed.contains("asks what 數位素養 is: the passages that say so first"), printed);
  }
}
