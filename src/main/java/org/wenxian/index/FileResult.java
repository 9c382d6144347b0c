package org.wenxian.index;

/**
 * What a reindex did with one corpus file.
 *
 * @param path     corpus-relative path
 * @param status   what happened
 * @param reason   for FAILED and STALE, a stable code (EMPTY, ENCRYPTED, CORRUPT, ...); else null
 * @param message  for FAILED and STALE, the reason in words; else null
 * @param passages passages of this file in the new generation
 * @param millis   time spent on the file
 */
public record FileResult(String path, Status status, String reason, String message, int passages, long millis) {
  /** Outcome for one file. STALE: it failed now, but its passages from the last run are kept. */
  public enum Status {
    ADDED,
    UPDATED,
    UNCHANGED,
    DELETED,
    FAILED,
    STALE
  }

  public boolean failed() {
    return status == Status.FAILED || status == Status.STALE;
  }
}
