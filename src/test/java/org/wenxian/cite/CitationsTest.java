package org.wenxian.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wenxian.TestCorpus;
import org.wenxian.enrich.Tagger;
import org.wenxian.extract.SourceDocument;
import org.wenxian.passage.Passage;
import org.wenxian.search.Generation;
import org.wenxian.search.PassageSearcher;
import org.wenxian.search.SearchRequest;

/** Citations of a known passage of the report, in every format, read back by standard parsers. */
class CitationsTest {
  private static SourceDocument report;
  private static Passage ai4good;

  @BeforeAll
  static void find() throws IOException {
    Generation g = TestCorpus.shippedIndex().acquire().orElseThrow();
    try {
      PassageSearcher searcher = new PassageSearcher(Tagger.standard());
      String id = searcher.search(g, SearchRequest.of("CIFAR AI4Good 國家培訓計畫著重在幫助碩博士生")).hits().get(0).id();
      ai4good = searcher.storedPassage(g, id).orElseThrow();
      report = g.documents().get(ai4good.docId());
    } finally {
      g.release();
    }
    assertTrue(ai4good.text().contains("CIFAR AI4Good 國家培訓計畫著重在幫助碩博士生"));
  }

  @Test
  void exactGbt7714AndApaStringsWithThePage() {
    Citation c = Citations.cite(report, ai4good);
    assertEquals("數位發展部數位產業署. 國際 AI 創新培育模式研究報告[R]. 臺北: 數位發展部數位產業署, 2024: 12.", c.gbt7714());
    assertEquals(c.gbt7714(), c.text());
    assertEquals("數位發展部數位產業署. (2024). 國際 AI 創新培育模式研究報告.", c.apa());
    assertEquals("(數位發展部數位產業署, 2024, 頁 12)", c.apaInText());
    assertEquals("12", c.pageLabel());
    assertEquals(List.of(12, 12), c.pages());
    assertEquals("/api/passages/" + ai4good.id(), c.link());
    assertEquals(ai4good.text(), c.quote());
    assertEquals("中華民國 113 年 11 月 15 日", c.dateAsPrinted());
    assertEquals(ai4good.headings(), c.headings());
  }

  /**
   * Rendered entries are kept by what they are rendered from: the same passage twice gives the same
   * strings, another page its own, and a document whose sidecar was edited its new facts, not the old.
   */
  @Test
  void keptEntriesFollowThePageAndTheDocumentsFacts() {
    Citation first = Citations.cite(report, ai4good);
    assertEquals(first, Citations.cite(report, ai4good));
    Passage nextPage = new Passage(ai4good.id(), ai4good.docId(), ai4good.ordinal(), ai4good.headings(), 13, 13,
        "13", "13", ai4good.text(), ai4good.captions(), ai4good.countries(), ai4good.years(), ai4good.themes(),
        ai4good.primaryCountry(), ai4good.primaryYears(), ai4good.primaryThemes());
    Citation other = Citations.cite(report, nextPage);
    assertTrue(other.gbt7714().endsWith("2024: 13."), other.gbt7714());
    assertEquals("(數位發展部數位產業署, 2024, 頁 13)", other.apaInText());
    SourceDocument edited = new SourceDocument(report.id(), report.path(), "國際 AI 創新培育模式研究報告（修訂版）",
        report.issuer(), report.author(), "2025-01-10", report.dateAsPrinted(), report.place(), report.language(),
        report.type(), report.url(), report.series(), report.countries(), report.mediaType(), report.sha256(),
        report.metadataSource(), report.layout(), report.issuerCountry());
    Citation revised = Citations.cite(edited, ai4good);
    assertEquals("數位發展部數位產業署. 國際 AI 創新培育模式研究報告（修訂版）[R]. 臺北: 數位發展部數位產業署, 2025: 12.",
        revised.gbt7714());
    assertEquals("數位發展部數位產業署. (2025). 國際 AI 創新培育模式研究報告（修訂版）.", revised.apa());
    assertEquals(first, Citations.cite(report, ai4good));
  }

