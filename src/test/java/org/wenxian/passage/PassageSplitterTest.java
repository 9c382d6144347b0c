package org.wenxian.passage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wenxian.TestCorpus;
import org.wenxian.extract.ExtractedDocument;
import org.wenxian.extract.Line;
import org.wenxian.extract.Page;
import org.wenxian.extract.RunningHeaders;
import org.wenxian.extract.TikaExtractor;

/** Passages of the shipped PDF: heading paths, sizes, captions, table of contents, stable ids. */
class PassageSplitterTest {
  private static ExtractedDocument doc;
  private static List<Passage> passages;

  @BeforeAll
  static void split() throws Exception {
    doc = RunningHeaders.strip(new TikaExtractor().extract(TestCorpus.report(), TestCorpus.REPORT));
    passages = PassageSplitter.split("report", doc);
  }

  @Test
  void knownPassageHasItsHeadingPath() {
    Passage p = find("CIFAR AI4Good 國家培訓計畫著重在幫助碩博士生開發能帶來社會效益的 AI 產品與服務");
    assertEquals(List.of("第參章 加拿大 AI 人才培育政策", "第一節 加拿大歷年政策盤點與研析", "一、 泛加拿大 AI 戰略",
        "2. 《AI4Good 國家培訓計畫》"), p.headings());
    Passage japan = find("2018 年 6 月發佈之《綜合創新戰略》");
    assertEquals(List.of("第肆章 日本 AI 人才培育政策", "第一節 日本歷年政策盤點與研析", "二、 2018 年綜合創新戰略"),
        japan.headings());
  }

  @Test
  void footnotesNeedACitationAbove() {
    // The same bottom lines are a footnote under "…AI 人才1。" and a table row without it.
    List<Line> cited = List.of(Line.plain("第一章 測試"), Line.plain("加拿大吸引 AI 人才1，並且"), Line.plain("持續投資研究。"),
        Line.plain("1 資料來源為 OECD 的統計"));
    List<Line> table = List.of(Line.plain("第一章 測試"), Line.plain("加拿大吸引 AI 人才，並且"), Line.plain("持續投資研究。"),
        Line.plain("1 美國 1 1 28"));
    List<Passage> withNote = PassageSplitter.split("x", new ExtractedDocument("x.pdf", "application/pdf", null, null, true,
        List.of(new Page(1, "1", cited), new Page(2, "2", List.of(Line.plain("第二段。"))))));
    List<Passage> withTable = PassageSplitter.split("x", new ExtractedDocument("x.pdf", "application/pdf", null, null, true,
        List.of(new Page(1, "1", table), new Page(2, "2", List.of(Line.plain("第二段。"))))));
    assertTrue(withNote.stream().anyMatch(p -> p.text().equals("1 資料來源為 OECD 的統計")), withNote.toString());
    assertTrue(withTable.stream().noneMatch(p -> p.text().equals("1 美國 1 1 28")), withTable.toString());
  }

  @Test
  void aNotesMarkReadsAsPrintedButANameWithANumberIsLeftAlone() {
    // Note 1's mark is glued to NIST. H2 is the only "2" after a letter on the page, but a lone
    // letter with a number is a name (G20, H100), not note 2's mark; AI4Good is a name too.
    List<Line> page = List.of(Line.plain("第一章 測試"),
        Line.plain("參考美國 NIST1 的作法，以 H2 與 AI4Good 計畫為例，說明如下。"),
        Line.plain("後續內容。"), Line.plain("1 National Institute of Standards and Technology"),
        Line.plain("2 Hydrogen, as in fuel cells"));
    List<Passage> ps = PassageSplitter.split("x", new ExtractedDocument("x.pdf", "application/pdf", null, null, true,
        List.of(new Page(1, "1", page))));
    String body = ps.stream().map(Passage::text).filter(t -> t.contains("NIST")).findFirst().orElseThrow();
    assertTrue(body.contains("美國 NIST¹ 的作法，以 H2 與 AI4Good 計畫為例"), body);
  }

  @Test
  void anAppendixIsAPartOfItsOwnButASentenceAboutOneIsNot() {
    List<Line> lines = List.of(Line.plain("第一章 測試"), Line.plain("一、 政策"), Line.plain("內文第一段。"),
        Line.plain("附件所列事項依本辦法辦理。"), Line.plain("附錄一 訪談紀錄"), Line.plain("訪談內容。"));
    List<Passage> ps = PassageSplitter.split("x", new ExtractedDocument("x.pdf", "application/pdf", null, null, true,
        List.of(new Page(1, "1", lines))));
    Passage rule = ps.stream().filter(p -> p.text().contains("附件所列事項")).findFirst().orElseThrow();
    assertEquals(List.of("第一章 測試", "一、 政策"), rule.headings());
    Passage interview = ps.stream().filter(p -> p.text().contains("訪談內容。")).findFirst().orElseThrow();
    assertEquals(List.of("附錄一 訪談紀錄"), interview.headings());
  }

