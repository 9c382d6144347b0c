package org.wenxian.search;

/** A request the user can fix: names the parameter and says what is wrong with it. */
public final class BadRequestException extends RuntimeException {
  private final String param;

  public BadRequestException(String param, String message) {
    super(message);
    this.param = param;
  }

  public String param() {
    return param;
  }
}
