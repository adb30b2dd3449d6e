package se.etablera.search;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, how many match in all, and where the page starts. */
public record Page<T>(List<T> items, long total, int offset, int limit) {
  public <R> Page<R> map(Function<T, R> f) {
    return new Page<>(items.stream().map(f).toList(), total, offset, limit);
  }
}
