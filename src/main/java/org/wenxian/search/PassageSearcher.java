package org.wenxian.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.wenxian.cite.Citation;
import org.wenxian.cite.Citations;
import org.wenxian.cite.Exports;
import org.wenxian.enrich.Tagger;
import org.wenxian.enrich.Vocabulary;
import org.wenxian.extract.SourceDocument;
import org.wenxian.index.Facets;
import org.wenxian.index.Fields;
import org.wenxian.index.PassageDocuments;
import org.wenxian.passage.Passage;

/**
 * Runs a {@link SearchRequest} on one generation: BM25 ranking with ties broken on the passage id,
 * filters as drill-downs, multi-select facet counts through drill-sideways, and highlights.
 */
public final class PassageSearcher {
  private static final Sort RANKED = new Sort(SortField.FIELD_SCORE, new SortField(Fields.ID, SortField.Type.STRING));
  private static final Sort DOCUMENT_ORDER = new Sort(
      new SortField(Fields.DOC_PATH_ORDER, SortField.Type.STRING), new SortField(Fields.ORDINAL, SortField.Type.LONG),
      new SortField(Fields.ID, SortField.Type.STRING));
  /** The latest document first; within a document, the best passage first (or document order for a listing). */
  private static final Sort NEWEST_RANKED = newestFirst(RANKED);
  private static final Sort NEWEST_IN_ORDER = newestFirst(DOCUMENT_ORDER);

  /**
   * Summaries that restate a body passage (belowTheBody): measured first with the factors of Focus,
   * then again over every set at 0.5, 0.85 and 1 (src/test/resources/eval/README.md); 0.7 stays.
   */
  static final float RESTATEMENT_FACTOR = 0.7f;
  /**
   * For the passages of a document the query names by its short title ("Budget 2024 CANARIE";
   * DocumentNames). Over the document-naming queries of library set 18: 0.89 at 1 (the naming words
   * not searched, no factor), 0.90 at 2 and 3, 0.89 at 1.5; no other judged query names a document.
   */
  static final float NAMED_DOCUMENT_FACTOR = 2f;
  /**
   * For the English passages that say the kind of answer a question asks for (the purpose of
   * …的目的是什麼？; Questions.answerKindsAsked). Measured on 2026-12-02 over the 1,232 judged queries:
   * at 1.2, 1.5 and 2 ez12 (日本 AI 戰略的目的是什麼？) rose 0.39 → 0.61 and nothing else moved; with the
   * Chinese passages that write the noun as well, n08 (…AI 與教師的關係？) fell, as when it was a word.
   */
  static final float ANSWER_KIND_FACTOR = 1.2f;
  /**
   * For the passages that say what a question asks to be defined (DefinitionQuestions). Measured on
   * 2026-11-30 over every judged set: at 2 and 3 R02 rose (0.63 → 1.00) and nothing else moved; on
   * the 22 definition questions written to check it, 0.87 → 0.98 at both. 2 kept.
   */
  static final float DEFINITION_FACTOR = 2f;
  /**
   * For the passages whose own text holds every word of the query, where others borrow one from the
   * headings they sit under ("AI 競賽" within CN: the passage on AI competitions, not one on
   * 競賽 under an AI heading). Measured on 2026-12-01 over every judged set: at 1.1 seven queries up
   * and three down, at 1.2 ten up and five down, at 1.3 thirteen up and ten down, at 1.5 dev d03
   * fell. The words' share of the first tier, over the own text, instead of all of them: five up,
   * eight down.
   */
  static final float OWN_TEXT_FACTOR = 1.2f;

  private final Analyzer analyzer = Fields.queryAnalyzer();
  private final Highlights highlights = new Highlights();
  private final Vocabulary countries;
  private final Vocabulary themes;
  private final SelfReferences selfReferences;
  private final Focus focus;

  public PassageSearcher(Tagger tagger) {
    this.countries = tagger.countries();
    this.themes = tagger.themes();
    this.selfReferences = new SelfReferences(countries);
    this.focus = new Focus(countries);
  }

  /** The Lucene query a request runs, for --explain and debugging; null for a filter-only listing. */
  public Query query(Generation gen, SearchRequest request) {
    return query(gen, request, List.of());
  }

