package dev.factx.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.factx.output.Json;
import dev.factx.testing.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "factx schema" describes what "factx extract" really writes. */
class SchemaTest {

    private static JsonSchema schema() {
        CliRun run = CliRun.of("schema");
        assertThat(run.exitCode()).isZero();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(run.stdout());
    }

    @Test
    void realOutputOfTheSeedArticleIsValid() throws Exception {
        Fixtures.pipeline();
        CliRun run = CliRun.of("extract", "--date", "2019-07-04", Fixtures.SEED.toString());
        JsonNode doc = Json.mapper().readTree(run.stdout());

        assertThat(schema().validate(doc)).isEmpty();
    }

    @Test
    void errorRecordsAreValidAndFactsWithoutOffsetsAreNot() throws Exception {
        JsonSchema schema = schema();
        JsonNode error = Json.mapper().readTree(CliRun.of("extract", "no/such/file.txt").stdout());
        JsonNode broken = Json.mapper().readTree("{\"schema\":\"factx/1\",\"id\":\"a\",\"source\":\"a.txt\","
                + "\"stats\":{\"characters\":1,\"sentences\":1,\"tokens\":1},\"dates\":[{\"text\":\"Thursday\","
                + "\"type\":\"DATE\",\"value\":\"2019-07-04\",\"resolved\":true}]}");

        assertThat(schema.validate(error)).isEmpty();
        assertThat(schema.validate(broken)).isNotEmpty();
    }
}
