package org.wenxian.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.search.Explanation;

/**
 * Why a passage matched, read off Lucene's explanation: the BM25 weight of each matched term, summed
 * per field, then the factors that multiplied the sum (a filter's primary country, a summary).
 * Lucene's own tree repeats the whole query on every line; this names only what the passage had.
 */
final class WhyMatched {
  /** A BM25 leaf: "weight(text:ipa in 129) [BM25Similarity], result of:", a phrase or synonyms in place of ipa. */
  private static final Pattern TERM_WEIGHT = Pattern.compile("^weight\\((.+) in \\d+\\) \\[\\w+\\]");
  private static final Pattern FIELD_TERM = Pattern.compile("^(?:Synonym\\()?([\\w]+):(.*?)\\)?$");
  private static final Pattern FACTOR = Pattern.compile("^Matched boosting query score\\((.+)\\)$");
  /** A facet's indexed term ($facets:country, a separator, CA) as a filter names it: country:CA. */
  private static final Pattern FACET_TERM = Pattern.compile("\\$facets:(\\w+)\u001f(\\w+)");

  /** What one field contributed: its terms and their weights, heaviest first. */
  record Field(String name, double total, List<Map.Entry<String, Double>> terms) {}

  /** A factor that multiplied the score, and the clause a passage matched to get it. */
  record Factor(double value, String clause) {}

  /** A constant a matched clause added (states_quantity: the passage states a figure). */
  record Constant(double value, String clause) {}

  /**
   * The explanation's matched terms per field (heaviest field first), the constants, and the
   * factors in the order they apply. Every scoring clause sits inside the factors, so the score is
   * the fields and constants summed, times the factors.
   */
  record Account(List<Field> fields, List<Constant> constants, List<Factor> factors) {
    double total() {
      double sum = fields.stream().mapToDouble(Field::total).sum() + constants.stream().mapToDouble(Constant::value).sum();
      for (Factor f : factors) {
        sum *= f.value();
      }
      return sum;
    }
  }

  private WhyMatched() {}

  /**
   * @param tier the smallest constant a tier adds at the explanation's top (PassageSearcher's TIER
   *     for the first tier, TYPED_COUNTRY_TIER for a passage tagged with a country the query names):
   *     the tier is said apart, so those parts of the explanation are left out
   */
  static Account of(Explanation e, float tier) {
    Map<String, Map<String, Double>> byField = new LinkedHashMap<>();
    List<Factor> factors = new ArrayList<>();
    List<Constant> constants = new ArrayList<>();
    for (Explanation part : e.getValue().floatValue() >= tier ? e.getDetails() : new Explanation[] {e}) {
      if (part.getValue().floatValue() < tier) {
        collect(part, byField, factors, constants);
      }
    }
    List<Field> fields = new ArrayList<>();
    byField.forEach((field, terms) -> {
      List<Map.Entry<String, Double>> sorted = new ArrayList<>(terms.entrySet());
      sorted.sort(Map.Entry.<String, Double>comparingByValue().reversed());
      fields.add(new Field(field, terms.values().stream().mapToDouble(Double::doubleValue).sum(), sorted));
    });
    fields.sort(Comparator.comparingDouble(Field::total).reversed());
    return new Account(fields, constants, factors);
  }

  private static void collect(Explanation e, Map<String, Map<String, Double>> byField, List<Factor> factors,
      List<Constant> constants) {
    if (!e.isMatch() || e.getValue().doubleValue() == 0) {
      // A clause that added nothing (the first tier's test, failed by a second-tier passage).
      return;
    }
    String description = e.getDescription();
    Matcher weight = TERM_WEIGHT.matcher(description);
    if (weight.find()) {
      Matcher fieldTerm = FIELD_TERM.matcher(weight.group(1));
      String field = fieldTerm.matches() ? fieldTerm.group(1) : "?";
      String term = fieldTerm.matches() ? synonymsJoined(field, fieldTerm.group(2)) : weight.group(1);
      byField.computeIfAbsent(field, k -> new LinkedHashMap<>()).merge(term, e.getValue().doubleValue(), Double::sum);
      return;
    }
    Matcher factor = FACTOR.matcher(description);
    if (factor.matches()) {
      factors.add(new Factor(e.getValue().doubleValue(), shortened(FACET_TERM.matcher(factor.group(1)).replaceAll("$1:$2"))));
      return;
    }
    if (e.getDetails().length == 0) {
      // A constant: the first tier's, or a keyword clause such as states_quantity.
      constants.add(new Constant(e.getValue().doubleValue(), description));
      return;
    }
    if (description.equals("max of:")) {
      // A disjunction of alternatives (a word's English senses): only the best one counts.
      Explanation best = null;
      for (Explanation detail : e.getDetails()) {
        if (detail.isMatch() && (best == null || detail.getValue().doubleValue() > best.getValue().doubleValue())) {
          best = detail;
        }
      }
      if (best != null) {
        collect(best, byField, factors, constants);
      }
      return;
    }
    for (Explanation detail : e.getDetails()) {
      collect(detail, byField, factors, constants);
    }
  }

  /** Longer factor clauses are cut: the own-text test's query runs to hundreds of characters. */
  private static final int MAX_CLAUSE = 160;

  private static String shortened(String clause) {
    return clause.length() <= MAX_CLAUSE ? clause
        : clause.substring(0, MAX_CLAUSE) + "… (" + clause.length() + " characters)";
  }

  /** "text:人才 text:人材" (a synonym group) → "人才|人材". */
  private static String synonymsJoined(String field, String terms) {
    return terms.replace(" " + field + ":", "|");
  }

  /** The account as indented lines: one per field, then the constants, the factors and the score. */
  static List<String> lines(Account account, String indent) {
    List<String> out = new ArrayList<>();
    for (Field f : account.fields()) {
      StringBuilder line = new StringBuilder(String.format("%s%-14s %6.3f  ", indent, f.name(), f.total()));
      for (int i = 0; i < f.terms().size(); i++) {
        var t = f.terms().get(i);
        line.append(i == 0 ? "" : ", ").append(t.getKey()).append(String.format(" %.3f", t.getValue()));
      }
      out.add(line.toString());
    }
    account.constants().forEach(c -> out.add(String.format("%s+ %.3f for %s", indent, c.value(), c.clause())));
    account.factors().forEach(f -> out.add(String.format("%s× %.3f for %s", indent, f.value(), f.clause())));
    out.add(String.format("%s= %.3f", indent, account.total()));
    return out;
  }
}
