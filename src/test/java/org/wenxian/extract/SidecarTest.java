package org.wenxian.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Without issuer_country in a sidecar, the language tag's region says whose 我國 the text means. */
class SidecarTest {
  @Test
  void theIssuersCountryFallsBackOnTheLanguageTagsRegion() {
    assertEquals("TW", Sidecar.regionOf("zh-Hant-TW"));
    assertEquals("JP", Sidecar.regionOf("ja-JP"));
    // zh-Hans is written in Singapore as well as on the mainland: no region, no guess.
    assertNull(Sidecar.regionOf("zh-Hans"));
    assertNull(Sidecar.regionOf(null));
  }
}
