package org.wenxian.eval;

import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wenxian.index.Json;

/**
 * Pinned evaluation figures, checked in the way Anserini pins its regressions: a metric that falls
 * more than {@link #TOLERANCE} below its pin fails.
 */
public final class Pins {
  public static final double TOLERANCE = 0.01;

  private Pins() {}

  /** One compared figure. */
  public record Check(String system, String kind, String metric, double pinned, double actual) {
    public boolean ok() {
      return actual >= pinned - TOLERANCE;
    }

    @Override
    public String toString() {
      return String.format("%-4s %-18s %-9s %-8s pinned %.4f  actual %.4f", ok() ? "OK" : "FAIL", system, kind, metric,
          pinned, actual);
    }
  }

  public static Map<String, Map<String, Metrics>> read(Path file) throws IOException {
    var type = new TypeToken<Map<String, Map<String, Metrics>>>() {}.getType();
    Map<String, Map<String, Metrics>> pins = Json.GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), type);
    if (pins == null) {
      throw new IOException("the pin file " + file + " holds no figures; write them with --write-pins");
    }
    return pins;
  }

  public static void write(Path file, Map<String, Map<String, Metrics>> results) throws IOException {
    Map<String, Map<String, Metrics>> rounded = new LinkedHashMap<>();
    results.forEach((system, kinds) -> {
      Map<String, Metrics> m = new LinkedHashMap<>();
      kinds.forEach((kind, v) -> m.put(kind, new Metrics(round(v.ndcg()), round(v.recall()), round(v.mrr()))));
      rounded.put(system, m);
    });
    Files.writeString(file, Json.PRETTY.toJson(rounded) + "\n", StandardCharsets.UTF_8);
  }

  /** Every pinned figure against the actual one; a pinned figure with no actual counts as 0. */
  public static List<Check> compare(Map<String, Map<String, Metrics>> pinned, Map<String, Map<String, Metrics>> actual) {
    List<Check> checks = new ArrayList<>();
    pinned.forEach((system, kinds) -> kinds.forEach((kind, p) -> {
      Metrics a = actual.getOrDefault(system, Map.of()).getOrDefault(kind, new Metrics(0, 0, 0));
      checks.add(new Check(system, kind, "nDCG@10", p.ndcg(), a.ndcg()));
      checks.add(new Check(system, kind, "Recall@10", p.recall(), a.recall()));
      checks.add(new Check(system, kind, "MRR@10", p.mrr(), a.mrr()));
    }));
    return checks;
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
