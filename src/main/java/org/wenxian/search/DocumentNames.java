package org.wenxian.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.wenxian.analysis.Analyzers;
import org.wenxian.analysis.ChineseScript;
import org.wenxian.analysis.Languages;
import org.wenxian.analysis.Synonyms;
import org.wenxian.extract.SourceDocument;
import org.wenxian.index.Fields;

/**
 * The library's documents by their short titles, the title up to its first colon or bracket
 * ("Budget 2024", "AI Strategy 2019", "AIに関する暫定的な論点整理"). Query words that name a document
 * ("Budget 2024 CANARIE") are not searched when other words remain, and that document's passages
 * rank first: they do not repeat its title (the passage on CANARIE says "$176 million … to
 * CANARIE", not "Budget 2024"), so searching the title's words ranked those that do above it.
 */
final class DocumentNames {
  /**
   * A run of query words names a document when it holds, in order, every word of a short title of
   * up to {@link #WHOLE} words, or this share of a longer one's: "AI strategy" is not "AI Strategy
   * 2019", nor "AI 創新" the report's seven-word title, but "暫定的な論点整理" is four of the five
   * words of "AIに関する暫定的な論点整理".
   */
  static final double COVERAGE = 2.0 / 3;
  static final int WHOLE = 3;
  /** Runs of at most this many query words are compared (a Japanese title's particles are words to SmartCN). */
  static final int MAX_RUN = 12;

  private static final Pattern SHORT_TITLE_END = Pattern.compile("[:：(（]");
  private static final Analyzer WORDS = Analyzers.words();
  private static final Analyzer JAPANESE = Analyzers.japanese();

  private record Named(String documentId, String shortTitle, boolean japanese, List<String> words) {}

  /** An English document's short title as English analysis reads it (ai, strategi, 2019), and its issuer's country. */
  private record EnglishTitle(String documentId, List<String> stems, String issuerCountry) {}

  private static final Analyzer ENGLISH = Analyzers.english();

  /**
   * A document as the service's citations name it: its author (the issuer) and year, in an in-text
   * citation, (數位發展部數位產業署, 2024, 頁 12), or heading a reference, GB/T 7714's
   * "數位發展部數位產業署. 國際 AI 創新培育模式研究報告[R]. 臺北: 數位發展部數位產業署, 2024: 12." or APA's
   * "數位發展部數位產業署. (2024). 國際 AI 創新培育模式研究報告." ({@code reference}, its page in group 1).
   */
  private record Cited(String documentId, String author, String year, Pattern reference) {}

  private static final Pattern IN_TEXT_CITATION =
      Pattern.compile("[(（]\\s*([^()（）]{2,120}?)\\s*[,，]\\s*(\\d{4})(?=\\s*[,，)）])");

  private final List<Named> documents;
  private final List<Cited> cited;
  private final List<EnglishTitle> englishTitles;
  /** Every word of every short title, in either analysis: a run must start and end on one of them. */
  private final java.util.Set<String> titleWords = new java.util.HashSet<>();
  /**
   * Every character of every short title, as written, in Simplified and in Japanese forms: a query
   * word with another character is no title's, which spares analysing it (a pasted passage has
   * hundreds of words).
   */
  private final java.util.Set<Integer> titleCharacters = new java.util.HashSet<>();
  /** The last texts read, since a search reads its query a few times. */
  private final Map<String, Naming> read = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int REMEMBERED = 256;

  private DocumentNames(List<Named> documents, List<Cited> cited, List<EnglishTitle> englishTitles) {
    this.documents = documents;
    this.cited = cited;
    this.englishTitles = englishTitles;
    for (Named d : documents) {
      titleWords.addAll(d.words());
      String lower = folded(d.shortTitle());
      for (String form : List.of(lower, ChineseScript.toSimplified(lower), ChineseScript.toJapaneseForms(lower))) {
        form.codePoints().forEach(titleCharacters::add);
      }
    }
  }

