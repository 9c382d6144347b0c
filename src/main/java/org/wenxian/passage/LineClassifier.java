package org.wenxian.passage;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wenxian.extract.TextJoiner;

/**
 * Recognises headings, captions, source lines, list items and table-of-contents entries by the
 * numbering conventions of Chinese government documents (第壹章, 第一節, 一、, （一）, 1.) and Markdown.
 */
final class LineClassifier {
  static final int MAX_HEADING_CHARS = 48;

  private static final String CN_NUM = "[零〇一二三四五六七八九十百壹貳貳參叁肆伍陸柒捌玖拾]+";
  private static final Pattern CHAPTER = Pattern.compile("^第\\s*(?:" + CN_NUM + "|\\d+)\\s*[章篇編部]\\s*\\S.*");
  private static final Pattern SECTION = Pattern.compile("^第\\s*(?:" + CN_NUM + "|\\d+)\\s*[節节]\\s*\\S.*");
  private static final Pattern ITEM_CN = Pattern.compile("^" + CN_NUM + "\\s*、\\s*\\S.*");
  private static final Pattern ITEM_PAREN_CN = Pattern.compile("^[（(]\\s*" + CN_NUM + "\\s*[)）]\\s*\\S.*");
  private static final Pattern ITEM_NUMBER = Pattern.compile("^\\d{1,2}\\s*[.．、]\\s*(?!\\d)\\S.*");
  private static final Pattern ITEM_PAREN_NUMBER = Pattern.compile("^[（(]\\s*\\d{1,2}\\s*[)）]\\s*\\S.*");
  private static final Pattern BULLET = Pattern.compile("^(?:[•●○■□◆◇▪▫・‧►✓]\\s*|[-*]\\s+)\\S.*");
  /** "4.1 Boosting Research, …" and "3-1 リスクへの対応": numbered sections of English and Japanese documents. */
  private static final Pattern DOTTED_SECTION = Pattern.compile("^\\d{1,2}[.-]\\d{1,2}\\.?\\s+\\S.*");
  /** English outlines: "II. Building a Foundation…", "III - 1 Social Implementation", "(A) Scope of the Strategy". */
  private static final String ROMAN = "(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)";
  private static final Pattern ROMAN_PART = Pattern.compile("^" + ROMAN + "\\.\\s+[A-Z].*");
  private static final Pattern ROMAN_SECTION = Pattern.compile("^" + ROMAN + "\\s*-\\s*\\d{1,2}\\s+[A-Z].*");
  private static final Pattern LETTERED_SECTION = Pattern.compile("^\\(\\s*[A-H]\\s*\\)\\s+[A-Z].*");
  /**
   * An appendix opens a part of its own: "（Appended Table 1）Core Foundation Research…", "Appendix 2:
   * …", "附錄一 …", "別表1 …". Without it the appendix's tables sat under the last body section.
   */
  private static final String APPENDIX_WORD = "附[錄录件]|別[紙添表]|参考資料";
  private static final Pattern APPENDIX = Pattern.compile("^(?:[（(]\\s*(?:Appended\\s+Table|Appendix|Annex)\\s*\\d{1,2}\\s*[)）]\\s*"
      + "|(?:Appendix|Annex)\\s+(?:\\d{1,2}|[A-H])(?:\\s*[.:：]\\s*|\\s+|$)|(?:Appendix|Annex|Appendices)$"
      + "|(?:" + APPENDIX_WORD + ")(?:\\s*(?:" + CN_NUM + "|\\d{1,2})|(?=\\s*[.:：、]|\\s|$))).*");
  /**
   * "圖 3 …", "表 1 2023 年 GAI 排名…", "Figure 2: …". Not "圖 3 倍" or "表 1 2 項" (a figure's
   * number followed by a quantity), and never a line with a Chinese comma: "表 4 列出的第 7 至第
   * 15 項培育作法，僅勾選…" is a sentence about the table.
   */
  /** "圖 3", "Table 1", "Chart 4.5": a caption's label. */
  private static final String CAPTION_LABEL = "(?:[圖图表]|Figure|Fig\\.|Table|Chart)\\s*\\d{1,3}(?:[-.]\\d{1,3})?";
  private static final Pattern CAPTION = Pattern.compile("^" + CAPTION_LABEL + "\\s*[:：.、]?\\s*+"
      + "(?![個个倍項项%％])(?!(?!(?:19|20)\\d{2}\\s*年)\\d)\\S[^，]*$", Pattern.CASE_INSENSITIVE);
  /** "Chart 4.5", "Figure 4.1": a caption's label alone, its title on the next line. */
  private static final Pattern BARE_CAPTION = Pattern.compile("^" + CAPTION_LABEL + "$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SOURCE = Pattern.compile("^(?:資料來源|资料来源|來源|来源|出典|出所|Source|Sources)\\s*[：:].*",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TOC_TITLE = Pattern.compile("^(?:目\\s*[錄录次]|表\\s*目\\s*[錄录次]|圖\\s*目\\s*[錄录次]|图\\s*目\\s*录|Contents|Table of Contents)$",
      Pattern.CASE_INSENSITIVE);
  /** A dot leader (.... or …) followed by a page number: the shape of a table-of-contents entry. */
  private static final Pattern TOC_LEADER = Pattern.compile("(?:\\.{2,}|…+|·{2,}|‧{2,})\\s*\\.*\\s*\\d{1,4}(?:\\s|$)");
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*$");
  /** A number alone on a line: a slide or page number the running-header pass did not catch. */
  private static final Pattern LONE_NUMBER = Pattern.compile("^\\d{1,3}$");
  private static final Pattern SETEXT_RULE = Pattern.compile("^[-=_*]{3,}$");
  private static final Pattern SENTENCE_END = Pattern.compile(".*(?:[。！？!?；;]|(?<!(?:^|[^A-Za-z])[A-Z])\\.)[」』）)\"'”’》]*$");

