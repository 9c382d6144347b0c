package org.wenxian.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One CSL style in one locale, rendered by citeproc-java. Building a CSL processor parses the style,
 * so it is built once and reused; citeproc's processor is stateful, hence the lock.
 */
final class CslRenderer {
  private final Map<String, CSLItemData> items = new LinkedHashMap<>();
  private final CSL csl;

  CslRenderer(String style, String locale) {
    ItemDataProvider provider = new ItemDataProvider() {
      @Override
      public CSLItemData retrieveItem(String id) {
        return items.get(id);
      }

      @Override
      public Collection<String> getIds() {
        return items.keySet();
      }
    };
    try {
      this.csl = new CSL(provider, style, locale);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load CSL style " + style, e);
    }
  }

  /** Reference-list entries for the items, in the given order. */
  synchronized List<String> bibliography(List<CSLItemData> entries) {
    items.clear();
    entries.forEach(i -> items.put(i.getId(), i));
    csl.reset();
    csl.setOutputFormat("text");
    csl.registerCitationItems(items.keySet(), true);
    return List.of(csl.makeBibliography().getEntries()).stream().map(String::strip).toList();
  }
}
