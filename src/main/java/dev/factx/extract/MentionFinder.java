package dev.factx.extract;

import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Token;
import dev.factx.nlp.Tokens;

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
    private static final Set<String> COARSE_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

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
        List<Token> tokens = doc.tokens();
        int first = Tokens.firstEndingAfter(tokens, start);
        int last = first;
        while (last < tokens.size() && tokens.get(last).start() < end) {
            last++;
        }
        List<Token> covered = tokens.subList(first, last);
        if (covered.isEmpty() || covered.get(0).start() != start || covered.get(covered.size() - 1).end() != end) {
            return null;
        }
        return new TaggedMention(doc.text(start, end), start, end, type, covered);
    }

    /**
     * Runs of tokens that the statistical tagger gave one tag: it decides where a name begins
     * and ends ("U.S. Open" is one MISC name, though the gazetteers call "U.S." a COUNTRY). The
     * fine-grained tag gives the type where it covers the whole run ("Russia" is a COUNTRY).
     */
    private static List<TaggedMention> fromNer(AnnotatedText doc) {
        List<TaggedMention> found = new ArrayList<>();
        List<Token> tokens = doc.tokens();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            String group = group(t);
            if (group == null) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && group.equals(group(tokens.get(end)))
                    && tokens.get(end).sentence() == t.sentence() && !tokens.get(end).text().equals(",")) {
                end++;
            }
            addTrimmed(doc, tokens.subList(i, end), found);
            i = end;
        }
        return found;
    }

    /** The tag that groups a token into a name, or null for a token outside names. */
    private static String group(Token t) {
        if (t.coarseNer() != null && COARSE_TYPES.contains(t.coarseNer())) {
            return t.coarseNer();
        }
        return NAMED_TYPES.contains(t.ner()) ? t.ner() : null;
    }

    private static String type(List<Token> run) {
        String fine = run.get(0).ner();
        boolean uniform = run.stream().allMatch(t -> fine.equals(t.ner()));
        return uniform && NAMED_TYPES.contains(fine) ? fine : group(run.get(0));
    }

    /** Drops edge tokens that cannot begin or end a name ("and", "of", "the"). */
    private static void addTrimmed(AnnotatedText doc, List<Token> run, List<TaggedMention> out) {
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
        String type = type(kept);
        int start = kept.get(0).start();
        int end = kept.get(kept.size() - 1).end();
        out.add(new TaggedMention(doc.text(start, end), start, end, type, List.copyOf(kept)));
    }

    private static boolean canEdge(Token t) {
        return t.hasPos("NN") || t.hasPos("JJ") || t.hasPos("CD") || t.hasPos("FW")
                || (t.text().length() > 1 && Character.isUpperCase(t.text().charAt(0)));
    }
}
