package org.wenxian.cite;

import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import org.wenxian.extract.SourceDocument;
import org.wenxian.passage.Passage;

/**
 * CSL items (the canonical citation data) for a document or one passage of it.
 *
 * <p>Agencies and Chinese person names go in as CSL "literal" names, so no style splits them into
 * family and given names or puts spaces into them.
 */
public final class CslItems {
  private CslItems() {}

  /** The item for a whole document: what a reference list needs. */
  public static CSLItemData document(SourceDocument doc) {
    return builder(doc, doc.id(), true).build();
  }

  /** The item for one passage: the document plus the cited page and section. */
  public static CSLItemData passage(SourceDocument doc, Passage p) {
    return builder(doc, p.id(), true).page(p.pageRangeLabel()).section(String.join(" › ", p.headings())).build();
  }

  /**
   * The document for an APA reference list entry, without a publisher that repeats the author:
   * APA 7 omits it, but the CSL APA style prints it when the author is a literal name. The page of
   * a passage goes in the in-text citation, not in the reference.
   */
  static CSLItemData documentForApa(SourceDocument doc) {
    CSLItemDataBuilder b = builder(doc, doc.id(), !sameAsAuthor(doc));
    int[] date = dateParts(doc.date());
    if (date.length > 1 && type(doc) != CSLType.WEBPAGE) {
      // APA 7 dates reports and other government documents by the year alone. The CSL APA style
      // prints a full date for a "document", and in the Chinese and Japanese locales garbles it
      // ("2020, 十月 29", "2023年, 5月 26").
      b.issued(new CSLDateBuilder().dateParts(date[0]).build());
    }
    return b.build();
  }

  private static CSLItemDataBuilder builder(SourceDocument doc, String id, boolean withPublisher) {
    CSLItemDataBuilder b = new CSLItemDataBuilder().id(id).type(type(doc)).title(doc.title());
    String author = author(doc);
    if (author != null) {
      b.author(new CSLNameBuilder().literal(author).build());
    }
    if (withPublisher && doc.issuer() != null) {
      b.publisher(doc.issuer());
    }
    if (doc.place() != null) {
      b.publisherPlace(doc.place());
    }
    int[] date = dateParts(doc.date());
    if (date.length > 0) {
      b.issued(new CSLDateBuilder().dateParts(date).build());
    }
    if (doc.url() != null) {
      b.URL(doc.url());
    }
    if (doc.language() != null) {
      b.language(doc.language());
    }
    if (doc.series() != null) {
      b.collectionTitle(doc.series());
    }
    return b;
  }

  /** The responsible party: the issuing organisation, else the named author. */
  public static String author(SourceDocument doc) {
    return doc.issuer() != null ? doc.issuer() : doc.author();
  }

  private static boolean sameAsAuthor(SourceDocument doc) {
    return doc.issuer() != null && doc.issuer().equals(author(doc));
  }

  static CSLType type(SourceDocument doc) {
    String type = doc.type() == null ? "" : doc.type();
    return switch (type) {
      case "report", "budget", "white-paper" -> CSLType.REPORT;
      case "law", "regulation" -> CSLType.LEGISLATION;
      default -> doc.url() != null ? CSLType.WEBPAGE : CSLType.DOCUMENT;
    };
  }

  /** "2024-11-15" → {2024, 11, 15}; "2024-05" → {2024, 5}; unknown → {}. */
  static int[] dateParts(String date) {
    if (date == null || date.isBlank()) {
      return new int[0];
    }
    String[] parts = date.strip().split("-");
    int n = Math.min(3, parts.length);
    int[] out = new int[n];
    try {
      for (int i = 0; i < n; i++) {
        out[i] = Integer.parseInt(parts[i]);
      }
    } catch (NumberFormatException e) {
      return new int[0];
    }
    return out;
  }
}
