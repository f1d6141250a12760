package dev.factx.input;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator that must read ahead to know whether there is a next element (a line that may
 * be blank, an input that may be skipped): subclasses only say how to find the next one.
 */
public abstract class LookaheadIterator<T> implements Iterator<T> {
    private T next;
    private boolean ended;

    /** The next element, or null when there are no more; not called again after null. */
    protected abstract T advance();

    @Override
    public final boolean hasNext() {
        if (next == null && !ended) {
            next = advance();
            ended = next == null;
        }
        return next != null;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T result = next;
        next = null;
        return result;
    }
}
