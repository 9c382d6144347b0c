package org.wenxian.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.wenxian.enrich.Tagger;
import org.wenxian.extract.TikaExtractor;
import org.wenxian.index.FileResult;
import org.wenxian.index.Json;
import org.wenxian.index.ReindexListener;
import org.wenxian.index.ReindexSummary;
import org.wenxian.index.Reindexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code scripts/reindex}: corpus → a new published index generation. */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = {
      "Indexes the corpus into a new index generation and publishes it atomically.",
      "Unchanged files are carried over without extraction unless --full is given.",
      "",
      "Exit codes: 0 all well; 1 some files failed but the rest was published;",
      "            2 nothing was published (the served index is unchanged)."
    })
public final class ReindexCommand implements Callable<Integer> {
  @Option(names = "--corpus", description = "corpus directory (default: ${DEFAULT-VALUE})", defaultValue = "${sys:wenxian.root:-.}/corpus")
  Path corpus;

  @Option(names = "--index", description = "index directory (default: ${DEFAULT-VALUE})", defaultValue = "${sys:wenxian.root:-.}/index")
  Path index;

  @Option(names = "--full", description = "rebuild everything, ignoring what the last run indexed")
  boolean full;

  @Option(names = "--json", description = "print the summary as JSON on stdout")
  boolean json;

  @Option(names = "--timeout", description = "per-file extraction time limit in seconds (default: ${DEFAULT-VALUE})",
      defaultValue = "120")
  long timeoutSeconds;

  @Option(names = "--max-bytes", description = "files larger than this are skipped (default: ${DEFAULT-VALUE})",
      defaultValue = "209715200")
  long maxBytes;

  @Override
  public Integer call() {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    Reindexer reindexer = new Reindexer(corpus, index,
        new TikaExtractor(maxBytes, Duration.ofSeconds(timeoutSeconds)), Tagger.standard());
    ReindexSummary summary;
    boolean terminal = System.console() != null && !json;
    try (Progress progress = terminal ? new BarProgress() : new LineProgress(json ? err : out)) {
      summary = reindexer.run(full, progress);
    }
    if (json) {
      out.println(Json.PRETTY.toJson(summary));
    } else {
      printSummary(out, summary);
    }
    return summary.exitCode();
  }

  static void printSummary(PrintStream out, ReindexSummary s) {
    for (FileResult f : s.files()) {
      if (f.failed()) {
        out.printf("  %-9s %s: %s (%s)%s%n", f.status(), f.path(), f.message(), f.reason(),
            f.status() == FileResult.Status.STALE ? "; its previous passages stay searchable" : "");
      }
    }
    if (s.upToDate()) {
      out.printf("index is up to date (%s): %d files unchanged, %d passages, %.1f s%n",
          s.generation(), s.unchanged(), s.passages(), s.millis() / 1000.0);
      return;
    }
    out.printf("added %d, updated %d, unchanged %d, deleted %d, failed %d, stale %d; %d passages; %.1f s%n",
        s.added(), s.updated(), s.unchanged(), s.deleted(), s.failed(), s.stale(), s.passages(), s.millis() / 1000.0);
    out.println(s.published() ? "published " + s.generation() : "nothing published: " + s.error());
  }

  /** Progress reporting that can be closed. */
  interface Progress extends ReindexListener, AutoCloseable {
    @Override
    void close();
  }

  /** A progress bar on a terminal. */
  static final class BarProgress implements Progress {
    private ProgressBar bar;

    @Override
    public void started(int files) {
      bar = new ProgressBarBuilder().setTaskName("reindex").setInitialMax(files).setUnit(" files", 1)
          .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).continuousUpdate().build();
    }

    @Override
    public void fileDone(FileResult result) {
      if (bar != null && result.status() != FileResult.Status.DELETED) {
        bar.step();
        bar.setExtraMessage(result.path());
      }
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }

  /** Plain lines when output is not a terminal (logs, cron). */
  static final class LineProgress implements Progress {
    private final PrintStream out;

    LineProgress(PrintStream out) {
      this.out = out;
    }

    @Override
    public void started(int files) {
      if (files > 0) {
        out.println("reindexing " + files + " files");
      }
    }

    @Override
    public void fileDone(FileResult f) {
      out.printf("%-9s %s (%d passages, %d ms)%s%n", f.status(), f.path(), f.passages(), f.millis(),
          f.message() == null ? "" : ": " + f.message());
    }

    @Override
    public void close() {}
  }
}
