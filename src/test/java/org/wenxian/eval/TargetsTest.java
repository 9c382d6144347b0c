package org.wenxian.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 5's targets, checked on figures made up to sit on either side of each threshold. */
class TargetsTest {
  private static final List<String> KINDS = List.of("trad", "trad", "simp", "simp", "phrase", "phrase");

  @Test
  void eachTargetIsMetOrNotByItsThreshold() {
    Map<String, double[]> ndcg = new LinkedHashMap<>();
    ndcg.put(Evaluation.SERVICE, new double[] {1.0, 0.88, 1.0, 1.0, 0.63, 1.0});
    ndcg.put("CJKAnalyzer", new double[] {0.5, 0.5, 0.5, 0.5, 0.63, 1.0});
    List<Targets.Target> targets = Targets.check(ndcg, KINDS);
    assertEquals(4, targets.size());
    assertEquals("met      overall nDCG@10 >= 0.90: 0.92", targets.get(0).toString());
    assertEquals("met      every kind >= 0.80: lowest phrase 0.82", targets.get(1).toString());
    assertEquals("NOT MET  simp within 0.05 of trad: simp 1.00, trad 0.94 (gap 0.06)", targets.get(2).toString());
    assertEquals("met      0.10 above the best baseline overall: +0.31 against CJKAnalyzer", targets.get(3).toString());

    ndcg.put(Evaluation.SERVICE, new double[] {1.0, 1.0, 1.0, 1.0, 0.5, 0.63});
    ndcg.put("CJKAnalyzer", new double[] {1.0, 1.0, 0.9, 0.9, 0.5, 0.63});
    targets = Targets.check(ndcg, KINDS);
    assertEquals("NOT MET  overall nDCG@10 >= 0.90: 0.86", targets.get(0).toString());
    assertEquals("NOT MET  every kind >= 0.80: phrase 0.57", targets.get(1).toString());
    assertEquals("met      simp within 0.05 of trad: simp 1.00, trad 1.00 (gap 0.00)", targets.get(2).toString());
    assertEquals("NOT MET  0.10 above the best baseline overall: +0.03 against CJKAnalyzer", targets.get(3).toString());
  }

  /** Just below a threshold, the figure is not rounded up to it next to NOT MET. */
  @Test
  void aFigureJustBelowItsThresholdShowsWhy() {
    Map<String, double[]> ndcg = new LinkedHashMap<>();
    ndcg.put(Evaluation.SERVICE, new double[] {1.0, 0.7992});
    ndcg.put("CJKAnalyzer", new double[] {0.5, 0.5});
    List<Targets.Target> targets = Targets.check(ndcg, List.of("question", "question"));
    assertEquals("NOT MET  overall nDCG@10 >= 0.90: 0.8996", targets.get(0).toString());
    assertEquals("0.90", Targets.shown(0.9004, 0.90));
    assertEquals("0.85", Targets.shown(0.8496, 0.90));
  }

  @Test
  void setsWithoutBothScriptsHaveNoScriptTarget() {
    Map<String, double[]> ndcg = new LinkedHashMap<>();
    ndcg.put(Evaluation.SERVICE, new double[] {1.0, 1.0});
    ndcg.put("CJKAnalyzer", new double[] {0.5, 0.5});
    assertEquals(3, Targets.check(ndcg, List.of("question", "question")).size());
  }
}
