package org.wenxian.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.QueryBuilder;
import org.wenxian.index.Fields;

/**
 * A text matched in any of the fields that hold a passage's words (its body in each language, its
 * bigrams, captions and headings): as a phrase, as a whole word, or word by word.
 */
final class MatchFields {
  /** Where a quoted phrase or a required word may be found: every field that holds the passage's words. */
  private static final String[] FIELDS =
      {Fields.TEXT, Fields.TEXT_JA, Fields.TEXT_EN, Fields.TEXT_BIGRAMS, Fields.CAPTIONS, Fields.HEADINGS,
          Fields.NOTE_SUBJECTS};

  /** The query's fields without the synonyms: a phrase's words as written, in either script. */
  private static final QueryBuilder AS_WRITTEN = new QueryBuilder(Fields.analyzer());
  /** A quoted phrase keeps its synonyms up to this many variants of it (see {@link #phrase}). */
  static final int MAX_PHRASE_VARIANTS = 16;

  private MatchFields() {}

  /** Each text as a phrase in any of the match fields; texts without terms left out. */
  static List<Query> eachAsPhrase(QueryBuilder builder, List<String> texts) {
    List<Query> out = new ArrayList<>();
    for (String text : texts) {
      Query q = inAny(field -> phrase(builder, field, text));
      if (q != null) {
        out.add(q);
      }
    }
    return out;
  }

  /** Every word of the text, in any one of the match fields; null when it has no terms. */
  static Query allWords(QueryBuilder builder, String text) {
    return inAny(field -> builder.createBooleanQuery(field, text, BooleanClause.Occur.MUST));
  }

  /** Any match field's query, null when no field's analyzer leaves a term. */
  private static Query inAny(Function<String, Query> inField) {
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    boolean found = false;
    for (String field : FIELDS) {
      Query q = inField.apply(field);
      if (q != null) {
        either.add(q, BooleanClause.Occur.SHOULD);
        found = true;
      }
    }
    return found ? either.build() : null;
  }

  /**
   * The text as a phrase in the field, with its synonyms (數位素養 also finds 数字素养), unless they
   * combine into too many phrases: Lucene makes one phrase per way of choosing among them, and a
   * sentence pasted in quotes ("…《泛加拿大 AI 戰略》並更新《全球 AI 創新聚落計畫》") made 38 per
   * field, 2,900 clauses in all, and was refused. Such a phrase is matched as written, in either
   * script.
   */
  static Query phrase(QueryBuilder builder, String field, String text) {
    return phrase(builder, field, text, 0);
  }

  /** The same, its words up to {@code slop} positions apart. */
  static Query phrase(QueryBuilder builder, String field, String text, int slop) {
    try {
      Query withSynonyms = builder.createPhraseQuery(field, text, slop);
      // Within the bound whatever the phrase as written holds (a term at least): most phrases, and
      // the text need not be analysed twice.
      int terms = withSynonyms == null ? 0 : termCount(withSynonyms);
      if (terms <= MAX_PHRASE_VARIANTS) {
        return withSynonyms;
      }
      Query asWritten = AS_WRITTEN.createPhraseQuery(field, text, slop);
      if (asWritten == null || terms <= MAX_PHRASE_VARIANTS * termCount(asWritten)) {
        return withSynonyms;
      }
      return asWritten;
    } catch (IndexSearcher.TooManyClauses e) {
      // More variants than Lucene allows at all: as written, then.
      return AS_WRITTEN.createPhraseQuery(field, text, slop);
    }
  }

  /** How many terms a query holds, counted over every clause: what Lucene's clause limit counts. */
  static int termCount(Query query) {
    int[] terms = {0};
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query q, Term... consumed) {
        terms[0] += consumed.length;
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return terms[0];
  }

  /**
   * The query less what it looks for in {@code field} alone: a word of any field, less the heading
   * path, is the word in the passage's own text. Null when nothing else is left, or when a clause
   * the query requires is in that field only.
   */
  static Query outside(Query query, String field) {
    if (query instanceof BooleanQuery bool) {
      BooleanQuery.Builder rest = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
      boolean any = false;
      for (BooleanClause clause : bool.clauses()) {
        Query kept = outside(clause.query(), field);
        if (kept != null) {
          rest.add(kept, clause.occur());
          any = true;
        } else if (clause.isRequired()) {
          return null;
        }
      }
      return any ? rest.build() : null;
    }
    if (query instanceof BoostQuery boosted) {
      Query kept = outside(boosted.getQuery(), field);
      return kept == null ? null : new BoostQuery(kept, boosted.getBoost());
    }
    if (query instanceof ConstantScoreQuery constant) {
      Query kept = outside(constant.getQuery(), field);
      return kept == null ? null : new ConstantScoreQuery(kept);
    }
    if (query instanceof DisjunctionMaxQuery max) {
      List<Query> kept = max.getDisjuncts().stream().map(q -> outside(q, field)).filter(q -> q != null).toList();
      return kept.isEmpty() ? null : new DisjunctionMaxQuery(kept, max.getTieBreakerMultiplier());
    }
    return fieldsSearched(query).equals(Set.of(field)) ? null : query;
  }

  /** The fields a query looks in, outside what it excludes. */
  static Set<String> fieldsSearched(Query query) {
    Set<String> fields = new HashSet<>();
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String f) {
        fields.add(f);
        return true;
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }
    });
    return fields;
  }

  /**
   * A word in any field: the pieces a field's analyzer cuts it into, in order (育成 is 育 and 成 to
   * SmartCN), not any one of them, which a passage holding a common character (成) anywhere would
   * have, nor all of them apart (軟硬體 is not 軟體). In the bigram field any of its bigrams still
   * does: a bigram shared with another spelling (虚拟现实 / 虛擬實境) is what finds a word no synonym
   * lists.
   */
  static Query whole(QueryBuilder builder, String word) {
    return inAny(field -> field.equals(Fields.TEXT_BIGRAMS) ? builder.createBooleanQuery(field, word)
        : phrase(builder, field, word));
  }
}
