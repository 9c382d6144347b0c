package org.wenxian.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefIterator;
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
    assertEquals(List.of("en1"), ids(NAMES.passagesTitledInEnglish("AI 戰略", COUNTRIES)));
    assertEquals(List.of("en1"), ids(NAMES.passagesTitledInEnglish("AI战略", COUNTRIES)));
    // A first word naming the country that issued it may be left out of its English title.
    assertEquals(List.of("en1"), ids(NAMES.passagesTitledInEnglish("日本 AI 戰略", COUNTRIES)));
  }

  @Test
  void aTitleNoEnglishDocumentSaysNamesNone() {
    // Another country's strategy, the words out of order, a word the title lacks, a Japanese title.
    assertNull(NAMES.passagesTitledInEnglish("加拿大 AI 戰略", COUNTRIES));
    assertNull(NAMES.passagesTitledInEnglish("戰略 AI", COUNTRIES));
    assertNull(NAMES.passagesTitledInEnglish("AI 社會原則", COUNTRIES));
    assertNull(NAMES.passagesTitledInEnglish("AI戦略の課題と対応", COUNTRIES));
    // The country alone is no title.
    assertNull(NAMES.passagesTitledInEnglish("日本", COUNTRIES));
  }

  /** The document ids a query of the passages of documents holds. */
  private static List<String> ids(Query q) {
    List<String> ids = new ArrayList<>();
    try {
      BytesRefIterator terms = ((TermInSetQuery) q).getBytesRefIterator();
      for (BytesRef term = terms.next(); term != null; term = terms.next()) {
        ids.add(term.utf8ToString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }

  private static SourceDocument document(String id, String title, String language, String issuer) {
    return new SourceDocument(id, id + ".pdf", title, "issuer", null, "2019-06-11", null, null, language, "strategy",
        null, null, List.of(issuer), "application/pdf", "x", "sidecar", null, issuer);
  }
}
