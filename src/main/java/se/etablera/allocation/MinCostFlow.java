package se.etablera.allocation;

import java.util.Arrays;

/**
 * Minimum-cost flow by successive shortest paths with node potentials (Dijkstra on reduced costs), stopping as
 * soon as the cheapest augmenting path no longer lowers the cost. Stopping there, rather than pushing a maximum
 * flow, is what lets a negative cost stand for a score to maximise: the result is the cheapest flow of any size,
 * so a pair is only used when it pays.
 *
 * <p>Edges must go from a lower to a higher node number. The allocation networks are layered that way anyway,
 * and it lets a single pass in node order give exact starting potentials despite negative costs, where a general
 * graph would need Bellman-Ford. Costs and capacities are longs, so the result is exact and the same on every
 * machine. Everything happens in a fixed order (adjacency in insertion order, heap ties broken by node number),
 * so equal inputs give equal flows.
 */
final class MinCostFlow {
  private static final long UNREACHED = Long.MAX_VALUE;

  private final int nodes;
  private int edges;
  private int[] from = new int[16];
  private int[] to = new int[16];
  private long[] capacity = new long[16];
  private long[] cost = new long[16];
  private final int[][] outgoing;
  private final int[] degree;

  MinCostFlow(int nodes) {
    this.nodes = nodes;
    this.outgoing = new int[nodes][];
    this.degree = new int[nodes];
  }

  /** Adds an edge and its residual twin; returns the edge's number for {@link #flow(int)}. */
  int addEdge(int u, int v, long cap, long edgeCost) {
    if (u >= v) {
      throw new IllegalStateException("edges must go from a lower to a higher node: " + u + " -> " + v);
    }
    if (edges + 2 > to.length) {
      int size = to.length * 2;
      from = Arrays.copyOf(from, size);
      to = Arrays.copyOf(to, size);
      capacity = Arrays.copyOf(capacity, size);
      cost = Arrays.copyOf(cost, size);
    }
    int e = edges;
    from[e] = u;
    to[e] = v;
    capacity[e] = cap;
    cost[e] = edgeCost;
    from[e + 1] = v;
    to[e + 1] = u;
    capacity[e + 1] = 0;
    cost[e + 1] = -edgeCost;
    edges += 2;
    degree[u]++;
    degree[v]++;
    return e;
  }

  /** Units sent through edge {@code e} by the last {@link #solve}. */
  long flow(int e) {
    return capacity[e + 1];
  }

  /** Sends flow from s to t while that lowers the total cost; returns the total cost (≤ 0). Call once. */
  long solve(int s, int t) {
    buildAdjacency();
    long[] potential = startingPotentials(s);
    long[] dist = new long[nodes];
    int[] via = new int[nodes];
    // Settled nodes must never improve again; checking it turns a broken invariant into an error, not a hang.
    boolean[] settled = new boolean[nodes];
    IndexedHeap heap = new IndexedHeap(nodes, dist);
    long total = 0;
    while (true) {
      Arrays.fill(dist, UNREACHED);
      Arrays.fill(via, -1);
      Arrays.fill(settled, false);
      dist[s] = 0;
      heap.push(s);
      while (!heap.isEmpty()) {
        int u = heap.pop();
        settled[u] = true;
        if (u == t) {
          // Nothing settled later can shorten the path to t, so the search may stop here.
          heap.clear();
          break;
        }
        long du = dist[u];
        for (int e : outgoing[u]) {
          if (capacity[e] == 0) {
            continue;
          }
          int v = to[e];
          // The potential update below keeps every residual reduced cost ≥ 0, which is what Dijkstra needs.
          long nd = du + cost[e] + potential[u] - potential[v];
          if (nd < dist[v]) {
            if (settled[v]) {
              throw new IllegalStateException("negative reduced cost on edge " + u + " -> " + v);
            }
            dist[v] = nd;
            via[v] = e;
            heap.pushOrDecrease(v);
          }
        }
      }
      if (dist[t] == UNREACHED) {
        return total;
      }
      // Nodes not settled before t get dist[t]: this keeps every residual reduced cost ≥ 0 although their own
      // distances were never finished.
      long reach = dist[t];
      for (int v = 0; v < nodes; v++) {
        potential[v] += Math.min(dist[v], reach);
      }
      long pathCost = potential[t] - potential[s];
      if (pathCost >= 0) {
        return total;
      }
      long push = Long.MAX_VALUE;
      int steps = 0;
      for (int v = t; v != s; v = from[via[v]]) {
        push = Math.min(push, capacity[via[v]]);
        // A longer walk means the parent links loop, which only broken potentials could cause; fail, never hang.
        if (++steps > nodes) {
          throw new IllegalStateException("augmenting path does not lead back to the source");
        }
      }
      for (int v = t; v != s; v = from[via[v]]) {
        int e = via[v];
        capacity[e] -= push;
        capacity[e ^ 1] += push;
      }
      total = Math.addExact(total, Math.multiplyExact(push, pathCost));
    }
  }

