package org.wenxian.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;
import org.wenxian.index.Fields;

/** A query word in the passage's own text: the match fields less the heading path. */
class MatchFieldsTest {
  private static final QueryBuilder BUILDER = new QueryBuilder(Fields.queryAnalyzer());

  @Test
  void aWordOutsideTheHeadingsIsTheWordInEveryOtherField() {
    String word = MatchFields.whole(BUILDER, "競賽").toString();
    String own = MatchFields.outside(MatchFields.whole(BUILDER, "競賽"), Fields.HEADINGS).toString();
    assertTrue(word.contains("headings:"), word);
    assertFalse(own.contains("headings:"), own);
    for (String field : new String[] {"text:", "text_ja:", "text_en:", "text_bigrams:", "captions:"}) {
      assertTrue(own.contains(field), own);
    }
  }

  @Test
  void aQueryOnlyInTheFieldLeavesNothing() {
    assertNull(MatchFields.outside(BUILDER.createPhraseQuery(Fields.HEADINGS, "數位素養"), Fields.HEADINGS));
    // A clause the query requires there alone: outside that field the query cannot match.
    var title = new BooleanQuery.Builder()
        .add(BUILDER.createPhraseQuery(Fields.TEXT, "數位素養"), BooleanClause.Occur.MUST)
        .add(BUILDER.createPhraseQuery(Fields.HEADINGS, "IPA"), BooleanClause.Occur.MUST)
        .build();
    assertNull(MatchFields.outside(title, Fields.HEADINGS));
  }
}
