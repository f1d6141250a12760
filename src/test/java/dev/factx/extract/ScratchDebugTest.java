package dev.factx.extract;

import dev.factx.nlp.AnnotatedText;
import dev.factx.testing.Fixtures;
import org.junit.jupiter.api.Test;

class ScratchDebugTest {
    @Test
    void show() throws Exception {
        for (String text : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/tmp/ha3-scratch.txt"))) {
            AnnotatedText doc = Fixtures.annotate(text, null);
            StringBuilder b = new StringBuilder();
            doc.tokens().forEach(t -> b.append(t.text()).append('/').append(t.pos()).append(' '));
            System.out.println("TOKENS " + b);
            ExtractedQuotes.of(text).forEach(q -> System.out.println("QUOTE " + q));
        }
    }
}