  @Test
  void cslJsonHasTheRequiredFieldsAndRoundTripsThroughTheProcessor() throws IOException {
    String json = Exports.render(ExportFormat.CSL_JSON, List.of(new Exports.Cited(report, ai4good)));
    List<Object> parsed = new JsonParser(new JsonLexer(new StringReader(json))).parseArray();
    @SuppressWarnings("unchecked")
    Map<String, Object> item = (Map<String, Object>) parsed.get(0);
    for (String field : new String[] {"id", "type", "title", "author", "issued", "publisher", "page"}) {
      assertTrue(item.containsKey(field), "CSL-JSON lacks " + field);
    }
    assertEquals("report", item.get("type"));
    CSLItemData back = CSLItemData.fromJson(item);
    assertEquals("數位發展部數位產業署", back.getAuthor()[0].getLiteral());
    assertEquals(Citations.cite(report, ai4good).gbt7714(), Citations.gbt7714(List.of(back)).get(0));
  }

  @Test
  void bibtexIsReadBackWithTheSameFacts() throws Exception {
    String bib = Exports.render(ExportFormat.BIBTEX, List.of(new Exports.Cited(report, ai4good)));
    BibTeXConverter converter = new BibTeXConverter();
    BibTeXDatabase db = converter.loadDatabase(new ByteArrayInputStream(bib.getBytes(StandardCharsets.UTF_8)));
    assertEquals(1, db.getEntries().size());
    BibTeXEntry entry = db.getEntries().values().iterator().next();
    assertEquals("國際 AI 創新培育模式研究報告", entry.getField(BibTeXEntry.KEY_TITLE).toUserString());
    assertEquals("2024", entry.getField(BibTeXEntry.KEY_YEAR).toUserString());
    assertEquals("12", entry.getField(BibTeXEntry.KEY_PAGES).toUserString());
    CSLItemData item = converter.toItemData(db).values().iterator().next();
    assertEquals("數位發展部數位產業署", item.getAuthor()[0].getLiteral() != null ? item.getAuthor()[0].getLiteral()
        : item.getAuthor()[0].getFamily());
    assertEquals(2024, item.getIssued().getDateParts()[0][0]);
  }

  @Test
  void risIsReadBackWithTheSameFacts() throws IOException {
    String ris = Exports.render(ExportFormat.RIS, List.of(new Exports.Cited(report, ai4good)));
    RISLibrary library = new RISParser().parse(new StringReader(ris));
    assertEquals(1, library.getReferences().size());
    RISReference ref = library.getReferences().get(0);
    assertEquals("國際 AI 創新培育模式研究報告", ref.getTitle());
    assertEquals("數位發展部數位產業署", ref.getAuthors()[0]);
    assertEquals("2024", ref.getYear());
    assertEquals("12", ref.getStartPage());
  }

  @Test
  void apaDatesAPolicyDocumentByItsYearInEveryLocale() {
    // The shipped Simplified proposal and Japanese report carry full dates; APA gives the year alone.
    SourceDocument proposal = new SourceDocument("d2", "cn/p.txt", "中共中央关于制定十四五规划的建议", "中共中央", null,
        "2020-10-29", null, "北京", "zh-Hans", "policy", null, null, List.of("CN"), "text/plain", "x", "sidecar", null, "CN");
    SourceDocument japanese = new SourceDocument("d3", "jp/r.pdf", "AIに関する暫定的な論点整理", "内閣府 AI戦略会議", null,
        "2023-05-26", null, "東京", "ja", "policy", null, null, List.of("JP"), "application/pdf", "x", "sidecar", null, "JP");
    Passage p = new Passage("d2-abc", "d2", 0, List.of(), 1, 1, "1", "1", "文字。", List.of());
    assertEquals("中共中央. (2020). 中共中央关于制定十四五规划的建议.", Citations.cite(proposal, p).apa());
    assertEquals("内閣府 AI戦略会議. (2023年). AIに関する暫定的な論点整理.", Citations.cite(japanese, p).apa());
  }

  @Test
  void aDocumentWithoutSidecarStillGetsAUsableCitation() {
    SourceDocument bare = new SourceDocument("d1", "notes/會議紀錄.txt", "會議紀錄", null, null, null, null, null, null,
        "document", null, null, List.of(), "text/plain", "x", "filename", null, null);
    Passage p = new Passage("d1-abc", "d1", 0, List.of("第一章 測試"), 3, 4, "3", "4", "文字。", List.of());
    Citation c = Citations.cite(bare, p);
    assertEquals("會議紀錄[Z]. 3-4.", c.gbt7714());
    assertEquals("(會議紀錄, n.d., pp. 3–4)", c.apaInText());
    assertNotNull(c.apa());
  }
}
