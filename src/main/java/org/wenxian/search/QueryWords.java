package org.wenxian.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.wenxian.analysis.Analyzers;
import org.wenxian.index.Fields;

/**
 * The words of what a user types, as offsets into it: where one word ends and the next begins
 * decides what a passage must have and what counts as "most of the words" ({@link QueryCompiler}).
 */
final class QueryWords {
  /** Analyzers are thread-safe and keep per-thread components: one serves every query. */
  private static final Analyzer WORDS_WITH_SYNONYMS = Analyzers.wordsWithSynonyms();

  private QueryWords() {}

  /** Whether a word has no CJK character (below U+2E80): Latin letters, digits (AI, 2019, G7). */
  static boolean isLatin(String word) {
    return word.codePoints().allMatch(c -> c < 0x2E80);
  }

  /**
   * The query's words as the user wrote them, one per word the analysis finds. Where a synonym
   * spans several words (計畫 is 计 + 画 to SmartCN, and 计划 to the synonym list), the span is one
   * word: requiring 计 and 画 separately would drop every passage that writes 計劃.
   */
  static List<String> words(String content) {
    return wordsAt(content, wordSpans(content));
  }

  /**
   * One choice of each list joined in order, first choices first, at most {@code max} of them
   * (the Chinese forms of a compound's loanwords, the English of a subject's words); empty when
   * there are no lists or one of them is empty.
   */
  static List<String> inTurn(List<List<String>> choices, String separator, int max) {
    List<String> joined = choices.isEmpty() ? List.of() : List.of("");
    for (List<String> choice : choices) {
      List<String> next = new ArrayList<>();
      for (String start : joined) {
        for (String word : choice) {
          if (next.size() < max) {
            next.add(start.isEmpty() ? word : start + separator + word);
          }
        }
      }
      joined = next;
    }
    return joined;
  }

  static List<String> wordsAt(String content, List<int[]> spans) {
    return spans.stream().map(s -> content.substring(s[0], s[1])).distinct().toList();
  }

  /** Start and end offsets of the query's words, as {@link #words} describes them. */
  static List<int[]> wordSpans(String content) {
    return joinSingleCharacterRuns(content, analysedSpans(content));
  }

  /**
   * The runs of two or more Han characters that SmartCN cuts into single characters, as typed
   * (十三五, 李嘉誠): each is one word to the reader, and marked as one (QueryCompiler).
   */
  static List<String> singleCharacterRuns(String content) {
    List<String> runs = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (int[] span : analysedSpans(content)) {
      boolean single = span[1] - span[0] == 1
          && Character.UnicodeScript.of(content.charAt(span[0])) == Character.UnicodeScript.HAN;
      if (single && span[0] == end) {
        end = span[1];
        continue;
      }
      if (end - start > 1) {
        runs.add(content.substring(start, end));
      }
      start = single ? span[0] : -1;
      end = single ? span[1] : -1;
    }
    if (end - start > 1) {
      runs.add(content.substring(start, end));
    }
    return runs.stream().distinct().toList();
  }

