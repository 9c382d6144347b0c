package org.wenxian.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wenxian.TestCorpus;

/** Filters and facet counts through the real searcher. */
class FacetsTest {
  static SearchResponse search(String... keyValues) throws IOException {
    Map<String, List<String>> params = TestCorpus.params(keyValues);
    params.putIfAbsent("size", List.of("100"));
    return TestCorpus.search(params);
  }

  static int count(SearchResponse r, String dim, String value) {
    return r.facets().get(dim).stream().filter(v -> v.value().equals(value)).mapToInt(FacetValue::count).findFirst().orElse(0);
  }

  @Test
  void everyHitCarriesTheFilteredValues() throws IOException {
    for (SearchHit h : search("q", "人才", "country", "CA").hits()) {
      assertTrue(h.countries().contains("CA"), h.id());
    }
    for (SearchHit h : search("q", "人才", "year", "2019").hits()) {
      assertTrue(h.years().contains(2019), h.id());
    }
    for (SearchHit h : search("q", "人才", "year", "2017..2020").hits()) {
      assertTrue(h.years().stream().anyMatch(y -> y >= 2017 && y <= 2020), h.id());
    }
    for (SearchHit h : search("q", "人才", "theme", "lifelong-learning").hits()) {
      assertTrue(h.themes().contains("lifelong-learning"), h.id());
    }
  }

  @Test
  void namesAndLabelsAreAcceptedForFilters() throws IOException {
    long byCode = search("q", "人才", "country", "CA").total();
    assertEquals(byCode, search("q", "人才", "country", "加拿大").total());
    assertEquals(byCode, search("q", "人才", "country", "Canada").total());
    assertEquals(search("q", "人才", "theme", "lifelong-learning").total(), search("q", "人才", "theme", "終身學習").total());
  }

  @Test
  void valuesOfOneParameterAreOredAndParametersAnded() throws IOException {
    long ca = search("q", "人才", "country", "CA").total();
    long jp = search("q", "人才", "country", "JP").total();
    long either = search("q", "人才", "country", "CA,JP").total();
    long repeated = search("q", "人才", "country", "CA", "country", "JP").total();
    assertEquals(either, repeated);
    assertTrue(either >= Math.max(ca, jp) && either <= ca + jp);
    long both = search("q", "人才", "country", "CA", "year", "2022").total();
    assertTrue(both <= Math.min(ca, search("q", "人才", "year", "2022").total()));
    for (SearchHit h : search("q", "人才", "country", "CA", "year", "2022").hits()) {
      assertTrue(h.countries().contains("CA") && h.years().contains(2022));
    }
  }

  @Test
  void facetCountsEqualTheNumberOfMatchingPassages() throws IOException {
    SearchResponse all = search("q", "人才");
    for (FacetValue v : all.facets().get("country")) {
      assertEquals(v.count(), search("q", "人才", "country", v.value()).total(), "country " + v.value());
    }
    for (FacetValue v : all.facets().get("theme")) {
      assertEquals(v.count(), search("q", "人才", "theme", v.value()).total(), "theme " + v.value());
    }
    for (FacetValue v : all.facets().get("year").subList(0, Math.min(5, all.facets().get("year").size()))) {
      assertEquals(v.count(), search("q", "人才", "year", v.value()).total(), "year " + v.value());
    }
    assertEquals("加拿大", all.facets().get("country").stream().filter(v -> v.value().equals("CA")).findFirst().orElseThrow().label());
  }

  @Test
  void multiSelectCountsIgnoreTheirOwnDimension() throws IOException {
    SearchResponse filtered = search("q", "人才", "country", "CA");
    SearchResponse unfiltered = search("q", "人才");
    // Other countries stay visible with the counts they would have if added.
    assertEquals(count(unfiltered, "country", "JP"), count(filtered, "country", "JP"));
    assertTrue(count(filtered, "country", "JP") > 0);
    // Other dimensions are counted within the filtered set.
    assertEquals(search("q", "人才", "country", "CA", "year", "2022").total(), count(filtered, "year", "2022"));
  }

  @Test
  void emptyQueryWithAFilterListsPassagesInDocumentOrder() throws IOException {
    SearchResponse r = search("country", "JP", "theme", "ai-literacy");
    assertTrue(r.total() > 0);
    List<SearchHit> hits = r.hits();
    List<String> documentsSeen = new java.util.ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      String doc = hits.get(i).document().id();
      if (i > 0 && doc.equals(hits.get(i - 1).document().id())) {
        assertTrue(hits.get(i - 1).location().pages().get(0) <= hits.get(i).location().pages().get(0), "not in document order");
      } else {
        assertFalse(documentsSeen.contains(doc), "a document's passages are not listed together");
        documentsSeen.add(doc);
      }
    }
    for (SearchHit h : hits) {
      assertTrue(h.countries().contains("JP") && h.themes().contains("ai-literacy"));
      assertFalse(h.highlight().contains("<mark>"));
    }
  }

  @Test
  void badFilterValuesNameTheirParameter() {
    assertEquals("country", assertThrows(BadRequestException.class, () -> search("q", "人才", "country", "Atlantis")).param());
    assertEquals("theme", assertThrows(BadRequestException.class, () -> search("q", "人才", "theme", "space-travel")).param());
    for (String year : new String[] {"19x9", "2020..2010", "20201", "1800", "2019-", "..", "abc"}) {
      assertEquals("year", assertThrows(BadRequestException.class, () -> search("q", "人才", "year", year)).param(), year);
    }
  }
}
