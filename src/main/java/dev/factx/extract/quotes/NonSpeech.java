package dev.factx.extract.quotes;

import java.util.regex.Pattern;

/**
 * Passages in quotation marks that nobody says: a transcript's stage direction ("(CROSSTALK)",
 * "[APPLAUSE]") and the writer's sign-off ("Follow Pam Key on Twitter @pamkey").
 */
final class NonSpeech {
    /** Only a parenthesis or brackets between the marks. */
    private static final Pattern STAGE_DIRECTION = Pattern.compile("\\s*[(\\[][^()\\[\\]]*[)\\]][.,]?\\s*");
    private static final Pattern FOLLOW = Pattern.compile(
            "\\s*Follow\\b.{1,60}\\bon (?:Twitter|Facebook|Instagram)\\b.*", Pattern.DOTALL);

    private NonSpeech() {
    }

    static boolean matches(String text, QuoteMarks.Passage p) {
        String inside = text.substring(p.start(), p.end());
        return STAGE_DIRECTION.matcher(inside).matches() || FOLLOW.matcher(inside).matches();
    }
}
