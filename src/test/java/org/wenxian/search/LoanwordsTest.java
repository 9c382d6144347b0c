package org.wenxian.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden cuts of katakana into EDICT's loanwords, and the reverse of CC-CEDICT they are said by. */
class LoanwordsTest {
  @Test
  void aCompoundIsCutIntoTheLongestListedLoanwords() {
    assertEquals(List.of("コンセンサス"), Loanwords.pieces("コンセンサス"));
    assertEquals(List.of("チーフ", "サイエンティスト"), Loanwords.pieces("チーフサイエンティスト"));
    assertEquals(List.of("グローバル", "イノベーション", "クラスター"), Loanwords.pieces("グローバル・イノベーション・クラスター"));
    // サプライチェーン is listed whole, not as サプライ + チェーン.
    assertEquals(List.of("サプライチェーン", "クラスター"), Loanwords.pieces("サプライチェーンクラスター"));
    // A name: ヒント is listed, ン is not a word.
    assertEquals(List.of(), Loanwords.pieces("ヒントン"));
  }

  @Test
  void onlyKatakanaIsALoanword() {
    assertTrue(Loanwords.isKatakana("デジタル"));
    assertTrue(Loanwords.isKatakana("グローバル・イノベーション"));
    assertFalse(Loanwords.isKatakana("デジタル人材"));
    assertFalse(Loanwords.isKatakana("AI"));
  }

  @Test
  void theListGivesTheChineseWordsOfTheFirstGloss() {
    assertEquals(List.of("共识"), Loanwords.listed("コンセンサス"));
    // Among a word's first three senses: 全球 is "entire, total, global".
    assertTrue(Loanwords.listed("グローバル").contains("全球"), Loanwords.listed("グローバル").toString());
    assertTrue(Loanwords.listed("サプライチェーン").contains("供应链"));
    // Listed, but its first gloss ("snell") has no Chinese: not CC-CEDICT's words for "leader", its third.
    assertEquals(List.of(), Loanwords.listed("ハリス"));
  }
}
