package org.wenxian.http;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.wenxian.index.FileResult;
import org.wenxian.index.ReindexListener;
import org.wenxian.index.ReindexSummary;
import org.wenxian.index.Reindexer;

/** Reindex jobs started over HTTP: run one at a time in the background, observable by id. */
final class ReindexJobs implements AutoCloseable {
  /** A job's state as the API shows it. */
  record Job(String id, String state, int filesTotal, int filesDone, ReindexSummary summary) {}

  private final Supplier<Reindexer> reindexer;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "admin-reindex");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();

  ReindexJobs(Supplier<Reindexer> reindexer) {
    this.reindexer = reindexer;
  }

  Job start(boolean full) {
    String id = UUID.randomUUID().toString();
    Job queued = new Job(id, "queued", 0, 0, null);
    jobs.put(id, queued);
    worker.submit(() -> {
      AtomicInteger total = new AtomicInteger();
      AtomicInteger done = new AtomicInteger();
      jobs.put(id, new Job(id, "running", 0, 0, null));
      ReindexSummary summary = reindexer.get().run(full, new ReindexListener() {
        @Override
        public void started(int files) {
          total.set(files);
          jobs.put(id, new Job(id, "running", files, 0, null));
        }

        @Override
        public void fileDone(FileResult result) {
          jobs.put(id, new Job(id, "running", total.get(), done.incrementAndGet(), null));
        }
      });
      String state = summary.exitCode() == 2 ? "failed" : "done";
      jobs.put(id, new Job(id, state, total.get(), done.get(), summary));
    });
    return queued;
  }

  Optional<Job> get(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
