package org.wenxian.multilingual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenxian.TestCorpus;
import org.wenxian.analysis.Analyzers;
import org.wenxian.analysis.Languages;
import org.wenxian.enrich.Tagger;
import org.wenxian.extract.TikaExtractor;
import org.wenxian.index.ReindexListener;
import org.wenxian.index.ReindexSummary;
import org.wenxian.index.Reindexer;
import org.wenxian.search.FacetValue;
import org.wenxian.search.Generation;
import org.wenxian.search.IndexService;
import org.wenxian.search.PassageSearcher;
import org.wenxian.search.RequestParser;
import org.wenxian.search.SearchHit;
import org.wenxian.search.SearchResponse;

/** One library, four languages: detection, per-language tokens, cross-script and cross-language search. */
class MultilingualSearchTest {
  private static final Tagger TAGGER = Tagger.standard();
  private static final PassageSearcher SEARCHER = new PassageSearcher(TAGGER);
  private static final RequestParser PARSER = new RequestParser(TAGGER.countries(), TAGGER.themes());

  static SearchResponse search(String... kv) throws IOException {
    return TestCorpus.search(TestCorpus.params(kv));
  }

  static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void languagesAreDetectedFromTheText() {
    assertEquals("zh-Hant", Languages.detect("加拿大在 AI 領域深耕的歷史悠久，於 1982 年成立加拿大先進研究所"));
    assertEquals("zh-Hans", Languages.detect("激发人才创新活力。贯彻尊重劳动、尊重知识、尊重人才、尊重创造方针"));
    assertEquals("ja", Languages.detect("生成AIの利用者が急増している。これにより、情報のアクセシビリティが向上する"));
    assertEquals("en", Languages.detect("Canada's skilled hands and brilliant minds are our greatest resource."));
    assertEquals("zh-Hant", Languages.family("zh-Hant-TW"));
    assertEquals("zh-Hans", Languages.family("zh-CN"));
  }

  @Test
  void perLanguageGoldenTokens() throws IOException {
    // Japanese: Kuromoji base forms, particles dropped, half-width katakana and radicals folded.
    assertEquals(List.of("生成", "ai", "人材", "育成", "進める"), terms(Analyzers.japanese(), "生成AIの人材育成を進めた"));
    assertEquals(List.of("生成", "ai", "利用"), terms(Analyzers.japanese(), "⽣成ＡＩの利⽤"));
    assertEquals(List.of("データ"), terms(Analyzers.japanese(), "ﾃﾞｰﾀ"));
    // English: stemmed.
    assertEquals(List.of("strengthen", "canada", "ai", "advantag"), terms(Analyzers.english(), "Strengthening Canada’s AI Advantage"));
    // Chinese: full-width Latin and digits folded before segmentation.
    assertEquals(List.of("ai", "2024"), terms(Analyzers.words(), "ＡＩ ２０２４"));
    // Words the mainland writes with other characters are synonyms: 藉由 is 借由, 瞭解 了解.
    assertEquals(List.of("借", "藉", "由", "由"), terms(Analyzers.wordsWithSynonyms(), "藉由"));
    assertEquals(List.of("了解", "瞭", "解"), terms(Analyzers.wordsWithSynonyms(), "瞭解"));
    // Taiwan's 著 is the mainland's 着 in 著重 and 隨著, but stays 著 in the words OpenCC keeps (著名, 顯著).
    assertEquals(List.of("计划", "着重", "于", "培养", "人才"), terms(Analyzers.words(), "计划着重于培养人才"));
    assertEquals(List.of("着重", "于", "培养", "人才"), terms(Analyzers.words(), "著重於培養人才"));
    assertEquals(List.of("随着", "科技", "发展"), terms(Analyzers.words(), "隨著科技發展"));
    assertEquals(List.of("著名", "学者", "显著", "提升"), terms(Analyzers.words(), "著名學者顯著提升"));
    assertEquals(List.of("著作权"), terms(Analyzers.words(), "著作權"));
    // A footnote mark written as superscripts is a word break, never digits glued to the word.
    assertEquals(List.of("ijcai", "fy", "2020"), terms(Analyzers.words(), "IJCAI³³ (FY 2020)"));
    assertEquals(List.of("ijcai", "fy", "2020"), terms(Analyzers.english(), "IJCAI³³ (FY 2020)"));
    assertEquals(List.of("生成", "ai", "利用"), terms(Analyzers.japanese(), "生成 AI¹の利用"));
    assertEquals(List.of("nist"), terms(Analyzers.bigrams(), "NIST²⁵"));
  }

  @Test
  void aTraditionalQueryFindsTheSimplifiedProposalAndTheReport() throws IOException {
    List<SearchHit> hits = search("q", "激發人才創新活力", "size", "10").hits();
    assertTrue(hits.get(0).text().startsWith("9.激发人才创新活力。"), hits.get(0).text());
    assertTrue(hits.stream().anyMatch(h -> h.document().path().equals(TestCorpus.REPORT)), "the report's passages are found too");
    SearchHit proposal = hits.get(0);
    assertTrue(proposal.countries().contains("CN") && proposal.years().contains(2020), proposal.countries() + " " + proposal.years());
  }

  @Test
  void aSimplifiedQueryFindsTheTraditionalReport() throws IOException {
    SearchHit hit = search("q", "蛋白质工业", "lang", "zh-Hant").hits().get(0);
    assertTrue(hit.text().contains("蛋白質工業"));
  }

  @Test
  void aJapaneseQueryFindsTheJapaneseFiles() throws IOException {
    List<SearchHit> hits = search("q", "生成AI 人材育成", "size", "5").hits();
    assertTrue(hits.stream().limit(3).anyMatch(h -> "ja".equals(h.document().language())), hits.get(0).text());
    assertTrue(hits.get(0).text().contains("人材") && hits.get(0).text().contains("育成"), hits.get(0).text());
  }

  @Test
  void aYearFindsItInDigitsAndInChineseNumerals() throws IOException {
    // The proposal writes 二〇三五年, the report 2035 年: one query finds both.
    List<SearchHit> hits = search("q", "2035 远景目标", "size", "10").hits();
    assertTrue(hits.stream().limit(3).anyMatch(h -> h.text().contains("二〇三五年")), hits.get(0).text());
    assertTrue(search("q", "二〇三五年", "size", "10", "lang", "zh-Hant").hits().stream().anyMatch(h -> h.text().contains("2035")));
  }

