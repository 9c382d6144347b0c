package org.wenxian.analysis;

import java.util.Locale;

/**
 * The languages the library analyses, and a detector for documents whose metadata does not say.
 *
 * <p>The detector counts scripts rather than n-grams: kana mark Japanese even in kanji-heavy text,
 * Han without kana is Chinese (Traditional when more of its characters change under
 * Traditional→Simplified conversion than the text's length would suggest), Latin letters are
 * English. For these four languages that is more reliable on short passages than a general n-gram
 * detector, which often takes kanji-heavy Japanese for Chinese.
 */
public final class Languages {
  public static final String ZH_HANT = "zh-Hant";
  public static final String ZH_HANS = "zh-Hans";
  public static final String JA = "ja";
  public static final String EN = "en";

  private Languages() {}

  public static String detect(CharSequence text) {
    long han = 0;
    long kana = 0;
    long latin = 0;
    long traditional = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = Folding.fold(text.charAt(i));
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (script == Character.UnicodeScript.HAN) {
        han++;
        if (ChineseScript.isTraditional(c)) {
          traditional++;
        }
      } else if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
        kana++;
      } else if (c < 0x250 && Character.isLetter(c)) {
        latin++;
      }
    }
    if (kana > 0 && kana * 20 >= han + kana) {
      return JA;
    }
    if (han > 0 && han * 2 >= latin / 3) {
      // In Simplified text almost no char changes; in Traditional text one in five or more does.
      return traditional * 20 >= han ? ZH_HANT : ZH_HANS;
    }
    return latin > 0 ? EN : "und";
  }

  /**
   * The analysis family of a BCP 47 tag: zh-Hant (zh-TW, zh-HK), zh-Hans (zh, zh-CN), ja, en; any
   * other language is analysed like English (Latin script) and keeps its primary subtag.
   */
  public static String family(String tag) {
    if (tag == null || tag.isBlank()) {
      return "und";
    }
    String t = tag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    if (t.startsWith("zh")) {
      return t.contains("hant") || t.endsWith("-tw") || t.endsWith("-hk") || t.endsWith("-mo") ? ZH_HANT : ZH_HANS;
    }
    int dash = t.indexOf('-');
    return dash < 0 ? t : t.substring(0, dash);
  }

  public static boolean isChinese(String family) {
    return ZH_HANT.equals(family) || ZH_HANS.equals(family);
  }
}
