package org.wenxian.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.function.Supplier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wenxian.cite.ExportFormat;
import org.wenxian.cite.Exports;
import org.wenxian.enrich.Tagger;
import org.wenxian.extract.SourceDocument;
import org.wenxian.passage.Passage;
import org.wenxian.index.Fields;
import org.wenxian.index.Reindexer;
import org.wenxian.index.Json;
import org.wenxian.search.BadRequestException;
import org.wenxian.search.Generation;
import org.wenxian.search.IndexService;
import org.wenxian.search.PassageSearcher;
import org.wenxian.search.RequestParser;
import org.wenxian.search.SearchHit;
import spark.Request;
import spark.Response;
import spark.Service;

/**
 * The JSON HTTP API on Spark Java. Every response is {@code application/json; charset=utf-8};
 * errors are JSON and never carry a stack trace. Nothing here reads files: all answers come from
 * the served index generation.
 */
public final class ApiServer implements AutoCloseable {
  public static final String JSON = "application/json; charset=utf-8";
  /** The API's OpenAPI 3 description, from src/main/resources/wenxian/openapi.json. */
  private static final String OPENAPI = readOpenApi();

  /** A result-list export covers at most this many top hits. */
  static final int MAX_EXPORT_HITS = 1000;
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  /** Spark's embedded Jetty, with Jetty's own error pages in JSON. */
  private static final String JSON_ERRORS = "jetty-with-json-errors";

  static {
    spark.embeddedserver.EmbeddedServers.add(JSON_ERRORS,
        new spark.embeddedserver.jetty.EmbeddedJettyFactory(JsonErrorHandler.SERVERS));
  }

  private final Service http;
  private final IndexService index;
  private final PassageSearcher searcher;
  private final RequestParser parser;
  /** The analysis version this build writes into an index it builds. */
  private final String currentVersion;

  private final byte[] adminTokenHash;
  private final ReindexJobs jobs;
  /** Each route's method and path pattern, for a 405 that says which methods a path does answer. */
  private final List<String[]> routes = new ArrayList<>();

  /** A search-only server: the admin routes answer 404. */
  public ApiServer(IndexService index, Tagger tagger) {
    this(index, tagger, null, null);
  }

  /**
   * @param adminToken the token that admin requests must present as {@code Authorization: Bearer};
   *     null or blank turns the admin routes off (they answer 404)
   * @param reindexer  what {@code POST /api/admin/reindex} runs; may be null when adminToken is null
   */
  public ApiServer(IndexService index, Tagger tagger, String adminToken, Supplier<Reindexer> reindexer) {
    this.index = index;
    this.searcher = new PassageSearcher(tagger);
    this.parser = new RequestParser(tagger.countries(), tagger.themes());
    this.currentVersion = Reindexer.analysisVersion(tagger);
    this.http = Service.ignite();
    http.embeddedServerIdentifier(JSON_ERRORS);
    boolean admin = adminToken != null && !adminToken.isBlank() && reindexer != null;
    this.adminTokenHash = admin ? sha256(adminToken) : null;
    this.jobs = admin ? new ReindexJobs(reindexer) : null;
  }

