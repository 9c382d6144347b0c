package org.wenxian.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonTest {
  @Test
  void identicalFiguresAreNoDifference() {
    double[] same = {1, 0.63, 0.5, 0};
    Comparison c = Comparison.of("b", same, same.clone());
    assertEquals(0, c.difference(), 1e-12);
    assertEquals(0, c.low(), 1e-12);
    assertEquals(0, c.high(), 1e-12);
    assertEquals(1.0, c.p(), 1e-12);
    assertFalse(c.significant());
  }

  @Test
  void aLeadOnEveryQueryIsMoreThanChance() {
    double[] ours = new double[20];
    double[] theirs = new double[20];
    Arrays.fill(ours, 1.0);
    Arrays.fill(theirs, 0.5);
    Comparison c = Comparison.of("b", ours, theirs);
    assertEquals(0.5, c.difference(), 1e-12);
    assertEquals(0.5, c.low(), 1e-12);
    assertEquals(0.5, c.high(), 1e-12);
    assertTrue(c.p() < 0.001, "p " + c.p());
    assertTrue(c.toString().contains("p < 0.001"), c.toString());
  }

  /** One query won among ties: flipping its sign is as extreme as the figure itself, so p is 1. */
  @Test
  void oneWinAmongTiesIsChance() {
    double[] ours = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    double[] theirs = {0, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    Comparison c = Comparison.of("b", ours, theirs);
    assertEquals(0.1, c.difference(), 1e-12);
    assertEquals(1.0, c.p(), 1e-12);
    assertTrue(c.low() >= 0 && c.high() <= 0.3 && c.high() > c.low(), c.toString());
    assertTrue(c.toString().endsWith("(within chance)"), c.toString());
  }

  /** A mixed record: a lead the interval does not hold away from zero is not reported as one. */
  @Test
  void winsAndLossesInBalanceAreChance() {
    double[] ours = {1, 1, 1, 0.5, 0.5, 0.5, 1, 0.63};
    double[] theirs = {0.5, 0.5, 0.63, 1, 1, 1, 0.63, 1};
    Comparison c = Comparison.of("b", ours, theirs);
    assertTrue(c.p() > 0.5, c.toString());
    assertTrue(c.low() < 0 && c.high() > 0, c.toString());
  }

  @Test
  void theBestBaselineIsTheOneWithTheBestMean() {
    Map<String, double[]> bySystem = new LinkedHashMap<>();
    bySystem.put(Evaluation.SERVICE, new double[] {1, 1, 1});
    bySystem.put("weak", new double[] {0, 0, 0});
    bySystem.put("strong", new double[] {1, 0.5, 1});
    assertEquals("strong", Comparison.againstBestBaseline(bySystem).baseline());
  }

  @Test
  void figuresOfDifferentQueriesCannotBePaired() {
    assertThrows(IllegalArgumentException.class, () -> Comparison.of("b", new double[] {1, 0}, new double[] {1}));
    assertThrows(IllegalArgumentException.class, () -> Comparison.of("b", new double[0], new double[0]));
  }
}
