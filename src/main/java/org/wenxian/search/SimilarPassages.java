package org.wenxian.search;

import java.io.IOException;
import java.io.StringReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.wenxian.analysis.Languages;
import org.wenxian.extract.SourceDocument;
import org.wenxian.index.Fields;
import org.wenxian.passage.Passage;

/**
 * The query for passages like a given one: Lucene's MoreLikeThis over the passage's own words, in
 * the field of its language, the passage itself left out. Traditional and Simplified passages share
 * one word field, so a report passage finds the Simplified source text it quotes.
 */
final class SimilarPassages {
  /** The passage's most telling words that the query keeps, by tf-idf. */
  static final int MAX_TERMS = 25;
  /** Words in more than this share of passages ("的", "AI") tell nothing about a passage. */
  static final int MAX_DOC_FREQ_PERCENT = 20;

  private SimilarPassages() {}

  static Query like(Generation gen, Passage p) throws IOException {
    SourceDocument doc = gen.documents().get(p.docId());
    String field = Fields.textField(Languages.family(doc == null ? null : doc.language()));
    MoreLikeThis mlt = new MoreLikeThis(gen.searcher().getIndexReader());
    mlt.setAnalyzer(Fields.analyzer());
    mlt.setFieldNames(new String[] {field});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(2);
    mlt.setMaxDocFreqPct(MAX_DOC_FREQ_PERCENT);
    mlt.setMaxQueryTerms(MAX_TERMS);
    Query like = mlt.like(field, new StringReader(p.text()));
    return new BooleanQuery.Builder()
        .add(like, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Fields.ID, p.id())), BooleanClause.Occur.MUST_NOT)
        .build();
  }
}
