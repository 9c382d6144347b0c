package org.wenxian.analysis;

import java.io.IOException;
import java.io.Reader;

/**
 * Remembers every char the tokenizer reads, so that a token filter can look at the text between
 * tokens (SmartCN reports all punctuation as ","). The filters see offsets into what was read
 * (which is why touching tokens still touch across a dropped middle dot); {@link OriginalOffsets}
 * maps them back to the original text at the end of the chain.
 */
final class RecordingReader extends Reader {
  private Reader in;
  private final StringBuilder seen = new StringBuilder();

  void reset(Reader reader) {
    this.in = reader;
    seen.setLength(0);
  }

  /**
   * The offset in the original text of an offset into what was read: the char filters before the
   * recorder may drop chars (the middle dot of ディープ・フェイク), and the tokenizer cannot see
   * their corrections through a plain reader.
   */
  int original(int offset) {
    return in instanceof org.apache.lucene.analysis.CharFilter filter ? filter.correctOffset(offset) : offset;
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