  /** Starts listening and returns the bound port (useful with port 0). */
  public int start(String host, int port) throws java.io.IOException {
    http.ipAddress(host);
    http.port(port);
    // Spark's default on a failed start (a port in use) is a stack trace and System.exit(100).
    java.util.concurrent.atomic.AtomicReference<Exception> failed = new java.util.concurrent.atomic.AtomicReference<>();
    http.initExceptionHandler(failed::set);
    http.before((req, res) -> res.type(JSON));
    // Jetty rewrites the type as "application/json;charset=utf-8"; the contract spells it with a
    // space, so the header is put back as written once the handler is done.
    http.afterAfter((req, res) -> exactJsonType(res));
    route("GET", "/api/health", this::health);
    route("GET", "/api/openapi.json", (req, res) -> OPENAPI);
    route("GET", "/api/search", this::search);
    route("GET", "/api/passages/:id", this::passage);
    route("GET", "/api/passages/:id/cite", this::citePassage);
    route("GET", "/api/passages/:id/similar", this::similar);
    route("GET", "/api/cite", this::citeResults);
    route("GET", "/api/documents", this::documents);
    route("GET", "/api/documents/:id", this::document);
    route("GET", "/api/abbreviations", this::abbreviations);
    // Without a token the admin routes answer 404, as if they did not exist.
    http.post("/api/admin/reindex", this::startReindex);
    http.get("/api/admin/reindex/:job", this::reindexStatus);
    if (jobs != null) {
      routes.add(new String[] {"POST", "/api/admin/reindex"});
      routes.add(new String[] {"GET", "/api/admin/reindex/:job"});
    }
    http.notFound((req, res) -> {
      res.type(JSON);
      List<String> allowed = methodsFor(req.pathInfo());
      if (!allowed.isEmpty()) {
        res.status(405);
        res.header("Allow", String.join(", ", allowed));
        return Json.GSON.toJson(ApiError.of("method_not_allowed",
            req.pathInfo() + " answers " + String.join(" and ", allowed) + ", not " + req.requestMethod(), null));
      }
      return Json.GSON.toJson(ApiError.of("not_found", "no such route: " + req.requestMethod() + " " + req.pathInfo(), null));
    });
    http.internalServerError((req, res) -> {
      res.type(JSON);
      return Json.GSON.toJson(ApiError.of("internal", "internal error", null));
    });
    http.exception(BadRequestException.class, (e, req, res) -> {
      res.status(400);
      res.type(JSON);
      res.body(Json.GSON.toJson(ApiError.of("bad_request", e.getMessage(), e.param())));
    });
    // Spark decodes the path when it matches a route, before any handler runs.
    http.exception(org.eclipse.jetty.util.Utf8Appendable.NotUtf8Exception.class, (e, req, res) -> {
      res.status(400);
      res.type(JSON);
      res.body(Json.GSON.toJson(ApiError.of("bad_request", "the path is not UTF-8 once its %-escapes are decoded", null)));
    });
    http.exception(NotFound.class, (e, req, res) -> {
      res.status(404);
      res.type(JSON);
      res.body(Json.GSON.toJson(ApiError.of("not_found", e.getMessage(), e.param)));
    });
    http.exception(Unauthorized.class, (e, req, res) -> {
      res.status(401);
      res.type(JSON);
      res.header("WWW-Authenticate", "Bearer");
      res.body(Json.GSON.toJson(ApiError.of("unauthorized", "a valid admin token is required", "Authorization")));
    });
    http.exception(Unavailable.class, (e, req, res) -> {
      res.status(503);
      res.type(JSON);
      res.body(Json.GSON.toJson(ApiError.of("unavailable", e.getMessage(), null)));
    });
    http.exception(Exception.class, (e, req, res) -> {
      LOG.error("unexpected error on {} {}", req.requestMethod(), req.pathInfo(), e);
      res.status(500);
      res.type(JSON);
      res.body(Json.GSON.toJson(ApiError.of("internal", "internal error; the server log has details", null)));
    });
    http.init();
    http.awaitInitialization();
    if (failed.get() != null) {
      Throwable cause = failed.get().getCause() != null ? failed.get().getCause() : failed.get();
      http.stop();
      throw new java.io.IOException("cannot listen on " + host + ":" + port + ": " + cause.getMessage()
          + " (another server there? pass --port)", failed.get());
    }
    return http.port();
  }

  private static void exactJsonType(Response res) {
    if (res.raw() instanceof org.eclipse.jetty.server.Response jetty && jetty.getContentType() != null
        && jetty.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("application/json") && !jetty.isCommitted()) {
      jetty.getHttpFields().put(org.eclipse.jetty.http.HttpHeader.CONTENT_TYPE, JSON);
    }
  }

  private Object health(Request req, Response res) {
    Map<String, Object> body = new LinkedHashMap<>();
    Optional<Generation> g = index.acquire();
    try {
      body.put("status", g.isPresent() ? "ok" : "no_index");
      body.put("generation", g.map(Generation::name).orElse(null));
      body.put("documents", g.map(x -> x.documents().size()).orElse(0));
      body.put("passages", g.map(x -> x.searcher().getIndexReader().numDocs()).orElse(0));
      // False when the index was built by other analysis or indexing code: queries and passages then
      // disagree on what a word is, and a reindex (scripts/serve does one at start) fixes it.
      body.put("index_current", g.map(x -> x.analysisVersion().equals(currentVersion)).orElse(false));
      if (g.isEmpty()) {
        res.status(503);
      }
      return Json.GSON.toJson(body);
    } finally {
      release(g);
    }
  }

  private Object search(Request req, Response res) throws IOException {
    var request = parser.parse(params(req.raw()));
    Generation g = acquire();
    try {
      return Json.GSON.toJson(searcher.search(g, request));
    } finally {
      g.release();
    }
  }

