package se.etablera.common;

import java.util.List;
import java.util.Map;

/**
 * The domain failures a client can cause or must know about. The web layer renders each as
 * application/problem+json; nothing else becomes a 4xx.
 */
public sealed class ApiException extends RuntimeException {
  private final int status;
  private final String title;
  private final List<FieldError> errors;
  private final Map<String, Object> extensions;

  protected ApiException(int status, String title, String detail, List<FieldError> errors, Map<String, Object> extensions) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
    this.errors = List.copyOf(errors);
    this.extensions = Map.copyOf(extensions);
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public List<FieldError> errors() {
    return errors;
  }

  public Map<String, Object> extensions() {
    return extensions;
  }

  /** 400: the request does not say something valid. */
  public static final class Invalid extends ApiException {
    public Invalid(List<FieldError> errors) {
      super(400, "Invalid request", errors.size() == 1 ? errors.get(0).location() + " " + errors.get(0).message()
          : errors.size() + " fields are invalid", errors, Map.of());
    }

    public Invalid(String pointer, String message) {
      this(List.of(new FieldError(pointer, message)));
    }
  }

  /** 404: no such resource, or one the caller may not know exists. */
  public static final class NotFound extends ApiException {
    public NotFound(String what, String id) {
      super(404, "Not found", "No " + what + " with id " + id, List.of(), Map.of());
    }

    public NotFound(String detail) {
      super(404, "Not found", detail, List.of(), Map.of());
    }
  }

  /** 409: the request clashes with the current state (a version, a transition, a full opening). */
  public static final class Conflict extends ApiException {
    public Conflict(String detail) {
      super(409, "Conflict", detail, List.of(), Map.of());
    }

    public Conflict(String detail, Map<String, Object> extensions) {
      super(409, "Conflict", detail, List.of(), extensions);
    }
  }

  /** 401: no valid credentials. */
  public static final class Unauthorized extends ApiException {
    public Unauthorized(String detail) {
      super(401, "Unauthorized", detail, List.of(), Map.of());
    }
  }

  /** 403: known caller, action not allowed (used only where the resource's existence is not secret). */
  public static final class Forbidden extends ApiException {
    public Forbidden(String detail) {
      super(403, "Forbidden", detail, List.of(), Map.of());
    }
  }

  /** 429: over the rate limit; carries the seconds to wait. */
  public static final class TooManyRequests extends ApiException {
    private final int retryAfterSeconds;

    public TooManyRequests(int retryAfterSeconds) {
      super(429, "Too many requests", "Rate limit reached; retry after " + retryAfterSeconds + " s", List.of(), Map.of());
      this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }

  /** 503: Elasticsearch cannot be reached; nothing was written. */
  public static final class Unavailable extends ApiException {
    public Unavailable(String detail) {
      super(503, "Service unavailable", detail, List.of(), Map.of());
    }
  }

  /** Any other status (405, 413, 415, 500) raised by the HTTP layer. */
  public static non-sealed class Plain extends ApiException {
    public Plain(int status, String title, String detail) {
      super(status, title, detail, List.of(), Map.of());
    }
  }
}
