package org.wenxian.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/** Golden tokens on report sentences, and offsets that point into the original Traditional text. */
class AnalyzersTest {
  record Token(String term, String surface) {}

  static List<Token> tokens(Analyzer analyzer, String text) throws IOException {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(new Token(term.toString(), text.substring(offset.startOffset(), offset.endOffset())));
      }
      ts.end();
    }
    return out;
  }

  static List<String> terms(Analyzer analyzer, String text) throws IOException {
    return tokens(analyzer, text).stream().map(Token::term).toList();
  }

  @Test
  void traditionalSentenceIsSegmentedIntoWords() throws IOException {
    String sentence = "中國大陸國務院於 2017 年 7 月 20 日發佈《新一代 AI 發展規劃》";
    assertEquals(List.of("中国", "大陆", "国务院", "于", "2017", "年", "7", "月", "20", "日", "发布", "新", "一代", "ai", "发展", "规划"),
        terms(Analyzers.words(), sentence));
  }

  @Test
  void offsetsPointIntoTheOriginalTraditionalText() throws IOException {
    String sentence = "中國大陸國務院於 2017 年發佈《新一代 AI 發展規劃》";
    List<Token> tokens = tokens(Analyzers.words(), sentence);
    assertEquals(new Token("国务院", "國務院"), tokens.get(2));
    assertEquals(new Token("发布", "發佈"), tokens.get(6));
    for (Token t : tokens) {
      assertEquals(t.term(), ChineseScript.toSimplified(t.surface()).toLowerCase(), "offset drift at " + t);
    }
  }

  /** Japanese writes ディープ・フェイク and ディープフェイク; Kuromoji cut the first in two and not the second. */
  @Test
  void katakanaJoinedByAMiddleDotReadAsOneWord() throws IOException {
    for (Analyzer analyzer : List.of(Analyzers.japanese(), Analyzers.bigrams(), Analyzers.words())) {
      assertEquals(List.of("ディープフェイク"), terms(analyzer, "ディープ・フェイク"));
      assertEquals(terms(analyzer, "ディープフェイク"), terms(analyzer, "ディープ・フェイク"));
    }
    // The highlight still covers the dot, and a dot between other characters stays a separator.
    assertEquals(new Token("ディープフェイク", "ディープ・フェイク"), tokens(Analyzers.japanese(), "AI ディープ・フェイク").get(1));
    assertEquals(List.of("ai", "iot"), terms(Analyzers.japanese(), "AI・IoT"));
  }

  /**
   * The word chain drops the dot before SmartCN: its offsets still point into the text as written,
   * for the word itself and every word after it (they fell one short per dot, so a highlight missed
   * a character and a query's words after the dot were cut in the wrong places).
   */
  @Test
  void offsetsAfterADroppedMiddleDotPointIntoTheTextAsWritten() throws IOException {
    String text = "數位轉型與ディープ・フェイクの対策";
    List<Token> tokens = tokens(Analyzers.words(), text);
    assertEquals(new Token("ディープフェイク", "ディープ・フェイク"), tokens.get(3), tokens.toString());
    assertEquals(new Token("对策", "対策"), tokens.get(tokens.size() - 1), tokens.toString());
    assertTrue(tokens(Analyzers.wordsWithSynonyms(), text).contains(new Token("ディープフェイク", "ディープ・フェイク")));
  }

  @Test
  void traditionalAndSimplifiedGiveTheSameTerms() throws IOException {
    assertEquals(terms(Analyzers.words(), "蛋白質工業 聚落"), terms(Analyzers.words(), "蛋白质工业 聚落"));
    assertEquals(List.of("蛋白质", "工业"), terms(Analyzers.words(), "蛋白質工業"));
  }

  @Test
  void englishWordsAndNumbersStaySearchable() throws IOException {
    List<String> words = terms(Analyzers.words(), "CIFAR 與 GIGA School、Society 5.0，2017 年追加 4.43 億加幣");
    assertTrue(words.containsAll(List.of("cifar", "giga", "school", "society", "2017")), words.toString());
    List<String> bigrams = terms(Analyzers.bigrams(), "Society 5.0，2017 年追加 4.43 億加幣");
    assertTrue(bigrams.containsAll(List.of("society", "5.0", "2017", "4.43")), bigrams.toString());
  }

  /**
   * An English gloss in Chinese text is found with the other number: the report writes Global
   * Innovation Clusters and Canada CIFAR AI Chairs Program, a reader types cluster or chair. Function
   * words stay as they are, for the question rules that compare them.
   */
  @Test
  void englishPluralsInTheWordFieldsAreReadInTheSingular() throws IOException {
    assertEquals(List.of("全球", "ai", "创新", "聚落", "计", "画", "global", "innovation", "cluster"),
        terms(Analyzers.words(), "全球 AI 創新聚落計畫 (Global Innovation Clusters)"));
    assertEquals(List.of("industry", "chair", "program", "llm"), terms(Analyzers.words(), "Industries Chairs Programs LLMs"));
    assertEquals(List.of("this", "was", "has", "its", "status", "dlrlss"), terms(Analyzers.words(), "this was has its status DLRLSS"));
  }

  @Test
  void aNumbersThousandsSeparatorsAreLeftOutOfItsTerm() throws IOException {
    // The report writes 8,650 萬加幣; a reader types 8650万.
    assertEquals(terms(Analyzers.words(), "8650万加币"), terms(Analyzers.words(), "8,650 萬加幣"));
    assertEquals(List.of("1234567", "3120.5", "12", "34"), terms(Analyzers.words(), "1,234,567 3,120.5 12,34"));
    assertEquals(List.of("8650", "万加", "加币"), terms(Analyzers.bigrams(), "8,650 萬加幣"));
    assertEquals(List.of("2054", "paper"), terms(Analyzers.english(), "2,054 papers"));
  }

  /** "US" and "U.S." are the USA, but "us" stays the pronoun; lower case would make them one word. */
  @Test
  void theUsInCapitalsIsTheUsa() throws IOException {
    assertEquals(List.of("usa", "usa", "usa", "let", "us"), terms(Analyzers.english(), "the US, the U.S. and the USA; let us"));
  }

  @Test
  void bigramFieldMatchesNamesTheDictionaryLacks() throws IOException {
    assertEquals(List.of("ipa", "的齐", "齐藤", "藤裕", "裕理", "理事", "事长"), terms(Analyzers.bigrams(), "IPA 的齊藤裕理事長"));
    List<Token> tokens = tokens(Analyzers.bigrams(), "IPA 的齊藤裕理事長");
    assertEquals("齊藤", tokens.get(2).surface());
  }

  @Test
  void katakanaWordsStayWhole() throws IOException {
    // SmartCN splits a katakana loanword into its characters; the bigram field would cut it in pairs.
    assertEquals(List.of("giga", "スクール"), terms(Analyzers.words(), "GIGA スクール"));
    // 対 is the Japanese form of 對: its bigram is the Chinese one, which 對應 and 对应 match.
    assertEquals(List.of("リスク", "对应"), terms(Analyzers.bigrams(), "リスク対応"));
    assertEquals("リスク", terms(Analyzers.words(), "リスクへの対応").get(0));
  }

  @Test
  void numbersWrittenDigitByDigitInChineseAreNumbers() throws IOException {
    // SmartCN drops 〇 and splits the rest: "二〇三五年" was 二, 三, 五, 年.
    assertEquals(List.of("到", "2035", "年", "基本", "实现"), terms(Analyzers.words(), "到二〇三五年基本实现"));
    assertEquals(List.of("2035", "年"), terms(Analyzers.words(), "2035 年"));
    assertEquals(List.of("100"), terms(Analyzers.words(), "一〇〇"));
    // Positional numbers and short runs are left alone.
    assertEquals(List.of("十", "四", "五"), terms(Analyzers.words(), "十四五"));
    List<Token> tokens = tokens(Analyzers.words(), "到二〇三五年");
    assertEquals("二〇三五", tokens.get(1).surface());
  }

  @Test
  void conversionIsOneCharForOneChar() {
    String traditional = "數位發展部數位產業署：國際 AI 創新培育模式研究報告（臺灣）";
    String simplified = ChineseScript.toSimplified(traditional);
    assertEquals(traditional.length(), simplified.length());
    // Full-width punctuation folds to ASCII (NFKC) in the same pass, still one char for one char.
    assertEquals("数位发展部数位产业署:国际 AI 创新培育模式研究报告(台湾)", simplified);
  }

  /** Japanese forms that are not Chinese characters are matched as the Chinese ones they stand for. */
  @Test
  void japaneseFormsMatchTheirChineseCharacters() throws IOException {
    assertEquals("AI战略会议 著作权 经济", ChineseScript.toSimplified("AI戦略会議 著作権 経済"));
    // A form that stands for several characters (両: 兩, 輛), or is a Chinese character too, is left alone.
    assertEquals("両 会 芸", ChineseScript.toSimplified("両 会 芸"));
    // So is one both scripts write alike, which no character table lists: 予 of 授予 is not 豫.
    assertEquals("授予 赋予 生疏 醋", ChineseScript.toSimplified("授予 賦予 生疏 醋"));
    // Telling Traditional text from Simplified counts Traditional characters only, not Japanese forms.
    assertTrue(ChineseScript.isTraditional('國'));
    assertFalse(ChineseScript.isTraditional('権'));
    assertEquals(terms(Analyzers.bigrams(), "戰略會議"), terms(Analyzers.bigrams(), "戦略会議"));
    // The other way, for Kuromoji: a Chinese query in Japanese forms; Japanese text unchanged.
    assertEquals("社会変化 経済産業省 社会変化", ChineseScript.toJapaneseForms("社會變化 經濟產業省 社会变化"));
    assertEquals("北斗 知的財産の保護", ChineseScript.toJapaneseForms("北斗 知的財産の保護"));
  }

  /**
   * A mistake in an edited synonym list is named by its line and reason, as an error the user can
   * act on (the CLI prints it on one line and exits 2), and the shipped list has none.
   */
  @Test
  void aBrokenSynonymLineIsNamedByItsNumberAndText() {
    List<String> lines = List.of("# comment", "人工智慧, 人工智能, AI", "數位素養 => ");
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Synonyms.parse("edited.txt", lines));
    assertTrue(e.getMessage().startsWith("synonym list edited.txt, line 3 (數位素養 =>): "), e.getMessage());
    assertTrue(Synonyms.parse("edited.txt", lines.subList(0, 2)).maxHorizontalContext >= 0);
    assertTrue(Synonyms.map().words.size() > 500, "the shipped list parses");
  }
}
