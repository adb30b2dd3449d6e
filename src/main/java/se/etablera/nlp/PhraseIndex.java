package se.etablera.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over word keys: finds every dictionary phrase starting at a word of the text in one walk, without
 * crossing punctuation that ends a phrase. Built once, then read-only and safe to share.
 *
 * @param <E> what a phrase stands for
 */
final class PhraseIndex<E> {
  private static final class Node<E> {
    private Map<String, Node<E>> next;
    private List<E> entries;
  }

  /** A phrase found in the text: word positions [from, to) and what it stands for. */
  record Match<E>(int from, int to, E entry) {
  }

  private final Node<E> root = new Node<>();
  private final boolean byNorm;

  /** @param byNorm compare words as written (lower-cased), as for names, instead of by morphological key */
  PhraseIndex(boolean byNorm) {
    this.byNorm = byNorm;
  }

  void add(List<String> keys, E entry) {
    if (keys.isEmpty()) {
      return;
    }
    Node<E> node = root;
    for (String key : keys) {
      if (node.next == null) {
        node.next = new HashMap<>();
      }
      node = node.next.computeIfAbsent(key, k -> new Node<>());
    }
    if (node.entries == null) {
      node.entries = new ArrayList<>(1);
    }
    if (!node.entries.contains(entry)) {
      node.entries.add(entry);
    }
  }

  /** The entries stored under exactly this key sequence. */
  List<E> get(List<String> keys) {
    Node<E> node = root;
    for (String key : keys) {
      node = node.next == null ? null : node.next.get(key);
      if (node == null) {
        return List.of();
      }
    }
    return node.entries == null ? List.of() : node.entries;
  }

  /** The entries stored under a single key. */
  List<E> get(String key) {
    Node<E> node = root.next == null ? null : root.next.get(key);
    return node == null || node.entries == null ? List.of() : node.entries;
  }

  /** Adds every phrase that starts at word {@code from} to {@code out}, shortest first. */
  void matchAt(List<Token> words, int from, List<Match<E>> out) {
    Node<E> node = root;
    for (int i = from; i < words.size(); i++) {
      Token token = words.get(i);
      if (i > from && (token.breakBefore || token.sentence != words.get(from).sentence)) {
        return;
      }
      node = node.next == null ? null : node.next.get(byNorm ? token.norm : token.key());
      if (node == null) {
        return;
      }
      if (node.entries != null) {
        for (E e : node.entries) {
          out.add(new Match<>(from, i + 1, e));
        }
      }
    }
  }
}
