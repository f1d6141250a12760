package dev.factx.extract;

import dev.factx.facts.Entity;
import dev.factx.facts.Mention;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns token-level NER tags into distinct entities: finds the mentions, then groups the
 * mentions that name the same thing ("Putin" and "Vladimir Putin", "U.S." and "United States").
 */
final class EntityExtractor {
    /** Tags that name things; TITLE, dates and numbers are not entities of their own. */
    private static final Set<String> NAMED_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION",
            "MISC", "COUNTRY", "CITY", "STATE_OR_PROVINCE", "NATIONALITY", "RELIGION", "IDEOLOGY");
    /**
     * Fine-grained tags that the regex NER stamps on common words inside longer names ("War" in
     * "Cold War" as CAUSE_OF_DEATH): such a token joins the name it stands in.
     */
    private static final Set<String> ABSORBED_TYPES = Set.of("CAUSE_OF_DEATH", "CRIMINAL_CHARGE",
            "RELIGION", "IDEOLOGY", "TITLE");

    private EntityExtractor() {
    }

    static List<Entity> extract(AnnotatedText doc) {
        List<TaggedMention> mentions = MentionFinder.find(doc);
        List<Cluster> clusters = cluster(mentions);
        clusters.sort(Comparator.comparingInt(Cluster::first));
        int maxCount = clusters.stream().mapToInt(c -> c.mentions.size()).max().orElse(1);
        List<Entity> entities = new ArrayList<>(clusters.size());
        for (Cluster c : clusters) {
            List<Mention> ordered = c.mentions.stream()
                    .sorted(Comparator.comparingInt(TaggedMention::start))
                    .map(m -> new Mention(m.text(), m.start(), m.end()))
                    .toList();
            entities.add(new Entity("e" + (entities.size() + 1), c.name, c.type(), ordered.size(),
                    c.first(), salience(ordered.size(), maxCount, c.first(), doc.text().length()),
                    ordered));
        }
        return entities;
    }

    /** Half from how often it is named, half from how early: the lead names the subject. */
    private static double salience(int count, int maxCount, int first, int length) {
        double frequency = (double) count / maxCount;
        double position = 1.0 - (double) first / Math.max(1, length);
        return Math.round((0.5 * frequency + 0.5 * position) * 1000) / 1000.0;
    }

    private static List<Cluster> cluster(List<TaggedMention> mentions) {
        // Longest names first, so that a cluster's name is the fullest form in the text and
        // short forms ("Putin", "US") find the cluster they abbreviate.
        List<TaggedMention> byLength = new ArrayList<>(mentions);
        byLength.sort(Comparator.comparingInt((TaggedMention m) -> -m.tokens().size())
                .thenComparingInt(m -> -m.text().length())
                .thenComparingInt(TaggedMention::start));
        List<Cluster> clusters = new ArrayList<>();
        Map<String, Cluster> byKey = new HashMap<>();
        for (TaggedMention m : byLength) {
            String key = Names.key(m.text());
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
        final String name;
        final List<TaggedMention> mentions = new ArrayList<>();

        Cluster(String name) {
            this.name = name;
        }

        int first() {
            return mentions.stream().mapToInt(TaggedMention::start).min().orElse(0);
        }

        boolean accepts(TaggedMention m) {
            return Names.isAcronymOf(m.text(), name)
                    || Names.aliasOf(m.text()).equals(name)
                    || (isPerson() && Names.isShortFormOfPerson(m.text(), name));
        }

        boolean isPerson() {
            return mentions.stream().anyMatch(m -> m.type().equals("PERSON") && m.tokens().size() > 1);
        }

        /** The type most of its mentions carry; a full personal name settles it as PERSON. */
        String type() {
            if (isPerson()) {
                return "PERSON";
            }
            Map<String, Integer> votes = new LinkedHashMap<>();
            mentions.stream()
                    .sorted(Comparator.comparingInt((TaggedMention m) -> -m.tokens().size()))
                    .forEach(m -> votes.merge(m.type(), 1, Integer::sum));
            return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
    }

    /** A mention with the NER type of its tokens. */
    record TaggedMention(String text, int start, int end, String type, List<Token> tokens) {
    }

    /** Finds mentions: runs of tokens carrying the same named-entity tag. */
    static final class MentionFinder {
        private MentionFinder() {
        }

        static List<TaggedMention> find(AnnotatedText doc) {
            List<TaggedMention> found = new ArrayList<>();
            List<Token> tokens = doc.tokens();
            int i = 0;
            while (i < tokens.size()) {
                Token t = tokens.get(i);
                if (!NAMED_TYPES.contains(t.ner())) {
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < tokens.size() && continues(tokens.get(end - 1), tokens.get(end), t.ner())) {
                    end++;
                }
                addTrimmed(doc, tokens.subList(i, end), t.ner(), found);
                i = end;
            }
            return found;
        }

        private static boolean continues(Token previous, Token next, String type) {
            if (next.sentence() != previous.sentence() || next.text().equals(",")) {
                return false;
            }
            if (type.equals(next.ner())) {
                return true;
            }
            return ABSORBED_TYPES.contains(next.ner()) && !"TITLE".equals(next.ner())
                    && next.hasPos("NNP") && previous.hasPos("NNP");
        }

        /** Drops edge tokens that cannot begin or end a name ("and", "of", "the"). */
        private static void addTrimmed(AnnotatedText doc, List<Token> run, String type,
                                       List<TaggedMention> out) {
            int from = 0;
            int to = run.size();
            while (from < to && !canEdge(run.get(from))) {
                from++;
            }
            while (to > from && !canEdge(run.get(to - 1))) {
                to--;
            }
            if (from == to) {
                return;
            }
            List<Token> kept = run.subList(from, to);
            int start = kept.get(0).start();
            int end = kept.get(kept.size() - 1).end();
            out.add(new TaggedMention(doc.text(start, end), start, end, type, List.copyOf(kept)));
        }

        private static boolean canEdge(Token t) {
            return t.hasPos("NN") || t.hasPos("JJ") || t.hasPos("CD") || t.hasPos("FW")
                    || (t.text().length() > 1 && Character.isUpperCase(t.text().charAt(0)));
        }
    }
}
