package org.wenxian.eval;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The service against one baseline over the same judged queries, paired per query: the mean
 * difference in nDCG@10, a 95% bootstrap interval for it, and the two-sided p-value of a
 * randomization (sign-flip) test, the test Smucker, Allan and Carterette (CIKM 2007) recommend for
 * IR metrics. With 10 to 30 queries a set, a lead of a few hundredths is usually chance; this says
 * which leads are not. The random draws are seeded, so a run prints the same figures every time.
 */
public record Comparison(String baseline, int queries, double difference, double low, double high, double p) {
  static final int ROUNDS = 10_000;
  private static final long SEED = 20261130L;

  /** {@code ours[i]} and {@code theirs[i]} are the two systems' nDCG@10 on query i. */
  public static Comparison of(String baseline, double[] ours, double[] theirs) {
    if (ours.length != theirs.length || ours.length == 0) {
      throw new IllegalArgumentException("need the same queries, at least one, for both systems");
    }
    int n = ours.length;
    double[] differences = new double[n];
    for (int i = 0; i < n; i++) {
      differences[i] = ours[i] - theirs[i];
    }
    double observed = mean(differences);
    SplittableRandom random = new SplittableRandom(SEED);
    // Under the null hypothesis either system could have produced either figure of a pair.
    int asExtreme = 0;
    for (int round = 0; round < ROUNDS; round++) {
      double sum = 0;
      for (double d : differences) {
        sum += random.nextBoolean() ? d : -d;
      }
      if (Math.abs(sum / n) >= Math.abs(observed) - 1e-12) {
        asExtreme++;
      }
    }
    double[] resampled = new double[ROUNDS];
    for (int round = 0; round < ROUNDS; round++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += differences[random.nextInt(n)];
      }
      resampled[round] = sum / n;
    }
    Arrays.sort(resampled);
    return new Comparison(baseline, n, observed, resampled[(int) (ROUNDS * 0.025)],
        resampled[(int) (ROUNDS * 0.975) - 1], (asExtreme + 1.0) / (ROUNDS + 1));
  }

  /**
   * The service against the baseline with the best mean nDCG@10 (the first, on a tie).
   *
   * @param ndcgBySystem each system's nDCG@10 per query, the same queries in the same order; the
   *     service under {@link Evaluation#SERVICE}, and only systems that scored every query
   */
  public static Comparison againstBestBaseline(java.util.Map<String, double[]> ndcgBySystem) {
    double[] ours = ndcgBySystem.get(Evaluation.SERVICE);
    String best = null;
    for (var e : ndcgBySystem.entrySet()) {
      if (!e.getKey().equals(Evaluation.SERVICE) && (best == null || mean(e.getValue()) > mean(ndcgBySystem.get(best)))) {
        best = e.getKey();
      }
    }
    if (ours == null || best == null) {
      throw new IllegalArgumentException("need the service and at least one baseline");
    }
    return of(best, ours, ndcgBySystem.get(best));
  }

  private static double mean(double[] values) {
    return Arrays.stream(values).average().orElse(0);
  }

  /** Whether the lead (or the lag) is more than chance at the 5% level. */
  public boolean significant() {
    return p < 0.05;
  }

  @Override
  public String toString() {
    return String.format("%+.2f nDCG@10 against %s over %d queries, 95%% interval [%+.2f, %+.2f], p %s%s",
        difference, baseline, queries, low, high, p < 0.001 ? "< 0.001" : String.format("= %.3f", p),
        significant() ? "" : " (within chance)");
  }
}
