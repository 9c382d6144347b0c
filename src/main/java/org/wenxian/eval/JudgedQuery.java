package org.wenxian.eval;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One judged query from a JSONL file: what the user types, the filters, and the keys (short exact
 * strings) whose passages are relevant, with grades 2 (answers) or 1 (related).
 */
public record JudgedQuery(String id, String kind, String q, Map<String, String> filters, List<Judgment> relevant) {
  public record Judgment(String key, int grade) {}

  /** The kinds typed as keywords, which a template can wrap into a question or a request. */
  private static final java.util.Set<String> KEYWORD_KINDS = java.util.Set.of("trad", "simp", "ja", "en", "english");

  /**
   * This query typed inside a template, {} standing for it ("請問{}的內容是什麼？", "{}について教えてください"),
   * when it is keywords; questions, phrases and filter listings as they are.
   */
  public JudgedQuery typedIn(String template) {
    if (!KEYWORD_KINDS.contains(kind) || q.isBlank() || !template.contains("{}")) {
      return this;
    }
    return new JudgedQuery(id, kind, template.replace("{}", q), filters, relevant);
  }

  /** The query as the search API's parameters: q, its filters, and the number of hits wanted. */
  public Map<String, List<String>> asParameters(int size) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    params.put("q", List.of(q));
    params.put("size", List.of(String.valueOf(size)));
    filters.forEach((k, v) -> params.put(k, List.of(v)));
    return params;
  }

  public static List<JudgedQuery> load(Path file) throws IOException {
    Gson gson = new Gson();
    List<JudgedQuery> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonObject o = gson.fromJson(line, JsonObject.class);
      Map<String, String> filters = new LinkedHashMap<>();
      if (o.has("filters")) {
        o.getAsJsonObject("filters").entrySet().forEach(e -> filters.put(e.getKey(), e.getValue().getAsString()));
      }
      List<Judgment> relevant = new ArrayList<>();
      o.getAsJsonArray("relevant").forEach(r -> relevant.add(
          new Judgment(r.getAsJsonObject().get("key").getAsString(), r.getAsJsonObject().get("grade").getAsInt())));
      out.add(new JudgedQuery(o.get("id").getAsString(), o.get("kind").getAsString(), o.get("q").getAsString(),
          filters, relevant));
    }
    return out;
  }
}