  @Test
  void anAppendixLabelThatAPageGivesLastHeadsThatPage() {
    List<Line> first = List.of(Line.plain("第一章 測試"), Line.plain("內文第一段，說明本章的重點與研究方法，並且列出後續各節的安排。"));
    List<Line> second = List.of(Line.plain("各國的討論動向"), Line.plain("美國發布 AI 行政命令，要求主要企業提交安全測試結果。"),
        Line.plain("附件"));
    List<Passage> ps = PassageSplitter.split("x", new ExtractedDocument("x.pdf", "application/pdf", null, null, true,
        List.of(new Page(1, "1", first), new Page(2, "2", second))));
    Passage us = ps.stream().filter(p -> p.text().contains("美國發布")).findFirst().orElseThrow();
    assertEquals(List.of("附件 各國的討論動向"), us.headings());
    assertEquals("美國發布 AI 行政命令，要求主要企業提交安全測試結果。", us.text());
  }

  @Test
  void aChineseParagraphThatOpensWithLatinNamesIsNotAHeading() {
    // "DLRLSS 由 CIFAR、Mila 主辦，與 Google、Facebook 和 Microsoft 等知名企" ends a PDF line: body text.
    Passage summerSchool = find("DLRLSS 由 CIFAR、Mila 主辦，與 Google、Facebook 和 Microsoft 等知名企業及 AI 研究機構合作");
    assertEquals("2. 《AI4Good 國家培訓計畫》", summerSchool.headings().get(summerSchool.headings().size() - 1));
  }

  @Test
  void aTableCaptionWithAYearKeepsItsRowsOutOfTheText() {
    Passage selection = find("與創新人才培育模式較為相關的指標為人才");
    assertTrue(selection.captions().contains("表 1 2023 年 GAI 排名前十大國家"), selection.captions().toString());
    assertFalse(selection.text().contains("基礎設施運作環境"), selection.text());
  }

  @Test
  void aSentenceThatStartsWithATableNumberIsBodyText() {
    Passage note = find("表 4 列出的第 7 至第 15 項培育作法，僅勾選本研究在盤點歷年政策中有提到相關作法的國家，不代表該國無推出該項作法");
    assertTrue(note.captions().stream().noneMatch(c -> c.contains("列出的第 7")), note.captions().toString());
  }

  @Test
  void passagesAreParagraphSized() {
    assertTrue(passages.size() > 150, "only " + passages.size() + " passages");
    for (Passage p : passages) {
      assertTrue(p.text().length() <= PassageSplitter.MAX_CHARS, p.id());
      assertFalse(p.text().isBlank());
    }
  }

  @Test
  void tableOfContentsIsNotIndexed() {
    for (Passage p : passages) {
      assertFalse(p.text().matches(".*(\\.{2,}|…)\\s*\\d+.*"), "TOC entry in " + p.text());
      assertFalse(p.text().contains("圖目錄") || p.text().contains("表目錄"), p.text());
    }
  }

  @Test
  void captionsAndSourceLinesStayWithTheirPassage() {
    Passage timeline = find("與 AI 人才培育相關的政策時間軸如下圖所示");
    assertTrue(timeline.captions().contains("圖 2 中國大陸 AI 人才培育政策時間軸"), timeline.captions().toString());
    assertTrue(timeline.captions().stream().anyMatch(c -> c.startsWith("資料來源：中國大陸官方資料")));
    for (Passage p : passages) {
      assertFalse(p.text().startsWith("圖 ") || p.text().startsWith("資料來源"), "caption in body: " + p.text());
    }
  }

  @Test
  void idsAreStableAcrossRuns() throws Exception {
    ExtractedDocument again = RunningHeaders.strip(new TikaExtractor().extract(TestCorpus.report(), TestCorpus.REPORT));
    List<String> first = passages.stream().map(Passage::id).toList();
    List<String> second = PassageSplitter.split("report", again).stream().map(Passage::id).toList();
    assertEquals(first, second);
    assertEquals(first.size(), first.stream().distinct().count(), "ids must be unique");
  }

  @Test
  void longParagraphIsCutAtSentenceEnds() {
    String sentence = "這是一個用來測試長段落切分的句子，內容重複以超過上限。";
    StringBuilder text = new StringBuilder();
    while (text.length() < 2500) {
      text.append(sentence);
    }
    ExtractedDocument longDoc = new ExtractedDocument("x.txt", "text/plain", null, null, false,
        List.of(new Page(1, "1", List.of(Line.plain("第一章 測試"), Line.plain(text.toString())))));
    List<Passage> cut = PassageSplitter.split("x", longDoc);
    assertTrue(cut.size() >= 3);
    for (Passage p : cut) {
      assertTrue(p.text().length() <= PassageSplitter.MAX_CHARS);
      assertTrue(p.text().endsWith("。"), "cut mid-sentence: " + p.text());
    }
  }

  private static Passage find(String text) {
    return passages.stream().filter(p -> p.text().contains(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no passage contains " + text));
  }
}
