package se.etablera.search;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;
import se.etablera.config.Config;
import se.etablera.config.ConfigException;

/**
 * A one-node Elasticsearch run as a child process from the distribution the Maven build unpacked.
 *
 * <p>Elasticsearch refuses to run as root. When we are root it runs as an unprivileged uid through
 * {@code setpriv}, from a copy of its home under a runtime folder that uid can enter (a checkout under a
 * mode-700 home directory is not enterable), with data and logs there too.
 *
 * <p>All methods block: call them from {@code main} or {@code executeBlocking}, never an event loop.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(EmbeddedElasticsearch.class.getName());
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  private final Layout layout;
  private final Config.Embedded config;
  private final int httpPort;
  private final int transportPort;
  private final boolean stopOnExit;
  private Process process;
  private Thread shutdownHook;

  private EmbeddedElasticsearch(Layout layout, Config.Embedded config, int httpPort, int transportPort, boolean stopOnExit) {
    this.layout = layout;
    this.config = config;
    this.httpPort = httpPort;
    this.transportPort = transportPort;
    this.stopOnExit = stopOnExit;
  }

  /**
   * Prepares folders (copying and handing over the home when root), starts the node, waits for yellow.
   * With {@code stopOnExit} the node stops in its own JVM shutdown hook; the service instead stops it itself,
   * after the HTTP server, so requests in flight can finish.
   */
  public static EmbeddedElasticsearch start(Config.Embedded config, boolean stopOnExit) {
    Layout layout = Layout.resolve(config);
    layout.prepare(config);
    EmbeddedElasticsearch node = new EmbeddedElasticsearch(layout, config,
        config.httpPort() == 0 ? freePort() : config.httpPort(),
        config.transportPort() == 0 ? freePort() : config.transportPort(), stopOnExit);
    node.startProcess();
    return node;
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + httpPort);
  }

  public Path dataDir() {
    return layout.data();
  }

  /** Stops the node and starts it again on the same ports and data: used to prove durability. */
  public synchronized void restart() {
    stop();
    startProcess();
  }

  /** Graceful stop: SIGTERM to the node and its launcher, then a kill after the grace period. */
  public synchronized void stop() {
    if (process == null) {
      return;
    }
    Process p = process;
    process = null;
    List<ProcessHandle> tree = new ArrayList<>(p.descendants().toList());
    tree.add(p.toHandle());
    tree.forEach(ProcessHandle::destroy);
    Instant deadline = Instant.now().plus(STOP_GRACE);
    for (ProcessHandle h : tree) {
      try {
        h.onExit().get(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS);
      } catch (Exception e) {
        h.destroyForcibly();
      }
    }
    deletePidFile();
    removeShutdownHook();
    LOG.info(() -> "embedded Elasticsearch stopped");
  }

  @Override
  public void close() {
    stop();
  }

  private synchronized void startProcess() {
    killLeftover();
    List<String> command = new ArrayList<>();
    if (layout.asRoot()) {
      command.addAll(List.of("setpriv", "--reuid=" + config.uid(), "--regid=" + config.gid(), "--clear-groups"));
    }
    command.add(layout.home().resolve("bin/elasticsearch").toString());
    command.addAll(List.of(
        "-Ecluster.name=etablera",
        "-Enode.name=etablera-embedded",
        "-Ediscovery.type=single-node",
        "-Expack.security.enabled=false",
        "-Enetwork.host=127.0.0.1",
        "-Ehttp.port=" + httpPort,
        "-Etransport.port=" + transportPort,
        "-Epath.data=" + layout.data(),
        "-Epath.logs=" + layout.logs(),
        "-Ecluster.routing.allocation.disk.threshold_enabled=false",
        "-p", layout.pidFile().toString()));
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(layout.home().toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.consoleLog().toFile()));
    Map<String, String> env = builder.environment();
    env.put("ES_JAVA_HOME", System.getProperty("java.home"));
    env.put("ES_JAVA_OPTS", "-Xms" + config.heap() + " -Xmx" + config.heap());
    env.put("ES_TMPDIR", layout.tmp().toString());
    env.remove("JAVA_TOOL_OPTIONS");
    LOG.info(() -> "starting embedded Elasticsearch on port " + httpPort + ", data in " + layout.data()
        + (layout.asRoot() ? ", as uid " + config.uid() : ""));
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new ConfigException("Cannot start Elasticsearch from " + layout.home() + ": " + e.getMessage());
    }
    installShutdownHook();
    waitUntilYellow();
  }

  private void waitUntilYellow() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI health = url().resolve("/_cluster/health?wait_for_status=yellow&timeout=1s");
    Instant deadline = Instant.now().plusSeconds(config.startupTimeoutSeconds());
    Instant started = Instant.now();
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new ConfigException("Elasticsearch exited with code " + process.exitValue() + " during start-up; "
            + "last lines of " + layout.consoleLog() + ":\n" + tail(layout.consoleLog(), 25));
      }
      try {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          LOG.info(() -> "embedded Elasticsearch ready in " + Duration.between(started, Instant.now()).toMillis() + " ms");
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stop();
        throw new IllegalStateException("interrupted while waiting for Elasticsearch", e);
      }
      sleep(250);
    }
    stop();
    throw new ConfigException("Elasticsearch was not ready after " + config.startupTimeoutSeconds()
        + " s (embedded.startup-timeout-seconds); see " + layout.consoleLog());
  }

  /** A node left running by a service that was killed outright still holds the data folder's lock. */
  private void killLeftover() {
    readPid().flatMap(ProcessHandle::of)
        .filter(h -> h.info().commandLine().map(c -> c.contains("elasticsearch")).orElse(false))
        .ifPresent(h -> {
          LOG.warning(() -> "stopping Elasticsearch left running by an earlier start (pid " + h.pid() + ")");
          h.descendants().forEach(ProcessHandle::destroy);
          h.destroy();
          try {
            h.onExit().get(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
          } catch (Exception e) {
            h.descendants().forEach(ProcessHandle::destroyForcibly);
            h.destroyForcibly();
          }
        });
    deletePidFile();
  }

  private Optional<Long> readPid() {
    try {
      return Optional.of(Long.parseLong(Files.readString(layout.pidFile()).trim()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private void deletePidFile() {
    try {
      Files.deleteIfExists(layout.pidFile());
    } catch (IOException e) {
      // the node removes it itself on a clean stop; a stale one is checked before use
    }
  }

  private void installShutdownHook() {
    removeShutdownHook();
    if (!stopOnExit) {
      return;
    }
    shutdownHook = new Thread(this::stop, "embedded-elasticsearch-stop");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  private void removeShutdownHook() {
    if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException e) {
        // already shutting down
      }
    }
    shutdownHook = null;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String tail(Path file, int lines) {
    try (Stream<String> all = Files.lines(file, StandardCharsets.UTF_8)) {
      List<String> list = all.toList();
      return String.join("\n", list.subList(Math.max(0, list.size() - lines), list.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(no output)";
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Folders the node uses, resolved for the current user. */
  record Layout(boolean asRoot, Path home, Path data, Path logs, Path tmp, Path pidFile, Path consoleLog) {

    static Layout resolve(Config.Embedded config) {
      boolean root = new UnixSystem().getUid() == 0;
      Path distribution = distributionHome(config);
      Path home = root ? config.runtimeDir().resolve(distribution.getFileName()) : distribution;
      Path data = config.dataDir().isEmpty()
          ? (root ? config.runtimeDir().resolve("data") : Path.of("data", "elasticsearch"))
          : Path.of(config.dataDir());
      data = data.toAbsolutePath().normalize();
      Path work = data.resolveSibling(data.getFileName() + "-run");
      return new Layout(root, home.toAbsolutePath().normalize(), data, work.resolve("logs"), work.resolve("tmp"),
          work.resolve("elasticsearch.pid"), work.resolve("console.log"));
    }

    private static Path distributionHome(Config.Embedded config) {
      if (!config.home().isEmpty()) {
        return requireDistribution(Path.of(config.home()).toAbsolutePath().normalize());
      }
      String folder = "elasticsearch-" + SearchVersions.ELASTICSEARCH;
      List<Path> candidates = new ArrayList<>();
      jarFolder().ifPresent(dir -> candidates.add(dir.resolve(folder)));
      candidates.add(Path.of("target", folder).toAbsolutePath());
      return candidates.stream()
          .filter(p -> Files.isExecutable(p.resolve("bin/elasticsearch")))
          .findFirst()
          .orElseThrow(() -> new ConfigException("No Elasticsearch distribution found at " + candidates
              + ". Build with ./mvnw package (it unpacks one into target/), set embedded.home, or set "
              + "elasticsearch.url to use a running cluster."));
    }

    private static Path requireDistribution(Path home) {
      if (!Files.isExecutable(home.resolve("bin/elasticsearch"))) {
        throw new ConfigException("embedded.home = " + home + " holds no bin/elasticsearch");
      }
      return home;
    }

    private static Optional<Path> jarFolder() {
      try {
        Path location = Path.of(EmbeddedElasticsearch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return Optional.ofNullable(location.getParent());
      } catch (Exception e) {
        return Optional.empty();
      }
    }

    /** Creates folders; as root, also copies the distribution and hands everything to the node's uid. */
    void prepare(Config.Embedded config) {
      try {
        if (asRoot) {
          copyDistributionOnce(distributionHome(config), home);
        }
        for (Path dir : List.of(data, logs, tmp)) {
          Files.createDirectories(dir);
        }
        if (asRoot) {
          for (Path dir : List.of(home, data, logs.getParent())) {
            chown(dir, config.uid(), config.gid());
            requireEnterable(dir);
          }
        }
      } catch (IOException e) {
        throw new ConfigException("Cannot prepare Elasticsearch folders: " + e);
      }
    }

    private static void copyDistributionOnce(Path from, Path to) throws IOException {
      Path marker = to.resolve(".etablera-copied");
      if (Files.exists(marker)) {
        return;
      }
      Files.createDirectories(to.getParent());
      Files.walkFileTree(from, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
          Files.createDirectories(to.resolve(from.relativize(dir).toString()));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
          return FileVisitResult.CONTINUE;
        }
      });
      Files.writeString(marker, from.toString());
    }

    private static void chown(Path root, int uid, int gid) throws IOException {
      Process p = new ProcessBuilder("chown", "-R", uid + ":" + gid, root.toString()).redirectErrorStream(true).start();
      try {
        if (p.waitFor() != 0) {
          throw new IOException("chown -R " + uid + ":" + gid + " " + root + " failed: "
              + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }

    /** Every parent must let "others" through, or the unprivileged node cannot reach its folders. */
    private static void requireEnterable(Path dir) throws IOException {
      for (Path p = dir.getParent(); p != null; p = p.getParent()) {
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
        if (!perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
          throw new ConfigException("Elasticsearch runs as an unprivileged user when the service runs as root, and "
              + "it cannot enter " + p + " (mode " + java.nio.file.attribute.PosixFilePermissions.toString(perms)
              + ") on the way to " + dir + ". Leave embedded.data-dir empty to use " + "embedded.runtime-dir, or "
              + "choose a folder under one that others may enter (e.g. /var/lib or /srv).");
        }
      }
    }
  }
}
