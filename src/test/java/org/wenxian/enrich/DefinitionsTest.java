package org.wenxian.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wenxian.TestCorpus;
import org.wenxian.extract.RunningHeaders;
import org.wenxian.extract.TikaExtractor;
import org.wenxian.passage.Passage;
import org.wenxian.passage.PassageSplitter;

/** The subjects the shipped report's passages define, and the clauses that define nothing. */
class DefinitionsTest {
  private static Map<String, List<String>> subjectsByText;

  @BeforeAll
  static void split() throws Exception {
    List<Passage> passages = PassageSplitter.split("report",
        RunningHeaders.strip(new TikaExtractor().extract(TestCorpus.report(), TestCorpus.REPORT)));
    subjectsByText = passages.stream().collect(Collectors.toMap(Passage::text, p -> Definitions.subjects(p.text()), (a, b) -> a));
  }

  private static List<String> subjectsOfThePassageWith(String text) {
    List<List<String>> found = subjectsByText.entrySet().stream().filter(e -> e.getKey().contains(text))
        .map(Map.Entry::getValue).toList();
    assertEquals(1, found.size(), "one passage of the report holds " + text);
    return found.get(0);
  }

  @Test
  void theReportsDefinitionsGiveTheirSubjects() {
    assertTrue(subjectsOfThePassageWith("IT 護照檢定是一項全國性考試").contains("IT 護照檢定"));
    assertTrue(subjectsOfThePassageWith("G 檢定是由深度學習協會負責舉辦").contains("G 檢定"));
    assertTrue(subjectsOfThePassageWith("GIGA 是「Global and Innovation Gateway for All」的縮寫").contains("GIGA"));
    // 所謂 and brackets are not part of the subject.
    assertTrue(subjectsOfThePassageWith("所謂「千人計畫」是中國大陸引進海外高層次人才的計畫").contains("千人計畫"));
    assertTrue(subjectsOfThePassageWith("所謂 K Program 是指在內閣府領導下設立").contains("K Program"));
    // 的基本定義 ends the subject as 是 does: the term defined ends it.
    assertTrue(subjectsOfThePassageWith("數位素養的基本定義是").stream().anyMatch(s -> s.endsWith("數位素養")),
        subjectsOfThePassageWith("數位素養的基本定義是").toString());
  }

  @Test
  void clausesWithoutACopulaDefineNothing() {
    // "IT 護照檢定的重要性在於…" says why it matters, not what it is.
    assertTrue(subjectsOfThePassageWith("IT 護照檢定的重要性在於").stream().noneMatch(s -> s.contains("IT 護照")));
    assertTrue(Definitions.subjects("DLRLSS 由 CIFAR、Mila 主辦，旨在培養下一代 AI 研究人員。").isEmpty());
    // 是否 asks; it does not define.
    assertTrue(Definitions.subjects("各國是否具備足夠的 AI 人才。").isEmpty());
  }

  @Test
  void japaneseAndEnglishDefinitions() {
    assertEquals(List.of("Responsible Deployment"),
        Definitions.subjects("Responsible Deployment（責任ある展開）という概念が広がっている。"));
    assertEquals(List.of("生成AI"), Definitions.subjects("生成AIとは、文章や画像を生成するAIである。"));
    // こと＋は is not とは.
    assertTrue(Definitions.subjects("日本語のデータを揃えることは重要である。").isEmpty());
    assertEquals(List.of("CIFAR"), Definitions.subjects("CIFAR is a Canadian research organization."));
    assertFalse(Definitions.subjects("The government is committed to AI.").contains("The government"));
    // An abbreviation spelled out, in a glossary row or in brackets, is said what it is.
    assertTrue(Definitions.subjects("SNS Social Networking Service STEAM Science, Technology, Engineering, Art, Mathematics")
        .contains("STEAM"));
    assertTrue(Definitions.subjects("1982 年成立加拿大先進研究所（Canadian Institute for Advanced Research, CIFAR）").contains("CIFAR"));
  }
}
