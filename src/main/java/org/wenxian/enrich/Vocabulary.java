package org.wenxian.enrich;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A controlled vocabulary loaded from a checked-in JSON file: countries ({@code countries.json}) or
 * themes ({@code themes.json}). Each entry has a key (ISO code or slug), a Chinese label, an English
 * label and the terms that signal it.
 */
public final class Vocabulary {
  /** One entry: key, labels, terms, and the terms as token sequences for matching. */
  public record Entry(String key, String label, String labelEn, List<String> terms, int min, List<List<String>> termTokens) {}

  private final Map<String, Entry> entries;
  private final List<String> selfReferences;
  private final List<List<String>> selfReferenceTokens;
  private final String version;

  private Vocabulary(Map<String, Entry> entries, List<String> selfReferences, String version) {
    this.entries = entries;
    this.selfReferences = selfReferences;
    this.selfReferenceTokens = selfReferences.stream().map(Tokens::of).filter(t -> !t.isEmpty()).toList();
    this.version = version;
  }

  public static Vocabulary countries() {
    return load("/wenxian/countries.json", "countries", "code", "names");
  }

  public static Vocabulary themes() {
    return load("/wenxian/themes.json", "themes", "slug", "terms");
  }

  static Vocabulary load(String resource, String listKey, String keyName, String termsName) {
    byte[] bytes;
    try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("vocabulary " + resource + " is missing from the classpath");
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonObject root = new Gson().fromJson(new String(bytes, StandardCharsets.UTF_8), JsonObject.class);
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (JsonElement e : root.getAsJsonArray(listKey)) {
      JsonObject o = e.getAsJsonObject();
      String key = o.get(keyName).getAsString();
      List<String> terms = new ArrayList<>();
      JsonArray array = o.getAsJsonArray(termsName);
      array.forEach(t -> terms.add(t.getAsString()));
      terms.add(o.get("label").getAsString());
      List<List<String>> tokens = terms.stream().map(Tokens::of).filter(t -> !t.isEmpty()).distinct().toList();
      int min = o.has("min") ? o.get("min").getAsInt() : 1;
      entries.put(key, new Entry(key, o.get("label").getAsString(), o.get("label_en").getAsString(), List.copyOf(terms), min, tokens));
    }
    List<String> selfReferences = new ArrayList<>();
    if (root.has("self_references")) {
      root.getAsJsonArray("self_references").forEach(t -> selfReferences.add(t.getAsString()));
    }
    return new Vocabulary(entries, List.copyOf(selfReferences), sha256(bytes).substring(0, 12));
  }

  public Map<String, Entry> entries() {
    return entries;
  }

  /**
   * How a document names its issuer's own country (我國, 我国, 我が国): countries only, empty for
   * themes.
   */
  public List<String> selfReferences() {
    return selfReferences;
  }

  /** Whether a text names its issuer's own country, as {@link #match} finds terms in its tokens. */
  public boolean hasSelfReference(List<String> tokens) {
    return Tokens.countMatches(tokens, selfReferenceTokens) > 0;
  }

  public Optional<Entry> get(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  /** Content hash of the file: part of the index version, so editing the vocabulary forces a rebuild. */
  public String version() {
    return version;
  }

  /**
   * Resolves what a user typed (the key in any case, the Chinese label in either script, the English
   * label, or one of the entry's terms) to the entry's key.
   */
  public Optional<String> resolve(String value) {
    String v = value.strip();
    if (v.isEmpty()) {
      return Optional.empty();
    }
    for (Entry e : entries.values()) {
      if (e.key().equalsIgnoreCase(v)) {
        return Optional.of(e.key());
      }
    }
    List<String> tokens = Tokens.of(v);
    for (Entry e : entries.values()) {
      if (e.labelEn().equalsIgnoreCase(v) || Tokens.of(e.label()).equals(tokens)) {
        return Optional.of(e.key());
      }
    }
    for (Entry e : entries.values()) {
      for (List<String> term : e.termTokens()) {
        if (term.equals(tokens)) {
          return Optional.of(e.key());
        }
      }
    }
    return Optional.empty();
  }

  /** Keys of entries named in a text (a query, say), as {@link #match} finds them in its tokens. */
  public List<String> namedIn(String text) {
    return match(Tokens.of(text));
  }

  /** Keys of entries whose terms occur in the given tokens, at least {@code min} distinct ones. */
  public List<String> match(List<String> tokens) {
    List<String> keys = new ArrayList<>();
    for (Entry e : entries.values()) {
      if (Tokens.countMatches(tokens, e.termTokens()) >= e.min()) {
        keys.add(e.key());
      }
    }
    return keys;
  }


  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
