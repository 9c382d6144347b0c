package org.wenxian.enrich;

import java.text.Normalizer;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the Gregorian years a text is about: written years (2017 年, 2022~2024 年, 2016 至 2020 年),
 * Republic of China years (民國 113 年, 113 年度) and Japanese era years (令和 3 年, 平成 28 年).
 */
public final class Years {
  public static final int MIN = 1900;
  public static final int MAX = 2100;
  private static final int MAX_RANGE = 20;
  private static final String SEP = "\\s*(?:年\\s*)?(?:~|～|〜|-|–|—|－|至|到|to)\\s*";

  private static final Pattern RANGE = Pattern.compile("(?<![\\d.])(?<!\\d,)((?:19|20)\\d{2})" + SEP + "((?:19|20)\\d{2})(?![\\d.,])");
  private static final Pattern YEAR = Pattern.compile("(?<![\\d.])(?<!\\d,)((?:19|20)\\d{2})(?![\\d]|\\s*[萬万億亿%％]|,\\d|\\.\\d)");
  private static final Pattern ROC = Pattern.compile("民國\\s*(\\d{1,3})\\s*年|(?<![\\d.])(?<!\\d,)(\\d{2,3})\\s*年度");
  private static final Pattern ROC_BARE = Pattern.compile("(?<![\\d.])(?<!\\d,)(\\d{2,3})\\s*年(?![代間间])");
  private static final Pattern ERA = Pattern.compile("(令和|平成|昭和)\\s*(元|\\d{1,2})\\s*年");

  /** A year given with its month: the date of an event rather than a period or a target. */
  private static final Pattern DATED = Pattern.compile(
      "(?:(?:民國\\s*)?(?<![\\d.])\\d{2,4}|(?:令和|平成|昭和)\\s*(?:元|\\d{1,2}))\\s*年\\s*\\d{1,2}\\s*月"
          + "|(?:January|February|March|April|May|June|July|August|September|October|November|December)"
          + "\\s+(?:\\d{1,2},\\s*)?(?:19|20)\\d{2}");

  /** A year that starts a period still running: 2018 至今, 2018 年以來, 自 2018 年起 (not 起草). */
  private static final Pattern SINCE = Pattern.compile(
      "(?:19|20)\\d{2}\\s*年?\\s*(?:至今|迄今|以來|以来|開始|开始|起(?!草)|onwards)|since\\s+(?:19|20)\\d{2}",
      Pattern.CASE_INSENSITIVE);

  /** A year written digit by digit in Chinese numerals: 二〇三五年, 一九九九年. */
  private static final Pattern HAN_YEAR = Pattern.compile("(?:一九|二[〇零])[〇零一二三四五六七八九]{2}(?=\\s*年)");
  private static final String HAN_DIGITS = "〇一二三四五六七八九";

  private Years() {}

  /** The text, NFKC-normalised, with years in Chinese numerals written in digits (二〇三五年 → 2035年). */
  private static String normalized(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    Matcher m = HAN_YEAR.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      StringBuilder digits = new StringBuilder();
      for (char c : m.group().toCharArray()) {
        digits.append(c == '零' ? 0 : HAN_DIGITS.indexOf(c));
      }
      m.appendReplacement(out, digits.toString());
    }
    return m.appendTail(out).toString();
  }

  /**
   * The one year a text names, when it names only one and not as the start of a period still
   * running: a passage that mentions a single year is about that year.
   */
  public static Optional<Integer> sole(String text, boolean rocBareYears) {
    TreeSet<Integer> years = find(text, rocBareYears);
    if (years.size() != 1 || SINCE.matcher(normalized(text)).find()) {
      return Optional.empty();
    }
    return Optional.of(years.first());
  }

  /**
   * The years of dated events in a text (2022 年 6 月, 民國 113 年 11 月, 令和 3 年 5 月, June 2022):
   * what a passage reports as happening, as against the periods and targets it mentions.
   */
  public static TreeSet<Integer> dated(String text, boolean rocBareYears) {
    String s = normalized(text);
    TreeSet<Integer> years = new TreeSet<>();
    Matcher m = DATED.matcher(s);
    while (m.find()) {
      years.addAll(find(m.group(), rocBareYears));
    }
    return years;
  }

  /**
   * @param text        the text, in any script and width
   * @param rocBareYears also read a bare "113 年" as a ROC year: only for documents from Taiwan
   */
  public static TreeSet<Integer> find(String text, boolean rocBareYears) {
    String s = normalized(text);
    TreeSet<Integer> years = new TreeSet<>();
    Matcher range = RANGE.matcher(s);
    while (range.find()) {
      int from = Integer.parseInt(range.group(1));
      int to = Integer.parseInt(range.group(2));
      if (to >= from && to - from <= MAX_RANGE) {
        for (int y = from; y <= to; y++) {
          add(years, y);
        }
      }
    }
    Matcher year = YEAR.matcher(s);
    while (year.find()) {
      add(years, Integer.parseInt(year.group(1)));
    }
    Matcher roc = ROC.matcher(s);
    while (roc.find()) {
      add(years, rocToGregorian(Integer.parseInt(roc.group(1) != null ? roc.group(1) : roc.group(2))));
    }
    if (rocBareYears) {
      Matcher bare = ROC_BARE.matcher(s);
      while (bare.find()) {
        int n = Integer.parseInt(bare.group(1));
        if (n >= 80 && n <= 150) {
          add(years, rocToGregorian(n));
        }
      }
    }
    Matcher era = ERA.matcher(s);
    while (era.find()) {
      int n = era.group(2).equals("元") ? 1 : Integer.parseInt(era.group(2));
      add(years, eraToGregorian(era.group(1), n));
    }
    return years;
  }

  /** 民國 N 年 is 1911 + N. */
  public static int rocToGregorian(int rocYear) {
    return 1911 + rocYear;
  }

  /** 令和 N 年 is 2018 + N, 平成 N 年 is 1988 + N, 昭和 N 年 is 1925 + N (元年 is N = 1). */
  public static int eraToGregorian(String era, int year) {
    return switch (era) {
      case "令和" -> 2018 + year;
      case "平成" -> 1988 + year;
      case "昭和" -> 1925 + year;
      default -> throw new IllegalArgumentException("unknown era " + era);
    };
  }

  private static void add(TreeSet<Integer> years, int y) {
    if (y >= MIN && y <= MAX) {
      years.add(y);
    }
  }
}
