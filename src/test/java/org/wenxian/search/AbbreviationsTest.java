package org.wenxian.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wenxian.enrich.Acronyms;
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
    // The form as the library writes it is searched too, since a phrase without "of" would miss it.
    assertEquals(List.of("Standards Council of Canada", "SCC"), found.get(0).others());
    assertEquals(List.of("Standards Council of Canada"), LIBRARY.othersOf("scc"));
    assertEquals(List.of("CIFAR"), LIBRARY.othersOf("Canadian Institute for Advanced Research"));
  }

  @Test
  void aHanNameIsFoundByItsEndInEitherScript() {
    Abbreviations library = Abbreviations.of(List.of(new Definition("CIFAR", "Canadian Institute for Advanced Research")),
        List.of(new Acronyms.HanName("CIFAR", "年成立加拿大先進研究所")));
    List<Abbreviations.Found> found = library.findIn("加拿大先进研究所 人才");
    assertEquals(1, found.size());
    assertEquals(0, found.get(0).start());
    assertEquals(8, found.get(0).end());
    assertEquals(List.of("CIFAR", "Canadian Institute for Advanced Research"), found.get(0).others());
    assertEquals(List.of("CIFAR", "Canadian Institute for Advanced Research"), library.othersOf("先進研究所"));
    // Three characters are a word, not a name; and the start of the text is not its end.
    assertTrue(library.findIn("研究所").isEmpty());
    assertTrue(library.findIn("年成立加拿").isEmpty());
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
