package org.wenxian.passage;

import java.util.List;

/**
 * A paragraph-sized unit of a document: what search returns and what a citation points to.
 *
 * @param id             stable id: document id plus a hash of the text, unchanged across reindexes
 * @param docId          the document this passage belongs to
 * @param ordinal        0-based position in the document, for listing in document order
 * @param headings       heading path from chapter down
 * @param firstPage      physical page where the passage starts
 * @param lastPage       physical page where it ends (same as firstPage unless it crosses a break)
 * @param firstPageLabel page number as printed on the first page
 * @param lastPageLabel  page number as printed on the last page
 * @param text           body text in the original script, as the reader sees it
 * @param captions       figure/table captions, table rows and source lines that belong to it
 * @param countries      ISO 3166-1 alpha-2 codes of the countries it is about (set by enrichment)
 * @param years          Gregorian years it is about (set by enrichment)
 * @param themes         theme slugs of the taxonomy (set by enrichment)
 */
public record Passage(
    String id,
    String docId,
    int ordinal,
    List<String> headings,
    int firstPage,
    int lastPage,
    String firstPageLabel,
    String lastPageLabel,
    String text,
    List<String> captions,
    List<String> countries,
    List<Integer> years,
    List<String> themes) {
  public Passage {
    headings = List.copyOf(headings);
    captions = List.copyOf(captions);
    countries = countries == null ? List.of() : List.copyOf(countries);
    years = years == null ? List.of() : List.copyOf(years);
    themes = themes == null ? List.of() : List.copyOf(themes);
  }

  /** A copy carrying the given tags. */
  public Passage withTags(List<String> countries, List<Integer> years, List<String> themes) {
    return new Passage(id, docId, ordinal, headings, firstPage, lastPage, firstPageLabel, lastPageLabel, text, captions,
        countries, years, themes);
  }

  /** The page label as a reader would cite it: "12" or "12-13". */
  public String pageRangeLabel() {
    return firstPageLabel.equals(lastPageLabel) ? firstPageLabel : firstPageLabel + "-" + lastPageLabel;
  }
}
