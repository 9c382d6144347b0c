package org.wenxian.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wenxian.index.IndexLayout;

/**
 * Serves the current index generation and switches to a newly published one without a restart:
 * it checks the CURRENT pointer every few seconds. Searches acquire a generation and release it
 * when done, so they finish on the generation they started on.
 */
public final class IndexService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IndexService.class);

  private final IndexLayout layout;
  private final AtomicReference<Generation> current = new AtomicReference<>();
  private final ScheduledExecutorService poller;

  public IndexService(Path indexDir, long pollMillis) throws IOException {
    this.layout = new IndexLayout(indexDir);
    refresh();
    this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "index-refresh");
      t.setDaemon(true);
      return t;
    });
    if (pollMillis > 0) {
      poller.scheduleWithFixedDelay(this::refreshQuietly, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }
  }

  /** Opens the published generation if it differs from the one being served. */
  public synchronized boolean refresh() throws IOException {
    Optional<Path> published = layout.current();
    Generation serving = current.get();
    if (published.isEmpty() || (serving != null && serving.name().equals(published.get().getFileName().toString()))) {
      return false;
    }
    Generation fresh = Generation.open(published.get());
    Generation old = current.getAndSet(fresh);
    if (old != null) {
      old.release();
      LOG.info("now serving index generation {} (was {})", fresh.name(), old.name());
    } else {
      LOG.debug("serving index generation {}", fresh.name());
    }
    return true;
  }

  private void refreshQuietly() {
    try {
      refresh();
    } catch (IOException | RuntimeException e) {
      // Keep serving the generation we have; a broken new one must not take search down.
      LOG.warn("could not open the published index generation: {}", e.getMessage());
    }
  }

  /** The name of the generation being served, if any. */
  public Optional<String> servingName() {
    return Optional.ofNullable(current.get()).map(Generation::name);
  }

  /** The generation to search on, acquired; the caller must release it. Empty when none exists. */
  public Optional<Generation> acquire() {
    while (true) {
      Generation g = current.get();
      if (g == null) {
        return Optional.empty();
      }
      if (g.acquire()) {
        return Optional.of(g);
      }
    }
  }

  @Override
  public void close() throws IOException {
    poller.shutdownNow();
    Generation g = current.getAndSet(null);
    if (g != null) {
      g.release();
    }
  }
}
