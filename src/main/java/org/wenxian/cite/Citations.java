package org.wenxian.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.wenxian.extract.SourceDocument;
import org.wenxian.passage.Passage;

/**
 * Ready-to-paste citations in GB/T 7714-2015 and APA 7, rendered by citeproc-java with the official
 * CSL styles and locales.
 */
public final class Citations {
  public static final String GBT7714_STYLE = "china-national-standard-gb-t-7714-2015-numeric";
  public static final String APA_STYLE = "apa";
  private static final Map<String, CslRenderer> RENDERERS = new ConcurrentHashMap<>();

  /**
   * Rendered entries, by what they are rendered from. citeproc was 18% of a search's time (ten hits,
   * two styles each, one renderer at a time), and every passage of a document has the same APA entry.
   * A document's metadata is part of the key, so an edited sidecar renders anew; the cap bounds memory.
   */
  private static final Map<Object, String> RENDERED = new ConcurrentHashMap<>();
  private static final int MAX_RENDERED = 20_000;

  /** What a passage's GB/T 7714 entry is rendered from: the passage's id names the CSL item only. */
  private record GbtEntry(SourceDocument doc, String pages, List<String> headings) {}

  private record ApaEntry(SourceDocument doc) {}

  private Citations() {}

  private static String rendered(Object entry, java.util.function.Supplier<String> render) {
    String out = RENDERED.get(entry);
    if (out == null) {
      if (RENDERED.size() >= MAX_RENDERED) {
        RENDERED.clear();
      }
      out = render.get();
      RENDERED.put(entry, out);
    }
    return out;
  }

  public static Citation cite(SourceDocument doc, Passage p) {
    String gbt = rendered(new GbtEntry(doc, p.pageRangeLabel(), p.headings()),
        () -> gbt7714(List.of(CslItems.passage(doc, p))).get(0));
    String apa = rendered(new ApaEntry(doc), () -> apa(doc, List.of(CslItems.documentForApa(doc))).get(0));
    String apaInText = apaInText(doc, p.pageRangeLabel());
    return new Citation(
        gbt, gbt, apa, apaInText, doc.id(), doc.title(), doc.issuer(), doc.author(), doc.date(), doc.dateAsPrinted(),
        doc.place(), doc.language(), doc.type(), doc.url(), p.headings(), p.pageRangeLabel(),
        List.of(p.firstPage(), p.lastPage()), p.id(), p.text(), "/api/passages/" + p.id());
  }

  /**
   * GB/T 7714 reference entries. The numeric style numbers its list ("[1]"); the number belongs to
   * the writer's own reference list, so it is left off.
   */
  public static List<String> gbt7714(List<CSLItemData> items) {
    return renderer(GBT7714_STYLE, "zh-CN").bibliography(items).stream()
        .map(s -> s.replaceFirst("^\\[\\d+\\]\\s*", "")).toList();
  }

  /** APA 7 reference entries, in the locale of the document's language. */
  public static List<String> apa(SourceDocument doc, List<CSLItemData> items) {
    return renderer(APA_STYLE, locale(doc)).bibliography(items);
  }

  /**
   * APA 7 in-text citation with the page: (數位發展部數位產業署, 2024, 頁 12) or (Agency, 2024, p. 12).
   * Written by hand because citeproc-java 3.5 renders the locator label of the APA style in its long
   * form ("Page 12") instead of APA's "p. 12".
   */
  static String apaInText(SourceDocument doc, String pages) {
    String author = CslItems.author(doc) != null ? CslItems.author(doc) : doc.title();
    String year = doc.year() == null ? ("en-US".equals(locale(doc)) ? "n.d." : "無日期") : String.valueOf(doc.year());
    boolean range = pages.contains("-");
    String label = switch (locale(doc)) {
      case "zh-TW" -> "頁 ";
      case "zh-CN" -> "页 ";
      default -> range ? "pp. " : "p. ";
    };
    return "(" + author + ", " + year + ", " + label + pages.replace("-", "–") + ")";
  }

  /** CSL locale for a document: Traditional Chinese → zh-TW, other Chinese → zh-CN, Japanese, else English. */
  static String locale(SourceDocument doc) {
    String lang = doc.language() == null ? "" : doc.language().toLowerCase(Locale.ROOT);
    if (lang.startsWith("zh-hant") || lang.equals("zh-tw") || lang.equals("zh-hk")) {
      return "zh-TW";
    }
    if (lang.startsWith("zh")) {
      return "zh-CN";
    }
    if (lang.startsWith("ja")) {
      return "ja-JP";
    }
    return "en-US";
  }

  private static CslRenderer renderer(String style, String locale) {
    return RENDERERS.computeIfAbsent(style + "|" + locale, k -> new CslRenderer(style, locale));
  }
}
