package org.wenxian.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Issue 5's targets, checked on a set's figures as {@code scripts/eval} prints them for the dev
 * queries: nDCG@10 at least 0.90 overall and 0.80 for every query kind, Simplified-character
 * queries within 0.05 of Traditional ones, and at least 0.10 above the best baseline overall.
 */
public final class Targets {
  static final double OVERALL = 0.90;
  static final double EVERY_KIND = 0.80;
  static final double SCRIPT_GAP = 0.05;
  static final double LEAD = 0.10;

  /** One target, whether the figures meet it, and the figures that say so. */
  public record Target(String target, boolean met, String figures) {
    @Override
    public String toString() {
      return String.format("%-8s %s: %s", met ? "met" : "NOT MET", target, figures);
    }
  }

  private Targets() {}

  /**
   * @param ndcgBySystem each system's nDCG@10 per query, in the order of {@code kinds}
   * @param kinds        each query's kind
   */
  public static List<Target> check(Map<String, double[]> ndcgBySystem, List<String> kinds) {
    double[] service = ndcgBySystem.get(Evaluation.SERVICE);
    List<Target> out = new ArrayList<>();
    double overall = IntStream.range(0, service.length).mapToDouble(i -> service[i]).average().orElse(0);
    out.add(new Target(String.format("overall nDCG@10 >= %.2f", OVERALL), overall >= OVERALL,
        shown(overall, OVERALL)));
    List<String> below = new ArrayList<>();
    kinds.stream().distinct().sorted().forEach(kind -> {
      double mean = meanOf(service, kinds, kind);
      if (mean < EVERY_KIND) {
        below.add(kind + " " + shown(mean, EVERY_KIND));
      }
    });
    out.add(new Target(String.format("every kind >= %.2f", EVERY_KIND), below.isEmpty(),
        below.isEmpty() ? "lowest " + lowest(service, kinds) : String.join(", ", below)));
    if (kinds.contains("simp") && kinds.contains("trad")) {
      double simp = meanOf(service, kinds, "simp");
      double trad = meanOf(service, kinds, "trad");
      out.add(new Target(String.format("simp within %.2f of trad", SCRIPT_GAP), Math.abs(simp - trad) <= SCRIPT_GAP,
          String.format("simp %.2f, trad %.2f (gap %.2f)", simp, trad, Math.abs(simp - trad))));
    }
    Comparison lead = Comparison.againstBestBaseline(ndcgBySystem);
    out.add(new Target(String.format("%.2f above the best baseline overall", LEAD), lead.difference() >= LEAD,
        String.format("%+.2f against %s", lead.difference(), lead.baseline())));
    return out;
  }

  /**
   * A figure to two decimals, or to four where two would round a figure below its threshold up to
   * it (0.8996 against 0.90), so that a verdict of NOT MET is not printed next to 0.90.
   */
  static String shown(double figure, double threshold) {
    String two = String.format("%.2f", figure);
    return figure < threshold && Double.parseDouble(two) >= threshold ? String.format("%.4f", figure) : two;
  }

  private static String lowest(double[] ndcg, List<String> kinds) {
    return kinds.stream().distinct().sorted()
        .min(java.util.Comparator.comparingDouble(kind -> meanOf(ndcg, kinds, kind)))
        .map(kind -> String.format("%s %.2f", kind, meanOf(ndcg, kinds, kind))).orElse("-");
  }

  /** The mean of the figures of one kind's queries. */
  public static double meanOf(double[] ndcg, List<String> kinds, String kind) {
    return IntStream.range(0, ndcg.length).filter(i -> kinds.get(i).equals(kind)).mapToDouble(i -> ndcg[i])
        .average().orElse(0);
  }
}
