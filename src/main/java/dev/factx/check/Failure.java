package dev.factx.check;

/**
 * One way a rule did not hold.
 *
 * @param document the document's name, or "(corpus)" for a rule on the whole corpus
 * @param fact     the fact at fault as a CI log shows it, or "(document)" when it is none
 */
public record Failure(String document, String rule, String fact, String message) {
    public static final String CORPUS = "(corpus)";
    public static final String NO_FACT = "(document)";
}
