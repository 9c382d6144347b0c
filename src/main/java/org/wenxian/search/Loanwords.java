package org.wenxian.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.wenxian.analysis.Analyzers;
import org.wenxian.index.Fields;

/**
 * The Chinese of a Japanese loanword (コンセンサス: 共识), which Japanese writes in katakana where
 * Chinese writes characters: a Japanese query about the 北京共識 otherwise shares no word with the
 * report's passages on it. The loanword's English is EDICT's first gloss, and the Chinese for it
 * CC-CEDICT's words that give it among their first three senses (wenxian/edict/katakana-en.tsv,
 * made by scripts/update-loanwords); of those, the ones the library writes, most used first
 * (innovation: 创新, in 85 of the report's passages, not 独创 or 革新; global: 全球, not 全局性). A
 * word of several loanwords (グローバル・イノベーション) is each of them in turn.
 */
final class Loanwords {
  static final String RESOURCE = "/wenxian/edict/katakana-en.tsv";
  /** The library's words for a sense: the most used, and those used at least a third as much. */
  private static final int MAX_WORDS = 2;
  private static final int SHARE_OF_MOST_USED = 3;
  /** The longest loanword on the list, in characters: segmenting a compound tries no longer piece. */
  private static final int LONGEST = 24;
  /** A run of katakana in a query (ー and ・ among them). */
  private static final Pattern RUN = Pattern.compile("[\\p{IsKatakana}ー・]{2,}");
  /** Of a compound's Chinese forms (each piece's words combined), at most this many. */
  private static final int MAX_FORMS = 4;

  /**
   * Each listed loanword's Chinese words, in CC-CEDICT's order; none for many. Read at the first
   * query with katakana (about 60 ms, 9 MB), not when a generation opens.
   */
  private static final class Listed {
    static final Map<String, List<String>> CHINESE = load();
  }

  private static final Analyzer WORDS = Analyzers.words();

  private final IndexSearcher searcher;
  /** By listed loanword: at most one entry for each of the list's words. */
  private final Map<String, List<String>> inLibrary = new ConcurrentHashMap<>();

  Loanwords(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /** Whether the word is all katakana (ー and ・ among them): a loanword or several. */
  static boolean isKatakana(String word) {
    return !word.isEmpty() && word.codePoints().allMatch(c -> c == 'ー' || c == '・'
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA);
  }

  /**
   * Each loanword of the word with the Chinese words the library writes for it: one for コンセンサス,
   * three for グローバル・イノベーション・クラスター (a piece without any keeps an empty list: the
   * synonym list may have it, クラスター as 聚落). Empty when the word is not katakana, a piece is
   * not on the list (a name: ヒントン), or no piece has Chinese the library writes.
   */
  List<SearchResponse.Expansion> chinese(String word) {
    List<String> pieces = isKatakana(word) ? pieces(word) : List.of();
    List<SearchResponse.Expansion> out = new ArrayList<>();
    for (String piece : pieces) {
      out.add(new SearchResponse.Expansion(piece, inLibrary.computeIfAbsent(piece, this::inLibrary)));
    }
    return out.stream().allMatch(e -> e.also().isEmpty()) ? List.of() : out;
  }

  /**
   * The loanwords the query types outside the forms it names ({@code named}), each with its Chinese
   * forms: a loanword's words, or for a compound each piece's in turn (チーフサイエンティスト:
   * 首席科学家), a piece without any as typed (サプライチェーンクラスター: 供应链クラスター, whose
   * クラスター the synonym list makes 聚落). In the query's order.
   */
  List<Abbreviations.Found> foundIn(String content, List<Abbreviations.Found> named) {
    List<Abbreviations.Found> out = new ArrayList<>();
    Matcher m = RUN.matcher(content);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (named.stream().anyMatch(f -> QueryWords.overlap(new int[] {start, end}, f.start(), f.end()))) {
        continue;
      }
      List<String> forms = forms(chinese(m.group()));
      if (!forms.isEmpty()) {
        out.add(new Abbreviations.Found(start, end, forms));
      }
    }
    return out;
  }

  /** The pieces' words combined in order, a piece without any as typed. */
  private static List<String> forms(List<SearchResponse.Expansion> pieces) {
    return QueryWords.inTurn(pieces.stream().map(p -> p.also().isEmpty() ? List.of(p.form()) : p.also()).toList(),
        "", MAX_FORMS);
  }

  /** The listed loanword's Chinese words, as the list gives them; empty when it has none or is not listed. */
  static List<String> listed(String loanword) {
    return Listed.CHINESE.getOrDefault(loanword, List.of());
  }

  /**
   * The word cut into loanwords on the list: at each ・ and space, and each part into the longest
   * listed words from its start (グローバルイノベーション: グローバル, イノベーション); empty when a
   * part does not cut into listed words.
   */
  static List<String> pieces(String word) {
    if (Listed.CHINESE.containsKey(word)) {
      return List.of(word);
    }
    List<String> out = new ArrayList<>();
    for (String part : word.split("[・\\s]+")) {
      int start = 0;
      while (start < part.length()) {
        int end = Math.min(part.length(), start + LONGEST);
        while (end > start + 1 && !Listed.CHINESE.containsKey(part.substring(start, end))) {
          end--;
        }
        if (!Listed.CHINESE.containsKey(part.substring(start, end))) {
          return List.of();
        }
        out.add(part.substring(start, end));
        start = end;
      }
    }
    return out;
  }

  /** The loanword's Chinese words that the library writes, most used first (see the class comment). */
  private List<String> inLibrary(String loanword) {
    Map<String, Integer> used = new HashMap<>();
    for (String word : Listed.CHINESE.get(loanword)) {
      int passages = passagesWith(word);
      if (passages > 0) {
        used.merge(word, passages, Math::max);
      }
    }
    int most = used.values().stream().max(Integer::compare).orElse(0);
    return used.entrySet().stream()
        .filter(e -> e.getValue() * SHARE_OF_MOST_USED >= most)
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_WORDS)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** How many passages have the word in their Chinese text, as SmartCN cuts it. */
  private int passagesWith(String word) {
    List<String> terms = Analyzers.terms(WORDS, Fields.TEXT, word);
    try {
      IndexReader reader = searcher.getIndexReader();
      if (terms.size() == 1) {
        return reader.docFreq(new Term(Fields.TEXT, terms.get(0)));
      }
      return terms.isEmpty() ? 0 : searcher.count(new PhraseQuery(Fields.TEXT, terms.toArray(String[]::new)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, List<String>> load() {
    Map<String, List<String>> out = new HashMap<>();
    try (BufferedReader lines = Translations.open(RESOURCE)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        // katakana, English, Chinese (may be empty: a trailing empty cell is dropped by split)
        String[] cells = line.split("\t");
        if (!line.startsWith("#") && cells.length >= 2) {
          out.put(cells[0], cells.length < 3 || cells[2].isEmpty() ? List.of() : List.of(cells[2].split("\\|")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
