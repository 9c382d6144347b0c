package org.wenxian.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes running headers and page-number footers from paged documents, and records the printed
 * page number as the page label.
 *
 * <p>A header is the line that opens at least half of the pages (the report's title on every page).
 * A footer is a bare page number (3, - 3 -, iii, 第 3 頁) closing a page.
 */
public final class RunningHeaders {
  private static final Pattern FOOTER =
      Pattern.compile("^(?:[-–—]\\s*)?(?:第\\s*)?(\\d{1,4}|[ivxlcdm]{1,7})(?:\\s*頁)?(?:\\s*[-–—])?$", Pattern.CASE_INSENSITIVE);

  private RunningHeaders() {}

  public static ExtractedDocument strip(ExtractedDocument doc) {
    if (!doc.paged() || doc.pages().isEmpty()) {
      return doc;
    }
    String header = commonFirstLine(doc.pages());
    List<Page> cleaned = new ArrayList<>();
    for (Page page : doc.pages()) {
      List<Line> lines = new ArrayList<>(page.lines());
      if (header != null && !lines.isEmpty() && squeeze(lines.get(0).text()).equals(header)) {
        lines.remove(0);
      }
      String label = page.label();
      if (!lines.isEmpty()) {
        Matcher footer = FOOTER.matcher(lines.get(lines.size() - 1).text().strip());
        if (footer.matches()) {
          label = footer.group(1);
          lines.remove(lines.size() - 1);
        }
      }
      cleaned.add(new Page(page.number(), label, lines));
    }
    return new ExtractedDocument(doc.relativePath(), doc.mediaType(), doc.title(), doc.author(), true, cleaned);
  }

  private static String commonFirstLine(List<Page> pages) {
    Map<String, Integer> counts = new HashMap<>();
    for (Page page : pages) {
      if (!page.lines().isEmpty()) {
        counts.merge(squeeze(page.lines().get(0).text()), 1, Integer::sum);
      }
    }
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount && !e.getKey().isEmpty()) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    boolean repeated = pages.size() >= 2 && bestCount >= 2 && bestCount * 2 >= pages.size();
    return repeated ? best : null;
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }
}
