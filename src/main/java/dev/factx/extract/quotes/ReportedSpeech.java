package dev.factx.extract.quotes;

import dev.factx.facts.Quote;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Sentence;
import dev.factx.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds reported speech: "Putin said another treaty was also under threat", "The treaty is
 * dead, officials said", "According to the poll, Clinton leads". The content is the reported
 * clause, without the attribution; a clause that quotes in part is a partial quote
 * ({@link QuotedParts}).
 */
final class ReportedSpeech {
    private static final int MAX_SOURCE_TOKENS = 30;
    private static final int MAX_SECOND_SPEAKER_TOKENS = 6;
    /** "said, suggesting", "said in a statement Friday, suggesting": the words between a verb and its participle's comma. */
    private static final int MAX_TAIL_BEFORE_PARTICIPLE = 5;
    private static final Set<String> VAGUE_SUBJECTS = Set.of("it", "they", "we", "i", "you",
            "some", "all", "many", "most", "both", "few", "each");
    /** Words that open a subordinate clause before the main one: "When he wrote his book, …". */
    private static final Set<String> SUBORDINATORS = Set.of("when", "while", "although", "though", "as", "after",
            "before", "because", "since", "if", "unless", "whereas", "once", "until", "lest");
    static final Set<String> PERFECT = Set.of("has", "have", "had", "'s", "'ve", "’s", "’ve");
    private static final Set<String> PROGRESSIVE = Set.of("is", "are", "was", "were", "been", "be", "'s", "'re");
    /** Two words are already a view ("criticized the plan"); one is mostly a pronoun or a bare name. */
    static final int MIN_CONTENT_TOKENS = 2;
    /** Verbs whose participle names what it follows: "a group called Black Lives Matter". */
    private static final Set<String> NAMING = Set.of("call", "label", "brand", "dub", "deem", "name", "term");
    /** Pronouns that open a relative clause after a comma. */
    private static final Set<String> RELATIVES = Set.of("which", "who", "whom");
    /** Verbs whose infinitive is the subject's own intent, never a passive's ("vowed to", not "was asked to"). */
    private static final Set<String> OWN_INTENT = Set.of("vow", "pledge", "threaten", "promise", "agree", "decline",
            "refuse", "hope", "plan", "intend", "want", "wish", "volunteer");

    private ReportedSpeech() {
    }

    static List<Quote> find(AnnotatedText doc, Speakers speakers, List<QuoteMarks.Passage> passages) {
        List<Quote> found = new ArrayList<>();
        boolean[] inTimex = new boolean[doc.tokens().size()];
        doc.timexes().forEach(t -> java.util.Arrays.fill(inTimex, t.firstToken(), t.endToken(), true));
        for (Sentence s : doc.sentences()) {
            Quote according = accordingTo(doc, s, speakers);
            if (according == null) {
                according = AsAttribution.find(doc, s, speakers, contentEnd(doc.tokens(), s));
            }
            List<Quote> reported = new ArrayList<>(according != null ? List.of(according) : attributed(doc, s, speakers, inTimex));
            int last = contentEnd(doc.tokens(), s);
            List<Quote> nouns = new ArrayList<>(NounCues.find(doc, s, speakers, last));
            nouns.addAll(PassiveCues.find(doc, s, speakers, last));
            nouns.addAll(NounCues.withPreposition(doc, s, speakers, last));
            reported.addAll(nouns.stream().filter(q -> reported.stream().noneMatch(r -> r.start() == q.start())).toList());
            // "He said her decision to run was brave": an intent inside what a verb reports is part of that report.
            List<Quote> intents = new ArrayList<>(NounCues.withInfinitive(doc, s, speakers, last));
            intents.addAll(NounCues.heldBySubject(doc, s, speakers, last));
            reported.addAll(intents.stream().filter(q -> reported.stream().noneMatch(r -> r.start() <= q.start()
                    && q.end() <= r.end())).toList());
            List<Quote> unsourced = new ArrayList<>(PassiveCues.unsourced(doc, s, last));
            unsourced.addAll(Appearances.find(doc, s, last));
            unsourced.addAll(PollFindings.find(doc, s, last));
            unsourced.addAll(HearsayAdverbs.find(doc, s, last));
            reported.addAll(unsourced.stream().filter(q -> reported.stream().noneMatch(r -> r.start() < q.end()
                    && q.start() < r.end())).toList());
            // "He said he wasn't worried about…": a stance inside what a verb reports is part of that report.
            List<Quote> stances = StanceAdjectives.find(doc, s, speakers, last);
            reported.addAll(stances.stream().filter(q -> reported.stream().noneMatch(r -> r.start() <= q.start()
                    && q.end() <= r.end())).toList());
            for (Quote q : reported) {
                Quote classified = QuotedParts.classify(doc.text(), q, passages);
                if (classified != null) {
                    found.add(classified);
                }
            }
        }
        return found;
    }

