package se.etablera.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fixed one-minute windows per key, on an injected clock. */
class RateLimiterTest {
  /** The first millisecond of some minute. */
  private static final long MINUTE_START = 1_800_000_000_000L - 1_800_000_000_000L % 60_000;

  private final AtomicLong now = new AtomicLong(MINUTE_START);

  private RateLimiter limiter(int perMinute) {
    return new RateLimiter(perMinute, now::get);
  }

  @Test
  void allowsTheLimitWithinAMinuteThenRefuses() {
    RateLimiter limiter = limiter(3);
    assertEquals(0, limiter.acquire("a"));
    assertEquals(0, limiter.acquire("a"));
    assertEquals(0, limiter.acquire("a"));
    assertEquals(60, limiter.acquire("a"));
    assertEquals(60, limiter.acquire("a"), "still refused, not counted into a new window");
  }

  @ParameterizedTest(name = "{0} ms into the minute → retry after {1} s")
  @CsvSource({"0, 60", "1, 60", "999, 60", "1000, 59", "30000, 30", "58500, 2", "59000, 1", "59999, 1"})
  void aRefusalNamesTheSecondsToTheEndOfTheWindowRoundedUp(long millisIntoMinute, int retryAfter) {
    RateLimiter limiter = limiter(1);
    now.set(MINUTE_START + millisIntoMinute);
    assertEquals(0, limiter.acquire("a"));
    assertEquals(retryAfter, limiter.acquire("a"));
  }

  @Test
  void aNewMinuteStartsAFreshWindow() {
    RateLimiter limiter = limiter(2);
    now.set(MINUTE_START + 59_999);
    limiter.acquire("a");
    limiter.acquire("a");
    assertEquals(1, limiter.acquire("a"));
    now.set(MINUTE_START + 60_000);
    assertEquals(0, limiter.acquire("a"));
    assertEquals(0, limiter.acquire("a"));
    assertEquals(60, limiter.acquire("a"));
  }

  @Test
  void aWindowIsAFixedClockMinuteNotASlidingOne() {
    RateLimiter limiter = limiter(1);
    now.set(MINUTE_START + 59_000);
    assertEquals(0, limiter.acquire("a"));
    now.set(MINUTE_START + 61_000);
    assertEquals(0, limiter.acquire("a"), "two seconds later, but in the next minute");
  }

  @Test
  void keysAreCountedIndependently() {
    RateLimiter limiter = limiter(1);
    assertEquals(0, limiter.acquire("coach:anna"));
    assertEquals(0, limiter.acquire("10.0.0.1"));
    assertEquals(60, limiter.acquire("coach:anna"));
    assertEquals(60, limiter.acquire("10.0.0.1"));
    assertEquals(0, limiter.acquire("coach:bertil"));
  }

  @Test
  void pruningManyKeysKeepsTheCountsOfTheCurrentMinute() {
    RateLimiter limiter = limiter(1);
    assertEquals(0, limiter.acquire("a"));
    now.set(MINUTE_START + 60_000);
    for (int i = 0; i <= 100_001; i++) {
      limiter.acquire("k" + i);
    }
    assertEquals(60, limiter.acquire("k0"), "the current minute's counts survive pruning");
  }
}
