package org.wenxian.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.wenxian.index.Fields;

/**
 * Names of Latin letters and a number, which the library writes one way and a reader may type
 * another: "Society 5.0" typed as Society5.0, "GPT-4" as GPT4, "TICAD7" as TICAD 7. Analysis reads
 * each spelling differently (society5 and 0, against society and 5.0), so a spelling the library
 * never uses finds nothing the name is in. A name the query spells otherwise than most passages do
 * is searched in their spelling (letters and number joined, or apart by a space or a hyphen).
 * Likewise words joined by hyphens ("GIGA-School" for the report's GIGA School), written apart
 * where more passages write them so. Passages are counted in the index when the query names such
 * a name, so the spellings are always the served generation's and a query without one costs
 * nothing.
 */
public final class Spellings {
  /** Letters, then a number (5.0, 4, 2019) after at most one space or hyphen, then letters glued on. */
  static final Pattern NAME = Pattern.compile(
      "(?<![A-Za-z0-9.])(?<![A-Za-z0-9]-)([A-Za-z]++)[ \\-]?([0-9]+(?:\\.[0-9]+)?[A-Za-z]*)(?![A-Za-z0-9])");
  /**
   * Words of Latin letters joined by hyphens (GIGA-School, Pan-Canadian). The Chinese word analysis
   * keeps such a compound whole, so GIGA-School found no passage that writes GIGA School, and the
   * other way round; the English and Japanese analyses split it, and count both spellings alike.
   */
  static final Pattern COMPOUND =
      Pattern.compile("(?<![A-Za-z0-9.])(?<![A-Za-z0-9]-)[A-Za-z]+(?:-[A-Za-z]+)+(?![A-Za-z0-9\\-])");
  /** A word to leave out ends the text so far: "-" or "NOT " before the name (UserQuery's EXCLUDED). */
  private static final Pattern LEFT_OUT = Pattern.compile("(?:^|\\s)(?:-|NOT\\s+)$");
  /** The ways to write a name's letters and number: joined, apart, hyphenated. */
  private static final String[] SEPARATORS = {"", " ", "-"};
  /** Each name costs up to four counts: a query of many (A1 B2 C3 …) has only its first ones respelled. */
  static final int MAX_NAMES = 10;
  private static final String[] BODY_FIELDS = {Fields.TEXT, Fields.TEXT_JA, Fields.TEXT_EN};
  /** Each body field with the analyzer it is indexed with, so a spelling is counted as indexed. */
  private static final QueryBuilder AS_INDEXED = new QueryBuilder(Fields.analyzer());

  private final IndexSearcher searcher;

  public Spellings(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /** A spelling the query uses and the one it is searched as. */
  public record Respelling(String form, String as) {}

  /** The query text (in {@link org.wenxian.analysis.Folding#queryForm}) as searched, and the names in it that were respelled. */
  public record Read(String text, List<Respelling> respelled) {}

  /** The query with each of its first {@link #MAX_NAMES} names spelled as most passages spell it. */
  public Read read(String text) {
    String normal = org.wenxian.analysis.Folding.queryForm(text);
    List<Respelling> respelled = new ArrayList<>();
    int[] names = {0};
    String read = respell(normal, NAME, m -> spellingUsed(m.group(1), m.group(), m.group(2)), respelled, names);
    // Each hyphenated compound written apart (GIGA School) where more passages write it so in the Chinese word field.
    read = respell(read, COMPOUND, m -> {
      String apart = m.group().replace('-', ' ');
      return passagesWith(apart, Fields.TEXT) > passagesWith(m.group(), Fields.TEXT) ? apart : null;
    }, respelled, names);
    return new Read(read, List.copyOf(respelled));
  }

  /**
   * The text with each match of {@code pattern} among the first {@link #MAX_NAMES} names (counted in
   * {@code names}) replaced by the spelling {@code spelledAs} gives it, or kept when that is null.
   */
  private static String respell(String text, Pattern pattern, java.util.function.Function<Matcher, String> spelledAs,
      List<Respelling> respelled, int[] names) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String typed = m.group();
      String as = names[0]++ < MAX_NAMES ? spelledAs.apply(m) : null;
      if (as != null) {
        respelled.add(new Respelling(typed, as));
        if (as.contains(" ") && LEFT_OUT.matcher(text.substring(0, m.start())).find()) {
          as = '"' + as + '"'; // -Society5.0 leaves out the name, not Society alone
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(as == null ? typed : as));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The spelling most passages use, or null when that is the typed one (ties go to it). Counted in
   * every body field with its own analysis: Kuromoji cuts GPT4 as it cuts GPT-4, SmartCN does not.
   */
  private String spellingUsed(String letters, String typed, String number) {
    String best = null;
    int most = passagesWith(typed);
    for (String separator : SEPARATORS) {
      String spelling = letters + separator + number;
      int count = spelling.equals(typed) ? 0 : passagesWith(spelling);
      if (count > most) {
        best = spelling;
        most = count;
      }
    }
    return best;
  }

  private int passagesWith(String spelling) {
    return passagesWith(spelling, BODY_FIELDS);
  }

  private int passagesWith(String spelling, String... fields) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    boolean terms = false;
    for (String field : fields) {
      Query q = AS_INDEXED.createPhraseQuery(field, spelling);
      // "A 1" is "1" to the English analysis, which drops the stop word: no spelling of A1 at all.
      if (q != null && q.toString(field).chars().anyMatch(Character::isLetter)) {
        any.add(q, BooleanClause.Occur.SHOULD);
        terms = true;
      }
    }
    try {
      return terms ? searcher.count(any.build()) : 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
