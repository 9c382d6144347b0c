package org.wenxian.enrich;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.wenxian.extract.SourceDocument;
import org.wenxian.passage.Passage;

/**
 * Tags every passage with the countries, years and themes it is about, at index time.
 *
 * <p>Countries: those named in the passage, plus the country of the section it sits in (the nearest
 * heading that names one, else the document's single country), unless the passage names other
 * countries and not that one, plus the issuer's country where the passage calls it its own (我國)
 * or the document covers only its issuer's country (Japan's AI strategy on collaboration with the
 * United States and India is still Japan's policy). Years: those written in the passage plus those
 * of its nearest heading with a year (the policy the section is about). Themes: taxonomy terms
 * found in the passage.
 */
public final class Tagger {
  /** Bump when the tagging rules change, so the index is rebuilt. */
  private static final String RULES_VERSION = "9";

  private final Vocabulary countries;
  private final Vocabulary themes;

  public Tagger(Vocabulary countries, Vocabulary themes) {
    this.countries = countries;
    this.themes = themes;
  }

  public static Tagger standard() {
    return new Tagger(Vocabulary.countries(), Vocabulary.themes());
  }

  public Vocabulary countries() {
    return countries;
  }

  public Vocabulary themes() {
    return themes;
  }

  public String version() {
    return RULES_VERSION + "-" + countries.version() + "-" + themes.version();
  }

  public List<Passage> tag(SourceDocument doc, List<Passage> passages) {
    boolean taiwanese = doc.language() != null && doc.language().toLowerCase().matches("zh-(hant-)?tw.*|zh-hant.*");
    String issuer = issuerCountry(doc);
    List<Passage> out = new ArrayList<>(passages.size());
    for (Passage p : passages) {
      String body = p.text() + "\n" + String.join("\n", p.captions());
      List<String> tokens = Tokens.of(body);
      // A source line's date is when the figure was compiled, not a year the passage is about.
      List<Integer> years = yearsOf(p, p.text() + "\n" + String.join("\n", p.captionsWithoutSources()), taiwanese);
      if (isPolicy(doc) && doc.year() != null && !years.contains(doc.year())) {
        // A policy document's passages are about that policy, which is of its year.
        years = new ArrayList<>(years);
        years.add(doc.year());
        years.sort(null);
      }
      List<Integer> primaryYears = primaryYears(doc, p, taiwanese).stream().filter(years::contains).toList();
      List<String> themes = this.themes.match(body, tokens);
      List<String> named = countries.match(body, tokens);
      String section = sectionCountryOf(doc, p, named);
      String primaryCountry = section != null ? section : named.size() == 1 ? named.get(0) : null;
      String issuerTag = issuer != null && (countries.hasSelfReference(tokens) || aboutItsIssuer(doc, issuer)) ? issuer : null;
      out.add(p.withTags(countriesOf(named, section, issuerTag), years, themes, primaryCountry,
          primaryYears, primaryThemes(p, themes)));
    }
    return out;
  }

  /** The themes named in the passage's opening clause or in its section's title. */
  private List<String> primaryThemes(Passage p, List<String> tagged) {
    String section = p.headings().isEmpty() ? "" : p.headings().get(p.headings().size() - 1);
    String opening = p.lead() + "\n" + section;
    return themes.match(opening, Tokens.of(opening)).stream().filter(tagged::contains).toList();
  }

  /**
   * The years a passage is dated by: those of the events it reports with a month, the only year it
   * names, the one in its opening clause (not a period), its nearest dated heading's, and a policy
   * document's own year.
   */
  private static List<Integer> primaryYears(SourceDocument doc, Passage p, boolean taiwanese) {
    TreeSet<Integer> years = Years.dated(p.text(), taiwanese);
    TreeSet<Integer> leadYears = Years.find(p.lead(), taiwanese);
    Years.sole(p.text(), taiwanese).ifPresent(years::add);
    if (leadYears.size() == 1) {
      years.addAll(leadYears); // "2017 年在…" dates the passage; "自 2017 年至 2022 年" is a period
    }
    years.addAll(nearestHeadingYears(p, taiwanese));
    if (isPolicy(doc) && doc.year() != null) {
      years.add(doc.year());
    }
    return List.copyOf(years);
  }

  /**
   * A document that covers only its issuer's own country (Japan's AI strategy, Canada's budget):
   * each of its passages is that country's policy, even one that names only others ("collaboration
   * with … the United States, Asia, …").
   */
  public static boolean aboutItsIssuer(SourceDocument doc, String issuer) {
    return doc.countries().size() == 1 && doc.countries().get(0).equals(issuer);
  }

  /** Policies, strategies, budgets and laws are about themselves; reports and studies about others. */
  private static boolean isPolicy(SourceDocument doc) {
    return doc.type() != null && java.util.Set.of("policy", "strategy", "budget", "law", "regulation", "plan", "proposal")
        .contains(doc.type());
  }

  /**
   * The issuer's country as a code of the vocabulary (a sidecar may write "tw" or "臺灣"), or null
   * when the document gives none or one the vocabulary does not know.
   */
  public String issuerCountry(SourceDocument doc) {
    return doc.issuerCountry() == null ? null : countries.resolve(doc.issuerCountry()).orElse(null);
  }

  /**
   * The countries a passage names, its section's if that applies, and its issuer's when it names
   * that as its own (我國政府可參考…) or its document covers only that country: that last a tag, not
   * what the passage is mainly about, so never its primary country.
   */
  private static List<String> countriesOf(List<String> named, String section, String issuerTag) {
    Set<String> all = new LinkedHashSet<>(named);
    if (section != null) {
      all.add(section);
    }
    if (issuerTag != null) {
      all.add(issuerTag);
    }
    return sorted(all);
  }

  /**
   * The section's country, unless the passage names other countries and not it: the passage's
   * country, and its primary one (else the only country it names).
   */
  private String sectionCountryOf(SourceDocument doc, Passage p, List<String> named) {
    String section = sectionCountry(doc, p.headings());
    return section != null && (named.isEmpty() || named.contains(section)) ? section : null;
  }

  /** The country of the nearest heading that names exactly one; else the document's only country. */
  private String sectionCountry(SourceDocument doc, List<String> headings) {
    for (int i = headings.size() - 1; i >= 0; i--) {
      List<String> named = countries.namedIn(headings.get(i));
      if (named.size() == 1) {
        return named.get(0);
      }
      if (named.size() > 1) {
        return null;
      }
    }
    return doc.countries().size() == 1 ? doc.countries().get(0) : null;
  }

  private static List<Integer> yearsOf(Passage p, String body, boolean taiwanese) {
    TreeSet<Integer> years = Years.find(body, taiwanese);
    years.addAll(nearestHeadingYears(p, taiwanese));
    return List.copyOf(years);
  }

  /** The years of the nearest heading that has any: the policy the section is about. */
  private static TreeSet<Integer> nearestHeadingYears(Passage p, boolean taiwanese) {
    for (int i = p.headings().size() - 1; i >= 0; i--) {
      TreeSet<Integer> headingYears = Years.find(p.headings().get(i), taiwanese);
      if (!headingYears.isEmpty()) {
        return headingYears;
      }
    }
    return new TreeSet<>();
  }

  private static List<String> sorted(Set<String> values) {
    return values.stream().sorted().toList();
  }
}
