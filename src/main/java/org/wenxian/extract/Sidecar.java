package org.wenxian.extract;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the optional sidecar metadata file that sits next to a corpus file: {@code NAME.meta.json}
 * for {@code NAME} (for example {@code report.pdf.meta.json}). The schema is documented in the README.
 */
public final class Sidecar {
  public static final String SUFFIX = ".meta.json";
  private static final Gson GSON = new Gson();

  private Sidecar() {}

  public static Path pathFor(Path file) {
    return file.resolveSibling(file.getFileName() + SUFFIX);
  }

  public static boolean isSidecar(Path file) {
    return file.getFileName().toString().endsWith(SUFFIX);
  }

  /**
   * Builds the document's facts: sidecar first, then the file's own title and author, then its name.
   *
   * @throws IOException when a sidecar exists but is not valid JSON: a typo must not silently drop facts
   */
  public static SourceDocument describe(
      Path file, String id, String relativePath, ExtractedDocument extracted, String sha256) throws IOException {
    Path sidecar = pathFor(file);
    String fileName = file.getFileName().toString();
    String baseName = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
    if (Files.isRegularFile(sidecar)) {
      JsonObject json;
      try {
        json = GSON.fromJson(Files.readString(sidecar, StandardCharsets.UTF_8), JsonObject.class);
      } catch (JsonParseException e) {
        throw new IOException("sidecar " + sidecar.getFileName() + " is not valid JSON: " + e.getMessage(), e);
      }
      if (json == null) {
        throw new IOException("sidecar " + sidecar.getFileName() + " is empty");
      }
      return new SourceDocument(
          id,
          relativePath,
          firstNonNull(string(json, "title"), extracted.title(), baseName),
          firstNonNull(string(json, "issuer"), extracted.author()),
          firstNonNull(string(json, "author"), string(json, "contractor")),
          string(json, "date"),
          string(json, "date_as_printed"),
          string(json, "place"),
          string(json, "language"),
          firstNonNull(string(json, "type"), "document"),
          string(json, "url"),
          firstNonNull(string(json, "series"), string(json, "project")),
          strings(json, json.has("countries") ? "countries" : "countries_covered"),
          extracted.mediaType(),
          sha256,
          "sidecar",
          string(json, "layout"),
          firstNonNull(string(json, "issuer_country"), regionOf(string(json, "language"))));
    }
    boolean fromFile = extracted.title() != null;
    return new SourceDocument(
        id,
        relativePath,
        firstNonNull(extracted.title(), baseName),
        extracted.author(),
        null,
        null,
        null,
        null,
        null,
        "document",
        null,
        null,
        List.of(),
        extracted.mediaType(),
        sha256,
        fromFile ? "file" : "filename",
        null,
        null);
  }

  /** The region subtag of a language tag, as a country code: TW for zh-Hant-TW, null for zh-Hans. */
  static String regionOf(String languageTag) {
    if (languageTag == null) {
      return null;
    }
    String region = java.util.Locale.forLanguageTag(languageTag).getCountry();
    return region.length() == 2 ? region : null;
  }

  private static String string(JsonObject json, String key) {
    JsonElement e = json.get(key);
    return e == null || e.isJsonNull() || !e.isJsonPrimitive() || e.getAsString().isBlank() ? null : e.getAsString().strip();
  }

  private static List<String> strings(JsonObject json, String key) {
    List<String> out = new ArrayList<>();
    JsonElement e = json.get(key);
    if (e != null && e.isJsonArray()) {
      JsonArray array = e.getAsJsonArray();
      array.forEach(item -> out.add(item.getAsString()));
    }
    return out;
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
