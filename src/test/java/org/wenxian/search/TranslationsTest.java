package org.wenxian.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;
import org.wenxian.index.Fields;

/** Golden senses of the CC-CEDICT list, and the English query a Chinese word makes. */
class TranslationsTest {
  private static final Translations CEDICT = Translations.cedict();

  @Test
  void aWordIsSearchedByItsFirstSensesInEitherScript() {
    assertEquals(List.of(new SearchResponse.Expansion("科研", List.of("research"))), CEDICT.english("科研"));
    // Taiwan's word, as CC-CEDICT has it (Tw).
    assertEquals(List.of(new SearchResponse.Expansion("資安", List.of("information security"))), CEDICT.english("資安"));
    assertEquals(CEDICT.of("數位"), CEDICT.of("数位"));
    // Taiwan's 計畫 is CC-CEDICT's variant of 計劃, without senses of its own: it has 計劃's.
    assertEquals(List.of("plan", "project", "program", "map out"), CEDICT.of("計畫"));
    assertTrue(CEDICT.of("人才").size() <= Translations.MAX_SENSES);
    assertEquals("talent", CEDICT.of("人才").get(0));
  }

  /** CC-CEDICT names a place with its kind ("Beijing municipality"): the name is what English writes. */
  @Test
  void aPlaceNamedWithItsKindIsSearchedByItsName() {
    assertEquals(List.of("Beijing"), CEDICT.of("北京"));
    assertEquals(List.of("Saskatchewan"), CEDICT.of("薩斯喀徹溫"));
    assertTrue(CEDICT.of("安大略省").contains("Ontario"), CEDICT.of("安大略省").toString());
    // Only a place's kind goes: the Chinese remainder theorem is not "Chinese".
    assertTrue(CEDICT.of("中國剩餘定理").isEmpty(), CEDICT.of("中國剩餘定理").toString());
  }

  @Test
  void aWordTheDictionaryLacksIsSearchedByItsPieces() {
    List<SearchResponse.Expansion> english = CEDICT.english("資料科學");
    assertEquals(List.of("资料", "科学"), english.stream().map(SearchResponse.Expansion::form).toList());
    assertTrue(english.get(0).also().contains("data") && english.get(1).also().contains("science"), english.toString());
  }

  @Test
  void singleCharactersLatinWordsAndUnknownWordsHaveNone() {
    assertTrue(CEDICT.english("年").isEmpty());
    assertTrue(CEDICT.english("AI").isEmpty());
    // Names CC-CEDICT does not have (the names list pairs them): their pieces are single characters.
    assertTrue(CEDICT.english("齊藤裕").isEmpty(), CEDICT.english("齊藤裕").toString());
    assertTrue(CEDICT.english("李嘉誠").isEmpty(), CEDICT.english("李嘉誠").toString());
  }

  /** A proper name's entry keeps the senses that are names: "Tokyo, capital of Japan" is Tokyo. */
  @Test
  void placesHaveTheirEnglishNames() {
    assertEquals(List.of("Africa"), CEDICT.of("非洲"));
    assertEquals(List.of("Europe"), CEDICT.of("歐洲"));
    assertEquals("Tokyo", CEDICT.of("東京").get(0));
    assertEquals(List.of("Toronto"), CEDICT.of("多伦多"));
    // A word's common senses come before its names.
    assertEquals(List.of("masses", "great bulk of the population", "popular", "Volkswagen"), CEDICT.of("大眾"));
  }

  /** A light verb's sense is also its object: the strategy accelerates R&D "with priority". */
  @Test
  void aLightVerbsSenseIsAlsoItsObject() {
    assertEquals(List.of("have priority", "take precedence", "priority", "precedence"), CEDICT.of("優先"));
    assertEquals(List.of("make better", "improve", "better"), CEDICT.of("改善"));
    assertEquals(List.of("accelerate", "speed up", "expedite"), CEDICT.of("加速"));
  }

  /**
   * A word right before another modifies it, and takes the adjective of its first sense: 社会问题 is
   * "social issues", 战略目标 "strategic goals". Alone, or before 的, it does not.
   */
  @Test
  void aWordModifyingTheNextTakesItsAdjective() {
    // 社会 问题 and 战略 目标, as SmartCN cuts them.
    assertEquals(java.util.Map.of("社会", List.of("social", "societal", "sociocultural")),
        CEDICT.ofModifiers("社会问题", List.of(new int[] {0, 2}, new int[] {2, 4})));
    assertEquals(List.of("strategic", "strategical"),
        CEDICT.inContext("战略目标", List.of(new int[] {0, 2}, new int[] {2, 4})).get("战略"));
    assertTrue(CEDICT.ofModifiers("社会的问题", List.of(new int[] {0, 2}, new int[] {3, 5})).isEmpty());
    assertTrue(CEDICT.ofModifiers("社会", List.of(new int[] {0, 2})).isEmpty());
  }

  /**
   * A word's first sense, a verb, is also its action's noun, which the stemmer does not reach (solv,
   * solut): 解决社会问题 is "solutions to social issues" as well. Not a noun the stemmer gives
   * already, not where the dictionary gives the word's noun itself (发展: development, so not
   * expansion), and not the nouns of its other senses (认为: believe, think, consider; not consideration).
   */
  @Test
  void aVerbsSenseIsAlsoItsNoun() {
    List<String> solve = CEDICT.english("解決").get(0).also();
    assertEquals(CEDICT.of("解決"), solve.subList(0, CEDICT.of("解決").size()));
    assertTrue(solve.contains("solution"), solve.toString());
    assertTrue(CEDICT.english("生產").get(0).also().contains("production"), CEDICT.english("生產").toString());
    assertEquals(CEDICT.of("認為"), CEDICT.english("認為").get(0).also());
    // construct and construction are one stem: 建设 has no noun added.
    assertEquals(CEDICT.of("建設"), CEDICT.english("建設").get(0).also());
    assertEquals(CEDICT.of("發展"), CEDICT.english("發展").get(0).also());
  }

  @Test
  void goldenEnglishQuery() {
    QueryBuilder builder = new QueryBuilder(Fields.queryAnalyzer());
    // Stemmed as the English text is; any sense, the best scoring; each piece required.
    assertEquals("+(text_en:research)", CEDICT.in(builder, Fields.TEXT_EN, "科研").toString());
    assertEquals("+(text_en:machin) +(text_en:learn | text_en:studi)", CEDICT.in(builder, Fields.TEXT_EN, "機器學習").toString());
  }
}
