package dev.factx.extract.quotes;

import dev.factx.facts.Quote;

import java.util.List;

/**
 * One report found twice: two quotes that overlap and name the same speaker mention are one
 * statement seen by two finders ("“Here comes Big Daddy,” she said, clapping" inside the
 * direct quotation around it; "she hopes to be elected president" cut short of the ", but she
 * knows that …" the same "Clinton says" goes on to). The longer one holds the whole of it.
 */
final class RepeatedReports {
    private RepeatedReports() {
    }

    static List<Quote> drop(List<Quote> quotes) {
        return quotes.stream().filter(q -> quotes.stream().noneMatch(o -> o != q && covers(o, q))).toList();
    }

    /** {@code other} overlaps {@code q} with the same speaker mention and is longer (the earlier when as long). */
    private static boolean covers(Quote other, Quote q) {
        if (q.speaker() == null || other.speaker() == null || q.speaker().start() != other.speaker().start()
                || other.start() >= q.end() || q.start() >= other.end()) {
            return false;
        }
        int length = q.end() - q.start();
        int otherLength = other.end() - other.start();
        return otherLength > length || otherLength == length && other.start() < q.start();
    }
}
