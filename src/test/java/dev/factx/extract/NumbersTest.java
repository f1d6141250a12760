package dev.factx.extract;

import dev.factx.nlp.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersTest {

    private static List<Token> tokens(String... words) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String w : words) {
            tokens.add(new Token(tokens.size(), 0, w, offset, offset + w.length(), null, null, null, null));
            offset += w.length() + 1;
        }
        return tokens;
    }

    @Test
    void digitsSeparatorsDecimalsAndScales() {
        assertThat(Numbers.parse(tokens("5,500"), 0, false).value()).isEqualByComparingTo("5500");
        assertThat(Numbers.parse(tokens("1.5", "million"), 0, false).value()).isEqualByComparingTo("1500000");
        assertThat(Numbers.parse(tokens("20bn"), 0, true).value()).isEqualByComparingTo("20000000000");
        assertThat(Numbers.parse(tokens("3", "m"), 0, true).value()).isEqualByComparingTo("3000000");
    }

    @Test
    void numberWords() {
        assertThat(Numbers.parse(tokens("twenty-two"), 0, false).value()).isEqualByComparingTo("22");
        assertThat(Numbers.parse(tokens("a", "dozen"), 0, false).value()).isEqualByComparingTo("12");
        assertThat(Numbers.parse(tokens("three", "hundred", "thousand"), 0, false).value()).isEqualByComparingTo("300000");
    }

    @Test
    void scaleAbbreviationsNeedMoney() {
        Numbers.Parsed meters = Numbers.parse(tokens("3", "m"), 0, false);
        assertThat(meters.value()).isEqualByComparingTo("3");
        assertThat(meters.end()).isEqualTo(1);
        assertThat(Numbers.parse(tokens("9M729"), 0, false)).isNull();
    }

    @Test
    void fractionsNegativesAndCompoundWords() {
        assertThat(Numbers.parse(tokens("1/4"), 0, false).value()).isEqualByComparingTo("0.25");
        assertThat(Numbers.parse(tokens("10\u00A01/2"), 0, false).value()).isEqualByComparingTo("10.5");
        assertThat(Numbers.parse(tokens("24/7"), 0, false)).isNull();
        assertThat(Numbers.parse(tokens("minus", "5"), 0, false).value()).isEqualByComparingTo("-5");
        assertThat(Numbers.parse(tokens("forty", "-", "five"), 0, false).value()).isEqualByComparingTo("45");
        assertThat(Numbers.parse(tokens("two", "dozen"), 0, false).value()).isEqualByComparingTo("24");
        assertThat(Numbers.parse(tokens("half", "a", "million"), 0, false).value()).isEqualByComparingTo("500000");
        assertThat(Numbers.parse(tokens("35", "lakh"), 0, false).value()).isEqualByComparingTo("3500000");
    }

    @Test
    void vagueAmountsAreLowerBounds() {
        Numbers.Parsed tens = Numbers.parse(tokens("tens", "of", "thousands", "of", "people"), 0, false);
        assertThat(tens.value()).isEqualByComparingTo("10000");
        assertThat(tens.vague()).isTrue();
        assertThat(tens.end()).isEqualTo(4);
    }

    @Test
    void gluedSuffixesAreScalesOrUnits() {
        assertThat(Numbers.parse(tokens("1.8M"), 0, false).value()).isEqualByComparingTo("1800000");
        Numbers.Parsed metres = Numbers.parse(tokens("1.8m"), 0, false);
        assertThat(metres.value()).isEqualByComparingTo("1.8");
        assertThat(metres.glued()).isEqualTo("m");
        assertThat(Numbers.parse(tokens("2nd"), 0, false).glued()).isEqualTo("nd");
    }
}
