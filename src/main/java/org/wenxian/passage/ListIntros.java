package org.wenxian.passage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The sentence that introduces a list, for the passages that carry on with its items. "1. 提升企業生產力：…"
 * does not say that it is one of the AI supply-chain cluster's four visions; the sentence before the
 * list does ("AI 供應鏈設立四項發展願景，…以下將簡要說明之：").
 */
public final class ListIntros {
  private ListIntros() {}

  /**
   * For each passage of one document, in document order, the intro of the list it continues, or
   * null: when it opens with a list item, under the same headings as the passage before, and an
   * intro (a line ending with a colon, followed only by items) came before it with nothing but
   * items since.
   */
  public static List<String> of(List<Passage> passages) {
    List<String> out = new ArrayList<>(passages.size());
    String intro = null;
    List<String> headings = null;
    for (Passage p : passages) {
      boolean continues = Objects.equals(p.headings(), headings) && isItem(p.text());
      if (!continues) {
        intro = null;
      }
      out.add(intro);
      String[] lines = p.text().split("\n");
      String last = lastIntro(lines);
      if (last != null) {
        intro = last;
      } else if (!allItems(lines)) {
        intro = null;
      }
      headings = p.headings();
    }
    return out;
  }

  /** The last sentence of the last line that ends with a colon and is followed by items only, or null. */
  private static String lastIntro(String[] lines) {
    for (int i = lines.length - 1; i >= 0; i--) {
      String line = lines[i].strip();
      if (line.endsWith("：") || line.endsWith(":")) {
        int sentence = Math.max(line.lastIndexOf('。', line.length() - 2), line.lastIndexOf(". ", line.length() - 2));
        return line.substring(sentence + 1).strip();
      }
      if (!isItem(line)) {
        return null;
      }
    }
    return null;
  }

  private static boolean allItems(String[] lines) {
    for (String line : lines) {
      if (!line.isBlank() && !isItem(line.strip())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isItem(String text) {
    return Passage.LIST_NUMBER.matcher(text).lookingAt();
  }
}