    /** "According to X, CONTENT." and "CONTENT, according to X." */
    private static Quote accordingTo(AnnotatedText doc, Sentence s, Speakers speakers) {
        List<Token> tokens = doc.tokens();
        int last = contentEnd(tokens, s);
        for (int k = s.firstToken(); k + 1 < s.endToken(); k++) {
            if (!tokens.get(k).lower().equals("according") || !tokens.get(k + 1).lower().equals("to")) {
                continue;
            }
            int phraseEnd = k + 2;
            while (phraseEnd < s.endToken() && Speakers.isNounPhrasePart(tokens.get(phraseEnd))) {
                phraseEnd++;
            }
            // The source runs to the next comma ("according to a poll released last week by Gallup,").
            int sourceEnd = phraseEnd;
            while (sourceEnd < last && !tokens.get(sourceEnd).text().equals(",") && !isFiniteVerb(tokens.get(sourceEnd))
                    && sourceEnd - k <= MAX_SOURCE_TOKENS) {
                sourceEnd++;
            }
            if (k == s.firstToken() && sourceEnd < last && tokens.get(sourceEnd).text().equals(",")) {
                Quote.Speaker who = speakers.phrase(k + 2, phraseEnd, tokens.get(sourceEnd + 1).start());
                return quote(doc, sourceEnd + 1, last, "according to", who);
            }
            // "…, according to an analysis by Lily Batchelder, a law professor": the source may run on past a comma.
            if (k > s.firstToken() && isBreak(tokens.get(k - 1))) {
                Quote.Speaker who = speakers.phrase(k + 2, phraseEnd, tokens.get(s.firstToken()).start());
                return quote(doc, s.firstToken(), k - 1, "according to", who);
            }
        }
        return null;
    }

    private static boolean isBreak(Token t) {
        return t.text().equals(",") || t.text().equals("—") || t.text().equals("--") || t.text().equals("–");
    }

