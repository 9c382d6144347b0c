package org.wenxian.analysis;

import java.io.IOException;
import java.io.Reader;

/**
 * Remembers every char the tokenizer reads, so that a token filter can look at the text between
 * tokens (SmartCN reports all punctuation as ","). Offsets index straight into it because the
 * conversions before it map one char to one char.
 */
final class RecordingReader extends Reader {
  private Reader in;
  private final StringBuilder seen = new StringBuilder();

  void reset(Reader reader) {
    this.in = reader;
    seen.setLength(0);
  }

  /** The char at an offset already read, or 0 when it has not been read. */
  char charAt(int offset) {
    return offset >= 0 && offset < seen.length() ? seen.charAt(offset) : 0;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = in.read(buffer, offset, length);
    if (n > 0) {
      seen.append(buffer, offset, n);
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
