package org.wenxian.extract;

/**
 * One line of extracted text in reading order.
 *
 * @param text         the line as the parser gave it, glyphs repaired, whitespace not yet normalised
 * @param headingLevel 1..6 when the markup says it is a heading (DOCX/HTML), otherwise 0
 * @param blockEnd     true when the markup closes a paragraph after this line
 * @param listEnd      true when a list printed as markup text opens or closes after this line
 *     ({@code </ol>}): the paragraph ends here even though the line has no full stop
 */
public record Line(String text, int headingLevel, boolean blockEnd, boolean listEnd) {
  public Line(String text, int headingLevel, boolean blockEnd) {
    this(text, headingLevel, blockEnd, false);
  }

  public static Line plain(String text) {
    return new Line(text, 0, false);
  }
}
