package org.wenxian.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wenxian.analysis.ChineseScript;
import org.wenxian.analysis.Synonyms;

/**
 * The titles a library's passages name in 《》 (《泛加拿大 AI 戰略》, 《綜合創新戰略》), found in a query
 * typed without the brackets: "泛加拿大 AI 戰略有哪些政策目標？" asks about the strategy as
 * "《泛加拿大 AI 戰略》有哪些政策目標？" does. Compared without spaces, in Simplified characters and
 * lower case, and with the Taiwan/mainland vocabulary of the synonym list read as one, longest
 * first: the query may be typed in either script and vocabulary and spaced as it likes
 * (新一代人工智能发展规划 is the report's 新一代 AI 發展規劃, 全球AI创新聚落计划 its 全球 AI 創新聚落計畫).
 */
public final class Titles {
  public static final Titles NONE = new Titles(List.of());

  /** A title as passages write it: 《…》 or 〈…〉, without brackets inside. */
  static final Pattern NAMED = Pattern.compile("[《〈]([^《》〈〉]{1,60})[》〉]");

  /** Shorter titles (AI, 5G) are words the query uses for their own sake. */
  private static final int MIN_CHARS = 4;

  /** Compared form to the title as first written, longest first. */
  private final Map<String, String> byForm = new LinkedHashMap<>();

  private Titles(Collection<String> titles) {
    Map<String, String> firstWritten = new LinkedHashMap<>();
    for (String title : titles) {
      String form = comparable(title);
      if (form.length() >= MIN_CHARS) {
        firstWritten.putIfAbsent(form, title.strip());
      }
    }
    firstWritten.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
        .forEach(e -> byForm.put(e.getKey(), e.getValue()));
  }

  public static Titles of(Collection<String> titles) {
    return new Titles(titles);
  }

  /**
   * A title the library writes outside brackets in more than this many times as many passages as
   * name it in them is a phrase of its text, not read as a title where a query types it bare: the
   * report names a Singapore programme 《AI 技術》 once and writes AI 技術 in 17 passages, and 《AI
   * 戰略會議》 once and the council 15 times. Over the 1,256 judged queries (2026-12-02): at 5, 2 up
   * (G11 0.63 → 1.00, R10) and 1 down a little (ex07 0.36 → 0.33); at 2, AI 戰略 (21 to 6), AI 白皮書
   * and Cohere For AI went too, and 3 rose, 6 fell (W12 1.00 → 0.63, ce01, ez10, fa11).
   */
  static final int PHRASE_RATIO = 5;

  /**
   * These titles less the phrases among them (see {@link #PHRASE_RATIO}), given how many passages
   * name each title in brackets and the library's passage texts. A query that brackets a phrase
   * still has it as a title.
   */
  public Titles lessPhrases(Map<String, Integer> passagesNaming, Iterable<String> texts) {
    Map<String, Integer> naming = new HashMap<>();
    passagesNaming.forEach((title, n) -> naming.merge(comparable(title), n, Integer::sum));
    Map<String, Integer> writing = new HashMap<>();
    for (String text : texts) {
      String bare = comparable(NAMED.matcher(text).replaceAll("|"));
      for (String form : byForm.keySet()) {
        if (bare.contains(form)) {
          writing.merge(form, 1, Integer::sum);
        }
      }
    }
    List<String> kept = byForm.entrySet().stream()
        .filter(e -> writing.getOrDefault(e.getKey(), 0) <= PHRASE_RATIO * naming.getOrDefault(e.getKey(), 0))
        .map(Map.Entry::getValue).toList();
    return kept.size() == byForm.size() ? this : new Titles(kept);
  }

  /** The titles a passage's text names in brackets. */
  public static List<String> namedIn(String text) {
    return ranges(text).stream().map(r -> text.substring(r[0], r[1])).toList();
  }

  /** Where each title the text names in brackets starts and ends, brackets left out. */
  static List<int[]> ranges(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = NAMED.matcher(text);
    while (m.find()) {
      out.add(new int[] {m.start(1), m.end(1)});
    }
    return out;
  }

  public int size() {
    return byForm.size();
  }

