package org.wenxian.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.wenxian.index.Fields;

/**
 * A question that asks what something is (什麼是數位素養？, GIGA 是什麼？, ITパスポート試験とは何ですか？,
 * What is CIFAR?), and the passages that say: those with a clause whose subject ends with it
 * ({@link Fields#DEFINES}). Without them, "數位素養是什麼？" had first the passages that say 數位素養
 * most often, and the one with its definition third.
 */
final class DefinitionQuestions {
  private DefinitionQuestions() {}

  private static final org.apache.lucene.analysis.Analyzer WORDS = org.wenxian.analysis.Analyzers.words();

  private static final Pattern WHAT_IS_FIRST =
      Pattern.compile("^(?:請問|请问)?\\s*(?:什麼是|什么是|甚麼是|何謂|何谓)\\s*(.+?)\\s*[？?。]?$");
  private static final Pattern WHAT_IS_LAST = Pattern.compile(
      "^(.+?)\\s*(?:是什麼|是什么|是甚麼|是指什麼|是指什么|指的是什麼|指的是什么|的定義是什麼|的定义是什么|的定義為何|的定义为何"
          + "|的定義|的定义)(?:意思)?\\s*[？?。]?$");
  private static final Pattern JAPANESE = Pattern.compile(
      "^(.+?)(?<!こ)(?:とは|って)\\s*(?:何|なに|なん)?\\s*(?:ですか|でしょうか|か)?\\s*[？?。]?$");
  private static final Pattern ENGLISH = Pattern.compile(
      "^(?:what|who)\\s+(?:is|are|was|were)\\s+(?:an?\\s+|the\\s+)?(.+?)\\s*\\??$", Pattern.CASE_INSENSITIVE);
  /**
   * What the question asks of the thing, not what it is: …的目的是什麼？ asks for a purpose, …の目標とは
   * for a goal, "what is the budget of …" for a sum.
   */
  private static final Pattern ASKS_AN_ATTRIBUTE =
      Pattern.compile("[的の]\\s*\\S{1,4}$|\\s(?:of|for|in|on|to|by)\\s", Pattern.CASE_INSENSITIVE);
  private static final Pattern EDGE_MARKS = Pattern.compile("^[\\s「『《〈“\"]+|[\\s」』》〉”\"]+$");

  /**
   * What the text asks to be defined, as written; null when it asks no such thing. A term is at
   * most as long as a quoted phrase: past that, "…是什麼？" ends a pasted passage or a list of words.
   */
  static String subject(String text) {
    String q = text.strip();
    for (Pattern p : List.of(WHAT_IS_FIRST, WHAT_IS_LAST, JAPANESE, ENGLISH)) {
      Matcher m = p.matcher(q);
      if (m.matches()) {
        String subject = EDGE_MARKS.matcher(m.group(1)).replaceAll("");
        boolean named = subject.codePoints().anyMatch(Character::isLetterOrDigit);
        return !named || subject.length() > UserQuery.MAX_PHRASE_CHARS || ASKS_AN_ATTRIBUTE.matcher(subject).find()
            ? null : subject;
      }
    }
    return null;
  }

  private static final Pattern HAN_ONLY = Pattern.compile("\\p{IsHan}{2,}");
  /** Of a Chinese subject's English forms, at most this many. */
  private static final int MAX_ENGLISH_FORMS = 8;

  /**
   * A Chinese subject as the English documents may name it: its words' CC-CEDICT senses in order,
   * one word each, first senses first (真实世界产业: real world industry, the term a note of the
   * English strategy defines); the whole subject's senses when the dictionary has it. Empty when a
   * word has no English or no one-word sense, or the subject is not all Chinese characters.
   */
  static List<String> inEnglish(String subject) {
    String word = subject.replaceAll("\\s+", "");
    if (!HAN_ONLY.matcher(word).matches()) {
      return List.of();
    }
    List<SearchResponse.Expansion> pieces = Translations.cedict().english(word);
    // Every piece must have English: a subject said in part is another subject (X教育: education).
    String said = String.join("", pieces.stream().map(SearchResponse.Expansion::form).toList());
    if (pieces.size() == 1 && said.equals(word)) {
      return pieces.get(0).also();
    }
    if (!said.equals(org.wenxian.analysis.ChineseScript.toSimplified(word))) {
      return List.of();
    }
    return QueryWords.inTurn(pieces.stream()
        .map(p -> p.also().stream().filter(sense -> !sense.contains(" ")).toList()).toList(), " ", MAX_ENGLISH_FORMS);
  }

  /**
   * The passages with a clause whose subject ends with what the text asks to be defined, in any of
   * its forms (synonyms, and the other names of a name it holds: ITパスポート is IT 護照); null when
   * the text asks no such thing.
   */
  static Query definingPassages(QueryBuilder builder, String text, Abbreviations abbreviations) {
    String subject = subject(text);
    if (subject == null) {
      return null;
    }
    List<String> forms = new ArrayList<>();
    forms.add(subject);
    for (Abbreviations.Found name : abbreviations.findIn(subject)) {
      // A name that is most of the term stands for it alone too: ITパスポート試験 is the test
      // the report writes IT 護照檢定, its 試験 no word of the report.
      boolean most = 2 * (name.end() - name.start()) >= subject.length();
      for (String other : name.others()) {
        forms.add(subject.substring(0, name.start()) + other + subject.substring(name.end()));
        if (most) {
          forms.add(other);
        }
      }
      if (most) {
        forms.add(subject.substring(name.start(), name.end()));
      }
    }
    // A Chinese question about a term the English documents define (什么是"真实世界产业"？).
    forms.addAll(inEnglish(subject));
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    boolean found = false;
    for (String form : forms) {
      // A term of two words or more may be followed by one more word (IT 護照 → IT 護照檢定, the test
      // of it), which SmartCN may cut into two characters (檢 定); one word must end the subject (AI
      // is not what "AI 一直…" defines).
      int slop = Token.all(WORDS, form).size() > 1 ? 2 : 0;
      // Bounded as a quoted phrase is: a long subject's synonyms made more clauses than Lucene takes.
      Query phrase = MatchFields.phrase(builder, Fields.DEFINES, form + " " + Fields.SUBJECT_END, slop);
      if (phrase != null) {
        any.add(phrase, BooleanClause.Occur.SHOULD);
        found = true;
      }
    }
    return found ? any.build() : null;
  }
}
