package org.wenxian.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.wenxian.passage.Passage;

/**
 * Country, year, theme, language and document of a passage, as facet fields (counts, drill-down and drill-sideways)
 * and, for years, as points so that year ranges filter without enumerating years.
 */
public final class Facets {
  public static final String COUNTRY = "country";
  public static final String YEAR = "year";
  public static final String THEME = "theme";
  public static final String LANG = "lang";
  /** The document a passage is from: narrows a search to one report or policy, and counts per document. */
  public static final String DOC = "doc";
  /** Years as int points, for year-range filters. */
  public static final String YEAR_POINT = "year_point";

  private static final FacetsConfig CONFIG = newConfig();

  private Facets() {}

  public static FacetsConfig config() {
    return CONFIG;
  }

  private static FacetsConfig newConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : new String[] {COUNTRY, YEAR, THEME, LANG}) {
      config.setMultiValued(dim, true);
    }
    return config;
  }

  /** Adds the facet fields to {@code doc} and returns the document that FacetsConfig builds from it. */
  static Document build(Document doc, Passage p, String languageFamily) throws java.io.IOException {
    doc.add(new SortedSetDocValuesFacetField(LANG, languageFamily));
    doc.add(new SortedSetDocValuesFacetField(DOC, p.docId()));
    for (String country : p.countries()) {
      doc.add(new SortedSetDocValuesFacetField(COUNTRY, country));
    }
    for (Integer year : p.years()) {
      doc.add(new SortedSetDocValuesFacetField(YEAR, String.valueOf(year)));
      doc.add(new IntPoint(YEAR_POINT, year));
    }
    for (String theme : p.themes()) {
      doc.add(new SortedSetDocValuesFacetField(THEME, theme));
    }
    return CONFIG.build(doc);
  }
}