  private void buildAdjacency() {
    int[] fill = new int[nodes];
    for (int v = 0; v < nodes; v++) {
      outgoing[v] = new int[degree[v]];
    }
    for (int e = 0; e < edges; e++) {
      outgoing[from[e]][fill[from[e]]++] = e;
    }
  }

  /**
   * Shortest distances from s over the original edges, in node order: exact because every edge points to a
   * higher node. Nodes s cannot reach keep 0; they stay unreachable, since augmenting only adds edges between
   * reached nodes.
   */
  private long[] startingPotentials(int s) {
    long[] d = new long[nodes];
    Arrays.fill(d, UNREACHED);
    d[s] = 0;
    for (int u = 0; u < nodes; u++) {
      if (d[u] == UNREACHED) {
        continue;
      }
      for (int e : outgoing[u]) {
        if ((e & 1) == 0 && capacity[e] > 0 && d[u] + cost[e] < d[to[e]]) {
          d[to[e]] = d[u] + cost[e];
        }
      }
    }
    for (int v = 0; v < nodes; v++) {
      if (d[v] == UNREACHED) {
        d[v] = 0;
      }
    }
    return d;
  }

  /** Binary min-heap of node numbers keyed by distance, ties by node number so the search order is fixed. */
  private static final class IndexedHeap {
    private final int[] heap;
    private final int[] position;
    private final long[] key;
    private int size;

    IndexedHeap(int nodes, long[] key) {
      this.heap = new int[nodes];
      this.position = new int[nodes];
      this.key = key;
      Arrays.fill(position, -1);
    }

    boolean isEmpty() {
      return size == 0;
    }

    void push(int v) {
      heap[size] = v;
      position[v] = size;
      up(size++);
    }

    void pushOrDecrease(int v) {
      if (position[v] < 0) {
        push(v);
      } else {
        up(position[v]);
      }
    }

    void clear() {
      for (int i = 0; i < size; i++) {
        position[heap[i]] = -1;
      }
      size = 0;
    }

    int pop() {
      int top = heap[0];
      position[top] = -1;
      size--;
      if (size > 0) {
        heap[0] = heap[size];
        position[heap[0]] = 0;
        down(0);
      }
      return top;
    }

    private boolean less(int a, int b) {
      return key[a] < key[b] || (key[a] == key[b] && a < b);
    }

    private void up(int i) {
      while (i > 0) {
        int parent = (i - 1) / 2;
        if (!less(heap[i], heap[parent])) {
          return;
        }
        swap(i, parent);
        i = parent;
      }
    }

    private void down(int i) {
      while (true) {
        int smallest = i;
        int left = 2 * i + 1;
        int right = left + 1;
        if (left < size && less(heap[left], heap[smallest])) {
          smallest = left;
        }
        if (right < size && less(heap[right], heap[smallest])) {
          smallest = right;
        }
        if (smallest == i) {
          return;
        }
        swap(i, smallest);
        i = smallest;
      }
    }

    private void swap(int i, int j) {
      int a = heap[i];
      heap[i] = heap[j];
      heap[j] = a;
      position[heap[i]] = i;
      position[heap[j]] = j;
    }
  }
}
