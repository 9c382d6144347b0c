package org.wenxian.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.wenxian.analysis.Analyzers;
import org.wenxian.analysis.ChineseScript;
import org.wenxian.analysis.Synonyms;
import org.wenxian.index.Fields;

/**
 * English for the Chinese words of a query, from CC-CEDICT (wenxian/cedict/cedict-en.tsv): a
 * Chinese query also finds the English passages that say the same, which no Chinese word of it
 * matches (科研 for research, 聯邦政府 for federal government). Each word's English is one word
 * of the query, whichever of its senses a passage has: several senses do not count several times.
 */
final class Translations {
  static final String RESOURCE = "/wenxian/cedict/cedict-en.tsv";
  /** WordNet's adjectives of nouns (society: social), made by scripts/update-wordnet. */
  static final String ADJECTIVES_RESOURCE = "/wenxian/cedict/pertainyms.tsv";
  /** WordNet's nouns of verbs (solve: solution), made by scripts/update-wordnet. */
  static final String NOUNS_RESOURCE = "/wenxian/cedict/nominalizations.tsv";
  /**
   * A word's first senses only: CC-CEDICT lists the common ones first (人才: talent, talented person,
   * looks). On library set 32, three gave 0.58 and six 0.65: 活动 is "exercise, move about, work
   * out" before it is "activity", and 投入 "throw into, put into" before "invest in".
   */
  static final int MAX_SENSES = 6;

  private static final Translations CEDICT = load();

  private final Map<String, List<String>> sensesByWord;
  private final Map<String, List<String>> adjectivesByNoun;
  private final Map<String, List<String>> nounsByVerb;

  private Translations(Map<String, List<String>> sensesByWord, Map<String, List<String>> adjectivesByNoun,
      Map<String, List<String>> nounsByVerb) {
    this.sensesByWord = sensesByWord;
    this.adjectivesByNoun = adjectivesByNoun;
    this.nounsByVerb = nounsByVerb;
  }

  static Translations cedict() {
    return CEDICT;
  }

  /**
   * The word's English senses, first ones first, then the objects of its light-verb senses
   * ({@link #LIGHT_VERB}), or none: only Han words of two characters or more.
   */
  List<String> of(String word) {
    if (!isHanWord(word)) {
      return List.of();
    }
    List<String> senses = sensesByWord.get(word);
    if (senses == null) {
      senses = sensesByWord.getOrDefault(ChineseScript.toSimplified(word), List.of());
    }
    List<String> first = senses.subList(0, Math.min(MAX_SENSES, senses.size()));
    List<String> out = new ArrayList<>(first);
    for (String sense : first) {
      java.util.regex.Matcher lightVerb = LIGHT_VERB.matcher(sense);
      if (lightVerb.matches() && !out.contains(lightVerb.group(1))) {
        out.add(lightVerb.group(1));
      }
    }
    return out;
  }

  /**
   * A sense made of a light verb and its object (优先: have priority; 改善: make better; 资助:
   * provide financial aid) is also its object alone, which is what an English text says ("accelerate
   * with priority", "financial aid"). Over 1,160 judged queries (2026-12-02): 3 up (ce03 0.67 →
   * 1.00, cz02 0 → 0.38, ex07), 1 down (ex05 0.76 → 0.62, "better" for 改善); library set 39,
   * written and judged before, 0.77 with it and without.
   */
  private static final java.util.regex.Pattern LIGHT_VERB = java.util.regex.Pattern.compile(
      "(?:have|take|make|give|do|get|provide|carry out|put|set)\\s+(?:an?\\s+|the\\s+)?(.{3,})");

  /**
   * The word's English as searched: its senses, or for a word the dictionary lacks, the senses of
   * each of the words SmartCN cuts it into, in Simplified characters (数据科学: 数据 data, 科学
   * science), all of which a passage must then have; empty when none has any.
   */
  List<SearchResponse.Expansion> english(String word) {
    List<String> senses = of(word);
    if (senses.isEmpty()) {
      senses = ofSynonym(word);
    }
    if (!senses.isEmpty()) {
      return List.of(new SearchResponse.Expansion(word, withNouns(senses)));
    }
    List<SearchResponse.Expansion> out = new ArrayList<>();
    for (String piece : pieces(word)) {
      List<String> pieceSenses = of(piece);
      if (!pieceSenses.isEmpty()) {
        out.add(new SearchResponse.Expansion(piece, withNouns(pieceSenses)));
      }
    }
    return out;
  }

