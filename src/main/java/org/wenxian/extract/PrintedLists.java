package org.wenxian.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists printed as markup text: a Markdown source with an inline {@code <ol><li>…</li></ol>} that
 * the PDF converter did not render (the report has one, which its HTML and DOCX editions show as a
 * list). The reader was meant to see a list, and a policy writer quoting it does not want the tags:
 * each item becomes a line of its own, and the paragraph ends where the list opens or closes.
 */
final class PrintedLists {
  private static final Pattern ITEM = Pattern.compile("</?li>|<br\\s*/?>", Pattern.CASE_INSENSITIVE);
  private static final Pattern LIST = Pattern.compile("</?(?:ol|ul)(?:\\s[^<>]{0,200})?>", Pattern.CASE_INSENSITIVE);
  private static final String BOUNDARY = "\u0000";

  private PrintedLists() {}

  /** The non-blank lines of a chunk of text, glyphs repaired, printed list markup resolved. */
  static List<Line> lines(String chunk, int headingLevel) {
    String marked = LIST.matcher(chunk).replaceAll(Matcher.quoteReplacement("\n" + BOUNDARY + "\n"));
    marked = ITEM.matcher(marked).replaceAll("\n");
    List<Line> out = new ArrayList<>();
    for (String part : marked.split("\n", -1)) {
      if (part.equals(BOUNDARY)) {
        if (!out.isEmpty()) {
          Line last = out.remove(out.size() - 1);
          out.add(new Line(last.text(), last.headingLevel(), last.blockEnd(), true));
        }
      } else if (!part.isBlank()) {
        out.add(new Line(TextJoiner.repairGlyphs(part), headingLevel, false));
      }
    }
    return out;
  }
}
