package org.wenxian.extract;

import java.util.List;

/**
 * What extraction yields for one file: its pages of lines plus the file's own metadata.
 *
 * @param relativePath path relative to the corpus root, with '/' separators
 * @param mediaType    detected media type, e.g. application/pdf
 * @param title        title from the file's metadata, or null
 * @param author       author/creator from the file's metadata, or null
 * @param paged        true when pages are real (PDF); false when the whole file is one page
 */
public record ExtractedDocument(
    String relativePath, String mediaType, String title, String author, boolean paged, List<Page> pages) {
  public ExtractedDocument {
    pages = List.copyOf(pages);
  }
}
