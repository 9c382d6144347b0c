package org.wenxian.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The last filter of the word chain: offsets back in the original text's coordinates, so that a
 * highlight and a query word's span cover what was written (the char filters' corrections, which
 * the tokenizer cannot apply through the {@link RecordingReader}).
 */
final class OriginalOffsets extends TokenFilter {
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final RecordingReader recorder;

  OriginalOffsets(TokenStream input, RecordingReader recorder) {
    super(input);
    this.recorder = recorder;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    offset.setOffset(recorder.original(offset.startOffset()), recorder.original(offset.endOffset()));
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    offset.setOffset(recorder.original(offset.startOffset()), recorder.original(offset.endOffset()));
  }
}
