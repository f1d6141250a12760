package dev.factx.eval;

import java.math.BigDecimal;
import java.util.List;

/** Hand-made spans for scorer tests: found in the text by their words, so offsets stay right. */
final class Spans {
    private Spans() {
    }

    static int at(String text, String words) {
        int i = text.indexOf(words);
        if (i < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in the text");
        }
        return i;
    }

    static EntitySpan entity(String text, String words, String type) {
        return new EntitySpan(at(text, words), at(text, words) + words.length(), words, type);
    }

    static TimexSpan timex(String text, String words, String type, String value) {
        return new TimexSpan(at(text, words), at(text, words) + words.length(), words, type, value);
    }

    static QuantitySpan quantity(String text, String words, String kind, String value, String unit) {
        return new QuantitySpan(at(text, words), at(text, words) + words.length(), words, kind,
                value == null ? null : new BigDecimal(value), unit);
    }

    static QuoteSpan quote(String text, String words, String kind, String speaker, String name) {
        QuoteSpan.Mention mention = speaker == null ? null
                : new QuoteSpan.Mention(at(text, speaker), at(text, speaker) + speaker.length(), speaker);
        return new QuoteSpan(at(text, words), at(text, words) + words.length(), words, kind, mention, name);
    }

    static <T> DocPair<T> doc(String text, List<T> gold, List<T> predicted) {
        return new DocPair<>("d1", text, gold, predicted);
    }
}
