package org.wenxian.extract;

import java.util.List;

/**
 * One physical page (PDF) or the whole document as a single page (other formats).
 *
 * @param number physical page number, 1-based
 * @param label  the page number as printed in the footer, or the physical number when none is printed
 */
public record Page(int number, String label, List<Line> lines) {
  public Page {
    lines = List.copyOf(lines);
  }
}
