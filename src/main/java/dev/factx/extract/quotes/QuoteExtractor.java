package dev.factx.extract.quotes;

import dev.factx.facts.Entity;
import dev.factx.facts.Quote;
import dev.factx.nlp.AnnotatedText;
import dev.factx.nlp.Sentence;
import dev.factx.nlp.Token;
import dev.factx.nlp.Tokens;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations and their speakers. A quote's speaker is the subject of a speech verb next
 * to it: after it ("…,” Putin added), before it (Putin stated, “…”), or in the sentence that
 * introduces it (Putin added: “…”). A pronoun speaker is the last person named before it.
 */
public final class QuoteExtractor {
    /** Tokens after a quotation in which to look for its speech verb ("…,” Rep. Gwen Moore (D-Wis.) said). */
    private static final int AFTER_WINDOW = 14;
    /**
     * Tokens for a speaker named right after the quotation with a long description before the
     * verb ("…,'' Leonard E. Burman, director of the … Center and a professor at …, said).
     */
    private static final int LONG_AFTER_WINDOW = 40;
    /** Characters from the quotation's end to its speaker's name: the closing mark, a space. */
    private static final int NAME_AFTER_MARK = 4;
    /** Characters between the parts of one quotation, more when its attribution stands between them. */
    private static final int MAX_GAP = 80;
    private static final int MAX_ATTRIBUTION_GAP = 200;
    private static final java.util.regex.Pattern ADDING = java.util.regex.Pattern.compile(",\\s*adding\\b");
    private static final String DASHES = "\u2015\u2014\u2013";
    /** Marks that open a quotation, with ” for one typed the wrong way round. */
    private static final String OPENING_MARKS = "\"'\u201C\u201E\u00AB\u2018\u201D";

    private QuoteExtractor() {
    }

    public static List<Quote> extract(AnnotatedText doc, List<Entity> entities) {
        Speakers speakers = new Speakers(doc, entities);
        boolean[] inTimex = new boolean[doc.tokens().size()];
        doc.timexes().forEach(t -> java.util.Arrays.fill(inTimex, t.firstToken(), t.endToken(), true));
        List<Quote> quotes = new ArrayList<>();
        List<QuoteMarks.Passage> passages = QuoteMarks.find(doc.text());
        Quote open = null;
        QuoteMarks.Passage last = null;
        for (QuoteMarks.Passage p : passages) {
            if (QuotedTitles.namesWork(doc.text(), p)) {
                continue;
            }
            if (NonSpeech.matches(doc.text(), p)) {
                open = null;
                continue;
            }
            Quote transcript = Transcripts.line(doc, p, entities);
            if (transcript != null) {
                quotes.add(transcript);
                // The paragraphs that go on without a name of their own are the same speaker's answer.
                open = transcript;
                last = p;
                continue;
            }
            Attribution a = attribute(doc, p, speakers);
            if (a.verbBefore < 0 && QuotedTitles.inTitleCase(doc.text(), p)) {
                continue;
            }
            Quote part = new Quote(doc.text(p.start(), p.end()), p.start(), p.end(), kind(doc, p), a.cue, a.speaker);
            boolean continuing = open != null && continues(doc.text(), open, last, p)
                    && (a.speaker == null || open.speaker() == null || sameSpeaker(open, part));
            boolean joined = continuing && joins(doc.text(), open, part, last, p);
            boolean carried = !continuing && a.speaker == null && open != null && open.speaker() != null
                    && ParagraphQuotes.goesOn(doc.text(), open, last, p);
            last = p;
            if (joined) {
                open = join(doc, open, part);
                quotes.set(quotes.size() - 1, open);
                continue;
            }
            if ((continuing || carried) && a.speaker == null) {
                part = new Quote(part.text(), part.start(), part.end(), part.kind(), open.cue(), open.speaker());
            }
            // A fragment in quotation marks that nobody says is a title or a scare quote.
            if (part.kind().equals("partial") && part.speaker() == null) {
                open = null;
                continue;
            }
            if (part.kind().equals("partial") && a.verbBefore >= 0) {
                // A second fragment of the same clause: "claimed it was “a big problem” but “nobody…”".
                if (!quotes.isEmpty() && quotes.get(quotes.size() - 1).end() >= part.end()) {
                    continue;
                }
                part = FragmentClause.widen(doc, part, a.verbBefore, inTimex);
            }
            quotes.add(part);
            open = part;
        }
        List<Quote> reported = OwnQuotations.trim(doc.text(), TrailingAttribution.apply(doc, speakers,
                FrontedAdverbials.drop(doc, ReportedSpeech.find(doc, speakers, passages)), passages), quotes, passages);
        // A quoted fragment inside reported speech is part of that partial quote, not one of its own.
        quotes.removeIf(q -> reported.stream().anyMatch(r -> r.kind().equals("partial")
                && (r.start() <= q.start() && q.end() <= r.end()
                || q.kind().equals("partial") && r.start() < q.end() && q.start() < r.end())));
        quotes.addAll(reported);
        List<Quote> headlines = Transcripts.headlines(doc, entities, passages);
        quotes.removeIf(q -> headlines.stream().anyMatch(h -> h.start() < q.end() && q.start() < h.end()));
        quotes.addAll(headlines);
        quotes.sort(java.util.Comparator.comparingInt(Quote::start));
        return QuoteFilters.apply(doc, QuotationAfterReport.join(doc.text(), quotes));
    }

    /** The cue, its speaker and, when the cue is a verb before the quotation, its token (else -1). */
    private record Attribution(String cue, Quote.Speaker speaker, int verbBefore) {
        Attribution(String cue, Quote.Speaker speaker) {
            this(cue, speaker, -1);
        }
    }

    /**
     * "…,” Putin said, “…”" and a quotation reopened in the next paragraph: the second part
     * continues the first and shares its speaker.
     */
    private static boolean continues(String text, Quote first, QuoteMarks.Passage previous, QuoteMarks.Passage next) {
        String between = text.substring(previous.end(), next.start());
        if (attributionBetween(first, previous, next) && !between.contains("\n")) {
            return between.length() < MAX_ATTRIBUTION_GAP;
        }
        return between.length() < MAX_GAP && !between.contains(".\n") && between.chars().filter(c -> c == '\n').count() <= 2;
    }

    private static boolean attributionBetween(Quote first, QuoteMarks.Passage previous, QuoteMarks.Passage next) {
        return first.speaker() != null && first.speaker().start() >= previous.end() && first.speaker().end() <= next.start();
    }

    /**
     * One quotation in two parts becomes one quote: the parts of a paragraph around its
     * attribution (“…,” Putin said. “…”), or a paragraph left open and the next that reopens it.
     * News annotators mark such a quotation as one span; a later paragraph that opens afresh is
     * another quote with the same speaker.
     */
    private static boolean joins(String text, Quote first, Quote second, QuoteMarks.Passage previous,
                                 QuoteMarks.Passage next) {
        if (!first.kind().equals("direct") || !second.kind().equals("direct")) {
            return false;
        }
        String between = text.substring(previous.end(), next.start());
        if (!previous.closed()) {
            return true;
        }
        // "…,” Trump said, adding later, “…”: what is added is a second statement.
        if (ADDING.matcher(between).find()) {
            return false;
        }
        return !between.contains("\n") && (attributionBetween(first, previous, next) || between.strip().length() <= 1);
    }

    private static boolean sameSpeaker(Quote a, Quote b) {
        return a.speaker() != null && b.speaker() != null && a.speaker().name().equals(b.speaker().name());
    }

    /** Two parts of a direct quotation as one quote, said by whoever either part names. */
    private static Quote join(AnnotatedText doc, Quote first, Quote second) {
        Quote.Speaker speaker = first.speaker() != null ? first.speaker() : second.speaker();
        String cue = first.speaker() != null ? first.cue() : second.cue();
        return new Quote(doc.text(first.start(), second.end()), first.start(), second.end(), first.kind(), cue, speaker);
    }

    /** Direct when the quotation stands as a statement of its own; partial inside the writer's sentence. */
    private static String kind(AnnotatedText doc, QuoteMarks.Passage p) {
        String text = doc.text();
        int k = p.start() - 1;
        while (k >= 0 && OPENING_MARKS.indexOf(text.charAt(k)) >= 0) {
            k--;
        }
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        if (k < 0 || text.charAt(k) == '\n' || text.charAt(k) == ':' || text.charAt(k) == ',') {
            return "direct";
        }
        // “…U.S.” “How…”: a quotation right after one that ended its sentence.
        if (k > 0 && "\u201D\"".indexOf(text.charAt(k)) >= 0 && ".?!".indexOf(text.charAt(k - 1)) >= 0) {
            return "direct";
        }
        return ".?!".indexOf(text.charAt(k)) >= 0 || sentenceAfterVerb(doc, p, k) ? "direct" : "partial";
    }

    /**
     * "Trump declared “I think NATO may be obsolete.”": whole sentences right after a verb of
     * saying, with no comma between, are still a statement of their own.
     */
    private static boolean sentenceAfterVerb(AnnotatedText doc, QuoteMarks.Passage p, int before) {
        String quoted = doc.text(p.start(), p.end());
        if (!Character.isUpperCase(quoted.charAt(0)) || ".?!".indexOf(quoted.charAt(quoted.length() - 1)) < 0) {
            return false;
        }
        int verb = Tokens.firstEndingAfter(doc.tokens(), before);
        return verb < doc.tokens().size() && doc.tokens().get(verb).end() == before + 1
                && Cues.isSpeechVerb(doc.tokens().get(verb));
    }

    private static boolean isFinite(Token t) {
        return t.hasPos("VBD") || t.hasPos("VBZ") || t.hasPos("VBP") || t.hasPos("MD");
    }

    private static boolean onlyPunctuation(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).text().chars().anyMatch(Character::isLetterOrDigit)) {
                return false;
            }
        }
        return true;
    }

    /** Nothing but punctuation after the quotation's last token in its sentence. */
    private static boolean endsWithQuote(AnnotatedText doc, Sentence sentence, int last) {
        for (int k = last + 1; k < sentence.endToken(); k++) {
            if (doc.tokens().get(k).text().chars().anyMatch(Character::isLetterOrDigit)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Before the quote, in its first sentence: Putin stated, “…” / Putin mentioned that “…”; or
     * null. A fragment may also be what a verb of any report says ("exhorted them to “…”"), when
     * no verb of speech stands before it.
     */
    private static Attribution verbBefore(AnnotatedText doc, QuoteMarks.Passage p, Speakers speakers, int first,
                                          boolean fragment) {
        List<Token> tokens = doc.tokens();
        Sentence opening = doc.sentenceOf(tokens.get(first));
        for (int k = first - 1; k >= opening.firstToken(); k--) {
            if (Cues.isSpeechVerb(tokens.get(k)) || fragment && ReportedSpeech.isReportingVerb(tokens.get(k), tokens)) {
                Quote.Speaker s = speakers.subjectOf(k, p.start());
                // "He defended the remark, saying, “…”" and "…outlined his plan and vowed to punish “…”":
                // the participle's or the second verb's speaker is the sentence's subject.
                if (s == null && k > opening.firstToken() && (tokens.get(k).hasPos("VBG")
                        && tokens.get(k - 1).text().equals(",") || ReportedSpeech.isCoordinated(tokens, opening, k))) {
                    s = ReportedSpeech.mainSubject(doc.tokens(), opening, k, speakers, p.start());
                }
                if (s != null) {
                    return new Attribution(tokens.get(k).text(), s, k);
                }
            }
        }
        return null;
    }

    private static Attribution attribute(AnnotatedText doc, QuoteMarks.Passage p, Speakers speakers) {
        List<Token> tokens = doc.tokens();
        int first = Tokens.firstEndingAfter(tokens, p.start());
        int last = Tokens.firstEndingAfter(tokens, p.end() - 1);
        if (last >= tokens.size()) {
            return new Attribution(null, null);
        }
        // A fragment in the writer's sentence is what the verb before it reports ("Cruz exhorted
        // Republicans to “vote your conscience” and said…"), not what a later verb does.
        if (kind(doc, p).equals("partial")) {
            Attribution before = verbBefore(doc, p, speakers, first, false);
            if (before == null) {
                before = verbBefore(doc, p, speakers, first, true);
            }
            if (before != null) {
                return before;
            }
        }
        Sentence closing = doc.sentenceOf(tokens.get(last));
        boolean nextSentence = false;
        // "“…?” Graham asked.": split after the question, the attribution opens the next sentence.
        // Not for a fragment inside the writer's sentence (Russia insisted that Pyongyang "stop it."): its verb is before it.
        if (endsWithQuote(doc, closing, last) && closing.index() + 1 < doc.sentences().size()
                && onlyPunctuation(tokens, doc.sentenceOf(tokens.get(first)).firstToken(), first)) {
            Sentence next = doc.sentences().get(closing.index() + 1);
            if (!doc.text(p.end(), next.start()).contains("\n")) {
                closing = next;
                nextSentence = true;
            }
        }
        int from = Math.max(last + 1, closing.firstToken());
        // After the quote, in its last sentence: "…,” Putin added. / "…,” said Putin.
        for (int k = from; k < Math.min(closing.endToken(), from + LONG_AFTER_WINDOW); k++) {
            if (tokens.get(k).start() >= p.end() + 1 && QuoteMarks.isOpeningMark(tokens.get(k).text())) {
                break;
            }
            // A sentence after a finished quotation attributes it only by its first verb ("Graham asked"),
            // not when it has moved on ("Trump was defensive about an architect who said ...").
            if (nextSentence && isFinite(tokens.get(k)) && !Cues.isSpeechVerb(tokens.get(k))) {
                break;
            }
            if (Cues.isSpeechVerb(tokens.get(k)) && tokens.get(k).start() >= p.end()) {
                Quote.Speaker s = speakers.subjectOf(k, p.start());
                // "…,” said Putin: the subject after the verb only right after the quotation, not "… and said he was".
                if ((s == null || s.start() < p.end()) && onlyPunctuation(tokens, last + 1, k)) {
                    s = speakers.subjectRightAfter(k, closing.endToken(), p.start());
                }
                // Far from the quotation only when its subject opens the attribution right after it.
                if (s != null && (k < from + AFTER_WINDOW || s.start() <= p.end() + NAME_AFTER_MARK)) {
                    return new Attribution(tokens.get(k).text(), s);
                }
            }
        }
        // Signed with a dash: “…” ― Jorge Falcon.
        int after = p.end();
        // A no-break space (\u00A0) often stands before the dash; Java does not count it as whitespace.
        while (after < doc.text().length() && (Character.isWhitespace(doc.text().charAt(after))
                || Character.isSpaceChar(doc.text().charAt(after))
                || "\u201D\"'".indexOf(doc.text().charAt(after)) >= 0)) {
            after++;
        }
        if (after < doc.text().length() && DASHES.indexOf(doc.text().charAt(after)) >= 0) {
            int name = Tokens.firstEndingAfter(tokens, after + 1);
            Quote.Speaker s = name < tokens.size() ? speakers.signature(name, p.start()) : null;
            if (s != null) {
                return new Attribution(doc.text(after, after + 1), s);
            }
        }
        Attribution inOpening = verbBefore(doc, p, speakers, first, false);
        if (inOpening != null) {
            return inOpening;
        }
        Sentence opening = doc.sentenceOf(tokens.get(first));
        Quote.Speaker inverted = speakers.afterOpeningVerb(opening, first, p.start());
        if (inverted != null) {
            return new Attribution(tokens.get(opening.firstToken()).text(), inverted);
        }
        // Introduced by the sentence before: Putin added: “…”.
        if (opening.index() > 0) {
            Sentence before = doc.sentences().get(opening.index() - 1);
            String tail = doc.text(before.start(), before.end()).strip();
            if (tail.endsWith(":")) {
                for (int k = before.endToken() - 1; k >= before.firstToken(); k--) {
                    if (Cues.isSpeechVerb(tokens.get(k))) {
                        Quote.Speaker s = speakers.subjectOf(k, p.start());
                        if (s != null) {
                            return new Attribution(tokens.get(k).text(), s);
                        }
                    }
                }
            }
        }
        Quote.Speaker introducer = ColonIntroductions.speaker(doc, speakers, p.start());
        return introducer != null ? new Attribution(":", introducer) : new Attribution(null, null);
    }
}
