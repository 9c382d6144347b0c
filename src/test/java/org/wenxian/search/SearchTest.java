package org.wenxian.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wenxian.TestCorpus;
import org.wenxian.enrich.Tagger;
import org.wenxian.index.Fields;

/** Ranked search over the shipped report, through the same searcher the API uses. */
class SearchTest {
  private static final Tagger TAGGER = Tagger.standard();
  private static final PassageSearcher SEARCHER = new PassageSearcher(TAGGER);

  static SearchResponse search(String q) throws IOException {
    return search(new SearchRequest(q, 10, 1, List.of(), List.of(), List.of()));
  }

  static SearchResponse search(SearchRequest request) throws IOException {
    Generation g = TestCorpus.shippedIndex().acquire().orElseThrow();
    try {
      return SEARCHER.search(g, request);
    } finally {
      g.release();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"蛋白質工業", "蛋白质工业"})
  void bothScriptsPutTheProteinIndustriesClusterFirst(String q) throws IOException {
    SearchResponse r = search(q);
    assertTrue(r.hits().get(0).text().contains("Protein Industries Cluster"), r.hits().get(0).text());
    // Words matched side by side share one mark.
    assertTrue(r.hits().get(0).highlight().contains("<mark>蛋白質工業</mark>"), r.hits().get(0).highlight());
    assertFalse(r.hits().get(0).highlight().contains("</mark><mark>"), r.hits().get(0).highlight());
  }

  @ParameterizedTest
  @CsvSource({"CIFAR, CIFAR", "GIGA, GIGA", "Society 5.0, Society 5.0", "2017, 2017", "4.43, 4.43",
      "8650万加币, '8,650 萬加幣'", "1200名学员, '1,200 名學員'"})
  void englishWordsAndNumbersAreFound(String q, String expected) throws IOException {
    SearchResponse r = search(q);
    assertFalse(r.hits().isEmpty(), "no hit for " + q);
    assertTrue(r.hits().get(0).text().contains(expected), r.hits().get(0).text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"人才培育 -加拿大", "人才培育 NOT 加拿大", "人才培育 -\"加拿大\"", "人才培育 －加拿大"})
  void aMinusOrNotLeavesPassagesOut(String q) throws IOException {
    SearchResponse all = search("人才培育");
    SearchResponse without = search(q);
    assertTrue(all.hits().stream().anyMatch(h -> h.text().contains("加拿大")), "the words alone find Canada");
    assertFalse(without.hits().isEmpty());
    for (SearchHit h : without.hits()) {
      assertFalse(h.text().contains("加拿大"), h.text());
      assertFalse(h.highlight().contains("<mark>加拿大"), h.highlight());
    }
    assertTrue(without.total() < all.total(), without.total() + " vs " + all.total());
  }

  @Test
  void anExcludedWordLeavesOutItsOtherScriptAndItsSynonyms() throws IOException {
    // 人工智慧 is also 人工智能 and AI: leaving it out leaves out passages that write AI.
    for (SearchHit h : search("人才 -人工智能").hits()) {
      assertFalse(h.text().contains("AI") || h.text().contains("人工智慧"), h.text());
    }
    // In the Japanese and English text too, which have no synonym graph of their own.
    SearchResponse japanese = search("人材育成 -人工智能");
    assertFalse(japanese.hits().isEmpty());
    for (SearchHit h : japanese.hits()) {
      assertFalse(h.text().contains("AI"), h.text());
    }
  }

  /** A title in 《》 after a minus is left out as a whole: its words elsewhere are not. */
  @Test
  void anExcludedTitleLeavesOutThePassagesThatNameIt() throws IOException {
    SearchResponse without = search(new SearchRequest("加拿大 人才 -《泛加拿大 AI 戰略》", 100, 1, List.of(), List.of(), List.of()));
    assertFalse(without.hits().isEmpty());
    for (SearchHit h : without.hits()) {
      assertFalse(h.text().contains("泛加拿大 AI 戰略"), h.text());
    }
    assertTrue(without.hits().stream().anyMatch(h -> h.text().contains("加拿大") && h.text().contains("AI")));
    assertTrue(without.query().titles().isEmpty(), "an excluded title is not a title searched for");
  }

