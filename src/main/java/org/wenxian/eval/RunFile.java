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
 * The service's nDCG@10 for each judged query of a run, by set, saved so that the next run can say
 * which queries a change moved, and how far: how every change in the evaluation notes is reported
 * ("w40 1.00 → 0.63 fell"). The pins say whether a set's figures held; this says which queries moved.
 */
public final class RunFile {
  /** Differences smaller than this are rounding (the file keeps four places), not a move. */
  public static final double MOVED = 0.0005;

  /** One judged query's figure in this run, and in the saved one. */
  public record Move(String set, JudgedQuery query, double before, double after) {
    public boolean up() {
      return after > before;
    }

    @Override
    public String toString() {
      return String.format("%-4s %-24s %-4s %-9s %.3f -> %.3f  %s", up() ? "UP" : "DOWN", set, query.id(), query.kind(),
          before, after, query.q());
    }
  }

  /**
   * The committed run, beside the pins: each query's figure when the pins were last written
   * ({@code --write-pins} rewrites the sets it ran), so that its diff in a change shows which
   * queries the change moved, and the regression test says which ones moved since.
   */
  public static final String PINNED = "run.json";

  private final Map<String, Map<String, Double>> ndcgBySet = new LinkedHashMap<>();
  private final Map<String, List<JudgedQuery>> queriesBySet = new LinkedHashMap<>();

  /** Adds one set's queries and the service's nDCG@10 for each. */
  public void add(String set, List<JudgedQuery> queries, Map<String, Metrics> serviceByQuery) {
    Map<String, Double> ndcg = new LinkedHashMap<>();
    queries.forEach(q -> ndcg.put(q.id(), serviceByQuery.get(q.id()).ndcg()));
    ndcgBySet.put(set, ndcg);
    queriesBySet.put(set, queries);
  }

  /**
   * One query per line, to four places, in the run's order: a committed run file's diff then shows
   * which queries a change moved.
   */
  public void write(Path file) throws IOException {
    writeOver(Map.of(), file);
  }

  /** This run's sets written over those of the run file already there, the others kept. */
  public void writeInto(Path file) throws IOException {
    writeOver(Files.exists(file) ? read(file) : Map.of(), file);
  }

  private void writeOver(Map<String, Map<String, Double>> kept, Path file) throws IOException {
    Map<String, Map<String, Double>> rounded = new LinkedHashMap<>(kept);
    ndcgBySet.forEach((set, ndcg) -> {
      Map<String, Double> four = new LinkedHashMap<>();
      ndcg.forEach((id, v) -> four.put(id, Math.round(v * 10_000) / 10_000.0));
      rounded.put(set, four);
    });
    Files.writeString(file, Json.PRETTY.toJson(rounded) + "\n", StandardCharsets.UTF_8);
  }

  /** The queries a change moved, and how many queries the two runs share (those compared). */
  public record Changes(List<Move> moves, int compared) {
    public long up() {
      return moves.stream().filter(Move::up).count();
    }
  }

  /**
   * The queries whose figure differs from the saved run's, in this run's order. Sets or queries the
   * saved run does not hold are not compared (a new set has nothing to move from).
   */
  public Changes since(Path saved) throws IOException {
    Map<String, Map<String, Double>> before = read(saved);
    List<Move> moves = new ArrayList<>();
    int compared = 0;
    for (var set : queriesBySet.entrySet()) {
      Map<String, Double> then = before.getOrDefault(set.getKey(), Map.of());
      for (JudgedQuery q : set.getValue()) {
        Double was = then.get(q.id());
        if (was == null) {
          continue;
        }
        compared++;
        double now = ndcgBySet.get(set.getKey()).get(q.id());
        if (Math.abs(now - was) > MOVED) {
          moves.add(new Move(set.getKey(), q, was, now));
        }
      }
    }
    return new Changes(moves, compared);
  }

  /** A run file's figures by set and query. */
  public static Map<String, Map<String, Double>> read(Path file) throws IOException {
    var type = new TypeToken<LinkedHashMap<String, LinkedHashMap<String, Double>>>() {}.getType();
    Map<String, Map<String, Double>> figures = Json.GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), type);
    if (figures == null) {
      throw new IOException("the run file " + file + " holds no figures; write one with --save-run");
    }
    return figures;
  }
}
