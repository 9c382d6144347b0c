package org.wenxian.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.wenxian.analysis.Analyzers;
import org.wenxian.analysis.Folding;

/**
 * What a user types, read. No syntax can fail: quoted text ("…", “…”, 「…」) becomes a required
 * phrase, -word or NOT word leaves passages out, and everything else is free text, which {@link
 * QueryCompiler} turns into the Lucene query.
 */
public final class UserQuery {
  /**
   * Every word becomes several clauses (one per field, more with its synonyms), and Lucene refuses a
   * query past PassageSearcher.MAX_CLAUSES. What these limits leave out, the response lists
   * ({@code query.not_searched}); hiragana are not counted as words (Questions.contentWordsWithin).
   */
  static final int MAX_WORDS = 40;
  static final int MAX_PHRASES = 4;
  static final int MAX_PHRASE_CHARS = 40;

  /** Analyzers are thread-safe and keep per-thread components: one serves every query. */
  static final Analyzer WORDS = Analyzers.words();

  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"|“([^”]+)”|「([^」]+)」|『([^』]+)』");
  /**
   * A word, quoted phrase or title to leave out: "-加拿大", "-\"生成式 AI\"", "-《泛加拿大 AI 戰略》",
   * "NOT 加拿大", at the start of the query or after a space. Not "-2025": a minus before a digit is a
   * number or a range.
   */
  private static final Pattern EXCLUDED = Pattern.compile(
      "(?<![^\\s])(?:-(?=[^\\s\\d-])|NOT\\s+)(?:\"([^\"]+)\"|“([^”]+)”|「([^」]+)」|『([^』]+)』|[《〈]([^《》〈〉]+)[》〉]|([^\\s\"“「『]+))");
  /** AND and OR in capitals are the operators of other search engines; words here are combined already. */
  private static final Pattern OPERATOR = Pattern.compile("(?<![^\\s])(?:AND|OR)(?![^\\s])");
  static final int MAX_EXCLUDED = 10;

  private final String original;
  private final List<String> phrases;
  private final String freeText;
  private final List<String> excluded;
  private final List<String> phrasesPastLimit;
  private final List<String> notSearched;

  private UserQuery(String original, List<String> phrases, String freeText, List<String> excluded,
      List<String> phrasesPastLimit, List<String> notSearched) {
    this.original = original;
    this.phrases = phrases;
    this.freeText = freeText;
    this.excluded = excluded;
    this.phrasesPastLimit = phrasesPastLimit;
    this.notSearched = notSearched;
  }

  /** The quoted phrases past {@link #MAX_PHRASES}, searched as words. */
  public List<String> phrasesPastLimit() {
    return phrasesPastLimit;
  }

  /**
   * What the limits leave out of the query as typed: a quoted phrase's words past {@link
   * #MAX_PHRASE_CHARS}, and the words to leave out past {@link #MAX_EXCLUDED}, which are then ignored.
   */
  public List<String> notSearched() {
    return notSearched;
  }

  public static UserQuery parse(String q) {
    return parse(q, List.of());
  }

  /**
   * The query with the quoted phrases given read as words, where they stand: the search's second
   * try when no passage of the library holds them as written.
   */
  public static UserQuery parse(String q, List<String> phrasesAsWords) {
    String original = Folding.queryForm(q == null ? "" : q).strip();
    List<String> excluded = new ArrayList<>();
    List<String> notSearched = new ArrayList<>();
    Matcher ex = EXCLUDED.matcher(original);
    StringBuilder kept = new StringBuilder();
    while (ex.find()) {
      for (int g = 1; g <= ex.groupCount(); g++) {
        if (ex.group(g) != null && !ex.group(g).isBlank()) {
          if (excluded.size() < MAX_EXCLUDED) {
            excluded.add(ex.group(g).strip());
          } else {
            notSearched.add(ex.group().strip());
          }
        }
      }
      ex.appendReplacement(kept, " ");
    }
    ex.appendTail(kept);
    String text = OPERATOR.matcher(kept).replaceAll(" ").strip();
    List<String> phrases = new ArrayList<>();
    List<String> pastLimit = new ArrayList<>();
    StringBuilder rest = new StringBuilder();
    Matcher m = QUOTED.matcher(text);
    int last = 0;
    while (m.find()) {
      rest.append(text, last, m.start()).append(' ');
      for (int g = 1; g <= 4; g++) {
        if (m.group(g) != null && !m.group(g).isBlank()) {
          String phrase = m.group(g).strip();
          String cut = wholeWordsWithin(phrase, MAX_PHRASE_CHARS);
          boolean asWords = phrasesAsWords.contains(cut);
          // Past the limit a phrase is still searched, as words, rather than dropped.
          if (asWords || phrases.size() >= MAX_PHRASES) {
            rest.append(phrase).append(' ');
            if (!asWords) {
              pastLimit.add(phrase);
            }
          } else {
            phrases.add(cut);
            if (cut.length() < phrase.length()) {
              notSearched.add(phrase.substring(cut.length()).strip());
            }
          }
        }
      }
      last = m.end();
    }
    rest.append(text.substring(last));
    // An unmatched quote is just a character the user typed.
    String free = rest.toString().replace('"', ' ').replace('“', ' ').replace('”', ' ').strip();
    return new UserQuery(original, List.copyOf(phrases), free, List.copyOf(excluded), List.copyOf(pastLimit),
        List.copyOf(notSearched));
  }

  public boolean isEmpty() {
    return original.isEmpty();
  }

  /**
   * The phrase cut to at most {@code limit} characters after a whole word: cut inside one
   * ("…that incorporates di"), a pasted sentence in quotes matched nothing, not even itself.
   */
  static String wholeWordsWithin(String phrase, int limit) {
    if (phrase.length() <= limit) {
      return phrase;
    }
    int cut = 0;
    for (Token word : Token.all(WORDS, phrase)) {
      if (word.end() > limit) {
        break;
      }
      cut = word.end();
    }
    return cut > 0 ? phrase.substring(0, cut).strip() : phrase.substring(0, limit);
  }

  /** The query as typed, folded (full-width forms, invisible characters; Folding.queryForm). */
  String typed() {
    return original;
  }

  /** The query less its quoted phrases and left-out words. */
  String freeText() {
    return freeText;
  }

  /** The words and quoted phrases searched for: the query less what it leaves out. */
  String searchedText() {
    return (freeText + " " + String.join(" ", phrases)).strip();
  }

  /** The quoted phrases searched as phrases. */
  List<String> phrases() {
    return phrases;
  }

  /** True when the query has quoted phrases. */
  public boolean hasPhrases() {
    return !phrases.isEmpty();
  }

  /**
   * The quoted phrases that no passage holds, in any of their forms and either script (the
   * search's own phrase clauses, counted over the whole library).
   */
  public List<String> phrasesNowhere(Analyzer analyzer, IndexSearcher searcher, Abbreviations abbreviations)
      throws IOException {
    QueryBuilder builder = new QueryBuilder(analyzer);
    List<String> nowhere = new ArrayList<>();
    for (String phrase : phrases) {
      Query q = quoted(builder, phrase, abbreviations);
      if (q == null || searcher.count(q) == 0) {
        nowhere.add(phrase);
      }
    }
    return nowhere;
  }

  public boolean hasExclusions() {
    return !excluded.isEmpty();
  }

  /**
   * Passages that hold any excluded word or phrase, in any field and, through the synonyms, in any
   * script or vocabulary (-台灣 also leaves out the report's 我國); null when nothing is excluded.
   */
  public Query exclusions(Analyzer analyzer, Abbreviations abbreviations, SelfReferences self) {
    List<String> texts = new ArrayList<>(excluded);
    excluded.forEach(text -> texts.addAll(abbreviations.othersOf(text)));
    excluded.forEach(text -> texts.addAll(org.wenxian.analysis.Synonyms.othersOf(text)));
    QueryBuilder builder = new QueryBuilder(analyzer);
    List<Query> each = new ArrayList<>(MatchFields.eachAsPhrase(builder, texts));
    for (String text : excluded) {
      Query own = self.of(builder, text);
      if (own != null) {
        each.add(own);
      }
    }
    return anyOf(each);
  }

  /**
   * The abbreviations and long forms the query names, in its words, its quoted phrases and what it leaves out, each
   * with the other forms searched for it, as the response reports them.
   */
  public List<SearchResponse.Expansion> expansions(Abbreviations abbreviations, DocumentNames documents) {
    List<SearchResponse.Expansion> out = new ArrayList<>();
    String searched = withoutNamed(freeText, documents.namedIn(freeText), MAX_WORDS);
    for (Abbreviations.Found found : abbreviations.findIn(searched)) {
      out.add(new SearchResponse.Expansion(searched.substring(found.start(), found.end()), found.others()));
    }
    for (String text : java.util.stream.Stream.concat(phrases.stream(), excluded.stream()).toList()) {
      List<String> others = abbreviations.othersOf(text);
      if (!others.isEmpty()) {
        out.add(new SearchResponse.Expansion(text, others));
      }
    }
    // A form typed twice is one expansion, as query.synonyms lists a word once.
    return out.stream().distinct().toList();
  }

  /**
   * A quoted phrase in any field, or one of its other names: a quoted name also matches them, as a
   * quoted word matches its synonyms ("Beijing Consensus" is the report's 北京共識).
   */
  static Query quoted(QueryBuilder builder, String phrase, Abbreviations abbreviations) {
    return anyOf(MatchFields.eachAsPhrase(builder, concat(phrase, abbreviations.othersOf(phrase))));
  }

  /** The text less the words that name documents, blanked, when other words remain; else the text. */
  static String withoutNamed(String text, DocumentNames.Naming naming, int maxWords) {
    if (naming.isEmpty()) {
      return text;
    }
    String rest = QueryWords.blanked(text, naming.spans());
    // A pasted reference's page (…, 2024: 12.) is read as the in-text citation's 頁 12 is.
    for (DocumentNames.Run run : naming.runs()) {
      if (run.page() != null) {
        rest += " 頁 " + run.page();
      }
    }
    return Questions.contentWords(WORDS, rest, maxWords).isBlank() ? text : rest;
  }

  static Query anyOf(List<Query> queries) {
    if (queries.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    queries.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
    return any.build();
  }

  static List<String> concat(String first, List<String> rest) {
    List<String> out = new ArrayList<>();
    out.add(first);
    out.addAll(rest);
    return out;
  }

  @Override
  public String toString() {
    return original;
  }
}
