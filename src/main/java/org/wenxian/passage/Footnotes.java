package org.wenxian.passage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wenxian.extract.Line;
import org.wenxian.extract.Page;

/**
 * Footnotes printed at the foot of a page ("4 AI (artificial intelligence), for example, …"). In
 * reading order they sit between the last line of a page and the first of the next, often inside a
 * sentence that runs on over the page break; the splitter keeps them out of that sentence and makes
 * each note a paragraph of its own.
 *
 * <p>A note opens with its number, a space and a word. Numbers run on through the document, so a
 * page's notes are the lines from the first that opens the next expected note (or one of the two
 * after it, if a note was missed) to the end of the page, in the lower part of the page only, and
 * only when the text above cites one of them.
 *
 * <p>The PDF prints a note's number in the body as a superscript, but its text gives it as plain
 * digits glued to the word it follows ("IJCAI33", "NIST25", "生成 AI1"), which no search for IJCAI or
 * NIST would then match. Where a page's body has exactly one such mark for one of its notes, the
 * mark is written back as superscript digits ("IJCAI³³"): the text reads as printed, and analysis
 * folds superscripts to a word break.
 */
final class Footnotes {
  private static final Pattern OPENING = Pattern.compile("^(\\d{1,3})\\s+[^\\d\\s].*");
  /** Notes sit below the body: an opening line in the upper part of the page is body text. */
  private static final double LOWEST_START = 0.4;
  private static final int SKIPPABLE = 2;
  /** The digits a mark is written back in (NoteSubjects reads them). */
  static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  private final Set<Line> lines = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Line> openings = Collections.newSetFromMap(new IdentityHashMap<>());
  /** Body lines whose note marks are written as superscripts, with their new text. */
  private final Map<Line, String> marked = new IdentityHashMap<>();

  private Footnotes() {}

  static Footnotes find(List<Page> pages) {
    Footnotes notes = new Footnotes();
    int expected = 1;
    for (Page page : pages) {
      List<Line> ls = page.lines();
      for (int i = Math.max(1, (int) Math.ceil(ls.size() * LOWEST_START)); i < ls.size(); i++) {
        Integer n = number(ls.get(i));
        if (n == null || n < expected || n > expected + SKIPPABLE) {
          continue;
        }
        List<Integer> numbers = new ArrayList<>();
        int next = n;
        for (int j = i; j < ls.size(); j++) {
          Integer m = number(ls.get(j));
          if (m != null && m == next) {
            numbers.add(m);
            next++;
          }
        }
        if (!markedAbove(ls.subList(0, i), numbers)) {
          continue;
        }
        notes.superscriptMarks(ls.subList(0, i), numbers);
        int opening = n;
        for (int j = i; j < ls.size(); j++) {
          Line line = ls.get(j);
          notes.lines.add(line);
          Integer m = number(line);
          if (m != null && m == opening) {
            notes.openings.add(line);
            opening++;
          }
        }
        expected = next;
        break;
      }
    }
    return notes;
  }

  /**
   * Whether the body above cites one of the notes: its number right after a word ("function4",
   * "SDGs2 )", "AI1（", or "CBT 11" where the PDF spaced the superscript). A table row or list item
   * that happens to start with the next number usually has none.
   */
  private static boolean markedAbove(List<Line> body, List<Integer> numbers) {
    StringBuilder text = new StringBuilder();
    body.forEach(l -> text.append(l.text()).append('\n'));
    for (int n : numbers) {
      if (Pattern.compile("[\\p{L})”\"] ?" + n + "(?!\\d)").matcher(text).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A note's mark is its number right after a letter, a closing bracket or quote, and before
   * anything but another digit or Latin letter ("AI4Good" is a name), and not after a lone Latin
   * letter ("G20", "H100" are names too).
   */
  private static Pattern mark(int number) {
    return Pattern.compile("(?<=[\\p{L})”\"])(?<![^A-Za-z][A-Za-z])" + number + "(?![\\dA-Za-z])");
  }

  private void superscriptMarks(List<Line> body, List<Integer> numbers) {
    for (int n : numbers) {
      Pattern mark = mark(n);
      Line only = null;
      int count = 0;
      for (Line line : body) {
        Matcher m = mark.matcher(text(line));
        while (m.find()) {
          count++;
          only = line;
        }
      }
      // Two candidates (the mark and a "G7" on the same page) cannot be told apart: leave both.
      if (count == 1) {
        marked.put(only, mark.matcher(text(only)).replaceFirst(superscript(n)));
      }
    }
  }

  private String text(Line line) {
    return marked.getOrDefault(line, line.text());
  }

  private static String superscript(int number) {
    StringBuilder out = new StringBuilder();
    for (char digit : Integer.toString(number).toCharArray()) {
      out.append(SUPERSCRIPT_DIGITS.charAt(digit - '0'));
    }
    return out.toString();
  }

  /** A body line with its note marks, if it has any, written as superscripts. */
  Line withMarks(Line line) {
    String text = marked.get(line);
    return text == null ? line : new Line(text, line.headingLevel(), line.blockEnd(), line.listEnd());
  }

  private static Integer number(Line line) {
    Matcher m = OPENING.matcher(line.text().strip());
    return m.matches() ? Integer.valueOf(m.group(1)) : null;
  }

  boolean contains(Line line) {
    return lines.contains(line);
  }

  boolean opens(Line line) {
    return openings.contains(line);
  }
}
