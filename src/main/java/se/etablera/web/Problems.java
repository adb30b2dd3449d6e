package se.etablera.web;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.DecodeException;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.etablera.common.ApiException;
import se.etablera.common.FieldError;
import se.etablera.common.Json;

/**
 * The one failure handler: renders every failure as application/problem+json (RFC 9457) with
 * {@code type, title, status, detail, instance, errors[{pointer|parameter, message, suggestions}]}, and logs
 * it once, with the request id and route, never with the body.
 */
public final class Problems {
  private static final Logger LOG = Logger.getLogger(Problems.class.getName());
  public static final String CONTENT_TYPE = "application/problem+json; charset=utf-8";

  private final int retryAfterSeconds;

  public Problems(int retryAfterSeconds) {
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public void handle(RoutingContext ctx) {
    HttpServerResponse response = ctx.response();
    if (response.headWritten()) {
      response.reset();
      return;
    }
    Throwable failure = ctx.failure();
    ApiException problem = toProblem(failure, ctx.statusCode());
    log(ctx, problem, failure);
    if (problem instanceof ApiException.Unavailable) {
      response.putHeader("Retry-After", String.valueOf(retryAfterSeconds));
    }
    if (problem instanceof ApiException.TooManyRequests tooMany) {
      response.putHeader("Retry-After", String.valueOf(tooMany.retryAfterSeconds()));
    }
    if (problem instanceof ApiException.Unauthorized) {
      response.putHeader("WWW-Authenticate", "Bearer realm=\"etablera\"");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "https://etablera.se/problems/" + slug(problem.title()));
    body.put("title", problem.title());
    body.put("status", problem.status());
    body.put("detail", problem.getMessage());
    body.put("instance", ctx.request().path());
    if (!problem.errors().isEmpty()) {
      body.put("errors", problem.errors());
    }
    body.putAll(problem.extensions());
    response.setStatusCode(problem.status()).putHeader("Content-Type", CONTENT_TYPE).end(Json.encode(body));
  }

  static ApiException toProblem(Throwable failure, int status) {
    if (failure instanceof ApiException api) {
      return api;
    }
    if (failure instanceof DecodeException) {
      return new ApiException.Invalid("", "is not well-formed JSON");
    }
    int code = failure instanceof HttpException http ? http.getStatusCode() : status;
    return switch (code) {
      case 400 -> new ApiException.Invalid(List.of(new FieldError("", "the request could not be read")));
      case 404 -> new ApiException.NotFound("No resource at this address");
      case 405 -> new Simple(405, "Method not allowed", "This address does not accept that method");
      case 413 -> new Simple(413, "Payload too large", "The request body is larger than this endpoint accepts");
      case 415 -> new Simple(415, "Unsupported media type", "Send application/json");
      default -> new Simple(500, "Internal error", "Something went wrong on our side; it has been logged");
    };
  }

  private static void log(RoutingContext ctx, ApiException problem, Throwable failure) {
    String route = ctx.get(RequestLog.ROUTE, "(unrouted)");
    String line = "request " + ctx.get(RequestLog.REQUEST_ID, "-") + " " + ctx.request().method() + " " + route
        + " failed with " + problem.status() + ": " + problem.title();
    if (problem.status() >= 500 && !(problem instanceof ApiException.Unavailable)) {
      LOG.log(Level.SEVERE, line, failure);
    } else {
      LOG.fine(line);
    }
  }

  private static String slug(String title) {
    return title.toLowerCase(Locale.ROOT).replace(' ', '-');
  }

  /** Problems raised by the HTTP layer itself rather than by domain code. */
  static final class Simple extends ApiException.Plain {
    Simple(int status, String title, String detail) {
      super(status, title, detail);
    }
  }
}
