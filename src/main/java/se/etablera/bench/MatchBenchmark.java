package se.etablera.bench;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.NdJsonpSerializable;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import se.etablera.Etablera;
import se.etablera.MainVerticle;
import se.etablera.access.Role;
import se.etablera.common.Json;
import se.etablera.config.Config;
import se.etablera.matching.MatchFilter;
import se.etablera.matching.MatchProfile;
import se.etablera.matching.MatchQueries;
import se.etablera.matching.MatchService;
import se.etablera.ops.Logging;
import se.etablera.opportunity.Opportunity;
import se.etablera.profile.Profile;
import se.etablera.search.Documents;
import se.etablera.search.Elastic;
import se.etablera.search.EmbeddedElasticsearch;
import se.etablera.search.IndexNames;
import se.etablera.search.SearchVersions;
import se.etablera.search.Versioned;
import se.etablera.taxonomy.Taxonomy;

/**
 * The match benchmark (issue #4, item 9): one command, not a test.
 *
 * <pre>
 * ./mvnw -B -q -o -DskipTests package
 * java -Xmx2g -cp target/etablera.jar se.etablera.bench.MatchBenchmark [--opportunities 100000] [--profiles 50000]
 *     [--seed 1] [--sample 3000] [--clients 16] [--warmup 1500] [--keep] [--prefix bench-dev] [--dump FILE]
 * </pre>
 *
 * <p>Starts the embedded Elasticsearch (or uses ETABLERA_ELASTICSEARCH_URL), deploys {@link MainVerticle} as
 * {@code Main} does (own index prefix, HTTP on a free port), writes the generated openings and profiles with
 * {@code _bulk} (see {@link BenchData}), warms up, then measures GET /api/profiles/{id}/matches over HTTP/1.1 for a
 * random sample of profiles: sequentially, each request alternating with the match's own retrieval (the
 * multi-search body {@link MatchService} sends, built by the same functions) timed raw against Elasticsearch, and
 * then with concurrent clients. Readable lines go to standard output; the last line is one JSON object with
 * every figure and whether the targets are met (p50 at most 1.5 × the raw retrieval's p50, p99 at most 60 ms,
 * both sequential). The indices are dropped at the end unless {@code --keep}; a later run with the same {@code --prefix}
 * (and ETABLERA_ELASTICSEARCH_URL pointing at the same cluster) reuses them when they hold the requested counts.
 * {@code --dump FILE} also writes, untimed, each sampled profile's first page and its first 100 items to FILE, so two
 * builds can be compared answer for answer on the same data.
 */
public final class MatchBenchmark {
  private static final int BATCH = 1_000;
  private static final double RATIO_TARGET = 1.5;
  private static final double P99_TARGET_MS = 60;

  private record Options(int opportunities, int profiles, long seed, int sample, int clients, int warmup, boolean keep,
                         String prefix, String dump) {
    static Options parse(String[] args) {
      Map<String, String> values = new TreeMap<>(Map.of("opportunities", "100000", "profiles", "50000", "seed", "1",
          "sample", "3000", "clients", "16", "warmup", "1500", "keep", "false", "prefix", "", "dump", ""));
      for (int i = 0; i < args.length; i++) {
        String name = args[i].startsWith("--") ? args[i].substring(2) : "";
        if (!values.containsKey(name)) {
          throw new IllegalArgumentException("unknown option " + args[i] + "; options: " + values.keySet());
        }
        values.put(name, "keep".equals(name) ? "true" : args[++i]);
      }
      return new Options(Integer.parseInt(values.get("opportunities")), Integer.parseInt(values.get("profiles")),
          Long.parseLong(values.get("seed")), Integer.parseInt(values.get("sample")), Integer.parseInt(values.get("clients")),
          Integer.parseInt(values.get("warmup")), Boolean.parseBoolean(values.get("keep")), values.get("prefix"),
          values.get("dump"));
    }
  }

