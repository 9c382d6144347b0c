package org.wenxian.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wenxian.analysis.Analyzers;
import org.wenxian.analysis.ChineseScript;
import org.wenxian.enrich.Acronyms;
import org.wenxian.enrich.Glosses;

/**
 * The abbreviations a library defines, looked up in a query: "CIFAR" also stands for "Canadian
 * Institute for Advanced Research", and the long form for "CIFAR". Forms are compared word by word
 * in lower case, small words ("of", "the") left out, so spacing, commas, capitals and a dropped "of"
 * ("Standards Council Canada") do not matter.
 *
 * <p>The English names the library gives its Chinese names ({@link Glosses}: 《全球 AI 創新聚落計畫》
 * (Global Innovation Clusters)) work one way: the English name also searches the Chinese one.
 *
 * <p>The names list ({@link Names}) adds what the library's own text does not define: one thing's
 * names across languages ("Beijing Consensus" for the report's 北京共識, 經產省 for METI). Its
 * Chinese and Japanese names are found whole in the query, in either script and with any spacing.
 */
public final class Abbreviations {
  public static final Abbreviations NONE = new Abbreviations(List.of(), List.of(), List.of(), List.of());

  /** Digits belong to a word: "14th Five-Year Plan" is not the 13th. */
  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9&’'-]*");

  /** A form the query names: where it stands and the library's other forms for it. */
  public record Found(int start, int end, List<String> others) {}

  /** Each form by its first word, longest first, with the other forms it stands for. */
  private final Map<String, List<Form>> byFirstWord = new HashMap<>();
  private final List<Acronyms.Definition> definitions;
  private final List<Glosses.Gloss> glosses;
  /** Han names, in Simplified characters, with the abbreviation and long forms each stands for. */
  private final Map<String, Set<String>> hanNames = new HashMap<>();
  /** The word analysis, for where a query's words start and end. */
  private static final org.apache.lucene.analysis.Analyzer WORDS = Analyzers.words();
  private static final org.apache.lucene.analysis.Analyzer JAPANESE = Analyzers.japanese();
  private static final Pattern KATAKANA_RUN = Pattern.compile("[\\p{IsKatakana}ー]{4,}");
  /** The names list's names compact, computed once: the list is the same for every generation. */
  private static final Map<String, String> LISTED_COMPACT = new java.util.concurrent.ConcurrentHashMap<>();
  /** The names list's Chinese and Japanese names, compact (see ChineseScript.compact), with the thing's other names. */
  private final Map<String, Set<String>> listedHanNames = new HashMap<>();

  /**
   * A form's words in lower case; {@code exact} is the form as written when it must match in that
   * case: a two-letter abbreviation ("IT", "EU") would otherwise be an English word ("it").
   */
  private record Form(List<String> words, String exact, String written, Set<String> others) {}

