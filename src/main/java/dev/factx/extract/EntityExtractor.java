package dev.factx.extract;

import dev.factx.facts.Entity;
import dev.factx.facts.Mention;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns token-level NER tags into distinct entities: finds the mentions, then groups the
 * mentions that name the same thing ("Putin" and "Vladimir Putin", "U.S." and "United States",
 * "INF" where the text defines it as short for the Intermediate-Range Nuclear Forces Treaty).
 */
final class EntityExtractor {
    private static final Set<String> TREATY_WORDS = Set.of("Treaty", "Accord", "Accords", "Agreement",
            "Convention", "Protocol", "Pact");
    private static final Set<String> LAW_WORDS = Set.of("Act", "Law", "Bill", "Amendment", "Code");

    private EntityExtractor() {
    }

    static List<Entity> extract(AnnotatedText doc, Gazetteer gazetteer) {
        List<TaggedMention> mentions = MentionFinder.find(doc, gazetteer);
        List<AliasDefinitions.Alias> aliases = AliasDefinitions.find(doc, mentions);
        mentions = withAliases(mentions, AliasDefinitions.occurrences(doc, aliases));
        Map<String, String> aliasKeys = new HashMap<>();
        aliases.forEach(a -> aliasKeys.put(Names.key(a.name()), Names.key(a.definedBy().text())));

        List<Cluster> clusters = cluster(mentions, aliasKeys);
        for (AliasDefinitions.Alias a : aliases) {
            clusters.stream().filter(c -> c.mentions.contains(a.definedBy())).findFirst()
                    .ifPresent(c -> c.name = Names.canonical(a.definedBy().text()));
        }
        clusters.sort(Comparator.comparingInt(Cluster::first));
        int maxCount = clusters.stream().mapToInt(c -> c.mentions.size()).max().orElse(1);
        List<Entity> entities = new ArrayList<>(clusters.size());
        for (Cluster c : clusters) {
            List<Mention> ordered = c.mentions.stream()
                    .sorted(Comparator.comparingInt(TaggedMention::start))
                    .map(m -> new Mention(m.text(), m.start(), m.end()))
                    .toList();
            String type = c.type();
            entities.add(new Entity("e" + (entities.size() + 1), c.name, type, ordered.size(), c.first(),
                    salience(ordered.size(), maxCount, c.first(), doc.text().length()),
                    type.equals("PERSON") ? titles(doc, c) : null, ordered));
        }
        return entities;
    }

    /** Alias occurrences replace the NER mentions they overlap ("New" inside "New START"). */
    private static List<TaggedMention> withAliases(List<TaggedMention> mentions, List<TaggedMention> aliases) {
        List<TaggedMention> merged = new ArrayList<>(aliases);
        for (TaggedMention m : mentions) {
            if (aliases.stream().noneMatch(m::overlaps)) {
                merged.add(m);
            }
        }
        merged.sort(Comparator.comparingInt(TaggedMention::start));
        return merged;
    }

    /** Half from how often it is named, half from how early: the lead names the subject. */
    private static double salience(int count, int maxCount, int first, int length) {
        double frequency = (double) count / maxCount;
        double position = 1.0 - (double) first / Math.max(1, length);
        return Math.round((0.5 * frequency + 0.5 * position) * 1000) / 1000.0;
    }

    /** "President Vladimir Putin": the TITLE-tagged words right before a person's mentions. */
    private static List<String> titles(AnnotatedText doc, Cluster c) {
        Set<String> titles = new LinkedHashSet<>();
        List<Token> tokens = doc.tokens();
        for (TaggedMention m : c.mentions) {
            int end = m.tokens().get(0).index();
            int start = end;
            while (start > 0 && "TITLE".equals(tokens.get(start - 1).ner())
                    && tokens.get(start - 1).sentence() == tokens.get(end).sentence()) {
                start--;
            }
            if (start < end) {
                titles.add(doc.text(tokens.get(start).start(), tokens.get(end - 1).end()));
            }
        }
        return new ArrayList<>(titles);
    }

    private static List<Cluster> cluster(List<TaggedMention> mentions, Map<String, String> aliasKeys) {
        // Longest names first, so that a cluster's name is the fullest form in the text and
        // short forms ("Putin", "US") find the cluster they abbreviate.
        List<TaggedMention> byLength = new ArrayList<>(mentions);
        byLength.sort(Comparator.comparingInt((TaggedMention m) -> -m.tokens().size())
                .thenComparingInt(m -> -m.text().length())
                .thenComparingInt(TaggedMention::start));
        List<Cluster> clusters = new ArrayList<>();
        Map<String, Cluster> byKey = new HashMap<>();
        for (TaggedMention m : byLength) {
            String own = Names.key(m.text());
            String key = aliasKeys.getOrDefault(own, own);
            Cluster target = byKey.get(key);
            if (target == null) {
                target = clusters.stream().filter(c -> c.accepts(m)).findFirst().orElse(null);
            }
            if (target == null) {
                target = new Cluster(Names.canonical(m.text()));
                clusters.add(target);
            }
            target.mentions.add(m);
            byKey.putIfAbsent(key, target);
        }
        return clusters;
    }

    private static final class Cluster {
        /** The fullest name in the text; the long form where the text defines a short one. */
        String name;
        final List<TaggedMention> mentions = new ArrayList<>();

        Cluster(String name) {
            this.name = name;
        }

        int first() {
            return mentions.stream().mapToInt(TaggedMention::start).min().orElse(0);
        }

        boolean accepts(TaggedMention m) {
            if (isPerson()) {
                return Names.isShortFormOfPerson(m.text(), name);
            }
            // People have no acronyms: "US" is not short for "Ulf Stenlund".
            return Names.isAcronymOf(m.text(), name) || Names.aliasOf(m.text()).equals(name);
        }

        boolean isPerson() {
            return mentions.stream().anyMatch(m -> m.type().equals("PERSON") && m.tokens().size() > 1);
        }

        /**
         * A full personal name settles it as PERSON; a name ending in Treaty or Act is a TREATY
         * or LAW whatever the NER said; otherwise the type most of its mentions carry.
         */
        String type() {
            if (isPerson()) {
                return "PERSON";
            }
            String last = name.substring(name.lastIndexOf(' ') + 1);
            if (name.contains(" ") && TREATY_WORDS.contains(last)) {
                return "TREATY";
            }
            if (name.contains(" ") && LAW_WORDS.contains(last)) {
                return "LAW";
            }
            Map<String, Integer> votes = new LinkedHashMap<>();
            mentions.stream()
                    .sorted(Comparator.comparingInt((TaggedMention m) -> -m.tokens().size()))
                    .forEach(m -> votes.merge(m.type(), 1, Integer::sum));
            return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
    }
}
