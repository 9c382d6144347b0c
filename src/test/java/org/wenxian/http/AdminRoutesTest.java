package org.wenxian.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenxian.TestCorpus;
import org.wenxian.enrich.Tagger;
import org.wenxian.extract.TikaExtractor;
import org.wenxian.index.Reindexer;
import org.wenxian.search.IndexService;

/** POST /api/admin/reindex with a configured token: 202, 401, and the job's progress and summary. */
class AdminRoutesTest {
  @TempDir Path tmp;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @Test
  void tokenProtectedReindexJob() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Path index = tmp.resolve("index");
    TestCorpus.copy(TestCorpus.fixture("report/report.md"), corpus);
    try (IndexService service = new IndexService(index, 100)) {
      ApiServer server = new ApiServer(service, Tagger.standard(), "s3cret-token",
          () -> new Reindexer(corpus, index, new TikaExtractor(), Tagger.standard()));
      int port = server.start("127.0.0.1", 0);
      try {
        String base = "http://127.0.0.1:" + port;
        assertEquals(401, post(base, null).statusCode());
        assertEquals(401, post(base, "Bearer wrong-token").statusCode());
        assertEquals(401, post(base, "s3cret-token").statusCode());
        HttpResponse<String> accepted = post(base, "Bearer s3cret-token");
        assertEquals(202, accepted.statusCode());
        String job = JsonParser.parseString(accepted.body()).getAsJsonObject().get("id").getAsString();
        JsonObject status = null;
        for (int i = 0; i < 300; i++) {
          HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/reindex/" + job))
              .header("Authorization", "Bearer s3cret-token").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
          assertEquals(200, r.statusCode());
          status = JsonParser.parseString(r.body()).getAsJsonObject();
          if (status.get("state").getAsString().equals("done")) {
            break;
          }
          Thread.sleep(100);
        }
        assertEquals("done", status.get("state").getAsString(), status.toString());
        assertEquals(1, status.getAsJsonObject("summary").get("added").getAsInt());
        // The server picks the new generation up without a restart.
        HttpResponse<String> search = null;
        for (int i = 0; i < 50; i++) {
          search = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/search?q=CIFAR")).build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
          if (search.statusCode() == 200) {
            break;
          }
          Thread.sleep(100);
        }
        assertEquals(200, search.statusCode());
        assertTrue(JsonParser.parseString(search.body()).getAsJsonObject().get("total").getAsInt() > 0);
        assertEquals(401, CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/reindex/" + job)).build(),
            HttpResponse.BodyHandlers.ofString()).statusCode());
        // With a token configured the admin routes exist: the wrong method is a 405 that says which.
        HttpResponse<String> get = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/reindex")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(405, get.statusCode());
        assertEquals("POST", get.headers().firstValue("Allow").orElse(""));
      } finally {
        server.stop();
      }
    }
  }

  private static HttpResponse<String> post(String base, String authorization) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/api/admin/reindex")).POST(HttpRequest.BodyPublishers.noBody());
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
