package org.wenxian.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenxian.TestCorpus;
import org.wenxian.enrich.Tagger;
import org.wenxian.extract.ExtractionException;
import org.wenxian.extract.TikaExtractor;
import org.wenxian.search.Generation;
import org.wenxian.search.IndexService;
import org.wenxian.search.PassageSearcher;
import org.wenxian.search.SearchRequest;

/** A reindex never breaks search: locking, version changes, crashes, concurrent searches. */
class ReindexSafetyTest {
  @TempDir Path tmp;

  private ReindexSummary reindex(Path corpus, Path index, boolean full) {
    return new Reindexer(corpus, index, new TikaExtractor(), Tagger.standard()).run(full, ReindexListener.NONE);
  }

  private Path smallCorpus() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "第一章 甲\n加拿大的人才政策重視研究機構與產業聚落。\n", StandardCharsets.UTF_8);
    return corpus;
  }

  @Test
  void aSecondConcurrentReindexRefusesWithAClearMessage() throws Exception {
    Path corpus = smallCorpus();
    Path index = tmp.resolve("index");
    try (IndexLayout.ReindexLock held = new IndexLayout(index).lock()) {
      ReindexSummary refused = reindex(corpus, index, false);
      assertFalse(refused.published());
      assertEquals(2, refused.exitCode());
      assertTrue(refused.error().contains("another reindex is running"), refused.error());
    }
    assertTrue(reindex(corpus, index, false).published());
  }

  @Test
  void aLockLeftByAKilledProcessIsRecovered() throws Exception {
    Path corpus = smallCorpus();
    Path index = Files.createDirectories(tmp.resolve("index"));
    // What a killed reindex leaves: the lock file with its pid, but no live process holding it.
    Files.writeString(index.resolve(IndexLayout.LOCK), "pid 999999\n");
    ReindexSummary s = reindex(corpus, index, false);
    assertTrue(s.published(), String.valueOf(s.error()));
  }

  @Test
  void aChangeOfAnalysisVersionForcesAFullRebuild() throws Exception {
    Path corpus = smallCorpus();
    Path index = tmp.resolve("index");
    reindex(corpus, index, false);
    Path gen = new IndexLayout(index).current().orElseThrow();
    Manifest m = Manifest.read(gen);
    new Manifest("an-older-analyzer", m.createdAt(), m.documents(), m.fingerprints(), m.passageCounts()).write(gen);
    ReindexSummary s = reindex(corpus, index, false);
    assertTrue(s.published());
    assertEquals(0, s.unchanged());
    assertEquals(1, s.added());
    assertEquals(new Reindexer(corpus, index, new TikaExtractor(), Tagger.standard()).analysisVersion(),
        Manifest.read(new IndexLayout(index).current().orElseThrow()).analysisVersion());
  }

  @Test
  void theRecordedVersionCoversTheIndexingCodeItself() {
    String version = new Reindexer(tmp, tmp.resolve("index"), new TikaExtractor(), Tagger.standard()).analysisVersion();
    // Passages carried over by an incremental run must have been cut by this very code.
    assertTrue(version.endsWith("/code-" + IndexingCode.digest()), version);
    assertTrue(IndexingCode.digest().matches("[0-9a-f]{12}"), IndexingCode.digest());
  }

  @Test
  void oversizedAndSlowFilesAreSkipped() {
    ExtractionException big = org.junit.jupiter.api.Assertions.assertThrows(ExtractionException.class,
        () -> new TikaExtractor(1000, Duration.ofMinutes(1)).extract(TestCorpus.report(), "r.pdf"));
    assertEquals(ExtractionException.Reason.TOO_LARGE, big.reason());
    ExtractionException slow = org.junit.jupiter.api.Assertions.assertThrows(ExtractionException.class,
        () -> new TikaExtractor(TikaExtractor.DEFAULT_MAX_BYTES, Duration.ofMillis(1)).extract(TestCorpus.report(), "r.pdf"));
    assertEquals(ExtractionException.Reason.TIMEOUT, slow.reason());
  }

  @Test
  void continuousSearchesDuringReindexesSeeNoErrorsAndNoEmptyResults() throws Exception {
    Path corpus = tmp.resolve("corpus");
    TestCorpus.copy(TestCorpus.report(), corpus);
    Path index = tmp.resolve("index");
    assertTrue(reindex(corpus, index, false).published());
    PassageSearcher searcher = new PassageSearcher(Tagger.standard());
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger searches = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<String> generationsSeen = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (IndexService service = new IndexService(index, 20)) {
      Thread client = new Thread(() -> {
        while (!stop.get() && failure.get() == null) {
          try {
            Generation g = service.acquire().orElseThrow();
            try {
              if (!generationsSeen.contains(g.name())) {
                generationsSeen.add(g.name());
              }
              if (searcher.search(g, SearchRequest.of("加拿大 人才")).hits().isEmpty()) {
                throw new AssertionError("empty result on " + g.name());
              }
            } finally {
              g.release();
            }
            searches.incrementAndGet();
          } catch (Throwable t) {
            failure.set(t);
          }
        }
      });
      client.start();
      for (int i = 0; i < 3; i++) {
        assertTrue(reindex(corpus, index, true).published());
        Thread.sleep(100);
      }
      stop.set(true);
      client.join(10_000);
    }
    if (failure.get() != null) {
      throw new AssertionError("a search failed during reindexing", failure.get());
    }
    assertTrue(searches.get() > 10, "only " + searches.get() + " searches ran");
    assertTrue(generationsSeen.size() >= 2, "the service never switched generation: " + generationsSeen);
    try (var dirs = Files.list(index)) {
      assertTrue(dirs.filter(p -> p.getFileName().toString().startsWith("gen-")).count() <= 2, "old generations not cleaned up");
    }
  }

  @Test
  void aReindexKilledWithSigkillLeavesTheServedIndexIntact() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Path index = tmp.resolve("index");
    TestCorpus.copy(TestCorpus.report(), corpus);
    assertTrue(reindex(corpus, index, false).published());
    Path served = new IndexLayout(index).current().orElseThrow();
    for (int i = 1; i <= 8; i++) {
      Files.copy(TestCorpus.report(), corpus.resolve("copy-" + i + ".pdf"));
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.wenxian.cli.Main",
        "reindex", "--corpus", corpus.toString(), "--index", index.toString())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    // Kill it once it is building the next generation.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(index.resolve("gen-000002")) && System.nanoTime() < deadline && child.isAlive()) {
      Thread.sleep(20);
    }
    Thread.sleep(300);
    assertTrue(child.isAlive(), "the child finished before it could be killed: " + Files.readString(tmp.resolve("child.log")));
    child.destroyForcibly().waitFor(); // SIGKILL on POSIX
    assertEquals(served, new IndexLayout(index).current().orElseThrow());
    try (IndexService service = new IndexService(index, 0)) {
      Generation g = service.acquire().orElseThrow();
      try {
        assertFalse(new PassageSearcher(Tagger.standard()).search(g, SearchRequest.of("蛋白質工業")).hits().isEmpty());
      } finally {
        g.release();
      }
    }
    ReindexSummary next = reindex(corpus, index, false);
    assertTrue(next.published(), String.valueOf(next.error()));
    assertEquals(8, next.added());
    assertFalse(Files.exists(index.resolve("gen-000002")), "the killed run's generation is cleaned up");
  }
}
