package org.wenxian.index;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chapter and section numbers (第參章, 第三章, 第3章, 第二節), read as one key whatever the numerals:
 * the report numbers its chapters in formal numerals (第壹章 to 第肆章, then 第五章), a reader types
 * them as they come. The heading fields drop the numbers ({@link Fields#headingTitle}); the keys go
 * to {@link Fields#HEADING_NUMBERS}, so that a query naming a chapter finds its passages.
 */
public final class HeadingNumbers {
  private HeadingNumbers() {}

  private static final String NUMERAL = "[0-9]{1,2}|[〇零一二三四五六七八九十壹貳贰參参叁肆伍陸陆柒捌玖拾]{1,3}";
  /** 第, a number, and what it numbers: chapter, section or part. */
  public static final Pattern NUMBERED = Pattern.compile("第\\s*(" + NUMERAL + ")\\s*([章節节篇])");

  private static final String[] DIGITS = {"〇一二三四五六七八九", "零壹貳參肆伍陸柒捌玖", "零壹贰叁肆伍陆柒捌玖"};

  /** The key of a heading that starts with a number (第參章 加拿大… → 第3章), or null. */
  public static String keyOf(String heading) {
    Matcher m = NUMBERED.matcher(heading.strip());
    return m.lookingAt() ? key(m.group(1), m.group(2)) : null;
  }

  /** The key of a number and its unit (參, 章 → 第3章), or null when the number is not one. */
  public static String key(String number, String unit) {
    int n = value(number);
    return n < 1 || n > 99 ? null : "第" + n + (unit.equals("節") ? "节" : unit);
  }

  /** The value of 3, 三, 參, 十三, 二十 or 拾參; 0 when it is not a number (十十, 三三). */
  static int value(String number) {
    if (Character.isDigit(number.charAt(0))) {
      return Integer.parseInt(number);
    }
    int tens = 0;
    int units = -1;
    boolean ten = false;
    for (char c : number.toCharArray()) {
      if (c == '十' || c == '拾') {
        if (ten) {
          return 0;
        }
        tens = units < 0 ? 1 : units;
        units = -1;
        ten = true;
      } else {
        int d = digit(c);
        if (d < 0 || units >= 0) {
          return 0;
        }
        units = d;
      }
    }
    return tens * 10 + Math.max(units, 0);
  }

  private static int digit(char c) {
    for (String digits : DIGITS) {
      int i = digits.indexOf(c);
      if (i >= 0) {
        return i;
      }
    }
    return c == '参' ? 3 : -1;
  }
}
