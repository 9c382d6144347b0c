package org.wenxian.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.wenxian.extract.SourceDocument;

/**
 * What one index generation holds, written next to its Lucene files: the analysis version it was
 * built with, and each document with the content hash it was indexed from.
 */
public record Manifest(
    String analysisVersion, String createdAt, List<SourceDocument> documents, Map<String, String> fingerprints,
    Map<String, Integer> passageCounts) {
  public static final String FILE = "manifest.json";

  public Manifest {
    documents = List.copyOf(documents);
    fingerprints = fingerprints == null ? Map.of() : Map.copyOf(fingerprints);
    passageCounts = passageCounts == null ? Map.of() : Map.copyOf(passageCounts);
  }

  public void write(Path generation) throws IOException {
    Path tmp = generation.resolve(FILE + ".tmp");
    Files.writeString(tmp, Json.PRETTY.toJson(this), StandardCharsets.UTF_8);
    Files.move(tmp, generation.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  public static Manifest read(Path generation) throws IOException {
    Manifest m = Json.GSON.fromJson(Files.readString(generation.resolve(FILE), StandardCharsets.UTF_8), Manifest.class);
    if (m == null || m.documents() == null) {
      throw new IOException("manifest in " + generation + " is empty or damaged");
    }
    return m;
  }
}
