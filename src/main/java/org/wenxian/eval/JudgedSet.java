package org.wenxian.eval;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One judged set as the manifest ({@code src/test/resources/eval/sets.jsonl}) lists it: its queries,
 * its pins, the collection it is scored over, and why it was written. The manifest is the one list
 * of sets, as Anserini keeps one regression file per collection: {@code scripts/eval} runs its sets
 * in its order, the regression test holds their pins, and a test checks that every query file next
 * to it is listed, so that a new set is one line there.
 *
 * @param overLibrary    scored over the whole library (the source documents' sets), else over the report
 * @param role           why it was written, which decides the pools it joins: see {@link #ROLES}
 * @param beatsBaselines the service beats every baseline overall on it (checked by the regression test)
 */
public record JudgedSet(String name, Path queries, Path pins, boolean overLibrary, String role, boolean beatsBaselines,
    String ids, String about) {
  /** The shared dev queries. */
  public static final String DEV = "dev";
  /** Written and judged before their first run, nothing tuned on them: they estimate unseen queries. */
  public static final String HELD_OUT = "held-out";
  /**
   * Written to check one change and made for it (names in another language, figure labels): their
   * gains are that change's own, so the pools the README quotes leave them out.
   */
  public static final String CHECK = "check";
  /**
   * Our own queries (ours), and sets written after the change they measure, to keep it (regression):
   * pooled, but not held out.
   */
  public static final Set<String> ROLES = Set.of(DEV, "ours", HELD_OUT, CHECK, "regression");

  /** The default manifest, next to the sets. */
  public static final String MANIFEST = "src/test/resources/eval/sets.jsonl";

  /** Whether the pools leave this set out: it was written to check a change made for it. */
  public boolean writtenToCheckAChange() {
    return CHECK.equals(role);
  }

  public boolean heldOut() {
    return HELD_OUT.equals(role);
  }

  /** The manifest's sets in its order, their files resolved against the manifest's folder. */
  public static List<JudgedSet> load(Path manifest) throws IOException {
    Gson gson = new Gson();
    Path folder = manifest.toAbsolutePath().getParent();
    List<JudgedSet> out = new ArrayList<>();
    int lineNumber = 0;
    for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      JsonObject o = gson.fromJson(line, JsonObject.class);
      String role = o.get("role").getAsString();
      String over = o.get("over").getAsString();
      if (!ROLES.contains(role) || !Set.of("report", "library").contains(over)) {
        throw new IllegalArgumentException(manifest + " line " + lineNumber + ": role is one of " + ROLES
            + " and over is report or library, not " + role + " and " + over);
      }
      out.add(new JudgedSet(o.get("set").getAsString(), folder.resolve(o.get("queries").getAsString()),
          folder.resolve(o.get("pins").getAsString()), over.equals("library"), role,
          o.get("beats_baselines").getAsBoolean(), o.get("ids").getAsString(), o.get("about").getAsString()));
    }
    return out;
  }

  /** The set whose queries are this file, if the manifest lists it. */
  public static java.util.Optional<JudgedSet> byQueryFile(List<JudgedSet> sets, Path queries) {
    return sets.stream().filter(s -> s.queries().getFileName().equals(queries.getFileName())).findFirst();
  }
}
