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
  private static SynonymMap japaneseMap;
  private static List<List<String>> groups;
  private static java.util.Map<String, List<List<String>>> byWord;

  private Synonyms() {}

  public static synchronized SynonymMap map() {
    if (map == null) {
      map = load();
    }
    return map;
  }

  /**
   * The same list in Kuromoji's words and Japanese character forms (美國 as 美国), as a query is read
   * for the Japanese text. The Japanese passages are in a field of their own, so the Chinese word
   * field's graph never reached them: 人才 found none of the ten that write 人材 in their text. A word
   * Kuromoji leaves nothing of (all stop words) is left out of its line.
   */
  public static synchronized SynonymMap japaneseMap() {
    if (japaneseMap == null) {
      japaneseMap = inJapaneseForms(groups(), Analyzers.japanese());
    }
    return japaneseMap;
  }

  /**
   * Each word of each line in Japanese forms, analysed, matching each other word of its line (map()
   * has already checked the list's syntax).
   */
  private static SynonymMap inJapaneseForms(List<List<String>> lines, org.apache.lucene.analysis.Analyzer analyzer) {
    SynonymMap.Builder builder = new SynonymMap.Builder(true);
    for (List<String> line : lines) {
      List<org.apache.lucene.util.CharsRef> words = new ArrayList<>();
      for (String word : line) {
        List<String> terms = Analyzers.terms(analyzer, ChineseScript.toJapaneseForms(word));
        if (!terms.isEmpty()) {
          words.add(SynonymMap.Builder.join(terms.toArray(String[]::new), new org.apache.lucene.util.CharsRefBuilder()));
        }
      }
      for (org.apache.lucene.util.CharsRef from : words) {
        for (org.apache.lucene.util.CharsRef to : words) {
          if (!from.equals(to)) {
            builder.add(from, to, true);
          }
        }
      }
    }
    try {
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each line of the list as written: the words that mean the same, comments and blank lines left out. */
  public static synchronized List<List<String>> groups() {
    if (groups == null) {
      groups = List.copyOf(groups(RESOURCE));
    }
    return groups;
  }

  /**
   * The other words of the list's lines that hold {@code word}, compared in Simplified characters,
   * lower case and without spaces: for leaving a word out of every field, where the Japanese and
   * English fields have no synonym graph (-人工智能 also leaves out the Japanese text's AI).
   */
  public static List<String> othersOf(String word) {
    String key = comparable(word);
    List<String> out = new ArrayList<>();
    for (List<String> group : byWord().getOrDefault(key, List.of())) {
      group.stream().filter(w -> !comparable(w).equals(key) && !out.contains(w)).forEach(out::add);
    }
    return out;
  }

  /** The lines by each of their words in comparable form, built on first use. */
  private static synchronized java.util.Map<String, List<List<String>>> byWord() {
    if (byWord == null) {
      java.util.Map<String, List<List<String>>> index = new java.util.HashMap<>();
      for (List<String> group : groups()) {
        for (String w : group) {
          index.computeIfAbsent(comparable(w), k -> new ArrayList<>()).add(group);
        }
      }
      byWord = index;
    }
    return byWord;
  }

  private static String comparable(String word) {
    return ChineseScript.compact(word, null);
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

  /**
   * The list parsed, or an IllegalArgumentException naming the line that does not parse and why: the
   * list is the user's to edit, so a mistake in it is theirs to fix, said in one line (the CLI
   * prints it and exits 2; the server refuses to start with it), not a stack trace on every search.
   */
  private static SynonymMap load() {
    try (BufferedReader list = open(RESOURCE)) {
      return parse("src/main/resources" + RESOURCE, list.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A list in this format, its lines as written; {@code name} says where it is in errors. */
  static SynonymMap parse(String name, List<String> lines) {
    SolrSynonymParser parser = new SolrSynonymParser(true, true, Analyzers.words());
    try {
      parser.parse(new java.io.StringReader(String.join("\n", lines)));
      return parser.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      java.util.regex.Matcher at = java.util.regex.Pattern.compile("at line (\\d+)").matcher(String.valueOf(e.getMessage()));
      String where = at.find() && Integer.parseInt(at.group(1)) <= lines.size()
          ? ", line " + at.group(1) + " (" + lines.get(Integer.parseInt(at.group(1)) - 1).strip() + ")" : "";
      String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
      throw new IllegalArgumentException("synonym list " + name + where + ": " + why, e);
    }
  }
}
