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

/** The README's examples stay true: every passage id it shows exists in the shipped index. */
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
}
