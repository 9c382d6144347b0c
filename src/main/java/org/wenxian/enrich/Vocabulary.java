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
import java.util.regex.Pattern;

/**
 * A controlled vocabulary loaded from a checked-in JSON file: countries ({@code countries.json}) or
 * themes ({@code themes.json}). Each entry has a key (ISO code or slug), a Chinese label, an English
 * label and the terms that signal it.
 */
public final class Vocabulary {
  /**
   * One entry: key, labels, terms, and the terms as token sequences for matching; terms matched only
   * as written ("US", whose lower case is the English pronoun), and phrases within which a term does
   * not count ("North America" is not the United States).
   */
  public record Entry(String key, String label, String labelEn, List<String> terms, int min, List<List<String>> termTokens,
      List<Pattern> asWritten, List<List<String>> exceptIn) {
    /** Whether the text names this entry: at least {@code min} distinct terms, given its tokens. */
    boolean namedIn(String text, List<String> tokens) {
      List<String> counted = exceptIn.isEmpty() ? tokens : Tokens.blankOut(tokens, exceptIn);
      int n = Tokens.countMatches(counted, termTokens);
      for (Pattern p : asWritten) {
        if (n < min && p.matcher(text).find()) {
          n++;
        }
      }
      return n >= min;
    }
  }

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
    // The file is the user's to edit: a mistake in it is said in one line that names the file and
    // the place (the CLI prints it and exits 2), not as a stack trace.
    String file = "vocabulary src/main/resources" + resource;
    JsonObject root;
    try {
      root = new Gson().fromJson(new String(bytes, StandardCharsets.UTF_8), JsonObject.class);
    } catch (com.google.gson.JsonParseException e) {
      String why = (e.getCause() != null ? e.getCause() : e).getMessage();
      throw new IllegalArgumentException(file + " is not JSON: " + why.lines().findFirst().orElse(why), e);
    }
    if (root == null || !root.has(listKey) || !root.get(listKey).isJsonArray()) {
      throw new IllegalArgumentException(file + " has no \"" + listKey + "\" array");
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    JsonArray list = root.getAsJsonArray(listKey);
    for (int i = 0; i < list.size(); i++) {
      String where = file + ", " + listKey + "[" + i + "]";
      if (!list.get(i).isJsonObject()) {
        throw new IllegalArgumentException(where + " is not an object");
      }
      JsonObject o = list.get(i).getAsJsonObject();
      String key = required(o, keyName, where);
      String label = required(o, "label", where);
      String labelEn = required(o, "label_en", where);
      if (!o.has(termsName) || !o.get(termsName).isJsonArray()) {
        throw new IllegalArgumentException(where + " (" + key + ") has no \"" + termsName + "\" array");
      }
      List<String> terms = new ArrayList<>();
      o.getAsJsonArray(termsName).forEach(t -> terms.add(t.getAsString()));
      terms.add(label);
      List<List<String>> tokens = terms.stream().map(Tokens::of).filter(t -> !t.isEmpty()).distinct().toList();
      int min = o.has("min") ? o.get("min").getAsInt() : 1;
      List<Pattern> asWritten = strings(o, "names_as_written", where).stream().map(Vocabulary::wholeWord).toList();
      List<List<String>> exceptIn = strings(o, "not_within", where).stream().map(Tokens::of)
          .filter(t -> !t.isEmpty()).toList();
      entries.put(key, new Entry(key, label, labelEn, List.copyOf(terms), min, tokens, asWritten, exceptIn));
    }
    List<String> selfReferences = new ArrayList<>();
    if (root.has("self_references")) {
      root.getAsJsonArray("self_references").forEach(t -> selfReferences.add(t.getAsString()));
    }
    return new Vocabulary(entries, List.copyOf(selfReferences), sha256(bytes).substring(0, 12));
  }

  /** An optional array of strings; absent is empty. */
  private static List<String> strings(JsonObject o, String name, String where) {
    if (!o.has(name)) {
      return List.of();
    }
    if (!o.get(name).isJsonArray()) {
      throw new IllegalArgumentException(where + " has \"" + name + "\" that is not an array");
    }
    List<String> values = new ArrayList<>();
    o.getAsJsonArray(name).forEach(t -> values.add(t.getAsString()));
    return values;
  }

  /** The term in exactly this case, not inside a longer word ("US" but not "USB", "us" or "BONUS"). */
  private static Pattern wholeWord(String term) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term) + "(?![\\p{L}\\p{N}])");
  }

  private static String required(JsonObject o, String name, String where) {
    if (!o.has(name) || !o.get(name).isJsonPrimitive() || o.get(name).getAsString().isBlank()) {
      throw new IllegalArgumentException(where + " has no \"" + name + "\"");
    }
    return o.get(name).getAsString();
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

  /** Keys of entries named in a text (a query, say), as {@link #match} finds them. */
  public List<String> namedIn(String text) {
    return match(text, Tokens.of(text));
  }

  /**
   * Keys of entries the text names, at least {@code min} distinct terms each: terms are found in the
   * text's tokens, those matched as written in the text itself.
   */
  public List<String> match(String text, List<String> tokens) {
    List<String> keys = new ArrayList<>();
    for (Entry e : entries.values()) {
      if (e.namedIn(text, tokens)) {
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
