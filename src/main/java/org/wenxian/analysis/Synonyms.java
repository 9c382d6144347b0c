package org.wenxian.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The Taiwan/mainland vocabulary list ({@code wenxian/synonyms.txt}), parsed with the word analyzer
 * so that both sides are segmented and converted exactly as the text is.
 */
public final class Synonyms {
  public static final String RESOURCE = "/wenxian/synonyms.txt";
  private static SynonymMap map;

  private Synonyms() {}

  public static synchronized SynonymMap map() {
    if (map == null) {
      map = load();
    }
    return map;
  }

  private static SynonymMap load() {
    try (InputStream in = Synonyms.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("synonym list " + RESOURCE + " is missing from the classpath");
      }
      SolrSynonymParser parser = new SolrSynonymParser(true, true, Analyzers.words());
      parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parser.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      throw new IllegalStateException("synonym list " + RESOURCE + " has an error near line " + e.getErrorOffset()
          + ": " + e.getMessage(), e);
    }
  }
}
