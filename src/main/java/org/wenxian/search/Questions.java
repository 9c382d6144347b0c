package org.wenxian.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/** Whether free text is a question, whether it asks for a figure, and which of its words only frame it. */
final class Questions {
  private Questions() {}

  private static final Pattern QUESTION = Pattern.compile(
      "[?？]\\s*$|か\\s*$|如何|怎麼|怎么|什麼|什么|為什麼|为什么|為何|为何|哪些|哪個|哪个|哪裡|哪里|誰|谁|多少|幾|几|是否|嗎|吗|呢"
          + "|^(?:what|how|why|which|who|when|where)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern QUANTITY_QUESTION = Pattern.compile(
      "多少|幾|几|多大|多高|多久|比例|how many|how much|what share|what percentage"
          + "|いくら|いくつ|何人|何か国|何カ国|何ヶ国|何件|何名|何社|何割|何種類|どのくらい|どれくらい|どれほど|どの程度",
      Pattern.CASE_INSENSITIVE);

  /**
   * Question words and particles, in Simplified forms since analysis converts before comparing, and
   * the characters that only tie words together (让, 将, 把, 为, 从, 以, 等: 如何讓研究人員…, 以人為本),
   * which no English passage has and few answers repeat. Those measured on 2026-12-02 over the 1,124
   * judged queries: 8 up (P07 0.63 → 1.00, ce01 0 → 0.37, cw09 0 → 0.30, n04, ce09, cz10), 1 down
   * a little (cz09); held-out set 33, written before, 0.89 → 0.90 (cv10 0.75 → 0.85).
   */
  private static final Set<String> QUESTION_WORDS = Set.of(
      "如何", "怎么", "怎样", "怎么样", "什么", "甚么", "为什么", "为何", "哪些", "哪个", "哪里", "哪", "谁", "多少", "几", "多久", "何时",
      "是否", "有没有", "是不是", "吗", "呢", "吧", "啊", "呀", "请问", "是", "的", "了", "有", "在", "与", "和", "及",
      "对", "于", "哪一", "可以", "能", "会", "要", "该", "如何是", "什么样", "请", "关于", "有关", "介绍", "一下", "我", "想",
      "了解", "知道", "让", "使", "将", "把", "被", "为", "从", "向", "由", "以", "等", "之", "what", "how", "why", "which", "who", "tell", "me", "about", "please",
      "when", "where", "whom", "whose", "much", "many", "do", "does", "did", "can", "could", "should", "would",
      "has", "have", "had", "been", "were");

  /**
   * Nouns a query wraps around what it asks about (…的內容是什麼？, …情況如何？, AI社会原則の内容):
   * in a question, or after 的 or の, they frame it; in keywords (課程內容) they are what is asked
   * for, and stay. Simplified and Japanese forms, as the two analyses give them.
   */
  private static final Set<String> FRAME_NOUNS = Set.of("内容", "情况", "状况", "情形", "状況");

  /**
   * Nouns that name the kind of answer wanted (…的目的是什麼？, 扮演什麼角色？, A 與 B 有什麼關係？,
   * 有什麼特色？): the answer states the purpose or the role and seldom says 目的 or 角色, and the
   * passages that do say it (夥伴關係, 目的性投資) came first. They frame only where the question
   * asks for them, right after 的, の or a question word: elsewhere they are part of what is asked
   * about (中美關係如何？, 特色學校有哪些？). Measured in src/test/resources/eval/README.md.
   */
  private static final Set<String> ANSWER_KIND_NOUNS = Set.of(
      "目的", "关系", "関係", "角色", "役割", "特点", "特色", "特徴", "作用", "意义", "意義");
  private static final Pattern ASKS_FOR_KIND = Pattern.compile("(?:[的の]|什麼|什么|甚麼|哪些|哪種|哪种|どんな|どのような)\\s*$");

  /**
   * A frame noun that frames here: in a question, or right after a possessive 的 or の; a noun
   * naming the kind of answer, right after 的, の or a question word.
   */
  private static boolean frames(Token token, String text, boolean question) {
    if (ANSWER_KIND_NOUNS.contains(token.term())) {
      return ASKS_FOR_KIND.matcher(text.substring(0, token.start())).find();
    }
    if (!FRAME_NOUNS.contains(token.term())) {
      return false;
    }
    char before = token.start() > 0 ? text.charAt(token.start() - 1) : ' ';
    return question || before == '的' || before == 'の';
  }

