package org.wenxian.search;

import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * A marked query cut down to what can mark the fields being highlighted. The highlighter builds the
 * whole query's weight for every hit it marks, and most of a query's clauses search fields it never
 * marks (the bigrams, headings, lead, section). In a disjunction, a clause with no term
 * in the shown fields adds no mark there, matched or not, so it is left out; any other clause is
 * kept whole, so that what a conjunction or an exclusion asks is unchanged.
 */
final class MarkedFields {
  private MarkedFields() {}

  /** {@code query} less the disjuncts that name none of {@code fields}; null when none is left. */
  static Query only(Query query, Set<String> fields) {
    if (query == null) {
      return null;
    }
    if (query instanceof BoostQuery boosted) {
      Query inner = only(boosted.getQuery(), fields);
      return inner == null ? null : inner == boosted.getQuery() ? query : new BoostQuery(inner, boosted.getBoost());
    }
    if (query instanceof BooleanQuery bool && isPureDisjunction(bool)) {
      BooleanQuery.Builder kept = new BooleanQuery.Builder();
      boolean changed = false;
      int count = 0;
      for (BooleanClause clause : bool.clauses()) {
        Query q = only(clause.query(), fields);
        changed |= q != clause.query();
        if (q != null) {
          kept.add(q, BooleanClause.Occur.SHOULD);
          count++;
        }
      }
      return count == 0 ? null : changed ? kept.build() : query;
    }
    return java.util.Collections.disjoint(MatchFields.fieldsSearched(query), fields) ? null : query;
  }

  private static boolean isPureDisjunction(BooleanQuery bool) {
    return bool.getMinimumNumberShouldMatch() == 0
        && bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD);
  }
}
