package org.wenxian.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.wenxian.TestCorpus;

/** Against the shipped library, which writes Society 5.0, GPT-4, TICAD7, FY 2019 (and once FY2025). */
class SpellingsTest {
  private static <T> T withLibrary(Function<Spellings, T> use) throws java.io.IOException {
    Generation g = TestCorpus.shippedIndex().acquire().orElseThrow();
    try {
      return use.apply(g.spellings());
    } finally {
      g.release();
    }
  }

  private static String searchedAs(String q) throws java.io.IOException {
    return withLibrary(s -> s.read(q).text());
  }

  @Test
  void aSpellingNoPassageUsesIsSearchedAsTheOneThePassagesUse() throws Exception {
    assertEquals("Society 5.0 的目標", searchedAs("Society5.0 的目標"));
    assertEquals("TICAD7 Yokohama", searchedAs("TICAD 7 Yokohama"));
    assertEquals("GPT-4 圖片解析", searchedAs("GPT4 圖片解析"));
    assertEquals("Society 5.0", searchedAs("Ｓｏｃｉｅｔｙ５.０"), "full-width as half-width");
    assertEquals(List.of(new Spellings.Respelling("Society5.0", "Society 5.0"), new Spellings.Respelling("GPT 4", "GPT-4")),
        withLibrary(s -> s.read("Society5.0 GPT 4 GPT-4").respelled()));
  }

  @Test
  void aNameLeftOutIsLeftOutWholeAndQuotesAreKept() throws Exception {
    assertEquals("教育 -\"Society 5.0\" NOT \"Society 5.0\"", searchedAs("教育 -Society5.0 NOT Society5.0"));
    assertEquals("\"Society 5.0 的目標\"", searchedAs("\"Society5.0 的目標\""));
  }

  @Test
  void theSpellingMostPassagesUseWins() throws Exception {
    assertEquals("society 5.0 gpt-4", searchedAs("society 5.0 gpt-4"), "in any case");
    // One English passage writes FY2025 joined, eleven FY 2025 apart.
    assertEquals("FY 2025 FY 2019", searchedAs("FY2025 FY2019"));
  }

  /** The report writes GIGA School apart and Pan-Canadian hyphenated; the Chinese word field keeps a compound whole. */
  @Test
  void aHyphenatedCompoundIsSearchedAsThePassagesWriteIt() throws Exception {
    assertEquals("GIGA School 策略", searchedAs("GIGA-School 策略"));
    assertEquals("Pan-Canadian AI", searchedAs("Pan-Canadian AI"));
    assertEquals("日本 -\"GIGA School\"", searchedAs("日本 -GIGA-School"));
    assertEquals(List.of(new Spellings.Respelling("GIGA-School", "GIGA School")),
        withLibrary(s -> s.read("GIGA-School").respelled()));
    assertEquals("AI-Strategy-2019", searchedAs("AI-Strategy-2019"), "a compound with a number is a name's spelling");
  }

  @Test
  void onlyTheFirstNamesOfAQueryAreRespelled() throws Exception {
    assertEquals("Society 5.0 ".repeat(Spellings.MAX_NAMES) + "GPT4",
        searchedAs("Society5.0 ".repeat(Spellings.MAX_NAMES) + "GPT4"));
  }

  @Test
  void namesTheLibraryDoesNotHaveAndOtherWordsAreLeftAlone() throws Exception {
    // A1: "A 1" is in many passages to the English analysis, which drops "a"; that is no spelling of A1.
    for (String q : List.of("Web3 生態系", "COVID-19", "2019 年 AI 戰略", "5G", "AI 人才", "Society", "AI4Good 計畫", "A1 級")) {
      assertEquals(q, searchedAs(q));
      assertEquals(List.of(), withLibrary(s -> s.read(q).respelled()));
    }
  }
}
