package dev.factx.extract.quotes;

import dev.factx.nlp.Token;

import java.util.Set;

/** Words that attribute speech: "said", "warned", "according to". */
final class Cues {
    private static final Set<String> SPEECH_LEMMAS = Set.of("say", "state", "add", "warn", "tell",
            "insist", "claim", "mention", "note", "explain", "argue", "declare", "announce", "write",
            "ask", "reply", "respond", "stress", "emphasize", "emphasise", "suggest", "acknowledge",
            "admit", "deny", "reveal", "report", "comment", "continue", "conclude", "predict", "urge",
            "describe", "assert", "affirm", "confirm", "caution", "complain", "recall", "testify",
            "tweet", "post", "told", "said", "demand", "joke", "quip", "shout", "yell", "chant", "retort",
            "answer", "exclaim", "lament", "boast", "scoff", "muse", "wonder", "remark", "observe", "concede",
            "agree", "recount", "plead", "promise", "vow", "pledge", "interject", "counter");

    private Cues() {
    }

    /** A verb or a noun of saying: "told", "her promise that…". */
    static boolean isSpeechWord(Token t) {
        return SPEECH_LEMMAS.contains(t.lowerLemma());
    }

    static boolean isSpeechVerb(Token t) {
        if (!t.hasPos("VB")) {
            return false;
        }
        String lemma = t.lowerLemma();
        return SPEECH_LEMMAS.contains(lemma);
    }
}
