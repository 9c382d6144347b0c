package org.wenxian.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wenxian.enrich.Acronyms;
import org.wenxian.enrich.Acronyms.Definition;
import org.wenxian.enrich.Glosses;

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

  /**
   * A gloss (enrich/Glosses) is found by its English name and stands for the Chinese one, and a name
   * the library spells out with Artificial Intelligence is found typed with AI, as the report writes
   * it; the other way, a typed "Artificial Intelligence" is not read as a library's "AI".
   */
  @Test
  void aGlossIsFoundByItsEnglishNameTypedWithAiOrSpelledOut() {
    Abbreviations library = Abbreviations.of(List.of(new Definition("GPAI", "Global Partnership on AI")), List.of(),
        List.of(new Glosses.Gloss("泛加拿大 AI 戰略", "Pan-Canadian Artificial Intelligence Strategy"),
            new Glosses.Gloss("人工智慧", "Artificial Intelligence")), List.of());
    assertEquals(List.of("泛加拿大 AI 戰略"), library.othersOf("pan-canadian artificial intelligence strategy"));
    assertEquals(List.of("Pan-Canadian Artificial Intelligence Strategy", "泛加拿大 AI 戰略"),
        library.othersOf("Pan-Canadian AI Strategy"));
    assertTrue(library.othersOf("泛加拿大 AI 戰略").isEmpty(), "one way only");
    assertTrue(library.othersOf("Global Partnership on Artificial Intelligence").isEmpty());
    assertTrue(library.findIn("AI 人才").isEmpty(), "a typed AI alone is not a name spelled out");
  }

  /** The names list's lines: one thing's names across languages (wenxian/names.txt has the real ones). */
  private static final Abbreviations LISTED = Abbreviations.of(List.of(new Definition("IT", "Information Technology")),
      List.of(), List.of(
          List.of("北京共識", "Beijing Consensus"),
          List.of("十四五規劃", "14th Five-Year Plan"),
          List.of("經濟產業省", "經產省", "経済産業省", "METI"),
          List.of("IT 護照", "ITパスポート", "IT Passport"),
          List.of("數位人才", "デジタル人材")));

  @Test
  void aListedNameStandsForItsNamesInTheOtherLanguages() {
    assertEquals(List.of("北京共識"), LISTED.othersOf("beijing consensus"));
    List<Abbreviations.Found> found = LISTED.findIn("AI 與教育 北京 共识 2019");
    assertEquals(1, found.size());
    assertEquals("北京 共识", "AI 與教育 北京 共识 2019".substring(found.get(0).start(), found.get(0).end()));
    assertEquals(List.of("Beijing Consensus"), found.get(0).others());
    // Digits are part of a word: the 13th plan is not the 14th.
    assertEquals(List.of("十四五規劃"), LISTED.othersOf("14th Five-Year Plan"));
    assertTrue(LISTED.findIn("13th Five-Year Plan").isEmpty());
  }

  @Test
  void aListedHanNameStandsForItsNamesInOtherLanguagesOnlyAndHoldsTheShorterFormsInside() {
    // 經濟產業省 and 経済産業省 read alike in Simplified: neither is searched as the other's other
    // name; nor is 經產省, another Chinese spelling (the synonym list's work). METI finds them all.
    assertEquals(List.of("METI"), LISTED.othersOf("経済産業省"));
    assertEquals(List.of("METI"), LISTED.othersOf("經產省"));
    assertEquals(List.of("經濟產業省", "經產省", "経済産業省"), LISTED.othersOf("METI"));
    // "IT" alone is the library's abbreviation; inside "IT 護照" it is part of the name.
    List<Abbreviations.Found> found = LISTED.findIn("IT 護照 考試");
    assertEquals(1, found.size());
    assertEquals(List.of("ITパスポート", "IT Passport"), found.get(0).others());
    assertEquals(List.of("Information Technology"), LISTED.othersOf("IT"));
    // A name starts and ends where the query's words do.
    Abbreviations governance = Abbreviations.of(List.of(), List.of(), List.of(List.of("治理", "ガバナンス")));
    assertEquals(List.of("ガバナンス"), governance.othersOf("治理"));
    assertTrue(governance.findIn("政治理念").isEmpty());
    assertEquals(1, governance.findIn("AI 治理 原則").size());
    // A Japanese name with kana stands for the Chinese one, and the other way round.
    assertEquals(List.of("數位人才"), LISTED.othersOf("デジタル人材"));
    assertEquals(List.of("デジタル人材"), LISTED.othersOf("数位人才"));
  }

  @Test
  void theShippedNamesListIsRead() {
    Abbreviations shipped = Abbreviations.of(List.of(), List.of(), Names.groups());
    assertTrue(shipped.othersOf("Beijing Consensus").contains("北京共識"), shipped.othersOf("Beijing Consensus").toString());
    assertTrue(shipped.othersOf("經產省").contains("METI"));
    assertTrue(shipped.othersOf("MIC").isEmpty(), "the report's MIC is not Japan's ministry");
    // A middle dot is typed or not, as a space is.
    List<Abbreviations.Found> undotted = shipped.findIn("科学技術イノベーション基本法");
    assertEquals(1, undotted.size());
    assertTrue(undotted.get(0).others().contains("Science Technology and Innovation Basic Act"), undotted.toString());
  }
}
