package org.wenxian.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;
import java.util.ArrayList;
import java.util.List;
import org.wenxian.extract.SourceDocument;
import org.wenxian.index.Json;
import org.wenxian.passage.Passage;

/**
 * Renders references for export: one passage (with its page), or a result list deduplicated by
 * document (one reference per document, the way a reference list wants it).
 */
public final class Exports {
  /** What is cited: a document, and the passage when a single passage is cited. */
  public record Cited(SourceDocument document, Passage passage) {}

  private Exports() {}

  public static String render(ExportFormat format, List<Cited> cited) {
    return switch (format) {
      case CSL_JSON -> cslJson(cited);
      case BIBTEX -> String.join("\n", cited.stream().map(Exports::bibtex).toList());
      case RIS -> String.join("", cited.stream().map(Exports::ris).toList());
      case GBT7714 -> lines(Citations.gbt7714(cited.stream().map(Exports::item).toList()));
      case APA -> lines(cited.stream().map(c -> Citations.apa(c.document(),
          List.of(CslItems.documentForApa(c.document())))
          .get(0)).toList());
    };
  }

  private static CSLItemData item(Cited c) {
    return c.passage() == null ? CslItems.document(c.document()) : CslItems.passage(c.document(), c.passage());
  }

  private static String lines(List<String> entries) {
    return String.join("\n", entries) + "\n";
  }

  /** CSL-JSON: an array of items, the canonical form that every CSL processor reads. */
  static String cslJson(List<Cited> cited) {
    MapJsonBuilderFactory factory = new MapJsonBuilderFactory();
    List<Object> items = new ArrayList<>();
    for (Cited c : cited) {
      items.add(plain(item(c).toJson(factory.createJsonBuilder())));
    }
    // Gson rather than citeproc's string builder, which escapes every Chinese character as \\uXXXX.
    return Json.PRETTY.toJson(items) + "\n";
  }

  /** citeproc's map form with its enums as their CSL names ("report", not REPORT) and arrays as lists. */
  private static Object plain(Object value) {
    if (value instanceof Enum<?> e) {
      return e.toString();
    }
    if (value instanceof java.util.Map<?, ?> m) {
      java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
      return out;
    }
    if (value instanceof java.util.Collection<?> c) {
      return c.stream().map(Exports::plain).toList();
    }
    if (value != null && value.getClass().isArray()) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < java.lang.reflect.Array.getLength(value); i++) {
        out.add(plain(java.lang.reflect.Array.get(value, i)));
      }
      return out;
    }
    return value;
  }

  /**
   * BibTeX, written here because citeproc-java only reads it. Corporate and Chinese names are
   * wrapped in an extra pair of braces so BibTeX keeps them whole.
   */
  static String bibtex(Cited c) {
    SourceDocument d = c.document();
    String key = c.passage() == null ? d.id() : c.passage().id();
    StringBuilder b = new StringBuilder();
    b.append('@').append(CslItems.type(d) == de.undercouch.citeproc.csl.CSLType.REPORT ? "techreport" : "misc")
        .append('{').append(key).append(",\n");
    field(b, "title", "{" + bib(d.title()) + "}");
    String author = CslItems.author(d);
    if (author != null) {
      field(b, "author", "{{" + bib(author) + "}}");
    }
    if (d.issuer() != null) {
      field(b, CslItems.type(d) == de.undercouch.citeproc.csl.CSLType.REPORT ? "institution" : "publisher", "{" + bib(d.issuer()) + "}");
    }
    if (d.place() != null) {
      field(b, "address", "{" + bib(d.place()) + "}");
    }
    if (d.year() != null) {
      field(b, "year", "{" + d.year() + "}");
    }
    int[] date = CslItems.dateParts(d.date());
    if (date.length >= 2) {
      field(b, "month", MONTHS[date[1] - 1]);
    }
    if (c.passage() != null) {
      field(b, "pages", "{" + c.passage().pageRangeLabel().replace("-", "--") + "}");
      field(b, "note", "{" + bib(String.join(" › ", c.passage().headings())) + "}");
    }
    if (d.url() != null) {
      field(b, "url", "{" + d.url() + "}");
    }
    if (d.language() != null) {
      field(b, "language", "{" + d.language() + "}");
    }
    b.setLength(b.length() - 2);
    return b.append("\n}\n").toString();
  }

  private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

  private static void field(StringBuilder b, String name, String value) {
    b.append("  ").append(name).append(" = ").append(value).append(",\n");
  }

  private static String bib(String s) {
    return s.replace("\\", "\\textbackslash{}").replace("{", "\\{").replace("}", "\\}")
        .replace("&", "\\&").replace("%", "\\%").replace("$", "\\$").replace("#", "\\#").replace("_", "\\_");
  }

  /** RIS, written here for the same reason as BibTeX. */
  static String ris(Cited c) {
    SourceDocument d = c.document();
    StringBuilder r = new StringBuilder();
    tag(r, "TY", CslItems.type(d) == de.undercouch.citeproc.csl.CSLType.REPORT ? "RPRT" : "GEN");
    tag(r, "TI", d.title());
    tag(r, "AU", CslItems.author(d));
    tag(r, "PB", d.issuer());
    tag(r, "CY", d.place());
    if (d.year() != null) {
      tag(r, "PY", String.valueOf(d.year()));
    }
    if (d.date() != null) {
      tag(r, "DA", d.date().replace('-', '/'));
    }
    if (c.passage() != null) {
      tag(r, "SP", c.passage().firstPageLabel());
      tag(r, "EP", c.passage().lastPageLabel());
      tag(r, "N1", String.join(" › ", c.passage().headings()));
      tag(r, "ID", c.passage().id());
    } else {
      tag(r, "ID", d.id());
    }
    tag(r, "UR", d.url());
    tag(r, "LA", d.language());
    r.append("ER  - \n");
    return r.toString();
  }

  private static void tag(StringBuilder r, String tag, String value) {
    if (value != null && !value.isBlank()) {
      r.append(tag).append("  - ").append(value.replace('\n', ' ')).append('\n');
    }
  }
}
