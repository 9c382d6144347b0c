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
 * @param primaryCountry the one country the passage is mainly about (its section's, or the only one
 *     it names), or null: a passage in the Canada chapter is about Canada even when it mentions
 *     Brazil, while a conclusion comparing three countries is about none of them in particular
 * @param primaryYears   the years of the events it reports as dated (2022 年 6 月, 令和 3 年 5 月),
 *     opens with, or its section is titled with; a subset of {@code years}
 * @param primaryThemes  the themes its opening clause or its section title names ("在全國 AI 競賽的
 *     作法上…"): what it is about, not only what it mentions; a subset of {@code themes}
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
    List<String> themes,
    String primaryCountry,
    List<Integer> primaryYears,
    List<String> primaryThemes) {
  static final java.util.regex.Pattern LIST_NUMBER =
      java.util.regex.Pattern.compile("^(?:\\d{1,2}[.．、]|[（(][\\d一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)\\s*");

  public Passage {
    headings = List.copyOf(headings);
    captions = List.copyOf(captions);
    countries = countries == null ? List.of() : List.copyOf(countries);
    years = years == null ? List.of() : List.copyOf(years);
    themes = themes == null ? List.of() : List.copyOf(themes);
    primaryYears = primaryYears == null ? List.of() : List.copyOf(primaryYears);
    primaryThemes = primaryThemes == null ? List.of() : List.copyOf(primaryThemes);
  }

  /** An untagged passage, as the splitter cuts it. */
  public Passage(String id, String docId, int ordinal, List<String> headings, int firstPage, int lastPage,
      String firstPageLabel, String lastPageLabel, String text, List<String> captions) {
    this(id, docId, ordinal, headings, firstPage, lastPage, firstPageLabel, lastPageLabel, text, captions, List.of(),
        List.of(), List.of(), null, List.of(), List.of());
  }

  /** A copy carrying the given tags. */
  public Passage withTags(List<String> countries, List<Integer> years, List<String> themes, String primaryCountry,
      List<Integer> primaryYears, List<String> primaryThemes) {
    return new Passage(id, docId, ordinal, headings, firstPage, lastPage, firstPageLabel, lastPageLabel, text, captions,
        countries, years, themes, primaryCountry, primaryYears, primaryThemes);
  }

  /**
   * The opening clause, up to the first colon, comma or full stop (at most 40 characters), without
   * a list number: a list item "2. 蛋白質工業 (Protein Industries Cluster)：…" is about what it leads
   * with, like a title.
   */
  public String lead() {
    String s = LIST_NUMBER.matcher(text).replaceFirst("");
    int end = Math.min(s.length(), 40);
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      if (c == '：' || c == ':' || c == '，' || c == '。' || c == '；') {
        end = i;
        break;
      }
    }
    return s.substring(0, end);
  }

  /**
   * The captions and table rows without the source lines (資料來源：…, Source: …): a source line
   * says where a figure came from and when it was compiled ("MIC 整理，2024 年 11 月"), not what
   * the passage is about.
   */
  public List<String> captionsWithoutSources() {
    return captions.stream().filter(c -> !LineClassifier.isSource(c)).toList();
  }

  /** The page label as a reader would cite it: "12" or "12-13". */
  public String pageRangeLabel() {
    return firstPageLabel.equals(lastPageLabel) ? firstPageLabel : firstPageLabel + "-" + lastPageLabel;
  }
}
