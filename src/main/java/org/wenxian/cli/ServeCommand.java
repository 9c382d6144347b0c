package org.wenxian.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.wenxian.enrich.Tagger;
import org.wenxian.extract.TikaExtractor;
import org.wenxian.http.ApiServer;
import org.wenxian.index.Reindexer;
import org.wenxian.search.IndexService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code scripts/serve}: the HTTP API on the published index, following new generations. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = {"Serves the JSON search API.",
    "Set WENXIAN_ADMIN_TOKEN to enable POST /api/admin/reindex (Authorization: Bearer <token>)."})
public final class ServeCommand implements Callable<Integer> {
  /** Environment variable holding the admin token; unset means no admin routes. */
  public static final String ADMIN_TOKEN_ENV = "WENXIAN_ADMIN_TOKEN";

  @Option(names = "--host", description = "address to bind (default: ${DEFAULT-VALUE})", defaultValue = "127.0.0.1")
  String host;

  @Option(names = "--port", description = "port (default: ${DEFAULT-VALUE})", defaultValue = "4567")
  int port;

  @Option(names = "--index", description = "index directory (default: ${DEFAULT-VALUE})", defaultValue = "${sys:wenxian.root:-.}/index")
  Path index;

  @Option(names = "--corpus", description = "corpus for admin-triggered reindexes (default: ${DEFAULT-VALUE})",
      defaultValue = "${sys:wenxian.root:-.}/corpus")
  Path corpus;

  @Option(names = "--poll-ms", description = "how often to look for a new index generation (default: ${DEFAULT-VALUE})",
      defaultValue = "2000")
  long pollMillis;

  @Override
  public Integer call() throws Exception {
    // A mistake in the edited synonym list stops the start with its line, rather than failing every search.
    org.wenxian.analysis.Synonyms.map();
    IndexService service = new IndexService(index, pollMillis);
    Tagger tagger = Tagger.standard();
    // The admin routes exist only when an operator sets a token in the environment.
    String token = System.getenv(ADMIN_TOKEN_ENV);
    ApiServer server = new ApiServer(service, tagger, token,
        () -> new Reindexer(corpus, index, new TikaExtractor(), Tagger.standard()));
    int bound = server.start(host, port);
    String generation = service.servingName().orElse("none yet");
    System.out.println("Wenxian is serving index generation " + generation + " on http://" + host + ":" + bound
        + "/api/search?q=...");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      try {
        service.close();
      } catch (Exception e) {
        // shutting down anyway
      }
      stopped.countDown();
    }));
    stopped.await();
    return 0;
  }
}
