package dev.factx.check;

import java.util.List;

/** Every document has a document date, so relative dates ("Thursday") resolve. */
record DocumentDateRule(String name) implements Rule {
    @Override
    public List<Failure> check(Doc doc) {
        if (doc.facts().path("documentDate").isObject()) {
            return List.of();
        }
        return List.of(new Failure(doc.name(), name, Failure.NO_FACT,
                "no document date; give --date, a date in the file name, or a date field in the input"));
    }
}
