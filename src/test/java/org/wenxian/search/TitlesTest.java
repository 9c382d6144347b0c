package org.wenxian.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitlesTest {
  private static final Titles LIBRARY = Titles.of(Titles.namedIn(
      "2017 年發佈之《泛加拿大 AI 戰略》…《AI 戰略》與《2019 年日本 AI 戰略》…《AI》《5G》"));

  @Test
  void titlesAreReadFromTheirBrackets() {
    assertEquals(List.of("泛加拿大 AI 戰略", "AI 戰略", "2019 年日本 AI 戰略", "AI", "5G"),
        Titles.namedIn("2017 年發佈之《泛加拿大 AI 戰略》…《AI 戰略》與《2019 年日本 AI 戰略》…《AI》《5G》"));
  }

  @Test
  void aTitleIsFoundInEitherScriptAndSpacing() {
    assertEquals("《泛加拿大 AI 战略》有哪些政策目标？", LIBRARY.bracket("泛加拿大 AI 战略有哪些政策目标？"));
    assertEquals("《泛加拿大AI戰略》 第二階段", LIBRARY.bracket("泛加拿大AI戰略 第二階段"));
    assertEquals(List.of("泛加拿大 AI 戰略"), LIBRARY.readIn("泛加拿大AI战略 第二阶段"));
  }

  @Test
  void aTitleIsFoundInEitherVocabulary() {
    Titles report = Titles.of(List.of("新一代 AI 發展規劃", "全球 AI 創新聚落計畫"));
    assertEquals("《新一代人工智能发展规划》怎样推动智能经济？", report.bracket("新一代人工智能发展规划怎样推动智能经济？"));
    assertEquals("《全球AI创新聚落计划》 中小企业", report.bracket("全球AI创新聚落计划 中小企业"));
    assertEquals(List.of("新一代 AI 發展規劃"), report.readIn("新一代人工智慧發展規劃"));
  }

  @Test
  void theLongestTitleWinsAndBracketsAreLeftAlone() {
    assertEquals("《2019 年日本 AI 戰略》的教育目標", LIBRARY.bracket("2019 年日本 AI 戰略的教育目標"));
    assertEquals("《泛加拿大 AI 戰略》與《AI 戰略》", LIBRARY.bracket("《泛加拿大 AI 戰略》與AI 戰略"));
    assertEquals(List.of("泛加拿大 AI 戰略", "AI 戰略"), LIBRARY.readIn("《泛加拿大 AI 戰略》與AI 戰略"));
  }

  @Test
  void shortTitlesAreWordsOfTheirOwn() {
    assertEquals("AI 人才 5G", LIBRARY.bracket("AI 人才 5G"));
    assertEquals(3, LIBRARY.size());
  }

  /**
   * A title the library writes bare in more than five times as many passages as name it in brackets
   * is a phrase: typed bare it is not a title, typed in brackets it still is.
   */
  @Test
  void aTitleTheLibraryMostlyWritesAsAPhraseIsNotOneTypedBare() {
    List<String> texts = new java.util.ArrayList<>(List.of("新加坡《AI 技術》以舉辦 AI 競賽為主", "《泛加拿大 AI 戰略》第二階段"));
    for (int i = 0; i < 6; i++) {
      texts.add("強化 AI 技術的研發 " + i);
    }
    Titles library = Titles.of(List.of("AI 技術", "泛加拿大 AI 戰略"))
        .lessPhrases(java.util.Map.of("AI 技術", 1, "泛加拿大 AI 戰略", 1), texts);
    assertEquals(List.of(), library.readIn("日本在AI技术方面的竞争力如何？"));
    assertEquals(List.of("AI 技術"), library.readIn("《AI 技術》有哪些賽制？"));
    assertEquals(List.of("泛加拿大 AI 戰略"), library.readIn("泛加拿大AI战略有哪些目标？"));
    // Five passages to one is still a title.
    Titles five = Titles.of(List.of("AI 技術")).lessPhrases(java.util.Map.of("AI 技術", 1), texts.subList(0, 7));
    assertEquals(List.of("AI 技術"), five.readIn("AI 技術的競爭力"));
  }
}
