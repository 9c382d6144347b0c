package org.wenxian.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.wenxian.extract.SourceDocument;

class DocumentNamesTest {
  private static final SourceDocument STRATEGY = document("en1", "AI Strategy 2019: AI for Everyone: People, Industries, Regions and Governments", "en", "JP");
  private static final SourceDocument BUDGET = document("en2", "Budget 2024: Fairness for Every Generation", "en", "CA");
  private static final SourceDocument PAPER = document("ja1", "AI戦略の課題と対応（資料1-1）", "ja", "JP");
  private static final DocumentNames NAMES = DocumentNames.of(List.of(STRATEGY, BUDGET, PAPER));
  private static final Function<String, String> COUNTRIES = w -> switch (w) {
    case "日本" -> "JP";
    case "加拿大" -> "CA";
    default -> null;
  };

  @Test
  void aChineseTitleSaidInEnglishNamesTheEnglishDocument() {
    // AI as written, 戰略 by its CC-CEDICT sense (strategy), in order, in either script.
    assertEquals(List.of("en1"), NAMES.titledInEnglish("AI 戰略", COUNTRIES));
    assertEquals(List.of("en1"), NAMES.titledInEnglish("AI战略", COUNTRIES));
    // A first word naming the country that issued it may be left out of its English title.
    assertEquals(List.of("en1"), NAMES.titledInEnglish("日本 AI 戰略", COUNTRIES));
  }

  @Test
  void aTitleNoEnglishDocumentSaysNamesNone() {
    // Another country's strategy, the words out of order, a word the title lacks, a Japanese title.
    assertEquals(List.of(), NAMES.titledInEnglish("加拿大 AI 戰略", COUNTRIES));
    assertEquals(List.of(), NAMES.titledInEnglish("戰略 AI", COUNTRIES));
    assertEquals(List.of(), NAMES.titledInEnglish("AI 社會原則", COUNTRIES));
    assertEquals(List.of(), NAMES.titledInEnglish("AI戦略の課題と対応", COUNTRIES));
    // The country alone is no title.
    assertEquals(List.of(), NAMES.titledInEnglish("日本", COUNTRIES));
  }

  private static SourceDocument document(String id, String title, String language, String issuer) {
    return new SourceDocument(id, id + ".pdf", title, "issuer", null, "2019-06-11", null, null, language, "strategy",
        null, null, List.of(issuer), "application/pdf", "x", "sidecar", null, issuer);
  }
}
