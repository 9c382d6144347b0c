package org.wenxian.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wenxian.TestCorpus;
import org.wenxian.index.PassageDocuments;
import org.wenxian.passage.Passage;
import org.wenxian.search.Generation;

/** Tags of the report's passages as indexed. */
class TaggingTest {
  private static final List<Passage> PASSAGES = new ArrayList<>();

  @BeforeAll
  static void load() throws IOException {
    Generation g = TestCorpus.shippedIndex().acquire().orElseThrow();
    try {
      var s = g.searcher();
      for (ScoreDoc d : s.search(new MatchAllDocsQuery(), s.getIndexReader().maxDoc()).scoreDocs) {
        PASSAGES.add(PassageDocuments.fromStored(s.storedFields(), d.doc));
      }
    } finally {
      g.release();
    }
  }

  private static Passage find(String text) {
    return PASSAGES.stream().filter(p -> p.text().contains(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no passage contains " + text));
  }

  @Test
  void everyPassageOfTheCanadaChapterIsTaggedCanada() {
    List<Passage> canada = PASSAGES.stream()
        .filter(p -> !p.headings().isEmpty() && p.headings().get(0).startsWith("第參章")).toList();
    assertTrue(canada.size() > 20);
    for (Passage p : canada) {
      assertTrue(p.countries().contains("CA"), p.text());
    }
  }

  /** The report's 我國 is its issuer's country (sidecar issuer_country TW): a tag, not what the passage is about. */
  @Test
  void ourCountryInTheReportIsTaggedTaiwan() {
    Passage p = find("針對我國政府的人才培育政策");
    assertTrue(p.countries().contains("TW"), p.countries().toString());
    Passage japan = find("我國政府可參考日本推行數位");
    assertTrue(japan.countries().contains("TW"), japan.countries().toString());
    assertEquals("JP", japan.primaryCountry());
  }

  /** A sidecar may name the issuer's country by code in any case or by name; an unknown one is no country. */
  @Test
  void theIssuersCountryIsResolvedAgainstTheVocabulary() {
    Tagger tagger = Tagger.standard();
    for (String written : List.of("TW", "tw", "臺灣", "台湾", "Taiwan")) {
      assertEquals("TW", tagger.issuerCountry(document(written)), written);
    }
    assertEquals(null, tagger.issuerCountry(document("Atlantis")));
    assertEquals(null, tagger.issuerCountry(document(null)));
  }

  private static org.wenxian.extract.SourceDocument document(String issuerCountry) {
    return new org.wenxian.extract.SourceDocument("d", "r.txt", "報告", "署", null, "2024", null, null, "zh-Hant", "report",
        null, null, List.of(), "text/plain", "x", "sidecar", null, issuerCountry);
  }

  @Test
  void aJapanPassageThatIsOnlyAboutJapanIsNotTaggedChina() {
    Passage p = find("2018 年 6 月發佈之《綜合創新戰略》從基礎研究、社會實踐到國際拓展");
    assertTrue(p.countries().contains("JP"));
    assertFalse(p.countries().contains("CN"), p.countries().toString());
    List<Passage> japan = PASSAGES.stream()
        .filter(p2 -> !p2.headings().isEmpty() && p2.headings().get(0).startsWith("第肆章")).toList();
    assertTrue(japan.stream().filter(p2 -> p2.countries().contains("CN")).count() <= 2,
        "Japan chapter leaks CN into passages that do not name it");
  }

  @Test
  void aConclusionComparingCountriesCarriesAllOfThem() {
    Passage p = find("在人才多樣性與減緩數位落差方面，以英國、日本和中國大陸為代表");
    assertTrue(p.countries().containsAll(List.of("GB", "JP", "CN")), p.countries().toString());
  }

  /**
   * Japan's AI strategy writes "the US" and Japanese writes 日米: both are the United States. "us" is
   * the pronoun, and "North America" is not the United States.
   */
  @Test
  void theUsAsWrittenAndInJapaneseCompoundsIsTheUnitedStates() {
    assertTrue(find("mainly based in the US and China").countries().contains("US"));
    assertTrue(find("security technology with the US and Europe").countries().contains("US"));
    assertTrue(find("AI for Scienceの日米連携枠組み").countries().contains("US"));
    Passage northAmerica = find("companies in North America and Europe");
    assertFalse(northAmerica.countries().contains("US"), northAmerica.countries().toString());

    Vocabulary countries = Vocabulary.countries();
    assertEquals(List.of("US"), countries.namedIn("US AI policy"));
    assertEquals(List.of("US"), countries.namedIn("AI policy of the United States"));
    assertEquals(List.of(), countries.namedIn("let us focus on AI"));
    assertEquals(List.of(), countries.namedIn("a USB port and a BONUS"));
    assertEquals(List.of(), countries.namedIn("Latin America"));
    assertEquals(List.of("CA", "US"), countries.namedIn("North America: Canada and America"));
  }

  @Test
  void aPassageBelongsToTheYearOfThePolicyItsSectionIsAbout() {
    // Under "四、 2019 年日本 AI 戰略", a passage that names no year of its own.
    Passage p = find("《2019 年日本 AI 戰略》包含四大戰略目標");
    assertTrue(p.years().contains(2019), p.years().toString());
    Passage roc = find("基於計畫前期 112 年已研究美國、英國、新加坡");
    assertTrue(roc.years().containsAll(List.of(2023, 2024)), roc.years().toString());
  }

  @Test
  void aSourceLinesDateIsNotAYearOfThePassage() {
    // Its figure's source line reads "資料來源：中國大陸官方資料，MIC 整理，2024 年 11 月".
    Passage tasks = find("建構安全高效智慧化基礎設施體系");
    assertTrue(tasks.captions().stream().anyMatch(c -> c.startsWith("資料來源") && c.contains("2024")), tasks.captions().toString());
    assertFalse(tasks.years().contains(2024), tasks.years().toString());
    // A table caption's year is what the table is about.
    assertTrue(find("與創新人才培育模式較為相關的指標為人才").years().contains(2023));
  }

  @Test
  void themesFollowWhatThePassageDiscusses() {
    // Continuing education for working adults, without the words 終身學習.
    Passage adults = find("一年培養 100 萬名社會人士學習 AI 及資料科學課程");
    assertTrue(adults.themes().contains("lifelong-learning"), adults.themes().toString());
    assertTrue(find("所謂「千人計畫」是中國大陸引進海外高層次人才的計畫").themes().contains("overseas-talent"));
    assertTrue(find("2. 蛋白質工業 (Protein Industries Cluster)").themes().contains("industry-clusters"));
    assertTrue(find("在全國 AI 競賽的作法上，以新加坡和中國大陸為代表").themes().contains("ai-competitions"));
    assertTrue(find("在設立智庫的作法上").themes().contains("think-tanks"));
    assertFalse(find("2. 蛋白質工業 (Protein Industries Cluster)").themes().contains("scholarships"));
  }

  @Test
  void aPassageIsPrimarilyAboutItsChaptersCountryAndDatedByTheEventsItReports() {
    Passage secondPhase = find("2022 年 6 月加拿大創新科學暨經濟發展部宣佈《泛加拿大 AI 戰略》已進入第二階段");
    assertTrue("CA".equals(secondPhase.primaryCountry()), secondPhase.primaryCountry());
    assertTrue(secondPhase.primaryYears().contains(2022), secondPhase.primaryYears().toString());
    // A period in the opening clause ("自 2017 年至 2022 年") does not date the passage.
    Passage period = find("第一期的加拿大《全球 AI 創新聚落計畫》自 2017 年至 2022 年");
    assertTrue(period.years().contains(2022));
    assertFalse(period.primaryYears().contains(2022), period.primaryYears().toString());
    // The only year a passage names dates it, with or without a month.
    Passage onlyYear = find("在 2022 年追加 7.5 億加幣支持五大創新聚落");
    assertEquals(List.of(2022), onlyYear.primaryYears());
    // A conclusion that compares countries is about none of them in particular.
    Passage comparison = find("在中國大陸，民間企業小米曾在兩軍會提案加強培養 AI 人才");
    assertTrue(comparison.countries().containsAll(List.of("CN", "CA")), comparison.countries().toString());
    assertTrue(comparison.primaryCountry() == null, comparison.primaryCountry());
    // A passage that opens with a theme is about it; one that mentions it further on is not.
    Passage outside = find("在外部攬才的作法上，重點推動高階 AI 人才引進力道");
    assertTrue(outside.primaryThemes().contains("overseas-talent"), outside.primaryThemes().toString());
    Passage timeline = find("中國大陸在 2016 年發佈十三五規劃");
    assertFalse(timeline.primaryThemes().contains("overseas-talent"), timeline.primaryThemes().toString());
  }

  /**
   * An edited vocabulary with a mistake is refused in one line that names the file and the place:
   * JSON that does not parse, and an entry without a field every entry needs. The shipped ones load.
   */
  @Test
  void aVocabularyWithAMistakeIsNamedWithThePlace() {
    IllegalArgumentException truncated = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Vocabulary.load("/vocabulary/truncated.json", "themes", "slug", "terms"));
    assertTrue(truncated.getMessage().startsWith("vocabulary src/main/resources/vocabulary/truncated.json is not JSON: "),
        truncated.getMessage());
    assertFalse(truncated.getMessage().contains("\n"), truncated.getMessage());
    IllegalArgumentException unlabelled = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Vocabulary.load("/vocabulary/no-english-label.json", "themes", "slug", "terms"));
    assertEquals("vocabulary src/main/resources/vocabulary/no-english-label.json, themes[1] has no \"label_en\"",
        unlabelled.getMessage());
    assertTrue(Vocabulary.themes().entries().size() >= 10 && Vocabulary.countries().entries().containsKey("TW"));
  }
}
