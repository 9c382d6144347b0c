package org.wenxian.multilingual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wenxian.TestCorpus;
import org.wenxian.extract.ExtractedDocument;
import org.wenxian.extract.RunningHeaders;
import org.wenxian.extract.Sidecar;
import org.wenxian.extract.TikaExtractor;
import org.wenxian.passage.Passage;
import org.wenxian.passage.PassageSplitter;

/** Extraction of the real-world source files: known sentences, clean text, sensible passages. */
class SourceExtractionTest {
  static List<Passage> passages(String relative, String layout) throws Exception {
    Path file = TestCorpus.corpus().resolve(relative);
    ExtractedDocument doc = RunningHeaders.strip(new TikaExtractor().extract(file, relative));
    // As the reindexer does: the title comes from the sidecar.
    doc = RunningHeaders.withoutRepeatedTitle(doc, Sidecar.describe(file, "x", relative, doc, "x").title());
    List<Passage> passages = PassageSplitter.split("x", doc, layout);
    for (Passage p : passages) {
      assertTrue(p.text().length() <= PassageSplitter.MAX_CHARS, relative + ": " + p.text().length());
      assertFalse(p.text().isBlank());
      for (char c : p.text().toCharArray()) {
        assertFalse((c >= '\u2F00' && c <= '\u2FDF') || (c >= '\u2E80' && c <= '\u2EFF'),
            "Kangxi radical " + c + " left in " + relative + ": " + p.text());
      }
    }
    return passages;
  }

