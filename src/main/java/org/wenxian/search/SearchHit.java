package org.wenxian.search;

import java.util.List;
import org.wenxian.cite.Citation;

/** One passage in a result list, with where it is and how to cite it. */
public record SearchHit(
    String id,
    float score,
    String text,
    String highlight,
    List<String> captions,
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