  @Test
  void aKatakanaWordDoesNotMatchInsideOtherLoanwords() throws IOException {
    // スクール (school) once matched the ス and ク of every リスク in the Japanese report.
    List<SearchHit> hits = search("q", "GIGA スクール", "size", "3").hits();
    assertTrue(hits.get(0).text().contains("GIGA"), hits.get(0).text());
  }

  @Test
  void anAbbreviationFindsItsLongFormAndTheOtherWayRound() throws IOException {
    // The Japanese deck defines ABCI; the English strategy's footnote 22 gives only the long form.
    List<SearchHit> abci = search("q", "ABCI", "size", "10").hits();
    assertTrue(abci.stream().anyMatch(h -> h.text().startsWith("22 AI Bridging Cloud Infrastructure")), abci.toString());
    // Written in full, the report's definition comes first, then passages that write only "IPA".
    List<SearchHit> ipa = search("q", "Information Technology Promotion Agency", "size", "5").hits();
    assertTrue(ipa.get(0).text().contains("Information Technology Promotion Agency, IPA"), ipa.get(0).text());
    assertTrue(ipa.stream().skip(1).allMatch(h -> h.text().contains("IPA") && !h.text().contains("Promotion Agency")),
        ipa.toString());
    // A Han name written before the brackets stands for the abbreviation too, in either script and
    // across languages: the Japanese 理化学研究所 finds the English strategy's RIKEN.
    List<SearchHit> cifar = search("q", "加拿大先进研究所", "size", "5").hits();
    assertTrue(cifar.stream().skip(1).anyMatch(h -> h.text().contains("CIFAR") && !h.text().contains("先進研究所")),
        cifar.toString());
    assertTrue(search("q", "理化学研究所", "size", "5").hits().stream()
        .anyMatch(h -> "en".equals(h.document().language()) && h.text().contains("RIKEN")));
    // Leaving out the long form leaves out the passages that write the abbreviation.
    List<SearchHit> without = search("q", "數位素養 -\"Information Technology Promotion Agency\"", "size", "100").hits();
    assertFalse(without.isEmpty());
    assertTrue(without.stream().noneMatch(h -> h.text().contains("IPA")), without.get(0).text());
  }

  @Test
  void anAbbreviationMostPassagesUseIsNotExpanded() throws IOException {
    Generation g = TestCorpus.shippedIndex().acquire().orElseThrow();
    try {
      assertEquals(List.of("Canadian Institute for Advanced Research"), g.abbreviations().othersOf("CIFAR"));
      assertEquals(List.of("CIFAR"), g.abbreviations().othersOf("canadian institute for advanced research"));
      // "AI" is defined too ("artificial intelligence (AI)"), but it is in most passages: everyday vocabulary.
      assertTrue(g.abbreviations().othersOf("AI").isEmpty());
    } finally {
      g.release();
    }
  }

  @Test
  void anEnglishQueryFindsTheEnglishFiles() throws IOException {
    List<SearchHit> hits = search("q", "AI literacy", "size", "5").hits();
    assertEquals("en", hits.get(0).document().language());
    assertTrue(hits.stream().anyMatch(h -> h.text().toLowerCase().contains("literacy")));
  }

  /**
   * No Chinese word matches an English passage: a Chinese query finds it by its words' English
   * (CC-CEDICT), which the highlight marks and query.translations lists. Where the report says it
   * in its own words, its passages still come first.
   */
  @Test
  void aChineseQueryFindsTheEnglishPassageThatSaysIt() throws IOException {
    SearchResponse malware = search("q", "網路安全 惡意軟體 自動分析", "size", "3");
    SearchHit english = malware.hits().stream().filter(h -> h.text().contains("malware")).findFirst().orElseThrow(
        () -> new AssertionError(texts(malware)));
    assertTrue(english.highlight().contains("<mark>automatic analysis</mark>"), english.highlight());
    assertTrue(malware.query().translations().contains(new SearchResponse.Expansion("分析", List.of("analyze", "analysis"))),
        malware.query().translations().toString());
    SearchResponse own = search("q", "人才培育 政策", "size", "5");
    assertTrue(own.hits().stream().allMatch(h -> h.document().language().startsWith("zh")), texts(own));
    // Japanese is read as Japanese: its kanji words are not translated; Chinese words in a Japanese
    // question's frame still are.
    assertTrue(search("q", "生成AIの著作権").query().translations().isEmpty());
    assertTrue(search("q", "網路安全 惡意軟體 自動分析とは何ですか？").query().translations()
        .contains(new SearchResponse.Expansion("分析", List.of("analyze", "analysis"))));
  }

  /**
   * A Chinese word's English is looked for in an English passage's section title as the word is in
   * a Chinese passage's: the item listed under "(2) Agriculture" (pest image diagnosis, a virtual
   * research laboratory on WAGRI), whose own text does not say agriculture, is found for 農業, and
   * of the five English passages that say "image" it comes first for 農業 圖像.
   */
  @Test
  void aChineseWordsEnglishCountsInTheSectionTitle() throws IOException {
    SearchResponse farming = search("q", "農業", "lang", "en", "size", "100");
    SearchHit listed = farming.hits().stream().filter(h -> h.text().contains("pest image diagnosis")).findFirst()
        .orElseThrow(() -> new AssertionError(texts(farming)));
    assertTrue(listed.location().headings().contains("(2) Agriculture"), listed.location().headings().toString());
    assertFalse(listed.text().toLowerCase(java.util.Locale.ROOT).contains("agricultur"), listed.text());
    SearchResponse images = search("q", "農業 圖像", "lang", "en", "size", "20");
    SearchHit first = images.hits().stream().filter(h -> h.text().contains("image")).findFirst()
        .orElseThrow(() -> new AssertionError(texts(images)));
    assertEquals(listed.id(), first.id(), texts(images));
  }

