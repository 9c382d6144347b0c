package org.wenxian.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

  /** Each line of the list as written: the words that mean the same, comments and blank lines left out. */
  public static List<List<String>> groups() {
    return groups(RESOURCE);
  }

  /** Each line of a list in this format on the classpath (the names list is one too), as written. */
  public static List<List<String>> groups(String resource) {
    try (BufferedReader lines = open(resource)) {
      List<List<String>> out = new ArrayList<>();
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String kept = line.strip();
        if (!kept.isEmpty() && !kept.startsWith("#")) {
          out.add(Arrays.stream(kept.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList());
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BufferedReader open(String resource) {
    InputStream in = Synonyms.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("list " + resource + " is missing from the classpath");
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  private static SynonymMap load() {
    try (BufferedReader list = open(RESOURCE)) {
      SolrSynonymParser parser = new SolrSynonymParser(true, true, Analyzers.words());
      parser.parse(list);
      return parser.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      throw new IllegalStateException("synonym list " + RESOURCE + " has an error near line " + e.getErrorOffset()
          + ": " + e.getMessage(), e);
    }
  }
}
