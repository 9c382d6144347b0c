package org.wenxian.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.wenxian.analysis.Analyzers;

/** Every index field, and in one line why it is indexed the way it is. */
public final class Fields {
  /** Passage id: exact-match lookups, and sorted doc values to break score ties deterministically. */
  public static final String ID = "id";
  /** Document id: exact-match, to delete or filter one document's passages. */
  public static final String DOC_ID = "doc_id";
  /** Document id as doc values: with ORDINAL, lists filter-only results document by document. */
  public static final String DOC_PATH_ORDER = "doc_order";
  /** Position in the document: doc values, to list filter-only results in document order. */
  public static final String ORDINAL = "ordinal";
  /**
   * The document's date as yyyymmdd (2024-05 is 20240500, none is 0): doc values, to list the newest
   * documents' passages first.
   */
  public static final String DOC_DATE = "doc_date";
  /** Body text: SmartCN words after T→S, stored as the original, with offsets for highlighting. */
  public static final String TEXT = "text";
  /** Body text of Japanese passages: Kuromoji words with offsets, stored for highlighting. */
  public static final String TEXT_JA = "text_ja";
  /** Body text of English (and other Latin-script) passages: stemmed English words with offsets. */
  public static final String TEXT_EN = "text_en";
  /** Body text again as CJK bigrams: recall for names and partial words SmartCN splits apart. */
  public static final String TEXT_BIGRAMS = "text_bigrams";
  /**
   * The passage's lead: its opening clause, up to the first colon, comma or full stop. A list item
   * "2. 蛋白質工業 (Protein Industries Cluster)：…" is about what it leads with, like a title.
   */
  public static final String LEAD = "lead";
  /**
   * For a passage that carries on a list, the sentence that introduced it (passage.ListIntros):
   * what its items are, which they do not repeat.
   */
  public static final String INTRO = "intro";
  /**
   * For a passage of footnotes, the terms their marks follow in the body (passage.NoteSubjects):
   * what the notes are about, which they seldom repeat ("12 Massive Open Online Courses" for MOOC).
   */
  public static final String NOTE_SUBJECTS = "note_subjects";
  /**
   * "quantity" when the passage states a figure (26%, 4.43 億, 248 項): what a question asking
   * 多少 or 幾 wants. Indexed as a keyword, not stored.
   */
  public static final String STATES_QUANTITY = "states_quantity";
  /**
   * The passage's sentences that state a figure (超過 30 萬人, 五分之一, 為期九天, 101 種): a question
   * asking 多少 or いくら wants its words near the figure, not anywhere in the passage.
   */
  public static final String FIGURES = "figures";
  /**
   * The subjects of the passage's clauses that say what something is (enrich.Definitions: "IT
   * 護照檢定是一項全國性考試", "所謂「千人計畫」是…"), each followed by {@link #SUBJECT_END}: a
   * question asking what X is wants the passage whose subject ends with X, as a phrase.
   */
  public static final String DEFINES = "defines";
  /**
   * A word no text holds, written after each subject in {@link #DEFINES}, so that a phrase ending
   * with it matches only the end of a subject: 數位素養 ends "IPA 的齊藤裕理事長提及數位素養", but AI
   * does not end "AI 一直".
   */
  public static final String SUBJECT_END = "wxsubjectend";

