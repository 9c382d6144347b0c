package org.wenxian.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wenxian.TestCorpus;
import org.wenxian.enrich.Tagger;

/** A real server on a free loopback port, called with a real HTTP client. */
class ApiServerTest {
  private static ApiServer server;
  private static String base;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    server = new ApiServer(TestCorpus.shippedIndex(), Tagger.standard());
    int port = server.start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + port;
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void aPortInUseIsAClearErrorNotAnExit() {
    // Spark's default would print a stack trace and end the JVM (the test run with it).
    ApiServer second = new ApiServer(TestCorpus.shippedIndex(), Tagger.standard());
    int port = Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
    IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> second.start("127.0.0.1", port));
    assertTrue(e.getMessage().contains("cannot listen on 127.0.0.1:" + port), e.getMessage());
  }

  static HttpResponse<byte[]> get(String pathAndQuery) throws IOException, InterruptedException {
    return CLIENT.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  static JsonObject json(HttpResponse<byte[]> response) {
    return JsonParser.parseString(new String(response.body(), StandardCharsets.UTF_8)).getAsJsonObject();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static void assertJsonUtf8(HttpResponse<?> response) {
    assertEquals("application/json; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
  }

  @Test
  void searchReturnsTheJsonContract() throws Exception {
    HttpResponse<byte[]> r = get("/api/search?q=" + enc("加拿大 人才") + "&size=3");
    assertEquals(200, r.statusCode());
    assertJsonUtf8(r);
    JsonObject body = json(r);
    assertEquals("加拿大 人才", body.getAsJsonObject("query").get("q").getAsString());
    assertTrue(body.get("total").getAsLong() >= 3);
    assertTrue(body.has("took_ms"));
    JsonArray hits = body.getAsJsonArray("hits");
    assertEquals(3, hits.size());
    JsonObject hit = hits.get(0).getAsJsonObject();
    for (String field : new String[] {"id", "score", "text", "highlight", "document", "location", "citation"}) {
      assertTrue(hit.has(field), "hit lacks " + field);
    }
    JsonObject doc = hit.getAsJsonObject("document");
    for (String field : new String[] {"id", "title", "path", "issuer", "date", "language"}) {
      assertTrue(doc.has(field), "document lacks " + field);
    }
    assertEquals("國際 AI 創新培育模式研究報告", doc.get("title").getAsString());
    assertEquals(2, hit.getAsJsonObject("location").getAsJsonArray("pages").size());
    assertTrue(hit.getAsJsonObject("location").has("headings"));
    assertFalse(hit.getAsJsonObject("citation").get("text").getAsString().isBlank());
    assertTrue(hit.get("highlight").getAsString().contains("<mark>"));
    assertTrue(hit.get("most_words").getAsBoolean(), "the first hit has both words");
    // Raw UTF-8 on the wire, not \\u escapes.
    assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("加拿大"));
  }

  @Test
  void passageAndDocumentsAndHealth() throws Exception {
    JsonObject first = json(get("/api/search?q=" + enc("AI4Good"))).getAsJsonArray("hits").get(0).getAsJsonObject();
    String id = first.get("id").getAsString();
    HttpResponse<byte[]> passage = get("/api/passages/" + id);
    assertEquals(200, passage.statusCode());
    assertJsonUtf8(passage);
    assertEquals(first.get("text").getAsString(), json(passage).get("text").getAsString());
    // Its neighbours in the document, for reading it in context: next's previous is this one.
    String next = json(passage).get("next_id").getAsString();
    assertEquals(id, json(get("/api/passages/" + next)).get("previous_id").getAsString());
    // Walking back reaches the document's first passage, which has none before it.
    String at = id;
    int steps = 0;
    for (var before = json(passage).get("previous_id"); !before.isJsonNull(); steps++) {
      at = before.getAsString();
      before = json(get("/api/passages/" + at)).get("previous_id");
      assertTrue(steps < 300, "no first passage");
    }
    assertTrue(steps > 0 && at.startsWith(id.substring(0, id.indexOf('-'))), at);

    JsonObject docs = json(get("/api/documents"));
    assertEquals(6, docs.get("total").getAsInt());
    JsonObject report = null;
    for (var d : docs.getAsJsonArray("documents")) {
      if (d.getAsJsonObject().get("path").getAsString().equals(TestCorpus.REPORT)) {
        report = d.getAsJsonObject();
      }
    }
    assertEquals("2024-11-15", report.get("date").getAsString());
    assertEquals(200, get("/api/documents/" + report.get("id").getAsString()).statusCode());

    HttpResponse<byte[]> health = get("/api/health");
    assertEquals(200, health.statusCode());
    assertEquals("ok", json(health).get("status").getAsString());
    assertTrue(json(health).get("index_current").getAsBoolean(), "an index this build made is current");
  }

  @ParameterizedTest
  @ValueSource(strings = {"q=", "q=%20%20", "size=10", "q=AI&size=0", "q=AI&size=1000", "q=AI&size=abc", "q=AI&page=0",
      "q=AI&country=XX", "q=AI&year=20x0", "q=AI&year=2020..2010", "q=AI&theme=nope", "q=AI&q=B", "q=AI&doc=nope",
      "doc=..%2F..%2Fetc%2Fpasswd", "q=AI&sort=oldest"})
  void badParametersAre400WithTheParameterNamed(String query) throws Exception {
    HttpResponse<byte[]> r = get("/api/search?" + query);
    assertEquals(400, r.statusCode());
    assertJsonUtf8(r);
    JsonObject error = json(r).getAsJsonObject("error");
    assertEquals("bad_request", error.get("code").getAsString());
    assertNotNull(error.get("param").getAsString());
    assertFalse(error.get("message").getAsString().isBlank());
    assertFalse(new String(r.body(), StandardCharsets.UTF_8).contains("Exception"));
  }

  @Test
  void aQueryOfTheMaximumLengthIsServed() throws Exception {
    String q = "加拿大 AI 人才培育政策「泛加拿大 AI 戰略」與全球 AI 創新聚落計畫，CIFAR 與 Vector Institute。".repeat(10).substring(0, 500);
    HttpResponse<byte[]> r = get("/api/search?q=" + enc(q));
    assertEquals(200, r.statusCode());
  }

  /**
   * Words with Taiwan/mainland synonyms become several clauses each: 500 characters of them went past
   * Lucene's 1,024-clause limit and were refused. The query is now searched by its first words.
   */
  @Test
  void aMaximumLengthQueryOfSynonymWordsIsServed() throws Exception {
    StringBuilder q = new StringBuilder();
    try (var lines = java.nio.file.Files.lines(java.nio.file.Path.of("src/main/resources/wenxian/synonyms.txt"))) {
      for (String line : (Iterable<String>) lines::iterator) {
        if (!line.isBlank() && !line.startsWith("#") && q.length() < 500) {
          q.append(line.split(",")[0].strip()).append(' ');
        }
      }
    }
    HttpResponse<byte[]> r = get("/api/search?q=" + enc(q.substring(0, 500)));
    assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
    assertTrue(json(r).get("total").getAsLong() > 0);
  }

  /**
   * Text pasted from a web page or a PDF brings invisible characters: a zero-width space inside a
   * word must not cut it in two (SmartCN read it as a word of its own, and 人工智慧 found 18 passages
   * instead of 320), and a query of control characters alone has no words to search.
   */
  @Test
  void invisibleCharactersInAPastedQueryAreNotWords() throws Exception {
    JsonObject typed = json(get("/api/search?q=" + enc("人工智慧")));
    for (String pasted : List.of("人工\u200b智慧", "\ufeff人工智慧", "人工\u00ad智慧", "人工智慧\u0007")) {
      HttpResponse<byte[]> r = get("/api/search?q=" + enc(pasted));
      assertEquals(200, r.statusCode());
      assertEquals(typed.get("total"), json(r).get("total"), pasted);
      assertEquals(typed.getAsJsonArray("hits").get(0).getAsJsonObject().get("id"),
          json(r).getAsJsonArray("hits").get(0).getAsJsonObject().get("id"), pasted);
    }
    HttpResponse<byte[]> controls = get("/api/search?q=" + enc("\u0001\u0002"));
    assertEquals(400, controls.statusCode());
    assertEquals("q", json(controls).getAsJsonObject("error").get("param").getAsString());
  }

  @Test
  void oversizedQueryIs400() throws Exception {
    HttpResponse<byte[]> r = get("/api/search?q=" + enc("人才".repeat(400)));
    assertEquals(400, r.statusCode());
    assertEquals("q", json(r).getAsJsonObject("error").get("param").getAsString());
  }

  @Test
  void unknownIdsAre404() throws Exception {
    HttpResponse<byte[]> r = get("/api/passages/no-such-passage");
    assertEquals(404, r.statusCode());
    assertJsonUtf8(r);
    assertEquals("not_found", json(r).getAsJsonObject("error").get("code").getAsString());
    assertEquals(404, get("/api/documents/nope").statusCode());
    HttpResponse<byte[]> route = get("/api/nothing-here");
    assertEquals(404, route.statusCode());
    assertJsonUtf8(route);
  }

  /** A request sent as written, for what an HTTP client library refuses to send (%ZZ). */
  static RawResponse rawGet(String pathAndQuery) throws IOException {
    URI uri = URI.create(base);
    try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
      socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + uri.getHost()
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int headersEnd = response.indexOf("\r\n\r\n");
      String head = response.substring(0, headersEnd);
      String contentType = head.lines().filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("");
      return new RawResponse(Integer.parseInt(head.split(" ")[1]), contentType, response.substring(headersEnd + 4));
    }
  }

  record RawResponse(int status, String contentType, String body) {
    JsonObject error() {
      return JsonParser.parseString(body).getAsJsonObject().getAsJsonObject("error");
    }
  }

  /** A malformed %-escape, or bytes that are not UTF-8, is a 400 in JSON that names the parameter. */
  @ParameterizedTest
  @ValueSource(strings = {"/api/search?q=%ZZ|q", "/api/search?q=%E3%81|q", "/api/search?q=%E3%81%41|q",
      "/api/search?q=%E4%BA%BA%E6%89%8D&country=%C3|country", "/api/passages/d993a599317-bf644234fb/cite?format=%|format",
      "/api/passages/%E3%81x|", "/api/passages/%ZZ|"})
  void malformedEncodingIsA400InJson(String requestAndParam) throws Exception {
    String[] parts = requestAndParam.split("\\|", -1);
    RawResponse r = rawGet(parts[0]);
    assertEquals(400, r.status(), r.body());
    assertEquals(ApiServer.JSON, r.contentType());
    assertEquals("bad_request", r.error().get("code").getAsString());
    if (!parts[1].isEmpty()) {
      assertEquals(parts[1], r.error().get("param").getAsString());
    }
  }

  @Test
  void aUriTooLongForTheServerIsAnErrorInJson() throws Exception {
    RawResponse r = rawGet("/api/search?q=" + "a".repeat(20_000));
    assertEquals(414, r.status());
    assertEquals(ApiServer.JSON, r.contentType());
    assertEquals("bad_request", r.error().get("code").getAsString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"%22", "%EF%BC%9F", "%5C", "AND%20OR", "%E3%80%8C", "%F0%9F%98%80", "a%22b%22c%22",
      "-", "--", "-%22%22", "NOT", "NOT%20-", "-%E3%80%8C%E3%80%8D", "%22-%22", "%E4%BA%BA%E6%89%8D%20-%20-", "-%22a"})
  void noQueryStringCausesA500(String q) throws Exception {
    HttpResponse<byte[]> r = get("/api/search?q=" + q);
    assertTrue(r.statusCode() == 200 || r.statusCode() == 400, "status " + r.statusCode() + " for " + q);
    assertJsonUtf8(r);
  }

  @Test
  void onePassageExportsInEveryFormatWithTypeAndFileName() throws Exception {
    String id = json(get("/api/search?q=" + enc("AI4Good"))).getAsJsonArray("hits").get(0).getAsJsonObject().get("id").getAsString();
    String[][] formats = {
      {"csl-json", "application/vnd.citationstyles.csl+json"}, {"bibtex", "application/x-bibtex"},
      {"ris", "application/x-research-info-systems"}, {"gbt7714", "text/plain"}, {"apa", "text/plain"}};
    for (String[] f : formats) {
      HttpResponse<byte[]> r = get("/api/passages/" + id + "/cite?format=" + f[0]);
      assertEquals(200, r.statusCode(), f[0]);
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(f[1]), f[0]);
      assertTrue(r.headers().firstValue("Content-Type").orElse("").toLowerCase().contains("charset=utf-8"), f[0]);
      assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("filename=\"" + id + "." + f[0]), f[0]);
      assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("國際 AI 創新培育模式研究報告"), f[0]);
    }
    assertEquals("數位發展部數位產業署. 國際 AI 創新培育模式研究報告[R]. 臺北: 數位發展部數位產業署, 2024: 12.\n",
        new String(get("/api/passages/" + id + "/cite?format=gbt7714").body(), StandardCharsets.UTF_8));
    assertEquals(400, get("/api/passages/" + id + "/cite?format=word").statusCode());
    assertEquals(404, get("/api/passages/nope/cite?format=ris").statusCode());
  }

  @Test
  void aResultListExportsOneReferencePerDocument() throws Exception {
    HttpResponse<byte[]> r = get("/api/cite?q=" + enc("人才") + "&country=CA&format=ris");
    assertEquals(200, r.statusCode());
    String ris = new String(r.body(), StandardCharsets.UTF_8);
    // Many passages of two documents: the report, and the Canadian budget, which 人才 finds as talent.
    assertEquals(2, ris.split("ER  - ", -1).length - 1, "deduplicated by document:\n" + ris);
    assertTrue(ris.contains("TI  - 國際 AI 創新培育模式研究報告"), ris);
    assertTrue(ris.contains("TI  - Budget 2024"), ris);
    assertEquals(400, get("/api/cite?format=ris").statusCode());
  }

  @Test
  void adminRoutesAre404WithoutAConfiguredToken() throws Exception {
    HttpResponse<byte[]> r = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/reindex"))
        .header("Authorization", "Bearer anything").POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(404, r.statusCode());
    assertJsonUtf8(r);
    // Nor does the wrong method reveal them: 404, not 405.
    assertEquals(404, get("/api/admin/reindex").statusCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST|/api/search?q=CIFAR", "DELETE|/api/passages/d993a599317-bf644234fb", "PUT|/api/health"})
  void aKnownPathWithTheWrongMethodIs405WithAllow(String methodAndPath) throws Exception {
    String[] parts = methodAndPath.split("\\|");
    HttpResponse<byte[]> r = CLIENT.send(HttpRequest.newBuilder(URI.create(base + parts[1]))
        .method(parts[0], HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(405, r.statusCode());
    assertJsonUtf8(r);
    assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElse(""));
    assertEquals("method_not_allowed", json(r).getAsJsonObject("error").get("code").getAsString());
  }

  /** What a query's limits leave unsearched is in its echo, not silently dropped. */
  @Test
  void whatTheQuerysLimitsLeaveOutIsReported() throws Exception {
    assertEquals(List.of(), notSearched("數位素養 IPA"));

    // 44 words: the search stops at the 40th, and says which words it did not search.
    String words = "日本 加拿大 中國 人才 培育 政策 研究 大學 企業 產業 計畫 策略 預算 投資 創新 技術 數位 素養 教育 課程 "
        + "學生 教師 研究員 博士 碩士 學位 獎學金 補助 基金 機構 實驗室 中心 平台 資料 運算 雲端 晶片 半導體 機器人 自動駕駛 "
        + "醫療 金融 農業 製造";
    assertSearchedUpTo(words, "加拿大", "農業 製造");

    // The cut falls between words as typed: a name SmartCN does not know (倪匡明, three single
    // characters to it) that straddles the 40th word is left out whole, not searched by its 倪.
    // 39 words to the analyzer, whose 40th is the 倪 of 倪匡明 or the first word of the title.
    String nearTheLimit = "加拿大 日本 中國 人才 培育 政策 研究 大學 企業 產業 政府 計畫 技術 創新 發展 數位 教育 學校 學生 "
        + "教師 課程 資料 平台 經濟 社會 國家 國際 合作 投資 預算 機構 中心 實驗室 專家 學者 科學 工程";
    assertEquals(List.of("倪匡明 製造"), notSearched(nearTheLimit + " 倪匡明 製造"));
    assertEquals(List.of("泛加拿大 AI 戰略 製造"), notSearched(nearTheLimit + " 《泛加拿大 AI 戰略》 製造"));

    // Names whose other forms make more clauses than the search takes: searched by as many of their
    // first words as fit (20 of 30, before the search bisected between 20 and 40).
    String names = "Pan-Canadian Artificial Intelligence Strategy 2022 Amii Mila Vector Institute CIFAR Canadian "
        + "Institute for Advanced Research AI Bridging Cloud Infrastructure ABCI Global AI Innovation Cluster Program "
        + "New Generation Artificial Intelligence Development Plan";
    assertSearchedUpTo(names, "Generation", "Plan");

    // Japanese: its hiragana, single characters to SmartCN and left out of the word fields, are not
    // counted as words. Counted, they had this sentence searched by its first half, to 見直し.
    String japanese = "また、デジタル人材の育成・確保も重要である。学びの指針となるデジタルスキル標準など、様々な人材育成策が"
        + "掲げられてきたが、AI、特に生成 AI の登場を踏まえた必要な見直しを行うべきである。スタートアップ創出に向けた"
        + "事業環境整備や、計算資源等のインフラの高度化とともに、AI利活用の推進と研究開発力の強化を一体的に官民で推進する"
        + "必要がある。";
    String japanesePast = String.join(" ", notSearched(japanese));
    assertFalse(japanesePast.contains("スタートアップ"), japanesePast);

    // A fifth quoted phrase is searched as words, not dropped: 齊藤裕's passage is the first hit.
    JsonObject fifth = json(get("/api/search?size=1&q=" + enc("\"數位\" \"素養\" \"人才\" \"培育\" \"齊藤裕\"")));
    assertEquals(List.of("齊藤裕"), strings(fifth.getAsJsonObject("query").getAsJsonArray("phrases_searched_as_words")));
    assertTrue(fifth.getAsJsonArray("hits").get(0).getAsJsonObject().get("text").getAsString().contains("齊藤裕"));

    // Words to leave out past the tenth are ignored, and listed.
    StringBuilder leaveOut = new StringBuilder("人才");
    for (int i = 0; i < 12; i++) {
      leaveOut.append(" -x").append(i);
    }
    assertEquals(List.of("-x10", "-x11"), notSearched(leaveOut.toString()));

    // And a quoted phrase past 40 characters: its words past the cut.
    String longPhrase = "在培育與時俱進的數位人才方面，IPA 的齊藤裕理事長提及數位素養的基本定義是「具備數位工具的使用能力」";
    JsonObject quoted = json(get("/api/search?size=1&q=" + enc("\"" + longPhrase + "\"")));
    List<String> tail = strings(quoted.getAsJsonObject("query").getAsJsonArray("not_searched"));
    assertEquals(1, tail.size(), tail.toString());
    assertTrue(longPhrase.endsWith(tail.get(0)), tail.toString());
    assertTrue(quoted.get("total").getAsLong() > 0);
  }

  @Test
  void theLibrarysAbbreviationsAreListedAndEchoedWithTheQuery() throws Exception {
    HttpResponse<byte[]> r = get("/api/abbreviations");
    assertEquals(200, r.statusCode());
    assertJsonUtf8(r);
    JsonObject body = json(r);
    JsonArray list = body.getAsJsonArray("abbreviations");
    assertEquals(body.get("total").getAsInt(), list.size());
    boolean cifar = false;
    for (var e : list) {
      JsonObject d = e.getAsJsonObject();
      cifar |= d.get("short").getAsString().equals("CIFAR")
          && d.get("long").getAsString().equals("Canadian Institute for Advanced Research");
      assertFalse(d.get("short").getAsString().equals("AI"), "AI is everyday vocabulary, not expanded");
    }
    assertTrue(cifar, list.toString());
    // The names list's lines: one thing's names across languages.
    boolean consensus = false;
    for (var names : body.getAsJsonArray("names")) {
      String line = names.toString();
      consensus |= line.contains("\"北京共識\"") && line.contains("\"Beijing Consensus\"");
    }
    assertTrue(consensus, body.getAsJsonArray("names").toString());
    JsonArray named = json(get("/api/search?size=1&q=" + enc("Beijing Consensus")))
        .getAsJsonObject("query").getAsJsonArray("abbreviations");
    assertTrue(named.toString().contains("北京共識"), named.toString());
    // The English names the report gives its Chinese ones, which an English query also searches.
    assertTrue(body.getAsJsonArray("glosses").toString()
        .contains("{\"chinese\":\"全球 AI 創新聚落計畫\",\"english\":\"Global Innovation Clusters\"}"),
        body.getAsJsonArray("glosses").toString());
    JsonArray glossed = json(get("/api/search?size=1&q=" + enc("Global Innovation Clusters")))
        .getAsJsonObject("query").getAsJsonArray("abbreviations");
    assertTrue(glossed.toString().contains("全球 AI 創新聚落計畫"), glossed.toString());

    // A search says which forms it also looked for; "of" may be left out of a long form.
    JsonObject search = json(get("/api/search?size=1&q=" + enc("Standards Council Canada 標準")));
    JsonArray expanded = search.getAsJsonObject("query").getAsJsonArray("abbreviations");
    assertEquals(1, expanded.size(), expanded.toString());
    assertEquals("Standards Council Canada", expanded.get(0).getAsJsonObject().get("form").getAsString());
    assertEquals("[\"Standards Council of Canada\",\"SCC\"]",
        expanded.get(0).getAsJsonObject().getAsJsonArray("also").toString());
    // A form typed twice is listed once, as the synonyms are.
    JsonArray twice = json(get("/api/search?size=1&q=" + enc("IPA 數位素養 IPA")))
        .getAsJsonObject("query").getAsJsonArray("abbreviations");
    assertEquals(1, twice.toString().split("\"form\":\"IPA\"", -1).length - 1, twice.toString());
    JsonObject plain = json(get("/api/search?size=1&q=" + enc("加拿大 人才")));
    assertEquals(0, plain.getAsJsonObject("query").getAsJsonArray("abbreviations").size());
  }

  /**
   * A search says which of its words the synonym list expanded, as typed, and to what: the longest
   * entry that matched (人才培育, not its 人才), a spaced form as typed, and nothing for the words it
   * leaves out or for a query the list does not touch.
   */
  @Test
  void theSynonymsAQueryIsExpandedWithAreEchoed() throws Exception {
    JsonObject search = json(get("/api/search?size=1&q=" + enc("人工智慧人才培育 數位 轉型")));
    JsonArray synonyms = search.getAsJsonObject("query").getAsJsonArray("synonyms");
    assertEquals(3, synonyms.size(), synonyms.toString());
    JsonObject ai = synonyms.get(0).getAsJsonObject();
    assertEquals("人工智慧", ai.get("form").getAsString());
    String also = ai.getAsJsonArray("also").toString();
    assertTrue(also.contains("\"人工智能\"") && also.contains("\"AI\"") && !also.contains("\"人工智慧\""), also);
    assertEquals("人才培育", synonyms.get(1).getAsJsonObject().get("form").getAsString());
    assertEquals("[\"人才培养\",\"人材育成\"]", synonyms.get(1).getAsJsonObject().getAsJsonArray("also").toString());
    assertEquals("數位 轉型", synonyms.get(2).getAsJsonObject().get("form").getAsString());
    assertTrue(search.get("total").getAsLong() > 0);

    JsonArray leftOut = json(get("/api/search?size=1&q=" + enc("加拿大 -人工智慧")))
        .getAsJsonObject("query").getAsJsonArray("synonyms");
    assertEquals("[\"加拿大\"]", forms(leftOut), leftOut.toString());
    JsonArray none = json(get("/api/search?size=1&q=" + enc("Vector Institute")))
        .getAsJsonObject("query").getAsJsonArray("synonyms");
    assertEquals(0, none.size(), none.toString());
  }

  /** A question asking what something is says so, and its defining passage comes first. */
  @Test
  void theTermAQuestionAsksToBeDefinedIsEchoed() throws Exception {
    JsonObject search = json(get("/api/search?size=1&q=" + enc("IT 護照是什麼？")));
    assertEquals("IT 護照", search.getAsJsonObject("query").get("definition_of").getAsString());
    String first = search.getAsJsonArray("hits").get(0).getAsJsonObject().get("text").getAsString();
    assertTrue(first.contains("IT 護照檢定是一項全國性考試"), first);
    for (String other : List.of("IT 護照", "《加拿大 AI 主席計畫》的目的是什麼？")) {
      JsonObject query = json(get("/api/search?size=1&q=" + enc(other))).getAsJsonObject("query");
      assertTrue(query.has("definition_of") && query.get("definition_of").isJsonNull(), other + " → " + query);
    }
  }

  /** The query's one run of words not searched ends with {@code notSearchedEnd}, and leaves {@code searched} searched. */
  private static void assertSearchedUpTo(String q, String searched, String notSearchedEnd) throws Exception {
    List<String> past = notSearched(q);
    assertEquals(1, past.size(), past.toString());
    assertTrue(past.get(0).endsWith(notSearchedEnd), past.toString());
    assertFalse(past.get(0).contains(searched), past.toString());
  }

  private static List<String> notSearched(String q) throws Exception {
    return strings(json(get("/api/search?size=1&q=" + enc(q))).getAsJsonObject("query").getAsJsonArray("not_searched"));
  }

  private static List<String> strings(JsonArray array) {
    List<String> out = new java.util.ArrayList<>();
    array.forEach(e -> out.add(e.getAsString()));
    return out;
  }

  private static String forms(JsonArray expansions) {
    JsonArray forms = new JsonArray();
    expansions.forEach(e -> forms.add(e.getAsJsonObject().get("form")));
    return forms.toString();
  }

  /** A search says which titles it read the query with, as the library writes them. */
  @Test
  void theTitlesAQueryIsReadWithAreEchoed() throws Exception {
    JsonObject mainland = json(get("/api/search?size=1&q=" + enc("新一代人工智能发展规划怎样推动智能经济？")));
    assertEquals("[\"新一代 AI 發展規劃\"]", mainland.getAsJsonObject("query").getAsJsonArray("titles").toString());
    JsonObject bracketed = json(get("/api/search?size=1&q=" + enc("《全球 AI 創新聚落計畫》 中小企業")));
    assertEquals("[\"全球 AI 創新聚落計畫\"]", bracketed.getAsJsonObject("query").getAsJsonArray("titles").toString());
    JsonObject plain = json(get("/api/search?size=1&q=" + enc("加拿大 人才")));
    assertEquals(0, plain.getAsJsonObject("query").getAsJsonArray("titles").size());
  }

  /** "Society5.0" is searched as the passages spell it, and the response says so. */
  @Test
  void aNameSpelledAsNoPassageSpellsItIsSearchedAsTheLibrarySpellsIt() throws Exception {
    JsonObject joined = json(get("/api/search?size=3&q=" + enc("Society5.0")));
    assertEquals("[{\"form\":\"Society5.0\",\"as\":\"Society 5.0\"}]",
        joined.getAsJsonObject("query").getAsJsonArray("respelled").toString());
    assertEquals("Society5.0", joined.getAsJsonObject("query").get("q").getAsString());
    for (var h : joined.getAsJsonArray("hits")) {
      String highlight = h.getAsJsonObject().get("highlight").getAsString();
      assertTrue(highlight.contains("<mark>Society") && highlight.contains("5.0</mark>"), highlight);
    }
    JsonObject spaced = json(get("/api/search?size=3&q=" + enc("Society 5.0")));
    assertEquals(0, spaced.getAsJsonObject("query").getAsJsonArray("respelled").size());
    assertEquals(spaced.get("total"), joined.get("total"));
  }

  /**
   * A Latin word no passage holds gets the closest word the library does hold, in the case typed;
   * the query is still searched as typed. Words the library holds, in any number, get nothing.
   */
  @Test
  void aMistypedNameGetsADidYouMean() throws Exception {
    JsonObject cifar = json(get("/api/search?q=" + enc("CIFARR 人才")));
    assertEquals("CIFAR 人才", cifar.getAsJsonObject("query").get("did_you_mean").getAsString());
    assertEquals("CIFARR 人才", cifar.getAsJsonObject("query").get("q").getAsString());
    // 人才 found passages: they are the hits, and the suggestion is only offered.
    assertTrue(cifar.getAsJsonObject("query").get("searched_as").isJsonNull());
    // Alone, the mistyped name found nothing: the hits are the suggestion's, and the response says so.
    JsonObject alone = json(get("/api/search?size=1&q=" + enc("CIFARR")));
    assertEquals("CIFARR", alone.getAsJsonObject("query").get("q").getAsString());
    assertEquals("CIFAR", alone.getAsJsonObject("query").get("searched_as").getAsString());
    assertTrue(alone.getAsJsonArray("hits").get(0).getAsJsonObject().get("text").getAsString().contains("CIFAR"));
    assertEquals(0, json(get("/api/search?q=" + enc("xyzzy"))).get("total").getAsLong());
    assertEquals("Vector Institute 多倫多",
        json(get("/api/search?q=" + enc("Vector Instiute 多倫多"))).getAsJsonObject("query").get("did_you_mean").getAsString());
    assertEquals("Geoffrey Hinton",
        json(get("/api/search?q=" + enc("Geofrey Hinton"))).getAsJsonObject("query").get("did_you_mean").getAsString());
    // Two letters swapped is read before another word one letter away (the English strategy's MLIT).
    assertEquals("Mila 人才",
        json(get("/api/search?q=" + enc("Mlia 人才"))).getAsJsonObject("query").get("did_you_mean").getAsString());
    for (String known : new String[] {"Vector Institute", "Research Development innovation indicators", "加拿大 人才",
        "participants", "-CIFARR 人才"}) {
      assertTrue(json(get("/api/search?q=" + enc(known))).getAsJsonObject("query").get("did_you_mean").isJsonNull(), known);
    }
  }

  /**
   * A quoted phrase must occur as written. When nothing matches, the response says whether the
   * library lacks the phrase itself (a Japanese name in 「」 the report writes in Chinese), which
   * is then searched as words, or the filters left nothing, which stays empty.
   */
  @Test
  void aQuotedPhraseTheLibraryLacksIsSearchedAsWords() throws Exception {
    JsonObject missing = json(get("/api/search?size=3&q=" + enc("自民党の「新時代の国家AI戦略」の5つの提言は何ですか？")));
    assertEquals("[\"新時代の国家AI戦略\"]", missing.getAsJsonObject("query").getAsJsonArray("phrases_not_found").toString());
    assertEquals("[\"新時代の国家AI戦略\"]",
        missing.getAsJsonObject("query").getAsJsonArray("phrases_searched_as_words").toString());
    assertTrue(missing.get("total").getAsLong() > 0);
    String first = missing.getAsJsonArray("hits").get(0).getAsJsonObject().get("text").getAsString();
    assertTrue(first.contains("新時代的國家 AI 策略》，主要提出五項策略建議"), first);
    // The result list's references are those of the same search.
    String ris = new String(get("/api/cite?format=ris&q=" + enc("自民党の「新時代の国家AI戦略」の5つの提言は何ですか？")).body(),
        StandardCharsets.UTF_8);
    assertTrue(ris.contains("TI  - 國際 AI 創新培育模式研究報告"), ris);

    JsonObject filtered = json(get("/api/search?country=CA&q=" + enc("\"齊藤裕\"")));
    assertEquals(0, filtered.get("total").getAsLong());
    assertEquals(0, filtered.getAsJsonObject("query").getAsJsonArray("phrases_not_found").size());
    assertEquals(0, filtered.getAsJsonObject("query").getAsJsonArray("phrases_searched_as_words").size());

    // Of two quoted phrases, the one the library holds still must occur.
    JsonObject oneOfTwo = json(get("/api/search?size=50&q=" + enc("\"數位素養\" \"數位素養的國家戰略綱領\"")));
    assertEquals("[\"數位素養的國家戰略綱領\"]",
        oneOfTwo.getAsJsonObject("query").getAsJsonArray("phrases_searched_as_words").toString());
    assertTrue(oneOfTwo.get("total").getAsLong() > 0);
    for (var h : oneOfTwo.getAsJsonArray("hits")) {
      JsonObject hit = h.getAsJsonObject();
      String where = hit.get("text") + " " + hit.getAsJsonObject("location").get("headings") + " " + hit.get("captions");
      assertTrue(where.contains("數位素養"), where);
    }

    JsonObject found = json(get("/api/search?size=1&q=" + enc("\"數位素養\" IPA")));
    assertTrue(found.get("total").getAsLong() > 0);
    assertEquals(0, found.getAsJsonObject("query").getAsJsonArray("phrases_not_found").size());
    assertEquals(0, found.getAsJsonObject("query").getAsJsonArray("phrases_searched_as_words").size());
  }

  /**
   * Words that name a document by its short title search that document for the other words: the
   * budget's passage on CANARIE, which does not say "Budget 2024", comes first (without the reading
   * it was not in the first 10), and the response says which document the words were read as.
   * The report's title words (AI, 創新) in a query do not name the report: two of seven.
   */
  @Test
  void wordsThatNameADocumentSearchThatDocument() throws Exception {
    JsonObject r = json(get("/api/search?size=1&q=" + enc("Budget 2024 CANARIE")));
    var named = r.getAsJsonObject("query").getAsJsonArray("documents_named");
    assertEquals(1, named.size(), named.toString());
    assertEquals("Budget 2024", named.get(0).getAsJsonObject().get("form").getAsString());
    assertTrue(named.get(0).getAsJsonObject().get("title").getAsString().startsWith("Budget 2024: Fairness"));
    String first = r.getAsJsonArray("hits").get(0).getAsJsonObject().get("text").getAsString();
    assertTrue(first.contains("to CANARIE") && !first.contains("Budget 2024"), first);
    JsonObject report = json(get("/api/search?size=1&q=" + enc("AI 創新 聚落")));
    assertEquals(0, report.getAsJsonObject("query").getAsJsonArray("documents_named").size());
    // A name read as the document's is not searched, so its words' other forms are not reported as searched.
    JsonObject titled = json(get("/api/search?size=1&q=" + enc("國際 AI 創新培育模式研究報告 加拿大")));
    assertEquals(1, titled.getAsJsonObject("query").getAsJsonArray("documents_named").size());
    assertEquals(0, titled.getAsJsonObject("query").getAsJsonArray("abbreviations").size(),
        titled.getAsJsonObject("query").toString());
  }

  /**
   * A Chinese title that the English strategy's title says is met by that document's passages, and
   * the response names the document; a title no English document's says names none.
   */
  @Test
  void theResponseNamesTheEnglishDocumentATitleIs() throws Exception {
    JsonObject r = json(get("/api/search?size=3&q=" + enc("日本 AI 戰略中的包容技術是什麼？")));
    var titled = r.getAsJsonObject("query").getAsJsonArray("documents_titled");
    assertEquals(1, titled.size(), titled.toString());
    assertEquals("日本 AI 戰略", titled.get(0).getAsJsonObject().get("form").getAsString());
    assertTrue(titled.get(0).getAsJsonObject().get("title").getAsString().startsWith("AI Strategy 2019"), titled.toString());
    JsonObject pan = json(get("/api/search?size=1&q=" + enc("泛加拿大 AI 戰略 人才")));
    assertEquals(0, pan.getAsJsonObject("query").getAsJsonArray("documents_titled").size());
    assertTrue(pan.getAsJsonObject("query").getAsJsonArray("titles").size() > 0, pan.getAsJsonObject("query").toString());
  }

  @Test
  void aDocFilterNarrowsTheSearchToOneDocumentByIdOrPath() throws Exception {
    String proposal = "sources/cn/中共中央关于制定十四五规划和二〇三五年远景目标的建议-2020.txt";
    JsonObject byPath = json(get("/api/search?size=100&q=" + enc("人才") + "&doc=" + enc(proposal)));
    assertTrue(byPath.get("total").getAsLong() > 0);
    String id = null;
    for (var h : byPath.getAsJsonArray("hits")) {
      JsonObject doc = h.getAsJsonObject().getAsJsonObject("document");
      assertEquals(proposal, doc.get("path").getAsString());
      id = doc.get("id").getAsString();
    }
    assertEquals(byPath.get("total"), json(get("/api/search?size=100&q=" + enc("人才") + "&doc=" + id)).get("total"));
    // The doc facet counts every document, as if no doc were filtered (multi-select), labelled by title.
    JsonArray docs = byPath.getAsJsonObject("facets").getAsJsonArray("doc");
    assertTrue(docs.size() >= 2, docs.toString());
    boolean labelled = false;
    for (var d : docs) {
      labelled |= d.getAsJsonObject().get("label").getAsString().equals("國際 AI 創新培育模式研究報告");
    }
    assertTrue(labelled, docs.toString());
    // A doc filter alone lists the document's passages in order.
    JsonObject listing = json(get("/api/search?size=3&doc=" + id));
    assertEquals(3, listing.getAsJsonArray("hits").size());
  }

  @Test
  void newestFirstOrdersHitsByTheirDocumentsDate() throws Exception {
    JsonObject body = json(get("/api/search?size=100&sort=newest&q=OECD"));
    assertEquals("newest", body.getAsJsonObject("query").get("sort").getAsString());
    String previous = "9999";
    java.util.Set<String> documents = new java.util.HashSet<>();
    for (var h : body.getAsJsonArray("hits")) {
      JsonObject doc = h.getAsJsonObject().getAsJsonObject("document");
      String date = doc.get("date").isJsonNull() ? "" : doc.get("date").getAsString();
      assertTrue(date.compareTo(previous) <= 0, date + " after " + previous);
      previous = date;
      documents.add(doc.get("id").getAsString());
    }
    assertTrue(documents.size() >= 3, "hits from several documents: " + documents);
    assertEquals(json(get("/api/search?size=100&q=OECD")).get("total"), body.get("total"));
  }

  @Test
  void similarPassagesFindTheSourceAReportPassageDescribes() throws Exception {
    JsonObject found = json(get("/api/search?size=1&q=" + enc("十四五規劃 戰略性新興產業")));
    String id = found.getAsJsonArray("hits").get(0).getAsJsonObject().get("id").getAsString();
    HttpResponse<byte[]> r = get("/api/passages/" + id + "/similar?size=10");
    assertEquals(200, r.statusCode());
    assertJsonUtf8(r);
    JsonArray hits = json(r).getAsJsonArray("hits");
    assertEquals(10, hits.size());
    for (var h : hits) {
      assertFalse(h.getAsJsonObject().get("id").getAsString().equals(id), "the passage itself is left out");
    }
    // Within the Simplified documents: the proposal for the 14th five-year plan, which the report describes.
    JsonArray simplified = json(get("/api/passages/" + id + "/similar?size=3&lang=zh-Hans")).getAsJsonArray("hits");
    assertTrue(simplified.size() > 0);
    String first = simplified.get(0).getAsJsonObject().get("text").getAsString();
    assertTrue(first.contains("十四五"), first);
    assertEquals(404, get("/api/passages/d000000000-0000000000/similar").statusCode());
    assertEquals(400, get("/api/passages/" + id + "/similar?q=" + enc("人才")).statusCode());
    assertEquals(400, get("/api/passages/" + id + "/similar?size=0").statusCode());
  }

  @Test
  void openApiDescriptionCoversEveryRoute() throws Exception {
    HttpResponse<byte[]> r = get("/api/openapi.json");
    assertEquals(200, r.statusCode());
    assertJsonUtf8(r);
    JsonObject paths = json(r).getAsJsonObject("paths");
    for (String route : new String[] {"/api/search", "/api/cite", "/api/passages/{id}", "/api/passages/{id}/cite",
        "/api/passages/{id}/similar",
        "/api/documents", "/api/documents/{id}", "/api/abbreviations", "/api/health", "/api/admin/reindex",
        "/api/admin/reindex/{id}"}) {
      assertTrue(paths.has(route), "OpenAPI lacks " + route);
    }
    // Every field a search echoes in its query is described.
    JsonObject described = json(r).getAsJsonObject("components").getAsJsonObject("schemas")
        .getAsJsonObject("SearchResponse").getAsJsonObject("properties").getAsJsonObject("query")
        .getAsJsonObject("properties");
    JsonObject echoed = json(get("/api/search?size=1&q=" + enc("人工智慧 CIFAR"))).getAsJsonObject("query");
    for (String field : echoed.keySet()) {
      assertTrue(described.has(field), "OpenAPI does not describe query." + field);
    }
  }

  /**
   * Random queries and parameter values, valid and not, on the routes that take them: each answer
   * is a 200 or a 400 naming its parameter, in UTF-8, JSON unless a citation format was asked for.
   */
  @Test
  void randomParametersGetAnAnswerOrA400() throws Exception {
    java.util.Random random = new java.util.Random(7);
    String[] words = {"\"", "(", ")", "+", "-", "AND", "NOT", "*", "~2", "^3", ":", "text:", "[", "\\", "數位素養",
        "数字素养", "IPA", "十四五規劃", "CIFAR", "是什麼？", "「", "」", "《", "》", "AIの", "人材育成", "\u200b", "😀",
        "ＡＩ", "\t", "%", "&", "<mark>", "-1", "2019", "\"AI 素養\"", "title_page:yes"};
    String[][] values = {
        {"size", "", "0", "1", "100", "101", "-1", "abc", "1.5", "99999999999"},
        {"page", "", "0", "2", "50", "-3", "x", "2147483648"},
        {"country", "", "CN", "ca", "中國", "XX", "CN,JP"},
        {"year", "", "2019", "2020..2023", "2023..2020", "abc", "0", "2019,2020", "2019.."},
        {"theme", "", "talent-diversity", "xx", "人才"},
        {"lang", "", "zh-Hant", "ja", "en", "xx"},
        {"doc", "", "d993a599317", "nope", "../etc/passwd"},
        {"sort", "", "relevance", "newest", "xx"},
        {"format", "", "apa", "gbt7714", "bibtex", "ris", "csl-json", "xx"}};
    String passage = json(get("/api/search?q=" + enc("AI4Good"))).getAsJsonArray("hits").get(0).getAsJsonObject()
        .get("id").getAsString();
    for (int i = 0; i < 150; i++) {
      String route = new String[] {"/api/search", "/api/cite", "/api/passages/" + passage + "/similar"}[i % 3];
      StringBuilder q = new StringBuilder();
      for (int n = random.nextInt(6); n > 0; n--) {
        q.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
      }
      StringBuilder url = new StringBuilder(route).append(route.endsWith("similar") ? "?" : "?q=" + enc(q.toString()));
      for (String[] param : values) {
        boolean citing = param[0].equals("format") || param[0].equals("sort");
        if (random.nextInt(3) == 0 && !(citing && route.endsWith("similar"))) {
          url.append('&').append(param[0]).append('=').append(enc(param[1 + random.nextInt(param.length - 1)]));
        }
      }
      HttpResponse<byte[]> r = get(url.toString());
      String type = r.headers().firstValue("Content-Type").orElse("");
      assertTrue(r.statusCode() == 200 || r.statusCode() == 400, r.statusCode() + " for " + url);
      // Jetty writes its own form of text/plain's, without the space.
      assertTrue(type.replace(" ", "").endsWith(";charset=utf-8"), type + " for " + url);
      if (r.statusCode() == 400) {
        assertJsonUtf8(r);
        assertTrue(json(r).getAsJsonObject("error").has("param"), url.toString());
      } else if (type.contains("json")) {
        JsonParser.parseString(new String(r.body(), StandardCharsets.UTF_8));
      } else {
        assertTrue(route.equals("/api/cite") && url.indexOf("format=") > 0, type + " for " + url);
      }
    }
  }
}
