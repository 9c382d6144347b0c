package org.wenxian.http;

/** The JSON error body: {@code {"error": {"code", "message", "param"}}}. */
public record ApiError(Body error) {
  /** code is a stable word (bad_request, not_found, ...); param names the bad parameter, if any. */
  public record Body(String code, String message, String param) {}

  public static ApiError of(String code, String message, String param) {
    return new ApiError(new Body(code, message, param));
  }
}
