package org.wenxian.index;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;
import org.wenxian.passage.Passage;

/** Converts a {@link Passage} to a Lucene document and back. */
public final class PassageDocuments {
  /** The whole passage as JSON: lets an incremental reindex carry it over without re-extracting. */
  public static final String PASSAGE_JSON = "passage_json";

  /** Body text: words with offsets in postings, for the unified highlighter. */
  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  private PassageDocuments() {}

  /**
   * @param languageFamily zh-Hant, zh-Hans, ja or en (see Languages.family): picks the body-text
   *     field, so that each language is analysed by its own chain
   * @param documentDate   the document's date (YYYY, YYYY-MM or YYYY-MM-DD), or null
   * @param titlePage      whether the passage is its document's title page (TitlePage)
   * @param issuerCountry  the ISO code of the issuer's country, or null
   * @param aboutIssuer    whether the document is about its issuer's country only (Tagger.aboutItsIssuer)
   * @param listIntro      the sentence that introduced the list the passage carries on, or null
   * @param noteSubjects   the terms the passage's footnotes are about (NoteSubjects), empty for most
   */
  public static Document toDocument(Passage p, String languageFamily, String documentDate, boolean titlePage,
      String issuerCountry, boolean aboutIssuer, String listIntro, List<String> noteSubjects) throws java.io.IOException {
    Document doc = new Document();
    doc.add(new StringField(Fields.ID, p.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(p.id())));
    doc.add(new StringField(Fields.DOC_ID, p.docId(), Field.Store.YES));
    doc.add(new NumericDocValuesField(Fields.ORDINAL, p.ordinal()));
    doc.add(new NumericDocValuesField(Fields.DOC_DATE, sortableDate(documentDate)));
    doc.add(new SortedDocValuesField(Fields.DOC_PATH_ORDER, new BytesRef(p.docId())));
    doc.add(new Field(Fields.textField(languageFamily), p.text(), TEXT_WITH_OFFSETS));
    doc.add(new TextField(Fields.TEXT_BIGRAMS, p.text(), Field.Store.NO));
    doc.add(new TextField(Fields.LEAD, p.lead(), Field.Store.NO));
    if (listIntro != null) {
      doc.add(new TextField(Fields.INTRO, listIntro, Field.Store.NO));
    }
    doc.add(new TextField(Fields.FIGURES, Fields.figureSentences(p.text()), Field.Store.NO));
    // A note says what the term its mark follows is: it defines it.
    StringBuilder defines = new StringBuilder(Fields.definedSubjects(p.text()));
    for (String subject : noteSubjects) {
      doc.add(new TextField(Fields.NOTE_SUBJECTS, subject, Field.Store.NO));
      defines.append(subject).append(' ').append(Fields.SUBJECT_END).append('\n');
    }
    doc.add(new TextField(Fields.DEFINES, defines.toString(), Field.Store.NO));
    if (Fields.statesQuantity(p.text())) {
      doc.add(new StringField(Fields.STATES_QUANTITY, "quantity", Field.Store.NO));
    }
    if (Fields.inSummary(p.headings())) {
      doc.add(new StringField(Fields.RESTATES, "yes", Field.Store.NO));
    }
    if (titlePage) {
      doc.add(new StringField(Fields.TITLE_PAGE, "yes", Field.Store.NO));
    }
    if (issuerCountry != null) {
      doc.add(new StringField(Fields.ISSUER_COUNTRY, issuerCountry, Field.Store.NO));
      if (aboutIssuer) {
        doc.add(new StringField(Fields.OWN_COUNTRY, issuerCountry, Field.Store.NO));
      }
    }
    if (p.primaryCountry() != null) {
      doc.add(new StringField(Fields.PRIMARY_COUNTRY, p.primaryCountry(), Field.Store.NO));
    }
    for (String theme : p.primaryThemes()) {
      doc.add(new StringField(Fields.PRIMARY_THEME, theme, Field.Store.NO));
    }
    for (Integer year : p.primaryYears()) {
      doc.add(new IntPoint(Fields.PRIMARY_YEAR, year));
    }
    for (String page : printedPages(p.firstPageLabel(), p.lastPageLabel())) {
      doc.add(new StringField(Fields.PRINTED_PAGES, page, Field.Store.NO));
    }
    for (String heading : p.headings()) {
      String number = HeadingNumbers.keyOf(heading);
      if (number != null) {
        doc.add(new StringField(Fields.HEADING_NUMBERS, number, Field.Store.NO));
      }
    }
    List<String> titles = p.headings().stream().map(Fields::headingTitle).toList();
    doc.add(new TextField(Fields.SECTION, titles.isEmpty() ? "" : titles.get(titles.size() - 1), Field.Store.NO));
    String headings = String.join(" ", titles);
    doc.add(new TextField(Fields.HEADINGS, headings, Field.Store.NO));
    String captions = String.join("\n", p.captions());
    doc.add(new TextField(Fields.CAPTIONS, captions, Field.Store.NO));
    doc.add(new TextField(Fields.CAPTIONS_BIGRAMS, captions, Field.Store.NO));
    doc.add(new StoredField(PASSAGE_JSON, Json.GSON.toJson(p)));
    return Facets.build(doc, p, languageFamily);
  }

  /** "2024-05-26" → 20240526, "2024-05" → 20240500, "2019" → 20190000; anything else → 0. */
  static long sortableDate(String date) {
    if (date == null || !date.matches("\\d{4}(-\\d{2}){0,2}")) {
      return 0;
    }
    String[] parts = date.split("-");
    long value = Long.parseLong(parts[0]) * 10_000;
    if (parts.length > 1) {
      value += Long.parseLong(parts[1]) * 100;
    }
    if (parts.length > 2) {
      value += Long.parseLong(parts[2]);
    }
    return value;
  }

  /** The printed page numbers from the first label to the last (12, 13); labels as given when not numbers (iv). */
  static List<String> printedPages(String first, String last) {
    if (first == null || first.isBlank()) {
      return List.of();
    }
    if (first.matches("\\d{1,4}") && last != null && last.matches("\\d{1,4}")) {
      int from = Integer.parseInt(first);
      int to = Math.max(from, Math.min(Integer.parseInt(last), from + 20));
      return java.util.stream.IntStream.rangeClosed(from, to).mapToObj(String::valueOf).toList();
    }
    return last == null || last.equals(first) ? List.of(first) : List.of(first, last);
  }

  public static Passage fromStored(StoredFields stored, int docId) throws java.io.IOException {
    Document doc = stored.document(docId, java.util.Set.of(PASSAGE_JSON));
    return Json.GSON.fromJson(doc.get(PASSAGE_JSON), Passage.class);
  }
}
