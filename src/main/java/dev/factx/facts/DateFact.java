package dev.factx.facts;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A temporal expression with its TIMEX3 type and value.
 *
 * @param resolved true when the value was computed from the document date ("Thursday"),
 *                 false when the text alone gives it ("July 4, 2019") or it stays unresolved
 * @param begin    for a range ("from 1987 to 2002"), the value of its start; otherwise null
 * @param until    for a range, the value of its end; otherwise null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DateFact(String text, int start, int end, String type, String value, String modifier,
                       boolean resolved, String begin, String until) implements Span {
}