  /**
   * The text with each title it names outside brackets put in 《》, the longest first where two
   * overlap. Text already in brackets is left as it is.
   */
  public String bracket(String text) {
    if (byForm.isEmpty() || text.isBlank()) {
      return text;
    }
    boolean[] taken = inBrackets(text);
    Compared haystack = compared(text);
    List<int[]> found = new ArrayList<>();
    for (String form : byForm.keySet()) {
      for (int k = haystack.text().indexOf(form); k >= 0; k = haystack.text().indexOf(form, k + 1)) {
        int start = haystack.from()[k];
        int end = haystack.to()[k + form.length() - 1];
        if (isFree(taken, start, end)) {
          Arrays.fill(taken, start, end, true);
          found.add(new int[] {start, end});
        }
      }
    }
    found.sort(Comparator.comparingInt((int[] f) -> f[0]).reversed());
    StringBuilder out = new StringBuilder(text);
    for (int[] f : found) {
      out.insert(f[1], '》').insert(f[0], '《');
    }
    return out.toString();
  }

  /**
   * Every title the text is read with: those it puts in brackets itself, as typed, and those of the
   * library it names without them, as the library writes them.
   */
  public List<String> readIn(String text) {
    List<String> out = new ArrayList<>();
    for (String named : namedIn(bracket(text))) {
      String title = byForm.getOrDefault(comparable(named), named.strip());
      if (!out.contains(title)) {
        out.add(title);
      }
    }
    return out;
  }

  private static boolean[] inBrackets(String text) {
    boolean[] in = new boolean[text.length()];
    for (int[] r : ranges(text)) {
      Arrays.fill(in, r[0] - 1, r[1] + 1, true);
    }
    return in;
  }

  private static boolean isFree(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  /** The form titles are compared in (see the class comment). */
  private static String comparable(CharSequence text) {
    return compared(text).text();
  }

  /**
   * A text as titles are compared, and for each of its characters the range of the text's
   * characters it stands for: a word of the vocabulary is replaced by the word that stands for its
   * line of the list, and all of its characters stand for the whole word.
   */
  private record Compared(String text, int[] from, int[] to) {}

  private static Compared compared(CharSequence text) {
    List<Integer> at = new ArrayList<>();
    String plain = ChineseScript.compact(text, at);
    StringBuilder out = new StringBuilder(plain.length());
    List<int[]> ranges = new ArrayList<>();
    for (int i = 0; i < plain.length(); ) {
      String[] replaced = VOCABULARY.startingAt(plain, i);
      int length = replaced == null ? 1 : replaced[0].length();
      String written = replaced == null ? plain.substring(i, i + 1) : replaced[1];
      int[] range = {at.get(i), at.get(i + length - 1) + 1};
      for (int k = 0; k < written.length(); k++) {
        out.append(written.charAt(k));
        ranges.add(range);
      }
      i += length;
    }
    int[] from = new int[ranges.size()];
    int[] to = new int[ranges.size()];
    for (int i = 0; i < from.length; i++) {
      from[i] = ranges.get(i)[0];
      to[i] = ranges.get(i)[1];
    }
    return new Compared(out.toString(), from, to);
  }

  private static final Vocabulary VOCABULARY = Vocabulary.fromSynonyms();

  /**
   * The synonym list's words with Chinese characters in them, each with the word its line is read
   * as: the line's first word in Latin letters where it has one (人工智能 and 人工智慧 as ai), else
   * its first word. Latin words are left as written, so the ai inside another word stays as it is.
   */
  private record Vocabulary(Map<Character, List<String[]>> byFirstChar) {
    static Vocabulary fromSynonyms() {
      Map<Character, List<String[]>> byFirst = new HashMap<>();
      Set<String> seen = new HashSet<>();
      for (List<String> line : Synonyms.groups()) {
        List<String> words = line.stream().map(w -> ChineseScript.compact(w, null)).toList();
        String standsFor = words.stream().filter(w -> w.chars().allMatch(c -> c < 0x3000)).findFirst().orElse(words.get(0));
        for (String word : words) {
          if (!word.equals(standsFor) && word.chars().anyMatch(c -> c >= 0x3000) && seen.add(word)) {
            byFirst.computeIfAbsent(word.charAt(0), k -> new ArrayList<>()).add(new String[] {word, standsFor});
          }
        }
      }
      byFirst.values().forEach(forms -> forms.sort(Comparator.comparingInt((String[] f) -> f[0].length()).reversed()));
      return new Vocabulary(byFirst);
    }

    /** The longest word of the list at that place, and the word it is read as; null if none. */
    String[] startingAt(CharSequence text, int i) {
      for (String[] form : byFirstChar.getOrDefault(text.charAt(i), List.of())) {
        if (i + form[0].length() <= text.length() && text.subSequence(i, i + form[0].length()).toString().equals(form[0])) {
          return form;
        }
      }
      return null;
    }
  }
}
