package org.wenxian.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.wenxian.analysis.Analyzers;
import org.wenxian.analysis.ChineseScript;
import org.wenxian.index.Fields;

/**
 * A query typed in Japanese, read twice: SmartCN cuts it by Chinese words for the Chinese fields
 * (hiragana into single kana), Kuromoji by Japanese ones for the Japanese field. What SmartCN reads
 * as words that Kuromoji finds to be grammar is not counted, and the grammar framing the query is
 * not searched.
 */
final class JapaneseQuery {
  private static final Analyzer JAPANESE = Analyzers.japanese();
  private static final QueryBuilder WITH_SYNONYMS = new QueryBuilder(Analyzers.japaneseWithSynonyms());
  private static final Pattern HIRAGANA = Pattern.compile("\\p{IsHiragana}");
  private static final Pattern HIRAGANA_ONLY = Pattern.compile("\\p{IsHiragana}+");

  /** A count in digits before a Japanese counter: 3つの, 6か国, 5項目. */
  private static final Pattern COUNT = Pattern.compile("(?<![0-9０-９.,])([1-9１-９])(?=つ|か国|ヶ国|カ国|項目|項|種類|種|段階|件|点)");
  private static final String NUMERALS = "一二三四五六七八九";

  /**
   * A Japanese query's counts as Chinese writes them (6か国 → 六か国, 3つ → 三つ): the report says
   * 六國 and 三大, with the numeral as a word of its own. One char for one, so offsets stay.
   */
  static String countsInCharacters(String text) {
    if (!isJapanese(text)) {
      return text;
    }
    Matcher m = COUNT.matcher(text);
    StringBuilder out = new StringBuilder(text);
    while (m.find()) {
      int digit = Character.getNumericValue(m.group(1).charAt(0));
      out.setCharAt(m.start(1), NUMERALS.charAt(digit - 1));
    }
    return out.toString();
  }

  /** Only hiragana: grammar, which the word fields leave out of a Japanese query ({@link #withoutHiragana}). */
  static boolean isHiraganaOnly(String text) {
    return HIRAGANA_ONLY.matcher(text).matches();
  }

  /** The text with each hiragana blanked out, offsets kept. */
  static String withoutHiragana(String text) {
    return HIRAGANA.matcher(text).replaceAll(" ");
  }

  /** Japanese rather than Chinese: it has hiragana. */
  static boolean isJapanese(String text) {
    return HIRAGANA.matcher(text).find();
  }

