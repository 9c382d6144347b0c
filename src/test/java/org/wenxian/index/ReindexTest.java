package org.wenxian.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenxian.TestCorpus;
import org.wenxian.enrich.Tagger;
import org.wenxian.extract.TikaExtractor;

/** Reindexing a corpus with bad files in it, incrementally, without touching the served generation. */
class ReindexTest {
  @TempDir Path tmp;

  private ReindexSummary reindex(Path corpus, Path index, boolean full) {
    return new Reindexer(corpus, index, new TikaExtractor(), Tagger.standard()).run(full, ReindexListener.NONE);
  }

  private static Path write(Path dir, String name, String text) throws Exception {
    Files.createDirectories(dir);
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void badFilesAreReportedByNameAndReasonAndTheRestIsIndexed() throws Exception {
    Path corpus = tmp.resolve("corpus");
    for (String bad : new String[] {"empty.pdf", "encrypted.pdf", "truncated.pdf", "truncated.docx", "not-a-pdf.pdf", "bad-encoding.txt"}) {
      TestCorpus.copy(TestCorpus.fixture("bad/" + bad), corpus);
    }
    TestCorpus.copy(TestCorpus.fixture("report/report.md"), corpus);
    ReindexSummary s = reindex(corpus, tmp.resolve("index"), false);
    assertTrue(s.published());
    assertEquals(1, s.exitCode());
    assertEquals(1, s.added());
    assertEquals(6, s.failed());
    Map<String, String> reasons = s.files().stream().filter(FileResult::failed)
        .collect(Collectors.toMap(FileResult::path, FileResult::reason));
    assertEquals(Map.of("empty.pdf", "EMPTY", "encrypted.pdf", "ENCRYPTED", "truncated.pdf", "CORRUPT",
        "truncated.docx", "CORRUPT", "not-a-pdf.pdf", "WRONG_TYPE", "bad-encoding.txt", "BAD_ENCODING"), reasons);
    assertTrue(s.files().stream().filter(FileResult::failed).allMatch(f -> f.message() != null && !f.message().isBlank()));
    assertTrue(s.passages() > 100);
  }

  @Test
  void onlyChangedFilesAreExtractedAgainAndDeletedFilesDisappear() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Path index = tmp.resolve("index");
    write(corpus, "a.txt", "第一章 甲\n甲文件的第一段，談加拿大的人才政策。\n");
    write(corpus, "b.txt", "第一章 乙\n乙文件的第一段，談日本的數位素養。\n");
    ReindexSummary first = reindex(corpus, index, false);
    assertEquals(2, first.added());

    write(corpus, "b.txt", "第一章 乙\n乙文件改寫過的段落，談日本的生成式 AI。\n");
    ReindexSummary second = reindex(corpus, index, false);
    assertEquals(1, second.unchanged());
    assertEquals(1, second.updated());
    assertEquals(FileResult.Status.UNCHANGED, status(second, "a.txt"));
    assertEquals(FileResult.Status.UPDATED, status(second, "b.txt"));

    Files.delete(corpus.resolve("a.txt"));
    ReindexSummary third = reindex(corpus, index, false);
    assertEquals(1, third.deleted());
    assertEquals(FileResult.Status.DELETED, status(third, "a.txt"));
    assertEquals(1, Manifest.read(new IndexLayout(index).current().orElseThrow()).documents().size());

    ReindexSummary fourth = reindex(corpus, index, false);
    assertTrue(fourth.upToDate());
    assertEquals(0, fourth.exitCode());
  }

  @Test
  void aFileThatBreaksKeepsItsPreviousPassagesAsStale() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Path index = tmp.resolve("index");
    write(corpus, "a.txt", "第一章 甲\n甲文件的第一段，談加拿大的人才政策。\n");
    reindex(corpus, index, false);
    Files.write(corpus.resolve("a.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xE4, (byte) 0xB8});
    ReindexSummary s = reindex(corpus, index, false);
    assertEquals(1, s.stale());
    assertEquals(1, s.exitCode());
    assertEquals(1, s.passages());
  }

  @Test
  void nothingPublishedWhenEveryFileFailsAndTheServedIndexIsUntouched() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Path index = tmp.resolve("index");
    write(corpus, "a.txt", "第一章 甲\n甲文件的第一段。\n");
    ReindexSummary ok = reindex(corpus, index, false);
    Path served = new IndexLayout(index).current().orElseThrow();
    Files.delete(corpus.resolve("a.txt"));
    TestCorpus.copy(TestCorpus.fixture("bad/encrypted.pdf"), corpus);
    ReindexSummary bad = reindex(corpus, index, true);
    assertFalse(bad.published());
    assertEquals(2, bad.exitCode());
    assertEquals(served, new IndexLayout(index).current().orElseThrow());
    assertEquals(ok.generation(), bad.generation());
  }

  private static FileResult.Status status(ReindexSummary s, String path) {
    return s.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().status();
  }
}
