package org.wenxian.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.wenxian.enrich.Acronyms;
import org.wenxian.enrich.Glosses;
import org.wenxian.extract.SourceDocument;
import org.wenxian.index.Facets;
import org.wenxian.index.Fields;
import org.wenxian.index.Manifest;
import org.wenxian.index.PassageDocuments;

/**
 * One published index generation opened for searching: reader, searcher, facet state and the
 * documents' metadata. Reference-counted so that a search started on it finishes on it even after a
 * newer generation is published.
 */
public final class Generation implements AutoCloseable {
  private final String name;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState facetState;
  private final Map<String, SourceDocument> documents;
  private final String analysisVersion;
  private final Abbreviations abbreviations;
  private final Titles titles;
  private final DocumentNames documentNames;
  private final Spellings spellings;
  private final Loanwords loanwords;
  private final AtomicInteger refs = new AtomicInteger(1);

  private Generation(String name, DirectoryReader reader, SortedSetDocValuesReaderState facetState, Manifest manifest)
      throws IOException {
    this.name = name;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.searcher.setSimilarity(org.wenxian.index.Fields.similarity());
    this.facetState = facetState;
    Map<String, SourceDocument> docs = new LinkedHashMap<>();
    manifest.documents().forEach(d -> docs.put(d.id(), d));
    this.documents = Map.copyOf(docs);
    this.analysisVersion = manifest.analysisVersion();
    Map<String, Integer> named = new LinkedHashMap<>();
    List<String> texts = new java.util.ArrayList<>();
    this.abbreviations = abbreviationsIn(reader, named, texts);
    this.titles = Titles.of(named.keySet()).lessPhrases(named, texts);
    this.documentNames = DocumentNames.of(this.documents.values());
    this.spellings = new Spellings(searcher);
    this.loanwords = new Loanwords(searcher);
  }

  /**
   * The abbreviations the library's passages define, and the English names they give Chinese names
   * (Glosses), found when the generation opens (under 50 ms for the shipped corpus, scripts/bench),
   * so that they always match the documents it holds; in the same reading, the titles they name in
   * 《》 are counted into {@code titles}, and the texts kept in {@code texts} for Titles.lessPhrases,
   * which counts where each title is written bare once all are known (about 40 ms more).
   */
  private static Abbreviations abbreviationsIn(DirectoryReader reader, Map<String, Integer> titles, List<String> texts)
      throws IOException {
    Set<Acronyms.Definition> definitions = new LinkedHashSet<>();
    Set<Acronyms.HanName> names = new LinkedHashSet<>();
    Set<Glosses.Gloss> glosses = new LinkedHashSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      StoredFields stored = leaf.reader().storedFields();
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = 0; doc < leaf.reader().maxDoc() && definitions.size() + names.size() + glosses.size() < MAX_ABBREVIATIONS; doc++) {
        if (live == null || live.get(doc)) {
          String text = PassageDocuments.fromStored(stored, doc).text();
          texts.add(text);
          definitions.addAll(Acronyms.find(text));
          names.addAll(Acronyms.hanNamesIn(text));
          glosses.addAll(Glosses.in(text));
          for (String title : new LinkedHashSet<>(Titles.namedIn(text))) {
            if (titles.size() < MAX_TITLES || titles.containsKey(title)) {
              titles.merge(title, 1, Integer::sum);
            }
          }
        }
      }
    }
    Set<String> everyday = new java.util.HashSet<>();
    for (String shortForm : java.util.stream.Stream.concat(definitions.stream().map(Acronyms.Definition::shortForm),
        names.stream().map(Acronyms.HanName::shortForm)).distinct().toList()) {
      if (isEveryday(reader, shortForm)) {
        everyday.add(shortForm);
      }
    }
    return Abbreviations.of(definitions.stream().filter(d -> !everyday.contains(d.shortForm())).toList(),
        names.stream().filter(n -> !everyday.contains(n.shortForm())).toList(), glosses, Names.groups());
  }

  /** Bound the lists a library of odd documents could make. */
  private static final int MAX_ABBREVIATIONS = 10_000;
  private static final int MAX_TITLES = 10_000;

  /**
   * A short form in more passages than this share is the library's everyday vocabulary, not a name
   * to look up: "AI" is in 84% of the shipped corpus's passages. Its long form would add no passage
   * worth finding, only weight (held-out g09 lost a rank to passages that write "Artificial
   * Intelligence"). CIFAR, the next most frequent name, is in 2%; R&D in 9%.
   */
  private static final double EVERYDAY_SHARE = 0.2;

  private static boolean isEveryday(DirectoryReader reader, String shortForm) {
    String term = shortForm.toLowerCase(Locale.ROOT);
    long passages = 0;
    try {
      for (String field : new String[] {Fields.TEXT, Fields.TEXT_JA, Fields.TEXT_EN}) {
        passages += reader.docFreq(new Term(field, term));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return passages > EVERYDAY_SHARE * reader.numDocs();
  }

  public static Generation open(Path dir) throws IOException {
    Manifest manifest = Manifest.read(dir);
    DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir));
    try {
      SortedSetDocValuesReaderState state = hasFacets(reader)
          ? new DefaultSortedSetDocValuesReaderState(reader, Facets.config()) : null;
      return new Generation(dir.getFileName().toString(), reader, state, manifest);
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  private static boolean hasFacets(DirectoryReader reader) {
    return reader.leaves().stream().anyMatch(l -> l.reader().getFieldInfos().fieldInfo(
        org.apache.lucene.facet.FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
  }

  public String name() {
    return name;
  }

  /** The analysis, tagging and indexing code that built this generation (Reindexer.analysisVersion). */
  public String analysisVersion() {
    return analysisVersion;
  }

  /** The abbreviations the library's passages define. */
  public Abbreviations abbreviations() {
    return abbreviations;
  }

  /** The titles the library's passages name in 《》. */
  public Titles titles() {
    return titles;
  }

  /** The library's documents by their short titles, for queries that name one. */
  DocumentNames documentNames() {
    return documentNames;
  }

  /** How the library's passages spell their names of letters and a number (Society 5.0, GPT-4). */
  public Spellings spellings() {
    return spellings;
  }

  /** The Chinese words the library writes for Japanese loanwords (コンセンサス: 共识). */
  Loanwords loanwords() {
    return loanwords;
  }

  public IndexSearcher searcher() {
    return searcher;
  }

  /** Null when the generation holds no passages with facets (an empty corpus). */
  public SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  public Map<String, SourceDocument> documents() {
    return documents;
  }

  /** Takes a reference; false when the generation is already closed. */
  boolean acquire() {
    while (true) {
      int n = refs.get();
      if (n <= 0) {
        return false;
      }
      if (refs.compareAndSet(n, n + 1)) {
        return true;
      }
    }
  }

  /** Drops a reference; the last one closes the reader. */
  public void release() throws IOException {
    if (refs.decrementAndGet() == 0) {
      reader.close();
    }
  }

  @Override
  public void close() throws IOException {
    release();
  }
}
