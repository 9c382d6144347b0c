package org.wenxian.cite;

import java.util.List;

/**
 * Everything needed to cite one passage, and ready-to-paste strings.
 *
 * @param text      the default ready-to-paste citation (GB/T 7714-2015)
 * @param gbt7714   GB/T 7714-2015 reference with the cited page
 * @param apa       APA 7 reference
 * @param apaInText APA 7 in-text citation with the page, e.g. (數位發展部數位產業署, 2024, p. 12)
 * @param pageLabel page number(s) as printed, "12" or "12-13"
 * @param pages     physical pages [first, last]
 * @param link      stable link to the passage in this service
 */
public record Citation(
    String text,
    String gbt7714,
    String apa,
    String apaInText,
    String documentId,
    String title,
    String issuer,
    String author,
    String date,
    String dateAsPrinted,
    String place,
    String language,
    String type,
    String url,
    List<String> headings,
    String pageLabel,
    List<Integer> pages,
    String passageId,
    String quote,
    String link) {}
