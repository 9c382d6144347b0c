package org.wenxian.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.wenxian.index.Fields;

/**
 * The words a query matched, marked in a hit's text and in its captions: HTML-escaped, with
 * {@code <mark>} around each run of matched words.
 */
final class Highlights {
  private static final String[] TEXT_FIELDS = {Fields.TEXT, Fields.TEXT_JA, Fields.TEXT_EN};
  private static final java.util.Set<String> TEXT_FIELD_SET = java.util.Set.of(TEXT_FIELDS);
  private static final java.util.Set<String> CAPTION_FIELD_SET = java.util.Set.of(Fields.CAPTIONS);
  private static final String MARK_OPEN = "<mark>";
  private static final String MARK_CLOSE = "</mark>";
  /** Two marks with nothing between them but spaces, a hyphen or a middle dot. */
  private static final Pattern MARKS_SIDE_BY_SIDE = Pattern.compile(MARK_CLOSE + "([ \\t\\u3000]*|[-‐·‧・])" + MARK_OPEN);
  /** Between captions highlighted together: a paragraph separator, which extraction leaves in no caption. */
  private static final String SEPARATOR = "\u2029";

  private final Analyzer queryAnalyzer = Fields.queryAnalyzer();
  /**
   * Captions are indexed but not stored with offsets, so they are analyzed again to be marked, with
   * the index analyzer: the query analyzer's synonyms would add words the caption does not have.
   */
  private final UnifiedHighlighter captionHighlighter = configure(UnifiedHighlighter.builderWithoutSearcher(Fields.analyzer()));

  /** The text of each hit of the page, marked; null where the query matched nothing in it. */
  String[] texts(IndexSearcher searcher, Query marked, ScoreDoc[] page) throws IOException {
    String[] out = new String[page.length];
    Query query = MarkedFields.only(marked, TEXT_FIELD_SET);
    if (query == null || page.length == 0) {
      return out;
    }
    UnifiedHighlighter highlighter = configure(UnifiedHighlighter.builder(searcher, queryAnalyzer));
    int[] docIds = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docIds[i] = page[i].doc;
    }
    // Each passage's text sits in the field of its language; the other two are empty for it.
    Map<String, String[]> result = highlighter.highlightFields(TEXT_FIELDS, query, docIds, new int[] {1, 1, 1});
    for (String field : TEXT_FIELDS) {
      String[] texts = result.get(field);
      for (int i = 0; texts != null && i < page.length; i++) {
        if (out[i] == null && texts[i] != null) {
          out[i] = oneMarkPerRun(texts[i]);
        }
      }
    }
    return out;
  }

  /** What can mark a hit's captions of the marked query, for {@link #captions}: worked out once per search. */
  static Query forCaptions(Query marked) {
    return MarkedFields.only(marked, CAPTION_FIELD_SET);
  }

  /**
   * A hit's captions, each marked where the query matched it: a figure label (圖 25) or a word that
   * only a caption or source line holds is otherwise marked nowhere in the hit.
   *
   * @param query the marked query {@link #forCaptions} gives
   */
  List<String> captions(Query query, List<String> captions) throws IOException {
    if (query == null || captions.isEmpty()) {
      return captions.stream().map(Snippets::escape).toList();
    }
    // Analysed once for all of them (analysis is the cost), then cut apart again at the separator,
    // which neither the formatter's escaping nor a mark touches.
    String joined = String.join(SEPARATOR, captions);
    Object marked = captionHighlighter.highlightWithoutSearcher(Fields.CAPTIONS, query, joined, 1);
    if (marked == null) {
      return captions.stream().map(Snippets::escape).toList();
    }
    List<String> out = List.of(oneMarkPerRun(marked.toString()).split(SEPARATOR, -1));
    return out.size() == captions.size() ? out : captions.stream().map(Snippets::escape).toList();
  }

  private static UnifiedHighlighter configure(UnifiedHighlighter.Builder builder) {
    return builder
        .withBreakIterator(WholeBreakIterator::new)
        .withFormatter(new DefaultPassageFormatter(MARK_OPEN, MARK_CLOSE, "…", true))
        .withMaxLength(20_000)
        .withHighlightPhrasesStrictly(true)
        .build();
  }

  /**
   * Words matched side by side are one mark, written together, a space apart or joined by a hyphen
   * or a middle dot: <mark>數位素養</mark>, not <mark>數位</mark><mark>素養</mark>;
   * <mark>Vector Institute</mark>, <mark>Pan-Canadian</mark>.
   */
  private static String oneMarkPerRun(String marked) {
    return MARKS_SIDE_BY_SIDE.matcher(marked).replaceAll("$1");
  }
}
