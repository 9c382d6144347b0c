package org.wenxian.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wenxian.search.BadRequestException;

/**
 * A URL's query string as parameters, repeats kept, decoded strictly: a malformed %-escape or bytes
 * that are not UTF-8 are a 400 naming the parameter. Jetty would turn a broken sequence at the end
 * into U+FFFD and search for that, and one in the middle into an exception.
 */
final class QueryString {
  private QueryString() {}

  static Map<String, List<String>> parse(String raw) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String rawName = eq < 0 ? pair : pair.substring(0, eq);
      String name = decode(rawName, null);
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1), name);
      out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return out;
  }

  /** Decodes %XX escapes and '+' as UTF-8; {@code param} names the parameter in the error. */
  static String decode(String text, String param) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        int value = i + 2 < text.length() ? hex(text.charAt(i + 1), text.charAt(i + 2)) : -1;
        if (value < 0) {
          throw invalid(param, "has a '%' that is not followed by two hex digits");
        }
        bytes.write(value);
        i += 2;
      } else if (c == '+') {
        bytes.write(' ');
      } else {
        // A run of characters sent as they are (a surrogate pair must stay together).
        int end = i + 1;
        while (end < text.length() && text.charAt(end) != '%' && text.charAt(end) != '+') {
          end++;
        }
        byte[] utf8 = text.substring(i, end).getBytes(StandardCharsets.UTF_8);
        bytes.write(utf8, 0, utf8.length);
        i = end - 1;
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw invalid(param, "is not UTF-8 once its %-escapes are decoded");
    }
  }

  private static int hex(char high, char low) {
    int h = Character.digit(high, 16);
    int l = Character.digit(low, 16);
    return h < 0 || l < 0 ? -1 : h * 16 + l;
  }

  private static BadRequestException invalid(String param, String what) {
    return new BadRequestException(param, (param == null ? "a parameter name" : "the value of " + param) + " " + what);
  }
}
