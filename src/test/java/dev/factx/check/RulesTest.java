package dev.factx.check;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Each rule kind holds once and fails once; the parser names what is wrong and where. */
class RulesTest {
    private static final JsonNode STRIKE = Docs.tree(Docs.strike());
    private static final JsonNode BARE = Docs.tree(Docs.facts("bare", null, List.of(), List.of(),
            List.of(Docs.percent("12")), List.of(Docs.quote(null))));

    private static CheckReport check(String rule, JsonNode... docs) throws RulesException {
        Checker checker = new Checker(RuleSet.parse("{\"rules\": [" + rule + "]}"));
        for (JsonNode doc : docs) {
            checker.check(doc.path("id").asText(), "corpus/x.txt", doc, null);
        }
        return checker.finish();
    }

    /** The failures of the one rule, on the named document or the corpus. */
    private static List<Failure> failures(CheckReport report) {
        return Stream.concat(report.documents().stream().flatMap(d -> d.rules().stream()),
                report.corpus().stream()).flatMap(r -> r.failures().stream()).toList();
    }

    @Test
    void documentDate() throws Exception {
        assertThat(check("{\"rule\": \"document-date\"}", STRIKE).ok()).isTrue();
        assertThat(failures(check("{\"rule\": \"document-date\"}", STRIKE, BARE))).singleElement().satisfies(f -> {
            assertThat(f.document()).isEqualTo("bare");
            assertThat(f.rule()).isEqualTo("document-date");
            assertThat(f.fact()).isEqualTo(Failure.NO_FACT);
            assertThat(f.message()).startsWith("no document date");
        });
    }

    @Test
    void quoteSpeaker() throws Exception {
        assertThat(check("{\"rule\": \"quote-speaker\"}", STRIKE).ok()).isTrue();
        assertThat(failures(check("{\"rule\": \"quote-speaker\", \"kinds\": [\"direct\"]}", BARE)))
                .extracting(Failure::fact, Failure::message)
                .containsExactly(tuple("direct quote 31-50 \"We want 15 percent.\"", "has no speaker"));
    }

    @Test
    void minCountPerDocument() throws Exception {
        String rule = "{\"rule\": \"min-count\", \"layer\": \"entities\", \"min\": 1, \"where\": {\"type\": \"PERSON\"}}";
        assertThat(check(rule, STRIKE).ok()).isTrue();
        assertThat(failures(check(rule, STRIKE, BARE))).extracting(Failure::document, Failure::message)
                .containsExactly(tuple("bare", "0 entities with type=PERSON, fewer than the 1 required"));
    }

    @Test
    void minCountOnTheCorpus() throws Exception {
        String rule = "{\"rule\": \"min-count\", \"layer\": \"quotes\", \"min\": 2, \"scope\": \"corpus\"}";
        assertThat(check(rule, STRIKE, BARE).ok()).isTrue();
        CheckReport one = check(rule, STRIKE);
        assertThat(one.documents().get(0).rules()).isEmpty();
        assertThat(failures(one)).extracting(Failure::document, Failure::rule, Failure::message)
                .containsExactly(tuple(Failure.CORPUS, "min-count corpus quotes >= 2",
                        "1 quotes, fewer than the 2 required"));
    }

    @Test
    void presentInADocument() throws Exception {
        String rule = "{\"rule\": \"present\", \"document\": \"strike\", \"layer\": \"quantities\","
                + " \"where\": {\"unit\": \"%\", \"value\": \"15\"}}";
        assertThat(check(rule, STRIKE, BARE).ok()).isTrue();
        CheckReport wrong = check(rule.replace("\"15\"", "12"), STRIKE, BARE);
        assertThat(failures(wrong)).extracting(Failure::document, Failure::fact, Failure::message)
                .containsExactly(tuple("strike", "quantities with unit=%, value=12", "not found"));
    }

    @Test
    void presentNamesADocumentThatIsNotThere() throws Exception {
        String rule = "{\"rule\": \"present\", \"document\": \"strikes\", \"layer\": \"entities\", \"where\": {\"type\": \"PERSON\"}}";
        assertThat(failures(check(rule, STRIKE))).extracting(Failure::document, Failure::message)
                .containsExactly(tuple(Failure.CORPUS, "no document named 'strikes' among the inputs"));
    }

    @Test
    void absent() throws Exception {
        String rule = "{\"rule\": \"absent\", \"name\": \"no Keating\", \"layer\": \"entities\", \"where\": {\"name\": \"Paul Keating\"}}";
        assertThat(check(rule, BARE).ok()).isTrue();
        assertThat(failures(check(rule, STRIKE, BARE))).extracting(Failure::document, Failure::rule, Failure::fact)
                .containsExactly(tuple("strike", "no Keating", "entity PERSON \"Paul Keating\""));
    }

    @Test
    void noErrors() throws Exception {
        assertThat(check("{\"rule\": \"no-errors\"}", STRIKE).ok()).isTrue();
        CheckReport report = check("{\"rule\": \"no-errors\"}", STRIKE, Docs.error("gone"));
        assertThat(failures(report)).extracting(Failure::document, Failure::fact, Failure::message)
                .containsExactly(tuple("gone", "error not-found", "no such file"));
        assertThat(report.unreadable()).isEqualTo(1);
    }

    @Test
    void otherRulesSkipDocumentsThatCouldNotBeRead() throws Exception {
        CheckReport report = check("{\"rule\": \"document-date\"}", Docs.error("gone"));
        assertThat(report.documents().get(0).rules()).isEmpty();
        assertThat(report.documents().get(0).error().type()).isEqualTo("not-found");
    }

    @Test
    void parserNamesTheRuleAndTheField() {
        assertThatThrownBy(() -> RuleSet.parse("{\"rules\": [{\"rule\": \"no-errors\"}, {\"rule\": \"max-count\"}]}"))
                .hasMessageStartingWith("rules[1]: unknown rule 'max-count'; expected one of absent, document-date");
        assertThatThrownBy(() -> RuleSet.parse("{\"rules\": [{\"rule\": \"min-count\", \"layer\": \"entities\", \"minimum\": 3}]}"))
                .hasMessageStartingWith("rules[0]: min-count has no field 'minimum'");
        assertThatThrownBy(() -> RuleSet.parse("{\"rules\": [{\"rule\": \"min-count\", \"layer\": \"people\", \"min\": 3}]}"))
                .hasMessage("rules[0].layer: expected one of entities, dates, quantities, quotes, was 'people'");
        assertThatThrownBy(() -> RuleSet.parse("{\"rules\": [{\"rule\": \"present\", \"layer\": \"entities\"}]}"))
                .hasMessageStartingWith("rules[0].where: say which fact");
        assertThatThrownBy(() -> RuleSet.parse("{\"rules\": [\n{\"rule\": }]}"))
                .hasMessageStartingWith("not valid JSON: line 2, column");
        assertThatThrownBy(() -> RuleSet.parse("[]")).hasMessageStartingWith("expected an object with a \"rules\" array");
    }
}