    /** "X said (that) CONTENT." and "CONTENT, X said." / "CONTENT, said X." */
    private static List<Quote> attributed(AnnotatedText doc, Sentence s, Speakers speakers, boolean[] inTimex) {
        List<Token> tokens = doc.tokens();
        int last = contentEnd(tokens, s);
        List<Quote> found = new ArrayList<>();
        List<Quote> unattributed = new ArrayList<>();
        Quote.Speaker previous = null;
        int previousEnd = s.firstToken();
        for (int k = s.firstToken(); k < last; k++) {
            Token verb = tokens.get(k);
            if (!isReportingVerb(verb, tokens)) {
                continue;
            }
            if (found.isEmpty() && !objectFollows(tokens, k, last, speakers)) {
                Quote aside = AsideAttribution.around(doc, speakers, s, k, last);
                // "In her 2003 book, Living History, Clinton noted…": an opening adverbial is no content, so the verb reports forward.
                if (aside != null && !FrontedAdverbials.isAdverbial(doc, aside)) {
                    found.add(aside);
                    // "“…,” the senator said, adding that…": only a participle of the same speaker goes on,
                    // or a relative clause of its own ("“…,” said Mr. Kamin, who emphasized that…").
                    previous = aside.speaker();
                    int participle = participleAfter(tokens, k, last);
                    k = (participle >= 0 ? participle : relativeAfter(tokens, k, last)) - 1;
                    if (k < 0) {
                        break;
                    }
                    continue;
                }
            }
            int contentStart = gappedRelative(tokens, s, k);
            if (contentStart < 0) {
                contentStart = ReportedContent.start(tokens, k + 1, last, verb.lowerLemma(), inTimex);
            }
            if (contentStart < 0) {
                contentStart = BareClause.start(tokens, k, clauseEnd(tokens, k + 1, last), verb.lowerLemma());
            }
            if (contentStart < 0) {
                continue;
            }
            int contentEnd = ReportedContent.end(tokens, contentStart, last);
            // "Citing an unfounded theory, Trump accused…", "In defending himself, Trump offered…": an
            // opening participle reports up to the comma before the main clause, whose subject says it.
            int opening = openingParticipleEnd(tokens, s, k, contentStart, contentEnd);
            if (opening > 0) {
                contentEnd = opening;
            }
            // "…, saying it shows…" and "… and said …": the speaker is the subject of the main clause.
            boolean participle = verb.hasPos("VBG") && afterComma(tokens, k) || DocumentParticiple.at(tokens, k);
            int quoteStart = tokens.get(contentStart).start();
            Quote.Speaker who = participle || opening > 0 ? null : speakers.subjectOf(k, quoteStart);
            if (opening > 0) {
                who = laterSubject(tokens, s, opening, speakers, quoteStart);
            }
            if (who == null && participle) {
                int reporter = reporterBefore(tokens, previousEnd, k);
                who = reporter >= 0 ? speakers.subjectOf(reporter, quoteStart) : null;
            }
            if (who == null && (participle || isCoordinated(tokens, s, k))) {
                who = previous != null ? previous : mainSubject(tokens, s, k, speakers, quoteStart);
            }
            // "forced Stumpf to admit …", "difficult for Trump to attack …": the infinitive's own subject.
            if (who == null && !participle && hasNoSubject(tokens, s, k)) {
                who = speakers.subjectOfInfinitive(k, quoteStart);
            }
            // "went on to discuss …", "started off by emphasizing …": said by the subject of the sentence.
            if (who == null && hasNoSubject(tokens, s, k)) {
                who = nearestSubject(tokens, s, k, speakers, quoteStart);
                if (who == null) {
                    who = laterSubject(tokens, s, contentEnd, speakers, quoteStart);
                }
            }
            // "It says the campaign violated…", "some argued…": the vague subject itself is the speaker mention.
            int subjectEnd = beforeAuxiliaries(tokens, s, k);
            if (who == null && !participle && subjectEnd >= s.firstToken()
                    && VAGUE_SUBJECTS.contains(tokens.get(subjectEnd).lower())) {
                Token subject = tokens.get(subjectEnd);
                who = new Quote.Speaker(subject.text(), null, subject.text(), subject.start(), subject.end());
            }
            if (who == null) {
                // No speaker rather than a wrong one; a report inside its content may still name one.
                Quote q = reported(doc, contentStart, contentEnd, verb.text(), null);
                if (q != null) {
                    unattributed.add(q);
                }
                continue;
            }
            boolean lone = contentStart == k + 1 && contentEnd == k + 2
                    && ReportedContent.isLoneObject(tokens, contentStart, verb.lowerLemma());
            Quote q = lone ? reported(doc, contentStart, contentEnd, verb.text(), who, 1)
                    : quote(doc, contentStart, contentEnd, verb.text(), who);
            if (q != null) {
                found.add(q);
                previous = who;
                previousEnd = contentEnd;
                k = contentEnd - 1;
            }
        }
        for (Quote q : unattributed) {
            if (found.stream().noneMatch(f -> f.start() < q.end() && q.start() < f.end())) {
                found.add(q);
            }
        }
        found.sort(Comparator.comparingInt(Quote::start));
        return found;
    }


    /**
     * "…, the association praised her record", "…, Clinton noted the clot's existence": a verb with
     * its object after it is no aside; a time after it ("…, the report noted Tuesday") is no object,
     * nor is the subject of an inverted verb ("…, noted NBC's Dante Chinni"), which has none before it.
     */
    private static boolean objectFollows(List<Token> tokens, int verb, int last, Speakers speakers) {
        String lemma = tokens.get(verb).lowerLemma();
        if (AttributionVerbs.takesClause(lemma) && !AttributionVerbs.takesObject(lemma) || verb == 0) {
            return false;
        }
        Token before = tokens.get(verb - 1);
        if ((before.text().equals(",") || before.hasPos("''") || before.hasPos("``"))
                && speakers.subjectOf(verb, tokens.get(verb).start()) == null) {
            return false;
        }
        int k = verb + 1;
        while (k < last && ReportedContent.isTimeWord(tokens.get(k))) {
            k++;
        }
        if (k >= last) {
            return false;
        }
        Token next = tokens.get(k);
        return Speakers.isNounPhrasePart(next) || next.hasPos("PRP$");
    }

    private static boolean isFiniteVerb(Token t) {
        return t.hasPos("VBD") || t.hasPos("VBZ") || t.hasPos("VBP");
    }

    /** "Merrill says … and said …", "agreed, but also contended …": a verb sharing the subject before. */
    static boolean isCoordinated(List<Token> tokens, Sentence s, int verb) {
        int k = verb - 1;
        while (k > s.firstToken() && (tokens.get(k).hasPos("RB") || tokens.get(k).hasPos("MD")
                || tokens.get(k).lower().equals("has") || tokens.get(k).lower().equals("have"))) {
            k--;
        }
        return k > s.firstToken() && tokens.get(k).hasPos("CC");
    }

