package org.wenxian.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the heading fields index, and which sections count as summaries. */
class FieldsTest {
  @Test
  void headingNumbersAreNotIndexedAsWords() {
    assertEquals("全球 AI 創新聚落計畫 第二階段", Fields.headingTitle("五、 全球 AI 創新聚落計畫 第二階段"));
    assertEquals("中國大陸 AI 人才培育政策", Fields.headingTitle("第貳章 中國大陸 AI 人才培育政策"));
    assertEquals("小結", Fields.headingTitle("第二節 小結"));
    assertEquals("《AI 與教育北京共識》面面俱到規劃人才培育作法", Fields.headingTitle("（二）《AI 與教育北京共識》面面俱到規劃人才培育作法"));
    assertEquals("《加拿大 AI 主席計畫》", Fields.headingTitle("1. 《加拿大 AI 主席計畫》"));
    assertEquals("Talent and research", Fields.headingTitle("2.1 Talent and research"));
    // Numbers that belong to the title stay.
    assertEquals("2019 年日本 AI 戰略", Fields.headingTitle("2019 年日本 AI 戰略"));
    assertEquals("Society 5.0", Fields.headingTitle("Society 5.0"));
    assertEquals("第十四個五年規劃和 2035 年遠景目標綱要", Fields.headingTitle("四、 第十四個五年規劃和 2035 年遠景目標綱要"));
  }

  @Test
  void summaryAndConclusionSectionsAreRecognised() {
    assertTrue(Fields.inSummary(List.of("第參章 加拿大 AI 人才培育政策", "第二節 小結", "（一）培育下一代 AI 人才")));
    assertTrue(Fields.inSummary(List.of("第五章 結論")));
    assertTrue(Fields.inSummary(List.of("6. Conclusions")));
    assertFalse(Fields.inSummary(List.of("第參章 加拿大 AI 人才培育政策", "第一節 加拿大歷年政策盤點與研析")));
    assertFalse(Fields.inSummary(List.of("第陸章 附錄")));
  }

  @Test
  void documentDatesSortAsNumbers() {
    org.junit.jupiter.api.Assertions.assertEquals(20240526L, PassageDocuments.sortableDate("2024-05-26"));
    org.junit.jupiter.api.Assertions.assertEquals(20240500L, PassageDocuments.sortableDate("2024-05"));
    org.junit.jupiter.api.Assertions.assertEquals(20190000L, PassageDocuments.sortableDate("2019"));
    // A month without a day sorts before every day of it; no date sorts last when the newest come first.
    org.junit.jupiter.api.Assertions.assertTrue(PassageDocuments.sortableDate("2024-05") < PassageDocuments.sortableDate("2024-05-01"));
    org.junit.jupiter.api.Assertions.assertEquals(0L, PassageDocuments.sortableDate(null));
    org.junit.jupiter.api.Assertions.assertEquals(0L, PassageDocuments.sortableDate("令和6年5月"));
  }
}
