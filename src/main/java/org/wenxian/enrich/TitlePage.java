package org.wenxian.enrich;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.wenxian.extract.SourceDocument;
import org.wenxian.passage.Passage;

/**
 * A document's title page: its first passage, when it says nothing but what the document's metadata
 * says (title, issuer, author, date, series). "令和6年5月 AI戦略会議 資料１－１" names the deck;
 * it answers no question, and its few words make it rank high for any query that names the
 * document. The report's cover, which also gives the project's name and dates, is not one.
 */
public final class TitlePage {
  /** Letters and digits a title page may hold beyond its metadata ("Decision", "通过"). */
  static final int MAX_OTHER_CHARACTERS = 12;

  private TitlePage() {}

  public static boolean isTitlePage(Passage p, SourceDocument d) {
    if (p.ordinal() != 0) {
      return false;
    }
    String rest = letters(p.text());
    // Longest first, so that a short part ("AI") does not break up a longer one ("AI戦略会議").
    List<String> parts = metadataParts(d);
    parts.sort(Comparator.comparingInt(String::length).reversed());
    for (String part : parts) {
      rest = rest.replace(part, "");
    }
    return rest.length() <= MAX_OTHER_CHARACTERS;
  }

  /** The metadata's runs of letters and digits (words, or whole Han phrases), two or more long. */
  private static List<String> metadataParts(SourceDocument d) {
    List<String> out = new ArrayList<>();
    for (String field : new String[] {d.title(), d.issuer(), d.author(), d.dateAsPrinted(), d.series()}) {
      if (field == null) {
        continue;
      }
      for (String run : normalized(field).split("[^\\p{L}\\p{N}]+")) {
        if (run.length() >= 2) {
          out.add(run);
        }
      }
    }
    return out;
  }

  private static String letters(String text) {
    return normalized(text).replaceAll("[^\\p{L}\\p{N}]+", "");
  }

  private static String normalized(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }
}
