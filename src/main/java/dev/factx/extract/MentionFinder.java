package dev.factx.extract;

import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds entity mentions: runs of tokens that carry one named-entity tag, and the names the
 * user's gazetteer lists, which win where the two overlap.
 */
final class MentionFinder {
    /** Tags that name things; TITLE, dates and numbers are not entities of their own. */
    static final Set<String> NAMED_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION",
            "MISC", "COUNTRY", "CITY", "STATE_OR_PROVINCE", "NATIONALITY", "RELIGION", "IDEOLOGY");
    /**
     * Fine-grained tags that the regex NER stamps on common words inside longer names ("War" in
     * "Cold War" as CAUSE_OF_DEATH): such a token joins the name it stands in.
     */
    private static final Set<String> ABSORBED_TYPES = Set.of("CAUSE_OF_DEATH", "CRIMINAL_CHARGE",
            "RELIGION", "IDEOLOGY");

    private MentionFinder() {
    }

    static List<TaggedMention> find(AnnotatedText doc, Gazetteer gazetteer) {
        List<TaggedMention> fromGazetteer = new ArrayList<>();
        for (Gazetteer.Match m : gazetteer.find(doc.text())) {
            TaggedMention mention = covering(doc, m.start(), m.end(), m.type());
            if (mention != null) {
                fromGazetteer.add(mention);
            }
        }
        List<TaggedMention> all = new ArrayList<>(fromGazetteer);
        for (TaggedMention m : fromNer(doc)) {
            if (fromGazetteer.stream().noneMatch(m::overlaps)) {
                all.add(m);
            }
        }
        all.sort(Comparator.comparingInt(TaggedMention::start));
        return all;
    }

    /** A mention over the tokens that cover [start, end), or null where tokens split differently. */
    static TaggedMention covering(AnnotatedText doc, int start, int end, String type) {
        List<Token> covered = doc.tokens().stream().filter(t -> t.start() < end && t.end() > start).toList();
        if (covered.isEmpty() || covered.get(0).start() != start || covered.get(covered.size() - 1).end() != end) {
            return null;
        }
        return new TaggedMention(doc.text(start, end), start, end, type, covered);
    }

    private static List<TaggedMention> fromNer(AnnotatedText doc) {
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
        return ABSORBED_TYPES.contains(next.ner()) && next.hasPos("NNP") && previous.hasPos("NNP");
    }

    /** Drops edge tokens that cannot begin or end a name ("and", "of", "the"). */
    private static void addTrimmed(AnnotatedText doc, List<Token> run, String type, List<TaggedMention> out) {
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
