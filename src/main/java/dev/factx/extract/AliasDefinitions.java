package dev.factx.extract;

import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Short names the text itself defines for an entity: "the Intermediate-Range Nuclear Forces
 * Treaty (or INF treaty)", "Group of Twenty (G-20)", "the Strategic Arms Reduction Treaty, also
 * known as New START". Every later use of the short name is a mention of the long one, even
 * where the statistical NER missed or cut it ("New" for "New START").
 */
final class AliasDefinitions {
    private static final Set<String> OPENERS = Set.of("or", "also", "known", "as", "formerly", "aka", "the");

    /** A short name and the mention that defines it. */
    record Alias(String name, TaggedMention definedBy) {
    }

    private AliasDefinitions() {
    }

    static List<Alias> find(AnnotatedText doc, List<TaggedMention> mentions) {
        List<Alias> aliases = new ArrayList<>();
        List<Token> tokens = doc.tokens();
        for (TaggedMention m : mentions) {
            int next = m.tokens().get(m.tokens().size() - 1).index() + 1;
            if (m.type().equals("PERSON")) {
                continue;
            }
            if (next < tokens.size() && tokens.get(next).text().equals("(")) {
                int opened = skipOpeners(tokens, next + 1);
                List<Token> name = properRun(tokens, opened);
                // "(or INF treaty)" and "(ABMT)" define a short name; "Ulihrach (Czech Republic)"
                // only says where someone is from.
                boolean defines = opened > next + 1 || isAcronym(doc, name);
                if (!name.isEmpty() && defines && closesSoon(tokens, name)) {
                    aliases.add(new Alias(text(doc, name), m));
                }
            } else if (next + 3 < tokens.size() && tokens.get(next).text().equals(",")
                    && tokens.get(next + 1).lower().equals("also") && tokens.get(next + 2).lower().equals("known")
                    && tokens.get(next + 3).lower().equals("as")) {
                List<Token> name = properRun(tokens, next + 4);
                if (!name.isEmpty()) {
                    aliases.add(new Alias(text(doc, name), m));
                }
            }
        }
        return aliases;
    }

    private static int skipOpeners(List<Token> tokens, int i) {
        while (i < tokens.size() && OPENERS.contains(tokens.get(i).lower())) {
            i++;
        }
        return i;
    }

    /**
     * Capitalised words from {@code i}: "INF", "New START", and "G-20" or "SSC-8" even where
     * the tokenizer split them at the hyphen.
     */
    private static List<Token> properRun(List<Token> tokens, int i) {
        if (i >= tokens.size() || !isProper(tokens.get(i))) {
            return List.of();
        }
        int end = i + 1;
        while (end < tokens.size() && end - i < 6 && tokens.get(end).sentence() == tokens.get(i).sentence()
                && (isProper(tokens.get(end)) || isAttachedWordPart(tokens.get(end), tokens.get(end - 1)))) {
            end++;
        }
        return tokens.subList(i, end);
    }

    /** "ABMT", "G-20", "SSC-8": capitals, digits and hyphens, short. */
    private static boolean isAcronym(AnnotatedText doc, List<Token> name) {
        return !name.isEmpty() && text(doc, name).matches("[A-Z][A-Z0-9-]{1,9}");
    }

    private static boolean isAttachedWordPart(Token t, Token previous) {
        return t.start() == previous.end() && t.text().matches("[\\p{L}\\p{N}-]+");
    }

    private static boolean isProper(Token t) {
        String s = t.text();
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0));
    }

    /** "(or INF treaty)": the bracket closes after at most two more lower-case words. */
    private static boolean closesSoon(List<Token> tokens, List<Token> name) {
        int k = name.get(name.size() - 1).index() + 1;
        for (int words = 0; k < tokens.size() && words <= 2; k++, words++) {
            if (tokens.get(k).text().equals(")")) {
                return true;
            }
        }
        return false;
    }

    private static String text(AnnotatedText doc, List<Token> name) {
        return doc.text(name.get(0).start(), name.get(name.size() - 1).end());
    }

    /** Every occurrence of each alias as whole tokens: the mentions the aliases add. */
    static List<TaggedMention> occurrences(AnnotatedText doc, List<Alias> aliases) {
        List<TaggedMention> found = new ArrayList<>();
        for (Alias a : aliases) {
            String text = doc.text();
            for (int at = text.indexOf(a.name()); at >= 0; at = text.indexOf(a.name(), at + 1)) {
                TaggedMention m = MentionFinder.covering(doc, at, at + a.name().length(), a.definedBy().type());
                if (m != null) {
                    found.add(m);
                }
            }
        }
        return found;
    }
}
