package org.wenxian.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wenxian.cite.ExportFormat;
import org.wenxian.cite.Exports;
import org.wenxian.enrich.Tagger;
import org.wenxian.index.Fields;
import org.wenxian.index.Json;
import org.wenxian.index.Reindexer;
import org.wenxian.search.BadRequestException;
import org.wenxian.search.FacetValue;
import org.wenxian.search.Generation;
import org.wenxian.search.IndexService;
import org.wenxian.search.PassageSearcher;
import org.wenxian.search.RequestParser;
import org.wenxian.search.SearchHit;
import org.wenxian.search.SearchResponse;
import org.wenxian.search.Spellings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scripts/search}: the same search as the API, from the command line. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Searches the index and prints ranked passages with their citations.")
public final class SearchCommand implements Callable<Integer> {
  @Option(names = "--index", description = "index directory (default: ${DEFAULT-VALUE})", defaultValue = "${sys:wenxian.root:-.}/index")
  Path index;

  @Option(names = "--json", description = "print the same JSON as /api/search")
  boolean json;

  @Option(names = "--size", description = "hits to show, 1..100 (default: ${DEFAULT-VALUE})", defaultValue = "10")
  String size;

  @Option(names = "--page", description = "result page (default: ${DEFAULT-VALUE})", defaultValue = "1")
  String page;

  @Option(names = "--country", description = "filter: ISO code, Chinese or English name; repeatable or comma-separated")
  List<String> country = new ArrayList<>();

  @Option(names = "--year", description = "filter: YYYY or YYYY..YYYY; repeatable or comma-separated")
  List<String> year = new ArrayList<>();

  @Option(names = "--theme", description = "filter: theme slug or Chinese label; repeatable or comma-separated")
  List<String> theme = new ArrayList<>();

  @Option(names = "--lang", description = "filter: zh, zh-Hant, zh-Hans, ja, en; repeatable or comma-separated")
  List<String> lang = new ArrayList<>();

  @Option(names = "--doc", description = "filter: document id or corpus-relative path (see /api/documents); repeatable or comma-separated")
  List<String> doc = new ArrayList<>();

  @Option(names = "--sort", description = "relevance (default) or newest: the latest document first")
  String sort;

  @Option(names = "--similar", paramLabel = "ID",
      description = "instead of words: passages that say what passage ID says, within the filters")
  String similar;