  private Abbreviations(Collection<Acronyms.Definition> definitions, Collection<Acronyms.HanName> names,
      Collection<Glosses.Gloss> glosses, Collection<List<String>> listed) {
    Map<List<String>, Set<String>> others = new HashMap<>();
    Map<List<String>, String> exact = new HashMap<>();
    Map<List<String>, String> written = new HashMap<>();
    for (List<String> group : listed) {
      Map<String, String> compacts = new HashMap<>();
      group.forEach(n -> compacts.put(n, LISTED_COMPACT.computeIfAbsent(n, k -> ChineseScript.compact(k, null))));
      for (String name : group) {
        // Its names in the other languages: not itself in another script (經濟產業省 and 経済産業省
        // read alike), and for a Han name not its other spellings in the same language (Chinese in
        // characters, Japanese with kana), which are the synonym list's work (經濟產業省 searching
        // 經產省 put the report's passages above a Japanese answer).
        // A Latin name keeps both spellings of a kanji name: the Japanese field reads 経済 only.
        List<String> rest = group.stream()
            .filter(n -> !compacts.get(n).equals(compacts.get(name)))
            .filter(n -> !isHan(name) || !isHan(n) || JapaneseQuery.hasKana(n) != JapaneseQuery.hasKana(name))
            .distinct().toList();
        if (isHan(name)) {
          listedHanNames.computeIfAbsent(compacts.get(name), k -> new LinkedHashSet<>()).addAll(rest);
        } else {
          others.computeIfAbsent(words(name), k -> new LinkedHashSet<>()).addAll(rest);
          written.putIfAbsent(words(name), name);
          if (name.length() <= 2) {
            exact.put(words(name), name);
          }
        }
      }
    }
    for (Acronyms.Definition d : definitions) {
      List<String> shortWords = words(d.shortForm());
      List<String> longWords = words(d.longForm());
      others.computeIfAbsent(shortWords, k -> new LinkedHashSet<>()).add(d.longForm());
      others.computeIfAbsent(longWords, k -> new LinkedHashSet<>()).add(d.shortForm());
      written.putIfAbsent(shortWords, d.shortForm());
      written.putIfAbsent(longWords, d.longForm());
      if (d.shortForm().length() <= 2) {
        exact.put(shortWords, d.shortForm());
      }
    }
    for (Glosses.Gloss gloss : glosses) {
      // One way only: an English query also searches the Chinese name. The other way, every Chinese
      // query naming the thing would also weigh the one passage that glosses it (measured: four
      // report questions fell, eval notes).
      List<String> latinWords = words(gloss.latinName());
      others.computeIfAbsent(latinWords, k -> new LinkedHashSet<>()).add(gloss.hanName());
      written.putIfAbsent(latinWords, gloss.latinName());
    }
    others.forEach((words, alternatives) -> {
      if (!words.isEmpty()) {
        byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>())
            .add(new Form(words, exact.get(words), written.get(words), alternatives));
        // The report writes AI where an English name spells it out, so such a name is found typed
        // with AI too; not a form that is only the term, which every typed AI would then search.
        List<String> withAi = withAi(words);
        if (!withAi.equals(words) && withAi.size() > 1 && !others.containsKey(withAi)) {
          byFirstWord.computeIfAbsent(withAi.get(0), k -> new ArrayList<>())
              .add(new Form(withAi, null, written.get(words), alternatives));
        }
      }
    });
    byFirstWord.values().forEach(forms -> forms.sort((a, b) -> Integer.compare(b.words().size(), a.words().size())));
    for (Acronyms.HanName name : names) {
      Set<String> forms = hanNames.computeIfAbsent(ChineseScript.toSimplified(name.before()), k -> new LinkedHashSet<>());
      forms.add(name.shortForm());
      forms.addAll(others.getOrDefault(words(name.shortForm()), Set.of()));
    }
    this.glosses = List.copyOf(glosses);
    this.definitions = definitions.stream()
        .sorted(java.util.Comparator.comparing((Acronyms.Definition d) -> d.shortForm().toLowerCase(Locale.ROOT))
            .thenComparing(Acronyms.Definition::longForm))
        .toList();
  }

  public static Abbreviations of(Collection<Acronyms.Definition> definitions) {
    return of(definitions, List.of());
  }

  /** The definitions, and the Han names written before an abbreviation's brackets (Acronyms.HanName). */
  public static Abbreviations of(Collection<Acronyms.Definition> definitions, Collection<Acronyms.HanName> names) {
    return of(definitions, names, List.of());
  }

  /** As above, with the names list's groups: each a thing's names across languages. */
  public static Abbreviations of(Collection<Acronyms.Definition> definitions, Collection<Acronyms.HanName> names,
      Collection<List<String>> listed) {
    return of(definitions, names, List.of(), listed);
  }

  /** As above, with the English names the library gives its Chinese names in brackets ({@link Glosses}). */
  public static Abbreviations of(Collection<Acronyms.Definition> definitions, Collection<Acronyms.HanName> names,
      Collection<Glosses.Gloss> glosses, Collection<List<String>> listed) {
    return definitions.isEmpty() && names.isEmpty() && glosses.isEmpty() && listed.isEmpty() ? NONE
        : new Abbreviations(definitions, names, glosses, listed);
  }

  /** How many definitions the library makes. */
  public int size() {
    return definitions.size();
  }

  /** The English names the library gives its Chinese names, in the order they were read. */
  public List<Glosses.Gloss> glosses() {
    return glosses;
  }

  /** The definitions, by short form. */
  public List<Acronyms.Definition> definitions() {
    return definitions;
  }

  /** The forms a text names, left to right, the longest where two start at the same word. */
  public List<Found> findIn(String text) {
    List<Found> found = new ArrayList<>();
    if (!byFirstWord.isEmpty()) {
      findWords(text, found);
    }
    if (!listedHanNames.isEmpty()) {
      findListedHanNames(text, found);
    }
    if (!hanNames.isEmpty()) {
      findHanNames(text, found);
    }
    found.sort(java.util.Comparator.comparingInt(Found::start));
    return found;
  }

  /**
   * The names list's Han names a text holds whole, longest first, where no other form stands. A
   * name starts and ends where the text's words do, so that 治理 is not found in 政治理念, nor 新創
   * in 創新創業.
   */
  private void findListedHanNames(String text, List<Found> found) {
    List<Integer> at = new ArrayList<>();
    String compactText = ChineseScript.compact(text, at);
    List<Found> candidates = new ArrayList<>();
    java.util.BitSet starts = new java.util.BitSet();
    java.util.BitSet ends = new java.util.BitSet();
    listedHanNames.forEach((name, others) -> {
      if (others.isEmpty()) {
        return;
      }
      for (int i = compactText.indexOf(name); i >= 0; i = compactText.indexOf(name, i + 1)) {
        if (starts.isEmpty()) {
          wordBoundaries(text, starts, ends);
        }
        int start = at.get(i);
        int end = at.get(i + name.length() - 1) + 1;
        if (starts.get(start) && ends.get(end)) {
          candidates.add(new Found(start, end, List.copyOf(others)));
        }
      }
    });
    candidates.sort((a, b) -> Integer.compare(b.end() - b.start(), a.end() - a.start()));
    for (Found c : candidates) {
      // A longer name holds the shorter forms inside it ("IT" in "IT 護照"): it stands for them.
      boolean inside = found.stream().anyMatch(f -> f.start() < c.end() && c.start() < f.end()
          && (f.start() < c.start() || f.end() > c.end()));
      if (!inside) {
        found.removeIf(f -> f.start() >= c.start() && f.end() <= c.end());
        found.add(c);
      }
    }
  }

  /**
   * Where the text's words start and end, as the word analysis cuts it, and where Kuromoji cuts a
   * run of katakana that the word analysis keeps whole: SmartCN reads エコシステムレポート as one
   * word, and the list's エコシステム and レポート are then found in it.
   */
  private static void wordBoundaries(String text, java.util.BitSet starts, java.util.BitSet ends) {
    addBoundaries(WORDS, text, starts, ends, false);
    if (KATAKANA_RUN.matcher(text).find()) {
      addBoundaries(JAPANESE, text, starts, ends, true);
    }
  }

  private static void addBoundaries(org.apache.lucene.analysis.Analyzer analyzer, String text, java.util.BitSet starts,
      java.util.BitSet ends, boolean insideKatakanaOnly) {
    try (org.apache.lucene.analysis.TokenStream ts = analyzer.tokenStream("text", text)) {
      var offset = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        // A middle dot between two words may fall to either: the word ends before it, the next starts after.
        int start = offset.startOffset() < text.length() && text.charAt(offset.startOffset()) == '・'
            ? offset.startOffset() + 1 : offset.startOffset();
        int end = offset.endOffset() > 0 && text.charAt(offset.endOffset() - 1) == '・' ? offset.endOffset() - 1 : offset.endOffset();
        if (!insideKatakanaOnly || insideKatakana(text, start)) {
          starts.set(start);
        }
        if (!insideKatakanaOnly || insideKatakana(text, end)) {
          ends.set(end);
        }
      }
      ts.end();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Whether the offset falls between two katakana (ー and the middle dot included). */
  private static boolean insideKatakana(String text, int offset) {
    return offset > 0 && offset < text.length() && isKatakana(text.charAt(offset - 1)) && isKatakana(text.charAt(offset));
  }

  private static boolean isKatakana(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA || c == 'ー' || c == '・';
  }

  /** A name with Chinese characters or kana in it, found whole rather than word by word. */
  private static boolean isHan(String name) {
    return JapaneseQuery.hasKana(name) || name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  private void findWords(String text, List<Found> found) {
    List<int[]> spans = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> written = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      if (!Acronyms.isSmall(m.group())) {
        spans.add(new int[] {m.start(), m.end()});
        words.add(normal(m.group()));
        written.add(m.group());
      }
    }
    for (int i = 0; i < words.size(); i++) {
      for (Form form : byFirstWord.getOrDefault(words.get(i), List.of())) {
        int n = form.words().size();
        if (i + n <= words.size() && words.subList(i, i + n).equals(form.words())
            && (form.exact() == null || form.exact().equals(written.get(i)))) {
          int start = spans.get(i)[0];
          int end = spans.get(i + n - 1)[1];
          List<String> alternatives = new ArrayList<>(form.others());
          if (!letters(text.substring(start, end)).equals(letters(form.written()))) {
            // Typed without its small words ("Standards Council Canada"): the form as the library writes it.
            alternatives.add(0, form.written());
          }
          found.add(new Found(start, end, List.copyOf(alternatives)));
          i += n - 1;
          break;
        }
      }
    }
  }

  /**
   * Han names by their end, in either script: "加拿大先進研究所" and "先进研究所" are both the end of
   * "年成立加拿大先進研究所", so both stand for CIFAR. The longest end a text holds wins.
   */
  private void findHanNames(String text, List<Found> found) {
    String simplified = ChineseScript.toSimplified(text);
    List<Found> candidates = new ArrayList<>();
    hanNames.forEach((before, others) -> {
      for (int k = before.length(); k >= Acronyms.MIN_HAN_NAME; k--) {
        int at = simplified.indexOf(before.substring(before.length() - k));
        if (at >= 0) {
          candidates.add(new Found(at, at + k, List.copyOf(others)));
          break;
        }
      }
    });
    candidates.sort((a, b) -> Integer.compare(b.end() - b.start(), a.end() - a.start()));
    for (Found c : candidates) {
      if (found.stream().noneMatch(f -> f.start() < c.end() && c.start() < f.end())) {
        found.add(c);
      }
    }
  }

  /** The other forms of a text that is one form as a whole, else none. */
  public List<String> othersOf(String text) {
    List<Found> found = findIn(text);
    if (found.size() == 1 && text.substring(0, found.get(0).start()).isBlank()
        && text.substring(found.get(0).end()).isBlank()) {
      return found.get(0).others();
    }
    return List.of();
  }

  /** A form's words with "artificial intelligence" as the AI a reader types (Pan-Canadian AI Strategy). */
  private static List<String> withAi(List<String> words) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (i + 1 < words.size() && words.get(i).equals("artificial") && words.get(i + 1).equals("intelligence")) {
        out.add("ai");
        i++;
      } else {
        out.add(words.get(i));
      }
    }
    return out;
  }

  private static List<String> words(String form) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(form);
    while (m.find()) {
      if (!Acronyms.isSmall(m.group())) {
        out.add(normal(m.group()));
      }
    }
    return out;
  }

  private static String letters(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z&]", "");
  }

  private static String normal(String word) {
    return word.toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
