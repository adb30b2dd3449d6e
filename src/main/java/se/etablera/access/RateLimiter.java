package se.etablera.access;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Requests per minute per key (a token's subject and role, or a client address), in fixed one-minute
 * windows. In memory, so per service instance: behind a load balancer each instance enforces its share.
 */
public final class RateLimiter {
  private final int perMinute;
  private final LongSupplier clockMillis;
  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  private record Window(long minute, AtomicInteger count) {
  }

  public RateLimiter(int perMinute, LongSupplier clockMillis) {
    this.perMinute = perMinute;
    this.clockMillis = clockMillis;
  }

  /** 0 when allowed; otherwise the seconds until the current window ends. */
  public int acquire(String key) {
    long now = clockMillis.getAsLong();
    long minute = now / 60_000;
    Window w = windows.compute(key, (k, old) -> old == null || old.minute != minute ? new Window(minute, new AtomicInteger()) : old);
    if (w.count.incrementAndGet() <= perMinute) {
      if (windows.size() > 100_000) {
        windows.entrySet().removeIf(e -> e.getValue().minute != minute);
      }
      return 0;
    }
    return (int) Math.max(1, ((minute + 1) * 60_000 - now + 999) / 1000);
  }
}