  private MatchBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    Config base = Config.load();
    Logging.configure(new Config.Log(Config.LogFormat.TEXT, "WARNING"));
    Path dataDir = null;
    EmbeddedElasticsearch node = null;
    URI esUrl = base.elastic().url();
    if (esUrl == null) {
      // A data folder of its own: the service's default one may belong to a running instance.
      dataDir = Files.createTempDirectory("etablera-bench-es");
      Config.Embedded e = base.embedded();
      say("starting embedded Elasticsearch (heap " + e.heap() + ")");
      node = EmbeddedElasticsearch.start(new Config.Embedded(e.home(), dataDir.toString(), e.runtimeDir(), e.uid(), e.gid(), 0, 0,
          e.heap(), e.startupTimeoutSeconds()), true);
      esUrl = node.url();
    }
    Config config = benchConfig(base, esUrl, options.prefix());
    Vertx vertx = Vertx.vertx();
    Elastic es = Elastic.connect(vertx, config.elastic());
    int exit = 0;
    try {
      MainVerticle verticle = new MainVerticle(config, es, Clock.systemUTC());
      await(vertx.deployVerticle(verticle).compose(id -> verticle.ready()));
      say("service on port " + verticle.port() + ", index prefix " + config.elastic().indexPrefix() + ", Elasticsearch " + esUrl);
      String described = node == null ? esUrl.toString()
          : "embedded " + SearchVersions.ELASTICSEARCH + " (heap " + base.embedded().heap() + ")";
      new MatchBenchmark.Run(options, config, es, esUrl, described, verticle.application(), verticle.port()).run();
    } catch (Exception | Error e) {
      // Caught rather than thrown on: Vert.x's threads would keep the JVM (and the embedded node) alive.
      e.printStackTrace();
      exit = 1;
    } finally {
      if (!options.keep()) {
        dropIndices(es, config.elastic().indexPrefix());
      }
      es.close();
      vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
      if (node != null) {
        node.stop();
        deleteTree(dataDir);
      }
    }
    System.exit(exit);
  }

  /** The defaults, with a free port, no rate limit to speak of, a random token secret and an index prefix of its own. */
  private static Config benchConfig(Config base, URI esUrl, String prefixOption) {
    Config.Http h = base.http();
    Config.Http http = new Config.Http("127.0.0.1", 0, h.bodyLimitBytes(), h.bulkBodyLimitBytes(), h.retryAfterSeconds(),
        h.maxPageSize(), h.corsOrigins(), 1_000_000);
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    Config.Auth a = base.auth();
    Config.Auth auth = new Config.Auth(HexFormat.of().formatHex(secret), a.secretFile(), a.issuer(), a.tokenMinutes(),
        a.cooperationAreas());
    String prefix = prefixOption.isEmpty() ? "bench-" + HexFormat.of().formatHex(secret, 0, 3) : prefixOption;
    return new Config(http, auth, base.elastic().withUrl(esUrl).withIndexPrefix(prefix), base.embedded(), base.applications(),
        false, base.log());
  }

  /** One benchmark run against a started service. */
  private static final class Run {
    private final Options options;
    private final Config config;
    private final Elastic es;
    private final URI esUrl;
    private final String elasticsearch;
    private final Etablera app;
    private final int port;
    private final Taxonomy taxonomy = Taxonomy.load();
    private final LocalDate today = LocalDate.now(Clock.systemUTC());
    private final BenchData data;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Object> result = new LinkedHashMap<>();
    private String token;

    Run(Options options, Config config, Elastic es, URI esUrl, String elasticsearch, Etablera app, int port) {
      this.options = options;
      this.config = config;
      this.es = es;
      this.esUrl = esUrl;
      this.elasticsearch = elasticsearch;
      this.app = app;
      this.port = port;
      this.data = new BenchData(taxonomy, options.seed(), today, Instant.now());
    }

    void run() throws Exception {
      result.put("elasticsearch", elasticsearch);
      result.put("cores", Runtime.getRuntime().availableProcessors());
      List<Double> loadAverage = new ArrayList<>();
      loadAverage.add(round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), 2));
      result.put("load_average_start_end", loadAverage);
      load();
      // A coach who may see every municipality (the token a national coordinator would hold).
      token = app.tokens().mint("bench-coach", Role.coach,
          taxonomy.municipalities().stream().map(Taxonomy.Municipality::code).toList(), null, null, 600);
      SplittableRandom random = new SplittableRandom(options.seed() * 7919 + 17);
      List<String> sample = sample(random, options.sample());
      List<String> warmup = sample(random, options.warmup());
      warmUp(warmup);
      sequential(sample);
      concurrent(sample, random);
      targets();
      loadAverage.add(round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), 2));
      say("system load average at start and end: " + loadAverage + " on " + Runtime.getRuntime().availableProcessors()
          + " cores (other processes slow both the service and Elasticsearch)");
      say("");
      System.out.println(Json.encodeToString(result));
    }

    private void load() {
      Documents<Opportunity> opportunities = new Documents<>(es, IndexNames.OPPORTUNITIES, Opportunity.class);
      Documents<Profile> profiles = new Documents<>(es, IndexNames.PROFILES, Profile.class);
      if (await(opportunities.count()) == options.opportunities() && await(profiles.count()) == options.profiles()) {
        // Kept by an earlier run with --keep --prefix: the generator is deterministic, so the documents are the same
        // (their dates count from the day they were loaded).
        say("reusing the " + config.elastic().indexPrefix() + " indices: they already hold the requested counts");
        result.put("counts", Map.of("opportunities", options.opportunities(), "profiles", options.profiles()));
        result.put("index_sizes_mb", indexSizes());
        result.put("reused_indices", true);
        return;
      }
      say(String.format(Locale.ROOT, "generating and bulk-loading %,d opportunities and %,d profiles (seed %d)",
          options.opportunities(), options.profiles(), options.seed()));
      long started = System.nanoTime();
      Map<String, Integer> kinds = new TreeMap<>();
      bulkLoad(opportunities, options.opportunities(), i -> {
        Opportunity o = data.opportunity(i);
        kinds.merge(o.kind().name(), 1, Integer::sum);
        return o;
      }, Opportunity::id);
      long opportunitiesDone = System.nanoTime();
      bulkLoad(profiles, options.profiles(), data::profile, Profile::id);
      await(Future.all(opportunities.refresh(), profiles.refresh()));
      double seconds = (System.nanoTime() - started) / 1e9;
      int docs = options.opportunities() + options.profiles();
      say(String.format(Locale.ROOT, "loaded %,d documents in %.1f s (%,.0f docs/s; opportunities %.1f s) %s", docs, seconds,
          docs / seconds, (opportunitiesDone - started) / 1e9, kinds));
      Map<String, Object> counts = new LinkedHashMap<>();
      counts.put("opportunities", options.opportunities());
      counts.putAll(kinds);
      counts.put("profiles", options.profiles());
      result.put("counts", counts);
      result.put("index_sizes_mb", indexSizes());
      result.put("load_seconds", round(seconds, 1));
      result.put("load_docs_per_second", Math.round(docs / seconds));
    }

    /** Generates on this thread while the previous batch is indexed: two batches in flight at most. */
    private <T> void bulkLoad(Documents<T> docs, int count, java.util.function.IntFunction<T> make,
                              java.util.function.Function<T, String> id) {
      CompletableFuture<BulkResponse> previous = CompletableFuture.completedFuture(null);
      for (int from = 0; from < count; from += BATCH) {
        List<T> batch = new ArrayList<>(BATCH);
        for (int i = from; i < Math.min(count, from + BATCH); i++) {
          batch.add(make.apply(i));
        }
        check(previous.join());
        previous = docs.bulk(b -> batch.forEach(d -> b.operations(o -> o.index(x -> x.id(id.apply(d)).document(d)))),
            Refresh.False).toCompletionStage().toCompletableFuture();
      }
      check(previous.join());
    }

    private static void check(BulkResponse response) {
      if (response != null && response.errors()) {
        BulkResponseItem first = response.items().stream().filter(i -> i.error() != null).findFirst().orElseThrow();
        throw new IllegalStateException("bulk load failed: " + first.error().type() + ": " + first.error().reason());
      }
    }

    private Map<String, Object> indexSizes() {
      Map<String, Object> sizes = new TreeMap<>();
      JsonNode rows = readJson(send(HttpRequest.newBuilder(esUrl.resolve("/_cat/indices/" + config.elastic().indexPrefix()
          + "-*?format=json&bytes=b&h=index,docs.count,store.size")).GET().build()).body());
      for (JsonNode row : rows) {
        String name = row.get("index").asText().substring(config.elastic().indexPrefix().length() + 1);
        if (name.startsWith(IndexNames.OPPORTUNITIES) || name.startsWith(IndexNames.PROFILES)) {
          sizes.put(name, round(row.get("store.size").asLong() / 1048576.0, 1));
          say(String.format(Locale.ROOT, "index %-18s %,9d docs %8.1f MB", name, row.get("docs.count").asLong(),
              row.get("store.size").asLong() / 1048576.0));
        }
      }
      return sizes;
    }

    private List<String> sample(SplittableRandom random, int n) {
      return random.ints(0, options.profiles()).distinct().limit(Math.min(n, options.profiles())).mapToObj(data::profileId).toList();
    }

    private void warmUp(List<String> ids) throws Exception {
      say(String.format(Locale.ROOT, "warming up: %,d raw retrievals, %,d match requests one by one, %,d from %d clients",
          ids.size() / 3, ids.size() / 3, ids.size(), options.clients()));
      long started = System.nanoTime();
      List<String> raw = ids.subList(0, ids.size() / 3);
      List<byte[]> bodies = retrievalBodies(raw);
      for (byte[] body : bodies) {
        msearchTook(rawRetrieval(body).body());
      }
      for (String id : ids.subList(0, ids.size() / 3)) {
        match(id);
      }
      runConcurrently(ids, options.clients());
      say(String.format(Locale.ROOT, "warm-up took %.1f s", (System.nanoTime() - started) / 1e9));
    }

    /**
     * Each sampled profile once through the service and once as the raw retrieval, alternating which goes first, so
     * both see the same machine and caches and neither profits from following the other.
     */
    private void sequential(List<String> ids) throws IOException {
      say(String.format(Locale.ROOT, "sequential: %,d profiles, each GET /api/profiles/{id}/matches and its raw _msearch",
          ids.size()));
      List<byte[]> bodies = retrievalBodies(ids);
      java.io.Writer dump = options.dump().isEmpty() ? null
          : Files.newBufferedWriter(Path.of(options.dump()), StandardCharsets.UTF_8);
      long[] service = new long[ids.size()];
      long[] raw = new long[ids.size()];
      long[] took = new long[ids.size()];
      int empty = 0;
      long total = 0;
      for (int i = 0; i < ids.size(); i++) {
        if (i % 2 == 0) {
          Timed m = match(ids.get(i));
          Timed r = rawRetrieval(bodies.get(i));
          service[i] = m.nanos();
          raw[i] = r.nanos();
          took[i] = msearchTook(r.body());
          long listed = topLevelNumber(m.body(), "total");
          empty += listed == 0 ? 1 : 0;
          total += listed;
        } else {
          Timed r = rawRetrieval(bodies.get(i));
          Timed m = match(ids.get(i));
          service[i] = m.nanos();
          raw[i] = r.nanos();
          took[i] = msearchTook(r.body());
        }
        if (dump != null) {
          dump.write(ids.get(i) + "\t" + new String(match(ids.get(i)).body(), StandardCharsets.UTF_8) + "\n");
          dump.write(ids.get(i) + "?limit=100\t" + new String(get(ids.get(i) + "/matches?limit=100").body(),
              StandardCharsets.UTF_8) + "\n");
        }
      }
      if (dump != null) {
        dump.close();
      }
      Stats s = new Stats(service);
      Stats r = new Stats(raw);
      Stats t = new Stats(Arrays.stream(took).map(ms -> ms * 1_000_000).toArray());
      int described = (ids.size() + 1) / 2;
      say(String.format(Locale.ROOT, "  match lists: %.1f ranked items on average, %.1f%% empty",
          (double) total / described, 100.0 * empty / described));
      say("  service  " + s);
      say("  raw ES   " + r);
      say("  ES took  " + t);
      result.put("sample", ids.size());
      result.put("sequential_ms", s.asMap(true));
      result.put("raw_es_ms", r.asMap(false));
      result.put("raw_es_took_ms", t.asMap(false));
      result.put("ratio_p50_to_raw_p50", round(s.p50() / r.p50(), 2));
    }

    private void concurrent(List<String> sample, SplittableRandom random) throws Exception {
      List<String> ids = new ArrayList<>(sample);
      java.util.Collections.shuffle(ids, new java.util.Random(random.nextLong()));
      say(String.format(Locale.ROOT, "concurrent: %,d requests from %d clients", ids.size(), options.clients()));
      long started = System.nanoTime();
      long[] nanos = runConcurrently(ids, options.clients());
      double seconds = (System.nanoTime() - started) / 1e9;
      Stats s = new Stats(nanos);
      double throughput = ids.size() / seconds;
      say("  service  " + s);
      say(String.format(Locale.ROOT, "  throughput %.1f requests/s", throughput));
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("clients", options.clients());
      c.putAll(s.asMap(false));
      c.put("throughput_rps", round(throughput, 1));
      result.put("concurrent_ms", c);
    }

    private void targets() {
      @SuppressWarnings("unchecked")
      Map<String, Object> seq = (Map<String, Object>) result.get("sequential_ms");
      double ratio = (double) result.get("ratio_p50_to_raw_p50");
      double p99 = (double) seq.get("p99");
      Map<String, Object> met = new LinkedHashMap<>();
      met.put("p50_at_most_1_5x_raw_p50", ratio <= RATIO_TARGET);
      met.put("p99_at_most_60ms", p99 <= P99_TARGET_MS);
      result.put("targets_met", met);
      say(String.format(Locale.ROOT, "targets: p50/raw p50 = %.2f (≤ %.1f: %s), p99 = %.1f ms (≤ %.0f ms: %s)", ratio,
          RATIO_TARGET, ratio <= RATIO_TARGET ? "met" : "MISSED", p99, P99_TARGET_MS, p99 <= P99_TARGET_MS ? "met" : "MISSED"));
    }

    private long[] runConcurrently(List<String> ids, int clients) throws Exception {
      long[] nanos = new long[ids.size()];
      AtomicInteger next = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      try {
        List<java.util.concurrent.Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
          running.add(pool.submit(() -> {
            for (int i = next.getAndIncrement(); i < ids.size(); i = next.getAndIncrement()) {
              nanos[i] = match(ids.get(i)).nanos();
            }
          }));
        }
        for (java.util.concurrent.Future<?> f : running) {
          f.get();
        }
      } finally {
        pool.shutdown();
      }
      return nanos;
    }

    private record Timed(long nanos, byte[] body) {
    }

    private Timed match(String profileId) {
      return get(profileId + "/matches");
    }

    /** GET /api/profiles/{path} as the coach; anything but a 200 stops the run. */
    private Timed get(String path) {
      String profileId = path.substring(0, path.indexOf('/'));
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/profiles/" + path))
          .header("Authorization", "Bearer " + token).GET().build();
      long started = System.nanoTime();
      HttpResponse<byte[]> response = send(request);
      long nanos = System.nanoTime() - started;
      if (response.statusCode() != 200) {
        throw new IllegalStateException("GET matches for " + profileId + " answered " + response.statusCode() + ": "
            + new String(response.body(), StandardCharsets.UTF_8));
      }
      return new Timed(nanos, response.body());
    }

    private Timed rawRetrieval(byte[] body) {
      HttpRequest request = HttpRequest.newBuilder(esUrl.resolve("/" + es.names().alias(IndexNames.OPPORTUNITIES) + "/_msearch"))
          .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
      long started = System.nanoTime();
      HttpResponse<byte[]> response = send(request);
      long nanos = System.nanoTime() - started;
      if (response.statusCode() != 200) {
        throw new IllegalStateException("raw _msearch answered " + response.statusCode());
      }
      return new Timed(nanos, response.body());
    }

    /** The match's own retrieval for each profile, as stored: the NDJSON the client would send, built before timing. */
    private List<byte[]> retrievalBodies(List<String> ids) {
      Documents<Profile> profiles = new Documents<>(es, IndexNames.PROFILES, Profile.class);
      JsonpMapper mapper = new JacksonJsonpMapper(Json.MAPPER);
      String alias = es.names().alias(IndexNames.OPPORTUNITIES);
      List<byte[]> out = new ArrayList<>();
      for (String id : ids) {
        Profile profile = await(profiles.get(id)).map(Versioned::value).orElseThrow();
        MatchProfile p = MatchProfile.of(profile, taxonomy, today);
        MsearchRequest request = Documents.multiSearchRequest(alias,
            List.of(MatchQueries.jobs(p, MatchFilter.NONE, today), MatchQueries.courses(p, MatchFilter.NONE, today)),
            List.of(MatchService.JOB_POOL, MatchService.COURSE_POOL), MatchService.NOT_NEEDED);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writeNdJson(request, mapper, body);
        out.add(body.toByteArray());
      }
      return out;
    }

    /** As the client's transport writes an NDJSON body: every line serialised by the mapper, then a newline. */
    private static void writeNdJson(NdJsonpSerializable value, JsonpMapper mapper, ByteArrayOutputStream out) {
      for (Iterator<?> it = value._serializables(); it.hasNext(); ) {
        Object item = it.next();
        if (item instanceof NdJsonpSerializable nd && item != value) {
          writeNdJson(nd, mapper, out);
        } else {
          JsonGenerator generator = mapper.jsonProvider().createGenerator(out);
          mapper.serialize(item, generator);
          generator.close();
          out.write('\n');
        }
      }
    }

    /** The total of a match list, read by streaming (see {@link #msearchTook}). */
    private static long topLevelNumber(byte[] body, String field) {
      try (JsonParser parser = Json.MAPPER.getFactory().createParser(body)) {
        parser.nextToken();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          if (name.equals(field)) {
            return parser.getLongValue();
          }
          parser.skipChildren();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      throw new IllegalStateException("no " + field + " in the answer");
    }

    /**
     * The multi-search's "took", with every search in it checked for an error (a failed search has no hits to time,
     * so it stops the run). Read by streaming: building trees of 200 KB answers between timed requests would cause
     * garbage collections the benchmark then measured.
     */
    private static long msearchTook(byte[] body) {
      long took = -1;
      try (JsonParser parser = Json.MAPPER.getFactory().createParser(body)) {
        parser.nextToken();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          if (name.equals("took")) {
            took = parser.getLongValue();
          } else if (name.equals("responses")) {
            while (parser.nextToken() == JsonToken.START_OBJECT) {
              while (parser.nextToken() == JsonToken.FIELD_NAME) {
                if (parser.currentName().equals("error")) {
                  throw new IllegalStateException("raw retrieval failed: " + new String(body, StandardCharsets.UTF_8));
                }
                parser.nextToken();
                parser.skipChildren();
              }
            }
          } else {
            parser.skipChildren();
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return took;
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
      try {
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** Latency percentiles (nearest rank) of one phase, in milliseconds. */
  private record Stats(long[] sorted) {
    Stats {
      sorted = sorted.clone();
      Arrays.sort(sorted);
    }

    double at(double q) {
      return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    double p50() {
      return at(0.50);
    }

    Map<String, Object> asMap(boolean full) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("p50", round(at(0.50), 2));
      if (full) {
        m.put("p90", round(at(0.90), 2));
      }
      m.put("p99", round(at(0.99), 2));
      m.put("max", round(sorted[sorted.length - 1] / 1e6, 2));
      m.put("mean", round(Arrays.stream(sorted).average().orElse(0) / 1e6, 2));
      return m;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %7.2f ms  (n=%d)", at(0.5), at(0.9),
          at(0.99), sorted[sorted.length - 1] / 1e6, sorted.length);
    }
  }

  private static JsonNode readJson(byte[] body) {
    try {
      return Json.MAPPER.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void dropIndices(Elastic es, String prefix) {
    try {
      await(es.call(c -> c.indices().get(g -> g.index(prefix + "-*")))
          .compose(r -> r.result().isEmpty() ? Future.succeededFuture()
              : es.call(c -> c.indices().delete(d -> d.index(List.copyOf(r.result().keySet())))).mapEmpty()));
    } catch (RuntimeException e) {
      System.err.println("could not drop the benchmark's indices " + prefix + "-*: " + e);
    }
  }

  /** The node's data folder and its sibling "-run" folder (logs, pid file), both the benchmark's own. */
  private static void deleteTree(Path dir) {
    for (Path root : List.of(dir, Path.of(dir + "-run"))) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException | UncheckedIOException e) {
        System.err.println("could not delete " + root + ": " + e);
      }
    }
  }

  static double round(double v, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }

  private static void say(String line) {
    System.out.println(line);
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(5, TimeUnit.MINUTES);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
