package org.wenxian.passage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each footnote is about: the term its mark follows in the body ("MOOC¹²", "the "real world
 * industry"⁵ domain"). A note seldom repeats it ("12 Massive Open Online Courses"), so without this
 * "What is MOOC?" found every passage that writes MOOC and never the note that spells it out.
 * Footnotes.java writes the marks as superscripts; a note passage is one whose lines open with their
 * number.
 */
public final class NoteSubjects {
  private NoteSubjects() {}

  private static final Pattern MARK = Pattern.compile("[" + Footnotes.SUPERSCRIPT_DIGITS + "]+");
  private static final Pattern NOTE_LINE = Pattern.compile("^(\\d{1,3})\\s+\\S");
  /**
   * A quoted term the mark follows, or is inside of ("real world industry"⁵, 「人間中心の AI 社会原則³」):
   * what the note is about, whatever its words.
   */
  private static final Pattern QUOTED = Pattern.compile("[\"“「『]([^\"“”「」『』]{1,40})[\"”」』]?\\s*$");
  /** The Latin words before the mark, back to punctuation. */
  private static final Pattern LATIN_WORDS = Pattern.compile("([A-Za-z0-9][A-Za-z0-9&'’.-]*(?: [A-Za-z0-9][A-Za-z0-9&'’.-]*)*)\\s*$");
  /** An abbreviation: two capitals or more (MOOC, NIST, SDGs, IJCAI). */
  private static final Pattern ABBREVIATION = Pattern.compile("[A-Z][A-Z0-9&]*[A-Z][A-Z0-9&]*s?");
  private static final Pattern CAPITALISED = Pattern.compile("[A-Z][A-Za-z0-9&'’.-]*");
  private static final int MAX_WORDS = 3;

  /**
   * For each passage of one document, in document order, the terms its footnotes are about: empty
   * for a passage that holds no note, or whose notes' marks the body has none or several of.
   */
  public static List<List<String>> of(List<Passage> passages) {
    Map<Integer, Set<String>> termsByNote = new HashMap<>();
    for (Passage p : passages) {
      Matcher mark = MARK.matcher(p.text());
      while (mark.find()) {
        String term = termBefore(p.text().substring(Math.max(0, mark.start() - 60), mark.start()));
        if (term != null) {
          termsByNote.computeIfAbsent(number(mark.group()), n -> new LinkedHashSet<>()).add(term);
        }
      }
    }
    List<List<String>> out = new ArrayList<>(passages.size());
    for (Passage p : passages) {
      List<String> terms = new ArrayList<>();
      if (NOTE_LINE.matcher(p.text()).find()) {
        for (String line : p.text().split("\n")) {
          Matcher note = NOTE_LINE.matcher(line);
          Set<String> about = note.find() ? termsByNote.get(Integer.parseInt(note.group(1))) : null;
          if (about != null && about.size() == 1) {
            terms.addAll(about);
          }
        }
      }
      out.add(List.copyOf(terms));
    }
    return out;
  }

  /**
   * The term the text before a mark ends with, or null: a quoted phrase; else, in Latin letters, an
   * abbreviation (MOOC¹², the United States' NIST²⁵) or a name of capitalised words (the IT Passport
   * Exam⁹), a word or none in lower case after it set aside (STEAM education⁸ is about STEAM). Other
   * words before a mark (labor productivity levels⁶, 生成 AI¹) are where a note is cited, not what
   * it is about: given to the note, they found it for any query on productivity or AI.
   */
  static String termBefore(String before) {
    Matcher quoted = QUOTED.matcher(before);
    if (quoted.find() && !quoted.group(1).isBlank()) {
      return quoted.group(1).strip();
    }
    Matcher latin = LATIN_WORDS.matcher(before);
    if (!latin.find() || afterCjk(before, latin.start(1))) {
      return null;
    }
    List<String> words = new ArrayList<>(List.of(latin.group(1).split(" ")));
    if (words.size() > 1 && !CAPITALISED.matcher(words.get(words.size() - 1)).matches()) {
      words.remove(words.size() - 1);
    }
    String last = words.get(words.size() - 1);
    if (ABBREVIATION.matcher(last).matches()) {
      return last;
    }
    int from = words.size();
    while (from > 0 && words.size() - from < MAX_WORDS && CAPITALISED.matcher(words.get(from - 1)).matches()) {
      from--;
    }
    // A name is two words or more: a capitalised word alone may open a sentence ("Implementation¹").
    return words.size() - from >= 2 ? String.join(" ", words.subList(from, words.size())) : null;
  }

  private static boolean afterCjk(String text, int at) {
    int i = at - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    if (i < 0) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.KATAKANA;
  }

  private static int number(String superscripts) {
    int n = 0;
    for (char c : superscripts.toCharArray()) {
      n = n * 10 + Footnotes.SUPERSCRIPT_DIGITS.indexOf(c);
    }
    return n;
  }
}