  /**
   * The passage's primary country and themes (Passage.primaryCountry, primaryThemes) as keywords,
   * and its primary years as int points: within a country, year or theme filter, passages mainly
   * about that country, dated in that year or about that theme rank above those that mention it.
   */
  public static final String PRIMARY_COUNTRY = "primary_country";
  public static final String PRIMARY_YEAR = "primary_year";
  public static final String PRIMARY_THEME = "primary_theme";
  /**
   * "yes" for passages in a summary or conclusion section (第二節 小結, 第五章 結論, Conclusions):
   * they restate what the body describes in full, and a reader citing a fact wants the full
   * description. Ranked slightly lower, never filtered.
   */
  public static final String RESTATES = "restates";
  /**
   * "yes" for a document's title page, which repeats only its metadata (enrich.TitlePage): it is
   * never in the first tier of a search, so the passages with body text come before it.
   */
  public static final String TITLE_PAGE = "title_page";
  /**
   * The ISO code of the document issuer's country (sidecar issuer_country): where 我國 stands for
   * it, a query naming that country finds 我國 too (search.SelfReferences).
   */
  public static final String ISSUER_COUNTRY = "issuer_country";
  /**
   * The issuer's country again, for the passages of a document about that country only (Japan's AI
   * strategy, Canada's budget; not the Taiwanese report on three others): each is that country's
   * policy whether or not it names it, as 我國 names it (search.SelfReferences).
   */
  public static final String OWN_COUNTRY = "own_country";
  /** The nearest heading alone: what the section is about, undiluted by the chapter titles above it. */
  public static final String SECTION = "section";
  /** Heading path: searchable words (a passage under "加拿大 AI 戰略" is about it), stored as JSON. */
  public static final String HEADINGS = "headings";
  /** The printed page numbers a passage spans (12, 13), as keys: a query naming 頁 12 finds them. */
  public static final String PRINTED_PAGES = "printed_pages";
  /** The chapter and section numbers of the heading path, as keys (第3章, 第2节): see HeadingNumbers. */
  public static final String HEADING_NUMBERS = "heading_numbers";
  /** Captions, table rows and source lines: searchable, stored, kept apart from the body text. */
  public static final String CAPTIONS = "captions";
  /** Captions as bigrams, for the same reason as TEXT_BIGRAMS. */
  public static final String CAPTIONS_BIGRAMS = "captions_bigrams";
  /** Stored only: first/last physical page and printed labels. */
  public static final String FIRST_PAGE = "first_page";
  public static final String LAST_PAGE = "last_page";
  public static final String FIRST_PAGE_LABEL = "first_page_label";
  public static final String LAST_PAGE_LABEL = "last_page_label";

  private static final java.util.regex.Pattern QUANTITY = java.util.regex.Pattern.compile(
      "\\d[\\d,.]*\\s*(?:%|％|個百分點|成|萬|万|億|亿|倍|名|人|間|间|項|项|家|所|billion|million|percent)");

