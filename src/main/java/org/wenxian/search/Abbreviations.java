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
import org.wenxian.enrich.Acronyms;

/**
 * The abbreviations a library defines, looked up in a query: "CIFAR" also stands for "Canadian
 * Institute for Advanced Research", and the long form for "CIFAR". Forms are compared word by word
 * in lower case, small words ("of", "the") left out, so spacing, commas, capitals and a dropped "of"
 * ("Standards Council Canada") do not matter.
 */
public final class Abbreviations {
  public static final Abbreviations NONE = new Abbreviations(List.of());

  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z&’'-]*");

  /** A form the query names: where it stands and the library's other forms for it. */
  public record Found(int start, int end, List<String> others) {}

  /** Each form by its first word, longest first, with the other forms it stands for. */
  private final Map<String, List<Form>> byFirstWord = new HashMap<>();
  private final List<Acronyms.Definition> definitions;

  /**
   * A form's words in lower case; {@code exact} is the form as written when it must match in that
   * case: a two-letter abbreviation ("IT", "EU") would otherwise be an English word ("it").
   */
  private record Form(List<String> words, String exact, Set<String> others) {}

  private Abbreviations(Collection<Acronyms.Definition> definitions) {
    Map<List<String>, Set<String>> others = new HashMap<>();
    Map<List<String>, String> exact = new HashMap<>();
    for (Acronyms.Definition d : definitions) {
      List<String> shortWords = words(d.shortForm());
      others.computeIfAbsent(shortWords, k -> new LinkedHashSet<>()).add(d.longForm());
      others.computeIfAbsent(words(d.longForm()), k -> new LinkedHashSet<>()).add(d.shortForm());
      if (d.shortForm().length() <= 2) {
        exact.put(shortWords, d.shortForm());
      }
    }
    others.forEach((words, alternatives) -> {
      if (!words.isEmpty()) {
        byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>())
            .add(new Form(words, exact.get(words), alternatives));
      }
    });
    byFirstWord.values().forEach(forms -> forms.sort((a, b) -> Integer.compare(b.words().size(), a.words().size())));
    this.definitions = definitions.stream()
        .sorted(java.util.Comparator.comparing((Acronyms.Definition d) -> d.shortForm().toLowerCase(Locale.ROOT))
            .thenComparing(Acronyms.Definition::longForm))
        .toList();
  }

  public static Abbreviations of(Collection<Acronyms.Definition> definitions) {
    return definitions.isEmpty() ? NONE : new Abbreviations(definitions);
  }

  /** How many definitions the library makes. */
  public int size() {
    return definitions.size();
  }

  /** The definitions, by short form. */
  public List<Acronyms.Definition> definitions() {
    return definitions;
  }

  /** The forms a text names, left to right, the longest where two start at the same word. */
  public List<Found> findIn(String text) {
    List<Found> found = new ArrayList<>();
    if (byFirstWord.isEmpty()) {
      return found;
    }
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
          found.add(new Found(spans.get(i)[0], spans.get(i + n - 1)[1], List.copyOf(form.others())));
          i += n - 1;
          break;
        }
      }
    }
    return found;
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

  private static String normal(String word) {
    return word.toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