  /**
   * The senses and, after them, the nouns of the first one's verb (solve: solution; produce:
   * production): a Chinese word is verb and noun at once (解决, 生产), CC-CEDICT says it with the
   * verb, and an English text often with the noun, which the stemmer does not reach from the verb.
   * Not where the senses give a verb's noun already (发展: development, develop, expand): the
   * dictionary says which the noun is. The first sense only, the word's common one: over 1,292
   * judged queries (2026-12-02), 1 up (ff02 0 → 0.29), 1 a little down (cz11 0.91 → 0.89); of
   * every sense, 2 more up (fe11 建立: found, foundation; ff08 带来: produce, production) but 3 more
   * down, fj04 of a set written and judged before its run among them (1.00 → 0.63: 认为, believe,
   * think, consider, brought consideration).
   */
  private List<String> withNouns(List<String> senses) {
    List<String> nouns = senses.isEmpty() ? List.of() : nounsByVerb.getOrDefault(senses.get(0), List.of());
    if (nouns.isEmpty() || senses.stream().anyMatch(sense -> nounsByVerb.getOrDefault(sense, List.of()).stream().anyMatch(senses::contains))) {
      return senses;
    }
    List<String> out = new ArrayList<>(senses);
    unlikeInStem(senses.get(0), nouns).stream().filter(noun -> !out.contains(noun)).forEach(out::add);
    return out;
  }

  private static boolean isHanWord(String word) {
    return word.length() >= 2 && word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /**
   * For a word CC-CEDICT lacks, the senses of the first word of its synonym-list lines that has any:
   * the dictionary is the mainland's, so Taiwan's 新創 and 運算力 are missing and their mainland 初创
   * (startup) and 算力 (computing power) are not.
   */
  private List<String> ofSynonym(String word) {
    List<String> others = Synonyms.othersOf(word);
    if (!isHanWord(word) || others.stream().anyMatch(QueryWords::isLatin)) {
      return List.of(); // the list gives its English already (人工知能: AI), searched as the list's
    }
    for (String other : others) {
      List<String> senses = of(other);
      if (!senses.isEmpty()) {
        return senses;
      }
    }
    return List.of();
  }

  /**
   * The English the query's words take from the words next to them: their compounds' ({@link
   * #ofCompounds}) and, for a word that modifies the next, its adjective ({@link #ofModifiers}).
   */
  Map<String, List<String>> inContext(String content, List<int[]> spans) {
    Map<String, List<String>> out = ofCompounds(content, spans);
    ofModifiers(content, spans).forEach((word, adjectives) -> {
      List<String> senses = out.computeIfAbsent(word, w -> new ArrayList<>());
      adjectives.stream().filter(a -> !senses.contains(a)).forEach(senses::add);
    });
    return out;
  }

  /**
   * A Chinese word right before another (社会 in 社会问题, 战略 in 战略目标) modifies it, which English
   * says with an adjective: the adjectives of its first sense (society: social, strategy: strategic),
   * which no stemmer reaches from the noun. Its first sense only: over the 1,244 judged queries
   * (2026-12-02) 4 up (cx10 0.29 → 0.76, ex08 0.59 → 0.88, ff08 0.30 → 0.63, fa03) and 1 down (J12
   * 0.63 → 0.50, English passages on the "social principles" above the Japanese one judged); of
   * every sense, 2 more down (fc06, fe11).
   */
  Map<String, List<String>> ofModifiers(String content, List<int[]> spans) {
    Map<String, List<String>> out = new HashMap<>();
    for (int i = 0; i + 1 < spans.size(); i++) {
      String word = content.substring(spans.get(i)[0], spans.get(i)[1]);
      String next = content.substring(spans.get(i + 1)[0], spans.get(i + 1)[1]);
      if (spans.get(i)[1] != spans.get(i + 1)[0] || !isHanWord(word) || !isHanWord(next)) {
        continue;
      }
      List<String> senses = of(word);
      List<String> adjectives = senses.isEmpty() ? List.of() : adjectivesByNoun.getOrDefault(senses.get(0), List.of());
      if (!adjectives.isEmpty()) {
        out.put(word, adjectives);
      }
    }
    return out;
  }

  /**
   * The English of compounds the query's words make together where CC-CEDICT has them and SmartCN
   * cut them (网络空间: 网络 + 空间, cyberspace), by each of their words: a passage that says
   * cyberspace says both. Only words typed next to each other, two or three of them.
   */
  Map<String, List<String>> ofCompounds(String content, List<int[]> spans) {
    Map<String, List<String>> out = new HashMap<>();
    for (int i = 0; i < spans.size(); i++) {
      for (int n = 2; n <= 3 && i + n <= spans.size(); n++) {
        if (spans.get(i + n - 1)[0] != spans.get(i + n - 2)[1]) {
          break;
        }
        List<String> senses = of(content.substring(spans.get(i)[0], spans.get(i + n - 1)[1]));
        if (saidByItsWords(senses, content, spans.subList(i, i + n))) {
          continue;
        }
        for (int j = i; j < i + n && !senses.isEmpty(); j++) {
          String word = content.substring(spans.get(j)[0], spans.get(j)[1]);
          List<String> forWord = out.computeIfAbsent(word, w -> new ArrayList<>());
          senses.stream().filter(sense -> !forWord.contains(sense)).forEach(forWord::add);
        }
      }
    }
    return out;
  }

  /**
   * Whether the words' own senses already say each sense of their compound (研究人员: researcher,
   * research + er; 职业教育: vocational education): given to every word, it would have one of them
   * count for all (a passage on research would have 人员 too).
   */
  private boolean saidByItsWords(List<String> compoundSenses, String content, List<int[]> spans) {
    java.util.Set<String> said = new java.util.HashSet<>();
    for (int[] span : spans) {
      of(content.substring(span[0], span[1])).forEach(sense -> said.addAll(Analyzers.terms(ENGLISH, sense)));
    }
    return compoundSenses.stream().map(sense -> Analyzers.terms(ENGLISH, sense))
        .anyMatch(terms -> !terms.isEmpty() && said.containsAll(terms));
  }

  private static final Analyzer ENGLISH = Analyzers.english();

  /** The word's English in the field (see {@link #english}); null when it has none. */
  Query in(QueryBuilder builder, String field, String word) {
    return in(builder, field, english(word));
  }

  /**
   * How far a sense's words may stray in the text: CC-CEDICT writes its senses with articles the
   * text may not have ("extinguish a fire" for "extinguish fires"). One measured best: none missed
   * that, two added nothing more, three and four let a phrase match words of two clauses (scripts/eval).
   */
  private static final int SENSE_SLOP = 1;

  /** A word's English, as {@link #english} gives it, in the field: any sense as a phrase, the best one scoring; each piece required. */
  static Query in(QueryBuilder builder, String field, List<SearchResponse.Expansion> english) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    boolean any = false;
    for (SearchResponse.Expansion piece : english) {
      List<Query> senses = new ArrayList<>();
      for (String sense : piece.also()) {
        Query q = builder.createPhraseQuery(field, sense, SENSE_SLOP);
        if (q != null) {
          senses.add(q);
        }
      }
      if (!senses.isEmpty()) {
        all.add(new DisjunctionMaxQuery(senses, 0f), BooleanClause.Occur.MUST);
        any = true;
      }
    }
    return any ? all.build() : null;
  }

