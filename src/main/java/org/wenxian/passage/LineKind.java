package org.wenxian.passage;

/** What a line of extracted text is, for the purpose of cutting passages. */
enum LineKind {
  HEADING,
  TOC_TITLE,
  TOC_ENTRY,
  CAPTION,
  SOURCE,
  LIST_ITEM,
  BODY,
  NOISE
}
