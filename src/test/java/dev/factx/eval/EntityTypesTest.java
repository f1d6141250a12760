package dev.factx.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntityTypesTest {
    @Test
    void finerTypesMapDownToConll() {
        assertThat(EntityTypes.toConll("PERSON")).isEqualTo("PERSON");
        assertThat(EntityTypes.toConll("ORGANIZATION")).isEqualTo("ORGANIZATION");
        assertThat(EntityTypes.toConll("COUNTRY")).isEqualTo("LOCATION");
        assertThat(EntityTypes.toConll("CITY")).isEqualTo("LOCATION");
        assertThat(EntityTypes.toConll("STATE_OR_PROVINCE")).isEqualTo("LOCATION");
        assertThat(EntityTypes.toConll("NATIONALITY")).isEqualTo("MISC");
        assertThat(EntityTypes.toConll("RELIGION")).isEqualTo("MISC");
        assertThat(EntityTypes.toConll("IDEOLOGY")).isEqualTo("MISC");
        assertThat(EntityTypes.toConll("TREATY")).isEqualTo("MISC");
        assertThat(EntityTypes.toConll("LAW")).isEqualTo("MISC");
    }

    @Test
    void typesWithoutCounterpartAreNotScored() {
        assertThat(EntityTypes.toConll("TITLE")).isNull();
        assertThat(EntityTypes.toConll("DATE")).isNull();
        assertThat(EntityTypes.toConll("MONEY")).isNull();
        assertThat(EntityTypes.toConll(null)).isNull();
    }
}