  /** Words an English heading does not end on, unless a printed line cut it short. */
  private static final Set<String> CONNECTORS =
      Set.of("and", "or", "the", "of", "to", "in", "for", "with", "a", "an", "by", "on", "as", "at", "from");

  private LineClassifier() {}

  /** A classified line: its kind, the clean text, and for headings the level (1 = chapter). */
  record Classified(LineKind kind, String text, int level) {}

  static Classified classify(String text, int markupLevel) {
    String clean = stripInlineMarkdown(text);
    if (clean.isEmpty() || SETEXT_RULE.matcher(clean).matches() || LONE_NUMBER.matcher(clean).matches()) {
      return new Classified(LineKind.NOISE, clean, 0);
    }
    Matcher md = MARKDOWN_HEADING.matcher(clean);
    if (md.matches()) {
      markupLevel = md.group(1).length();
      clean = md.group(2).strip();
    }
    String squeezed = clean.replaceAll("\\s+", "");
    if (TOC_TITLE.matcher(squeezed).matches() || TOC_TITLE.matcher(clean).matches()) {
      return new Classified(LineKind.TOC_TITLE, clean, 1);
    }
    if (TOC_LEADER.matcher(clean).find()) {
      return new Classified(LineKind.TOC_ENTRY, clean, 0);
    }
    if (SOURCE.matcher(clean).matches()) {
      return new Classified(LineKind.SOURCE, clean, 0);
    }
    // English headings run longer ("III-4 Support for Small and Medium-Sized Enterprises and Venture Companies").
    int maxHeading = clean.chars().filter(ch -> ch < 0x250 && Character.isLetter(ch)).count() * 2 > clean.length() ? 100 : MAX_HEADING_CHARS;
    boolean shortLine = clean.length() <= maxHeading && !endsSentence(clean)
        && !clean.endsWith("，") && !clean.endsWith("、");
    if (CAPTION.matcher(clean).matches() && clean.length() <= 90 && !endsSentence(clean)) {
      return new Classified(LineKind.CAPTION, clean, 0);
    }
    int patternLevel = headingLevel(clean);
    boolean numberedItem = patternLevel == 5 && (hasInlineColonBody(clean) || clean.contains("，") || clean.length() > 32);
    if (patternLevel > 0 && shortLine && !numberedItem) {
      return new Classified(LineKind.HEADING, clean, patternLevel);
    }
    if (markupLevel > 0 && clean.length() <= 120) {
      return new Classified(LineKind.HEADING, clean, patternLevel > 0 ? patternLevel : markupLevel);
    }
    if (patternLevel >= 3 || ITEM_PAREN_NUMBER.matcher(clean).matches() || BULLET.matcher(clean).matches()) {
      return new Classified(LineKind.LIST_ITEM, clean, 0);
    }
    return new Classified(LineKind.BODY, clean, 0);
  }

  /** The title a table-of-contents line lists: the text before its dot leader and page number. */
  static String tocTitle(String text) {
    Matcher leader = TOC_LEADER.matcher(text);
    return (leader.find() ? text.substring(0, leader.start()) : text).strip();
  }

  /** A key for comparing a line with the titles the contents list: spacing ignored. */
  static String tocKey(String text) {
    return tocTitle(text).replaceAll("\\s+", "");
  }

  /** A source line: 資料來源：…, 出典：…, Source: …. */
  static boolean isSource(String line) {
    return SOURCE.matcher(line.strip()).matches();
  }

  /** Level implied by the numbering alone: 1 chapter, 2 section, 3 一、, 4 （一）, 5 1. */
  static int headingLevel(String text) {
    if (CHAPTER.matcher(text).matches()) {
      return 1;
    }
    if (SECTION.matcher(text).matches()) {
      return 2;
    }
    if (ITEM_CN.matcher(text).matches()) {
      return 3;
    }
    if (ITEM_PAREN_CN.matcher(text).matches()) {
      return 4;
    }
    if (ITEM_NUMBER.matcher(text).matches()) {
      return 5;
    }
    if (DOTTED_SECTION.matcher(text).matches() || ROMAN_SECTION.matcher(text).matches()
        || LETTERED_SECTION.matcher(text).matches()) {
      return 2;
    }
    if (ROMAN_PART.matcher(text).matches() || APPENDIX.matcher(text).matches()) {
      return 1;
    }
    return 0;
  }

