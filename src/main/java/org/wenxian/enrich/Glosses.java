package org.wenxian.enrich;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a text gives a Chinese name its English name in brackets: "《泛加拿大 AI 戰略》
 * (Pan-Canadian Artificial Intelligence Strategy)", or a list item "2. 蛋白質工業 (Protein Industries
 * Cluster)：…". The report glosses a name once and then writes it in Chinese only, so these pairs let
 * an English query find every passage on the thing (search/Abbreviations). Abbreviations
 * ("…加拿大先進研究所 (CIFAR)") are {@link Acronyms}' work.
 *
 * <p>Only where the Chinese name's start is certain: a title in 《》, or a list item's text from the
 * start of its line. Elsewhere ("公佈之 AI 技能移民指數 (AI Skills Migration Index)") nothing marks
 * where the name begins.
 */
public final class Glosses {
  /** One gloss: the Chinese name as written (a title without its 《》) and its English name. */
  public record Gloss(String hanName, String latinName) {}

  /** English names of at least two words; one word (Talent, Education) glosses a word, not a name. */
  private static final Pattern LATIN_NAME =
      Pattern.compile("[A-Z][A-Za-z0-9'’&.-]*(?:[ \\t]+[A-Za-z0-9'’&.-]+){1,11}");
  /** A title in 《》 and its brackets just after it. */
  private static final Pattern TITLE_THEN_BRACKETS = Pattern.compile("《([^《》\\n]{2,40})》[ \\t]*[（(]([^（）()\\n]{3,120})[)）]");
  /** A list item's name from the start of its line (after its number or bullet), then the brackets. */
  private static final Pattern ITEM_THEN_BRACKETS = Pattern.compile(
      "(?m)^[ \\t]*(?:\\d{1,2}[.、)）]|[（(]\\d{1,2}[)）]|[一二三四五六七八九十]{1,3}[、.]|[•●○▪■◆-])[ \\t]*"
          + "([^\\s，、。；：:;,.!?！？「」『』（）()《》]{1,20}(?:[ \\t][^\\s，、。；：:;,.!?！？「」『』（）()《》]{1,20}){0,3})"
          + "[ \\t]*[（(]([^（）()\\n]{3,120})[)）]");
  private static final int MAX_PER_TEXT = 20;

  private Glosses() {}

  /** The glosses a text makes, each once, titles first. */
  public static List<Gloss> in(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC);
    if (t.indexOf('(') < 0) {
      // NFKC has made full-width brackets half-width; most passages have none.
      return List.of();
    }
    Set<Gloss> found = new LinkedHashSet<>();
    Matcher title = TITLE_THEN_BRACKETS.matcher(t);
    while (title.find() && found.size() < MAX_PER_TEXT) {
      add(found, title.group(1).strip(), title.group(2).strip());
    }
    Matcher item = ITEM_THEN_BRACKETS.matcher(t);
    while (item.find() && found.size() < MAX_PER_TEXT) {
      add(found, item.group(1).strip(), item.group(2).strip());
    }
    return List.copyOf(found);
  }

  private static void add(Set<Gloss> found, String han, String latin) {
    if (hasHan(han) && LATIN_NAME.matcher(latin).matches()) {
      found.add(new Gloss(han, latin));
    }
  }

  private static boolean hasHan(String s) {
    return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
