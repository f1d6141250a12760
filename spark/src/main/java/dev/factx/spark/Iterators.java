package dev.factx.spark;

import java.util.Iterator;
import java.util.function.Function;

/** Lazy mapping of iterators: a partition streams through, it is never held whole. */
final class Iterators {
    private Iterators() {
    }

    static <A, B> Iterator<B> map(Iterator<A> in, Function<? super A, ? extends B> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public B next() {
                return f.apply(in.next());
            }
        };
    }
}