  static DocumentNames of(Collection<SourceDocument> documents) {
    List<Named> named = new ArrayList<>();
    List<Cited> cited = new ArrayList<>();
    List<EnglishTitle> english = new ArrayList<>();
    for (SourceDocument d : documents) {
      // As the service's APA in-text citation names it (cite.Citations): author, year.
      String author = org.wenxian.cite.CslItems.author(d);
      if (author != null && !author.isBlank() && d.year() != null) {
        String year = String.valueOf(d.year());
        cited.add(new Cited(d.id(), ChineseScript.compact(folded(author), null), year, reference(author, year)));
      }
      if (d.title() == null || d.title().isBlank()) {
        continue;
      }
      String shortTitle = SHORT_TITLE_END.split(d.title(), 2)[0];
      boolean japanese = Languages.JA.equals(Languages.family(d.language()));
      List<String> words = Analyzers.terms(japanese ? JAPANESE : WORDS, shortTitle);
      if (words.size() >= 2) {
        named.add(new Named(d.id(), shortTitle, japanese, words));
      }
      if (Languages.EN.equals(Languages.family(d.language()))) {
        english.add(new EnglishTitle(d.id(), Analyzers.terms(ENGLISH, shortTitle), d.issuerCountry()));
      }
    }
    return new DocumentNames(List.copyOf(named), List.copyOf(cited), List.copyOf(english));
  }

  /** The passages of the documents. */
  static Query passagesOf(List<String> documentIds) {
    return new TermInSetQuery(Fields.DOC_ID, documentIds.stream().map(BytesRef::new).toList());
  }

  /**
   * The ids of the English documents whose short title says a title's words in English, in order,
   * each by one of its CC-CEDICT senses, its synonyms' English or as written: the report's 《AI 戰略》
   * is "AI Strategy 2019", and so is 《日本 AI 戰略》, its first word naming the country that issued
   * it. A Chinese query that names the title then has the document's passages meet it, which say
   * "the strategy" at most. Empty when no document's title says it.
   *
   * @param countryOf the country a word names, or null
   */
  List<String> titledInEnglish(String title, java.util.function.Function<String, String> countryOf) {
    List<String> words = Analyzers.terms(WORDS, title);
    if (englishTitles.isEmpty() || words.isEmpty()) {
      return List.of();
    }
    List<List<List<String>>> english = new ArrayList<>();
    for (String word : words) {
      english.add(inEnglish(word));
    }
    String leadingCountry = countryOf.apply(words.get(0));
    List<String> ids = new ArrayList<>();
    for (EnglishTitle d : englishTitles) {
      boolean countryFirst = words.size() > 1 && leadingCountry != null && leadingCountry.equals(d.issuerCountry());
      if (saysInOrder(d.stems(), english, 0) || countryFirst && saysInOrder(d.stems(), english, 1)) {
        ids.add(d.documentId());
      }
    }
    return ids;
  }

  /** A word's English as stems, one list per way of saying it: a Latin word as written, a Chinese one by its senses. */
  private static List<List<String>> inEnglish(String word) {
    List<String> forms = new ArrayList<>();
    if (QueryWords.isLatin(word)) {
      forms.add(word);
    } else {
      forms.addAll(Translations.cedict().of(word));
      Synonyms.othersOf(word).stream().filter(QueryWords::isLatin).forEach(forms::add);
    }
    return forms.stream().map(f -> Analyzers.terms(ENGLISH, f)).filter(stems -> !stems.isEmpty()).distinct().toList();
  }

  /** Whether the title's stems hold, somewhere, the words from {@code from} on, one after another. */
  private static boolean saysInOrder(List<String> stems, List<List<List<String>>> words, int from) {
    for (int start = 0; start < stems.size(); start++) {
      if (saysFrom(stems, start, words, from)) {
        return true;
      }
    }
    return false;
  }

