package org.wenxian.extract;

/** A file that cannot be turned into text. The reason is short and meant for an operator. */
public final class ExtractionException extends Exception {
  /** Why the file was skipped; stable codes for summaries and JSON. */
  public enum Reason {
    EMPTY,
    ENCRYPTED,
    CORRUPT,
    WRONG_TYPE,
    UNSUPPORTED,
    BAD_ENCODING,
    TOO_LARGE,
    TIMEOUT,
    NO_TEXT
  }

  private final Reason reason;

  public ExtractionException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public ExtractionException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
