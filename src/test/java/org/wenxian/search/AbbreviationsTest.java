package org.wenxian.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wenxian.enrich.Acronyms.Definition;

/** Finding a library's abbreviations and long forms in what a user types. */
class AbbreviationsTest {
  private static final Abbreviations LIBRARY = Abbreviations.of(List.of(
      new Definition("SCC", "Standards Council of Canada"),
      new Definition("IT", "Information Technology"),
      new Definition("CIFAR", "Canadian Institute for Advanced Research")));

  @Test
  void aLongFormIsFoundWhateverItsCaseCommasAndSmallWords() {
    List<Abbreviations.Found> found = LIBRARY.findIn("標準 standards council, canada 2020");
    assertEquals(1, found.size());
    assertEquals("standards council, canada", "標準 standards council, canada 2020".substring(found.get(0).start(), found.get(0).end()));
    assertEquals(List.of("SCC"), found.get(0).others());
    assertEquals(List.of("Standards Council of Canada"), LIBRARY.othersOf("scc"));
    assertEquals(List.of("CIFAR"), LIBRARY.othersOf("Canadian Institute for Advanced Research"));
  }

  @Test
  void aTwoLetterAbbreviationMatchesOnlyInItsOwnCase() {
    assertEquals(List.of("Information Technology"), LIBRARY.othersOf("IT"));
    assertTrue(LIBRARY.othersOf("it").isEmpty(), "'it' is an English word");
    assertTrue(LIBRARY.findIn("what is it for").isEmpty());
    // Part of a longer text is not a whole form.
    assertTrue(LIBRARY.othersOf("CIFAR AI").isEmpty());
  }
}