  private static boolean saysFrom(List<String> stems, int at, List<List<List<String>>> words, int word) {
    if (word == words.size()) {
      return true;
    }
    for (List<String> way : words.get(word)) {
      if (at + way.size() <= stems.size() && stems.subList(at, at + way.size()).equals(way)
          && saysFrom(stems, at + way.size(), words, word + 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A reference as the service writes it, from its author to its year and page: GB/T 7714 (the
   * title, a type code in brackets, place and publisher between) or APA (the year in brackets).
   * The author's characters may be spaced otherwise, or a title bracketed among them (the query
   * reads 内閣府 AI戦略会議 as 内閣府 《AI戦略会議》); a page range gives its first page.
   */
  private static Pattern reference(String author, String year) {
    String spacing = "[\\s《》〈〉]*";
    StringBuilder name = new StringBuilder();
    author.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(c -> {
      if (!name.isEmpty()) {
        name.append(spacing);
      }
      name.append(Pattern.quote(Character.toString(c)));
    });
    return Pattern.compile(name + spacing + "[.。]\\s*(?:[(（]\\s*" + year + "\\s*年?\\s*[)）]"
        + "|[^\\[\\]]{1,400}?\\[[A-Z]{1,2}(?:/OL)?\\]\\s*[.。][^\\[\\]]{0,300}?[,，]\\s*" + year
        + "(?:\\s*[:：]\\s*(\\d{1,4})(?:\\s*[-–]\\s*\\d{1,4})?)?)",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * Words of a query that name documents: where they are, as typed, and the documents' ids; whether
   * they cite it (by author and year, as a citation or reference does, not by its title), and the
   * page a pasted reference gives at its end (2024: 12), or null.
   */
  record Run(int start, int end, String form, List<String> documentIds, boolean cites, String page) {}

  /** The runs of a query's words that name documents; empty when none does. */
  record Naming(List<Run> runs) {
    boolean isEmpty() {
      return runs.isEmpty();
    }

    /** Whether a run cites its documents by author and year. */
    boolean cites() {
      return runs.stream().anyMatch(Run::cites);
    }

    List<int[]> spans() {
      return runs.stream().map(r -> new int[] {r.start(), r.end()}).toList();
    }

    /** The named documents' passages. */
    Query passages() {
      return passagesOf(runs.stream().flatMap(r -> r.documentIds().stream()).distinct().toList());
    }
  }

  /**
   * The runs of consecutive words in the text that name documents (see {@link #COVERAGE}), the
   * longest from each word.
   */
  Naming namedIn(String text) {
    Naming known = read.get(text);
    if (known != null) {
      return known;
    }
    if (read.size() >= REMEMBERED) {
      read.clear();
    }
    Naming naming = readIn(text);
    read.put(text, naming);
    return naming;
  }

  private Naming readIn(String text) {
    List<int[]> words = QueryWords.wordSpans(text);
    Map<String, Boolean> bounding = new java.util.HashMap<>();
    List<Run> runs = new ArrayList<>(citedIn(text));
    int i = 0;
    while (i < words.size()) {
      if (within(runs, words.get(i)[0])) {
        i++;
        continue;
      }
      int next = i + 1;
      boolean starts = bounding.computeIfAbsent(wordAt(text, words.get(i)), this::bounds);
      for (int end = Math.min(words.size(), i + MAX_RUN); starts && end > i; end--) {
        if (!bounding.computeIfAbsent(wordAt(text, words.get(end - 1)), this::bounds)) {
          continue;
        }
        int from = words.get(i)[0];
        int to = words.get(end - 1)[1];
        List<String> named = documentsNamedBy(text.substring(from, to));
        if (!named.isEmpty()) {
          runs.add(new Run(from, to, text.substring(from, to), named, false, null));
          next = end;
          break;
        }
      }
      i = next;
    }
    return new Naming(List.copyOf(runs));
  }

  /**
   * The documents that in-text citations in the text name, by author and year as the service's own
   * APA citations give them: a reader pasting one back from a draft wants the passage it cites.
   */
  private List<Run> citedIn(String text) {
    List<Run> runs = new ArrayList<>();
    if (cited.isEmpty()) {
      return runs;
    }
    java.util.regex.Matcher m = IN_TEXT_CITATION.matcher(text);
    while (m.find()) {
      // The query may have bracketed a title inside the name (內閣府 《AI 戦略》会議): not part of it.
      String author = ChineseScript.compact(folded(m.group(1).replaceAll("[《》〈〉]", "")), null);
      List<String> ids = cited.stream()
          .filter(c -> c.author().equals(author) && c.year().equals(m.group(2)))
          .map(Cited::documentId).toList();
      if (!ids.isEmpty()) {
        runs.add(new Run(m.start(1), m.end(2), text.substring(m.start(1), m.end(2)), ids, true, null));
      }
    }
    if (text.indexOf('.') >= 0 || text.indexOf('。') >= 0) {
      for (Cited c : cited) {
        java.util.regex.Matcher r = c.reference().matcher(text);
        while (r.find()) {
          addReference(runs, new Run(r.start(), r.end(), text.substring(r.start(), r.end()), List.of(c.documentId()), true, r.group(1)));
        }
      }
    }
    return runs;
  }

  /** A reference's run; two documents of one author and year name the same run together. */
  private static void addReference(List<Run> runs, Run run) {
    for (int i = 0; i < runs.size(); i++) {
      Run other = runs.get(i);
      if (other.start() == run.start() && other.end() == run.end()) {
        List<String> ids = new ArrayList<>(other.documentIds());
        ids.addAll(run.documentIds());
        runs.set(i, new Run(other.start(), other.end(), other.form(), List.copyOf(ids), true, other.page()));
        return;
      }
      if (run.start() < other.end() && other.start() < run.end()) {
        return;
      }
    }
    runs.add(run);
  }

  private static boolean within(List<Run> runs, int offset) {
    return runs.stream().anyMatch(r -> offset >= r.start() && offset < r.end());
  }

  /**
   * Whether a run may start or end on the word at the span: a word of some short title, as either
   * analysis reads it, and not a particle (the の after 論点整理 is not part of the name).
   */
  private boolean bounds(String word) {
    if (JapaneseQuery.isHiraganaOnly(word) || !inTitleCharacters(word)) {
      return false;
    }
    return titleWords.containsAll(Analyzers.terms(WORDS, word)) || titleWords.containsAll(Analyzers.terms(JAPANESE, word));
  }

  private boolean inTitleCharacters(String word) {
    String lower = folded(word);
    for (String form : List.of(lower, ChineseScript.toSimplified(lower), ChineseScript.toJapaneseForms(lower))) {
      if (form.codePoints().filter(c -> !Character.isWhitespace(c)).allMatch(titleCharacters::contains)) {
        return true;
      }
    }
    return false;
  }

  /** Lower case and NFKC (full-width Ｂｕｄｇｅｔ is Budget), as analysis folds them. */
  private static String folded(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
  }

  private static String wordAt(String text, int[] span) {
    return text.substring(span[0], span[1]);
  }

  private List<String> documentsNamedBy(String text) {
    List<String> ids = new ArrayList<>();
    List<String> asWords = null;
    List<String> asJapanese = null;
    for (Named d : documents) {
      List<String> run;
      if (d.japanese()) {
        run = asJapanese != null ? asJapanese : (asJapanese = Analyzers.terms(JAPANESE, text));
      } else {
        run = asWords != null ? asWords : (asWords = Analyzers.terms(WORDS, text));
      }
      int needed = d.words().size() <= WHOLE ? d.words().size() : (int) Math.ceil(COVERAGE * d.words().size());
      if (run.size() >= needed && java.util.Collections.indexOfSubList(d.words(), run) >= 0) {
        ids.add(d.documentId());
      }
    }
    return ids;
  }
}
