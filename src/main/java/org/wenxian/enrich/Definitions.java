package org.wenxian.enrich;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a passage says something is: the subject of a clause that defines or identifies it
 * ("IT 護照檢定是一項全國性考試", "所謂「千人計畫」是…", "數位素養的基本定義是「…」", "GIGA
 * 是「Global and Innovation Gateway for All」的縮寫", "Responsible Deployment（責任ある展開）という概念",
 * "CIFAR is a …"). A question that asks what something is (什麼是數位素養？, ITパスポート試験とは何ですか？)
 * wants that passage, not the one that mentions the thing most often.
 */
public final class Definitions {
  private Definitions() {}

  /** A subject longer than this is a whole clause, not a name or a term. */
  private static final int MAX_SUBJECT = 40;

  /** Where a Chinese or Japanese clause ends: the next one starts with its subject. */
  private static final Pattern CLAUSE = Pattern.compile("[^。！？；：，、\\n!?;]+");

  /**
   * The copula or a word of definition right after a clause's subject: 是 (not 是否), 係指, 意指,
   * 的定義 / 的基本定義, 屬於. The first one in the clause ends the subject.
   */
  private static final Pattern CHINESE_CUE = Pattern.compile("是(?!否)|[係系]指|意指|的(?:基本)?定[義义]|屬於|属于");

  /** Japanese: Xとは…, and X（gloss）という概念 / 考え方 / 制度 / 試験 …. */
  private static final Pattern JAPANESE_CUE = Pattern.compile(
      "(?<!こ)とは|(?:[（(][^（）()]{1,60}[）)])?\\s*という(?:概念|考え方|言葉|用語|制度|試験|資格|仕組み|取組|取り組み|もの)");

  /** 所謂「X」, 所謂的 X: the term the clause goes on to explain. */
  private static final Pattern SO_CALLED = Pattern.compile("所[謂谓]的?\\s*[「『“\"《]([^」』”\"》]{1,30})[」』”\"》]");

  /** English: a sentence that starts "X is a …", "X are the …", "X refers to …". */
  private static final Pattern ENGLISH = Pattern.compile(
      "(?:^|(?<=[.!?]\\s))([A-Z][\\w&.’'-]*(?:\\s+[\\w&.’'()-]+){0,7}?)\\s+(?:is|are|refers to|means)\\s+(?:a|an|the)\\s");

  /** Brackets and quotes around a subject, and a 所謂 that starts it ("所謂的聚落 (Clusters)"). */
  private static final Pattern EDGE_MARKS = Pattern.compile("^[\\s「『《〈“\"（(]*(?:所[謂谓]的?)?[\\s「『《〈“\"（(]*|[\\s」』》〉”\"）)]+$");

  /** The subjects the text defines or identifies, in order, each once. */
  public static List<String> subjects(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher soCalled = SO_CALLED.matcher(text);
    while (soCalled.find()) {
      out.add(soCalled.group(1).strip());
    }
    Matcher clause = CLAUSE.matcher(text);
    while (clause.find()) {
      String c = clause.group();
      addSubject(out, c, CHINESE_CUE.matcher(c));
      addSubject(out, c, JAPANESE_CUE.matcher(c));
    }
    Matcher english = ENGLISH.matcher(text);
    while (english.find()) {
      out.add(english.group(1).strip());
    }
    // An abbreviation spelled out ("STEAM Science, Technology, …", "(Canadian Institute for
    // Advanced Research, CIFAR)") is said what it is.
    for (Acronyms.Definition d : Acronyms.find(text)) {
      out.add(d.shortForm());
    }
    return List.copyOf(out);
  }

  /** The clause's text before its first cue, when the cue comes soon enough for that to be a subject. */
  private static void addSubject(Set<String> out, String clause, Matcher cue) {
    if (!cue.find() || cue.start() > MAX_SUBJECT) {
      return;
    }
    String subject = EDGE_MARKS.matcher(clause.substring(0, cue.start())).replaceAll("");
    if (subject.codePoints().anyMatch(Character::isLetterOrDigit)) {
      out.add(subject);
    }
  }
}