  @Test
  void onlyExcludingIsAListingWithAFilterAndAClearErrorWithout() throws IOException {
    SearchResponse listing = search(new SearchRequest("-人才", 100, 1, List.of("CA"), List.of(), List.of()));
    SearchResponse canada = search(new SearchRequest("", 100, 1, List.of("CA"), List.of(), List.of()));
    assertTrue(listing.total() > 0 && listing.total() < canada.total(), listing.total() + " of " + canada.total());
    listing.hits().forEach(h -> assertFalse(h.text().contains("人才"), h.text()));
    BadRequestException e = assertThrows(BadRequestException.class, () -> search("-人才"));
    assertTrue(e.getMessage().contains("leaves words out"), e.getMessage());
  }

  @Test
  void capitalAndOrAreNotWordsAndAHyphenInsideAWordIsNoMinus() throws IOException {
    assertEquals(search("人才 加拿大").hits().get(0).id(), search("人才 AND 加拿大").hits().get(0).id());
    assertFalse(search("GPT-4").hits().isEmpty());
    // A minus before a digit is a number or a range, not an exclusion.
    assertTrue(search("2021 -2025").hits().stream().anyMatch(h -> h.text().contains("2025")));
  }

  @Test
  void tiesBreakOnIdSoTheOrderIsDeterministic() throws IOException {
    List<SearchHit> hits = search(new SearchRequest("人才", 100, 1, List.of(), List.of(), List.of())).hits();
    for (int i = 1; i < hits.size(); i++) {
      SearchHit a = hits.get(i - 1);
      SearchHit b = hits.get(i);
      assertTrue(a.score() > b.score() || (a.score() == b.score() && a.id().compareTo(b.id()) < 0),
          "order broken at " + i);
    }
    assertEquals(hits.stream().map(SearchHit::id).toList(),
        search(new SearchRequest("人才", 100, 1, List.of(), List.of(), List.of())).hits().stream().map(SearchHit::id).toList());
  }

  @Test
  void pagesDoNotOverlap() throws IOException {
    List<String> first = search(new SearchRequest("人才", 5, 1, List.of(), List.of(), List.of())).hits().stream().map(SearchHit::id).toList();
    List<String> second = search(new SearchRequest("人才", 5, 2, List.of(), List.of(), List.of())).hits().stream().map(SearchHit::id).toList();
    List<String> both = search(new SearchRequest("人才", 10, 1, List.of(), List.of(), List.of())).hits().stream().map(SearchHit::id).toList();
    assertEquals(both.subList(0, 5), first);
    assertEquals(both.subList(5, 10), second);
  }

  @Test
  void highlightsAreEscapedExceptForMarks() throws IOException {
    SearchResponse r = search("人工智慧 <script>alert(1)</script>");
    for (SearchHit h : r.hits()) {
      String withoutMarks = h.highlight().replace("<mark>", "").replace("</mark>", "");
      assertFalse(withoutMarks.contains("<") || withoutMarks.contains(">"), h.highlight());
      for (String caption : h.captionsHighlight()) {
        String captionWithoutMarks = caption.replace("<mark>", "").replace("</mark>", "");
        assertFalse(captionWithoutMarks.contains("<") || captionWithoutMarks.contains(">"), caption);
      }
    }
  }

