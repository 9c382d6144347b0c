package org.wenxian.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wenxian.TestCorpus;
import org.wenxian.passage.Passage;
import org.wenxian.passage.PassageSplitter;

/** Extraction of the shipped PDF: pages, running header and footer, line joining. */
class PdfExtractionTest {
  private static ExtractedDocument doc;
  private static List<Passage> passages;

  @BeforeAll
  static void extract() throws Exception {
    doc = RunningHeaders.strip(new TikaExtractor().extract(TestCorpus.report(), TestCorpus.REPORT));
    passages = PassageSplitter.split("report", doc);
  }

  @Test
  void everyPageIsNumberedAndLabelledByItsPrintedFooter() {
    assertEquals(32, doc.pages().size());
    for (int i = 0; i < doc.pages().size(); i++) {
      Page page = doc.pages().get(i);
      assertEquals(i + 1, page.number());
      // This PDF prints the physical page number in its footer.
      assertEquals(String.valueOf(i + 1), page.label(), "label of page " + page.number());
    }
  }

  @Test
  void knownPassagesCarryTheirPages() {
    assertEquals(12, pageOf("蛋白質工業 (Protein Industries Cluster)"));
    assertEquals(5, pageOf("在外部攬才的作法上，重點推動高階 AI 人才引進力道"));
    assertEquals(4, pageOf("中國大陸國務院於 2017 年 7 月 20 日發佈《新一代 AI 發展規劃》"));
  }

  @Test
  void runningHeaderAndPageNumberFooterAreGone() {
    for (Page page : doc.pages()) {
      for (Line line : page.lines()) {
        String squeezed = line.text().replaceAll("\\s+", "");
        assertFalse(squeezed.equals("國際AI創新培育模式研究報告"), "running header left on page " + page.number());
      }
      if (!page.lines().isEmpty()) {
        String last = page.lines().get(page.lines().size() - 1).text().strip();
        assertFalse(last.matches("\\d{1,3}"), "page number footer left on page " + page.number());
      }
    }
    for (Passage p : passages) {
      assertFalse(p.text().contains("國際 AI 創新培育模式研究報告國際"), p.id());
      assertFalse(p.text().matches(".*[。！？]\\s*\\d{1,2}$"), "footer glued to " + p.text());
    }
  }

  @Test
  void noSpaceIsLeftBetweenTwoHanCharacters() {
    // Spaces, not line breaks: a passage's paragraphs are joined with "\n".
    Pattern hanSpaceHan = Pattern.compile("\\p{IsHan}[ \\t\\u3000]+\\p{IsHan}");
    for (Passage p : passages) {
      assertFalse(hanSpaceHan.matcher(p.text()).find(), "Han-space-Han in " + p.text());
    }
    // A line that ends between two Han characters is a list item without a full stop, never a
    // sentence the PDF broke across lines.
    for (Passage p : passages) {
      String[] lines = p.text().split("\n");
      for (int i = 0; i + 1 < lines.length; i++) {
        boolean hanBreak = !lines[i].isEmpty() && !lines[i + 1].isEmpty()
            && Character.UnicodeScript.of(lines[i].codePointBefore(lines[i].length())) == Character.UnicodeScript.HAN
            && Character.UnicodeScript.of(lines[i + 1].codePointAt(0)) == Character.UnicodeScript.HAN;
        assertTrue(!hanBreak || lines[i].matches("\\d{1,2}\\. .*"), "broken line in " + p.text());
      }
    }
  }

  @Test
  void spaceBetweenHanAndLatinStays() {
    assertTrue(passages.stream().anyMatch(p -> p.text().contains("完善 AI 教育體系")));
  }

  @Test
  void sentenceBrokenAcrossLinesComesOutWhole() {
    // The PDF breaks this sentence after 「千人計 and continues with 畫」 on the next line.
    assertTrue(passages.stream().anyMatch(p -> p.text().contains("統籌利用「千人計畫」等現有人才計畫，加強 AI 領域優秀人才。")));
    assertTrue(passages.stream().anyMatch(p -> p.text().contains("為中國大陸新一代 AI 發展提供戰略支持")));
  }

  @Test
  void sentenceContinuesAcrossAPageBreakWithoutTheRunningHeader() {
    String sentence = "2024 年《加速數位人才培育支撐數位經濟發展行動方案》均根據十四五規劃之政策脈絡進一步推動相關政策。";
    Passage p = passages.stream().filter(x -> x.text().contains(sentence)).findFirst()
        .orElseThrow(() -> new AssertionError("sentence across pages 9-10 not found whole"));
    assertEquals(9, p.firstPage());
    assertEquals(10, p.lastPage());
    assertEquals("9-10", p.pageRangeLabel());
  }

  private static int pageOf(String sentence) {
    return passages.stream().filter(p -> p.text().contains(sentence)).findFirst()
        .orElseThrow(() -> new AssertionError("no passage contains " + sentence)).firstPage();
  }
}