  /**
   * A place CC-CEDICT names (非洲, Africa) is searched in the English text by its English; a word
   * the synonym list already gives that English (日本, Japan) is not searched by it twice, and its
   * other senses still are (美國: America on the list, United States from the dictionary).
   */
  @Test
  void aPlaceIsSearchedByItsEnglishNameOnce() throws IOException {
    SearchResponse africa = search("q", "日本 非洲 美國 合作", "lang", "en", "size", "10");
    List<SearchResponse.Expansion> translations = africa.query().translations();
    assertTrue(translations.contains(new SearchResponse.Expansion("非洲", List.of("Africa"))), translations.toString());
    assertTrue(translations.stream().noneMatch(e -> e.form().equals("日本")), translations.toString());
    // 美國's English is on the synonym list (United States, US): searched from there, not again as a translation.
    assertTrue(translations.stream().noneMatch(e -> e.form().equals("美國")), translations.toString());
    assertTrue(africa.query().synonyms().stream().anyMatch(e -> e.form().equals("美國") && e.also().contains("United States")),
        africa.query().synonyms().toString());
    assertTrue(africa.hits().stream().limit(3).allMatch(h -> h.highlight().contains("<mark>Africa</mark>")), texts(africa));
  }

  /**
   * An English passage of a document about its issuer's country names that country, as 我國 does in
   * Chinese: the budget's "we must incentivize our top talent to stay here" never says Canada, and
   * with it counted the passage has most of the question's words and comes first, above the
   * report's passages on Canadian talent (2nd without it). The report, Taiwan's, is about
   * three other countries: none of its passages names Taiwan that way.
   */
  @Test
  void anEnglishPassageOfACountrysOwnDocumentNamesIt() throws IOException {
    SearchResponse r = search("q", "加拿大為什麼要留住頂尖人才？", "size", "10");
    SearchHit first = r.hits().get(0);
    assertTrue(first.text().contains("incentivize our top talent to stay here"), texts(r));
    assertFalse(first.text().contains("Canada"), first.text());
    assertEquals(Boolean.TRUE, first.mostWords(), texts(r));
    SearchResponse taiwan = search("q", "台灣 AI 人才", "size", "20");
    assertTrue(taiwan.hits().stream().filter(h -> Boolean.TRUE.equals(h.mostWords()))
        .allMatch(h -> h.text().matches("(?s).*(我國|台灣|臺灣|台湾).*")), texts(taiwan));
  }

  /**
   * A Chinese title the query names is met by the passages of the English document whose title
   * says it: 日本 AI 戰略 is "AI Strategy 2019" (its first word the issuer's country, AI as written,
   * 戰略 strategy), and the strategy's passage on inclusion technology never repeats its title.
   * Without it that passage ranked 17th, below every report passage that writes 《AI 戰略》. Which
   * titles name which documents: search.DocumentNamesTest.
   */
  @Test
  void aChineseTitleIsMetByTheEnglishDocumentItNames() throws IOException {
    SearchResponse r = search("q", "日本 AI 戰略中的包容技術是什麼？", "size", "3");
    assertTrue(r.hits().stream().anyMatch(h -> h.text().contains("called \"inclusion technology\"")), texts(r));
    assertEquals(List.of("日本 AI 戰略"), r.query().titles(), texts(r));
    assertTrue(r.hits().stream().allMatch(h -> Boolean.TRUE.equals(h.mostWords())), texts(r));
  }

  /**
   * The report brackets a Singapore programme 《AI 技術》 once and writes AI 技術 as a phrase in 17
   * passages: typed bare, it is a phrase, not a title the first tier requires; bracketed, a title.
   */
  @Test
  void aTitleTheLibraryMostlyWritesAsAPhraseIsNotOneTypedBare() throws IOException {
    assertEquals(List.of(), search("q", "日本在AI技术方面的竞争力如何？", "size", "3").query().titles());
    assertEquals(List.of("AI 技術"), search("q", "《AI 技術》有哪些賽制？", "size", "3").query().titles());
    assertEquals(List.of("日本 AI 戰略"), search("q", "日本 AI 戰略的目的是什麼？", "size", "3").query().titles());
  }

  /**
   * A Chinese question's words that English cannot say (给, 来, single characters CC-CEDICT keeps no
   * sense for) do not count against an English passage: the budget's harmonized grant management
   * system has the rest (Canada as its own, budget, grant, manage, system…) and comes first, above
   * the report's passages on Canadian budgets; it was in the second tier before.
   */
  @Test
  void wordsEnglishCannotSayDoNotKeepAnEnglishAnswerBelow() throws IOException {
    SearchResponse r = search("q", "加拿大预算给拨款机构多少钱来建立统一的资助管理系统？", "size", "5");
    SearchHit first = r.hits().get(0);
    assertTrue(first.text().contains("harmonized grant management system"), texts(r));
    assertEquals(Boolean.TRUE, first.mostWords(), texts(r));
  }

  /**
   * 研發 is "research and development" to CC-CEDICT, which the English documents write R&D: the
   * library's abbreviation of a sense is searched with it, and the response says so.
   */
  @Test
  void aSenseIsAlsoSearchedByTheAbbreviationTheLibraryWritesForIt() throws IOException {
    SearchResponse r = search("q", "日本在網路安全方面要優先加速哪些 AI 研發項目？", "size", "10");
    assertTrue(r.query().translations().stream().anyMatch(e -> e.form().equals("研發") && e.also().contains("R&D")),
        r.query().translations().toString());
    assertTrue(r.hits().stream().anyMatch(h -> h.text().contains("Clarifying R&D items that Japan should tackle and accelerate")),
        texts(r));
  }

  /**
   * The synonym list's English for a word (中國: China) is looked for in an English passage's body
   * too, which only the English analysis indexes: "中國" under lang=en had found nothing.
   */
  @Test
  void aCountrysEnglishNameOnTheListFindsTheEnglishText() throws IOException {
    SearchResponse r = search("q", "中國", "lang", "en", "size", "10");
    assertTrue(r.hits().stream().anyMatch(h -> h.text().contains("in the US and China, AI related venture capital")),
        texts(r));
    assertTrue(r.hits().stream().allMatch(h -> h.text().contains("China")), texts(r));
  }

