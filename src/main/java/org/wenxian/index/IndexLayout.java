package org.wenxian.index;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The index directory: numbered generations ({@code gen-000001}, ...) and a {@code CURRENT} file
 * naming the one being served. A generation is never written once published; publishing is one
 * atomic rename of {@code CURRENT}, so readers see the old generation or the new one, never a mix.
 */
public final class IndexLayout {
  public static final String CURRENT = "CURRENT";
  public static final String LOCK = "reindex.lock";
  private static final String PREFIX = "gen-";

  private final Path root;

  public IndexLayout(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /** The generation being served, if any has been published and still exists. */
  public Optional<Path> current() throws IOException {
    Path pointer = root.resolve(CURRENT);
    if (!Files.isRegularFile(pointer)) {
      return Optional.empty();
    }
    String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
    if (!name.startsWith(PREFIX) || name.contains("/") || name.contains("\\")) {
      throw new IOException("index pointer " + pointer + " is damaged: '" + name + "'");
    }
    Path gen = root.resolve(name);
    return Files.isDirectory(gen) ? Optional.of(gen) : Optional.empty();
  }

  /** A fresh, empty directory for the next generation. */
  public Path newGeneration() throws IOException {
    Files.createDirectories(root);
    int next = generations().stream().mapToInt(IndexLayout::number).max().orElse(0) + 1;
    Path gen = root.resolve(String.format("%s%06d", PREFIX, next));
    Files.createDirectory(gen);
    return gen;
  }

  /** Makes {@code generation} the one served, in one atomic step. */
  public void publish(Path generation) throws IOException {
    Path tmp = root.resolve(CURRENT + ".tmp");
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      ch.write(StandardCharsets.UTF_8.encode(generation.getFileName().toString() + "\n"));
      ch.force(true);
    }
    Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Deletes every generation except the current one and {@code previous}, the one served until this
   * publish: searches still running on it can finish (on POSIX, open readers keep their files
   * anyway). Anything else is older, or was left half-built by a killed reindex. Call only while
   * holding the reindex lock, so that no generation is being built.
   */
  public void removeOldGenerations(Optional<Path> previous) throws IOException {
    Optional<Path> current = current();
    if (current.isEmpty()) {
      return;
    }
    for (Path gen : generations()) {
      if (!gen.equals(current.get()) && !(previous.isPresent() && gen.equals(previous.get().toAbsolutePath().normalize()))) {
        deleteTree(gen);
      }
    }
  }

  List<Path> generations() throws IOException {
    List<Path> gens = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return gens;
    }
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(root, PREFIX + "*")) {
      for (Path p : stream) {
        if (Files.isDirectory(p) && number(p) > 0) {
          gens.add(p);
        }
      }
    }
    gens.sort(Comparator.comparingInt(IndexLayout::number));
    return gens;
  }

  private static int number(Path gen) {
    try {
      return Integer.parseInt(gen.getFileName().toString().substring(PREFIX.length()));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * Takes the reindex lock. The OS releases it when the process dies, so a lock file left behind by
   * a killed process is stale by construction and is simply taken over.
   *
   * @throws IOException when another live process holds it
   */
  public ReindexLock lock() throws IOException {
    Files.createDirectories(root);
    Path file = root.resolve(LOCK);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
      throw new IOException("another reindex is running" + (holder.isEmpty() ? "" : " (" + holder + ")")
          + "; wait for it to finish");
    }
    channel.truncate(0);
    channel.write(StandardCharsets.UTF_8.encode("pid " + ProcessHandle.current().pid() + "\n"));
    channel.force(true);
    return new ReindexLock(channel, lock);
  }

  /** Deletes a directory tree; used for abandoned generations and scratch indexes. */
  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** The held reindex lock; closing it releases the lock. */
  public static final class ReindexLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    ReindexLock(FileChannel channel, FileLock lock) {
      this.channel = channel;
      this.lock = lock;
    }

    @Override
    public void close() throws IOException {
      try {
        lock.release();
      } finally {
        channel.close();
      }
    }
  }
}