  /**
   * The same, with the quoted phrases given searched as words, as a response that reports them in
   * {@code phrases_searched_as_words} was.
   */
  public Query query(Generation gen, SearchRequest request, List<String> phrasesAsWords) {
    UserQuery userQuery = UserQuery.parse(spellingsOf(gen, request).text(), phrasesAsWords);
    Matching matching = matchingQuery(gen, userQuery, request);
    return matching == null ? null : withoutExcluded(gen, matching.ranked(), userQuery);
  }

  /**
   * The query that ranks the passages, the words a hit's highlight marks, and the words past the
   * limit it was built with, not searched (null when there are none).
   */
  private record Matching(Query ranked, Query marked, List<String> typedCountries, String wordsPastLimit,
      List<SearchResponse.Expansion> translations, Map<String, List<String>> titledDocuments,
      List<MostWords> mostWords, List<SearchResponse.Expansion> loanwords) {}

  /**
   * What the first tier asks of a request's hits: a passage meets it when it meets any of the
   * requirements and is tagged with the countries the query names (for {@code --explain}).
   */
  public record FirstTier(List<MostWords> requirements, List<String> typedCountries) {
    /**
     * What one passage has of each requirement, a line each, then whether it is tagged; empty when
     * the query has no requirement (a word alone, a phrase).
     */
    public List<String> accountOf(IndexSearcher searcher, int doc) throws IOException {
      List<String> out = new ArrayList<>();
      if (requirements == null) {
        return out;
      }
      for (MostWords requirement : requirements) {
        out.add(requirement.accountOf(searcher, doc));
      }
      Query typed = Focus.taggedWith(typedCountries);
      if (typed != null) {
        out.add("tagged " + String.join(", ", typedCountries) + ": " + (searcher.explain(typed, doc).isMatch() ? "yes" : "no"));
      }
      return out;
    }
  }

  /** The first tier a request's query builds, for accounting for each hit. */
  public FirstTier firstTier(Generation gen, SearchRequest request, List<String> phrasesAsWords) {
    Matching matching = matchingQuery(gen, UserQuery.parse(spellingsOf(gen, request).text(), phrasesAsWords), request);
    return matching == null ? new FirstTier(null, List.of()) : new FirstTier(matching.mostWords(), matching.typedCountries());
  }

  private static Spellings.Read spellingsOf(Generation gen, SearchRequest request) {
    return request.q() == null ? new Spellings.Read("", List.of()) : gen.spellings().read(request.q());
  }

  /** The passages a request's words match (or, for a listing, every passage), less those it excludes. */
  private Query withoutExcluded(Generation gen, Query base, UserQuery userQuery) {
    Query excluded = userQuery.exclusions(analyzer, gen.abbreviations(), selfReferences);
    return excluded == null ? base : new BooleanQuery.Builder()
        .add(base, BooleanClause.Occur.MUST)
        .add(excluded, BooleanClause.Occur.MUST_NOT)
        .build();
  }

  private static void requireSomethingToSearch(UserQuery userQuery, Matching matching, SearchRequest request) {
    if (!userQuery.isEmpty() && matching == null && !request.hasFilters()) {
      throw new BadRequestException("q", userQuery.hasExclusions()
          ? "the query only leaves words out; add a word to search for, or a country, year or theme filter"
          : "the query has no searchable words");
    }
    if (userQuery.isEmpty() && !request.hasFilters()) {
      throw new BadRequestException("q", "q must not be empty unless a country, year or theme filter is given");
    }
  }

  /** The English passages that say the kind of answer the question asks for, or null. */
  private Query answerKindQuery(UserQuery userQuery) {
    if (!Questions.isQuestion(userQuery.freeText())) {
      return null;
    }
    QueryBuilder builder = new QueryBuilder(analyzer);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    boolean found = false;
    for (String noun : Questions.answerKindsAsked(UserQuery.WORDS, userQuery.freeText())) {
      Query english = Translations.cedict().in(builder, Fields.TEXT_EN, noun);
      if (english != null) {
        any.add(english, BooleanClause.Occur.SHOULD);
        found = true;
      }
    }
    return found ? any.build() : null;
  }

