package org.wenxian.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the one jar: {@code java -jar wenxian.jar <command>}. The scripts call this. */
@Command(
    name = "wenxian",
    mixinStandardHelpOptions = true,
    version = "wenxian 0.1.0",
    description = "Full-text search and citation service for Chinese policy documents.",
    subcommands = {ReindexCommand.class, SearchCommand.class, ServeCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  /**
   * Lucene tells every run that the incubating Vector API is off; it is optional, so keep it quiet.
   * Held in a field: java.util.logging keeps only weak references to configured loggers.
   */
  private static final java.util.logging.Logger LUCENE_VECTORIZATION =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  public static void main(String[] args) {
    LUCENE_VECTORIZATION.setLevel(java.util.logging.Level.SEVERE);
    System.exit(run(args));
  }

  /** Runs a command and returns its exit code, without exiting: tests call this. */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(Main::reportUsageError);
    // "scripts/search 人才 -加拿大": a word to leave out, not an option (a mistyped --option is still refused).
    cli.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true);
    return cli.execute(args);
  }

  /**
   * A wrong argument or a missing or unreadable file is the user's to fix: one line saying what,
   * exit code 2. Anything else is a bug and keeps its stack trace.
   */
  private static int reportUsageError(Exception e, CommandLine cli, CommandLine.ParseResult parsed) throws Exception {
    if (e instanceof IllegalArgumentException || e instanceof java.io.IOException) {
      String what = e instanceof java.nio.file.NoSuchFileException ? "no such file: " + e.getMessage() : e.getMessage();
      cli.getErr().println("error: " + what);
      return 2;
    }
    throw e;
  }

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }
}