  /** The analysed words' spans, those that overlap (a synonym over several words) merged. */
  private static List<int[]> analysedSpans(String content) {
    List<int[]> spans = new ArrayList<>();
    try (TokenStream ts = WORDS_WITH_SYNONYMS.tokenStream(Fields.TEXT, content)) {
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        spans.add(new int[] {offset.startOffset(), offset.endOffset()});
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    List<int[]> words = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (int[] span : spans) {
      if (span[0] >= end) {
        if (end > start) {
          words.add(new int[] {start, end});
        }
        start = span[0];
      }
      end = Math.max(end, span[1]);
    }
    if (end > start && start >= 0) {
      words.add(new int[] {start, end});
    }
    return words;
  }

  /**
   * Single Han characters that stand next to each other in the query are one word: SmartCN cuts a
   * short query where it would not cut the same characters in a sentence ("DLRLSS 為期" is 为 + 期,
   * "活動為期九天" has 为期), so each character alone need not be in the passage, only the run. A
   * suffix SmartCN cuts off the word before it (事業者 is 事业 + 者) stays with that word: alone,
   * the 者 of any 工作者 counted as a query word found.
   */
  private static final String SUFFIXES = "者性化型率度們们界類类員员師师";

  private static List<int[]> joinSingleCharacterRuns(String content, List<int[]> spans) {
    List<int[]> out = new ArrayList<>();
    boolean lastIsRun = false;
    for (int[] span : spans) {
      boolean single = span[1] - span[0] == 1
          && Character.UnicodeScript.of(content.charAt(span[0])) == Character.UnicodeScript.HAN;
      boolean follows = !out.isEmpty() && out.get(out.size() - 1)[1] == span[0];
      boolean suffix = single && follows && SUFFIXES.indexOf(content.charAt(span[0])) >= 0
          && Character.UnicodeScript.of(content.charAt(span[0] - 1)) == Character.UnicodeScript.HAN;
      if (follows && (single && lastIsRun || suffix)) {
        out.get(out.size() - 1)[1] = span[1];
      } else {
        out.add(span.clone());
      }
      lastIsRun = single && !suffix;
    }
    return out;
  }

  /** The words of a long form the query names, made one word: "Information Technology Promotion Agency". */
  static List<int[]> wholeForms(String content, List<int[]> spans, List<Abbreviations.Found> named) {
    List<int[]> ranges = named.stream().map(f -> new int[] {f.start(), f.end()}).toList();
    return asOneWord(cutAround(content, spans, ranges), ranges);
  }

  /**
   * The spans, one that holds a range inside it cut at the range's edges: a katakana compound
   * SmartCN keeps whole (エコシステムレポート) is the list's words it is made of (Abbreviations).
   * Pieces of only punctuation (the middle dot of サプライチェーン・クラスター) are dropped.
   */
  private static List<int[]> cutAround(String content, List<int[]> spans, List<int[]> ranges) {
    List<int[]> out = new ArrayList<>();
    for (int[] span : spans) {
      int from = span[0];
      for (int[] range : ranges) {
        if (range[0] >= from && range[1] <= span[1] && (range[0] > span[0] || range[1] < span[1])) {
          addPiece(content, out, from, range[0]);
          out.add(range.clone());
          from = range[1];
        }
      }
      if (from == span[0]) {
        out.add(span);
      } else {
        addPiece(content, out, from, span[1]);
      }
    }
    return out;
  }

  private static void addPiece(String content, List<int[]> out, int start, int end) {
    if (content.substring(start, end).codePoints().anyMatch(Character::isLetterOrDigit)) {
      out.add(new int[] {start, end});
    }
  }

  /**
   * The spans with the words of each title the query names merged into one: a question about
   * 《全球 AI 創新聚落計畫》 asks about one thing. Counted as five words, the title alone made half of
   * "《全球 AI 創新聚落計畫》如何幫助中小企業？", so that every passage naming it had "most words".
   */
  static List<int[]> titlesAsOneWord(String content, List<int[]> spans, List<String> titles) {
    List<int[]> ranges = new ArrayList<>();
    for (String title : titles) {
      int start = content.indexOf(title);
      if (start >= 0) {
        ranges.add(new int[] {start, start + title.length()});
      }
    }
    return asOneWord(spans, ranges);
  }

  /** The spans, those that lie within one of the ranges replaced, once, by that range. */
  static List<int[]> asOneWord(List<int[]> spans, List<int[]> ranges) {
    List<int[]> out = spans;
    for (int[] range : ranges) {
      List<int[]> merged = new ArrayList<>();
      boolean placed = false;
      for (int[] span : out) {
        if (span[0] >= range[0] && span[1] <= range[1]) {
          if (!placed) {
            merged.add(range);
            placed = true;
          }
        } else {
          merged.add(span);
        }
      }
      out = merged;
    }
    return out;
  }

  /** The text with the spans replaced by spaces: offsets stay, and bigrams do not bridge a gap. */
  static String blanked(String text, List<int[]> spans) {
    StringBuilder out = new StringBuilder(text);
    for (int[] span : spans) {
      for (int i = span[0]; i < span[1]; i++) {
        out.setCharAt(i, ' ');
      }
    }
    return out.toString();
  }

  /** Whether the span [start, end) shares a character with {@code range}. */
  static boolean overlap(int[] range, int start, int end) {
    return range[0] < end && start < range[1];
  }
}
