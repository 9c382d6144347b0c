package org.wenxian.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wenxian.analysis.Languages;
import org.wenxian.enrich.Vocabulary;
import org.wenxian.enrich.Years;

/**
 * Validates raw parameters (from HTTP or the CLI) into a {@link SearchRequest}. A parameter may be
 * repeated or comma-separated. Every problem is a {@link BadRequestException} naming the parameter.
 */
public final class RequestParser {
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
  private static final Pattern RANGE = Pattern.compile("^(\\d{4})?\\s*(?:\\.\\.|~|～)\\s*(\\d{4})?$");

  private final Vocabulary countries;
  private final Vocabulary themes;

  public RequestParser(Vocabulary countries, Vocabulary themes) {
    this.countries = countries;
    this.themes = themes;
  }

  public SearchRequest parse(Map<String, List<String>> params) {
    return parse(params, true);
  }

  /** Paging and filters only, for a list that needs no words (passages like a given one). */
  public SearchRequest parseFilters(Map<String, List<String>> params) {
    if (params.containsKey("q")) {
      throw new BadRequestException("q", "q is not a parameter here; use /api/search to search with words");
    }
    return parse(params, false);
  }

  private SearchRequest parse(Map<String, List<String>> params, boolean wordsOrFilter) {
    String q = single(params, "q");
    if (q != null && q.length() > SearchRequest.MAX_QUERY_CHARS) {
      throw new BadRequestException("q", "q is longer than " + SearchRequest.MAX_QUERY_CHARS + " characters");
    }
    int size = integer(params, "size", SearchRequest.DEFAULT_SIZE, 1, SearchRequest.MAX_SIZE);
    int page = integer(params, "page", 1, 1, 1000);
    List<String> country = resolveAll(params, "country", countries);
    List<String> theme = resolveAll(params, "theme", themes);
    List<SearchRequest.YearRange> years = new ArrayList<>();
    for (String value : values(params, "year")) {
      years.add(year(value));
    }
    List<String> langs = new ArrayList<>();
    for (String value : values(params, "lang")) {
      for (String family : language(value)) {
        if (!langs.contains(family)) {
          langs.add(family);
        }
      }
    }
    List<String> docs = List.copyOf(new LinkedHashSet<>(values(params, "doc")));
    SearchRequest.Order sort = order(single(params, "sort"));
    String text = q == null ? "" : typedCharactersOnly(q).strip();
    if (wordsOrFilter && text.isEmpty() && country.isEmpty() && theme.isEmpty() && years.isEmpty() && langs.isEmpty()
        && docs.isEmpty()) {
      throw new BadRequestException("q", "q must not be empty unless a country, year, theme, lang or doc filter is given");
    }
    return new SearchRequest(text, size, page, country, years, theme, langs, docs, sort);
  }

  /**
   * The query as typed, less the invisible characters that come with pasted text: a zero-width
   * space, joiner, soft hyphen or byte-order mark (format characters) is dropped, so that
   * 人工&#8203;智慧 pasted from a web page is 人工智慧 and not two words; a control character
   * becomes a space. SmartCN would otherwise read each as a word of its own.
   */
  static String typedCharactersOnly(String q) {
    StringBuilder out = new StringBuilder(q.length());
    q.codePoints().forEach(c -> {
      int type = Character.getType(c);
      if (type == Character.CONTROL) {
        out.append(' ');
      } else if (type != Character.FORMAT) {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  static SearchRequest.Order order(String value) {
    if (value == null || value.isBlank()) {
      return SearchRequest.Order.RELEVANCE;
    }
    return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "relevance" -> SearchRequest.Order.RELEVANCE;
      case "newest" -> SearchRequest.Order.NEWEST;
      default -> throw new BadRequestException("sort", "sort must be relevance or newest, not '" + value + "'");
    };
  }

  /** Language filter values: zh (both scripts), zh-Hant, zh-Hans, ja, en, or their names. */
  static List<String> language(String value) {
    String v = value.strip().toLowerCase(java.util.Locale.ROOT);
    return switch (v) {
      case "zh", "chinese", "中文", "華語", "华语" -> List.of(Languages.ZH_HANT, Languages.ZH_HANS);
      case "zh-hant", "zh-tw", "zh-hk", "traditional", "繁體", "繁体", "繁體中文", "繁体中文" -> List.of(Languages.ZH_HANT);
      case "zh-hans", "zh-cn", "simplified", "簡體", "简体", "簡體中文", "简体中文" -> List.of(Languages.ZH_HANS);
      case "ja", "jp", "japanese", "日文", "日語", "日语", "日本語" -> List.of(Languages.JA);
      case "en", "english", "英文", "英語", "英语" -> List.of(Languages.EN);
      default -> throw new BadRequestException("lang", "unknown lang '" + value + "'; use zh, zh-Hant, zh-Hans, ja or en");
    };
  }

  static SearchRequest.YearRange year(String value) {
    Matcher single = YEAR.matcher(value);
    if (single.matches()) {
      int y = Integer.parseInt(single.group(1));
      checkYear(y, value);
      return new SearchRequest.YearRange(y, y);
    }
    Matcher range = RANGE.matcher(value);
    if (range.matches() && (range.group(1) != null || range.group(2) != null)) {
      int from = range.group(1) == null ? Years.MIN : Integer.parseInt(range.group(1));
      int to = range.group(2) == null ? Years.MAX : Integer.parseInt(range.group(2));
      checkYear(from, value);
      checkYear(to, value);
      if (from > to) {
        throw new BadRequestException("year", "year range '" + value + "' ends before it starts");
      }
      return new SearchRequest.YearRange(from, to);
    }
    throw new BadRequestException("year", "year must be YYYY or YYYY..YYYY, not '" + value + "'");
  }

  private static void checkYear(int y, String value) {
    if (y < Years.MIN || y > Years.MAX) {
      throw new BadRequestException("year", "year '" + value + "' is outside " + Years.MIN + ".." + Years.MAX);
    }
  }

  private static List<String> resolveAll(Map<String, List<String>> params, String name, Vocabulary vocabulary) {
    LinkedHashSet<String> keys = new LinkedHashSet<>();
    for (String value : values(params, name)) {
      keys.add(vocabulary.resolve(value).orElseThrow(() -> new BadRequestException(name,
          "unknown " + name + " '" + value + "'; known: " + String.join(", ", vocabulary.entries().keySet()))));
    }
    return List.copyOf(keys);
  }

  /** All values of a parameter, split on commas (ASCII and full-width), blanks dropped. */
  static List<String> values(Map<String, List<String>> params, String name) {
    List<String> out = new ArrayList<>();
    for (String raw : params.getOrDefault(name, List.of())) {
      if (raw == null) {
        continue;
      }
      for (String part : raw.split("[,，、]")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    }
    return out;
  }

  private static String single(Map<String, List<String>> params, String name) {
    List<String> v = params.getOrDefault(name, List.of());
    if (v.size() > 1) {
      throw new BadRequestException(name, name + " may be given only once");
    }
    return v.isEmpty() ? null : v.get(0);
  }

  private static int integer(Map<String, List<String>> params, String name, int def, int min, int max) {
    String v = single(params, name);
    if (v == null || v.isBlank()) {
      return def;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw new BadRequestException(name, name + " must be between " + min + " and " + max + ", not " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadRequestException(name, name + " must be a whole number, not '" + v + "'");
    }
  }
}
