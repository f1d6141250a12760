package dev.factx.check;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** At least min facts of a layer (that match where) in each document, or in the whole corpus. */
record MinCountRule(String name, String layer, long min, Where where, boolean corpus) implements Rule {

    long count(Doc doc) {
        long n = 0;
        for (JsonNode fact : doc.facts().path(layer)) {
            if (where.matches(fact)) {
                n++;
            }
        }
        return n;
    }

    @Override
    public List<Failure> check(Doc doc) {
        return judge(doc.name(), count(doc));
    }

    /** The verdict on a count: of one document, or summed over the corpus. */
    List<Failure> judge(String document, long count) {
        if (count >= min) {
            return List.of();
        }
        String what = where.fields().isEmpty() ? layer : layer + " with " + where.describe();
        return List.of(new Failure(document, name, Failure.NO_FACT,
                count + " " + what + ", fewer than the " + min + " required"));
    }
}