  /**
   * Passages that have most of the query's words (QueryCompiler's requirement) come first, in their own
   * order; then those that have fewer, in theirs. The first tier keeps precision at the top; the
   * second keeps a related passage that holds one of two words ("AlexNet" without "Transformer"),
   * and a word the library lacks does not empty the list. First-tier scores carry {@link #TIER},
   * which the hits do not show.
   *
   * <p>Lucene refuses more than {@link #MAX_CLAUSES} clauses, and a long query dense with words that
   * have synonyms can reach that: it is then searched by as many of its first words as fit (found by
   * halving, then bisecting), rather than refused, and the response lists the words left out ({@code
   * not_searched}). Only what cannot shrink (too many long quoted phrases) is a 400.
   */
  private Matching matchingQuery(Generation gen, UserQuery userQuery, SearchRequest request) {
    if (userQuery.isEmpty()) {
      return null;
    }
    // A country typed in the query is what it asks about: "中国人工智能人才缺口" had Japan's talent
    // gap first (人才缺口 is most of the words' weight; 中国, in many passages, little of it).
    List<String> typedCodes = focus.typedCountryCodes(request, userQuery.searchedText());
    Query typedCountries = Focus.taggedWith(typedCodes);
    Query defining = DefinitionQuestions.definingPassages(new QueryBuilder(analyzer), userQuery.typed(), gen.abbreviations());
    Query answerKind = answerKindQuery(userQuery);
    // The most words that fit: halved until some fit, then the largest between that and what did not.
    // Only the one kept is put below the body (belowTheBody searches; it adds no clauses).
    Fitting best = null;
    int fitting = 0;
    int tooMany = UserQuery.MAX_WORDS + 1;
    for (int maxWords = UserQuery.MAX_WORDS; maxWords > fitting && maxWords < tooMany;
        maxWords = best == null ? maxWords / 2 : (fitting + tooMany) / 2) {
      QueryCompiler.Compiled compiled = QueryCompiler.compile(userQuery, analyzer, maxWords, gen.abbreviations(),
          selfReferences, gen.titles(), gen.documentNames(), gen.loanwords(),
          request.countries().isEmpty() ? null : word -> settledByFilters(word, request));
      if (compiled == null) {
        return null;
      }
      // The score factors wrapped around the words add no clauses of their own: they are built once.
      Query focused = focus.applied(compiled.words(), request, typedCodes, userQuery.searchedText(), gen.documentNames());
      if (compiled.namedDocuments() != null) {
        focused = FunctionScoreQuery.boostByQuery(focused, compiled.namedDocuments(), NAMED_DOCUMENT_FACTOR);
      }
      if (defining != null) {
        focused = FunctionScoreQuery.boostByQuery(focused, defining, DEFINITION_FACTOR);
      }
      if (answerKind != null) {
        focused = FunctionScoreQuery.boostByQuery(focused, answerKind, ANSWER_KIND_FACTOR);
      }
      if (compiled.mostWords() != null) {
        focused = FunctionScoreQuery.boostByQuery(focused, MostWords.allInOwnText(compiled.mostWords()), OWN_TEXT_FACTOR);
      }
      // Without a requirement (one word, a phrase alone) every hit is in the first tier; for a
      // document's title alone, that document's passages are.
      Query words = compiled.mostWords() == null
          ? new MatchAllDocsQuery() : MostWords.anyOf(gen.searcher(), compiled.mostWords());
      if (compiled.namedAlone() != null) {
        words = new ConstantScoreQuery(compiled.namedAlone());
      }
      if (MatchFields.termCount(tiered(focused, words, typedCountries)) < IndexSearcher.getMaxClauseCount()) {
        best = new Fitting(compiled, focused, words);
        fitting = maxWords;
      } else {
        tooMany = maxWords;
      }
    }
    if (best == null) {
      throw new BadRequestException("q", "the query has too many or too long quoted phrases; shorten it");
    }
    Query ranked = belowTheBody(best.focused(), gen.searcher(), best.compiled().mostWords());
    return new Matching(tiered(ranked, best.words(), typedCountries), best.compiled().marked(), typedCodes,
        best.compiled().wordsPastLimit(), best.compiled().translations(), best.compiled().titledDocuments(),
        best.compiled().mostWords(), best.compiled().loanwords());
  }

  /** A query of a request's words that fits the clause limit: as compiled, with its score factors, and its first tier's words. */
  private record Fitting(QueryCompiler.Compiled compiled, Query focused, Query words) {}

