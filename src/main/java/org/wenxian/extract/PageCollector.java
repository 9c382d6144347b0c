package org.wenxian.extract;

import java.util.ArrayList;
import java.util.List;
import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Receives Tika's XHTML events and keeps what passage cutting needs: page boundaries
 * ({@code <div class="page">} from the PDF parser), headings from markup, and line breaks.
 */
final class PageCollector extends DefaultHandler {
  private final int maxChars;
  private final List<List<Line>> pages = new ArrayList<>();
  private final StringBuilder buffer = new StringBuilder();
  private List<Line> current = new ArrayList<>();
  private int headingLevel;
  private int totalChars;
  private int skipDepth;
  /** Depth inside a PDF page div; PDF bookmarks come after the last page and are not body text. */
  private int pageDivDepth;
  private boolean sawPages;

  PageCollector(int maxChars) {
    this.maxChars = maxChars;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    String name = localName.isEmpty() ? qName : localName;
    if (skipDepth > 0 || name.equals("head") || name.equals("script") || name.equals("style")) {
      skipDepth++;
      return;
    }
    if (name.equals("div") && "page".equals(atts.getValue("class"))) {
      flush(true);
      if (!current.isEmpty() || !pages.isEmpty()) {
        pages.add(current);
      }
      current = new ArrayList<>();
      sawPages = true;
      pageDivDepth = 1;
      return;
    }
    if (sawPages && pageDivDepth == 0) {
      skipDepth++;
      return;
    }
    if (name.equals("div") && pageDivDepth > 0) {
      pageDivDepth++;
    }
    if (isBlock(name)) {
      flush(true);
    }
    if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
      headingLevel = name.charAt(1) - '0';
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String name = localName.isEmpty() ? qName : localName;
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    if (name.equals("div") && pageDivDepth > 0) {
      pageDivDepth--;
    }
    if (name.equals("br")) {
      buffer.append('\n');
    } else if (isBlock(name)) {
      flush(true);
      headingLevel = 0;
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (skipDepth > 0) {
      return;
    }
    totalChars += length;
    if (totalChars > maxChars) {
      throw new WriteLimitReachedException(maxChars);
    }
    buffer.append(ch, start, length);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    // The PDF parser reports its line breaks here; they are what tells one printed line from the next.
    if (skipDepth == 0 && new String(ch, start, length).indexOf('\n') >= 0) {
      buffer.append('\n');
    }
  }

  @Override
  public void endDocument() {
    flush(true);
    if (!current.isEmpty()) {
      pages.add(current);
      current = new ArrayList<>();
    }
  }

  private void flush(boolean blockEnd) {
    if (buffer.isEmpty()) {
      return;
    }
    // A heading is one line even when the markup wraps it ("第參章 加拿大 AI\n人才培育政策" in HTML).
    List<Line> lines = headingLevel > 0
        ? PrintedLists.lines(buffer.toString().replace('\n', ' '), headingLevel)
        : PrintedLists.lines(buffer.toString(), 0);
    buffer.setLength(0);
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      boolean last = i == lines.size() - 1;
      current.add(new Line(line.text(), line.headingLevel(), blockEnd && last, line.listEnd()));
    }
  }

  private static boolean isBlock(String name) {
    return switch (name) {
      case "p", "li", "div", "tr", "td", "th", "table", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6" -> true;
      default -> false;
    };
  }

  List<Page> pages() {
    List<Page> result = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      result.add(new Page(i + 1, String.valueOf(i + 1), pages.get(i)));
    }
    return result;
  }

  List<Line> allLines() {
    List<Line> all = new ArrayList<>();
    pages.forEach(all::addAll);
    return all;
  }
}
