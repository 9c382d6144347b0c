package org.wenxian.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.wenxian.analysis.Analyzers;
import org.wenxian.analysis.Languages;
import org.wenxian.enrich.Tagger;
import org.wenxian.enrich.TitlePage;
import org.wenxian.extract.ExtractedDocument;
import org.wenxian.extract.ExtractionException;
import org.wenxian.extract.RunningHeaders;
import org.wenxian.extract.Sidecar;
import org.wenxian.extract.SourceDocument;
import org.wenxian.extract.TikaExtractor;
import org.wenxian.passage.ListIntros;
import org.wenxian.passage.Passage;
import org.wenxian.passage.PassageSplitter;

/**
 * Builds a new index generation from the corpus and publishes it. Incremental by default: a file
 * whose content (and sidecar) hash is unchanged is carried over from the served generation without
 * being extracted again. The served generation is never written.
 */
public final class Reindexer {
  private final Path corpus;
  private final IndexLayout layout;
  private final TikaExtractor extractor;
  private final Tagger tagger;

  public Reindexer(Path corpus, Path index, TikaExtractor extractor, Tagger tagger) {
    this.corpus = corpus.toAbsolutePath().normalize();
    this.layout = new IndexLayout(index);
    this.extractor = extractor;
    this.tagger = tagger;
  }

  /**
   * The version string that, when it changes, forces a full rebuild: analyzers and dictionaries,
   * tagging vocabularies, and the indexing code itself.
   */
  public String analysisVersion() {
    return analysisVersion(tagger);
  }

  /** What {@link #analysisVersion()} is for this build of the code with this tagger. */
  public static String analysisVersion(Tagger tagger) {
    return Analyzers.ANALYSIS_VERSION + "/tagger-" + tagger.version() + "/code-" + IndexingCode.digest();
  }

  public ReindexSummary run(boolean full, ReindexListener listener) {
    long start = System.nanoTime();
    if (!Files.isDirectory(corpus)) {
      return ReindexSummary.of(false, null, false, 0, elapsed(start), "corpus directory not found: " + corpus, List.of());
    }
    try (IndexLayout.ReindexLock lock = layout.lock()) {
      return build(full, listener, start);
    } catch (IOException | RuntimeException e) {
      return ReindexSummary.of(false, currentName(), false, 0, elapsed(start), e.getMessage(), List.of());
    }
  }

