package org.wenxian.search;

import java.util.List;
import org.wenxian.extract.SourceDocument;
import org.wenxian.passage.Passage;

/**
 * Formats GB/T 7714-2015 and APA 7 strings. Chinese agency and person names are kept whole: no
 * family/given split and no inserted spaces, which general-purpose name parsers get wrong.
 */
public final class CitationFormatter {
  private CitationFormatter() {}

  public static Citation cite(SourceDocument doc, Passage p) {
    String pageLabel = p.pageRangeLabel();
    String gbt = gbt7714(doc, pageLabel);
    String year = doc.year() == null ? null : String.valueOf(doc.year());
    String author = responsible(doc);
    String apa = apa(doc, author, year);
    String apaInText = "(" + author + ", " + (year == null ? "n.d." : year) + ", "
        + (pageLabel.contains("-") ? "pp. " : "p. ") + pageLabel + ")";
    return new Citation(
        gbt, gbt, apa, apaInText, doc.id(), doc.title(), doc.issuer(), doc.author(), doc.date(), doc.dateAsPrinted(),
        doc.place(), doc.language(), doc.type(), doc.url(), p.headings(), pageLabel,
        List.of(p.firstPage(), p.lastPage()), p.id(), p.text(), "/api/passages/" + p.id());
  }

  /** The responsible party: the issuing organisation, else the author, else the title's owner unknown. */
  static String responsible(SourceDocument doc) {
    if (doc.issuer() != null) {
      return doc.issuer();
    }
    return doc.author() != null ? doc.author() : "佚名";
  }

  /** 主要責任者. 題名[類型]. 出版地: 出版者, 出版年: 引文頁碼. 獲取路徑. */
  static String gbt7714(SourceDocument doc, String pageLabel) {
    StringBuilder s = new StringBuilder();
    s.append(responsible(doc)).append(". ").append(doc.title()).append('[').append(typeCode(doc)).append("]. ");
    String publisher = doc.issuer();
    if (doc.place() != null && publisher != null) {
      s.append(doc.place()).append(": ").append(publisher).append(", ");
    } else if (publisher != null && doc.year() != null) {
      s.append(publisher).append(", ");
    }
    s.append(doc.year() == null ? "[出版年不詳]" : doc.year()).append(": ").append(pageLabel).append('.');
    if (doc.url() != null) {
      s.append(' ').append(doc.url()).append('.');
    }
    return s.toString();
  }

  /** Author. (Year). Title. Publisher. URL — publisher omitted when it is the author (APA 7 §9.24). */
  static String apa(SourceDocument doc, String author, String year) {
    StringBuilder s = new StringBuilder();
    s.append(author).append(author.endsWith(".") ? " " : ". ");
    s.append('(').append(year == null ? "n.d." : year).append("). ");
    s.append(doc.title()).append(". ");
    if (doc.author() != null && !doc.author().equals(author)) {
      s.append(doc.author()).append(". ");
    }
    if (doc.url() != null) {
      s.append(doc.url());
    }
    return s.toString().strip();
  }

  /** GB/T 7714 document type code: R report, Z other; EB/OL when only online. */
  static String typeCode(SourceDocument doc) {
    String type = doc.type() == null ? "" : doc.type();
    return switch (type) {
      case "report", "budget" -> "R";
      case "standard" -> "S";
      default -> doc.url() != null ? "EB/OL" : "Z";
    };
  }
}
