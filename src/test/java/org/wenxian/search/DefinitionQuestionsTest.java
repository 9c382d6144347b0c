package org.wenxian.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Questions that ask what something is, and the passages over the shipped report that say. */
class DefinitionQuestionsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "什麼是數位素養？ | 數位素養",
    "什么是数字素养? | 数字素养",
    "數位素養是什麼？ | 數位素養",
    "何謂產業聚落 | 產業聚落",
    "數位素養的定義 | 數位素養",
    "《泛加拿大 AI 戰略》是什麼？ | 泛加拿大 AI 戰略",
    "ITパスポート試験とは何ですか？ | ITパスポート試験",
    "DLRLSSとは？ | DLRLSS",
    "What is the IT Passport? | IT Passport",
    "what are GFlowNets | GFlowNets"
  })
  void aDefinitionQuestionGivesWhatItAsksAbout(String q, String subject) {
    assertEquals(subject, DefinitionQuestions.subject(q));
  }

  /** A question about an attribute of the thing, or any other question, asks no definition. */
  @ParameterizedTest
  @ValueSource(strings = {"《加拿大 AI 主席計畫》的目的是什麼？", "日本の AI 戦略の目標とは何ですか？", "What is the budget of CIFAR?",
      "中國大陸如何引進外部 AI 人才？", "數位素養 定義", "IT 護照", "日本語のデータを揃えることは",
      "什麼是？", "是什麼？？", "「」とは何ですか",
      "Plan 中國 齊藤裕 Global 高等教育機構 李嘉誠 Amii School Innovation 十四五規劃 GIGA 人工智慧 是什麼"})
  void otherQuestionsAskNoDefinition(String q) {
    assertNull(DefinitionQuestions.subject(q));
  }

  /**
   * The passage that says what the thing is comes first, not the one that names it most often:
   * "數位素養是什麼？" had the definition third, "IT 護照是什麼？" the passage on why the test matters
   * first and the one saying what it is third.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "數位素養是什麼？ | 數位素養的基本定義是「具備數位工具的使用能力",
    "什么是数字素养？ | 數位素養的基本定義是「具備數位工具的使用能力",
    "IT 護照是什麼？ | IT 護照檢定是一項全國性考試",
    "What is the IT Passport? | IT 護照檢定是一項全國性考試",
    "ITパスポート試験とは何ですか？ | IT 護照檢定是一項全國性考試",
    "什麼是 GIGA？ | GIGA 是「Global and Innovation Gateway for All」的縮寫",
    "G 檢定是什麼？ | G 檢定是由深度學習協會負責舉辦"
  })
  void thePassageThatSaysWhatItIsComesFirst(String q, String expected) throws IOException {
    List<SearchHit> hits = QualityExamplesTest.top(q, 3);
    assertTrue(hits.get(0).text().contains(expected),
        q + " → " + hits.stream().map(h -> h.text().substring(0, Math.min(40, h.text().length()))).toList());
  }

  /**
   * Many words before 是什麼, each with synonyms, once made the defining phrase more clauses than
   * Lucene takes, and the search a 500: such a query is searched, and its words are found.
   */
  @Test
  void aLongQueryEndingInWhatIsIsSearched() throws IOException {
    String q = "Plan 中國 齊藤裕 Global 高等教育機構 李嘉誠 Amii School Innovation 高等教育機構 十四五規劃 GIGA \"人工智慧 AI\" "
        + "加拿大 AI Artificial GIGA 十四五規劃 人工智慧 如何 Cluster New Program Program -Cluster CIFAR 的 IPA Plan "
        + "Intelligence Artificial 人才 Amii Innovation \"十四五規劃 Vector\" New Innovation \"如何 Intelligence\" Program "
        + "人才 Vector 創新行動計劃 GIGA 是什麼";
    List<SearchHit> hits = QualityExamplesTest.top(q, 3);
    assertTrue(hits.stream().anyMatch(h -> h.text().contains("高等教育機構")),
        hits.stream().map(h -> h.text().substring(0, Math.min(40, h.text().length()))).toList().toString());
    // Short enough to be a term, and each word with synonyms: the phrase keeps them within a bound.
    String dense = "人工智慧 數位 資訊 軟體 網路 人工智慧 數位 資訊 軟體 網路是什麼？";
    assertEquals("人工智慧 數位 資訊 軟體 網路 人工智慧 數位 資訊 軟體 網路", DefinitionQuestions.subject(dense));
    assertTrue(QualityExamplesTest.top(dense, 3).get(0).text().contains("數位"));
  }

  /** A Chinese subject is also the English its words' senses say, one word each, when every word has one. */
  @Test
  void aChineseSubjectIsAlsoItsEnglish() {
    org.junit.jupiter.api.Assertions.assertTrue(DefinitionQuestions.inEnglish("真實世界產業").contains("real world industry"),
        DefinitionQuestions.inEnglish("真實世界產業").toString());
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("research"), DefinitionQuestions.inEnglish("科研"));
    // Not a Japanese or mixed subject, nor one whose words are not all in the dictionary.
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), DefinitionQuestions.inEnglish("ITパスポート試験"));
    org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), DefinitionQuestions.inEnglish("齊藤裕"));
  }
}