  private ReindexSummary build(boolean full, ReindexListener listener, long start) throws IOException {
    Optional<Path> previousGen = layout.current();
    Manifest previous = null;
    if (previousGen.isPresent()) {
      try {
        previous = Manifest.read(previousGen.get());
      } catch (IOException | RuntimeException e) {
        previous = null; // a damaged manifest only costs a full rebuild
      }
    }
    boolean versionChanged = previous != null && !analysisVersion().equals(previous.analysisVersion());
    boolean incremental = !full && previous != null && !versionChanged;

    List<Path> files = listCorpus();
    Map<String, String> fingerprints = new LinkedHashMap<>();
    for (Path file : files) {
      fingerprints.put(relative(file), fingerprint(file));
    }
    if (incremental && fingerprints.equals(previous.fingerprints())) {
      List<FileResult> results = new ArrayList<>();
      for (String path : fingerprints.keySet()) {
        results.add(new FileResult(path, FileResult.Status.UNCHANGED, null, null, passagesOf(previous, path), 0));
      }
      listener.started(0);
      return ReindexSummary.of(false, previousGen.get().getFileName().toString(), true,
          results.stream().mapToInt(FileResult::passages).sum(), elapsed(start), null, results);
    }

    Map<String, SourceDocument> previousDocs = new HashMap<>();
    if (previous != null && !versionChanged) {
      previous.documents().forEach(d -> previousDocs.put(d.path(), d));
    }
    Path gen = layout.newGeneration();
    List<FileResult> results = new ArrayList<>();
    List<SourceDocument> documents = new ArrayList<>();
    Map<String, String> indexedFingerprints = new LinkedHashMap<>();
    Map<String, Integer> passageCounts = new LinkedHashMap<>();
    int passages = 0;
    listener.started(files.size());
    try (Directory dir = FSDirectory.open(gen);
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Fields.analyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE));
        DirectoryReader oldReader = previousGen.isPresent() && !previousDocs.isEmpty()
            ? DirectoryReader.open(FSDirectory.open(previousGen.get())) : null) {
      for (Path file : files) {
        long fileStart = System.nanoTime();
        String path = relative(file);
        String fp = fingerprints.get(path);
        SourceDocument before = previousDocs.get(path);
        String beforeFp = previous == null ? null : previous.fingerprints().get(path);
        FileResult result;
        if (incremental && before != null && fp.equals(beforeFp)) {
          int copied = copy(oldReader, writer, before);
          documents.add(before);
          indexedFingerprints.put(path, fp);
          result = new FileResult(path, FileResult.Status.UNCHANGED, null, null, copied, elapsed(fileStart));
        } else {
          try {
            String id = documentId(path);
            ExtractedDocument extracted = RunningHeaders.strip(extractor.extract(file, path));
            SourceDocument doc = Sidecar.describe(file, id, path, extracted, fp.split(":")[0]);
            extracted = RunningHeaders.withoutRepeatedTitle(extracted, doc.title());
            List<Passage> split = PassageSplitter.split(id, extracted, doc.layout());
            if (doc.language() == null) {
              doc = doc.withLanguage(Languages.detect(sample(split)));
            }
            List<Passage> cut = tagger.tag(doc, split);
            // One atomic block: a file is in the new generation whole or not at all.
            writer.addDocuments(luceneDocuments(doc, cut));
            documents.add(doc);
            indexedFingerprints.put(path, fp);
            FileResult.Status status = before == null ? FileResult.Status.ADDED : FileResult.Status.UPDATED;
            result = new FileResult(path, status, null, null, cut.size(), elapsed(fileStart));
          } catch (ExtractionException e) {
            result = failure(oldReader, writer, before, beforeFp, documents, indexedFingerprints, path,
                e.reason().name(), e.getMessage(), fileStart);
          } catch (IOException | RuntimeException e) {
            result = failure(oldReader, writer, before, beforeFp, documents, indexedFingerprints, path,
                "CORRUPT", String.valueOf(e.getMessage()), fileStart);
          }
        }
        passages += result.passages();
        if (result.passages() > 0) {
          passageCounts.put(path, result.passages());
        }
        results.add(result);
        listener.fileDone(result);
      }
      for (SourceDocument gone : previousDocs.values()) {
        if (!fingerprints.containsKey(gone.path())) {
          FileResult deleted = new FileResult(gone.path(), FileResult.Status.DELETED, null, null, 0, 0);
          results.add(deleted);
          listener.fileDone(deleted);
        }
      }
      if (passages == 0 && results.stream().anyMatch(FileResult::failed)) {
        writer.rollback();
        IndexLayout.deleteTree(gen);
        return ReindexSummary.of(false, currentName(), false, 0, elapsed(start),
            "no file could be indexed; the served index is unchanged", results);
      }
      writer.commit();
    } catch (IOException | RuntimeException e) {
      IndexLayout.deleteTree(gen);
      throw e;
    }
    new Manifest(analysisVersion(), Instant.now().toString(), documents, indexedFingerprints, passageCounts).write(gen);
    layout.publish(gen);
    layout.removeOldGenerations(previousGen);
    return ReindexSummary.of(true, gen.getFileName().toString(), false, passages, elapsed(start), null, results);
  }

  /** A file that fails now but was indexed before keeps its old passages and is reported stale. */
  private FileResult failure(DirectoryReader oldReader, IndexWriter writer, SourceDocument before, String beforeFp,
      List<SourceDocument> documents, Map<String, String> fingerprints, String path, String reason, String message,
      long fileStart) throws IOException {
    if (before != null && oldReader != null) {
      int copied = copy(oldReader, writer, before);
      documents.add(before);
      fingerprints.put(path, beforeFp);
      return new FileResult(path, FileResult.Status.STALE, reason, message, copied, elapsed(fileStart));
    }
    return new FileResult(path, FileResult.Status.FAILED, reason, message, 0, elapsed(fileStart));
  }

  private int copy(DirectoryReader reader, IndexWriter writer, SourceDocument doc) throws IOException {
    if (reader == null) {
      return 0;
    }
    IndexSearcher searcher = new IndexSearcher(reader);
    TermQuery query = new TermQuery(new Term(Fields.DOC_ID, doc.id()));
    int count = Math.max(1, searcher.count(query));
    ScoreDoc[] hits = searcher.search(query, count).scoreDocs;
    var stored = searcher.storedFields();
    List<Passage> passages = new ArrayList<>();
    for (ScoreDoc hit : hits) {
      passages.add(PassageDocuments.fromStored(stored, hit.doc));
    }
    // In document order, as when they were cut: a list's intro comes before its items.
    passages.sort(java.util.Comparator.comparingInt(Passage::ordinal));
    writer.addDocuments(luceneDocuments(doc, passages));
    return hits.length;
  }

  /** A document's passages, in document order, as Lucene documents. */
  private List<org.apache.lucene.document.Document> luceneDocuments(SourceDocument doc, List<Passage> passages)
      throws IOException {
    String family = Languages.family(doc.language());
    String issuer = tagger.issuerCountry(doc);
    boolean aboutIssuer = issuer != null && Tagger.aboutItsIssuer(doc, issuer);
    List<String> intros = ListIntros.of(passages);
    List<List<String>> noteSubjects = org.wenxian.passage.NoteSubjects.of(passages);
    List<org.apache.lucene.document.Document> out = new ArrayList<>(passages.size());
    for (int i = 0; i < passages.size(); i++) {
      Passage p = passages.get(i);
      out.add(PassageDocuments.toDocument(p, family, doc.date(), TitlePage.isTitlePage(p, doc), issuer, aboutIssuer, intros.get(i),
          noteSubjects.get(i)));
    }
    return out;
  }

  /** Enough of a document's text to tell its language. */
  private static String sample(List<Passage> passages) {
    StringBuilder s = new StringBuilder();
    for (Passage p : passages) {
      if (s.length() > 20_000) {
        break;
      }
      s.append(p.text()).append('\n');
    }
    return s.toString();
  }

  private static int passagesOf(Manifest manifest, String path) {
    return manifest.passageCounts().getOrDefault(path, 0);
  }

  /** Every regular file under the corpus except hidden files and sidecars, in path order. */
  private List<Path> listCorpus() throws IOException {
    try (Stream<Path> walk = Files.walk(corpus)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !Sidecar.isSidecar(p))
          .filter(p -> corpus.relativize(p).toString().chars().noneMatch(c -> c == '\0'))
          .filter(p -> !isHidden(corpus.relativize(p)))
          .sorted()
          .toList();
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private String relative(Path file) {
    return corpus.relativize(file).toString().replace('\\', '/');
  }

  /** Document ids are derived from the corpus path, so a citation link survives reindexing. */
  public static String documentId(String relativePath) {
    return "d" + sha256Hex(relativePath.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 10);
  }

  /** The file's SHA-256, plus its sidecar's when there is one: editing metadata reindexes the file. */
  static String fingerprint(Path file) throws IOException {
    String hash = sha256(file);
    Path sidecar = Sidecar.pathFor(file);
    return Files.isRegularFile(sidecar) ? hash + ":" + sha256(sidecar) : hash;
  }

  static String sha256(Path file) throws IOException {
    MessageDigest digest = newDigest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String sha256Hex(byte[] bytes) {
    return HexFormat.of().formatHex(newDigest().digest(bytes));
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }

  private String currentName() {
    try {
      return layout.current().map(p -> p.getFileName().toString()).orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  private static long elapsed(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

}
