package org.wenxian.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class HeadingNumbersTest {
  /** The report's headings, whatever numerals they use, give one key per chapter or section. */
  @Test
  void aHeadingsNumberIsOneKeyWhateverItsNumerals() {
    assertEquals("第3章", HeadingNumbers.keyOf("第參章 加拿大 AI 人才培育政策"));
    assertEquals("第5章", HeadingNumbers.keyOf("第五章 結論"));
    assertEquals("第2节", HeadingNumbers.keyOf("第二節 小結"));
    assertEquals("第3章", HeadingNumbers.key("叁", "章"));
    assertEquals("第3章", HeadingNumbers.key("3", "章"));
    assertEquals("第13节", HeadingNumbers.key("拾參", "節"));
    assertEquals("第20篇", HeadingNumbers.key("二十", "篇"));
    // Not a heading number: none at the start, or numerals that make no number.
    assertNull(HeadingNumbers.keyOf("四、 泛加拿大 AI 戰略 第二階段"));
    assertNull(HeadingNumbers.key("十十", "章"));
    assertNull(HeadingNumbers.key("三三", "章"));
  }

  /** A passage's printed pages as keys: every page it spans, or its labels as given. */
  @Test
  void aPassagesPrintedPagesAreEveryPageItSpans() {
    assertEquals(java.util.List.of("12", "13", "14"), PassageDocuments.printedPages("12", "14"));
    assertEquals(java.util.List.of("iv"), PassageDocuments.printedPages("iv", "iv"));
    assertEquals(java.util.List.of(), PassageDocuments.printedPages(null, null));
  }
}