  /**
   * CC-CEDICT is the mainland's dictionary: Taiwan's 新創 is not in it, its mainland synonym 初创
   * (startup) is. A word that is not Chinese (AI) takes no English from its Chinese synonyms.
   */
  @Test
  void aTaiwanWordTheDictionaryLacksIsTranslatedAsItsMainlandSynonym() throws IOException {
    SearchResponse r = search("q", "新創", "lang", "en", "size", "10");
    assertTrue(r.query().translations().stream().anyMatch(e -> e.form().equals("新創") && e.also().contains("startup")),
        r.query().translations().toString());
    assertTrue(r.hits().stream().anyMatch(h -> h.text().contains("launch new startup companies")), texts(r));
    SearchResponse ai = search("q", "日本 AI 戰略", "size", "1");
    assertTrue(ai.query().translations().stream().noneMatch(e -> e.form().equals("AI")),
        ai.query().translations().toString());
  }

  /** Japan's strategy writes "the US": 美國 finds it, through US on the synonym list. */
  @Test
  void theUsaOnTheListFindsTheUsInTheEnglishText() throws IOException {
    SearchResponse r = search("q", "美國", "lang", "en", "size", "20");
    assertTrue(r.hits().stream().anyMatch(h -> h.text().contains("security technology with the US and Europe")), texts(r));
    assertTrue(r.hits().stream().allMatch(h -> h.text().matches("(?s).*\\b(US|U\\.S\\.|USA|United States|America)(?![A-Za-z]).*")), texts(r));
  }

  /**
   * SmartCN cuts 网络空间 into 网络 + 空间, CC-CEDICT has the compound (cyberspace): each word's
   * English has it too. Not where the words' own senses say it already: 研究人员 is researcher,
   * which 研究 (research) says, and 人员 given it would count in every passage on research.
   */
  @Test
  void aCompoundTheDictionaryHasIsTranslatedWholeThoughSmartCnCutsIt() throws IOException {
    SearchResponse r = search("q", "网络空间", "lang", "en", "size", "3");
    for (String word : List.of("网络", "空间")) {
      assertTrue(r.query().translations().stream().anyMatch(e -> e.form().equals(word) && e.also().contains("cyberspace")),
          r.query().translations().toString());
    }
    assertTrue(r.hits().get(0).text().contains("trustworthiness of connections in cyberspace"), texts(r));
    SearchResponse researchers = search("q", "尖端AI研究人员", "size", "1");
    assertTrue(researchers.query().translations().stream().noneMatch(e -> e.also().contains("researcher")),
        researchers.query().translations().toString());
  }

  /**
   * CC-CEDICT's 中小企業 is "small and medium enterprise": four words, three that say something. It
   * is kept, and the strategy's abbreviation of it, SMEs, is found.
   */
  @Test
  void aSenseOfThreeWordsAndTheWordsJoiningThemIsKept() throws IOException {
    SearchResponse r = search("q", "中小企業", "lang", "en", "size", "10");
    assertTrue(r.query().translations().stream()
        .anyMatch(e -> e.form().equals("中小企業") && e.also().contains("small and medium enterprise")),
        r.query().translations().toString());
    assertTrue(r.hits().stream().anyMatch(h -> h.text().contains("Improving productivity of SMEs through utilization of AI")),
        texts(r));
  }

  /**
   * The policies' 素養 is literacy, which CC-CEDICT does not say (accomplishment): the synonym list
   * gives it, both ways, so the strategy's "AI literacy of current teachers" and the report's 數位素養
   * find each other.
   */
  @Test
  void aPolicyWordTheDictionaryMistranslatesIsOnTheListWithItsEnglish() throws IOException {
    SearchResponse english = search("q", "素養", "lang", "en", "size", "10");
    assertTrue(english.hits().stream().anyMatch(h -> h.text().contains("AI literacy of current teachers")), texts(english));
    SearchResponse chinese = search("q", "literacy", "lang", "zh", "size", "10");
    assertTrue(chinese.hits().stream().anyMatch(h -> h.text().contains("數位素養")), texts(chinese));
    // Japan's strategy writes human resources where Japanese writes 人材 and Chinese 人才.
    // CC-CEDICT's 醫療 is only "medical treatment", which the strategy writes once; "medical care" 25 times.
    SearchResponse medical = search("q", "醫療", "lang", "en", "size", "10");
    assertTrue(medical.hits().stream().filter(h -> h.text().toLowerCase().contains("medical care")).count() >= 5,
        texts(medical));
    // Taiwan's 智慧 is the mainland's 智能, smart (智慧農業: the strategy's smart agriculture).
    SearchResponse smart = search("q", "智慧", "lang", "en", "size", "5");
    assertTrue(smart.hits().stream().filter(h -> h.text().toLowerCase().contains("smart")).count() >= 3, texts(smart));
    SearchResponse talent = search("q", "人才", "lang", "en", "size", "10");
    assertTrue(talent.hits().stream().filter(h -> h.text().toLowerCase().contains("human resources")).count() >= 5,
        texts(talent));
  }

  /** A long form has a stop word more where a footnote writes it out: "…, Art, and Mathematics" is STEAM. */
  @Test
  void anAbbreviationFindsItsLongFormWithAStopWordMore() throws IOException {
    SearchResponse r = search("q", "STEAM", "size", "50");
    assertTrue(r.hits().stream().anyMatch(h -> h.text().contains("Science, Technology, Engineering, Art, and Mathematics")),
        texts(r));
  }

  /**
   * A glossary row spells an abbreviation out, which says what it is: "What is STEAM?" wants the row
   * "STEAM Science, Technology, Engineering, Art, Mathematics" before the passages that use STEAM most,
   * or the footnote on "STEAM education⁸", which says the same at length (NoteSubjects).
   */
  @Test
  void anAbbreviationSpelledOutAnswersWhatItIs() throws IOException {
    for (String question : List.of("What is STEAM?", "STEAM 教育指的是什麼？")) {
      SearchResponse r = search("q", question, "size", "3");
      String first = r.hits().get(0).text();
      assertTrue(first.contains("STEAM Science, Technology, Engineering, Art, Mathematics")
          || first.startsWith("8 Cross-disciplinary education") && first.contains("Engineering, Art, and Mathematics"),
          question + ": " + texts(r));
    }
  }

  /** CC-CEDICT's "extinguish a fire" (灭火) finds "extinguish fires": a sense's article need not be in the text. */
  @Test
  void aSenseFindsItsWordsWithoutTheArticleBetweenThem() throws IOException {
    SearchResponse r = search("q", "灭火", "lang", "en", "size", "3");
    assertTrue(r.hits().stream().anyMatch(h -> h.text().contains("multiple robots work together to extinguish fires")), texts(r));
  }