  /**
   * A highlight marks the words typed (or their other forms), not the words between two of them:
   * the pairs of adjacent query words that score a passage match a span with slop, and "加拿大 人才"
   * used to mark "加拿大 AI 人才", "OpenAI Sam Altman" the CEO between. Words matched side by side,
   * a space or hyphen apart, share one mark.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "加拿大 人才|<mark>加拿大</mark> AI <mark>人才</mark>培育|<mark>加拿大 AI",
      "OpenAI Sam Altman|<mark>Sam Altman</mark>|CEO Sam Altman</mark>",
      "Pan-Canadian Artificial Intelligence Strategy|<mark>Pan-Canadian Artificial Intelligence Strategy</mark>|Pan</mark>"})
  void highlightsMarkTheWordsTypedAndJoinNeighbours(String q, String marked, String notMarked) throws IOException {
    List<String> highlights = search(q).hits().stream().limit(3).map(SearchHit::highlight).toList();
    assertTrue(highlights.stream().anyMatch(h -> h.contains(marked)), highlights.toString());
    assertTrue(highlights.stream().noneMatch(h -> h.contains(notMarked)), highlights.toString());
  }

  /** A label is marked where it is printed, under the figure: the passage's own text does not hold it. */
  @ParameterizedTest
  @ValueSource(strings = {"圖 25", "图25", "圖25 生成式 AI"})
  void aFigureLabelIsMarkedInTheCaptionThatCarriesIt(String q) throws IOException {
    SearchResponse r = search(q);
    SearchHit first = r.hits().get(0);
    assertEquals(first.captions().size(), first.captionsHighlight().size());
    // The label is one word: its 圖 and its 25 apart are neither scored nor marked.
    for (SearchHit h : r.hits()) {
      String marked = h.highlight() + String.join("", h.captionsHighlight());
      assertFalse(marked.contains("<mark>圖</mark>") || marked.contains("<mark>25</mark>"), marked);
    }
    long marked = first.captionsHighlight().stream().filter(c -> c.startsWith("<mark>圖 25</mark>")).count();
    assertEquals(1, marked, first.captionsHighlight().toString());
    for (int i = 0; i < first.captions().size(); i++) {
      String unmarked = first.captionsHighlight().get(i).replace("<mark>", "").replace("</mark>", "");
      assertEquals(Snippets.escape(first.captions().get(i)), unmarked);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"？", "\"", "((", "AND OR NOT", "*:*", "\"未閉合的引號", "「」", "加拿大？？？", "\\", "title:x~2^3"})
  void oddQueriesNeverFail(String q) {
    try {
      search(q);
    } catch (BadRequestException e) {
      assertEquals("q", e.param());
    } catch (Exception e) {
      throw new AssertionError("query " + q + " failed", e);
    }
  }

  @Test
  void quotedPhraseMustMatchInOrder() throws IOException {
    SearchResponse r = search("\"人才高地\"");
    assertFalse(r.hits().isEmpty());
    for (SearchHit h : r.hits()) {
      String all = h.text() + String.join("", h.captions()) + String.join("", h.location().headings());
      assertTrue(all.contains("人才高地"), h.text());
    }
  }

