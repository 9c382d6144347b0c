package org.wenxian.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wenxian.TestCorpus;
import org.wenxian.passage.Passage;
import org.wenxian.passage.PassageSplitter;

/** The same report as DOCX, HTML and Markdown yields the same structure as the PDF. */
class FormatsTest {
  @ParameterizedTest
  @ValueSource(strings = {"report/report.docx", "report/report.html", "report/report.md"})
  void headingsParagraphsAndTableOfContents(String fixture) throws Exception {
    Path file = TestCorpus.fixture(fixture);
    ExtractedDocument doc = RunningHeaders.strip(new TikaExtractor().extract(file, fixture));
    List<Passage> passages = PassageSplitter.split("r", doc);

    Passage protein = passages.stream().filter(p -> p.text().contains("(Protein Industries Cluster)")).findFirst()
        .orElseThrow(() -> new AssertionError("protein cluster passage missing in " + fixture));
    assertEquals("第參章 加拿大 AI 人才培育政策", protein.headings().get(0));
    assertTrue(protein.headings().get(protein.headings().size() - 1).contains("全球 AI 創新聚落計畫"), protein.headings().toString());

    assertTrue(passages.stream().anyMatch(p -> p.text().contains("在外部攬才的作法上，重點推動高階 AI 人才引進力道")));
    for (Passage p : passages) {
      assertTrue(p.text().length() <= PassageSplitter.MAX_CHARS, p.id() + " is " + p.text().length() + " chars");
      assertFalse(p.text().contains("…..") || p.text().matches(".*\\.{4,}\\s*\\d+.*"), "table of contents indexed: " + p.text());
      assertFalse(p.text().contains("目錄") || p.text().contains("目 錄"), "TOC title indexed in " + fixture);
    }
  }

  /** The report prints an HTML list as text in its PDF (and Markdown); every edition shows a list. */
  @ParameterizedTest
  @ValueSource(strings = {"report/report.docx", "report/report.html", "report/report.md", "pdf"})
  void aListPrintedAsMarkupIsAList(String fixture) throws Exception {
    Path file = fixture.equals("pdf") ? TestCorpus.report() : TestCorpus.fixture(fixture);
    List<Passage> passages = PassageSplitter.split("r", RunningHeaders.strip(new TikaExtractor().extract(file, fixture)));
    for (Passage p : passages) {
      assertFalse(p.text().contains("<li>") || p.text().contains("<ol") || p.text().contains("</ol>"), p.text());
    }
    Passage titles = passages.stream().filter(p -> p.text().contains("序言\n")).findFirst()
        .orElseThrow(() -> new AssertionError("the list of the Beijing Consensus topics is missing in " + fixture));
    assertTrue(titles.text().contains("1. 序言\n2. 規劃教育"), titles.text());
    // The sentence after the list is not glued to its last item.
    assertTrue(passages.stream().noneMatch(p -> p.text().contains("國際合作以下將分別說明")));
  }
}