  /** 战略 before 投资 is the English text's "strategic", which the stemmer does not reach from "strategy". */
  @Test
  void aWordModifyingTheNextFindsTheEnglishAdjective() throws IOException {
    SearchResponse r = search("q", "战略投资", "lang", "en", "size", "3");
    assertTrue(r.hits().stream().anyMatch(h -> h.text().contains("strategic investments")), texts(r));
  }

  /**
   * The strategy's bullets do not repeat the topic their section title names: a question on the
   * role sharing of the public and private sectors finds the bullet under "(F) Role Sharing Between
   * Public and Private Sectors", whose text says only "Development of human resources…".
   */
  @Test
  void anEnglishPassagesSectionTitleCountsForItsWords() throws IOException {
    SearchHit first = search("q", "公私部门角色分工中，日本如何培养包括外国劳工在内的人力资源？", "size", "3").hits().get(0);
    assertTrue(first.text().contains("Development of human resources including domestic and foreign workers"), first.text());
  }

  @Test
  void theMainlandsZheFindsTaiwansAndTheOtherWayRound() throws IOException {
    // The report writes 著重 and 隨著; mainland readers type 着重 and 随着. The proposal writes 着力.
    SearchResponse simplified = search("q", "\"着重\"", "size", "100");
    assertEquals(search("q", "\"著重\"", "size", "100").total(), simplified.total());
    assertTrue(simplified.total() >= 4, simplified.total() + " passages");
    assertTrue(simplified.hits().stream().allMatch(h -> h.text().contains("著重") || h.text().contains("着重")));
    SearchHit proposal = search("q", "\"著力提高低收入群體收入\"", "size", "1").hits().get(0);
    assertTrue(proposal.text().contains("着力提高低收入群体收入"), proposal.text());
    // The report's 藉助 and 藉此 are the mainland's 借助 and 借此.
    assertTrue(search("q", "\"借助\"", "size", "10").hits().stream().anyMatch(h -> h.text().contains("藉助")));
    // 顯著 stays 顯著: 着 does not find it.
    assertTrue(search("q", "\"显着\"", "size", "100").hits().stream().noneMatch(h -> h.text().contains("顯著")));
  }

  @Test
  void aNameCarryingAFootnoteMarkIsFound() throws IOException {
    // The English strategy prints "…conferences such as the IJCAI33 (FY 2020)" with a superscript 33.
    SearchHit first = search("q", "IJCAI", "size", "3").hits().get(0);
    assertTrue(first.text().contains("such as the IJCAI³³ (FY 2020)"), first.text());
    assertTrue(first.highlight().contains("<mark>IJCAI</mark>³³"), first.highlight());
    SearchHit sinet = search("q", "SINET", "size", "3").hits().get(0);
    assertTrue(sinet.text().contains("(SINET²⁴, etc.)"), sinet.text());
    // Pasted with its mark, quoted or not: the mark is a word break in the query too.
    SearchResponse pasted = search("q", "\"such as the IJCAI³³\"", "size", "3");
    assertFalse(pasted.hits().isEmpty());
    assertTrue(pasted.hits().get(0).text().contains("such as the IJCAI³³"), texts(pasted));
    assertEquals(search("q", "IJCAI", "size", "5").hits().stream().map(SearchHit::id).toList(),
        search("q", "IJCAI³³", "size", "5").hits().stream().map(SearchHit::id).toList());
  }

  @Test
  void textThatThePdfWroteWithKangxiRadicalsIsFound() throws IOException {
    List<SearchHit> hits = search("q", "生成", "lang", "ja", "size", "100").hits();
    assertTrue(hits.stream().anyMatch(h -> h.document().path().contains("論点整理")), "⽣成 in the 2023 PDF is found by 生成");
  }

  @Test
  void langFacetAndFilter() throws IOException {
    SearchResponse all = search("q", "AI", "size", "5");
    List<String> langs = all.facets().get("lang").stream().map(FacetValue::value).toList();
    assertTrue(langs.containsAll(List.of("zh-Hant", "zh-Hans", "ja", "en")), langs.toString());
    for (FacetValue v : all.facets().get("lang")) {
      assertEquals(v.count(), search("q", "AI", "lang", v.value()).total(), v.value());
    }
    for (SearchHit h : search("q", "AI", "lang", "ja", "size", "50").hits()) {
      assertEquals("ja", h.document().language());
    }
    long zh = search("q", "AI", "lang", "zh").total();
    assertEquals(zh, search("q", "AI", "lang", "zh-Hant").total() + search("q", "AI", "lang", "zh-Hans").total());
  }

  @Test
  void sourcesAreTaggedWithTheirCountryAndYear() throws IOException {
    for (SearchHit h : search("q", "compute", "lang", "en", "country", "CA", "size", "20").hits()) {
      assertTrue(h.document().path().contains("budget") || h.countries().contains("CA"));
    }
    SearchHit budget = search("q", "Strengthening Canada’s AI Advantage", "size", "1").hits().get(0);
    assertTrue(budget.countries().contains("CA") && budget.years().contains(2024), budget.countries() + " " + budget.years());
    SearchHit deck = search("q", "令和6年5月 AI戦略会議", "size", "1").hits().get(0);
    assertTrue(deck.years().contains(2024), deck.years().toString());
    assertTrue(deck.countries().contains("JP"));
  }

  /**
   * A document about its issuer's own country tags every passage with it: Japan's AI strategy on
   * collaboration with "Europe, the United States, Asia (Singapore, …)" is still Japan's policy,
   * kept by country=JP. The report, issued in Taiwan about three others, is not tagged Taiwan
   * where it does not call Taiwan its own.
   */
  @Test
  void everyPassageOfADocumentAboutItsIssuersCountryIsTaggedWithIt() throws IOException {
    SearchHit collaboration = search("q", "\"Strengthening collaboration with universities, research institutes\"",
        "size", "1").hits().get(0);
    assertTrue(collaboration.countries().containsAll(List.of("JP", "US", "SG")), collaboration.countries().toString());
    assertTrue(search("q", "\"Strengthening collaboration with universities, research institutes\"", "country", "JP")
        .total() > 0);
    SearchHit canadaChapter = search("q", "\"Protein Industries Cluster\"", "size", "1").hits().get(0);
    assertFalse(canadaChapter.countries().contains("TW"), canadaChapter.countries().toString());
  }

