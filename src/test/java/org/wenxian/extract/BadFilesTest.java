package org.wenxian.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wenxian.TestCorpus;

/** Every bad fixture is refused with the right reason (the corpus-level test is in ReindexTest). */
class BadFilesTest {
  @ParameterizedTest
  @CsvSource({
    "bad/empty.pdf, EMPTY",
    "bad/encrypted.pdf, ENCRYPTED",
    "bad/truncated.pdf, CORRUPT",
    "bad/truncated.docx, CORRUPT",
    "bad/not-a-pdf.pdf, WRONG_TYPE",
    "bad/bad-encoding.txt, BAD_ENCODING"
  })
  void badFileIsReportedWithReason(String fixture, ExtractionException.Reason reason) {
    ExtractionException e = assertThrows(ExtractionException.class,
        () -> new TikaExtractor().extract(TestCorpus.fixture(fixture), fixture));
    assertEquals(reason, e.reason(), e.getMessage());
    org.junit.jupiter.api.Assertions.assertFalse(e.getMessage().isBlank());
  }
}