  @Option(names = "--cite", paramLabel = "FORMAT",
      description = "print the references of the result list, one per document: csl-json, bibtex, ris, gbt7714, apa")
  String cite;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "what to search for (may be empty with a filter); -word or NOT word leaves passages out")
  List<String> query = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    for (String word : query) {
      if (word.startsWith("--")) {
        throw new IllegalArgumentException("unknown option " + word + " (see --help)");
      }
    }
    Tagger tagger = Tagger.standard();
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (similar == null) {
      params.put("q", List.of(String.join(" ", query)));
    } else if (!query.isEmpty()) {
      err.println("error in --similar: give either words or --similar, not both");
      return 2;
    }
    params.put("size", List.of(size));
    params.put("page", List.of(page));
    params.put("country", country);
    params.put("year", year);
    params.put("theme", theme);
    params.put("lang", lang);
    params.put("doc", doc);
    if (sort != null) {
      params.put("sort", List.of(sort));
    }
    try (IndexService service = new IndexService(index, 0)) {
      var generation = service.acquire();
      if (generation.isEmpty()) {
        err.println("no index in " + index.toAbsolutePath() + "; run scripts/reindex first");
        return 2;
      }
      Generation g = generation.get();
      try {
        if (!g.analysisVersion().equals(Reindexer.analysisVersion(tagger))) {
          err.println("warning: " + index.toAbsolutePath() + " was built by another version of the indexing code;"
              + " words may not match until scripts/reindex rebuilds it");
        }
        RequestParser parser = new RequestParser(tagger.countries(), tagger.themes());
        var request = similar == null ? parser.parse(params) : parser.parseFilters(params);
        PassageSearcher searcher = new PassageSearcher(tagger);
        if (cite != null) {
          ExportFormat format = ExportFormat.of(cite).orElseThrow(() -> new BadRequestException("--cite",
              "unknown format '" + cite + "'; use one of " + ExportFormat.names()));
          out.print(Exports.render(format, searcher.citedDocuments(g, request, 1000)));
          return 0;
        }
        SearchResponse response;
        if (similar == null) {
          response = searcher.search(g, request);
        } else {
          var passage = searcher.storedPassage(g, similar);
          if (passage.isEmpty()) {
            err.println("error in --similar: no passage with id '" + similar + "'");
            return 2;
          }
          response = searcher.similar(g, passage.get(), request);
        }
        if (json) {
          out.println(Json.PRETTY.toJson(response));
        } else {
          print(out, response);
        }
        return 0;
      } catch (BadRequestException e) {
        err.println("error in " + e.param() + ": " + e.getMessage());
        return 2;
      } finally {
        g.release();
      }
    }
  }

  static void print(PrintStream out, SearchResponse r) {
    out.printf(r.total() == 1 ? "%d passage matches (%d ms)%n" : "%d passages match (%d ms)%n", r.total(), r.tookMs());
    for (SearchResponse.Expansion e : r.query().abbreviations()) {
      out.printf("also searched: %s = %s%n", e.form(), String.join(" | ", e.also()));
    }
    for (SearchResponse.Expansion e : r.query().synonyms()) {
      out.printf("also searched (synonyms): %s = %s%n", e.form(), String.join(" | ", e.also()));
    }
    for (SearchResponse.Expansion e : r.query().loanwords()) {
      out.printf("also searched (loanword): %s = %s%n", e.form(), String.join(" | ", e.also()));
    }
    for (SearchResponse.SelfReference e : r.query().selfReferences()) {
      out.printf("also searched: %s = %s (in documents issued in %s)%n", e.form(), String.join(" | ", e.also()),
          e.country());
    }
    for (String title : r.query().titles()) {
      out.printf("read as a title: 《%s》%n", title);
    }
    for (SearchResponse.DocumentNamed titled : r.query().documentsTitled()) {
      out.printf("the title %s is %s: its passages have it%n", titled.form(), titled.title());
    }
    for (SearchResponse.DocumentNamed named : r.query().documentsNamed()) {
      out.printf("read as naming a document: %s → %s (its passages first)%n", named.form(), named.title());
    }
    if (r.query().definitionOf() != null) {
      out.printf("asks what %s is: the passages that say so first%n", r.query().definitionOf());
    }
    for (Spellings.Respelling spelling : r.query().respelled()) {
      out.printf("searched as the library spells it: %s → %s%n", spelling.form(), spelling.as());
    }
    for (String phrase : r.query().phrasesNotFound()) {
      out.printf("no passage of the library has \"%s\" (in either script or any of its other names)%s%n", phrase,
          r.query().phrasesSearchedAsWords().contains(phrase) ? "; searched as words instead" : "");
    }
    for (String phrase : r.query().phrasesSearchedAsWords()) {
      if (!r.query().phrasesNotFound().contains(phrase)) {
        out.printf("only four quoted phrases are searched as phrases: \"%s\" searched as words%n", phrase);
      }
    }
    for (String left : r.query().notSearched()) {
      out.printf("not searched (past the query's limits): %s%n", left);
    }
    if (r.query().searchedAs() != null) {
      out.printf("nothing matched %s; showing what %s matches%n", r.query().q(), r.query().searchedAs());
    } else if (r.query().didYouMean() != null) {
      out.printf("did you mean: %s%n", r.query().didYouMean());
    }
    int rank = (r.query().page() - 1) * r.query().size();
    for (SearchHit h : r.hits()) {
      rank++;
      out.println();
      out.printf("%d. [%s] score %.3f%s  %s, p. %s%n", rank, h.id(), h.score(),
          Boolean.FALSE.equals(h.mostWords()) ? " (some of the words)" : "",
          h.document().title(), h.citation() == null ? "?" : h.citation().pageLabel());
      if (!h.location().headings().isEmpty()) {
        out.println("   " + String.join(" › ", h.location().headings()));
      }
      out.println("   " + terminalHighlight(h.highlight(), System.console() != null));
      for (String caption : h.captionsHighlight()) {
        // Only the captions the query matched: a figure label is found there, not in the text.
        if (caption.contains("<mark>")) {
          out.println("   caption: " + terminalHighlight(caption, System.console() != null));
        }
      }
      out.printf("   countries %s  years %s  themes %s%n", h.countries(), h.years(), h.themes());
      if (h.citation() != null) {
        out.println("   cite: " + h.citation().text());
      }
    }
    out.println();
    for (Map.Entry<String, List<FacetValue>> facet : r.facets().entrySet()) {
      StringBuilder line = new StringBuilder(facet.getKey()).append(": ");
      facet.getValue().stream().limit(12).forEach(v -> line.append(v.value()).append(" (").append(v.count()).append(")  "));
      out.println(line.toString().strip());
    }
  }

  /**
   * Shows {@code <mark>} as bold on a terminal (and drops it when the output goes to a file or a
   * pipe, where escape codes would be noise) and undoes the HTML escaping.
   */
  static String terminalHighlight(String html, boolean terminal) {
    return html.replace("<mark>", terminal ? "\u001b[1m" : "").replace("</mark>", terminal ? "\u001b[0m" : "")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
        .replace("&#x2F;", "/").replace("&amp;", "&");
  }
}
