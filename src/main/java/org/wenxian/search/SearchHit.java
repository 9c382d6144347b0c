package org.wenxian.search;

import java.util.List;
import org.wenxian.cite.Citation;

/**
 * One passage in a result list, with where it is and how to cite it.
 *
 * @param mostWords whether the passage has most of the query's words: such hits come first, ranked
 *     by score among themselves, and the others follow, ranked the same way; null where nothing was
 *     searched (a filter-only listing, a passage fetched by id)
 * @param captionsHighlight the captions, HTML-escaped, with the words the query matched in them marked
 */
public record SearchHit(
    String id,
    float score,
    Boolean mostWords,
    String text,
    String highlight,
    List<String> captions,
    List<String> captionsHighlight,
    DocumentRef document,
    Location location,
    List<String> countries,
    List<Integer> years,
    List<String> themes,
    Citation citation) {

  /** The document a hit comes from. {@code path} is relative to the corpus. */
  public record DocumentRef(String id, String title, String path, String issuer, String date, String language) {}

  /**
   * Where the passage is: physical pages [first, last], the page labels as printed, and the heading
   * path from chapter down.
   */
  public record Location(List<Integer> pages, List<String> pageLabels, List<String> headings) {}
}
