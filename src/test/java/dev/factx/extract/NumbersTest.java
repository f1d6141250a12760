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
}