  /**
   * The ranked query in two tiers: passages with most of the words ({@code words}) first ({@link
   * #TIER}), and within each, those tagged with a country the query names.
   */
  private static Query tiered(Query ranked, Query words, Query typedCountries) {
    // A title page repeats the document's metadata: the passages with body text come first.
    BooleanQuery.Builder first = new BooleanQuery.Builder()
        .add(words, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Fields.TITLE_PAGE, "yes")), BooleanClause.Occur.MUST_NOT);
    if (typedCountries != null) {
      first.add(typedCountries, BooleanClause.Occur.FILTER);
    }
    BooleanQuery.Builder tiers = new BooleanQuery.Builder()
        .add(ranked, BooleanClause.Occur.MUST)
        .add(new BoostQuery(first.build(), TIER), BooleanClause.Occur.SHOULD);
    // And within each tier, the passages about it come first: "Taiwan AI talent policy
    // recommendations" had the budget's English passages on talent above the report's advice to 我國.
    if (typedCountries != null) {
      tiers.add(new BoostQuery(new ConstantScoreQuery(typedCountries), TYPED_COUNTRY_TIER), BooleanClause.Occur.SHOULD);
    }
    return tiers.build();
  }

  /**
   * A query word that only names a country the request filters on (加拿大 with country=CA): every
   * hit is about it. Typed as well as filtered, it was required of every first-tier passage and
   * scored where repeated, so a passage of the Canadian chapter that does not name Canada fell
   * below the rest. A year typed within a year filter is not settled: the passages that write it
   * are the better answers (measured: src/test/resources/eval/README.md).
   */
  private boolean settledByFilters(String word, SearchRequest request) {
    String typed = org.wenxian.analysis.ChineseScript.compact(word, null);
    // The country's own name only: 經產省, also a name of Japan's, says more than the filter does.
    return request.countries().stream().flatMap(code -> countries.get(code).stream()).anyMatch(e ->
        typed.equals(org.wenxian.analysis.ChineseScript.compact(e.label(), null))
            || typed.equals(org.wenxian.analysis.ChineseScript.compact(e.labelEn(), null)));
  }

  /**
   * Lucene's default is 1,024. A question of 40 words with four countries in it takes about 1,230
   * here (each word in eight fields, its synonyms, its list-intro clause, 我國 for each country):
   * at 1,024 it would be searched by its first 20 words only. Names with many other forms take
   * more: "Pan-Canadian Artificial Intelligence Strategy 2022 Amii Mila Vector Institute" takes about
   * 2,600 (each name's forms in seven fields, again in the words most passages must have), and at
   * 2,048 it was searched by its first five words, without Vector Institute. Queries are bounded
   * (40 words, four quoted phrases of 40 characters), so the limit only keeps a mistake from running
   * away.
   */
  static final int MAX_CLAUSES = 4096;

  static {
    if (IndexSearcher.getMaxClauseCount() < MAX_CLAUSES) {
      IndexSearcher.setMaxClauseCount(MAX_CLAUSES);
    }
  }

  /**
   * Larger than any text score here, factors included (a 40-word query times the filter factors
   * stays in the thousands), and small enough that a float still tells first-tier scores apart.
   */
  public static final float TIER = 10_000f;
  /**
   * Within each tier, for the passages tagged with a country the query names: below a tier, above
   * text scores (which stay well under it outside contrived queries). Measured: G07 and K04 up, none
   * down (src/test/resources/eval/README.md). The hits do not show it either.
   */
  public static final float TYPED_COUNTRY_TIER = TIER / 4;

  /**
   * Summaries and conclusions restate the body: they rank below the passage they restate, one of
   * their document's body passages that has every query word they have. A summary with words no
   * body passage has together is what answers: it keeps its full score. "日本的 AI 人才缺口有多大？"
   * had the report's one passage on the gap, in a 小結, 11th; "《AI 與教育北京共識》對我國有什麼參考價值？"
   * the 小結 that says what Taiwan can take from the Consensus 4th.
   */
  private static Query belowTheBody(Query query, IndexSearcher searcher, List<MostWords> requirements) {
    List<Query> words = new ArrayList<>();
    for (MostWords requirement : requirements == null ? List.<MostWords>of() : requirements) {
      words.addAll(requirement.allWords());
    }
    List<BytesRef> unrestated = Restatements.unrestated(searcher, words).stream().map(BytesRef::new).toList();
    Query demoted = unrestated.isEmpty() ? Restatements.SUMMARY : new BooleanQuery.Builder()
        .add(Restatements.SUMMARY, BooleanClause.Occur.MUST)
        .add(new TermInSetQuery(Fields.ID, unrestated), BooleanClause.Occur.MUST_NOT)
        .build();
    return FunctionScoreQuery.boostByQuery(query, demoted, RESTATEMENT_FACTOR);
  }

  public SearchResponse search(Generation gen, SearchRequest request) throws IOException {
    long start = System.nanoTime();
    Resolved r = resolve(gen, request, true);
    SearchResponse response = search(gen, r, start);
    // Then the quoted phrases past the limit, which are always searched as words.
    List<String> asWords = new ArrayList<>(r.phrasesAsWords());
    asWords.addAll(r.query().phrasesPastLimit());
    return response.withQuery(response.query().resolved(request.q(), r.phrasesNowhere(), asWords,
        r.didYouMean(), r.searchedAs()));
  }

  /**
   * What a request is searched as. Its words and quoted phrases, as typed; when that finds nothing,
   * its quoted phrases that no passage of the library holds read as words (Chinese and Japanese
   * quote names in 「」 as a matter of course: 「新時代の国家AI戦略」, which the report writes
   * 《新時代的國家 AI 策略》, left a question with nothing, where its words unquoted find the answer
   * first); and when that too finds nothing, its did-you-mean ("CIFARR" → CIFAR), if that finds
   * something. Each step costs a count only when the one before found nothing, and the query last
   * counted is kept ({@code prepared}), so that the search does not build it again.
   *
   * @param phrasesNowhere  the quoted phrases no passage holds, when the typed query found nothing
   * @param phrasesAsWords  those of them searched as words
   * @param didYouMean      the query with its unknown Latin words replaced, or null
   * @param searchedAs      the did-you-mean when it was searched instead of the query, or null
   * @param prepared        {@code query} built for {@code request}, or null when it was not counted
   * @param expansions      the other forms {@code query} names, found once for the did-you-mean and the echo
   */
  private record Resolved(SearchRequest request, Spellings.Read spelled, UserQuery query, List<String> phrasesNowhere,
      List<String> phrasesAsWords, String didYouMean, String searchedAs, Prepared prepared,
      List<SearchResponse.Expansion> expansions) {}

  /** The query a request resolved to, built for it: as counted, or now. */
  private Prepared prepared(Generation gen, Resolved r) {
    return r.prepared() != null ? r.prepared() : prepare(gen, r.request(), r.query());
  }

  private Resolved resolve(Generation gen, SearchRequest request, boolean mayRespell) throws IOException {
    Spellings.Read spelled = spellingsOf(gen, request);
    UserQuery typed = UserQuery.parse(spelled.text());
    UserQuery query = typed;
    Prepared prepared = typed.hasPhrases() ? prepare(gen, request, typed) : null;
    int found = prepared == null ? UNCOUNTED : count(gen, request, prepared);
    List<String> nowhere = List.of();
    if (found == 0) {
      nowhere = typed.phrasesNowhere(analyzer, gen.searcher(), gen.abbreviations());
      if (!nowhere.isEmpty()) {
        query = UserQuery.parse(spelled.text(), nowhere);
        prepared = prepare(gen, request, query);
        found = count(gen, request, prepared);
      }
    }
    List<SearchResponse.Expansion> names = typed.expansions(gen.abbreviations(), gen.documentNames());
    String suggestion = Suggestions.didYouMean(gen.searcher().getIndexReader(), request.q(), typed.searchedText(),
        word -> names.stream().anyMatch(e -> e.form().contains(word)));
    if (mayRespell && suggestion != null) {
      if (found == UNCOUNTED) {
        prepared = prepare(gen, request, query);
        found = count(gen, request, prepared);
      }
      if (found == 0) {
        Resolved instead = resolve(gen, request.withQ(suggestion), false);
        Prepared insteadPrepared = prepared(gen, instead);
        if (count(gen, instead.request(), insteadPrepared) > 0) {
          return new Resolved(instead.request(), instead.spelled(), instead.query(), instead.phrasesNowhere(),
              instead.phrasesAsWords(), suggestion, suggestion, insteadPrepared, instead.expansions());
        }
      }
    }
    return new Resolved(request, spelled, query, nowhere, query == typed ? List.of() : nowhere, suggestion, null,
        prepared, query == typed ? names : query.expansions(gen.abbreviations(), gen.documentNames()));
  }

  private static final int UNCOUNTED = -1;

  /** How many passages a built query finds within the request's filters. */
  private int count(Generation gen, SearchRequest request, Prepared prepared) throws IOException {
    return gen.searcher().count(drillDown(prepared.base(), request, documentIds(gen, request)));
  }

  /** A query ready to run: what ranks (null for a filter-only listing), and what matches, less the left-out words. */
  private record Prepared(Matching matching, Query base) {}

  private Prepared prepare(Generation gen, SearchRequest request, UserQuery userQuery) {
    Matching matching = matchingQuery(gen, userQuery, request);
    requireSomethingToSearch(userQuery, matching, request);
    return new Prepared(matching,
        withoutExcluded(gen, matching == null ? new MatchAllDocsQuery() : matching.ranked(), userQuery));
  }

  private SearchResponse search(Generation gen, Resolved resolved, long start) throws IOException {
    SearchRequest request = resolved.request();
    UserQuery userQuery = resolved.query();
    Spellings.Read spelled = resolved.spelled();
    Prepared prepared = prepared(gen, resolved);
    Matching matching = prepared.matching();
    boolean ranked = matching != null;
    return execute(gen, request, prepared.base(), ranked ? matching.marked() : null, ranked ? Ranking.TIERED : Ranking.NONE,
        ranked ? matching.typedCountries() : List.of(),
        echo(request, resolved.expansions(),
            QuerySynonyms.in(userQuery.searchedText()),
            selfReferences.namedIn(userQuery.freeText(), gen.searcher().getIndexReader()),
            gen.titles().readIn(userQuery.freeText()), spelled.respelled(),
            documentsNamed(gen, userQuery.freeText()), DefinitionQuestions.subject(userQuery.typed()),
            notSearched(userQuery, matching), ranked ? matching.translations() : List.of(),
            ranked ? documentsTitled(gen, matching.titledDocuments()) : List.of(),
            ranked ? matching.loanwords() : List.of()), start);
  }

  /** What the query's limits left unsearched, as the response reports it. */
  private static List<String> notSearched(UserQuery userQuery, Matching matching) {
    List<String> out = new ArrayList<>(userQuery.notSearched());
    if (matching != null && matching.wordsPastLimit() != null) {
      out.add(matching.wordsPastLimit());
    }
    return out;
  }

  /**
   * Passages that say what passage {@code p} says, most alike first, within the request's filters
   * (say, the Simplified source document a report passage cites): see {@link SimilarPassages}.
   */
  public SearchResponse similar(Generation gen, Passage p, SearchRequest filters) throws IOException {
    long start = System.nanoTime();
    Query like = SimilarPassages.like(gen, p);
    return execute(gen, filters, like, like, Ranking.SCORE, List.of(),
        echo(filters, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(), List.of(), List.of()),
        start);
  }

  private static Sort newestFirst(Sort order) {
    List<SortField> fields = new ArrayList<>();
    fields.add(new SortField(Fields.DOC_DATE, SortField.Type.LONG, true));
    fields.addAll(List.of(order.getSort()));
    return new Sort(fields.toArray(SortField[]::new));
  }

  /** How a result list is ordered: by tier then score, by score alone, or in document order. */
  private enum Ranking { TIERED, SCORE, NONE }

  private SearchResponse execute(Generation gen, SearchRequest request, Query base, Query highlightQuery, Ranking ranking,
      List<String> typedCountries, SearchResponse.QueryEcho echo, long start) throws IOException {
    boolean ranked = ranking != Ranking.NONE;
    Sort order = request.sort() == SearchRequest.Order.NEWEST
        ? (ranked ? NEWEST_RANKED : NEWEST_IN_ORDER) : (ranked ? RANKED : DOCUMENT_ORDER);
    DrillDownQuery ddq = drillDown(base, request, documentIds(gen, request));
    int topN = request.page() * request.size();
    IndexSearcher searcher = gen.searcher();
    List<SearchHit> hits = new ArrayList<>();
    long total;
    Map<String, List<FacetValue>> facets;
    TopDocs top;
    if (gen.facetState() == null) {
      top = searcher.search(ddq, topN, order, true);
      total = searcher.count(ddq);
      facets = FacetCounts.none();
    } else {
      DrillSideways sideways = new DrillSideways(searcher, Facets.config(), gen.facetState());
      DrillSideways.DrillSidewaysResult result = sideways.search(ddq, null, null, topN, order, true);
      top = result.hits;
      total = FacetCounts.totalOf(result.drillDownFacetsCollector, top);
      facets = FacetCounts.of(gen, result.facets, countries, themes);
    }
    ScoreDoc[] page = slice(top.scoreDocs, (request.page() - 1) * request.size(), request.size());
    // The highlighter rewrites its query for each hit and field it marks; rewritten once here, each of
    // those rewrites is a single pass over a query that is already rewritten.
    Query marked = highlightQuery == null || page.length == 0 ? null : searcher.rewrite(highlightQuery);
    String[] texts = highlights.texts(searcher, marked, page);
    Query markedInCaptions = Highlights.forCaptions(marked);
    StoredFields stored = searcher.storedFields();
    for (int i = 0; i < page.length; i++) {
      Passage p = PassageDocuments.fromStored(stored, page[i].doc);
      float score = ranked && !Float.isNaN(page[i].score) ? page[i].score : 0f;
      Boolean mostWords = ranking == Ranking.TIERED ? score >= TIER : null;
      score = Boolean.TRUE.equals(mostWords) ? score - TIER : score;
      if (ranking == Ranking.TIERED && p.countries().stream().anyMatch(typedCountries::contains)) {
        score -= TYPED_COUNTRY_TIER;
      }
      hits.add(toHit(gen, p, score, mostWords, texts[i],
          highlights.captions(markedInCaptions, p.captions())));
    }
    long took = (System.nanoTime() - start) / 1_000_000;
    return new SearchResponse(echo, total, took, hits, facets);
  }

  /**
   * What a citation export of a result list covers: the documents of the top {@code limit} hits,
   * each once, in the order of their best hit.
   */
  public List<Exports.Cited> citedDocuments(Generation gen, SearchRequest request, int limit) throws IOException {
    // What the search itself searched: phrases no passage holds as words, or the did-you-mean.
    Resolved r = resolve(gen, request, true);
    TopDocs top = top(gen, r, limit);
    java.util.LinkedHashSet<String> docIds = new java.util.LinkedHashSet<>();
    StoredFields stored = gen.searcher().storedFields();
    for (ScoreDoc hit : top.scoreDocs) {
      docIds.add(stored.document(hit.doc, java.util.Set.of(Fields.DOC_ID)).get(Fields.DOC_ID));
    }
    List<Exports.Cited> out = new ArrayList<>();
    for (String id : docIds) {
      SourceDocument doc = gen.documents().get(id);
      if (doc != null) {
        out.add(new Exports.Cited(doc, null));
      }
    }
    return out;
  }

  private TopDocs top(Generation gen, Resolved resolved, int limit) throws IOException {
    SearchRequest request = resolved.request();
    Prepared prepared = prepared(gen, resolved);
    return gen.searcher().search(drillDown(prepared.base(), request, documentIds(gen, request)), limit,
        prepared.matching() == null ? DOCUMENT_ORDER : RANKED, false);
  }

  /** One stored passage by id. */
  public Optional<Passage> storedPassage(Generation gen, String id) throws IOException {
    IndexSearcher searcher = gen.searcher();
    TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
    return top.scoreDocs.length == 0 ? Optional.empty()
        : Optional.of(PassageDocuments.fromStored(searcher.storedFields(), top.scoreDocs[0].doc));
  }

  /**
   * The id of the passage {@code step} places after {@code p} in its document (-1: the one before),
   * or null at either end: for reading a quoted passage in its context.
   */
  public String neighbourId(Generation gen, Passage p, int step) throws IOException {
    Query sameDocument = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.DOC_ID, p.docId())), BooleanClause.Occur.FILTER)
        .add(org.apache.lucene.document.NumericDocValuesField.newSlowExactQuery(Fields.ORDINAL, p.ordinal() + step),
            BooleanClause.Occur.FILTER)
        .build();
    IndexSearcher searcher = gen.searcher();
    TopDocs top = searcher.search(sameDocument, 1);
    return top.scoreDocs.length == 0 ? null
        : searcher.storedFields().document(top.scoreDocs[0].doc, java.util.Set.of(Fields.ID)).get(Fields.ID);
  }

  /** One passage by id, as a hit without score; empty when no such passage exists. */
  public Optional<SearchHit> passage(Generation gen, String id) throws IOException {
    return storedPassage(gen, id).map(p -> hit(gen, p));
  }

  /** A stored passage as a hit without score. */
  public SearchHit hit(Generation gen, Passage p) {
    return toHit(gen, p, 0f, null, null, p.captions().stream().map(Snippets::escape).toList());
  }

  SearchHit toHit(Generation gen, Passage p, float score, Boolean mostWords, String highlight,
      List<String> captionsHighlight) {
    SourceDocument doc = gen.documents().get(p.docId());
    SearchHit.DocumentRef ref = doc == null
        ? new SearchHit.DocumentRef(p.docId(), null, null, null, null, null)
        : new SearchHit.DocumentRef(doc.id(), doc.title(), doc.path(), doc.issuer(), doc.date(), doc.language());
    SearchHit.Location location = new SearchHit.Location(
        List.of(p.firstPage(), p.lastPage()), List.of(p.firstPageLabel(), p.lastPageLabel()), p.headings());
    Citation citation = doc == null ? null : Citations.cite(doc, p);
    return new SearchHit(p.id(), score, mostWords, p.text(), highlight == null ? Snippets.escape(p.text()) : highlight,
        p.captions(), captionsHighlight, ref, location, p.countries(), p.years(), p.themes(), citation);
  }

  /** The documents a {@code doc} filter names, by id or corpus-relative path; an unknown one is a 400. */
  private static List<String> documentIds(Generation gen, SearchRequest request) {
    List<String> ids = new ArrayList<>();
    for (String doc : request.docs()) {
      String id = gen.documents().containsKey(doc) ? doc : gen.documents().values().stream()
          .filter(d -> d.path().equals(doc)).map(SourceDocument::id).findFirst()
          .orElseThrow(() -> new BadRequestException("doc", "unknown doc '" + doc
              + "'; give a document id or path from /api/documents"));
      ids.add(id);
    }
    return ids;
  }

  private DrillDownQuery drillDown(Query base, SearchRequest request, List<String> documentIds) {
    DrillDownQuery ddq = new DrillDownQuery(Facets.config(), base);
    for (String doc : documentIds) {
      ddq.add(Facets.DOC, doc);
    }
    for (String country : request.countries()) {
      ddq.add(Facets.COUNTRY, country);
    }
    for (String theme : request.themes()) {
      ddq.add(Facets.THEME, theme);
    }
    for (String lang : request.langs()) {
      ddq.add(Facets.LANG, lang);
    }
    if (!request.years().isEmpty()) {
      ddq.add(Facets.YEAR, Focus.inAnyRange(Facets.YEAR_POINT, request.years()));
    }
    return ddq;
  }

  private static ScoreDoc[] slice(ScoreDoc[] all, int from, int size) {
    if (from >= all.length) {
      return new ScoreDoc[0];
    }
    int to = Math.min(all.length, from + size);
    ScoreDoc[] out = new ScoreDoc[to - from];
    System.arraycopy(all, from, out, 0, out.length);
    return out;
  }

  private static SearchResponse.QueryEcho echo(SearchRequest r, List<SearchResponse.Expansion> abbreviations,
      List<SearchResponse.Expansion> synonyms, List<SearchResponse.SelfReference> selfReferences, List<String> titles,
      List<Spellings.Respelling> respelled, List<SearchResponse.DocumentNamed> documentsNamed, String definitionOf,
      List<String> notSearched, List<SearchResponse.Expansion> translations,
      List<SearchResponse.DocumentNamed> documentsTitled, List<SearchResponse.Expansion> loanwords) {
    return new SearchResponse.QueryEcho(r.q(), r.size(), r.page(), r.countries(),
        r.years().stream().map(SearchRequest.YearRange::toString).toList(), r.themes(), r.langs(), r.docs(),
        r.sort().name().toLowerCase(java.util.Locale.ROOT), abbreviations, synonyms, selfReferences, titles, respelled,
        List.of(), documentsNamed, List.of(), null, null, definitionOf, List.copyOf(notSearched), translations,
        documentsTitled, loanwords);
  }

  /** The English documents the query's titles were met by, as the response reports them. */
  private static List<SearchResponse.DocumentNamed> documentsTitled(Generation gen, Map<String, List<String>> titled) {
    List<SearchResponse.DocumentNamed> out = new ArrayList<>();
    titled.forEach((title, ids) -> ids.forEach(id -> {
      var document = gen.documents().get(id);
      out.add(new SearchResponse.DocumentNamed(title, id, document == null ? null : document.title()));
    }));
    return out;
  }

  /** The documents q names by their short titles, as the response reports them. */
  private static List<SearchResponse.DocumentNamed> documentsNamed(Generation gen, String freeText) {
    List<SearchResponse.DocumentNamed> out = new ArrayList<>();
    for (DocumentNames.Run run : gen.documentNames().namedIn(freeText).runs()) {
      for (String id : run.documentIds()) {
        var document = gen.documents().get(id);
        var named = new SearchResponse.DocumentNamed(run.form(), id, document == null ? null : document.title());
        if (!out.contains(named)) {
          out.add(named);
        }
      }
    }
    return out;
  }

}
