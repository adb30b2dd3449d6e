package se.etablera.ops;

import java.time.Instant;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import se.etablera.common.Json;
import se.etablera.config.Config;

/**
 * One log line per event on standard error: JSON objects ({@code ts, level, logger, msg, thread, error}) or
 * plain text. Messages carry ids and counts only; personal data is never passed to a logger.
 */
public final class Logging {
  private Logging() {
  }

  public static void configure(Config.Log config) {
    LogManager.getLogManager().reset();
    Logger root = Logger.getLogger("");
    Level level = Level.parse(config.level());
    root.setLevel(level);
    Handler handler = new ConsoleHandler();
    handler.setLevel(level);
    handler.setFormatter(config.format() == Config.LogFormat.JSON ? new JsonFormatter() : new TextFormatter());
    root.addHandler(handler);
    // Third-party chatter at INFO (Netty, the HTTP client) adds nothing an operator needs.
    Logger.getLogger("io.netty").setLevel(Level.WARNING);
    Logger.getLogger("org.apache.http").setLevel(Level.WARNING);
    Logger.getLogger("org.elasticsearch.client").setLevel(Level.SEVERE);
  }

  /** Also writes every line to a file, in the same JSON form (the test run's log, scanned for personal data). */
  public static void alsoTo(java.nio.file.Path file) {
    try {
      java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
      java.util.logging.FileHandler handler = new java.util.logging.FileHandler(file.toString(), false);
      handler.setFormatter(new JsonFormatter());
      handler.setEncoding("UTF-8");
      Logger.getLogger("").addHandler(handler);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static final class JsonFormatter extends Formatter {
    @Override
    public String format(LogRecord r) {
      java.util.Map<String, Object> line = new java.util.LinkedHashMap<>();
      line.put("ts", Instant.ofEpochMilli(r.getMillis()).toString());
      line.put("level", r.getLevel().getName());
      line.put("logger", r.getLoggerName());
      line.put("msg", formatMessage(r));
      line.put("thread", Thread.currentThread().getName());
      if (r.getThrown() != null) {
        line.put("error", stackTrace(r.getThrown()));
      }
      return Json.encodeToString(line) + System.lineSeparator();
    }
  }

  static final class TextFormatter extends Formatter {
    @Override
    public String format(LogRecord r) {
      return Instant.ofEpochMilli(r.getMillis()) + " " + r.getLevel().getName() + " " + r.getLoggerName() + " "
          + formatMessage(r) + (r.getThrown() == null ? "" : System.lineSeparator() + stackTrace(r.getThrown()))
          + System.lineSeparator();
    }
  }

  /**
   * The stack trace with the messages of foreign exceptions left out: a message from a parser or from
   * Elasticsearch may quote the input ("Preview of field's value"), and input may be personal data.
   */
  static String stackTrace(Throwable t) {
    StringBuilder out = new StringBuilder();
    for (Throwable cause = t; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      out.append(cause == t ? "" : "Caused by: ").append(cause.getClass().getName());
      if (cause.getClass().getName().startsWith("se.etablera.")) {
        out.append(": ").append(cause.getMessage());
      }
      out.append(System.lineSeparator());
      StackTraceElement[] frames = cause.getStackTrace();
      for (int i = 0; i < Math.min(frames.length, 40); i++) {
        out.append("\tat ").append(frames[i]).append(System.lineSeparator());
      }
    }
    return out.toString();
  }
}
