package org.wenxian.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.wenxian.extract.SourceDocument;
import org.wenxian.index.Facets;
import org.wenxian.index.Manifest;

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
  private final AtomicInteger refs = new AtomicInteger(1);

  private Generation(String name, DirectoryReader reader, SortedSetDocValuesReaderState facetState, Manifest manifest) {
    this.name = name;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.searcher.setSimilarity(org.wenxian.index.Fields.similarity());
    this.facetState = facetState;
    Map<String, SourceDocument> docs = new LinkedHashMap<>();
    manifest.documents().forEach(d -> docs.put(d.id(), d));
    this.documents = Map.copyOf(docs);
    this.analysisVersion = manifest.analysisVersion();
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
