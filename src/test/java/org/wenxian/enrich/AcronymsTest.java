package org.wenxian.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wenxian.enrich.Acronyms.Definition;

/** Abbreviation definitions in sentences of the shipped corpus, and look-alikes that are not. */
class AcronymsTest {
  @Test
  void longFormThenShortFormInBrackets() {
    assertEquals(List.of(new Definition("NSERC", "Natural Sciences and Engineering Research Council")),
        Acronyms.find("including funding for the Natural Sciences and Engineering Research Council (NSERC), the"));
    // The shortest run of words before the brackets: not "National Institute of Advanced …".
    assertEquals(List.of(new Definition("AIST", "Advanced Industrial Science and Technology")),
        Acronyms.find("operated by the National Institute of Advanced Industrial Science and Technology (AIST)"));
    // One inner word may give no letter; "of" and "and" need not.
    assertEquals(List.of(new Definition("NICT", "National Institute of Information and Communications Technology")),
        Acronyms.find("the National Institute of Information and Communications Technology (NICT) will"));
  }

  @Test
  void bothFormsInsideTheBracketsOfAChineseSentence() {
    assertEquals(List.of(new Definition("IPA", "Information Technology Promotion Agency")),
        Acronyms.find("日本獨立行政法人情報處理推進機構（Information Technology Promotion Agency, IPA）"));
    assertEquals(List.of(new Definition("CSTI", "Council for Science Technology and Innovation")),
        Acronyms.find("科學技術與創新委員會（Council for Science, Technology and Innovation, CSTI）"));
    // A word in capitals gives more than its initial: GPAI.
    assertEquals(List.of(new Definition("GPAI", "Global Partnership on AI")),
        Acronyms.find("成立 AI 全球合作組織 (Global Partnership on AI, GPAI)，集結 14 個國家"));
  }

  @Test
  void shortFormBeforeItsLongFormAndAfterAColon() {
    assertEquals(List.of(new Definition("Mila", "Montreal Institute for Learning Algorithms")),
        Acronyms.find("蒙特婁的 Mila (Montreal Institute for Learning Algorithms)"));
    assertEquals(List.of(new Definition("ABCI", "AI Bridging Cloud Infrastructure")),
        Acronyms.find("国内最大のAI計算専用大型計算機である『ABCI：\nAI Bridging Cloud Infrastructure』を構築し"));
  }

  @Test
  void glossaryRowsRunTogether() {
    // The English strategy's list of ministries, as its passage holds it: one row after another.
    assertEquals(List.of(new Definition("MOFA", "Ministry of Foreign Affairs"),
            new Definition("METI", "Ministry of Economy Trade and Industry"),
            new Definition("MLIT", "Ministry of Land Infrastructure Transport and Tourism")),
        Acronyms.find("MOFA Ministry of Foreign Affairs METI Ministry of Economy, Trade and Industry "
            + "MLIT Ministry of Land, Infrastructure, Transport and Tourism"));
    // A plural short form; a row that ends where the next short form ("IoT") begins.
    assertEquals(List.of(new Definition("SMEs", "Small and Medium Enterprises")),
        Acronyms.find("SMEs Small and Medium Enterprises"));
    assertEquals(List.of(new Definition("IJCAI", "International Joint Conferences on Artificial Intelligence")),
        Acronyms.find("IJCAI International Joint Conferences on Artificial Intelligence IoT Internet of Things"));
    // Capitals before a title-case word in a sentence are no definition unless they are its initials.
    assertTrue(Acronyms.find("support from the NVIDIA Corporation and the AI Research Institute").isEmpty());
  }

  @Test
  void theHanTextBeforeTheBracketsIsKeptForItsEnd() {
    assertEquals(List.of(new Acronyms.HanName("CIFAR", "年成立加拿大先進研究所")),
        Acronyms.hanNamesIn("於 1982 年成立加拿大先進研究所（Canadian Institute for Advanced Research, CIFAR），屬於非營利組織"));
    assertEquals(List.of(new Acronyms.HanName("RIKEN", "理化学研究所")), Acronyms.hanNamesIn("理化学研究所（RIKEN）"));
    // Brackets that give no abbreviation, and a name shorter than four characters.
    assertTrue(Acronyms.hanNamesIn("實施循環教育（Recurrent Education）").isEmpty());
    assertTrue(Acronyms.hanNamesIn("研究所（ANL）").isEmpty());
  }

  @Test
  void bracketsThatDoNotDefineAnAbbreviation() {
    // A gloss, a name that is not the initials, and initials a word of the long form does not give.
    assertTrue(Acronyms.find("3. 人才 (Talent)：經濟合作暨發展組織").isEmpty());
    assertTrue(Acronyms.find("6. 負責任的 AI (Responsible AI)：2018 年").isEmpty());
    assertTrue(Acronyms.find("Institute of Physical and Chemical Research (RIKEN)").isEmpty());
    assertTrue(Acronyms.find("Information and Communication Technology (IT) Strategic Office").isEmpty());
    assertTrue(Acronyms.find("a Chinese name before it: 加拿大標準委員會 (SCC)").isEmpty());
  }
}
