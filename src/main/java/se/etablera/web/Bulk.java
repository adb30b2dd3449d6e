package se.etablera.web;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.etablera.common.ApiException;
import se.etablera.common.Saved;

/**
 * NDJSON bulk ingest: one record per line, each through the same path as a single write, a few at a time
 * (lines with the same id one after the other, in file order), each with its own result. A bad line never
 * sinks the others. When every line that could have been written failed because Elasticsearch was
 * unreachable, the whole answer is a 503 (nothing was written).
 */
public final class Bulk {
  public static final int MAX_LINES = 10_000;
  private static final int CONCURRENCY = 8;

  private Bulk() {
  }

  /** One line's outcome: 201/200 with the id, or the problem status with its errors. */
  public record LineResult(int line, int status, String id, String title, String detail,
                           List<se.etablera.common.FieldError> errors) {
  }

  public static void handle(RoutingContext ctx, Function<JsonObject, Future<Saved<?>>> writeLine, Function<Object, String> idOf,
                            java.util.function.Supplier<Future<?>> afterwards) {
    String body = ctx.body() == null || ctx.body().buffer() == null ? "" : ctx.body().buffer().toString();
    List<String> lines = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    String[] raw = body.split("\n", -1);
    for (int i = 0; i < raw.length; i++) {
      if (!raw[i].isBlank()) {
        lines.add(raw[i]);
        numbers.add(i + 1);
      }
    }
    if (lines.isEmpty()) {
      throw new ApiException.Invalid("", "the body must hold one JSON object per line (NDJSON)");
    }
    if (lines.size() > MAX_LINES) {
      throw new ApiException.Invalid("", "at most " + MAX_LINES + " lines per request; split the file");
    }
    LineResult[] results = new LineResult[lines.size()];
    Promise<Void> done = Promise.promise();
    int[] next = {0};
    int[] running = {0};
    Map<String, Future<?>> lastWriteOf = new java.util.HashMap<>();
    Runnable[] pump = new Runnable[1];
    pump[0] = () -> {
      while (running[0] < CONCURRENCY && next[0] < lines.size()) {
        int index = next[0]++;
        running[0]++;
        Future<Saved<?>> write;
        try {
          JsonObject record = Web.parseObject(lines.get(index), "");
          // Lines naming the same id are written in file order (the last one wins), never side by side.
          String id = record.getValue("id") instanceof String s ? s : null;
          Future<?> before = id == null ? null : lastWriteOf.get(id);
          write = before == null ? writeLine.apply(record) : before.transform(ignored -> writeLine.apply(record));
          if (id != null) {
            lastWriteOf.put(id, write);
          }
        } catch (RuntimeException e) {
          write = Future.failedFuture(e);
        }
        write.onComplete(ar -> {
          results[index] = ar.succeeded()
              ? new LineResult(numbers.get(index), ar.result().created() ? 201 : 200, idOf.apply(ar.result().value()), null, null, null)
              : failed(numbers.get(index), ar.cause());
          running[0]--;
          if (next[0] == lines.size() && running[0] == 0) {
            done.tryComplete();
          } else {
            pump[0].run();
          }
        });
      }
    };
    ctx.vertx().runOnContext(v -> pump[0].run());
    done.future().compose(v -> afterwards.get().otherwiseEmpty()).onComplete(v -> {
      long succeeded = java.util.Arrays.stream(results).filter(r -> r.status() < 300).count();
      long unavailable = java.util.Arrays.stream(results).filter(r -> r.status() == 503).count();
      long invalid = java.util.Arrays.stream(results).filter(r -> r.status() == 400).count();
      if (unavailable > 0 && unavailable + invalid == results.length) {
        ctx.fail(new ApiException.Unavailable("The search backend is not reachable; no line was written. Retry shortly."));
        return;
      }
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("succeeded", succeeded);
      answer.put("failed", results.length - succeeded);
      answer.put("items", List.of(results));
      Web.ok(ctx, answer);
    });
  }

  private static LineResult failed(int line, Throwable cause) {
    ApiException problem = Problems.toProblem(cause, 500);
    if (problem.status() >= 500 && !(problem instanceof ApiException.Unavailable)) {
      java.util.logging.Logger.getLogger(Bulk.class.getName()).log(java.util.logging.Level.SEVERE, "bulk line " + line + " failed", cause);
    }
    return new LineResult(line, problem.status(), null, problem.title(), problem.getMessage(),
        problem.errors().isEmpty() ? null : problem.errors());
  }
}