  /** Whether the text has hiragana or katakana: Japanese, or a Japanese name (ITパスポート). */
  static boolean hasKana(String text) {
    return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA);
  }

  /** The query's content, and the content words Kuromoji finds in it; null when it has no hiragana. */
  private final String content;
  private final List<Token> contentWords;
  private final List<Token> questionWords;

  private JapaneseQuery(String content) {
    this.content = content;
    boolean japanese = isJapanese(content);
    String forms = japanese ? ChineseScript.toJapaneseForms(content) : null;
    List<Token> words = japanese ? Token.all(JAPANESE, forms) : List.of();
    this.contentWords = japanese ? Questions.japaneseContentWords(words, forms) : null;
    this.questionWords = japanese ? Questions.japaneseQuestionWords(words, forms) : List.of();
  }

  /** The content read once by Kuromoji, for {@link #withoutGrammar} and {@link #frameBlanked}. */
  static JapaneseQuery of(String content) {
    return new JapaneseQuery(content);
  }

  /**
   * In a Japanese query, the words that are only its grammar are not counted for the first tier:
   * SmartCN cuts の, について and ください into single kana, which no Chinese passage has, so each
   * weighed as a rare word and a passage needed them. A word counts where Kuromoji finds a content
   * word. In keywords they stay in the score: kept in the text, the particles keep the query's words
   * adjacent as the text writes them (プロセスへの貢献), which bigrams reward; the frame around them
   * is blanked ({@link #frameBlanked}).
   *
   * @param spans words of the content
   */
  List<int[]> withoutGrammar(List<int[]> spans) {
    if (contentWords == null) {
      return spans;
    }
    List<int[]> kept = spans.stream()
        .filter(s -> contentWords.stream().anyMatch(t -> QueryWords.overlap(s, t.start(), t.end())))
        .toList();
    return kept.isEmpty() ? spans : kept;
  }

  /**
   * The content with the Japanese grammar before its first content word and after its last one
   * (the frame: とは何ですか, について教えてください) blanked out, offsets kept. In the Chinese fields
   * those kana are single-character words that every Japanese passage has many of: the six of
   * とは何ですか put ten Japanese passages above the English one that defines BYOD. The grammar
   * between content words stays (プロセスへの貢献 echoes the text), unless it holds a question word:
   * the にはどのような of 北京コンセンサスにはどのような項目が is the question's own, and its kana
   * bigrams (どの, のよ, よう) matched every Japanese passage that says どのような, above the report's
   * passages on the 北京共識. (The をどう of 生成AIをどう扱うべきですか goes too; its passage,
   * 生成 AI をどう扱うか, still comes first on its content words.)
   *
   * @param spans the content's words, in order
   */
  String frameBlanked(List<int[]> spans) {
    List<int[]> kept = withoutGrammar(spans);
    if (kept.size() == spans.size()) {
      return content;
    }
    int first = kept.get(0)[0];
    int last = kept.get(kept.size() - 1)[1];
    return QueryWords.blanked(content, spans.stream()
        .filter(s -> !kept.contains(s) && (s[1] <= first || s[0] >= last || asksInItsGap(s, kept)))
        .toList());
  }

  /** Whether the grammar span lies between two content words with a question word among them. */
  private boolean asksInItsGap(int[] grammar, List<int[]> contentSpans) {
    int gapStart = 0;
    int gapEnd = content.length();
    for (int[] c : contentSpans) {
      if (c[1] <= grammar[0]) {
        gapStart = Math.max(gapStart, c[1]);
      } else if (c[0] >= grammar[1]) {
        gapEnd = Math.min(gapEnd, c[0]);
      }
    }
    int from = gapStart;
    int to = gapEnd;
    return questionWords.stream().anyMatch(t -> t.start() >= from && t.end() <= to);
  }

  /**
   * Each word Kuromoji finds in the text (particles and auxiliaries dropped), once, in the Japanese
   * field, with its forms on the synonym list: 人才 also finds the 人材 of a Japanese passage, 美國 its
   * 米国. A listed word typed without a space that Kuromoji cuts into pieces is one word, the pieces
   * in a row or its other forms: 加拿大 (加 拿 大) is カナダ, where it was any passage with a 大, and
   * 人工智慧 (人工 智慧) AI. Typed with a space, the words stay apart: デジタル人材 育成 施策 is four
   * words, though 人材 育成 is listed, and a passage needs most of the four.
   */
  static List<Query> words(String text, int maxWords) {
    List<Query> out = new ArrayList<>();
    // In Japanese forms, so that 社會 and 社会 both find 社会, and 經濟 the 経済 of a Japanese passage.
    String forms = ChineseScript.toJapaneseForms(text);
    List<Token> tokens = Questions.japaneseContentWords(JAPANESE, forms);
    List<int[]> cut = listedWordsCutInPieces(forms, tokens);
    for (Token token : tokens) {
      int[] word = cut.stream().filter(w -> token.start() >= w[0] && token.end() <= w[1]).findFirst().orElse(null);
      String typed = word == null ? forms.substring(token.start(), token.end()) : forms.substring(word[0], word[1]);
      Query q = WITH_SYNONYMS.createPhraseQuery(Fields.TEXT_JA, typed);
      if (q == null || word == null && !typedAsAnalysed(q, token)) {
        q = new TermQuery(new Term(Fields.TEXT_JA, token.term()));
      }
      if (!out.contains(q) && out.size() < maxWords) {
        out.add(q);
      }
    }
    return out;
  }

  /**
   * Whether the word's own query still holds the word as Kuromoji found it in the whole text: read
   * alone, a word may be cut or inflected otherwise, and then its term is what is searched.
   */
  private static boolean typedAsAnalysed(Query q, Token token) {
    boolean[] found = {false};
    q.visit(new org.apache.lucene.search.QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... terms) {
        for (Term t : terms) {
          found[0] |= t.text().equals(token.term());
        }
      }

      @Override
      public org.apache.lucene.search.QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return found[0];
  }

  /** The spans of listed words typed without a space, which Kuromoji cuts into several words (加 拿 大, 人工 智慧). */
  private static List<int[]> listedWordsCutInPieces(String forms, List<Token> tokens) {
    return listedWords(forms).stream()
        .filter(w -> tokens.stream().filter(t -> t.start() >= w[0] && t.end() <= w[1]).count() > 1
            && forms.substring(w[0], w[1]).chars().noneMatch(Character::isWhitespace))
        .toList();
  }

  /** Where the synonym list matches the text in Kuromoji's words: the spans its other forms stand for. */
  private static List<int[]> listedWords(String forms) {
    List<int[]> spans = new ArrayList<>();
    try (TokenStream ts = WITH_SYNONYMS.getAnalyzer().tokenStream(Fields.TEXT_JA, forms)) {
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())
            && spans.stream().noneMatch(s -> s[0] == offsets.startOffset() && s[1] == offsets.endOffset())) {
          spans.add(new int[] {offsets.startOffset(), offsets.endOffset()});
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return spans;
  }

  /**
   * A Japanese passage may instead have most of the words Kuromoji finds in the query: SmartCN cuts
   * a Japanese query by Chinese words (知的財産 into 知, 的, 財産, and the 的 is a particle to drop;
   * hiragana into single characters), which the Japanese text, cut by Kuromoji, does not hold.
   */
  static List<MostWords> alsoIn(MostWords chinese, List<Query> each) {
    if (each.isEmpty()) {
      return List.of(chinese);
    }
    MostWords japanese = chinese.byRarity()
        ? MostWords.weighedByRarity(each, chinese.share(), Fields.TEXT_JA) : MostWords.counted(each, chinese.share());
    return List.of(chinese, japanese);
  }
}