  /**
   * The nouns naming the kind of answer the text asks for (目的 in …的目的是什麼？), as analysis gives
   * them: not searched as words (see {@link #ANSWER_KIND_NOUNS}), but an English answer says them
   * ("The purpose of this Strategy is…").
   */
  static List<String> answerKindsAsked(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    for (Token token : Token.all(analyzer, text)) {
      if (ANSWER_KIND_NOUNS.contains(token.term()) && frames(token, text, true) && !out.contains(token.term())) {
        out.add(token.term());
      }
    }
    return out;
  }

  /**
   * Words that in a question only frame it: 做 and 事 (…要做哪些事？, …做了什麼？), 中 between a word
   * and 的 (戰略中的…, "in"), and 上 right after a word (應用上, 兩會上: "in", "at"; 上海 and 以上
   * are words of their own to SmartCN). In keywords they may be what is asked for, and stay. fb01
   * 0 → 0.39 (日本 AI 戰略中的「AI 科學家」要做哪些事？: 中, 做 and 事 were three of its five words);
   * no other of 1,196 judged queries moved (2026-12-02). 上, measured after: 2 up (ex07 0.36 →
   * 0.43, c16 0.92 → 0.95), none down; 下 the same way moved nothing, and is not in.
   */
  private static final Set<String> QUESTION_FRAME_WORDS = Set.of("做", "事");

  private static boolean framesAQuestion(List<Token> tokens, int i, String text) {
    Token token = tokens.get(i);
    if (QUESTION_FRAME_WORDS.contains(token.term())) {
      return true;
    }
    Token before = i > 0 ? tokens.get(i - 1) : null;
    boolean adjacent = before != null && before.end() == token.start();
    if (CLASSIFIERS.contains(token.term()) && adjacent && (before.term().equals("多少") || before.term().equals("几"))) {
      return true;
    }
    // 什麼意思 is "what does it mean": the 意思 is the question's (API 是什么意思？ found passages on
    // opinions and ideas, its English, and none on APIs).
    if (token.term().equals("意思") && adjacent && before.term().equals("什么")) {
      return true;
    }
    boolean afterAWord = adjacent && before.end() - before.start() > 1;
    if (token.term().equals("上") && afterAWord) {
      return true;
    }
    // After a one-character word, 中 is China (美中的貿易, 日中的合作).
    return token.term().equals("中") && token.end() < text.length() && text.charAt(token.end()) == '的' && afterAWord;
  }

  /**
   * Measure words after 多少 or 幾 (幾個, 多少位, 幾項): they count what the question asks the number
   * of, and an answer says "17 goals", not 個. Simplified, as analysis gives them. fe05
   * (永續發展目標包含多少個目標和指標？) had 個 as one of its six words.
   */
  private static final Set<String> CLASSIFIERS = Set.of("个", "项", "位", "名", "家", "所", "种", "次", "件", "条", "篇",
      "座", "台", "笔", "间", "支", "款", "类", "届", "场", "份", "张", "部", "门", "只");

  /** Question words that may also end a word SmartCN does not know (the 能 of the Japanese 知能). */
  private static final Set<String> MODALS = Set.of("能", "会", "要", "该");

  /** Japanese question words as Kuromoji gives them (its stop list has the particles ですか, の, か). */
  private static final Set<String> JAPANESE_QUESTION_WORDS =
      Set.of("何", "誰", "どの", "どう", "どこ", "どれ", "どちら", "どんな", "いくら", "なぜ", "何故", "いつ", "いかが");

  /** A request (…について教えてください, …を知りたい) and the verbs that make it one, as Kuromoji gives them. */
  private static final Pattern REQUEST = Pattern.compile("ください|下さい|たい\\s*[。.]?\\s*$");
  private static final Set<String> REQUEST_VERBS = Set.of("教える", "くださる", "下さる", "知る", "いただく", "頂く", "願う");

  /** Simplified, as analysis gives them: SmartCN cuts 多大, 多高, 多長 into two single characters. */
  private static final Set<String> DEGREES = Set.of("大", "高", "长", "远", "快", "深", "广", "重", "宽", "久");

