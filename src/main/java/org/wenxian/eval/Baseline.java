package org.wenxian.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.wenxian.analysis.Analyzers;
import org.wenxian.passage.Passage;

/**
 * An out-of-the-box Lucene setup over the same passages, for comparison: one text field, one
 * analyzer, the classic query parser (OR, quoted phrases), BM25. Filters use the same passage tags
 * as the service, so only the text matching differs.
 */
final class Baseline implements AutoCloseable {
  static final String OWN_ANALYSIS = "SmartCN after T→S";
  private final String name;
  private final Analyzer analyzer;
  private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final List<Passage> passages;

  Baseline(String name, Analyzer analyzer, List<Passage> passages) throws IOException {
    this.name = name;
    this.analyzer = analyzer;
    this.passages = passages;
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (int i = 0; i < passages.size(); i++) {
        Document doc = new Document();
        doc.add(new StringField("n", String.valueOf(i), Field.Store.YES));
        doc.add(new SortedDocValuesField("id", new BytesRef(passages.get(i).id())));
        doc.add(new TextField("text", passages.get(i).text(), Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    reader = DirectoryReader.open(dir);
    searcher = new IndexSearcher(reader);
  }

  static List<Baseline> standardSet(List<Passage> passages) throws IOException {
    List<Baseline> out = new ArrayList<>();
    out.add(new Baseline("StandardAnalyzer", new StandardAnalyzer(), passages));
    out.add(new Baseline("CJKAnalyzer", new CJKAnalyzer(), passages));
    out.add(new Baseline("SmartCN (raw)", new SmartChineseAnalyzer(), passages));
    // The service's own word analysis (T→S before SmartCN, numbers and names whole) in the same plain
    // setup: what the analysis alone buys, apart from the fields, synonyms and query handling.
    out.add(new Baseline(OWN_ANALYSIS, Analyzers.words(), passages));
    return out;
  }

  String name() {
    return name;
  }

  /** Top texts for the query among passages that pass {@code filter}. */
  List<String> search(String q, Predicate<Passage> filter, int k) throws IOException {
    Query query = parse(q);
    if (query == null) {
      return List.of();
    }
    ScoreDoc[] hits = searcher.search(query, passages.size(),
        new Sort(SortField.FIELD_SCORE, new SortField("id", SortField.Type.STRING))).scoreDocs;
    List<String> out = new ArrayList<>();
    var stored = searcher.storedFields();
    for (ScoreDoc hit : hits) {
      Passage p = passages.get(Integer.parseInt(stored.document(hit.doc).get("n")));
      if (filter.test(p)) {
        out.add(p.text());
        if (out.size() == k) {
          break;
        }
      }
    }
    return out;
  }

  private Query parse(String q) {
    QueryParser parser = new QueryParser("text", analyzer);
    // Escape everything the classic syntax treats specially except the quotes that make phrases.
    String escaped = QueryParser.escape(q).replace("\\\"", "\"");
    if (escaped.chars().filter(c -> c == '"').count() % 2 == 1) {
      escaped = escaped.replace("\"", "");
    }
    try {
      return parser.parse(escaped);
    } catch (ParseException e) {
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
    dir.close();
  }
}
