package org.wenxian;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wenxian.enrich.Tagger;
import org.wenxian.extract.TikaExtractor;
import org.wenxian.index.ReindexListener;
import org.wenxian.index.ReindexSummary;
import org.wenxian.index.Reindexer;
import org.wenxian.search.Generation;
import org.wenxian.search.IndexService;
import org.wenxian.search.PassageSearcher;
import org.wenxian.search.RequestParser;
import org.wenxian.search.SearchRequest;
import org.wenxian.search.SearchResponse;

/** The shipped corpus and test fixtures, and one index of the shipped corpus shared by the tests. */
public final class TestCorpus {
  public static final String REPORT = "國際AI創新培育模式研究報告.pdf";
  private static IndexService shipped;

  private TestCorpus() {}

  /** The repository's corpus directory (tests run from the project root). */
  public static Path corpus() {
    Path corpus = Path.of("corpus").toAbsolutePath();
    if (!Files.isRegularFile(corpus.resolve(REPORT))) {
      throw new IllegalStateException("the shipped report is missing from " + corpus);
    }
    return corpus;
  }

  public static Path report() {
    return corpus().resolve(REPORT);
  }

  /** A file under src/test/resources/fixtures. */
  public static Path fixture(String relative) {
    try {
      return Path.of(TestCorpus.class.getResource("/fixtures/" + relative).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing test fixture " + relative, e);
    }
  }

  /** Copies a file into a directory, keeping its name. */
  public static Path copy(Path file, Path dir) {
    try {
      Files.createDirectories(dir);
      return Files.copy(file, dir.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Request parameters from alternating names and values; a name may repeat. */
  public static Map<String, List<String>> params(String... namesAndValues) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      params.computeIfAbsent(namesAndValues[i], k -> new ArrayList<>()).add(namesAndValues[i + 1]);
    }
    return params;
  }

  /** A search of the shipped index through the same parser and searcher as the API. */
  public static SearchResponse search(Map<String, List<String>> params) throws IOException {
    Tagger tagger = Tagger.standard();
    SearchRequest request = new RequestParser(tagger.countries(), tagger.themes()).parse(params);
    Generation g = shippedIndex().acquire().orElseThrow();
    try {
      return new PassageSearcher(tagger).search(g, request);
    } finally {
      g.release();
    }
  }

  /** One index of the shipped corpus, built on first use and kept for the whole test JVM. */
  public static synchronized IndexService shippedIndex() {
    if (shipped == null) {
      try {
        Path dir = Files.createTempDirectory("wenxian-shipped");
        ReindexSummary summary = new Reindexer(corpus(), dir, new TikaExtractor(), Tagger.standard())
            .run(true, ReindexListener.NONE);
        if (!summary.published() || summary.failed() > 0) {
          throw new IllegalStateException("indexing the shipped corpus failed: " + summary);
        }
        shipped = new IndexService(dir, 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return shipped;
  }
}