  private Object passage(Request req, Response res) throws IOException {
    String id = req.params(":id");
    Generation g = acquire();
    try {
      Passage p = searcher.storedPassage(g, id).orElseThrow(() -> new NotFound("id", "no passage with id '" + id + "'"));
      com.google.gson.JsonObject body = Json.GSON.toJsonTree(searcher.hit(g, p)).getAsJsonObject();
      // The passages around it in its document, to read a quotation in its context.
      body.addProperty("previous_id", searcher.neighbourId(g, p, -1));
      body.addProperty("next_id", searcher.neighbourId(g, p, 1));
      return Json.GSON.toJson(body);
    } finally {
      g.release();
    }
  }

  /**
   * {@code /api/passages/{id}/similar}: passages that say what this one says, most alike first, in
   * the shape of a search response; the search filters narrow them (a report passage's source in
   * {@code doc=…} or {@code lang=zh-Hans}).
   */
  private Object similar(Request req, Response res) throws IOException {
    String id = req.params(":id");
    var filters = parser.parseFilters(params(req.raw()));
    Generation g = acquire();
    try {
      Passage p = searcher.storedPassage(g, id).orElseThrow(() -> new NotFound("id", "no passage with id '" + id + "'"));
      return Json.GSON.toJson(searcher.similar(g, p, filters));
    } finally {
      g.release();
    }
  }

  /** {@code /api/passages/{id}/cite?format=…}: one passage's reference, with its page. */
  private Object citePassage(Request req, Response res) throws IOException {
    ExportFormat format = format(req);
    String id = req.params(":id");
    Generation g = acquire();
    try {
      Passage p = searcher.storedPassage(g, id).orElseThrow(() -> new NotFound("id", "no passage with id '" + id + "'"));
      SourceDocument doc = g.documents().get(p.docId());
      return export(res, format, List.of(new Exports.Cited(doc, p)), id);
    } finally {
      g.release();
    }
  }

  /** {@code /api/cite?q=…&format=…}: the references of a whole result list, one per document. */
  private Object citeResults(Request req, Response res) throws IOException {
    ExportFormat format = format(req);
    Map<String, List<String>> params = params(req.raw());
    params.remove("format");
    var request = parser.parse(params);
    Generation g = acquire();
    try {
      return export(res, format, searcher.citedDocuments(g, request, MAX_EXPORT_HITS), "wenxian-references");
    } finally {
      g.release();
    }
  }

  private static ExportFormat format(Request req) {
    String value = param(req, "format");
    if (value == null || value.isBlank()) {
      return ExportFormat.CSL_JSON;
    }
    return ExportFormat.of(value).orElseThrow(() -> new BadRequestException("format",
        "unknown format '" + value + "'; use one of " + ExportFormat.names()));
  }

  private static String export(Response res, ExportFormat format, List<Exports.Cited> cited, String name) {
    res.type(format.contentType());
    res.header("Content-Disposition", "attachment; filename=\"" + name + "." + format.param() + "." + format.extension() + "\"");
    return Exports.render(format, cited);
  }

  private Object documents(Request req, Response res) throws IOException {
    Generation g = acquire();
    try {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("total", g.documents().size());
      body.put("documents", new ArrayList<>(g.documents().values()));
      return Json.GSON.toJson(body);
    } finally {
      g.release();
    }
  }

  /**
   * The abbreviations the library's documents define, the English names they give Chinese names,
   * and the names list's names across languages, which searches expand (README, How it works).
   */
  private Object abbreviations(Request req, Response res) throws IOException {
    Generation g = acquire();
    try {
      List<Map<String, String>> list = g.abbreviations().definitions().stream()
          .map(d -> pair("short", d.shortForm(), "long", d.longForm())).toList();
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("total", list.size());
      body.put("abbreviations", list);
      // The English names the documents give Chinese names in brackets (enrich.Glosses): an English
      // query also searches the Chinese one.
      body.put("glosses", g.abbreviations().glosses().stream()
          .map(gloss -> pair("chinese", gloss.hanName(), "english", gloss.latinName())).toList());
      // The names list's lines (search.Names), which searches expand the same way.
      body.put("names", org.wenxian.search.Names.groups());
      return Json.GSON.toJson(body);
    } finally {
      g.release();
    }
  }

