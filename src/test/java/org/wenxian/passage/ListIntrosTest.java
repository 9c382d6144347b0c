package org.wenxian.passage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wenxian.TestCorpus;
import org.wenxian.extract.RunningHeaders;
import org.wenxian.extract.TikaExtractor;

/** A passage that carries on a list gets the sentence that introduced it; others get nothing. */
class ListIntrosTest {
  private static Passage passage(List<String> headings, String... lines) {
    return new Passage("x-" + Arrays.hashCode(lines), "x", 0, headings, 1, 1, "1", "1", String.join("\n", lines), List.of());
  }

  @Test
  void itemsCarryTheirListsIntroUntilTheListEnds() {
    List<String> section = List.of("第參章", "五、 全球 AI 創新聚落計畫 第二階段");
    List<Passage> passages = new ArrayList<>(List.of(
        passage(section, "AI 供應鏈已有成果。在第二階段的計畫中，AI 供應鏈設立四項發展願景，以下將簡要說明之："),
        passage(section, "1. 提升企業生產力：AI 是提高企業生產力的關鍵技術。"),
        passage(section, "2. 保持產業競爭優勢：計畫將支持產業冠軍。", "3. 吸引外國直接投資：實現願景將吸引大量外國資本。"),
        passage(section, "此外，計畫另有人才培育項目。"),
        passage(section, "4. 另一份清單的項目。"),
        passage(List.of("第肆章"), "1. 另一節的項目。")));
    List<String> intros = ListIntros.of(passages);
    String intro = "在第二階段的計畫中，AI 供應鏈設立四項發展願景，以下將簡要說明之：";
    assertNull(intros.get(0));
    assertEquals(intro, intros.get(1));
    assertEquals(intro, intros.get(2));
    // A paragraph that is not an item ends the list, and a new section starts afresh.
    assertNull(intros.get(3));
    assertNull(intros.get(4));
    assertNull(intros.get(5));
  }

  @Test
  void theReportsSupplyChainVisionsCarryTheirIntro() throws Exception {
    var doc = RunningHeaders.strip(new TikaExtractor().extract(TestCorpus.report(), TestCorpus.REPORT));
    List<Passage> passages = PassageSplitter.split("report", doc);
    List<String> intros = ListIntros.of(passages);
    int i = 0;
    while (!passages.get(i).text().startsWith("1. 提升企業生產力")) {
      i++;
    }
    assertTrue(intros.get(i).contains("AI 供應鏈設立四項發展願景"), intros.get(i));
    assertTrue(intros.get(i + 1).contains("AI 供應鏈設立四項發展願景"), passages.get(i + 1).text());
  }
}
