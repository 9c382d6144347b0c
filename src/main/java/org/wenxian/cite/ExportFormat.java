package org.wenxian.cite;

import java.util.Locale;
import java.util.Optional;

/** Citation export formats: name in the API, content type and file extension. */
public enum ExportFormat {
  CSL_JSON("csl-json", "application/vnd.citationstyles.csl+json; charset=utf-8", "json"),
  BIBTEX("bibtex", "application/x-bibtex; charset=utf-8", "bib"),
  RIS("ris", "application/x-research-info-systems; charset=utf-8", "ris"),
  GBT7714("gbt7714", "text/plain; charset=utf-8", "txt"),
  APA("apa", "text/plain; charset=utf-8", "txt");

  private final String param;
  private final String contentType;
  private final String extension;

  ExportFormat(String param, String contentType, String extension) {
    this.param = param;
    this.contentType = contentType;
    this.extension = extension;
  }

  public String param() {
    return param;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  public static Optional<ExportFormat> of(String value) {
    String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    for (ExportFormat f : values()) {
      if (f.param.equals(v) || f.name().equalsIgnoreCase(v)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  public static String names() {
    StringBuilder s = new StringBuilder();
    for (ExportFormat f : values()) {
      s.append(s.isEmpty() ? "" : ", ").append(f.param);
    }
    return s.toString();
  }
}