  private static final java.util.regex.Pattern SUMMARY_HEADING = java.util.regex.Pattern.compile(
      "(?:^|[\\s、．.章節节])(?:小結|小结|結論|结论|總結|总结|結語|结语|まとめ|summary|conclusions?)\\s*$",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  private static final java.util.regex.Pattern HEADING_NUMBER = java.util.regex.Pattern.compile(
      "^(?:第[一二三四五六七八九十百壹貳參肆伍陸柒捌玖拾\\d]+[章節节篇部]|[一二三四五六七八九十百]+[、.．]"
          + "|[（(][\\d一二三四五六七八九十]+[)）]|\\d{1,2}(?:\\.\\d{1,2})*[.．、]?(?=\\s)|(?:chapter|section)\\s+\\d+[.:]?)\\s*",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  private Fields() {}

  /**
   * A figure: a number in digits or Chinese numerals with what it counts or measures (20 多個, 七項,
   * 41%, 4,000 萬加幣), a fraction in words, a sum in dollars, a duration or a frequency. A year
   * (2019 年) is a date, not a figure.
   */
  private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile(
      "(?:\\d[\\d,.]*|[一二兩两三四五六七八九十百千萬万億亿]+)\\s*(?:多|餘|余|以上)?\\s*"
          + "(?:%|％|個百分點|成|萬|万|億|亿|兆|倍|名|人|位|間|间|項|项|家|所|個|个|種|种|篇|次|天|週|周|個月|个月|年間|か月|か国|件|社|億円|円|"
          + "加幣|美元|日圓|日元|人民幣|billion|million|trillion|percent|per cent)"
          + "|[一二三四五六七八九十百\\d]+\\s*分之\\s*[一二三四五六七八九十\\d]+|\\$\\s?\\d"
          // a duration (五年, 3 年, not the year 2019 年) or a frequency (每年度)
          + "|[一二兩两三四五六七八九十]+\\s*年|(?<![\\d,.])\\d{1,2}\\s*年|每(?:年|月|週|周|季)");
  private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<=[。！？!?\\n])|(?<=\\.)\\s+");

  /** The sentences of a text that state a figure, for {@link #FIGURES}; empty when none does. */
  public static String figureSentences(String text) {
    StringBuilder out = new StringBuilder();
    for (String sentence : SENTENCE_END.split(text)) {
      if (FIGURE.matcher(sentence).find()) {
        out.append(sentence.strip()).append('\n');
      }
    }
    return out.toString();
  }

  /** The subjects a text defines, each followed by {@link #SUBJECT_END}, one per line, for {@link #DEFINES}. */
  public static String definedSubjects(String text) {
    StringBuilder out = new StringBuilder();
    for (String subject : org.wenxian.enrich.Definitions.subjects(text)) {
      out.append(subject).append(' ').append(SUBJECT_END).append('\n');
    }
    return out.toString();
  }

  /** Whether a passage states a figure, for {@link #STATES_QUANTITY}. */
  public static boolean statesQuantity(String text) {
    return QUANTITY.matcher(text).find();
  }

  /**
   * A heading without its number (第貳章, 四、, （二）, 2.1): the number says where the section is, not
   * what it is about, and would match the numbers in a query (五種, 十四五).
   */
  public static String headingTitle(String heading) {
    String s = heading.strip();
    return HEADING_NUMBER.matcher(s).replaceFirst("");
  }

  /** Whether a heading path lies inside a summary or conclusion section, for {@link #RESTATES}. */
  public static boolean inSummary(java.util.List<String> headings) {
    return headings.stream().anyMatch(h -> SUMMARY_HEADING.matcher(h.strip()).find());
  }

  /**
   * BM25 with Lucene's defaults (k1 1.2, b 0.75): b 0.1 to 0.5 and k1 0.8 all measured lower on the
   * judged queries (scripts/eval), so the defaults stay, but in one place.
   */
  public static org.apache.lucene.search.similarities.Similarity similarity() {
    return new org.apache.lucene.search.similarities.BM25Similarity(1.2f, 0.75f);
  }

  /** The analyzer for queries: the index analyzer plus Taiwan/mainland synonyms on the word fields. */
  public static Analyzer queryAnalyzer() {
    Analyzer bigrams = Analyzers.bigrams();
    return new PerFieldAnalyzerWrapper(Analyzers.wordsWithSynonyms(), Map.of(TEXT_BIGRAMS, bigrams, CAPTIONS_BIGRAMS, bigrams,
        TEXT_JA, Analyzers.japanese(), TEXT_EN, Analyzers.english()));
  }

  /** The body-text field for a passage in the given language family (see Languages.family). */
  public static String textField(String languageFamily) {
    if (org.wenxian.analysis.Languages.JA.equals(languageFamily)) {
      return TEXT_JA;
    }
    return org.wenxian.analysis.Languages.isChinese(languageFamily) || "und".equals(languageFamily) ? TEXT : TEXT_EN;
  }

  /** The analyzer for every field, used by the indexer and by query parsing alike. */
  public static Analyzer analyzer() {
    Analyzer bigrams = Analyzers.bigrams();
    return new PerFieldAnalyzerWrapper(Analyzers.words(), Map.of(TEXT_BIGRAMS, bigrams, CAPTIONS_BIGRAMS, bigrams,
        TEXT_JA, Analyzers.japanese(), TEXT_EN, Analyzers.english()));
  }
}
