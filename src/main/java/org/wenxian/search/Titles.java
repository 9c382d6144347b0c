package org.wenxian.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wenxian.analysis.ChineseScript;

/**
 * The titles a library's passages name in 《》 (《泛加拿大 AI 戰略》, 《綜合創新戰略》), found in a query
 * typed without the brackets: "泛加拿大 AI 戰略有哪些政策目標？" asks about the strategy as
 * "《泛加拿大 AI 戰略》有哪些政策目標？" does. Compared without spaces, in Simplified characters and
 * lower case, longest first, so that the query may be typed in either script and spaced as it likes.
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
    titles.stream()
        .filter(t -> comparable(t).length() >= MIN_CHARS)
        .sorted(Comparator.comparingInt((String t) -> comparable(t).length()).reversed())
        .forEach(t -> byForm.putIfAbsent(comparable(t), t.strip()));
  }

  public static Titles of(Collection<String> titles) {
    return new Titles(titles);
  }

  /** The titles a passage's text names in brackets. */
  public static List<String> namedIn(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = NAMED.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
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
    // The text without spaces, compared as the titles are, and where each of its characters stands.
    StringBuilder compared = new StringBuilder();
    List<Integer> at = new ArrayList<>();
    boolean[] taken = inBrackets(text);
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        compared.append(text.charAt(i));
        at.add(i);
      }
    }
    String haystack = comparable(compared);
    List<int[]> found = new ArrayList<>();
    for (String form : byForm.keySet()) {
      for (int k = haystack.indexOf(form); k >= 0; k = haystack.indexOf(form, k + 1)) {
        int start = at.get(k);
        int end = at.get(k + form.length() - 1) + 1;
        if (isFree(taken, start, end)) {
          java.util.Arrays.fill(taken, start, end, true);
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
    Matcher m = NAMED.matcher(text);
    while (m.find()) {
      java.util.Arrays.fill(in, m.start(), m.end(), true);
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

  /** Without spaces, in Simplified characters and lower case, one character for one. */
  private static String comparable(CharSequence text) {
    String simplified = ChineseScript.toSimplified(text);
    StringBuilder out = new StringBuilder(simplified.length());
    for (int i = 0; i < simplified.length(); i++) {
      char c = simplified.charAt(i);
      if (!Character.isWhitespace(c)) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }
}
