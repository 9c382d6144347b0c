package org.wenxian.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * nDCG@10, Recall@10 and MRR@10 as the judged-query README defines them: a hit is relevant when its
 * text contains a key (whitespace and '*' removed from both), each key is credited once at its best
 * rank, and a passage over 1,000 characters never counts.
 */
public record Metrics(double ndcg, double recall, double mrr) {
  public static final int K = 10;
  static final int MAX_PASSAGE_CHARS = 1000;

  public static Metrics score(List<String> rankedTexts, List<JudgedQuery.Judgment> judgments) {
    Set<Integer> credited = new HashSet<>();
    double dcg = 0;
    double mrr = 0;
    int gradeTwoFound = 0;
    for (int rank = 0; rank < Math.min(K, rankedTexts.size()); rank++) {
      String text = normalize(rankedTexts.get(rank));
      if (text.length() > MAX_PASSAGE_CHARS) {
        continue;
      }
      int gain = 0;
      for (int j = 0; j < judgments.size(); j++) {
        if (!credited.contains(j) && text.contains(normalize(judgments.get(j).key()))) {
          credited.add(j);
          gain += judgments.get(j).grade();
          if (judgments.get(j).grade() == 2) {
            gradeTwoFound++;
            if (mrr == 0) {
              mrr = 1.0 / (rank + 1);
            }
          }
        }
      }
      dcg += gain / log2(rank + 2);
    }
    List<Integer> ideal = judgments.stream().map(JudgedQuery.Judgment::grade).sorted((a, b) -> b - a).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(K, ideal.size()); i++) {
      idcg += ideal.get(i) / log2(i + 2);
    }
    long gradeTwo = judgments.stream().filter(j -> j.grade() == 2).count();
    double ndcg = idcg == 0 ? 0 : Math.min(1.0, dcg / idcg);
    double recall = gradeTwo == 0 ? 0 : (double) gradeTwoFound / gradeTwo;
    return new Metrics(ndcg, recall, mrr);
  }

  public static Metrics mean(List<Metrics> all) {
    if (all.isEmpty()) {
      return new Metrics(0, 0, 0);
    }
    return new Metrics(
        all.stream().mapToDouble(Metrics::ndcg).average().orElse(0),
        all.stream().mapToDouble(Metrics::recall).average().orElse(0),
        all.stream().mapToDouble(Metrics::mrr).average().orElse(0));
  }

  static String normalize(String s) {
    return s.replaceAll("[\\s*]", "");
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
