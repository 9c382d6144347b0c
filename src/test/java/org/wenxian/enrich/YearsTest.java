package org.wenxian.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Gregorian, Republic of China and Japanese era years. */
class YearsTest {
  @Test
  void writtenYearsAndRanges() {
    assertEquals(List.of(2017), List.copyOf(Years.find("2017 年推出《新一代 AI 發展規劃》", false)));
    assertEquals(List.of(2024), List.copyOf(Years.find("2024年4月2日中國大陸人力資源社會保障部", false)));
    assertEquals(List.of(2022, 2023, 2024), List.copyOf(Years.find("《2022~2024 年綜合創新戰略》", false)));
    assertEquals(List.of(2016, 2017, 2018, 2019, 2020), List.copyOf(Years.find("自 2016 至 2020 年", false)));
    assertEquals(List.of(2017, 2018, 2019, 2020, 2021, 2022), List.copyOf(Years.find("2017 年至 2022 年", false)));
  }

  @Test
  void yearsInChineseNumerals() {
    // The Simplified proposal writes its target year 二〇三五年, digit by digit.
    assertEquals(List.of(2020, 2035), List.copyOf(Years.find("到二〇二〇年全面建成小康社会，到二〇三五年基本实现", false)));
    assertEquals(List.of(1999), List.copyOf(Years.find("一九九九年", false)));
    assertEquals(List.of(), List.copyOf(Years.find("十四五规划、三五成群", false)));
  }

  @Test
  void amountsAreNotYears() {
    assertEquals(List.of(), List.copyOf(Years.find("將提撥 2,080 萬加幣，共 2024 萬人，成長 2019%", false)));
    assertEquals(List.of(), List.copyOf(Years.find("追加 2020.5 億", false)));
  }

  @Test
  void republicOfChinaYears() {
    assertEquals(2024, Years.rocToGregorian(113));
    assertEquals(List.of(2024), List.copyOf(Years.find("中華民國 113 年 11 月 15 日", false)));
    assertEquals(List.of(2023), List.copyOf(Years.find("112 年度計畫", false)));
    assertEquals(List.of(2023, 2024), List.copyOf(Years.find("計畫前期 112 年已研究美國，113 年", true)));
    assertEquals(List.of(), List.copyOf(Years.find("計畫前期 112 年已研究美國", false)));
  }

  @Test
  void japaneseEraYears() {
    assertEquals(2021, Years.eraToGregorian("令和", 3));
    assertEquals(2016, Years.eraToGregorian("平成", 28));
    assertEquals(List.of(2021), List.copyOf(Years.find("令和 3 年", false)));
    assertEquals(List.of(2016), List.copyOf(Years.find("平成28年", false)));
    assertEquals(List.of(2019), List.copyOf(Years.find("令和元年", false)));
    assertEquals(List.of(2024), List.copyOf(Years.find("令和６年５月", false)));
  }

  @Test
  void datedEventsAreYearsWithAMonth() {
    assertEquals(List.of(2022), List.copyOf(Years.dated("自 2017 年至 2021 年，2022 年 6 月宣佈第二階段", false)));
    assertEquals(List.of(2024), List.copyOf(Years.dated("2024年 4月 2日發佈", false)));
    assertEquals(List.of(2021), List.copyOf(Years.dated("令和 3 年 5 月に公表", false)));
    assertEquals(List.of(2024), List.copyOf(Years.dated("中華民國 113 年 11 月 15 日", false)));
    assertEquals(List.of(2024), List.copyOf(Years.dated("113 年 1 月起", true)));
    assertEquals(List.of(2023), List.copyOf(Years.dated("announced in June 2023 and March 5, 2023", false)));
    assertEquals(List.of(), List.copyOf(Years.dated("目標至 2025 年，自 2016 年至 2020 年", false)));
  }

  @Test
  void aTextThatNamesOneYearIsAboutIt() {
    assertEquals(Optional.of(2022), Years.sole("在 2022 年追加 7.5 億加幣支持五大創新聚落，2022 年底前完成", false));
    assertEquals(Optional.empty(), Years.sole("自 2017 年至 2018 年", false));
    assertEquals(Optional.empty(), Years.sole("2017 年發佈，2022 年更新", false));
    // A period still running is not an event of its first year.
    assertEquals(Optional.empty(), Years.sole("從 2018 至今已培育出 127 位以上的學員", false));
    assertEquals(Optional.empty(), Years.sole("自 2018 年起每年舉辦", false));
    assertEquals(Optional.empty(), Years.sole("2018 年以來", false));
    assertEquals(Optional.empty(), Years.sole("funded since 2018", false));
    assertEquals(Optional.empty(), Years.sole("從 2018 年開始推動", false));
    assertEquals(Optional.of(2021), Years.sole("於 2021 年起草", false));
    assertEquals(Optional.empty(), Years.sole("沒有年份", false));
  }
}
