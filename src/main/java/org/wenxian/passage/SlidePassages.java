package org.wenxian.passage;

import java.util.ArrayList;
import java.util.List;
import org.wenxian.extract.ExtractedDocument;
import org.wenxian.extract.Line;
import org.wenxian.extract.Page;
import org.wenxian.extract.TextJoiner;

/**
 * Slide decks: one slide is one passage, titled by its first line, its lines kept as lines. Joining
 * slide fragments into sentences would scatter one slide's points across passages.
 */
final class SlidePassages {
  /** One slide's text (or a part of a long one) with its title as heading. */
  record Piece(List<String> headings, Page page, String text) {}

  private SlidePassages() {}

  /**
   * A paged document whose lines are short and rarely end a sentence: bullet points and titles,
   * not prose. Prose PDFs (the report, the Cabinet Office's 論点整理) end most lines mid-sentence
   * but end their paragraphs with 。, and their lines run the full page width.
   */
  static boolean looksLikeSlides(ExtractedDocument doc) {
    if (!doc.paged() || !"application/pdf".equals(doc.mediaType())) {
      return false;
    }
    int lines = 0;
    int sentenceEnds = 0;
    long chars = 0;
    for (Page page : doc.pages()) {
      for (Line line : page.lines()) {
        String text = TextJoiner.normalizeLine(line.text());
        if (text.isEmpty()) {
          continue;
        }
        lines++;
        chars += text.length();
        if (LineClassifier.endsSentence(text)) {
          sentenceEnds++;
        }
      }
    }
    // Measured: the 2024 slide deck has 24 characters a line and 20% sentence ends; the prose PDFs
    // have 37 to 64 characters a line. A sidecar's "layout" overrides the guess.
    return lines >= 20 && sentenceEnds * 10 < lines * 3 && chars / lines < 30;
  }

  static List<Piece> cut(ExtractedDocument doc) {
    List<Piece> pieces = new ArrayList<>();
    for (Page page : doc.pages()) {
      List<String> lines = new ArrayList<>();
      for (Line line : page.lines()) {
        String text = TextJoiner.normalizeLine(line.text());
        if (!text.isEmpty() && !text.matches("\\d{1,3}")) {
          lines.add(text);
        }
      }
      if (lines.isEmpty()) {
        continue;
      }
      List<String> title = List.of(lines.get(0));
      StringBuilder text = new StringBuilder();
      for (String line : lines.subList(lines.size() > 1 ? 1 : 0, lines.size())) {
        if (text.length() + line.length() + 1 > PassageSplitter.MAX_CHARS && !text.isEmpty()) {
          pieces.add(new Piece(title, page, text.toString()));
          text.setLength(0);
        }
        text.append(text.isEmpty() ? "" : "\n").append(line.length() > PassageSplitter.MAX_CHARS ? line.substring(0, PassageSplitter.MAX_CHARS) : line);
      }
      pieces.add(new Piece(title, page, text.toString()));
    }
    return pieces;
  }
}
