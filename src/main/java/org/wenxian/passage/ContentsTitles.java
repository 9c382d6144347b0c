package org.wenxian.passage;

import java.util.HashMap;
import java.util.Map;

/**
 * The titles a table of contents lists without a section number ("計算資源", "(4) Transportation
 * Infrastructure and Logistics"), remembered so that the body's plain line with that title is read
 * as a heading, one level below the numbered section it follows in the contents.
 */
final class ContentsTitles {
  /** Characters a title needs to end an open paragraph: a short one ("データ") may end a wrapped sentence. */
  private static final int MIN_TITLE_IN_PARAGRAPH = 8;

  private final Map<String, Integer> levels = new HashMap<>();
  /** The level of the last numbered entry. */
  private int numberedLevel = 1;

  /**
   * A contents line: a numbered entry sets the level, an unnumbered one is kept at the level below.
   * Numbered headings need no memory: the body's are found by their numbers.
   */
  void record(String line) {
    String title = LineClassifier.tocTitle(line);
    int level = LineClassifier.headingLevel(title);
    if (level > 0) {
      numberedLevel = level;
    } else if (title.length() >= 2 && !LineClassifier.endsSentence(title)) {
      levels.putIfAbsent(LineClassifier.tocKey(title), numberedLevel + 1);
    }
  }

  /** The heading level of a body line that is a whole listed title, or 0 when it is not one. */
  int levelOf(String line, boolean paragraphOpen) {
    String key = LineClassifier.tocKey(line);
    Integer level = levels.get(key);
    return level == null || (paragraphOpen && key.length() < MIN_TITLE_IN_PARAGRAPH) ? 0 : level;
  }
}