    /** The token before {@code verb} and its auxiliaries and adverbs ("I should say", "we have long argued"). */
    private static int beforeAuxiliaries(List<Token> tokens, Sentence s, int verb) {
        int k = verb - 1;
        while (k > s.firstToken() && (tokens.get(k).hasPos("MD") || tokens.get(k).hasPos("RB")
                || PERFECT.contains(tokens.get(k).lower()) || tokens.get(k).lower().equals("do")
                || tokens.get(k).lower().equals("did") || tokens.get(k).lower().equals("does"))) {
            k--;
        }
        return k;
    }

    /**
     * The comma that ends a participle opening the sentence ("Citing …,", "In defending …,") before
     * its main clause, or -1.
     */
    private static int openingParticipleEnd(List<Token> tokens, Sentence s, int verb, int contentStart, int contentEnd) {
        int first = s.firstToken();
        boolean opens = verb == first || verb == first + 1 && tokens.get(first).hasPos("IN");
        if (!opens || !tokens.get(verb).hasPos("VBG")) {
            return -1;
        }
        for (int k = contentStart + 1; k < contentEnd; k++) {
            if (tokens.get(k).text().equals(",")) {
                return k;
            }
        }
        return -1;
    }

    /** An infinitive ("to discuss", "to consistently tout") or a gerund after a preposition ("by emphasizing"). */
    private static boolean hasNoSubject(List<Token> tokens, Sentence s, int verb) {
        if (verb == s.firstToken()) {
            return false;
        }
        Token t = tokens.get(verb);
        Token before = tokens.get(verb - 1);
        return (t.hasPos("VB") && !t.hasPos("VBN") && !t.hasPos("VBG") && !t.hasPos("VBD") && !t.hasPos("VBZ")
                && !t.hasPos("VBP") && Speakers.infinitiveMark(tokens, verb) > s.firstToken())
                || (t.hasPos("VBG") && before.hasPos("IN") && !before.lower().equals("that"))
                || afterAspectVerb(tokens, verb);
    }

    /** "keeps saying", "could not resist pointing out", "began arguing": a gerund after a verb of its own. */
    private static boolean afterAspectVerb(List<Token> tokens, int gerund) {
        Token before = tokens.get(gerund - 1);
        return tokens.get(gerund).hasPos("VBG") && before.hasPos("VB") && !before.hasPos("VBG")
                && !PROGRESSIVE.contains(before.lower()) && !PERFECT.contains(before.lower());
    }

    /**
     * "…, which he said were at his side", "…, which RT pointed to as an example…": a relative
     * clause whose verb reports what its pronoun stands for is the content, from the pronoun on;
     * the pronoun's index, or -1.
     */
    private static int gappedRelative(List<Token> tokens, Sentence s, int verb) {
        int k = verb - 1;
        while (k > s.firstToken() && (tokens.get(k).hasPos("RB") || tokens.get(k).hasPos("MD")
                || PERFECT.contains(tokens.get(k).lower()))) {
            k--;
        }
        int subjectEnd = k;
        while (k > s.firstToken() && subjectEnd - k < MAX_SECOND_SPEAKER_TOKENS && Speakers.isNounPhrasePart(tokens.get(k))) {
            k--;
        }
        // A subject between pronoun and verb: the pronoun is what is reported, not who reports.
        boolean relative = k < subjectEnd && k > s.firstToken() && RELATIVES.contains(tokens.get(k).lower())
                && isBreak(tokens.get(k - 1));
        return relative ? k : -1;
    }

    /** The first participle after a comma past {@code verb} ("…, adding that…"), or -1. */
    private static int participleAfter(List<Token> tokens, int verb, int last) {
        for (int k = verb + 2; k < last; k++) {
            if (tokens.get(k).hasPos("VBG") && tokens.get(k - 1).text().equals(",")) {
                return k;
            }
        }
        return -1;
    }