  @Test
  void aNewlyDroppedFileIsPickedUpByTheNextReindex(@TempDir Path tmp) throws Exception {
    Path corpus = tmp.resolve("corpus");
    TestCorpus.copy(TestCorpus.corpus().resolve("sources/ca/budget-2024-4.1-research-innovation-ai.txt"), corpus);
    Path index = tmp.resolve("index");
    Reindexer reindexer = new Reindexer(corpus, index, new TikaExtractor(), Tagger.standard());
    assertEquals(1, reindexer.run(false, ReindexListener.NONE).added());
    Files.createDirectories(corpus.resolve("new"));
    Files.writeString(corpus.resolve("new/メモ.md"), "# 人材育成メモ\n\n生成AIを活用した人材育成の取組を進める。\n", StandardCharsets.UTF_8);
    ReindexSummary second = reindexer.run(false, ReindexListener.NONE);
    assertEquals(1, second.added());
    assertEquals(1, second.unchanged());
    try (IndexService service = new IndexService(index, 0)) {
      Generation g = service.acquire().orElseThrow();
      try {
        SearchResponse r = SEARCHER.search(g, PARSER.parse(Map.of("q", List.of("人材育成"), "lang", List.of("ja"))));
        assertEquals(1, r.total());
        assertEquals("new/メモ.md", r.hits().get(0).document().path());
        assertEquals("ja", r.hits().get(0).document().language(), "detected without a sidecar");
      } finally {
        g.release();
      }
    }
  }

  /**
   * 我國 in the Taiwanese report is Taiwan, 我国 in the mainland proposal China: a query naming
   * Taiwan finds the report's recommendations "for our country" and none of the proposal's 我国,
   * and a query naming China finds the proposal's 我国.
   */
  @Test
  void aCountryNameAlsoFindsHowItsOwnDocumentsNameIt() throws IOException {
    SearchResponse response = search("q", "對台灣政府的建議", "size", "3");
    List<SearchHit> hits = response.hits();
    assertTrue(hits.stream().anyMatch(h -> h.text().contains("我國政府")), hits.get(0).text());
    // The response says so; a country no document was issued in (美國) is not listed.
    assertEquals(List.of(new SearchResponse.SelfReference("台灣", "TW", List.of("我國", "我国", "我が国", "わが国"))),
        response.query().selfReferences());
    assertTrue(search("q", "美國 人才").query().selfReferences().isEmpty());
    String proposal = "sources/cn/中共中央关于制定十四五规划和二〇三五年远景目标的建议-2020.txt";
    List<SearchHit> taiwan = search("q", "台灣", "doc", proposal, "size", "100").hits();
    assertFalse(taiwan.isEmpty());
    assertTrue(taiwan.stream().allMatch(h -> h.text().contains("台湾")), taiwan.get(0).text());
    List<SearchHit> china = search("q", "中国", "doc", proposal, "size", "100").hits();
    assertTrue(china.stream().anyMatch(h -> h.text().contains("我国") && !h.text().contains("中国")));
    // Leaving Taiwan out leaves out the report's 我國 too.
    List<SearchHit> without = search("q", "人才培育 建議 -台灣", "size", "100").hits();
    assertFalse(without.isEmpty());
    assertTrue(without.stream().noneMatch(h -> h.text().contains("我國")), without.get(0).text());
  }

  /**
   * The names list pairs the report's Chinese names with their English and Japanese ones, which no
   * passage gives: "Beijing Consensus" finds the report's 北京共識, and the report's IT 護照 the
   * English strategy's IT Passport Exam. Each response says what it also searched.
   */
  @Test
  void aNameFindsItsPassagesInTheOtherLanguages() throws IOException {
    SearchResponse consensus = search("q", "Beijing Consensus");
    assertTrue(consensus.hits().stream().limit(3).anyMatch(h -> h.text().contains("北京共識")), texts(consensus));
    assertTrue(consensus.query().abbreviations().stream()
        .anyMatch(e -> e.form().equals("Beijing Consensus") && e.also().contains("北京共識")));
    assertTrue(consensus.hits().get(0).highlight().contains("<mark>"), consensus.hits().get(0).highlight());

    // Quoted, a name still matches its other names, as a quoted word matches its synonyms.
    // It finds what the quoted Chinese name finds (passages and list items under its heading).
    SearchResponse quoted = search("q", "\"Beijing Consensus\"", "size", "50");
    SearchResponse quotedChinese = search("q", "\"北京共識\"", "size", "50");
    assertFalse(quoted.hits().isEmpty());
    assertEquals(quotedChinese.hits().stream().map(h -> h.id()).sorted().toList(),
        quoted.hits().stream().map(h -> h.id()).sorted().toList());
    assertTrue(quoted.query().abbreviations().stream().anyMatch(e -> e.form().equals("Beijing Consensus")));

    SearchResponse passport = search("q", "IT 護照", "size", "10");
    assertTrue(passport.hits().stream().anyMatch(h -> h.text().contains("IT Passport Exam")), texts(passport));
    assertTrue(passport.hits().stream().anyMatch(h -> h.text().contains("IT 護照")), texts(passport));

    // Japan's institute, written in katakana, and Canada's, in English, under one name.
    SearchResponse safety = search("q", "AI Safety Institute", "size", "5");
    assertTrue(safety.hits().stream().anyMatch(h -> h.text().contains("AIセーフティ・インスティテュート")), texts(safety));
    assertTrue(safety.hits().stream().anyMatch(h -> h.text().contains("AI Safety Institute of Canada")), texts(safety));

    // Terms Japanese writes in kana: デジタル人材 finds the report's 數位人才, and back.
    SearchResponse japanese = search("q", "デジタル人材", "doc", "國際AI創新培育模式研究報告.pdf");
    assertFalse(japanese.hits().isEmpty());
    assertTrue(japanese.hits().get(0).text().contains("數位人才"), japanese.hits().get(0).text());
    SearchResponse chinese = search("q", "數位人才 育成 確保");
    assertTrue(chinese.hits().stream().limit(3).anyMatch(h -> h.text().contains("デジタル人材")), texts(chinese));

    // Before the list, "14th Five-Year Plan" matched nothing in the report.
    SearchResponse plan = search("q", "14th Five-Year Plan", "doc", "國際AI創新培育模式研究報告.pdf");
    assertFalse(plan.hits().isEmpty());
    assertTrue(plan.hits().get(0).text().contains("十四五"), plan.hits().get(0).text());
  }

