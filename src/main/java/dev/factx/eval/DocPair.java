package dev.factx.eval;

import java.util.List;

/** One document's gold and predicted spans of one layer, with what errors need to show them. */
record DocPair<T>(String id, String text, List<T> gold, List<T> predicted) {
}