  static Passage find(List<Passage> passages, String text) {
    return passages.stream().filter(p -> p.text().contains(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no passage contains " + text));
  }

  @Test
  void japaneseProsePdfShowsNormalCharactersForKangxiRadicals() throws Exception {
    List<Passage> ps = passages("sources/jp/AIに関する暫定的な論点整理-2023.pdf", null);
    // The PDF writes 生 as ⽣ (U+2F63) and 日 as ⽇: the stored text has the ideographs.
    Passage p = find(ps, "生成 AI と日本の親和性");
    assertTrue(p.headings().get(0).startsWith("1. はじめに") || !p.headings().isEmpty());
    assertTrue(ps.size() > 30 && ps.size() < 200, ps.size() + " passages");
    assertFalse(ps.stream().anyMatch(x -> x.text().contains("目次")), "table of contents indexed");
    // The first footnote's mark, glued to "AI" in the PDF's text.
    assertTrue(find(ps, "高度な対話型生成").text().contains("高度な対話型生成 AI¹（以下、「生成 AI」と称する）"));
  }

  @Test
  void japaneseProsePdfTakesItsUnnumberedHeadingsFromItsContents() throws Exception {
    List<Passage> ps = passages("sources/jp/AIに関する暫定的な論点整理-2023.pdf", null);
    // "計算資源" and "データ" are printed as plain lines above their paragraphs; the contents list them.
    Passage compute = find(ps, "計算資源の確保は、競争力に直結する");
    assertEquals(List.of("3-3 AI 開発力", "計算資源"), compute.headings());
    assertTrue(compute.text().startsWith("生成 AI の開発には"), compute.text());
    assertEquals(List.of("3-3 AI 開発力", "データ"), find(ps, "大量かつ良質なデータが必要である").headings());
    assertEquals(List.of("1. はじめに", "生成 AI の可能性"), find(ps, "ある視覚障害を有する人がいる").headings());
    // The title that opens the contents page and the first chapter is not the end of the members' list.
    Passage members = find(ps, "山口真一");
    assertFalse(members.text().contains("論点整理"), members.text());
  }

  @Test
  void japaneseProsePdfKeepsItsAppendixApartFromTheLastSection() throws Exception {
    List<Passage> ps = passages("sources/jp/AIに関する暫定的な論点整理-2023.pdf", null);
    // The PDF gives page 17's "別紙" box last, and its title "各国の議論の動向" ran into "米国".
    Passage us = find(ps, "ＡＩ分野における米国のリーダーシップを促進する");
    assertEquals(List.of("別紙 各国の議論の動向"), us.headings());
    assertTrue(us.text().startsWith("米国"), us.text());
    assertTrue(ps.stream().noneMatch(p -> p.text().contains("各国の議論の動向") || p.text().endsWith("別紙")));
    assertEquals(List.of("3-4 その他", "今後の検討"), find(ps, "広く国民や事業者からの意見を聴くことが重要である").headings());
  }

  @Test
  void slideDeckKeepsEachSlideTogether() throws Exception {
    List<Passage> ps = passages("sources/jp/AI戦略の課題と対応-2024.pdf", null);
    assertTrue(ps.size() >= 14 && ps.size() <= 24, ps.size() + " passages for a 16-slide deck");
    Passage slide = find(ps, "AI安全性サミットを英国で開催");
    assertTrue(slide.text().contains("広島AIプロセス") && slide.text().contains("GPAI"), "one slide's points stay together");
    assertEquals(slide.firstPage(), slide.lastPage());
  }

  @Test
  void budgetTextLosesItsPageMarkersAndRunningHeaders() throws Exception {
    List<Passage> ps = passages("sources/ca/budget-2024-4.1-research-innovation-ai.txt", null);
    for (Passage p : ps) {
      assertFalse(p.text().matches("(?s).*-- \\d+ of 430 --.*"), p.text());
      assertFalse(p.text().contains("Economic Growth for Every Generation"), p.text());
      assertFalse(p.text().matches("(?s).*\\b\\d{3} Chapter 4\\b.*"), p.text());
    }
    Passage pan = find(ps, "Pan-Canadian Artificial Intelligence Strategy");
    assertEquals("166", pan.firstPageLabel(), "the first page prints no number: it is inferred");
    Passage compute = find(ps, "most compute capacity is located in other countries");
    assertEquals("168", compute.firstPageLabel());
    assertEquals(182, compute.firstPage());
    // "Figure 4.1" over "Building on Canada’s AI Advantage" is a figure's caption, not a section: the
    // text after it stays in its section, as "Chart 4.5" over its title does.
    assertEquals("Strengthening Canada’s AI Advantage", compute.headings().get(compute.headings().size() - 1));
    assertTrue(ps.stream().anyMatch(p -> p.captions().contains("Figure 4.1 Building on Canada’s AI Advantage")));
    Passage chart = ps.stream().filter(p -> p.captions().contains("Chart 4.5 Federal Investments in Science and Technology"))
        .findFirst().orElseThrow();
    assertTrue(chart.text().contains("44 per cent higher"), chart.text());
    // A section title printed over two lines is one heading.
    assertEquals("Accelerating Clean Tech Intellectual Property Creation and Retention",
        find(ps, "Canadian clean technology companies are turning their ideas").headings().get(1));
    // PDF pages 180-190 print 166-176; the file ends with the top of page 191 (printed 177).
    assertTrue(ps.stream().allMatch(p -> Integer.parseInt(p.firstPageLabel()) >= 166 && Integer.parseInt(p.lastPageLabel()) <= 177));
  }

  @Test
  void simplifiedProposalKeepsItsNumberedSections() throws Exception {
    List<Passage> ps = passages("sources/cn/中共中央关于制定十四五规划和二〇三五年远景目标的建议-2020.txt", null);
    Passage talent = find(ps, "9.激发人才创新活力。");
    assertEquals("三、坚持创新驱动发展，全面塑造发展新优势", talent.headings().get(talent.headings().size() - 1));
  }

  @Test
  void englishPdfJoinsLinesIntoParagraphs() throws Exception {
    List<Passage> ps = passages("sources/jp/AI-Strategy-2019-en.pdf", null);
    Passage intro = find(ps, "In recent years, artificial intelligence (AI) technology has developed at an accelerating pace, and found ever-increasing applications");
    assertTrue(intro.text().length() > 150);
  }

  @Test
  void englishPdfCutsOverlongParagraphsBetweenSentencesOrWords() throws Exception {
    List<Passage> ps = passages("sources/jp/AI-Strategy-2019-en.pdf", null);
    // The appendix tables run their cells together into paragraphs of several thousand characters;
    // cut blindly at 1,000 they left pieces such as "rified" and "cal Research".
    for (Passage p : ps) {
      assertTrue(p.text().length() >= 40 || p.text().matches("\\d{1,3} [A-Z].*"), "fragment: " + p.text());
    }
    Passage glossary = find(ps, "EdTech Education technology");
    assertTrue(glossary.text().length() < 950, "an even cut, not 1,000 and a remainder: " + glossary.text().length());
    // An English sentence end is a place to cut: the piece after it starts with the next sentence.
    assertTrue(ps.stream().anyMatch(p -> p.text().startsWith("However, with regard to the deployment of AI technology")));
  }

  @Test
  void englishPdfKeepsFootnotesOutOfTheSentenceTheyInterrupt() throws Exception {
    List<Passage> ps = passages("sources/jp/AI-Strategy-2019-en.pdf", null);
    // Page 1 ends "…will collaborate on", three footnotes follow, page 2 goes on "AI technology spanning…".
    Passage body = find(ps, "the public and private sectors will collaborate on AI technology spanning the full pipeline");
    assertFalse(body.text().contains("Basic Plan states"), body.text());
    Passage note = find(ps, "1 The 5th Science and Technology Basic Plan states");
    assertTrue(note.text().startsWith("1 The 5th Science"), note.text());
    assertEquals("1", note.firstPageLabel());
    // Each note is a passage of its own, even a short one.
    assertEquals("11 Computer Based Testing", find(ps, "11 Computer Based Testing").text());
    // A note's mark, glued to its word as plain digits in the PDF's text, reads as printed: superscript.
    assertTrue(find(ps, "ultra-high-speed research networks").text().contains("(SINET²⁴, etc.)"));
    assertTrue(find(ps, "efforts of organizations such as the United States").text().contains("United States' NIST²⁵, and"));
    assertTrue(find(ps, "including approx. 100 people").text().contains("approx. 100 people¹⁷/year"));
    // "5G communication" on the same page is a name, not a mark.
    assertTrue(find(ps, "and BYOD¹⁰ (FY 2019)").text().contains("using networks and 5G communication"));
    // The cover comes before printed page 1: front matter, page "i", not "-3".
    assertEquals("i", find(ps, "AI for Everyone: People, Industries, Regions and Governments").firstPageLabel());
    // A piece cut from a paragraph that runs over a page break cites the page it is on.
    assertEquals("2", find(ps, "However, with regard to the deployment of AI technology in domains such as big data").firstPageLabel());
  }

  @Test
  void englishPdfKeepsItsOutline() throws Exception {
    List<Passage> ps = passages("sources/jp/AI-Strategy-2019-en.pdf", null);
    // Roman-numbered parts, their "II-1" sections and "(A)" sections; a part title printed over two lines.
    assertEquals(List.of("II. Building a Foundation for the Future: Education Reform and Reconstruction of the Research"
        + " and Development System", "II-1 Education Reform"),
        find(ps, "Currently, our society is undergoing a major transition through digital transformation").headings());
    assertEquals(List.of("I. Basic Concept", "(A) Scope of the Strategy"),
        find(ps, "The term \"Artificial Intelligence (hereinafter AI)\" in this Strategy").headings());
    assertEquals(List.of("III. Establishing a Foundation for Industry and Society", "III - 1 Social Implementation"),
        find(ps, "by combining Japan’s technology strengths with AI technology").headings());
    assertEquals(List.of("IV. Ethics"), find(ps, "While interest in utilization of AI is increasing").headings());
    // "(4) …" is a section because the contents list it, though a list of initiatives runs into it.
    assertEquals(List.of("III. Establishing a Foundation for Industry and Society", "III - 1 Social Implementation",
        "(4) Transportation Infrastructure and Logistics"),
        find(ps, "Reducing the number of accidents caused by human factors to zero").headings());
    // The heading line is not part of the paragraph below it.
    assertFalse(find(ps, "Currently, our society is undergoing").text().startsWith("II"));
    // The appended tables are parts of their own, not the end of "V. Miscellaneous"; a row's
    // heading wrapped in its cell is read whole, and column headers are not headings.
    String table1 = "（Appended Table 1）Core Foundation Research and Development";
    assertEquals(List.of(table1, "1. AI Core – Basic Theories and Technologies of AI"),
        find(ps, "Limited information learning technology that can learn").headings());
    assertEquals(List.of(table1, "4-1. AI for Creation Discovery"),
        find(ps, "Materials R&D using computational science and AI").headings());
    Passage malware = find(ps, "Automatic vulnerability diagnosis using knowledge base");
    assertEquals(List.of("（Appended Table 2）AI Application Development and Demonstration for Cyber Security Measures"),
        malware.headings());
    assertTrue(malware.text().startsWith("Future R&D Priority Items"), malware.text());
    Passage conferences = find(ps, "Attracting and supporting AI related international conferences");
    assertEquals(List.of("V. Miscellaneous"), conferences.headings());
    assertFalse(conferences.text().contains("Appended"), conferences.text());
    assertTrue(ps.stream().noneMatch(p -> p.text().equals("Components of AI")));
    // Cells of the appendix table ("Materials R&D using" over "computational science…") and the
    // glossary ("FY Fiscal Year") are not headings.
    for (Passage p : ps) {
      for (String h : p.headings()) {
        assertFalse(h.equals("Materials R&D using") || h.equals("Started in FY") || h.equals("FY Fiscal Year")
            || h.equals("SNS Social Networking Service") || h.equals("SMEs Small and Medium Enterprises")
            || h.equals("Ocean National Ocean Policy Secretariat"), h);
      }
    }
  }
}