  /**
   * A word counts as present when a field holds the pieces its analyzer cuts it into, in order.
   * SmartCN cuts the Japanese 育成 and 施策 into single characters; when any one of them counted,
   * item 31 of the 14th Five-Year Plan proposal (on urbanisation, with 成, 施 and 策 in other words)
   * had "most of the words" and ranked 2nd for a Japanese query on training digital talent. And
   * 軟硬體 (hardware and software) holds the pieces of 軟體, but not the word.
   */
  @Test
  void aWordNeedsItsPiecesInOrder() throws IOException {
    SearchResponse r = search("q", "デジタル人材 育成 施策", "size", "20");
    assertTrue(r.hits().get(0).text().contains("人材育成") || r.hits().get(0).text().contains("人材の育成"), texts(r));
    assertTrue(r.hits().stream().limit(10).noneMatch(h -> h.text().contains("新型城镇化")), texts(r));

    // 事業者 is 事业 and 者 to SmartCN: the suffix stays with its word, or any passage with a 者
    // (工作者, 高齡者) and 指引 (the names list's ガイドライン) had "most of the words".
    SearchResponse business = search("q", "AI事業者ガイドライン", "size", "100");
    assertTrue(business.hits().get(0).text().contains("AI事業者ガイドライン"), texts(business));
    SearchHit consensus = business.hits().stream().filter(h -> h.text().contains("教育指引文件")).findFirst().orElseThrow();
    assertFalse(consensus.mostWords(), consensus.text());

    SearchResponse software = search("q", "软件 人才 培养", "size", "100");
    SearchHit hardwareAndSoftware = software.hits().stream().filter(h -> h.text().contains("軟硬體配置")).findFirst().orElseThrow();
    assertFalse(hardwareAndSoftware.mostWords(), hardwareAndSoftware.text());
  }

  /** The interim summary writes ディープ・フェイク; the question types it without the dot. */
  @Test
  void aKatakanaCompoundIsFoundWithOrWithoutItsMiddleDot() throws IOException {
    SearchResponse r = search("q", "ディープフェイクにどう対処するのか？", "size", "3");
    assertTrue(r.hits().stream().anyMatch(h -> h.text().contains("ディープ・フェイクを検知する技術")), texts(r));
  }

  /**
   * Japanese names AI 人工知能 and its papers write AI: the synonym list links the word, and SmartCN,
   * which cuts it into 人工 知 能, must not lose the 能 as a modal verb.
   */
  @Test
  void theJapaneseWordForAiFindsWhatTheChineseOneFinds() throws IOException {
    SearchResponse japanese = search("q", "人工知能", "lang", "ja", "size", "3");
    SearchResponse chinese = search("q", "人工智慧", "lang", "ja", "size", "3");
    assertTrue(chinese.total() > 10, texts(chinese));
    assertEquals(chinese.total(), japanese.total(), texts(japanese));
    assertTrue(japanese.hits().stream().allMatch(h -> h.text().contains("AI")), texts(japanese));
  }

  /**
   * The synonym list reaches the Japanese text too, in Kuromoji's words: 人才 finds the Japanese
   * passages that write 人材, marked (it found 4 of their 10, by their headings, and marked none),
   * 美國 those that write 米国, and 人才培育 those on 人材育成 (none before). 加拿大, which Kuromoji
   * cuts 加 拿 大, is カナダ or those three in a row: no Japanese passage names Canada, and it had
   * found ten by their 大.
   */
  @Test
  void aChineseWordOfTheSynonymListFindsTheJapaneseWordInJapaneseText() throws IOException {
    SearchResponse talent = search("q", "人才", "lang", "ja", "size", "20");
    assertEquals(10, talent.total(), texts(talent));
    // Nine write it in their text, where it is marked; the tenth in its heading.
    List<SearchHit> writing = talent.hits().stream().filter(h -> h.text().contains("人材")).toList();
    assertEquals(9, writing.size(), texts(talent));
    assertTrue(writing.stream().allMatch(h -> h.highlight().contains("<mark>人材")), texts(talent));
    SearchResponse us = search("q", "美國", "lang", "ja", "size", "20");
    assertTrue(us.total() >= 7 && us.hits().stream().allMatch(h -> h.text().contains("米国")), texts(us));
    SearchResponse training = search("q", "人才培育", "lang", "ja", "size", "20");
    assertTrue(training.total() >= 6, texts(training));
    assertTrue(training.hits().stream().allMatch(h -> (h.text() + h.location().headings()).contains("人材育成")), texts(training));
    // 人工智慧 (人工 智慧 to Kuromoji) is one word there too, found and marked as the papers write it: AI.
    SearchResponse ai = search("q", "人工智慧", "lang", "ja", "size", "20");
    assertTrue(ai.hits().stream().allMatch(h -> h.highlight().contains("<mark>AI</mark>")), texts(ai));
    assertEquals(0, search("q", "加拿大", "lang", "ja").total());
  }

  /** とは何ですか are six single kana to SmartCN, which every Japanese passage has: they must not outweigh the name. */
  @Test
  void aNameAskedAboutInJapaneseIsFoundAsTyped() throws IOException {
    SearchResponse asked = search("q", "BYODとは何ですか？", "size", "3");
    assertTrue(asked.hits().get(0).text().contains("BYOD"), texts(asked));
  }

  /**
   * A question word between the content words (北京コンセンサス にはどのような 項目) is the question's
   * own grammar: its kana bigrams (どの, のよ, よう) must not find the Japanese passages that say
   * どのような, above the report's passages on the 北京共識 it asks about.
   */
  @Test
  void aJapaneseQuestionWordBetweenTheWordsIsNotSearched() throws IOException {
    SearchResponse asked = search("q", "北京コンセンサスにはどのような項目が含まれていますか？", "size", "3");
    assertEquals(3, asked.hits().size(), texts(asked));
    assertTrue(asked.hits().stream().allMatch(h -> h.text().contains("北京共識")), texts(asked));
  }

