package org.wenxian.index;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** The project's one Gson setup: snake_case names, no HTML escaping (snippets carry {@code <mark>}). */
public final class Json {
  public static final Gson GSON =
      new GsonBuilder()
          .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
          .disableHtmlEscaping()
          .serializeNulls()
          .create();
  public static final Gson PRETTY =
      new GsonBuilder()
          .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
          .disableHtmlEscaping()
          .serializeNulls()
          .setPrettyPrinting()
          .create();

  private Json() {}
}