  /** Random strings from every script and punctuation block: nothing but a 400 may come out. */
  @Test
  void randomQueriesNeverFail() {
    java.util.Random random = new java.util.Random(42);
    String alphabet = "加拿大人才培育數位素養生成式AIＡＩ２０２４「」『』“”\"\"？！。，、：；（）()[]{}<>*:~^\\/+-&|!"
        + "ｶﾀｶﾅﾃﾞｰﾀ⽣⽉⼤ の は を 日本 cluster 4.43 Society 5.0 \t\n\u0000\uFFFD😀";
    for (int i = 0; i < 300; i++) {
      StringBuilder q = new StringBuilder();
      int length = 1 + random.nextInt(i % 10 == 0 ? 500 : 30);
      while (q.length() < length) {
        q.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      String query = q.length() > SearchRequest.MAX_QUERY_CHARS ? q.substring(0, SearchRequest.MAX_QUERY_CHARS) : q.toString();
      try {
        search(query);
      } catch (BadRequestException e) {
        assertEquals("q", e.param());
      } catch (Exception e) {
        throw new AssertionError("query failed: " + query, e);
      }
    }
  }

  @Test
  void theLongestAllowedQueryRuns() throws IOException {
    String text = "加拿大在 AI 領域深耕的歷史悠久，於 1982 年成立加拿大先進研究所（Canadian Institute for Advanced Research, CIFAR）。";
    String q = (text.repeat(10) + " \"數位素養\" \"人才培育\" \"生成式 AI\" \"AI 素養\" \"加拿大\"").substring(0, SearchRequest.MAX_QUERY_CHARS);
    assertFalse(search(q).hits().isEmpty());
  }

  /**
   * A title page, which repeats only its document's metadata, comes after the passages with body
   * text: the deck's "令和6年5月 AI戦略会議 資料１－１" had been first for "AI戦略会議の座長は誰ですか？".
   * The report's cover, which also names the project and its dates, is searched like any passage.
   */
  @Test
  void aTitlePageComesAfterThePassagesWithBodyText() throws IOException {
    for (String q : new String[] {"AI戦略会議の座長は誰ですか？", "AI戦略会議"}) {
      List<SearchHit> hits = search(new SearchRequest(q, 100, 1, List.of(), List.of(), List.of())).hits();
      int cover = indexOf(hits, "資料１－１");
      assertTrue(cover > 0, q + ": the title page is still found");
      assertFalse(hits.get(cover).mostWords(), q);
      assertTrue(hits.subList(0, cover).stream().anyMatch(SearchHit::mostWords), q);
    }
    List<SearchHit> project = search("AI 產業實戰應用人才淬煉計畫").hits();
    assertTrue(project.get(0).text().contains("計畫名稱：AI 產業實戰應用人才淬煉計畫") && project.get(0).mostWords(),
        project.get(0).text());
  }

  /**
   * A country typed and filtered on is settled by the filter: "加拿大 人才" within Canada's industry
   * clusters finds what "人才" does, including the list item on the AI supply chain's talent
   * programme, which never names Canada (it was not in the top 10). 經產省, also a name of Japan's,
   * is still a word within JP (the English strategy's METI, its name on the names list, too); and a
   * country alone is still searched.
   */
  @Test
  void aCountryTheFilterSettlesIsNotAWord() throws IOException {
    List<String> cluster = List.of("industry-clusters");
    List<String> typed = search(new SearchRequest("加拿大 人才", 10, 1, List.of("CA"), List.of(), cluster)).hits()
        .stream().map(SearchHit::id).toList();
    List<String> bare = search(new SearchRequest("人才", 10, 1, List.of("CA"), List.of(), cluster)).hits()
        .stream().map(SearchHit::id).toList();
    assertEquals(bare, typed);
    assertTrue(search(new SearchRequest("加拿大 人才", 10, 1, List.of("CA"), List.of(), cluster)).hits().stream()
        .anyMatch(h -> h.text().contains("預計提供一萬名以上年輕勞動力")));
    assertTrue(search(new SearchRequest("經產省 人才", 10, 1, List.of("JP"), List.of(), List.of())).hits().stream()
        .limit(3).allMatch(h -> h.text().contains("經產省") || h.text().contains("經濟產業省") || h.text().contains("METI")));
    assertTrue(search(new SearchRequest("加拿大", 10, 1, List.of("CA"), List.of(), List.of())).total() > 0);
    // Inside a name it is part of the name: ISED's English name still finds the report's 創新科學暨經濟發展部.
    assertTrue(search(new SearchRequest("Innovation Science and Economic Development Canada", 10, 1, List.of("CA"),
        List.of(), List.of())).hits().stream().anyMatch(h -> h.text().contains("創新科學暨經濟發展部")));
  }

  /**
   * A country typed in the query favours every passage a filter on it keeps, not only those of its
   * chapter: the conclusion that weighs Canada against Japan, and says the strategy was the key to
   * Canada's generative AI, comes first for "加拿大 生成式 AI 關鍵" (it was 4th, behind Canada's
   * chapter, when only its passages were favoured). The factor is the same for both.
   */
  @Test
  void aTypedCountryFavoursEveryPassageTaggedWithIt() throws IOException {
    List<SearchHit> hits = search("加拿大 生成式 AI 關鍵").hits();
    assertTrue(hits.get(0).text().contains("加拿大和日本屬於政策領先國家"), hits.get(0).text());
    assertTrue(hits.get(0).location().headings().stream().noneMatch(h -> h.contains("加拿大")),
        "a passage outside Canada's chapter: " + hits.get(0).location().headings());
  }

  /**
   * A year typed in the query favours the passages dated in it, but not a year inside a title the
   * query names in 《》: that year is part of the document's name (the 14th Five-Year Plan's 2035
   * vision), and favouring the passages dated 2035 put the plan's own section above the summary
   * that says what came after it.
   */
  @Test
  void aYearInsideATitleIsPartOfItsName() throws IOException {
    Generation g = TestCorpus.shippedIndex().acquire().orElseThrow();
    try {
      String titled = SEARCHER.query(g, new SearchRequest("《第十四個五年規劃和 2035 年遠景目標綱要》之後的政策", 10, 1,
          List.of(), List.of(), List.of())).toString();
      String dated = SEARCHER.query(g, new SearchRequest("十四五規劃 2035 年 政策", 10, 1,
          List.of(), List.of(), List.of())).toString();
      assertFalse(titled.contains(Fields.PRIMARY_YEAR), titled);
      assertTrue(dated.contains(Fields.PRIMARY_YEAR + ":{2035}"), dated);
    } finally {
      g.release();
    }
  }

  @Test
  void passagesWithAllWordsOfAShortQueryComeBeforeThoseWithSome() throws IOException {
    // Two words, so that "most of the weight" means both: with three, the two rarer ones are most
    // (蛋白質產業 and 聚落 make a passage about the clusters, without 工業).
    List<SearchHit> hits = search(new SearchRequest("蛋白質 聚落", 100, 1, List.of(), List.of(), List.of())).hits();
    int complete = 0;
    int partial = 0;
    float previous = Float.MAX_VALUE;
    for (SearchHit h : hits) {
      String all = h.text() + String.join("", h.captions()) + String.join("", h.location().headings());
      boolean both = all.contains("蛋白質") && (all.contains("聚落") || all.contains("Cluster"));
      assertEquals(both, h.mostWords(), h.text());
      if (h.mostWords()) {
        assertEquals(0, partial, "a passage with both words ranks below one with one: " + h.text());
        complete++;
      } else {
        previous = partial++ == 0 ? Float.MAX_VALUE : previous;
      }
      // Within a tier, by score; the tier itself does not show in the score.
      assertTrue(h.score() <= previous && h.score() < PassageSearcher.TIER, h.score() + " after " + previous);
      previous = h.score();
    }
    assertTrue(complete > 0 && partial > 0, complete + " complete, " + partial + " partial");
    assertTrue(search("蛋白質").hits().stream().allMatch(SearchHit::mostWords), "one word: every hit has it");
    // A word that is nowhere in the library does not empty the result list.
    SearchResponse r = search("加拿大 量子電腦不存在的詞彙");
    assertFalse(r.hits().isEmpty());
  }

  @Test
  void punctuationOnlyQueryIsABadRequest() {
    BadRequestException e = assertThrows(BadRequestException.class, () -> search("？！。"));
    assertEquals("q", e.param());
  }

  @Test
  void hitCarriesDocumentLocationAndCitation() throws IOException {
    SearchHit hit = search("AI4Good 國家培訓計畫").hits().get(0);
    assertEquals("國際 AI 創新培育模式研究報告", hit.document().title());
    assertEquals(TestCorpus.REPORT, hit.document().path());
    assertEquals("數位發展部數位產業署", hit.document().issuer());
    assertEquals(List.of(12, 12), hit.location().pages());
    assertEquals("2. 《AI4Good 國家培訓計畫》", hit.location().headings().get(hit.location().headings().size() - 1));
    assertTrue(hit.citation().text().contains("國際 AI 創新培育模式研究報告"));
    assertTrue(hit.citation().text().endsWith("2024: 12."), hit.citation().text());
  }

  @Test
  void aWordTheAnalyzerSplitsStillCountsAsOneWordInEitherSpelling() throws IOException {
    // SmartCN cuts 計畫 (Taiwan spelling) into two words; 計劃 is one. Both spellings must be found.
    assertEquals(List.of("計畫"), QueryWords.words("計畫"));
    SearchResponse r = TestCorpus.search(TestCorpus.params("q", "計畫", "country", "CN", "year", "2018"));
    assertTrue(r.hits().stream().anyMatch(h -> h.text().contains("發佈《高等教育機構 AI 創新行動計劃》")),
        "the passage that writes 計劃 is missing");
    assertTrue(r.hits().stream().anyMatch(h -> h.text().contains("千人計畫")));
  }

  @Test
  void singleCharactersTheAnalyzerCutsFromAShortQueryCountAsOneWord() throws IOException {
    // Alone, 為期 is 为 + 期 to SmartCN; in "活動為期九天" it is one word.
    assertEquals(List.of("DLRLSS", "為期"), QueryWords.words("DLRLSS 為期"));
    assertEquals(List.of("十四五", "規劃"), QueryWords.words("十四五規劃"));
    assertEquals(List.of("加拿大", "人才"), QueryWords.words("加拿大 人才"));
    SearchResponse r = TestCorpus.search(TestCorpus.params("q", "DLRLSS 為期", "size", "3"));
    assertTrue(r.hits().stream().anyMatch(h -> h.text().contains("活動為期九天")),
        r.hits().stream().map(SearchHit::text).toList().toString());
  }

  @Test
  void withACountryAndYearFilterPassagesAboutThemComeFirst() throws IOException {
    SearchResponse r = TestCorpus.search(TestCorpus.params("q", "人才", "country", "CA", "year", "2022"));
    // The first hits sit in the report's Canada chapter or the Canadian budget's section on AI talent
    // and say 2022 (2022 年, 2022-23); the comparison of three countries does not lead.
    for (SearchHit h : r.hits().subList(0, 3)) {
      String headings = h.location().headings().toString();
      assertTrue(headings.contains("加拿大") || headings.contains("Canada"), headings);
      assertTrue(h.text().matches("(?s).*2022(?: 年 ?\\d{0,2}|-\\d{2}).*"), h.text());
    }
    assertFalse(r.hits().get(0).text().startsWith("中國大陸"), r.hits().get(0).text());
  }

  @Test
  void withAThemeFilterAPassageAboutTheThemeComesFirst() throws IOException {
    // The timeline that mentions 國際人才交流 in passing does not lead; the passage on bringing talent in does.
    SearchResponse r = TestCorpus.search(TestCorpus.params("q", "人才", "theme", "overseas-talent", "country", "CN"));
    assertTrue(r.hits().get(0).text().startsWith("在外部攬才的作法上"), r.hits().get(0).text());
  }

  /**
   * A sentence pasted in quotes, as a writer checks a quotation: its synonyms (AI, 聚落, 計畫) made
   * 2,900 clauses and the search was refused. It is matched as written, in either script.
   */
  @Test
  void aSentencePastedInQuotesFindsItsPassage() throws IOException {
    String sentence = "加拿大政府推出第二階段《泛加拿大 AI 戰略》並更新《全球 AI 創新聚落計畫》";
    for (String q : List.of("\"" + sentence + "\"", "\"" + org.wenxian.analysis.ChineseScript.toSimplified(sentence) + "\"")) {
      List<SearchHit> hits = search(q).hits();
      assertFalse(hits.isEmpty(), q);
      assertTrue(hits.get(0).text().contains(sentence), hits.get(0).text());
    }
    // A short phrase keeps its synonyms: the mainland 数字素养 finds the report's 數位素養.
    assertTrue(search("\"数字素养\"").hits().get(0).text().contains("數位素養"));
  }

  @Test
  void aSummaryRanksBelowThePassageItSummarises() throws IOException {
    // Both say that 性別平等 is part of the Beijing Consensus; the body passage explains it.
    List<SearchHit> hits = search("北京共識 性別平等").hits();
    int body = indexOf(hits, "在 AI 勞動力市場推動性別平等");
    int summary = indexOf(hits, "是一份具有國際共識的教育指引文件");
    assertTrue(body >= 0 && summary >= 0 && body < summary, "body " + body + ", summary " + summary);
  }

  /** The report writes GIGA School; typed with a hyphen, SmartCN's field read it as one unknown word. */
  @Test
  void aHyphenatedNameFindsThePassagesThatWriteItApart() throws IOException {
    List<SearchHit> hits = search("GIGA-School").hits();
    assertTrue(hits.get(0).text().startsWith("GIGA School 策略在政策執行上"), hits.get(0).text());
  }

  /**
   * A quoted phrase is cut to 40 characters after a whole word: cut inside "diversity", a pasted
   * sentence that quotes the strategy's 47-character phrase found nothing, not even itself.
   */
  @Test
  void aPastedSentenceWithALongQuotedPhraseFindsItself() throws IOException {
    String pasted = "As already emphasized, by combining Japan’s technology strengths with AI technology, we must aim to"
        + " realize a \"sustainable society that incorporates diversity\" while contributing to the solution of global"
        + " issues";
    List<SearchHit> hits = TestCorpus.search(TestCorpus.params("q", pasted, "size", "3")).hits();
    assertTrue(!hits.isEmpty() && hits.get(0).text().startsWith("As already emphasized"), hits.toString());
    assertEquals("sustainable society that incorporates", UserQuery.wholeWordsWithin("sustainable society that incorporates diversity", 40));
    assertEquals("十四五規劃", UserQuery.wholeWordsWithin("十四五規劃", 40));
  }

  private static int indexOf(List<SearchHit> hits, String text) {
    for (int i = 0; i < hits.size(); i++) {
      if (hits.get(i).text().contains(text)) {
        return i;
      }
    }
    return -1;
  }

  /** Only a digit before a Japanese counter, and only in a Japanese query: years and Chinese text stay. */
  @Test
  void japaneseCountsAreWrittenInChineseNumerals() {
    assertEquals("六か国の 三つの目標 2024年", JapaneseQuery.countsInCharacters("6か国の 3つの目標 2024年"));
    assertEquals("10か国の", JapaneseQuery.countsInCharacters("10か国の"));
    assertEquals("三項 6 か国", JapaneseQuery.countsInCharacters("3項 6 か国"));
    assertEquals("3項措施", JapaneseQuery.countsInCharacters("3項措施"));
  }
}