  /**
   * Japanese writes most country names in katakana or its own characters (カナダ, 米国, シンガポール):
   * a Japanese query finds the report's 加拿大 and 新加坡, and a Japanese passage naming 米国 is
   * tagged US.
   */
  @Test
  void aCountryAsJapaneseWritesItFindsTheChineseNameAndTagsThePassage() throws IOException {
    SearchResponse papers = search("q", "カナダのAI論文数 2019年", "size", "3");
    assertTrue(papers.hits().get(0).text().contains("2019 年加拿大發表 2,054 篇 AI 論文"), texts(papers));
    SearchResponse singapore = search("q", "シンガポール", "size", "5");
    assertTrue(singapore.total() > 0 && singapore.hits().stream().allMatch(h -> h.text().contains("新加坡")), texts(singapore));
    SearchHit us = search("q", "米国ＡＩイニシアチブ", "size", "1").hits().get(0);
    assertTrue(us.text().contains("米国") && us.countries().contains("US"), us.countries() + " " + us.text());
  }

  /**
   * SmartCN keeps a katakana compound whole (エコシステムレポート, サプライチェーン・クラスター): the
   * loanwords the names list pairs with the report's Chinese are found inside it where Kuromoji
   * cuts it, and searched for in Chinese.
   */
  @Test
  void theLoanwordsOfAKatakanaCompoundFindTheReportsWords() throws IOException {
    SearchResponse report = search("q", "カナダのAIエコシステムレポート", "size", "3");
    assertTrue(report.query().abbreviations().stream().map(e -> e.form()).toList()
        .containsAll(List.of("エコシステム", "レポート")), report.query().abbreviations().toString());
    assertTrue(report.hits().get(0).text().contains("生態系"), texts(report));
    SearchResponse chains = search("q", "カナダのAIサプライチェーン・クラスターはどこにありますか？", "size", "3");
    assertTrue(chains.hits().stream().anyMatch(h -> h.text().contains("供應鏈") && h.text().contains("魁北克")), texts(chains));
  }

  /**
   * A katakana word the Japanese files write often is paired with the report's Chinese word on the
   * names list (オープン, 開放): a Japanese query finds the report's 開放資料集.
   */
  @Test
  void aLoanwordTheJapaneseFilesWriteFindsTheReportsWord() throws IOException {
    SearchResponse data = search("q", "カナダ オープンデータ 数", "size", "3");
    assertTrue(data.query().abbreviations().stream().anyMatch(e -> e.form().equals("オープン")),
        data.query().abbreviations().toString());
    assertTrue(data.hits().get(0).text().contains("開放資料集"), texts(data));
  }

  /**
   * A name's other form is looked for where the typed words are, headings included: the list of
   * the five clusters does not repeat 全球 AI 創新聚落計畫, its heading does, so the Japanese name
   * finds its items too (before, nothing of theirs matched it).
   */
  @Test
  void aNamesOtherFormIsLookedForInTheHeadingsToo() throws IOException {
    SearchResponse clusters = search("q", "グローバル・イノベーション・クラスター", "size", "30");
    assertTrue(clusters.hits().stream().anyMatch(h -> h.text().contains("蛋白質工業 (Protein Industries Cluster)")
        && !h.text().contains("創新聚落計畫")
        && String.join(" ", h.location().headings()).contains("全球 AI 創新聚落計畫")), texts(clusters));
  }

  /** A Japanese count (3つの, 6か国) is searched as the report writes it (三大, 六國); only before a counter. */
  @Test
  void aJapaneseCountIsSearchedAsChineseWritesIt() throws IOException {
    SearchResponse goals = search("q", "高等教育機関AIイノベーション行動計画の3つの戦略目標", "size", "3");
    assertTrue(goals.hits().get(0).text().contains("三大戰略目標"), texts(goals));
  }

  /**
   * A Japanese loanword is also the report's Chinese for it: コンセンサス is consensus to EDICT, 共识
   * to CC-CEDICT, and the report's 北京共識; a compound is its pieces in turn (首席科學家).
   */
  @Test
  void aJapaneseLoanwordFindsTheChineseWordForIt() throws IOException {
    SearchResponse consensus = search("q", "北京コンセンサスは教師についてどう述べていますか？", "size", "3");
    assertEquals(List.of(new SearchResponse.Expansion("コンセンサス", List.of("共识"))), consensus.query().loanwords());
    assertTrue(consensus.hits().stream().anyMatch(h -> h.highlight().contains("<mark>北京共識</mark>")), texts(consensus));
    SearchResponse chief = search("q", "Vector Instituteのチーフサイエンティストは誰ですか？", "size", "1");
    assertTrue(chief.hits().get(0).text().contains("Vector Institute 首席科學家 Geoffrey Hinton"), texts(chief));
    // A name in katakana that does not cut into listed words has none (ヒント + ン).
    assertTrue(search("q", "ヒントン", "size", "1").query().loanwords().isEmpty());
  }

  /** A footnote is about the term its mark follows, which it does not repeat ("27 On the Job Training" for OJT²⁷). */
  @Test
  void aFootnoteIsFoundByTheTermItsMarkFollows() throws IOException {
    SearchResponse ojt = search("q", "What is OJT?", "size", "3");
    assertTrue(ojt.hits().stream().anyMatch(h -> h.text().startsWith("27 On the Job Training")), texts(ojt));
    SearchResponse rpa = search("q", "RPAとは何ですか？", "size", "3");
    assertTrue(rpa.hits().stream().anyMatch(h -> h.text().startsWith("31 Robotic Process Automation")), texts(rpa));
    // A Chinese question about a term an English note defines: its words' English is the term.
    SearchResponse realWorld = search("q", "什么是\"真实世界产业\"？", "size", "1");
    assertTrue(realWorld.hits().get(0).text().startsWith("5 A generic term for industries"), texts(realWorld));
    // 什么意思 asks what it means: its 意思 (idea, opinion) is not searched.
    SearchResponse api = search("q", "API 是什么意思？", "size", "3");
    assertTrue(api.hits().stream().anyMatch(h -> h.text().startsWith("30 Application Programming Interface")), texts(api));
  }

  private static String texts(SearchResponse r) {
    return r.hits().stream().map(h -> h.text().substring(0, Math.min(60, h.text().length()))).toList().toString();
  }
}
