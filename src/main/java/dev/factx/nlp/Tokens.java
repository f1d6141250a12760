package dev.factx.nlp;

import java.util.List;

/** Finding tokens by character offset in a document's token list, which is sorted by offset. */
public final class Tokens {
    private Tokens() {
    }

    /** Index of the first token that ends after {@code offset}; the list's size when none does. */
    public static int firstEndingAfter(List<Token> tokens, int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