  /** A JSON object of two fields, in this order. */
  private static Map<String, String> pair(String key, String value, String otherKey, String otherValue) {
    Map<String, String> entry = new LinkedHashMap<>();
    entry.put(key, value);
    entry.put(otherKey, otherValue);
    return entry;
  }

  private Object document(Request req, Response res) throws IOException {
    String id = req.params(":id");
    Generation g = acquire();
    try {
      var doc = g.documents().get(id);
      if (doc == null) {
        throw new NotFound("id", "no document with id '" + id + "'");
      }
      return Json.GSON.toJson(doc);
    } finally {
      g.release();
    }
  }

  /** {@code POST /api/admin/reindex[?full=true]}: 202 with a job id. */
  private Object startReindex(Request req, Response res) {
    authorize(req);
    ReindexJobs.Job job = jobs.start("true".equalsIgnoreCase(param(req, "full")));
    res.status(202);
    res.header("Location", "/api/admin/reindex/" + job.id());
    return Json.GSON.toJson(job);
  }

  private Object reindexStatus(Request req, Response res) {
    authorize(req);
    String id = req.params(":job");
    return Json.GSON.toJson(jobs.get(id).orElseThrow(() -> new NotFound("job", "no reindex job '" + id + "'")));
  }

  /**
   * Admin routes do not exist without a configured token (404), and refuse a missing or wrong one
   * (401). Hashes are compared with MessageDigest.isEqual, whose time does not depend on where the
   * tokens differ, and hashing first makes the length of the token irrelevant too.
   */
  private void authorize(Request req) {
    if (adminTokenHash == null) {
      throw new NotFound(null, "no such route: " + req.requestMethod() + " " + req.pathInfo());
    }
    String header = req.headers("Authorization");
    String presented = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : "";
    if (!MessageDigest.isEqual(adminTokenHash, sha256(presented))) {
      throw new Unauthorized();
    }
  }

  private static String readOpenApi() {
    try (var in = ApiServer.class.getResourceAsStream("/wenxian/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("wenxian/openapi.json is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Generation acquire() {
    return index.acquire().orElseThrow(() -> new Unavailable("no index has been built yet; run scripts/reindex"));
  }

  private static void release(Optional<Generation> g) {
    g.ifPresent(x -> {
      try {
        x.release();
      } catch (IOException e) {
        LOG.warn("closing generation {}: {}", x.name(), e.getMessage());
      }
    });
  }

  private void route(String method, String path, spark.Route handler) {
    routes.add(new String[] {method, path});
    if (method.equals("GET")) {
      http.get(path, handler);
    } else {
      http.post(path, handler);
    }
  }

  /** The methods of the routes whose pattern the path fits (":id" fits any one segment). */
  private List<String> methodsFor(String path) {
    String[] segments = path.split("/", -1);
    List<String> out = new ArrayList<>();
    for (String[] route : routes) {
      String[] pattern = route[1].split("/", -1);
      boolean fits = pattern.length == segments.length;
      for (int i = 0; fits && i < pattern.length; i++) {
        fits = pattern[i].startsWith(":") ? !segments[i].isEmpty() : pattern[i].equals(segments[i]);
      }
      if (fits && !out.contains(route[0])) {
        out.add(route[0]);
      }
    }
    // HEAD is answered wherever GET is.
    if (out.contains("GET")) {
      out.add(1 + out.indexOf("GET"), "HEAD");
    }
    return out;
  }

  /** Query parameters with repeats kept, decoded as UTF-8; a malformed one is a 400 that names it. */
  static Map<String, List<String>> params(HttpServletRequest raw) {
    return QueryString.parse(raw.getQueryString());
  }

  /** The first value of a query parameter, or null. */
  private static String param(Request req, String name) {
    List<String> values = params(req.raw()).get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  public void stop() {
    if (jobs != null) {
      jobs.close();
    }
    http.stop();
    http.awaitStop();
  }

  @Override
  public void close() {
    stop();
  }

  /** 404 with the parameter that named the missing thing. */
  static final class NotFound extends RuntimeException {
    final String param;

    NotFound(String param, String message) {
      super(message);
      this.param = param;
    }
  }

  /** 401 for a missing or wrong admin token. */
  static final class Unauthorized extends RuntimeException {
    Unauthorized() {
      super("unauthorized");
    }
  }

  /** 503 while no index exists. */
  static final class Unavailable extends RuntimeException {
    Unavailable(String message) {
      super(message);
    }
  }
}