    /** The "who" that opens a relative clause after a comma past {@code verb} ("…, who emphasized that…"), or -1. */
    private static int relativeAfter(List<Token> tokens, int verb, int last) {
        for (int k = verb + 2; k < last; k++) {
            if (tokens.get(k).lower().equals("who") && tokens.get(k - 1).text().equals(",")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "he appeared to suggest …", "the FBI decided against recommending …": the subject of the
     * nearest finite verb before, or of the sentence when that verb follows "and" ("Dean appeared
     * on MSNBC and began by saying …").
     */
    private static Quote.Speaker nearestSubject(List<Token> tokens, Sentence s, int verb, Speakers speakers, int quoteStart) {
        for (int k = verb - 1; k > s.firstToken(); k--) {
            if (isFiniteVerb(tokens.get(k)) || tokens.get(k).hasPos("MD")) {
                Quote.Speaker who = speakers.subjectOf(k, quoteStart);
                return who == null && isCoordinated(tokens, s, k) ? mainSubject(tokens, s, k, speakers, quoteStart) : who;
            }
        }
        return null;
    }

    /**
     * "“…,” Sanders said, suggesting …": the participle goes with the nearest reporting verb before
     * it and after {@code from}, the end of the last content reported in the sentence, or with one
     * that ends its clause right before the participle's comma ("Sanders said Friday, suggesting");
     * -1 when there is none.
     */
    private static int reporterBefore(List<Token> tokens, int from, int participle) {
        for (int k = participle - 2; k > participle - 2 - MAX_TAIL_BEFORE_PARTICIPLE && k > 0; k--) {
            if (isFiniteVerb(tokens.get(k))) {
                return isReportingVerb(tokens.get(k), tokens) ? k : -1;
            }
        }
        for (int k = participle - 1; k > from; k--) {
            if (isFiniteVerb(tokens.get(k)) && isReportingVerb(tokens.get(k), tokens)) {
                return k;
            }
        }
        return -1;
    }

    /** "In defending himself, Trump offered …": the subject of the first finite verb after the content. */
    private static Quote.Speaker laterSubject(List<Token> tokens, Sentence s, int from, Speakers speakers, int quoteStart) {
        for (int k = from; k < s.endToken(); k++) {
            if (isFiniteVerb(tokens.get(k)) || tokens.get(k).hasPos("MD")) {
                return speakers.subjectOf(k, quoteStart);
            }
        }
        return null;
    }

    /** The subject of the sentence's first finite verb before {@code verb}. */
    static Quote.Speaker mainSubject(List<Token> tokens, Sentence s, int verb, Speakers speakers, int quoteStart) {
        for (int k = s.firstToken() + 1; k < verb; k++) {
            Token t = tokens.get(k);
            if (t.hasPos("VBD") || t.hasPos("VBZ") || t.hasPos("VBP") || t.hasPos("MD")) {
                return speakers.subjectOf(k, quoteStart);
            }
        }
        return null;
    }

    /**
     * The reported clause ends where a participle clause ("…, encouraging his supporters"), a ";"
     * or a second verb of the speaker ("said he would … and warned against …") begins.
     */
    static int clauseEnd(List<Token> tokens, int from, int last) {
        for (int k = from + 1; k + 1 < last; k++) {
            if (tokens.get(k).text().equals(";")
                    || (tokens.get(k).text().equals(",") && tokens.get(k + 1).hasPos("VBG"))
                    || (tokens.get(k).hasPos("CC") && isFiniteVerb(tokens.get(k + 1)))
                    || secondAttribution(tokens, k, last)) {
                return k > from + 1 && tokens.get(k - 1).text().equals(",") ? k - 1 : k;
            }
        }
        return last;
    }

    /**
     * "…, though she noted clients are changing", "…, and rights groups warned that…": a comma, a
     * conjunction and a speaker with a reporting verb of its own begin another report.
     */
    static boolean secondAttribution(List<Token> tokens, int comma, int last) {
        if (!(tokens.get(comma).text().equals(",") || isBreak(tokens.get(comma))) || comma + 3 >= last) {
            return false;
        }
        // "…,” while 60 percent said…": past the quotation that closes at the comma.
        int c = tokens.get(comma + 1).hasPos("''") ? comma + 2 : comma + 1;
        Token conjunction = tokens.get(c);
        // "…, which he said were at his side", "…, who says he is honored": a relative clause that
        // reports on its own is a quote of its own.
        if (RELATIVES.contains(conjunction.lower())) {
            return speakerThenVerb(tokens, c + 1, last) || verbAfterAuxiliaries(tokens, c + 1, last);
        }
        if (!conjunction.hasPos("CC") && !(conjunction.hasPos("IN") && !conjunction.lower().equals("that"))) {
            return false;
        }
        return speakerThenVerb(tokens, c + 1, last);
    }

    /**
     * "When he wrote his book, Mr. Jones said that…": after the comma that closes a subordinate
     * clause opening the sentence, the main clause's speaker and verb begin a report of their own.
     */
    static boolean afterOpeningClause(List<Token> tokens, int comma, int last) {
        if (!tokens.get(comma).text().equals(",") || comma + 2 >= last) {
            return false;
        }
        int first = comma;
        while (first > 0 && tokens.get(first - 1).sentence() == tokens.get(comma).sentence()) {
            first--;
        }
        // A clause, not a phrase ("In addition, the campaign plans…, a spokesman said").
        boolean clause = tokens.subList(first + 1, comma).stream().anyMatch(t -> t.hasPos("VB"));
        // "In defending himself, Trump offered…": a preposition with its gerund opens a clause too.
        boolean subordinate = SUBORDINATORS.contains(tokens.get(first).lower())
                || tokens.get(first).hasPos("IN") && tokens.get(first + 1).hasPos("VBG");
        return subordinate && clause && speakerThenVerb(tokens, comma + 1, last);
    }

    /**
     * "Although Trump has admitted using the tax code, he does not defend it": a content inside a
     * subordinate clause that opens the sentence ("When…", "And while…", "Even as…") ends at the
     * comma where the main clause, a subject and its finite verb, begins.
     */
    static boolean closesOpeningClause(List<Token> tokens, int from, int comma, int last) {
        if (!tokens.get(comma).text().equals(",") || comma + 2 >= last) {
            return false;
        }
        int first = from;
        while (first > 0 && tokens.get(first - 1).sentence() == tokens.get(from).sentence()) {
            first--;
            if (tokens.get(first).text().equals(",")) {
                return false;
            }
        }
        for (int n = 0; n < 2 && (tokens.get(first).hasPos("CC") || tokens.get(first).hasPos("RB")); n++) {
            first++;
        }
        return first < from && SUBORDINATORS.contains(tokens.get(first).lower()) && subjectThenFiniteVerb(tokens, comma + 1, last);
    }

    /** "he does", "his decision was", "Mr. Obama is also determined": a short subject and its finite verb. */
    private static boolean subjectThenFiniteVerb(List<Token> tokens, int subject, int last) {
        int verb = subject;
        while (verb < last && verb - subject < MAX_SECOND_SPEAKER_TOKENS
                && (Speakers.isNounPhrasePart(tokens.get(verb)) || tokens.get(verb).hasPos("PRP$"))) {
            verb++;
        }
        while (verb > subject && verb < last && tokens.get(verb).hasPos("RB")) {
            verb++;
        }
        return verb > subject && verb < last && (isFiniteVerb(tokens.get(verb)) || tokens.get(verb).hasPos("MD"));
    }

    /** "Jones noted", "he has also argued", "Senator Lee is promising": a short subject and its reporting verb. */
    static boolean speakerThenVerb(List<Token> tokens, int subject, int last) {
        int verb = subject;
        while (verb < last && verb - subject < MAX_SECOND_SPEAKER_TOKENS && Speakers.isNounPhrasePart(tokens.get(verb))) {
            verb++;
        }
        return verb > subject && verbAfterAuxiliaries(tokens, verb, last);
    }

    /**
     * "is promising", "has also argued", "says": a reporting verb at {@code from}, past auxiliaries
     * and adverbs ("…, and Jones is promising…", "…, but he has also argued…").
     */
    private static boolean verbAfterAuxiliaries(List<Token> tokens, int from, int last) {
        int verb = from;
        boolean auxiliary = false;
        while (verb < last && (tokens.get(verb).hasPos("RB") || tokens.get(verb).hasPos("MD")
                || PERFECT.contains(tokens.get(verb).lower()) || PROGRESSIVE.contains(tokens.get(verb).lower()))) {
            auxiliary |= !tokens.get(verb).hasPos("RB");
            verb++;
        }
        return verb < last && (isFiniteVerb(tokens.get(verb)) || auxiliary && tokens.get(verb).hasPos("VB"))
                && isReportingVerb(tokens.get(verb), tokens);
    }

    /**
     * "Trump questions the fairness of…", "House panel votes to hold…", "Federal court rules against…":
     * a present tense the tagger read as a plural noun, after a singular subject and before what a
     * verb takes and a noun does not: an object after a name, an infinitive, a clause or the
     * preposition of its content.
     */
    private static boolean presentReadAsNoun(Token t, List<Token> tokens) {
        int k = t.index();
        String lemma = t.lowerLemma();
        if (!t.hasPos("NNS") || k == 0 || k + 2 >= tokens.size() || !AttributionVerbs.contains(lemma)
                || !t.lower().startsWith(lemma) || tokens.get(k - 1).sentence() != t.sentence()) {
            return false;
        }
        Token before = tokens.get(k - 1);
        Token next = tokens.get(k + 1);
        boolean named = before.hasPos("NNP") && !before.hasPos("NNPS");
        // "by 0.1 percentage points to 1.8 percent": a measure is no subject.
        if (!named && !before.hasPos("NN") || before.hasPos("NNS") || k >= 2 && tokens.get(k - 2).hasPos("CD")) {
            return false;
        }
        // "court documents that the company filed": after a common noun, "that" opens a relative clause.
        boolean clause = named && next.lower().equals("that") || next.lower().equals("how") || next.lower().equals("whether");
        boolean infinitive = AttributionVerbs.takesInfinitive(lemma) && next.hasPos("TO") && tokens.get(k + 2).hasPos("VB");
        boolean object = named && AttributionVerbs.takesObject(lemma) && (next.hasPos("DT") || next.hasPos("PRP$"));
        return clause || infinitive || object || AttributionVerbs.introducesObject(lemma, next.lower());
    }

    /** A reporting verb, or its participle after a comma: "…, saying it shows…". */
    static boolean isReportingVerb(Token t, List<Token> tokens) {
        String lemma = t.lowerLemma();
        if (presentReadAsNoun(t, tokens)) {
            return true;
        }
        if (!t.hasPos("VB") || !AttributionVerbs.contains(lemma)) {
            return false;
        }
        // "has said"; not a passive or a modifier ("was called", "a stream called Miracle Run").
        if (t.hasPos("VBN")) {
            return PERFECT.contains(wordBefore(tokens, t.index())) || pastAfterName(tokens, t, lemma);
        }
        if (!t.hasPos("VBG") || t.index() == 0 || tokens.get(t.index() - 1).sentence() != t.sentence()
                || afterComma(tokens, t.index())
                || tokens.get(t.index() - 1).hasPos("IN") || afterAspectVerb(tokens, t.index())
                || DocumentParticiple.at(tokens, t.index()) || afterItsSubject(tokens, t.index(), lemma)) {
            return true;
        }
        return PROGRESSIVE.contains(wordBefore(tokens, t.index()));
    }

    /**
     * "left many nations feeling that…", "with Russia backing the government", "had Republicans
     * wondering about…": a participle right after the noun that does what it says, before its
     * "that", its object or the preposition of its content.
     */
    private static boolean afterItsSubject(List<Token> tokens, int participle, String lemma) {
        if (participle + 1 >= tokens.size()) {
            return false;
        }
        Token before = tokens.get(participle - 1);
        Token next = tokens.get(participle + 1);
        if (!before.hasPos("NN") && !before.lower().equals("each") || !finiteVerbBefore(tokens, participle)) {
            return false;
        }
        return next.lower().equals("that") || next.lower().equals("whether") || next.lower().equals("how")
                || AttributionVerbs.takesObject(lemma) && (next.hasPos("DT") || next.hasPos("PRP$"))
                || AttributionVerbs.introducesObject(lemma, next.lower());
    }

    /** A finite verb before {@code k} in its sentence: what follows it is no subject ("The footage of a wife pleading for…"). */
    private static boolean finiteVerbBefore(List<Token> tokens, int k) {
        int sentence = tokens.get(k).sentence();
        for (int j = k - 1; j >= 0 && tokens.get(j).sentence() == sentence; j--) {
            if (isFiniteVerb(tokens.get(j)) || tokens.get(j).hasPos("MD")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the NAACP called for a moratorium", "the director called for…", "marched and called for…":
     * a past tense the tagger read as a participle, after a noun, "and" or a subject's apposition,
     * and before "that", the preposition of its content or its object; a participle modifying a
     * noun takes none of them ("the group called Black Lives Matter"). A verb of one's own intent
     * before its infinitive ("One Republican threatened to…") has no passive to be read as.
     */
    private static boolean pastAfterName(List<Token> tokens, Token t, String lemma) {
        int k = t.index();
        // "World leaders almost universally expressed…": adverbs between the subject and its verb.
        int before = k - 1;
        while (before > 0 && tokens.get(before).hasPos("RB")) {
            before--;
        }
        if (before < 0 || k + 1 >= tokens.size()) {
            return false;
        }
        Token subjectEnd = tokens.get(before);
        // "Keron Blair, executive director of AROS, called for…": a comma closing the subject's apposition.
        boolean afterComma = subjectEnd.text().equals(",");
        boolean afterSubject = subjectEnd.hasPos("NN") || subjectEnd.hasPos("CC") || afterComma;
        if (k + 2 < tokens.size() && OWN_INTENT.contains(lemma) && tokens.get(k + 1).hasPos("TO")
                && tokens.get(k + 2).hasPos("VB") && (afterSubject || subjectEnd.hasPos("JJ"))) {
            return true;
        }
        if (!afterSubject) {
            return false;
        }
        if (AttributionVerbs.introducesObject(lemma, tokens.get(k + 1).lower())) {
            return true;
        }
        int n = k + 1;
        // "noted Friday that…": a date between the verb and its "that".
        while (n + 1 < tokens.size() && n - k <= 2 && ReportedContent.isTimeWord(tokens.get(n))) {
            n++;
        }
        Token next = tokens.get(n);
        // An object after the comma only where the comma closes an apposition at the sentence's start.
        return next.lower().equals("that") || AttributionVerbs.introducesObject(lemma, next.lower())
                || (!afterComma || closesApposition(tokens, before)) && objectAfterPast(next, lemma);
    }

    /**
     * "President Obama condemned the test", "Kall compared Trump to a coach": a participle has no
     * object of its own, so an object after it shows a past tense; not for a verb that names or
     * speaks to someone ("the group called Black Lives Matter", "the voters promised a tax cut").
     */
    private static boolean objectAfterPast(Token next, String lemma) {
        return AttributionVerbs.takesObject(lemma) && !AttributionVerbs.hasListener(lemma) && !NAMING.contains(lemma)
                && (Speakers.isNounPhrasePart(next) || next.hasPos("PRP$"));
    }

    /**
     * The comma at {@code comma} closes an apposition that follows a noun at the sentence's start:
     * "Keron Blair, executive director of the group," with no verb before it.
     */
    private static boolean closesApposition(List<Token> tokens, int comma) {
        if (comma == 0 || !tokens.get(comma - 1).hasPos("NN")) {
            return false;
        }
        int sentence = tokens.get(comma).sentence();
        for (int k = comma - 1; k > 0 && tokens.get(k).sentence() == sentence; k--) {
            Token t = tokens.get(k);
            if (isFiniteVerb(t) || t.hasPos("MD")) {
                return false;
            }
            if (t.text().equals(",")) {
                Token before = tokens.get(k - 1);
                return before.hasPos("NN") || before.text().equals(")");
            }
        }
        return false;
    }

    /**
     * "…, saying", "…, even suggesting", "a “strong leader,” comparing": a participle right after a
     * comma, past adverbs and the quotation mark that closes before it.
     */
    static boolean afterComma(List<Token> tokens, int participle) {
        int k = participle - 1;
        while (k > 0 && tokens.get(k).hasPos("RB")) {
            k--;
        }
        // A closing mark the tagger read as an opening one ("…,\" adding that…") closes all the same.
        if (k > 0 && (tokens.get(k).hasPos("''") || tokens.get(k).hasPos("``"))) {
            k--;
        }
        return k >= 0 && tokens.get(k).text().equals(",");
    }

    /** The word before token {@code index}, adverbs skipped ("has repeatedly said"), or "". */
    private static String wordBefore(List<Token> tokens, int index) {
        int k = index - 1;
        while (k > 0 && tokens.get(k).hasPos("RB")) {
            k--;
        }
        return k >= 0 ? tokens.get(k).lower() : "";
    }

    /** Index just past the last token of the content: the sentence without its final mark. */
    private static int contentEnd(List<Token> tokens, Sentence s) {
        int end = s.endToken();
        while (end > s.firstToken() && tokens.get(end - 1).hasPos(".")) {
            end--;
        }
        return end;
    }

    static Quote quote(AnnotatedText doc, int from, int to, String cue, Quote.Speaker speaker) {
        return speaker == null ? null : reported(doc, from, to, cue, speaker);
    }

    /** The reported content from..to, null when too short; {@code speaker} may be null. */
    static Quote reported(AnnotatedText doc, int from, int to, String cue, Quote.Speaker speaker) {
        return reported(doc, from, to, cue, speaker, MIN_CONTENT_TOKENS);
    }

    /** The reported content from..to, null when shorter than {@code minTokens}; {@code speaker} may be null. */
    private static Quote reported(AnnotatedText doc, int from, int to, String cue, Quote.Speaker speaker, int minTokens) {
        if (to - from < minTokens) {
            return null;
        }
        List<Token> tokens = doc.tokens();
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        return new Quote(doc.text(start, end), start, end, "indirect", cue, speaker);
    }
}