  /** The word's words as SmartCN cuts it, in Simplified characters; the word itself when it is one. */
  private static List<String> pieces(String word) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = PIECES.tokenStream(Fields.TEXT, word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.size() > 1 ? out : List.of();
  }

  private static final Analyzer PIECES = Analyzers.words();

  /**
   * The word list's lines of traditional, simplified and senses separated by |, and WordNet's two
   * lists of other forms (nouns' adjectives, verbs' nouns); # starts a comment.
   */
  private static Translations load() {
    Map<String, List<String>> senses = new HashMap<>();
    Map<String, List<String>> adjectives = new HashMap<>();
    Map<String, List<String>> nounsByVerb = new HashMap<>();
    try (BufferedReader lines = open(RESOURCE); BufferedReader nouns = open(ADJECTIVES_RESOURCE);
        BufferedReader verbs = open(NOUNS_RESOURCE)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String[] cells = line.split("\t");
        if (line.startsWith("#") || cells.length != 3) {
          continue;
        }
        List<String> english = List.of(cells[2].split("\\|"));
        senses.putIfAbsent(cells[0], english);
        senses.putIfAbsent(cells[1], english);
      }
      readForms(nouns, adjectives);
      readForms(verbs, nounsByVerb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Translations(senses, adjectives, nounsByVerb);
  }

  /** A WordNet list's lines of a word and its other forms separated by |, into the map. */
  private static void readForms(BufferedReader lines, Map<String, List<String>> formsByWord) throws IOException {
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      String[] cells = line.split("\t");
      if (!line.startsWith("#") && cells.length == 2) {
        formsByWord.put(cells[0], List.of(cells[1].split("\\|")));
      }
    }
  }

  /** The nouns the English analyzer stems apart from the verb: solution, not construction (construct). */
  private static List<String> unlikeInStem(String verb, List<String> nouns) {
    List<String> verbTerms = Analyzers.terms(ENGLISH, verb);
    return nouns.stream().filter(noun -> !Analyzers.terms(ENGLISH, noun).equals(verbTerms)).toList();
  }

  /** A word list on the classpath, or an IllegalStateException naming it. */
  static BufferedReader open(String resource) {
    InputStream in = Translations.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("word list " + resource + " is missing from the classpath");
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
