package dev.factx.nlp;

/**
 * A temporal expression as SUTime found it.
 *
 * @param value    TIMEX3 value after resolution against the document date
 * @param modifier TIMEX3 mod (EARLY, LATE, APPROX...), or null
 * @param begin    for a range, the value of its start, else null
 * @param until    for a range, the value of its end, else null
 * @param unresolved the value before the document date resolved it ("XXXX-WXX-1" for "Monday"),
 *                   null when SUTime resolved nothing
 */
public record Timex(int start, int end, int firstToken, int endToken, String type, String value,
                    String modifier, String begin, String until, String unresolved) {
}
