package org.wenxian.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.search.TopDocs;
import org.wenxian.enrich.Vocabulary;
import org.wenxian.extract.SourceDocument;
import org.wenxian.index.Facets;

/** The facet counts of a result list, per dimension, in the order the API returns them. */
final class FacetCounts {
  private static final Map<String, String> LANG_LABELS = Map.of(
      "zh-Hant", "繁體中文", "zh-Hans", "简体中文", "ja", "日本語", "en", "English");

  /** The counts of each dimension, labelled (JP: 日本, a theme's Chinese name, a document's title). */
  static Map<String, List<FacetValue>> of(Generation gen, org.apache.lucene.facet.Facets facets, Vocabulary countries,
      Vocabulary themes) throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    out.put(Facets.COUNTRY, values(facets, Facets.COUNTRY, v -> countries.get(v).map(Vocabulary.Entry::label).orElse(v), false));
    out.put(Facets.YEAR, values(facets, Facets.YEAR, v -> v, true));
    out.put(Facets.THEME, values(facets, Facets.THEME, v -> themes.get(v).map(Vocabulary.Entry::label).orElse(v), false));
    out.put(Facets.LANG, values(facets, Facets.LANG, v -> LANG_LABELS.getOrDefault(v, v), false));
    out.put(Facets.DOC, values(facets, Facets.DOC,
        v -> java.util.Optional.ofNullable(gen.documents().get(v)).map(SourceDocument::title).orElse(v), false));
    return out;
  }

  private static List<FacetValue> values(org.apache.lucene.facet.Facets facets, String dim,
      java.util.function.Function<String, String> label, boolean byValue) throws IOException {
    FacetResult result;
    try {
      result = facets.getAllChildren(dim);
    } catch (IllegalArgumentException e) {
      return List.of(); // the dimension has no values in this index
    }
    List<FacetValue> values = new ArrayList<>();
    if (result != null) {
      for (LabelAndValue lv : result.labelValues) {
        values.add(new FacetValue(lv.label, label.apply(lv.label), lv.value.intValue()));
      }
    }
    values.sort(byValue
        ? java.util.Comparator.comparing(FacetValue::value)
        : java.util.Comparator.comparingInt(FacetValue::count).reversed().thenComparing(FacetValue::value));
    return values;
  }

  /** Every dimension, with no values: an index built without facets. */
  static Map<String, List<FacetValue>> none() {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    out.put(Facets.COUNTRY, List.of());
    out.put(Facets.YEAR, List.of());
    out.put(Facets.THEME, List.of());
    out.put(Facets.LANG, List.of());
    out.put(Facets.DOC, List.of());
    return out;
  }

  /** The hits of the drill-down, counted by the facets collector when there is one. */
  static long totalOf(FacetsCollector collector, TopDocs top) {
    if (collector == null) {
      return top.totalHits.value();
    }
    long n = 0;
    for (FacetsCollector.MatchingDocs m : collector.getMatchingDocs()) {
      n += m.totalHits();
    }
    return n;
  }

  private FacetCounts() {}
}
