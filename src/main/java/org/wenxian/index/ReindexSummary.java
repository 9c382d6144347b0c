package org.wenxian.index;

import java.util.List;

/**
 * The outcome of a reindex, printed at the end and as JSON with {@code --json}.
 *
 * @param published  true when a new generation is being served
 * @param generation the generation served after this run, or null when there is none
 * @param upToDate   true when nothing had changed, so no new generation was needed
 * @param error      why nothing was published, or null
 */
public record ReindexSummary(
    boolean published,
    String generation,
    boolean upToDate,
    int added,
    int updated,
    int unchanged,
    int deleted,
    int failed,
    int stale,
    int passages,
    long millis,
    String error,
    List<FileResult> files) {
  public ReindexSummary {
    files = List.copyOf(files);
  }

  static ReindexSummary of(boolean published, String generation, boolean upToDate, int passages, long millis,
      String error, List<FileResult> files) {
    return new ReindexSummary(
        published, generation, upToDate,
        count(files, FileResult.Status.ADDED),
        count(files, FileResult.Status.UPDATED),
        count(files, FileResult.Status.UNCHANGED),
        count(files, FileResult.Status.DELETED),
        count(files, FileResult.Status.FAILED),
        count(files, FileResult.Status.STALE),
        passages, millis, error, files);
  }

  private static int count(List<FileResult> files, FileResult.Status status) {
    return (int) files.stream().filter(f -> f.status() == status).count();
  }

  /** 0 all well; 1 some files failed but the rest was published; 2 nothing was published. */
  public int exitCode() {
    if (!published && !upToDate) {
      return 2;
    }
    return failed + stale > 0 ? 1 : 0;
  }
}
