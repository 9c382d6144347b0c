package org.wenxian.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.wenxian.index.Fields;

/** The highlighter is given only the clauses that can mark the fields it marks. */
class MarkedFieldsTest {
  private static final Set<String> TEXT = Set.of(Fields.TEXT, Fields.TEXT_JA, Fields.TEXT_EN);

  private static Query term(String field, String text) {
    return new TermQuery(new Term(field, text));
  }

  private static Query anyOf(Query... queries) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : queries) {
      b.add(q, Occur.SHOULD);
    }
    return b.build();
  }

  @Test
  void aDisjunctionLosesTheClausesOfOtherFieldsAndKeepsItsBoosts() {
    Query words = new BoostQuery(anyOf(term(Fields.TEXT, "数位"), term(Fields.HEADINGS, "数位")), 1.0f);
    Query bigrams = new BoostQuery(new PhraseQuery(Fields.TEXT_BIGRAMS, "数位", "位素"), 0.6f);
    Query marked = anyOf(words, bigrams, term(Fields.LEAD, "ipa"));
    assertEquals(anyOf(new BoostQuery(anyOf(term(Fields.TEXT, "数位")), 1.0f)), MarkedFields.only(marked, TEXT));
    assertEquals(anyOf(new BoostQuery(anyOf(term(Fields.HEADINGS, "数位")), 1.0f)),
        MarkedFields.only(marked, Set.of(Fields.HEADINGS)));
    assertNull(MarkedFields.only(marked, Set.of(Fields.CAPTIONS)));
  }

  /** A conjunction's other clauses decide whether it matches at all: it stays whole or goes whole. */
  @Test
  void aConjunctionIsKeptWholeAndAnExclusionDoesNotCount() {
    Query both = new BooleanQuery.Builder()
        .add(term(Fields.TEXT, "人工"), Occur.MUST).add(term(Fields.HEADINGS, "智慧"), Occur.MUST).build();
    assertSame(both, MarkedFields.only(both, TEXT));
    Query introOnly = new BooleanQuery.Builder()
        .add(term(Fields.INTRO, "ipa"), Occur.MUST).add(term(Fields.TEXT, "ipa"), Occur.MUST_NOT).build();
    assertNull(MarkedFields.only(introOnly, TEXT));
    Query unchanged = anyOf(term(Fields.TEXT, "ai"), term(Fields.TEXT_EN, "ai"));
    assertSame(unchanged, MarkedFields.only(unchanged, TEXT));
    assertNull(MarkedFields.only(null, TEXT));
  }
}
