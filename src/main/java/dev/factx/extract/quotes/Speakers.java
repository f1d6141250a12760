package dev.factx.extract.quotes;

import dev.factx.facts.Entity;
import dev.factx.facts.Mention;
import dev.factx.facts.Quote;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Token;

import java.util.List;
import java.util.Set;

/**
 * Reads the speaker noun phrase next to a speech verb and links it to its entity: "Putin",
 * "President Vladimir Putin", "the U.S. administration", "a source"; "he" and "she" become
 * the last person named before the quote.
 */
final class Speakers {
    /** Personal pronouns, the object forms included for a subject of an infinitive ("urged him to…"). */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> GROUP_PRONOUNS = Set.of("they", "it", "them");
    /** "many of whom say…": a part of the group a relative "whom" stands for. */
    private static final Set<String> QUANTIFIERS = Set.of("many", "some", "most", "all", "both", "few", "none",
            "several", "one", "each", "two", "three");
    private static final Set<String> MEMBER_GROUPS = Set.of("IDEOLOGY", "NATIONALITY", "RELIGION");
    /** Verbs that impose or permit what their object's infinitive does ("obligates countries to offer"). */
    private static final Set<String> DEONTIC = Set.of("require", "obligate", "oblige", "allow", "permit",
            "enable", "compel", "entitle", "authorize", "empower");
    /** "Stumpf in a televised interview appeared to…": a setting between a name and its verb. */
    private static final Set<String> SETTINGS = Set.of("in", "at", "during", "on");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "was", "were",
            "are", "will", "would", "did", "does", "do", "been", "being", "be", "also", "then", "later",
            "again", "once", "previously", "recently", "formally", "repeatedly", "publicly", "could",
            "may", "might", "should", "can", "not", "n't", "never", "reportedly",
            "'s", "’s", "'re", "’re", "'ve", "’ve", "'d", "’d", "'ll", "’ll", "n’t");

    private static final Set<String> TIME_NAMES = Set.of("january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month", "year", "morning",
            "evening", "night", "weekend");

    /** A year, a time even where no dates are extracted. */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(19|20)\\d\\d");

    private static final int MAX_APPOSITION_TOKENS = 30;
    private static final Set<String> DASHES = Set.of("—", "--", "–", "―");
    private static final int MAX_ASIDES = 3;
    private static final Set<String> OPENING_VERBS = Set.of("said", "says", "added", "adds", "asked", "asks",
            "wrote", "writes", "explained", "noted", "recalled");

    private final AnnotatedText doc;
    private final List<Entity> entities;

    Speakers(AnnotatedText doc, List<Entity> entities) {
        this.doc = doc;
        this.entities = entities;
    }

    /**
     * The subject before the verb at token {@code verb}: skips auxiliaries and adverbs, a
     * parenthesis ("Mike Pence (R-IN) said"), an apposition ("Hugh Hill, a doctor, said") and
     * a prepositional phrase ("The Trump administration in October said"); "who said" is said
     * by the noun phrase that "who" stands for.
     */
    Quote.Speaker subjectOf(int verb, int quoteStart) {
        List<Token> tokens = doc.tokens();
        int lowest = doc.sentenceOf(tokens.get(verb)).firstToken();
        int k = skipAuxiliaries(tokens, verb - 1, lowest);
        if (k >= lowest && tokens.get(k).text().equals(")")) {
            while (k >= lowest && !tokens.get(k).text().equals("(")) {
                k--;
            }
            k--;
        }
        Quote.Speaker apposed = null;
        // "Schiff, 56, who has served on the committee, said": one aside after another.
        for (int aside = 0; aside < MAX_ASIDES && k >= lowest && isAsideMark(tokens.get(k)); aside++) {
            int opening = appositionStart(tokens, k, lowest);
            if (opening <= lowest) {
                break;
            }
            if (apposed == null) {
                apposed = isName(tokens, opening + 1, k) ? speaker(opening + 1, k, quoteStart) : null;
            }
            k = opening - 1;
            // "Schiff, 56, who…": an age between commas.
            if (k - 1 > lowest && tokens.get(k).hasPos("CD") && tokens.get(k - 1).text().equals(",")) {
                k -= 2;
            }
            // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said": the party before the apposition.
            if (k > lowest && tokens.get(k).text().equals(")")) {
                while (k >= lowest && !tokens.get(k).text().equals("(")) {
                    k--;
                }
                k--;
            }
            // "Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA, said": a second
            // apposition before the first, when a name stands before it and the first is no name itself.
            if (apposed == null && k >= lowest && !isAsideMark(tokens.get(k))) {
                int earlier = appositionStart(tokens, opening, lowest);
                if (earlier > lowest && tokens.get(earlier - 1).hasPos("NNP") && !isName(tokens, earlier + 1, opening)) {
                    k = opening;
                }
            }
        }
        if (k >= lowest && isRelativePronoun(tokens.get(k))) {
            return relative(k, k, lowest, quoteStart);
        }
        // "nations that oppose…": "that" names nobody, the mention runs from its noun phrase.
        if (k >= lowest && isRelativeThat(tokens.get(k))) {
            int antecedent = nounPhraseStart(tokens, k - 1, lowest);
            Quote.Speaker named = antecedent < k ? speaker(antecedent, k, quoteStart) : null;
            if (named == null) {
                return relative(k, k, lowest, quoteStart);
            }
            int end = tokens.get(k).end();
            return new Quote.Speaker(named.name(), named.entity(), doc.text(named.start(), end), named.start(), end);
        }
        // "families of the victims, many of whom say": the part of the group is the mention.
        if (k - 2 >= lowest && tokens.get(k).lower().equals("whom") && tokens.get(k - 1).lower().equals("of")
                && QUANTIFIERS.contains(tokens.get(k - 2).lower())) {
            return relative(k - 2, k, lowest, quoteStart);
        }
        int start = nounPhraseStart(tokens, k, lowest);
        // "McConnell, who in 2010 said": a time between the relative pronoun and its verb.
        if (start <= k && start - 2 >= lowest && tokens.get(start - 1).hasPos("IN") && isRelativePronoun(tokens.get(start - 2))
                && isTemporal(start, k + 1)) {
            return relative(start - 2, start - 2, lowest, quoteStart);
        }
        if (start > k) {
            return null;
        }
        // "The Maritime Union of Australia said", "Mr. Morgan of the Sierra Club said": the whole name.
        while (start - 2 >= lowest && tokens.get(start - 1).lower().equals("of") && tokens.get(start - 2).hasPos("NNP")) {
            start = nounPhraseStart(tokens, start - 2, lowest);
        }
        if (start - 1 > lowest && tokens.get(start - 1).hasPos("IN") && tokens.get(start - 2).hasPos("NN")
                && isTemporal(start, k + 1)) {
            int end = start - 2;
            return speaker(nounPhraseStart(tokens, end, lowest), end + 1, quoteStart);
        }
        int setting = settingStart(tokens, start, lowest);
        if (setting > lowest) {
            int end = setting - 1;
            return speaker(nounPhraseStart(tokens, end, lowest), end + 1, quoteStart);
        }
        // "a poll released in late August found": the subject before its participle and time.
        if (start - 2 > lowest && tokens.get(start - 1).hasPos("IN") && tokens.get(start - 2).hasPos("VBN")
                && tokens.get(start - 3).hasPos("NN") && isTemporal(start, k + 1)) {
            int end = start - 3;
            return speaker(nounPhraseStart(tokens, end, lowest), end + 1, quoteStart);
        }
        // "the court this month ruled", "Wells Fargo just this month announced", "a report released
        // last year found": a time before the verb, the subject before it.
        int time = timeStart(start, k);
        if (time <= k) {
            int end = time - 1;
            if (end < start) {
                end = skipAuxiliaries(tokens, end, lowest);
                end = end > lowest && tokens.get(end).hasPos("VBN") ? end - 1 : end;
            }
            int before = nounPhraseStart(tokens, end, lowest);
            return before <= end ? speaker(before, end + 1, quoteStart) : null;
        }
        Quote.Speaker subject = speaker(start, k + 1, quoteStart);
        // "The employment minister, Tony Burke, urged": the apposed name links to the person.
        boolean namedApposition = apposed != null && apposed.entity() != null && (subject == null || subject.entity() == null);
        return namedApposition ? apposed : subject;
    }

    /**
     * The comma opening an aside that ends at the comma {@code close}: an apposition ("Richard
     * Revesz, director of the Institute for Policy Integrity at New York University, said"), a
     * relative clause ("Ed Rendell, who served as chairman, agreed") or a participle ("Trump,
     * speaking to veterans, said"); -1 when there is none.
     */
    private static int appositionStart(List<Token> tokens, int close, int lowest) {
        boolean dashed = DASHES.contains(tokens.get(close).text());
        for (int k = close - 1; k > lowest && close - k <= MAX_APPOSITION_TOKENS; k--) {
            Token t = tokens.get(k);
            if (dashed ? DASHES.contains(t.text()) : t.text().equals(",")) {
                Token first = tokens.get(k + 1);
                boolean clause = isRelativePronoun(first) || first.hasPos("VBG") || first.hasPos("VBN");
                return k + 1 < close && (clause || !hasFiniteVerb(tokens, k + 1, close) || relativeClauseIn(tokens, k + 1, close))
                        && (isNounPhrasePart(tokens.get(k - 1)) || tokens.get(k - 1).text().equals(")")) ? k : -1;
            }
            if (t.text().equals(";") || t.text().equals(":")) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isAsideMark(Token t) {
        return t.text().equals(",") || DASHES.contains(t.text());
    }

    /** "a former Clinton aide who accompanied her to Burma": the aside's verbs belong to a relative clause in it. */
    private static boolean relativeClauseIn(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (isRelativePronoun(t) || (t.lower().equals("that") && t.hasPos("WDT"))) {
                return k > from;
            }
            if (t.hasPos("VBD") || t.hasPos("VBZ") || t.hasPos("VBP") || t.hasPos("MD")) {
                return false;
            }
        }
        return false;
    }

    private static boolean isName(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).hasPos("NNP") && !tokens.get(k).hasPos("HYPH")) {
                return false;
            }
        }
        return to > from;
    }

    private static boolean hasFiniteVerb(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.hasPos("VBD") || t.hasPos("VBZ") || t.hasPos("VBP") || t.hasPos("MD")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRelativePronoun(Token t) {
        return t.lower().equals("who") || (t.lower().equals("which") && t.hasPos("WDT"));
    }

    /** "cities that support the rules": "that" as a relative pronoun, not a conjunction. */
    private static boolean isRelativeThat(Token t) {
        return t.lower().equals("that") && t.hasPos("WDT");
    }

    /**
     * "Stumpf in a televised interview appeared", "Clinton at a rally said": the preposition of a
     * setting that follows a named subject, or -1; the subject is the name, not the setting.
     */
    private static int settingStart(List<Token> tokens, int start, int lowest) {
        int k = start - 1;
        // "a televised interview": a participle that modifies the setting's noun.
        if (k - 1 > lowest && tokens.get(k).hasPos("VBN") && tokens.get(k - 1).hasPos("DT")) {
            k -= 2;
        } else if (k > lowest && tokens.get(k).hasPos("DT")) {
            k--;
        }
        boolean named = k - 1 >= lowest && tokens.get(k - 1).hasPos("NNP");
        return k > lowest && SETTINGS.contains(tokens.get(k).lower()) && named ? k : -1;
    }

    /**
     * "…, who said": the mention is the relative pronoun from {@code mention} to {@code pronoun}
     * ("who", "that", "many of whom"), the speaker whom the noun phrase before it names; with no
     * noun phrase before it to name ("from some who saw…") the mention alone.
     */
    private Quote.Speaker relative(int mention, int pronoun, int lowest, int quoteStart) {
        List<Token> tokens = doc.tokens();
        int end = mention - 1;
        // "Mitch McConnell, who", "the study -- which", "Clinton — who": the aside's opening mark.
        if (end >= lowest && (tokens.get(end).text().equals(",") || DASHES.contains(tokens.get(end).text()))) {
            end--;
        }
        int start = nounPhraseStart(tokens, end, lowest);
        Quote.Speaker antecedent = start <= end ? speaker(start, end + 1, quoteStart) : null;
        int from = tokens.get(mention).start();
        int to = tokens.get(pronoun).end();
        String text = doc.text(from, to);
        if (antecedent == null || PRONOUNS.contains(antecedent.text().toLowerCase(java.util.Locale.ROOT))) {
            return new Quote.Speaker(text, null, text, from, to);
        }
        return new Quote.Speaker(antecedent.name(), antecedent.entity(), text, from, to);
    }

    /** The first token of the time that ends the noun phrase from {@code start} to {@code end}, or end + 1. */
    private int timeStart(int start, int end) {
        List<Token> tokens = doc.tokens();
        if (!TIME_NAMES.contains(tokens.get(end).lower()) && !isTemporal(end, end + 1)) {
            return end + 1;
        }
        int k = end;
        while (k >= start && (TIME_NAMES.contains(tokens.get(k).lower()) || isTemporal(k, k + 1)
                || tokens.get(k).hasPos("DT") || tokens.get(k).hasPos("JJ"))) {
            k--;
        }
        return k + 1;
    }

    /** "in October", "on Friday", "in 2001": a time between subject and verb, not the subject. */
    private boolean isTemporal(int from, int to) {
        int start = doc.tokens().get(from).start();
        int end = doc.tokens().get(to - 1).end();
        Token last = doc.tokens().get(to - 1);
        return doc.timexes().stream().anyMatch(t -> t.start() < end && start < t.end())
                || TIME_NAMES.contains(last.lower()) || (last.hasPos("CD") && YEAR.matcher(last.text()).matches());
    }

    /**
     * The subject of the infinitive at {@code verb} when a name, a plural or a pronoun stands
     * between it and the verb or "for" that governs it: "forced Stumpf, who was under questioning,
     * to admit…", "make it difficult for Trump to attack…", "needs more voters to judge…". A
     * singular common noun is mostly what the infinitive describes ("has the right to criticize"),
     * no subject; after a verb of obligation ("a law requiring candidates to disclose…") the
     * infinitive is a duty the verb's subject imposes, not a view of the one obliged.
     */
    Quote.Speaker subjectOfInfinitive(int verb, int quoteStart) {
        List<Token> tokens = doc.tokens();
        int lowest = doc.sentenceOf(tokens.get(verb)).firstToken();
        int to = infinitiveMark(tokens, verb);
        if (to <= lowest) {
            return null;
        }
        Quote.Speaker who = subjectOf(to, quoteStart);
        if (who == null) {
            return null;
        }
        int first = to - 1;
        while (first > lowest && tokens.get(first).start() > who.start()) {
            first--;
        }
        int last = first;
        while (last < to && tokens.get(last).end() < who.end()) {
            last++;
        }
        Token head = tokens.get(last);
        if (!head.hasPos("NNP") && !head.hasPos("NNS") && !(head.hasPos("PRP") && !head.hasPos("PRP$"))) {
            return null;
        }
        int before = first - 1;
        while (before > lowest && (tokens.get(before).hasPos("DT") || tokens.get(before).hasPos("JJ"))) {
            before--;
        }
        // "St. Paul Votes To Condemn…": a subject that opens the sentence has nothing governing it.
        if (before < lowest) {
            return null;
        }
        Token governor = tokens.get(before);
        boolean governed = governor.hasPos("VB") && !DEONTIC.contains(governor.lowerLemma())
                || governor.lower().equals("for");
        return governed ? who : null;
    }

    /** The "to" of the infinitive at {@code verb}, adverbs between them skipped ("to consistently tout"), or -1. */
    static int infinitiveMark(List<Token> tokens, int verb) {
        int k = verb - 1;
        while (k > 0 && tokens.get(k).hasPos("RB")) {
            k--;
        }
        return k >= 0 && tokens.get(k).hasPos("TO") ? k : -1;
    }

    /** The subject after an inverted verb: "…,” said Putin. */
    Quote.Speaker subjectAfter(int verb, int sentenceEnd, int quoteStart) {
        List<Token> tokens = doc.tokens();
        int k = verb + 1;
        boolean named = false;
        while (k < sentenceEnd && isNounPhrasePart(tokens.get(k))) {
            named |= tokens.get(k).hasPos("NNP") || tokens.get(k).hasPos("DT") || tokens.get(k).hasPos("NNS")
                    || tokens.get(k).hasPos("PRP");
            k++;
        }
        // "said Putin", "said the senator", "said officials"; not an object ("declared bankruptcy").
        return named ? speaker(verb + 1, k, quoteStart) : null;
    }

    /**
     * "Said Ellis: “…”": a sentence opened by a verb of saying, its speaker after it. The tagger
     * takes the capitalised verb for a name, so the verb is known by its word.
     */
    Quote.Speaker afterOpeningVerb(dev.factx.nlp.Sentence sentence, int quoteToken, int quoteStart) {
        int verb = sentence.firstToken();
        if (verb + 1 >= quoteToken || !OPENING_VERBS.contains(doc.tokens().get(verb).lower())) {
            return null;
        }
        return subjectAfter(verb, quoteToken, quoteStart);
    }

    /**
     * The subject of a verb right after a quotation: "…,” said one Democratic source on the panel.
     * There the verb is always inverted, so a common noun is its subject too, not its object.
     */
    Quote.Speaker subjectRightAfter(int verb, int sentenceEnd, int quoteStart) {
        List<Token> tokens = doc.tokens();
        int k = verb + 1;
        while (k < sentenceEnd && isNounPhrasePart(tokens.get(k))) {
            k++;
        }
        return k > verb + 1 ? speaker(verb + 1, k, quoteStart) : null;
    }

    /** The name that signs a quotation after a dash: "“…” ― Jorge Falcon". */
    Quote.Speaker signature(int token, int quoteStart) {
        List<Token> tokens = doc.tokens();
        int k = token;
        while (k < tokens.size() && tokens.get(k).hasPos("NNP")) {
            k++;
        }
        return k > token ? speaker(token, k, quoteStart) : null;
    }

    /** The noun phrase from token {@code from} up to {@code to} (exclusive), as a speaker. */
    Quote.Speaker phrase(int from, int to, int quoteStart) {
        return speaker(from, to, quoteStart);
    }

    /** "his claim": the possessive pronoun at {@code token} as the mention of the last person named before it. */
    Quote.Speaker possessive(int token, int quoteStart) {
        Token t = doc.tokens().get(token);
        if (!t.lower().equals("his") && !t.lower().equals("her")) {
            return null;
        }
        Entity person = lastPersonBefore(t.start());
        return person == null ? null : new Quote.Speaker(person.name(), person.id(), t.text(), t.start(), t.end());
    }

    private static int skipAuxiliaries(List<Token> tokens, int k, int lowest) {
        while (k >= lowest && (AUXILIARIES.contains(tokens.get(k).lower()) || tokens.get(k).hasPos("RB")
                || tokens.get(k).hasPos("MD"))) {
            k--;
        }
        return k;
    }

    private static int nounPhraseStart(List<Token> tokens, int end, int lowest) {
        // "in an interview with the network RT he blasted": a personal pronoun is a noun phrase of its own.
        if (end >= lowest && tokens.get(end).hasPos("PRP") && !tokens.get(end).hasPos("PRP$")) {
            return end;
        }
        int k = end;
        while (k >= lowest && isNounPhrasePart(tokens.get(k))) {
            k--;
        }
        return k + 1;
    }

    static boolean isNounPhrasePart(Token t) {
        return t.hasPos("NN") || t.hasPos("DT") || t.hasPos("JJ") || t.hasPos("POS") || t.hasPos("CD") || t.hasPos("HYPH")
                || (t.hasPos("PRP") && !t.hasPos("PRP$"));
    }

    private Quote.Speaker speaker(int from, int to, int quoteStart) {
        List<Token> tokens = doc.tokens();
        while (from < to && tokens.get(from).hasPos("DT")) {
            from++;
        }
        if (from >= to || !(tokens.get(to - 1).hasPos("NN") || tokens.get(to - 1).hasPos("PRP")
                || isMemberAdjective(tokens, from, to - 1))) {
            return null;
        }
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        String text = doc.text(start, end);
        if (tokens.get(to - 1).hasPos("PRP")) {
            if (to - from != 1) {
                return null;
            }
            // "they wrote", "it said": the pronoun is the speaker's mention, with no one to link it to.
            if (GROUP_PRONOUNS.contains(tokens.get(from).lower())) {
                return new Quote.Speaker(text, null, text, start, end);
            }
            if (!PRONOUNS.contains(tokens.get(from).lower())) {
                return null;
            }
            // With nobody named before it, the pronoun is still the speaker's mention.
            Entity person = lastPersonBefore(start);
            return person == null ? new Quote.Speaker(text, null, text, start, end)
                    : new Quote.Speaker(person.name(), person.id(), text, start, end);
        }
        Entity named = entityHeading(start, end);
        String name = named != null ? named.name() : text;
        return new Quote.Speaker(name, named != null ? named.id() : null, text, start, end);
    }

    /**
     * "One Republican threatened", "another Democrat said": a party, nationality or faith the
     * tagger read as an adjective names a member when nothing follows it but the verb.
     */
    private static boolean isMemberAdjective(List<Token> tokens, int from, int last) {
        Token t = tokens.get(last);
        return last > from && t.hasPos("JJ") && MEMBER_GROUPS.contains(t.ner());
    }

    /** The entity whose mention ends the phrase: "President Vladimir Putin", not "the U.S. administration". */
    private Entity entityHeading(int start, int end) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.end() == end && m.start() >= start) {
                    return e;
                }
            }
        }
        return null;
    }

    private Entity lastPersonBefore(int offset) {
        Entity best = null;
        int bestStart = -1;
        for (Entity e : entities) {
            if (!e.type().equals("PERSON")) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.end() <= offset && m.start() > bestStart) {
                    best = e;
                    bestStart = m.start();
                }
            }
        }
        return best;
    }
}
