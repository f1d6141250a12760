package dev.factx.extract;

import dev.factx.facts.Entity;
import dev.factx.facts.Mention;
import dev.factx.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntityExtractorTest {

    private static List<Entity> entities(String text) {
        return EntityExtractor.extract(Fixtures.annotate(text, null), Gazetteer.EMPTY);
    }

    private static Entity named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + entities));
    }

    @Test
    void surnameJoinsTheFullNameOfThePerson() {
        List<Entity> found = entities("President Vladimir Putin said Russia is ready to talk. "
                + "Putin added that the treaty had collapsed.");

        Entity putin = named(found, "Vladimir Putin");
        assertThat(putin.type()).isEqualTo("PERSON");
        assertThat(putin.mentions()).extracting(Mention::text).containsExactly("Vladimir Putin", "Putin");
        assertThat(found).extracting(Entity::name).doesNotContain("Putin", "President");
    }

    @Test
    void abbreviationsOfACountryAreOneEntity() {
        List<Entity> found = entities("Russia is ready to restart discussions with the United States. "
                + "The U.S. was formally withdrawing. The US denied it.");

        Entity us = named(found, "United States");
        assertThat(us.type()).isEqualTo("COUNTRY");
        assertThat(us.mentions()).extracting(Mention::text).containsExactly("United States", "U.S.", "US");
        assertThat(us.count()).isEqualTo(3);
    }

    @Test
    void acronymDefinedInTheTextJoinsItsLongForm() {
        List<Entity> found = entities("The U.S. had unilaterally withdrawn from the Anti-Ballistic "
                + "Missile Treaty (ABMT) in 2002.");

        assertThat(named(found, "Anti-Ballistic Missile Treaty").mentions())
                .extracting(Mention::text).containsExactly("Anti-Ballistic Missile Treaty", "ABMT");
    }

    @Test
    void entitiesAreNumberedInOrderOfFirstMentionWithExactOffsets() {
        String text = "NATO called on Russia to save the treaty.";
        List<Entity> found = entities(text);

        assertThat(found).extracting(Entity::id, Entity::name, Entity::type, Entity::first)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("e1", "NATO", "ORGANIZATION", 0),
                        org.assertj.core.groups.Tuple.tuple("e2", "Russia", "COUNTRY", 15));
        Mention russia = found.get(1).mentions().get(0);
        assertThat(text.substring(russia.start(), russia.end())).isEqualTo("Russia");
    }

    @Test
    void shortNamesTheTextDefinesJoinTheirLongForm() {
        List<Entity> found = entities("Russia left the Intermediate-Range Nuclear Forces Treaty (or INF treaty) "
                + "signed in 1987. He said the Strategic Arms Reduction Treaty, also known as New START, was also "
                + "under threat. The INF treaty had held for decades, and New START expires in 2021.");

        Entity inf = named(found, "Intermediate-Range Nuclear Forces Treaty");
        assertThat(inf.type()).isEqualTo("TREATY");
        assertThat(inf.mentions()).extracting(Mention::text)
                .containsExactly("Intermediate-Range Nuclear Forces Treaty", "INF", "INF");
        assertThat(named(found, "Strategic Arms Reduction Treaty").mentions()).extracting(Mention::text)
                .containsExactly("Strategic Arms Reduction Treaty", "New START", "New START");
        assertThat(found).extracting(Entity::name).doesNotContain("New", "INF");
    }

    @Test
    void titlesAttachToTheirPersonAndColdWarStaysWhole() {
        List<Entity> found = entities("He had spoken to President Donald Trump about the arms developed "
                + "during the Cold War.");

        Entity trump = named(found, "Donald Trump");
        assertThat(trump.titles()).containsExactly("President");
        assertThat(named(found, "Cold War").mentions()).hasSize(1);
        assertThat(found).extracting(Entity::name).doesNotContain("President", "Cold", "War");
    }

    @Test
    void gazetteerNamesWinOverTheStatisticalTagger() {
        Gazetteer weapons = Gazetteer.of(List.of("9M729\tWEAPON", "/SSC-\\d+/\tWEAPON"));
        List<Entity> found = EntityExtractor.extract(Fixtures.annotate(
                "The U.S. says the 9M729 (or SSC-8) cruise missile violates the treaty.", null), weapons);

        assertThat(found).filteredOn(e -> e.type().equals("WEAPON")).extracting(Entity::name)
                .containsExactly("9M729");
        assertThat(named(found, "9M729").mentions()).extracting(Mention::text).containsExactly("9M729", "SSC-8");
    }
}
