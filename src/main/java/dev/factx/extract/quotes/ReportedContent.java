package dev.factx.extract.quotes;

import dev.factx.nlp.Token;

import java.util.List;
import java.util.Set;

/** Where reported content begins after its verb: "said (on Friday) (that) …", "told reporters …". */
final class ReportedContent {
    /** Words of time that may stand between verb and content: "said on Friday that…". */
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "today", "yesterday", "tonight", "on", "last", "this", "earlier",
            "week", "month", "year", "morning", "afternoon", "evening", "night", "recently", "again", "also");

    private static final int MAX_ADJUNCT_TOKENS = 12;
    /** Words that open an embedded question after an adjunct ("shows in detail how…", "would know exactly what…"). */
    private static final Set<String> EMBEDDED_QUESTIONS = Set.of("how", "what", "why", "whether");
    /** Tokens from a verb to the preposition of its content: "talked to me last week about". */
    private static final int MAX_PREPOSITION_DISTANCE = 8;
    private static final Set<String> AUXILIARIES = Set.of("have", "be", "do");

    private ReportedContent() {
    }

    /** "Friday", "yesterday", "last week": a word of time that may stand between a verb and its content. */
    static boolean isTimeWord(Token t) {
        return TIME_WORDS.contains(t.lower()) || "DATE".equals(t.ner()) || "TIME".equals(t.ner());
    }

    /**
     * Where the reported clause begins after the verb: at "that" (kept, as annotators do), after
     * a listener ("told reporters"), or right after the verb when a clause follows; -1 when no
     * clause follows ("said in a statement.").
     */
    static int start(List<Token> tokens, int i, int last, String lemma, boolean[] inTimex) {
        int k = i;
        // The listener ends where a time ("told voters this weekend") or the clause's pronoun begins.
        if (AttributionVerbs.hasListener(lemma)) {
            while (k < last && Speakers.isNounPhrasePart(tokens.get(k)) && !inTimex[k]
                    && !(k > i && tokens.get(k).hasPos("PRP"))) {
                k++;
            }
        }
        // "said Friday that…", "pointed out that…": a date or a particle before the content; not a
        // date that owns it ("condemned Friday's test").
        while (k < last && (inTimex[k] || tokens.get(k).hasPos("RP") || TIME_WORDS.contains(tokens.get(k).lower()))
                && !(k + 1 < last && tokens.get(k + 1).hasPos("POS"))) {
            k++;
        }
        if (k < last && tokens.get(k).text().equals(",")) {
            k++;
        }
        if (last - k < ReportedSpeech.MIN_CONTENT_TOKENS && !(k == i && isLoneObject(tokens, k, lemma))) {
            return -1;
        }
        // "painted Trump as a caricature": a verb of depicting reports only the view it gives with "as".
        if (AttributionVerbs.takesObjectAs(lemma) && AsComplement.follows(tokens, k, last)) {
            return k;
        }
        if (AttributionVerbs.takesOnlyObjectAs(lemma)) {
            return -1;
        }
        if (tokens.get(k).lower().equals("that") || startsClause(tokens, k, last) || isQuestionWord(tokens.get(k))) {
            return k;
        }
        // "railed against the provisions that pock the code": a verb of no clause has no "that" content.
        int that = AttributionVerbs.takesClause(lemma) ? thatAfterAdjunct(tokens, k, last, AttributionVerbs.hasListener(lemma)) : -1;
        if (that >= 0) {
            return that;
        }
        if (AttributionVerbs.takesInfinitive(lemma) && (isInfinitive(tokens, k, last) || objectThenInfinitive(tokens, k, last))) {
            return k;
        }
        // "called for new tariffs", "complained about his microphone", "asked him about his taxes":
        // the content after the preposition, which may take a gerund ("called for taxing so-called…").
        int p = k;
        // "spoke emotionally of", "asked him about": an adverb or a pronoun before the preposition.
        while (p + 1 < last && p - k < 2 && (tokens.get(p).hasPos("RB") || tokens.get(p).hasPos("PRP"))
                && !tokens.get(p).hasPos("PRP$") && AttributionVerbs.introducesObject(lemma, tokens.get(p + 1).lower())) {
            p++;
        }
        if (!AttributionVerbs.introducesObject(lemma, tokens.get(p).lower())) {
            p = prepositionAfterAdjunct(tokens, k, last, lemma, inTimex);
        }
        if (p >= 0 && AttributionVerbs.introducesObject(lemma, tokens.get(p).lower())) {
            // "weighed in Friday about whether the video should be released": an embedded question too.
            return p + 1 < last && (startsNounPhrase(tokens, p + 1) || startsGerund(tokens, p + 1, last)
                    || isQuestionWord(tokens.get(p + 1))) ? p + 1 : -1;
        }
        // "proposes doing away with the mandate": a gerund is a noun phrase too.
        if (AttributionVerbs.takesObject(lemma) && (startsNounPhrase(tokens, k) || startsGerund(tokens, k, last))) {
            return k;
        }
        // "has promised a veto and…": a listener with no content after it was the object.
        boolean object = k > i && AttributionVerbs.hasListener(lemma) && AttributionVerbs.takesObject(lemma)
                && !tokens.get(i).hasPos("PRP") && !inTimex[i];
        return object && startsNounPhrase(tokens, i) ? i : -1;
    }

    /**
     * Where the reported clause ends: at the sentence's end, since what was said takes along its
     * participles and coordinated verbs ("said the plan would help, allowing…", "said the bank
     * had hired them and had paid…"), unless a second report of the speaker begins ("said he
     * would stay and warned that…", "…, saying…", "…, though she noted…"), which is a quote of
     * its own.
     */
    static int end(List<Token> tokens, int from, int last) {
        for (int k = from + 1; k + 1 < last; k++) {
            String t = tokens.get(k).text();
            // "a “strong leader,” comparing him…": the quotation closing after the comma stays whole;
            // a verb other than a participle there ("…,” said Baer") names the quotation's speaker.
            boolean closes = t.equals(",") && tokens.get(k + 1).hasPos("''");
            int next = closes && participleAt(tokens, k + 2, last) ? k + 2 : k + 1;
            if (((t.equals(",") || tokens.get(k).hasPos("CC")) && startsReport(tokens, from, next, last)
                    || ReportedSpeech.secondAttribution(tokens, k, last) || ReportedSpeech.afterOpeningClause(tokens, k, last)
                    || ReportedSpeech.closesOpeningClause(tokens, from, k, last) || objectThenNewSpeaker(tokens, from, k, last))
                    && reportsSomething(tokens, next, last)) {
                return closes ? k + 2 : k > from + 1 && tokens.get(k - 1).text().equals(",") ? k - 1 : k;
            }
        }
        return last;
    }

    /**
     * "…mishandled the investigation and Democrats accused the GOP…", "prefer Johnson and 1 percent
     * support Stein": "and" after an object, then a new speaker with a reporting verb, begins a
     * report of its own; not "and" inside a subject ("said professors or supervisors would…",
     * "as the United States, Britain and France support…").
     */
    private static boolean objectThenNewSpeaker(List<Token> tokens, int from, int cc, int last) {
        if (!tokens.get(cc).hasPos("CC") || tokens.get(cc - 1).text().equals(",")
                || !ReportedSpeech.speakerThenVerb(tokens, cc + 1, last)) {
            return false;
        }
        int k = cc - 1;
        while (k >= from && (Speakers.isNounPhrasePart(tokens.get(k)) || tokens.get(k).hasPos("PRP$"))) {
            k--;
        }
        Token before = tokens.get(k);
        if (k == from - 1) {
            // The object is the whole content: a verb of no clause ("prefer Johnson"), not a clause's subject ("said professors").
            return before.hasPos("VB") && !AttributionVerbs.takesClause(before.lowerLemma());
        }
        return k >= from && before.hasPos("VB");
    }

    /**
     * "…, but Chaffetz declined.": a second verb that ends the sentence, with nothing of its own to
     * report, goes on with the first content.
     */
    private static boolean reportsSomething(List<Token> tokens, int from, int last) {
        for (int j = from; j < last; j++) {
            if (ReportedSpeech.isReportingVerb(tokens.get(j), tokens)) {
                return j + 1 < last;
            }
        }
        return true;
    }

    /**
     * "warned that…", "also said…", "saying…", "has, in turn, accused…": a reporting verb that
     * opens a clause of its own, after adverbs, auxiliaries and a short aside between commas; a
     * participle only where it reports ("has accused", "and called for", not "was called").
     */
    private static boolean startsReport(List<Token> tokens, int from, int k, int last) {
        int j = k;
        while (j < last) {
            Token t = tokens.get(j);
            int asideEnd = t.text().equals(",") ? asideEnd(tokens, j, last) : -1;
            if (asideEnd > 0) {
                j = asideEnd + 1;
            } else if (t.hasPos("RB") || t.hasPos("MD") || AUXILIARIES.contains(t.lowerLemma()) && t.hasPos("VB")) {
                j++;
            } else {
                break;
            }
        }
        return j < last && (tokens.get(j).hasPos("VBD") || tokens.get(j).hasPos("VBZ") || tokens.get(j).hasPos("VBG")
                || tokens.get(j).hasPos("VBN") || secondBaseForm(tokens, from, k, j))
                && ReportedSpeech.isReportingVerb(tokens.get(j), tokens);
    }

    /**
     * "to accuse Clinton of lying and encourage voters to…", "call them “lone wolves” and describe
     * their actions as…": a base form right after "and" goes with the verb of the first content,
     * unless that content has a base form of its own it may go with ("to threaten Moscow or
     * declare…", "come out and support her").
     */
    private static boolean secondBaseForm(List<Token> tokens, int from, int k, int verb) {
        Token v = tokens.get(verb);
        if (!(v.pos().equals("VB") || v.hasPos("VBP")) || !tokens.get(k - 1).hasPos("CC")) {
            return false;
        }
        for (int j = k; j < verb; j++) {
            if (!tokens.get(j).hasPos("RB")) {
                return false;
            }
        }
        for (int j = from; j < k - 1; j++) {
            if (tokens.get(j).pos().equals("VB") || tokens.get(j).hasPos("VBP")) {
                return false;
            }
        }
        return true;
    }

    /** "comparing", "even suggesting": a participle, after adverbs. */
    private static boolean participleAt(List<Token> tokens, int k, int last) {
        int j = k;
        while (j < last && tokens.get(j).hasPos("RB")) {
            j++;
        }
        return j < last && tokens.get(j).hasPos("VBG");
    }

    /** The closing comma of ", in turn," at {@code comma}: at most three tokens between; -1 for none. */
    private static int asideEnd(List<Token> tokens, int comma, int last) {
        for (int j = comma + 1; j < last && j - comma <= 4; j++) {
            if (tokens.get(j).text().equals(",")) {
                return j > comma + 1 ? j : -1;
            }
        }
        return -1;
    }

    /**
     * "said in a statement that…", "says at a campaign stop in Toledo, Ohio, that…", "told MSNBC's
     * “Morning Joe” that…", "cautioned, as did the campaign itself, that…": the "that" after a
     * phrase that says where, when, to whom or who else; -1 when a verb comes first.
     */
    private static int thatAfterAdjunct(List<Token> tokens, int k, int last, boolean listener) {
        Token first = tokens.get(k);
        if (!listener && !first.hasPos("IN") && !first.hasPos("TO") && !first.hasPos("RB")) {
            return -1;
        }
        for (int j = k + 1; j < last && j - k <= MAX_ADJUNCT_TOKENS; j++) {
            Token t = tokens.get(j);
            if (t.lower().equals("that") || EMBEDDED_QUESTIONS.contains(t.lower())) {
                return last - j >= ReportedSpeech.MIN_CONTENT_TOKENS ? j : -1;
            }
            boolean asDid = t.lowerLemma().equals("do") && tokens.get(j - 1).lower().equals("as");
            // "expect from Clinton and what…": past a conjunction the question is no longer the verb's.
            if ((t.hasPos("VB") || t.hasPos("MD") || t.text().equals(";")) && !asDid
                    || t.hasPos("CC") && j + 1 < last && EMBEDDED_QUESTIONS.contains(tokens.get(j + 1).lower())) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "talked to me last week about…", "speaks more frequently in public about…", "asked Clinton
     * about…", "weighed in Friday about…": "about" after a place, a time or a listener; a verb that
     * takes an object has it there instead ("criticized the plan about…"), and "for about five
     * minutes" is a time; -1 when there is none.
     */
    private static int prepositionAfterAdjunct(List<Token> tokens, int k, int last, String lemma, boolean[] inTimex) {
        Token first = tokens.get(k);
        boolean adjunct = first.hasPos("IN") || first.hasPos("TO") || first.hasPos("RB") || inTimex[k];
        boolean listener = !AttributionVerbs.takesObject(lemma) && (first.hasPos("NNP") || first.hasPos("PRP"));
        if (!adjunct && !listener) {
            return -1;
        }
        for (int j = k + 1; j < last && j - k <= MAX_PREPOSITION_DISTANCE; j++) {
            Token t = tokens.get(j);
            // Only "about" says what is spoken of there; "on", "for" or "against" may say where, how long or before what.
            if (t.lower().equals("about") && AttributionVerbs.introducesObject(lemma, "about")) {
                return tokens.get(j - 1).hasPos("IN") ? -1 : j;
            }
            if (!(Speakers.isNounPhrasePart(t) || t.hasPos("PRP$") || t.hasPos("IN") || t.hasPos("TO") || t.hasPos("RB")
                    || inTimex[j]) || t.lower().equals("that")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "Cruz has endorsed Trump", "mining companies declared bankruptcy": one noun is the whole view
     * of a verb that takes an object; not a listener ("told Trump") nor a pronoun ("believe it").
     */
    static boolean isLoneObject(List<Token> tokens, int k, String lemma) {
        return tokens.get(k).hasPos("NN") && AttributionVerbs.takesObject(lemma) && !AttributionVerbs.hasListener(lemma);
    }

    /** "the accusations", "his microphone", "disparaging remarks". */
    private static boolean startsNounPhrase(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (Speakers.isNounPhrasePart(t) || t.hasPos("PRP$")) {
            return true;
        }
        if (k + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(k + 1);
        // "proposed jointly owned drones", "talked about so many of the things": an adverb of its modifier.
        if (t.hasPos("RB") && (next.hasPos("JJ") || next.hasPos("VBN")) && startsNounPhrase(tokens, k + 1)) {
            return true;
        }
        // "called for reducing the corporate tax rate": a gerund with its own object.
        boolean gerundObject = t.hasPos("VBG") && (next.hasPos("DT") || next.hasPos("PRP$") || next.hasPos("CD"));
        return gerundObject || (t.hasPos("VBG") || t.hasPos("VBN")) && (next.hasPos("NN") || next.hasPos("JJ"));
    }

    /** "taxing so-called income", "immediately deducting capital investments". */
    private static boolean startsGerund(List<Token> tokens, int k, int last) {
        int j = k;
        while (j < last && tokens.get(j).hasPos("RB")) {
            j++;
        }
        return j + 1 < last && tokens.get(j).hasPos("VBG");
    }

    /** "questioned whether…", "said when they would…": an embedded question. */
    private static boolean isQuestionWord(Token t) {
        return t.hasPos("W") || t.lower().equals("whether") || t.lower().equals("if");
    }

    /**
     * A subject followed by its verb: "another treaty was", "Russia, the largest state, is";
     * not an object ("denied the accusations").
     */
    private static boolean startsClause(List<Token> tokens, int k, int last) {
        int j = k;
        // "there needs to be", "too much is made of": a subject that opens with an adverb.
        while (j < last && (tokens.get(j).hasPos("RB") || tokens.get(j).lower().equals("there"))) {
            j++;
        }
        int subject = j;
        while (j < last && (Speakers.isNounPhrasePart(tokens.get(j)) || tokens.get(j).hasPos("PRP$")
                || tokens.get(j).hasPos("EX"))) {
            j++;
        }
        if ((j == subject && (j == k || !tokens.get(j - 1).lower().equals("there"))) || j >= last) {
            return false;
        }
        j = skipModifiers(tokens, j, last);
        // "bigotry and xenophobia are": a coordinated subject.
        if (j + 1 < last && tokens.get(j).lower().equals("and") && Speakers.isNounPhrasePart(tokens.get(j + 1))) {
            j++;
            while (j < last && Speakers.isNounPhrasePart(tokens.get(j))) {
                j++;
            }
        }
        if (tokens.get(j).text().equals(",")) {
            int close = j + 1;
            while (close < last && close - j <= 12 && !tokens.get(close).text().equals(",")) {
                close++;
            }
            j = close + 1;
        }
        while (j < last && tokens.get(j).hasPos("RB")) {
            j++;
        }
        return j < last && (tokens.get(j).hasPos("VB") || tokens.get(j).hasPos("MD"));
    }

    /** "the timing of the immunity news was": prepositional phrases that modify the subject. */
    private static int skipModifiers(List<Token> tokens, int j, int last) {
        for (int n = 0; n < 2 && j + 1 < last && tokens.get(j).hasPos("IN") && !tokens.get(j).lower().equals("that")
                && Speakers.isNounPhrasePart(tokens.get(j + 1)); n++) {
            int k = j + 1;
            while (k < last && (Speakers.isNounPhrasePart(tokens.get(k)) || tokens.get(k).hasPos("PRP$"))) {
                k++;
            }
            j = k;
        }
        return j;
    }

    /** "to repeal", "to effectively lend": an adverb may split the infinitive. */
    private static boolean isInfinitive(List<Token> tokens, int k, int last) {
        int verb = k + 1;
        while (verb + 1 < last && tokens.get(verb).hasPos("RB")) {
            verb++;
        }
        return verb < last && tokens.get(k).lower().equals("to") && tokens.get(verb).hasPos("VB");
    }

    /** "expects them to become", "urged the council to act": a short object, then its infinitive. */
    private static boolean objectThenInfinitive(List<Token> tokens, int k, int last) {
        int j = k;
        while (j < last && j - k < 4 && (Speakers.isNounPhrasePart(tokens.get(j)) || tokens.get(j).hasPos("PRP$"))) {
            j++;
        }
        return j > k && isInfinitive(tokens, j, last);
    }
}