  static boolean isBareCaption(String text) {
    return BARE_CAPTION.matcher(text.strip()).matches();
  }

  /** "別紙", "附錄一", "Appendix 2": an appendix's label with no title after it. */
  private static final Pattern BARE_APPENDIX = Pattern.compile("^(?:[（(]\\s*)?(?:" + APPENDIX_WORD + "|Appendix|Annex)"
      + "\\s*(?:" + CN_NUM + "|\\d{1,2}|[A-H])?\\s*[)）]?$");

  static boolean isBareAppendixLabel(String text) {
    return BARE_APPENDIX.matcher(text.strip()).matches();
  }

  /** "（Appended Table 1）…", "別表2 …": an appendix that is a table. */
  static boolean isAppendedTable(String heading) {
    return APPENDIX.matcher(heading).matches() && (heading.contains("Table") || heading.contains("表"));
  }

  /** Heading text for display: whitespace collapsed but kept, so "第壹章 緒論" keeps its space. */
  static String displayText(String raw) {
    String s = stripInlineMarkdown(raw).replaceAll("[\\s\\u3000]+", " ").strip();
    Matcher md = MARKDOWN_HEADING.matcher(s);
    return md.matches() ? md.group(2).strip() : s;
  }

  /** True for "1. ..." style numbering, which is a list rather than a heading when items follow each other. */
  static boolean isNumbered(String text) {
    return ITEM_NUMBER.matcher(text).matches();
  }

  /**
   * A short Latin-script line that could be an English section heading ("Key Ongoing Actions",
   * "Safe and Responsible Use of AI"). Whether it is one depends on context: it must not continue
   * an unfinished sentence, which the splitter knows.
   */
  static boolean mayBeLatinHeading(String text) {
    if (text.length() < 4 || text.length() > 70 || !Character.isUpperCase(text.charAt(0))
        // A Chinese or Japanese line that opens with names ("DLRLSS 由 CIFAR、Mila 主辦…") is body text.
        || text.chars().anyMatch(c -> TextJoiner.isCjk((char) c))) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    if (".,;:!?)”\"'".indexOf(last) >= 0) {
      return false;
    }
    long latin = text.chars().filter(c -> c < 0x250 && Character.isLetter(c)).count();
    String[] words = text.split("\\s+");
    return latin * 2 > text.length() && words.length >= 2 && words.length <= 8 && !text.contains(",") && last != '-'
        && !endsMidPhrase(text) && !isGlossaryEntry(words);
  }

  /**
   * "FY Fiscal Year", "SMEs Small and Medium Enterprises": an abbreviation and what it stands for.
   * The abbreviation's capitals are, in order, initials of the words after it; or the short name
   * recurs in the full one.
   */
  private static boolean isGlossaryEntry(String[] words) {
    // "Ocean National Ocean Policy Secretariat": a short name, then the full name that contains it.
    for (int i = 2; i < words.length; i++) {
      if (words[i].equalsIgnoreCase(words[0])) {
        return true;
      }
    }
    String capitals = words[0].codePoints().filter(Character::isUpperCase)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    if (capitals.length() < 2) {
      return false;
    }
    int matched = 0;
    for (int i = 1; i < words.length && matched < capitals.length(); i++) {
      if (Character.toUpperCase(words[i].charAt(0)) == capitals.charAt(matched)) {
        matched++;
      }
    }
    return matched == capitals.length();
  }

  /** An English heading cut at the end of a printed line: "…and Reconstruction of the". */
  static boolean endsMidPhrase(String heading) {
    String[] words = heading.strip().split("\\s+");
    return words.length >= 2 && CONNECTORS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
  }

  /** "and Technologies of AI": the rest of a line a table cell wrapped. */
  static boolean startsWithConnector(String text) {
    String first = text.strip().split("\\s+", 2)[0];
    return CONNECTORS.contains(first);
  }

  /** A full stop after an abbreviation ("etc.", ParagraphCuts' list) ends no sentence. */
  static boolean endsSentence(String text) {
    return SENTENCE_END.matcher(text).matches() && !ParagraphCuts.endsWithAbbreviation(text);
  }

  /** "4. 支持 AI 研究發展：支持專注 AI 的..." is a list item with a lead-in, not a heading. */
  private static boolean hasInlineColonBody(String text) {
    int colon = Math.max(text.indexOf('：'), text.indexOf(": "));
    return colon > 0 && colon < text.length() - 1 && text.length() - colon > 6;
  }

  private static String stripInlineMarkdown(String text) {
    String s = text.strip();
    s = s.replace("**", "").replace("__", "");
    s = s.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1");
    if (s.startsWith(">")) {
      s = s.substring(1).strip();
    }
    return s;
  }
}
