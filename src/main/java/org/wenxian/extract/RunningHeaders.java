package org.wenxian.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes running headers and footers from paged documents and records the printed page number as
 * each page's label.
 *
 * <p>A running header or footer is a line at the top or bottom of pages that repeats on at least a
 * quarter of them once digits are ignored ("Economic Growth for Every Generation 167", "168
 * Chapter 4", the report's title on every page). A bare page number (3, - 3 -, iii, 第 3 頁) at the
 * top or bottom goes too. Pages without a printed number get one inferred from their neighbours;
 * pages before printed page 1 are front matter, labelled i, ii, iii by their position.
 */
public final class RunningHeaders {
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("^(?:[-–—]\\s*)?(?:第\\s*)?(\\d{1,4}|[ivxlcdm]{1,7})(?:\\s*頁)?(?:\\s*[-–—])?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
  private static final int EDGE_LINES = 3;

  private RunningHeaders() {}

  public static ExtractedDocument strip(ExtractedDocument doc) {
    if (!doc.paged() || doc.pages().isEmpty()) {
      return doc;
    }
    Set<String> repeated = repeatedEdgeLines(doc.pages());
    List<Page> cleaned = new ArrayList<>();
    List<String> printed = new ArrayList<>();
    for (Page page : doc.pages()) {
      List<Line> lines = new ArrayList<>(page.lines());
      String label = null;
      for (int n = 0; n < EDGE_LINES && !lines.isEmpty(); n++) {
        String found = edge(lines.get(0).text(), repeated);
        if (found == null) {
          break;
        }
        label = label == null && !found.isEmpty() ? found : label;
        lines.remove(0);
      }
      String footerLabel = null;
      for (int n = 0; n < EDGE_LINES && !lines.isEmpty(); n++) {
        String found = edge(lines.get(lines.size() - 1).text(), repeated);
        if (found == null) {
          break;
        }
        footerLabel = footerLabel == null && !found.isEmpty() ? found : footerLabel;
        lines.remove(lines.size() - 1);
      }
      printed.add(footerLabel != null ? footerLabel : label);
      cleaned.add(new Page(page.number(), page.label(), lines));
    }
    List<Page> labelled = new ArrayList<>();
    List<String> labels = inferMissing(doc.pages(), printed);
    for (int i = 0; i < cleaned.size(); i++) {
      Page p = cleaned.get(i);
      labelled.add(new Page(p.number(), labels.get(i), p.lines()));
    }
    return new ExtractedDocument(doc.relativePath(), doc.mediaType(), doc.title(), doc.author(), true, labelled);
  }

  /**
   * Removes the document's title where a page after the first opens with it: a title page, a table
   * of contents and a first chapter that each repeat it, too seldom to count as a running header,
   * would otherwise end the passage before them with the title, once per page.
   */
  public static ExtractedDocument withoutRepeatedTitle(ExtractedDocument doc, String title) {
    if (!doc.paged() || title == null || key(title).length() < 3) {
      return doc;
    }
    String titleKey = key(title);
    List<Page> pages = new ArrayList<>();
    for (Page page : doc.pages()) {
      List<Line> lines = new ArrayList<>(page.lines());
      if (page != doc.pages().get(0)) {
        for (int n = 0; n < EDGE_LINES && n < lines.size(); n++) {
          if (key(lines.get(n).text()).equals(titleKey)) {
            lines.remove(n);
            break;
          }
        }
      }
      pages.add(new Page(page.number(), page.label(), lines));
    }
    return new ExtractedDocument(doc.relativePath(), doc.mediaType(), doc.title(), doc.author(), true, pages);
  }

  /**
   * If the line is a page number or a repeated header/footer, returns the page number it prints
   * ("" when it prints none); otherwise null.
   */
  private static String edge(String line, Set<String> repeated) {
    String text = line.strip();
    Matcher number = PAGE_NUMBER.matcher(text);
    if (number.matches()) {
      return number.group(1);
    }
    if (repeated.contains(key(text))) {
      Matcher m = NUMBER.matcher(text);
      return m.find() ? m.group() : "";
    }
    return null;
  }

  /** Lines near the top or bottom of pages that repeat, digits ignored, on a quarter of the pages. */
  private static Set<String> repeatedEdgeLines(List<Page> pages) {
    Map<String, Integer> counts = new HashMap<>();
    for (Page page : pages) {
      Set<String> seen = new HashSet<>();
      List<Line> lines = page.lines();
      for (int i = 0; i < lines.size(); i++) {
        if (i < EDGE_LINES || i >= lines.size() - EDGE_LINES) {
          String k = key(lines.get(i).text());
          if (k.length() >= 3 && seen.add(k)) {
            counts.merge(k, 1, Integer::sum);
          }
        }
      }
    }
    int needed = Math.max(2, (pages.size() + 3) / 4);
    Set<String> repeated = new HashSet<>();
    counts.forEach((k, n) -> {
      if (n >= needed && pages.size() >= 3) {
        repeated.add(k);
      }
    });
    return repeated;
  }

  private static String key(String line) {
    return line.replaceAll("\\s+", "").replaceAll("\\d+", "#");
  }

  /**
   * Pages whose number is not printed get the label their neighbours imply: the nearest printed
   * arabic number, shifted by the distance between the pages; else the physical number.
   */
  private static List<String> inferMissing(List<Page> pages, List<String> printed) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      if (printed.get(i) != null) {
        out.add(printed.get(i));
        continue;
      }
      String inferred = String.valueOf(pages.get(i).number());
      for (int d = 1; d < pages.size(); d++) {
        Integer offset = offsetAt(pages, printed, i - d);
        if (offset == null) {
          offset = offsetAt(pages, printed, i + d);
        }
        if (offset != null) {
          int number = pages.get(i).number() + offset;
          // Before printed page 1 (a cover, a contents page): front matter, numbered i, ii, … as books do.
          inferred = number >= 1 ? String.valueOf(number) : roman(pages.get(i).number());
          break;
        }
      }
      out.add(inferred);
    }
    return out;
  }

  private static String roman(int n) {
    String[] ones = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
    String[] tens = {"", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"};
    return n >= 1 && n < 100 ? tens[n / 10] + ones[n % 10] : String.valueOf(n);
  }

  private static Integer offsetAt(List<Page> pages, List<String> printed, int i) {
    if (i < 0 || i >= pages.size() || printed.get(i) == null || !printed.get(i).matches("\\d+")) {
      return null;
    }
    return Integer.parseInt(printed.get(i)) - pages.get(i).number();
  }
}
