package org.wenxian.extract;

/**
 * One line of extracted text in reading order.
 *
 * @param text         the line as the parser gave it, glyphs repaired, whitespace not yet normalised
 * @param headingLevel 1..6 when the markup says it is a heading (DOCX/HTML), otherwise 0
 * @param blockEnd     true when the markup closes a paragraph after this line
 */
public record Line(String text, int headingLevel, boolean blockEnd) {
  public static Line plain(String text) {
    return new Line(text, 0, false);
  }
}
