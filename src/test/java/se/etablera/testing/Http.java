package se.etablera.testing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * A blocking HTTP client for tests, called from the JUnit thread (never an event loop), so a test reads as a
 * sequence of requests and assertions.
 */
public final class Http {
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final int port;

  public Http(int port) {
    this.port = port;
    this.base = "http://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  /** A response: status, headers and body. */
  public record Response(int status, java.net.http.HttpHeaders headers, String body) {
    public JsonObject json() {
      return new JsonObject(body);
    }

    public JsonArray array() {
      return new JsonArray(body);
    }

    public Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  public Response get(String path, String token) {
    return send(request(path, token).GET());
  }

  public Response delete(String path, String token) {
    return send(request(path, token).DELETE());
  }

  public Response post(String path, String token, Object body) {
    return send(request(path, token).POST(HttpRequest.BodyPublishers.ofString(text(body))).header("Content-Type", "application/json"));
  }

  public Response put(String path, String token, Object body) {
    return send(request(path, token).PUT(HttpRequest.BodyPublishers.ofString(text(body))).header("Content-Type", "application/json"));
  }

  /** Only the status and headers: for streams that never end. */
  public Response open(String path, String token) {
    try {
      HttpResponse<java.io.InputStream> r = CLIENT.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
      String body = r.statusCode() == 200 ? "" : new String(r.body().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      r.body().close();
      return new Response(r.statusCode(), r.headers(), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Response postNdjson(String path, String token, String body) {
    return send(request(path, token).POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/x-ndjson"));
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  private static String text(Object body) {
    return body instanceof JsonObject o ? o.encode() : String.valueOf(body);
  }

  private static Response send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> r = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(r.statusCode(), r.headers(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
