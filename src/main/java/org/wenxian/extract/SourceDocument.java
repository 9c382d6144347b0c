package org.wenxian.extract;

import java.util.List;

/**
 * A corpus document's bibliographic facts, from its sidecar metadata file, else from the file's own
 * metadata, else from its name.
 *
 * @param id            stable id derived from the corpus-relative path
 * @param path          path relative to the corpus root, '/' separated
 * @param title         title
 * @param issuer        issuing organisation
 * @param author        person or contractor who wrote it, may be null
 * @param date          ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD), may be null
 * @param dateAsPrinted the date as the document prints it, may be null
 * @param place         place of publication, may be null
 * @param language      BCP 47 language tag, e.g. zh-Hant-TW
 * @param type          report, policy, strategy, budget, ...
 * @param url           where the document is published, may be null
 * @param series        series or programme it belongs to, may be null
 * @param countries     ISO 3166-1 alpha-2 codes the document covers
 * @param mediaType     detected media type
 * @param sha256        content hash of the file
 * @param metadataSource "sidecar", "file" or "filename": where the facts came from
 * @param layout        "slides" or "prose" when the sidecar says so, else null (decided from the text)
 * @param issuerCountry ISO 3166-1 alpha-2 code of the issuer's country, whose name "我國" (我国, 我が国)
 *     stands for in the document's text; may be null
 */
public record SourceDocument(
    String id,
    String path,
    String title,
    String issuer,
    String author,
    String date,
    String dateAsPrinted,
    String place,
    String language,
    String type,
    String url,
    String series,
    List<String> countries,
    String mediaType,
    String sha256,
    String metadataSource,
    String layout,
    String issuerCountry) {
  public SourceDocument {
    countries = countries == null ? List.of() : List.copyOf(countries);
  }

  /** A copy with the language set (detected when the metadata did not give one). */
  public SourceDocument withLanguage(String tag) {
    return new SourceDocument(id, path, title, issuer, author, date, dateAsPrinted, place, tag, type, url, series,
        countries, mediaType, sha256, metadataSource, layout, issuerCountry);
  }

  /** The year of publication, or null when the date is unknown. */
  public Integer year() {
    if (date == null || date.length() < 4) {
      return null;
    }
    try {
      return Integer.parseInt(date.substring(0, 4));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
