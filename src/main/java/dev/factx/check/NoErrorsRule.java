package dev.factx.check;

import java.util.List;

/** No document became an error record: every one was read and extracted. */
record NoErrorsRule(String name) implements Rule {
    @Override
    public List<Failure> check(Doc doc) {
        if (!doc.isError()) {
            return List.of();
        }
        return List.of(new Failure(doc.name(), name, "error " + doc.facts().path("error").path("type").asText(),
                doc.facts().path("error").path("message").asText()));
    }
}
