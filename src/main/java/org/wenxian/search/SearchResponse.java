package org.wenxian.search;

import java.util.List;
import java.util.Map;

/** The JSON body of {@code /api/search}. */
public record SearchResponse(
    QueryEcho query, long total, long tookMs, List<SearchHit> hits, Map<String, List<FacetValue>> facets) {

  /**
   * The request as understood, so a client can show what was searched; {@code abbreviations} are
   * the forms in {@code q} that the library defines, each with the other forms searched for it;
   * {@code synonyms} the words of {@code q} that the Taiwan/mainland synonym list expands, each with
   * the other words of its lines (人工智慧: 人工智能, AI, 人工知能);
   * {@code selfReferences} the countries {@code q} names whose own documents call them 我國;
   * {@code titles} the titles {@code q} is read with (each one word that passages with most of the
   * words must have): those it puts in 《》, and the library's titles it names without them;
   * {@code respelled} the names of letters and a number {@code q} spells otherwise than most
   * passages do, each with the spelling searched for it (Society5.0 as Society 5.0);
   * {@code phrasesNotFound}, when nothing matched, the quoted phrases of {@code q} that no passage
   * of the library holds in any form, whatever the filters; {@code phrasesSearchedAsWords} those of
   * them then searched as words, without their quotes, since the search with them found nothing
   * (a name quoted in 「」 as Japanese writes it, which the report translates: 「新時代の国家AI戦略」),
   * and the quoted phrases past the fourth, which are always searched as words;
   * {@code didYouMean} the query with each Latin word no passage holds replaced by the closest one
   * the library does hold (CIFARR → CIFAR), or null; {@code searchedAs} the did-you-mean when the
   * query as typed found nothing and it found something, which the hits are then of, or null;
   * {@code documentsNamed} the documents {@code q} names by their short titles (Budget 2024): those
   * words are not searched when others remain, and the documents' passages come first;
   * {@code definitionOf} what a question asks to be defined (數位素養 for 數位素養是什麼？), whose
   * defining passages rank higher (DefinitionQuestions), or null; {@code notSearched} what the
   * query's limits left out of the search: the words past the 40th (hiragana not counted; fewer
   * when their synonyms and other forms make more clauses than Lucene takes), a quoted phrase's
   * words past its 40th character, and the words to leave out past the tenth, which are ignored;
   * {@code translations} the Chinese words of {@code q} searched in the English text by their
   * English (CC-CEDICT's senses; a word the dictionary lacks by the words SmartCN cuts it into);
   * {@code documentsTitled} the English documents whose titles say a title of {@code titles}
   * (日本 AI 戰略: the AI Strategy 2019), whose passages meet it (DocumentNames); {@code loanwords}
   * the Japanese loanwords of {@code q} (katakana) also searched in the Chinese passages by the
   * library's Chinese for their English (コンセンサス: 共识; Loanwords).
   */
  public record QueryEcho(
      String q, int size, int page, List<String> country, List<String> year, List<String> theme, List<String> lang,
      List<String> doc, String sort, List<Expansion> abbreviations, List<Expansion> synonyms,
      List<SelfReference> selfReferences,
      List<String> titles, List<Spellings.Respelling> respelled, List<String> phrasesNotFound,
      List<DocumentNamed> documentsNamed, List<String> phrasesSearchedAsWords, String didYouMean,
      String searchedAs, String definitionOf, List<String> notSearched, List<Expansion> translations,
      List<DocumentNamed> documentsTitled, List<Expansion> loanwords) {

    /** The echo of the request as typed ({@code q}), and what it was searched as (PassageSearcher.Resolved). */
    QueryEcho resolved(String typed, List<String> phrasesNowhere, List<String> phrasesAsWords, String suggestion,
        String searchedInstead) {
      return new QueryEcho(typed, size, page, country, year, theme, lang, doc, sort, abbreviations, synonyms,
          selfReferences, titles, respelled, List.copyOf(phrasesNowhere), documentsNamed, List.copyOf(phrasesAsWords),
          suggestion, searchedInstead, definitionOf, notSearched, translations, documentsTitled, loanwords);
    }
  }

  /** "Budget 2024" names document dc1fc3d37fc, "Budget 2024: Fairness for Every Generation, …". */
  public record DocumentNamed(String form, String documentId, String title) {}

  /** The same response, its query echo replaced. */
  SearchResponse withQuery(QueryEcho echo) {
    return new SearchResponse(echo, total, tookMs, hits, facets);
  }

  /** "ABCI", also searched as "AI Bridging Cloud Infrastructure". */
  public record Expansion(String form, List<String> also) {}

  /** "台灣" (TW), also searched as 我國, 我国, 我が国 in the documents that TW issued. */
  public record SelfReference(String form, String country, List<String> also) {}
}
