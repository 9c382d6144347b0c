package org.wenxian.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A digest of the code that decides what goes into the index: extraction, passage splitting,
 * tagging, analysis and the document mapping. An incremental reindex reuses the passages of unchanged
 * files, so without this an upgraded build would keep serving passages cut by the old code until
 * someone remembered {@code --full}. Hand-bumped version constants were forgotten once; class bytes
 * are not.
 */
public final class IndexingCode {
  private static final List<String> PACKAGES = List.of(
      "org/wenxian/extract/", "org/wenxian/passage/", "org/wenxian/enrich/", "org/wenxian/analysis/",
      "org/wenxian/index/");
  private static final String DIGEST = compute();

  private IndexingCode() {}

  /** Twelve hex digits of SHA-256 over the class files of the indexing packages, by name. */
  public static String digest() {
    return DIGEST;
  }

  private static String compute() {
    java.security.CodeSource source = IndexingCode.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      // A class loader that does not say where the classes come from: no digest, as before it existed.
      return "unknown";
    }
    try {
      Path location = Path.of(source.getLocation().toURI());
      Map<String, byte[]> classes = Files.isDirectory(location) ? fromDirectory(location) : fromJar(location);
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, byte[]> e : classes.entrySet()) {
        sha.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sha.update(e.getValue());
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException | NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, byte[]> fromDirectory(Path root) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    for (String pkg : PACKAGES) {
      Path dir = root.resolve(pkg);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
          out.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
        }
      }
    }
    return out;
  }

  private static Map<String, byte[]> fromJar(Path jar) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (JarEntry entry : java.util.Collections.list(file.entries())) {
        String name = entry.getName();
        if (name.endsWith(".class") && PACKAGES.stream().anyMatch(name::startsWith)) {
          try (InputStream in = file.getInputStream(entry)) {
            out.put(name, in.readAllBytes());
          }
        }
      }
    }
    return out;
  }
}
