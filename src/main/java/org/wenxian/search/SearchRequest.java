package org.wenxian.search;

import java.util.List;

/**
 * A validated search: the query text, paging, and filters. Values within one filter are ORed;
 * different filters are ANDed.
 *
 * @param q         what the user typed; may be empty when a filter is given
 * @param size      hits per page, 1..100
 * @param page      1-based page number
 * @param countries ISO 3166-1 alpha-2 codes
 * @param years     inclusive year ranges; a single year is a range of one
 * @param themes    theme slugs
 * @param langs     language families (zh-Hant, zh-Hans, ja, en)
 * @param docs      document ids or corpus-relative paths
 * @param sort      the order of the hits
 */
public record SearchRequest(
    String q, int size, int page, List<String> countries, List<YearRange> years, List<String> themes, List<String> langs,
    List<String> docs, Order sort) {
  /** relevance: best first (documents in order for a listing); newest: the latest document first. */
  public enum Order { RELEVANCE, NEWEST }

  public static final int DEFAULT_SIZE = 10;
  public static final int MAX_SIZE = 100;
  public static final int MAX_QUERY_CHARS = 500;

  /** The same request for other words: a did-you-mean searched instead. */
  public SearchRequest withQ(String other) {
    return new SearchRequest(other, size, page, countries, years, themes, langs, docs, sort);
  }

  public SearchRequest {
    q = q == null ? "" : q;
    countries = List.copyOf(countries);
    years = List.copyOf(years);
    themes = List.copyOf(themes);
    langs = langs == null ? List.of() : List.copyOf(langs);
    docs = docs == null ? List.of() : List.copyOf(docs);
    sort = sort == null ? Order.RELEVANCE : sort;
  }

  public SearchRequest(
      String q, int size, int page, List<String> countries, List<YearRange> years, List<String> themes, List<String> langs,
      List<String> docs) {
    this(q, size, page, countries, years, themes, langs, docs, Order.RELEVANCE);
  }

  public SearchRequest(
      String q, int size, int page, List<String> countries, List<YearRange> years, List<String> themes, List<String> langs) {
    this(q, size, page, countries, years, themes, langs, List.of());
  }

  public SearchRequest(String q, int size, int page, List<String> countries, List<YearRange> years, List<String> themes) {
    this(q, size, page, countries, years, themes, List.of());
  }

  public static SearchRequest of(String q) {
    return new SearchRequest(q, DEFAULT_SIZE, 1, List.of(), List.of(), List.of());
  }

  public boolean hasFilters() {
    return !countries.isEmpty() || !years.isEmpty() || !themes.isEmpty() || !langs.isEmpty() || !docs.isEmpty();
  }

  /** An inclusive range of years, from {@code year=2019} or {@code year=2017..2020}. */
  public record YearRange(int from, int to) {
    @Override
    public String toString() {
      return from == to ? String.valueOf(from) : from + ".." + to;
    }
  }
}