  /** A Japanese request (…について教えてください, …を知りたい). */
  static boolean isRequest(String text) {
    return REQUEST.matcher(text).find();
  }

  /** A natural-language question rather than keywords. */
  static boolean isQuestion(String text) {
    return QUESTION.matcher(text.strip()).find();
  }

  /** A question that asks for a figure (…是多少？, 幾個…？, how many …?). */
  static boolean asksForQuantity(String text) {
    return QUANTITY_QUESTION.matcher(text).find();
  }

  /**
   * The free text with question words and particles cut out, keeping the user's own characters for
   * the rest (spaces mark the cuts, so bigrams do not bridge them).
   */
  static String contentWords(Analyzer analyzer, String text) {
    return contentWords(analyzer, text, UserQuery.MAX_WORDS);
  }

  static String contentWords(Analyzer analyzer, String text, int maxWords) {
    return contentWordsWithin(analyzer, text, maxWords).kept();
  }

  /**
   * The first {@code maxWords} content words of a text, as {@link #contentWords} writes them, and
   * the content words past them (what that limit leaves unsearched), or null when there are none.
   */
  record Within(String kept, String past) {}

  static Within contentWordsWithin(Analyzer analyzer, String text, int maxWords) {
    if (text.isBlank()) {
      return new Within("", null);
    }
    List<Token> tokens = Token.all(analyzer, text);
    boolean question = isQuestion(text);
    List<int[]> titles = Titles.ranges(text);
    StringBuilder out = new StringBuilder();
    int lastEnd = -1;
    int kept = 0;
    int keptLength = -1;
    Token previousKept = null;
    int wordStartLength = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      boolean inTitle = within(titles, token.start());
      boolean fragment = i > 0 && endsWordCutIntoCharacters(tokens.get(i - 1), token);
      // The an of Xiong'an and the s of Canada's are the rest of a word, not a stop word.
      boolean afterApostrophe = lastEnd > 0 && token.start() == lastEnd + 1 && isApostrophe(text.charAt(lastEnd))
          && isWordChar(text.charAt(lastEnd - 1)) && isWordChar(text.charAt(token.start()));
      boolean partOfAWord = inTitle || fragment || afterApostrophe;
      if (!partOfAWord && (QUESTION_WORDS.contains(token.term()) || frames(token, text, question)
          || question && framesAQuestion(tokens, i, text)
          || isEnglishStopWord(token, text))) {
        continue;
      }
      if (!inTitle && i + 1 < tokens.size() && (questionWordCutInTwo(token, tokens.get(i + 1))
          || question && asksHowMuch(token, tokens.get(i + 1)))) {
        i++;
        continue;
      }
      // Hiragana alone are grammar that SmartCN cuts into single characters: the word fields leave them
      // out of a Japanese query, and counted, they had a Japanese sentence searched by half its words.
      if (previousKept == null || !sameWord(previousKept, token, titles, afterApostrophe)) {
        wordStartLength = out.length();
      }
      // The limit cuts between words as the user wrote them, not inside a name cut into characters
      // (倪匡明 is 倪 匡 明 to SmartCN) or a title; only a word longer than the limit is cut inside.
      if (!JapaneseQuery.isHiraganaOnly(token.term()) && kept++ == maxWords) {
        keptLength = wordStartLength > 0 ? wordStartLength : out.length();
      }
      previousKept = token;
      if (afterApostrophe) {
        out.append(text.charAt(lastEnd));
      } else if (lastEnd >= 0 && token.start() != lastEnd) {
        out.append(' ');
      } else if (lastEnd >= 0 && isWordChar(text.charAt(token.start())) && isWordChar(text.charAt(lastEnd - 1))) {
        out.append(' ');
      }
      out.append(text, token.start(), token.end());
      lastEnd = token.end();
    }
    String all = out.toString();
    return keptLength < 0 ? new Within(all, null)
        : new Within(all.substring(0, keptLength), all.substring(keptLength).strip());
  }

  /**
   * The titles the text names in 《…》 or 〈…〉, each as {@link #contentWords} writes it (every word
   * kept: the 與 of 《AI 與教育北京共識》 is part of the name).
   */
  static List<String> titles(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    for (int[] range : Titles.ranges(text)) {
      String kept = contentWords(analyzer, "《" + text.substring(range[0], range[1]) + "》");
      if (!kept.isBlank()) {
        out.add(kept);
      }
    }
    return out;
  }

  /**
   * Whether a token goes on the word the one kept before it began: two single characters written
   * together (what SmartCN leaves of a word it does not know), the rest of a word after an
   * apostrophe, or the next word of the same title.
   */
  private static boolean sameWord(Token previous, Token token, List<int[]> titles, boolean afterApostrophe) {
    if (afterApostrophe) {
      return true;
    }
    for (int[] r : titles) {
      if (previous.start() >= r[0] && previous.start() < r[1] && token.start() >= r[0] && token.start() < r[1]) {
        return true;
      }
    }
    return previous.end() == token.start() && isSingleIdeograph(previous) && isSingleIdeograph(token);
  }

  private static boolean isSingleIdeograph(Token token) {
    return token.end() - token.start() == 1 && Character.isIdeographic(token.term().codePointAt(0));
  }

  private static boolean within(List<int[]> ranges, int offset) {
    for (int[] r : ranges) {
      if (offset >= r[0] && offset < r[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Kuromoji's words of the text, less its question words when the text is a question, and less 的:
   * Kuromoji splits it off as a suffix (国際的 is 国際 的), and the 的 of a Chinese query (日本的 AI
   * 人才) would match every such suffix in the Japanese text.
   */
  static List<Token> japaneseContentWords(Analyzer japanese, String text) {
    return japaneseContentWords(Token.all(japanese, text), text);
  }

  /** {@link #japaneseContentWords(Analyzer, String)} of the text's words as Kuromoji gave them. */
  static List<Token> japaneseContentWords(List<Token> words, String text) {
    boolean question = isQuestion(text);
    boolean request = isRequest(text);
    return words.stream()
        .filter(t -> !t.term().equals("的") && !(question && JAPANESE_QUESTION_WORDS.contains(t.term()))
            && !(request && REQUEST_VERBS.contains(t.term())) && !frames(t, text, question))
        .toList();
  }

  /** The question words of a Japanese question (どの, 何, なぜ, いくら) among its words as Kuromoji gave them; none in keywords. */
  static List<Token> japaneseQuestionWords(List<Token> words, String text) {
    return isQuestion(text) ? words.stream().filter(t -> JAPANESE_QUESTION_WORDS.contains(t.term())).toList() : List.of();
  }

  /**
   * A modal verb (能, 会, 要, 该) written right after a one-character word: SmartCN cut a word it
   * does not know into characters (the Japanese 人工知能 is 人工 知 能), and the 能 is
   * the end of that word, not a verb to drop. Only modal verbs: the 的 of 美加的 AI is a particle.
   */
  private static boolean endsWordCutIntoCharacters(Token previous, Token token) {
    return MODALS.contains(token.term()) && previous.end() - previous.start() == 1
        && previous.end() == token.start() && !QUESTION_WORDS.contains(previous.term())
        && Character.isIdeographic(previous.term().codePointAt(0));
  }

  /**
   * Two words written together that make a question word: SmartCN cuts 為什麼 into 为 + 什么 where
   * a title ends just before it ("《泛加拿大 AI 戰略》為什麼是…"), and the 为 was left as a word.
   */
  private static boolean questionWordCutInTwo(Token first, Token second) {
    return first.end() == second.start() && QUESTION_WORDS.contains(first.term() + second.term());
  }

  /** "多" and a degree written together (…有多大？, 為期多長？): in a question, they ask how much. */
  private static boolean asksHowMuch(Token first, Token second) {
    return first.term().equals("多") && DEGREES.contains(second.term()) && first.end() == second.start();
  }

  /**
   * An English stop word (for, and, will, with), which the English field drops anyway and which
   * every English passage has: counted among the words a passage must have, it asked nothing. In
   * capitals it is a name ("IT", "AS"), and stays.
   */
  private static boolean isEnglishStopWord(Token token, String text) {
    if (!EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(token.term())) {
      return false;
    }
    String written = text.substring(token.start(), token.end());
    return written.length() < 2 || !written.equals(written.toUpperCase(java.util.Locale.ROOT));
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  /** Latin letters and digits: two adjacent Latin tokens need a space to stay two words. */
  private static boolean isWordChar(char c) {
    return c < 0x3000 && Character.isLetterOrDigit(c);
  }
}
