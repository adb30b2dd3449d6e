package se.etablera.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import se.etablera.config.Config;
import se.etablera.ops.Logging;

/**
 * Logs the whole test run the way the service logs in production (JSON lines, foreign exception messages left
 * out) and also into {@link #FILE}, which {@code PersonalDataLogScanTest} reads at the end of the run.
 */
public final class TestRunLogging implements BeforeAllCallback {
  public static final Path FILE = Path.of("target", "test-logs", "service.log");
  private static boolean installed;

  @Override
  public void beforeAll(ExtensionContext context) {
    install();
  }

  static synchronized void install() {
    if (!installed) {
      installed = true;
      Logging.configure(new Config.Log(Config.LogFormat.JSON, "INFO"));
      Logging.alsoTo(FILE);
    }
  }
}
