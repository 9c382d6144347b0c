package org.wenxian.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ThreadPool;
import org.wenxian.index.Json;
import spark.embeddedserver.jetty.JettyServerFactory;

/**
 * Errors Jetty answers itself, before a request reaches the API (a path with a malformed %-escape,
 * a URI too long), as JSON like the API's own, instead of Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
  /** Builds Jetty servers as Spark's default factory does, with this error handler. */
  static final JettyServerFactory SERVERS = new JettyServerFactory() {
    @Override
    public Server create(int maxThreads, int minThreads, int threadTimeoutMillis) {
      Server server = maxThreads > 0
          ? new Server(new QueuedThreadPool(maxThreads, minThreads > 0 ? minThreads : 8,
              threadTimeoutMillis > 0 ? threadTimeoutMillis : 60_000))
          : new Server();
      server.setErrorHandler(new JsonErrorHandler());
      return server;
    }

    @Override
    public Server create(ThreadPool threadPool) {
      Server server = threadPool != null ? new Server(threadPool) : new Server();
      server.setErrorHandler(new JsonErrorHandler());
      return server;
    }
  };

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
    fields.put(HttpHeader.CONTENT_TYPE, ApiServer.JSON);
    return ByteBuffer.wrap(body(status, reason).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
      int code, String message) throws IOException {
    baseRequest.setHandled(true);
    response.setHeader(HttpHeader.CONTENT_TYPE.asString(), ApiServer.JSON);
    response.getOutputStream().write(body(code, message).getBytes(StandardCharsets.UTF_8));
  }

  private static String body(int status, String reason) {
    String code = status == 404 ? "not_found" : status >= 500 ? "internal" : "bad_request";
    String message = "the HTTP server could not read the request"
        + (reason == null || reason.isBlank() ? " (HTTP " + status + ")" : ": " + reason);
    return Json.GSON.toJson(ApiError.of(code, message, null));
  }
}
