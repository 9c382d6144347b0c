package org.wenxian.search;

import java.util.List;
import org.wenxian.analysis.Synonyms;

/**
 * The names list ({@code wenxian/names.txt}): the policies, bodies and programmes the library
 * names, each with its names in the other languages, which the library's own text does not give
 * ("Beijing Consensus" for 北京共識, METI for 經產省). A query naming one also searches the others
 * ({@link Abbreviations}). Read at query time, like the synonym list: editing it needs no reindex.
 */
public final class Names {
  public static final String RESOURCE = "/wenxian/names.txt";
  private static List<List<String>> groups;

  private Names() {}

  /** Each line's names, as written. */
  public static synchronized List<List<String>> groups() {
    if (groups == null) {
      groups = Synonyms.groups(RESOURCE);
    }
    return groups;
  }
}
