package dev.factx.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A sentence's tokens as CoreNLP's NER sees them: its NER-specific tokenization joins a
 * hyphenated word the tokenizer split ("Obama - era" becomes "Obama-era"), except before a few
 * words ("Moscow-based" stays split), and copies each joined token's tag back to its parts.
 * The fine-grained gazetteer ran on those joined tokens, so it must still see them.
 */
final class NerTokenView {
    /** CoreNLP's exceptions (NERCombinerAnnotator.nerSpecificTokenizationExceptions). */
    private static final Set<String> KEPT_APART = Set.of("based", "area", "registered", "headquartered",
            "native", "born", "raised", "backed", "controlled", "owned", "resident", "trained", "educated");

    private final List<CoreLabel> tokens;
    /** Index of each joined token's first part in {@link #tokens}; one extra entry closes the last. */
    private final int[] firsts;
    private final String[] words;

    private NerTokenView(List<CoreLabel> tokens, int[] firsts, String[] words) {
        this.tokens = tokens;
        this.firsts = firsts;
        this.words = words;
    }

    static NerTokenView of(List<CoreLabel> tokens) {
        List<Integer> firsts = new ArrayList<>();
        List<String> words = new ArrayList<>();
        String lastAfter = null;
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel token = tokens.get(i);
            int last = words.size() - 1;
            boolean joins = last >= 0 && "".equals(lastAfter)
                    && (token.word().equals("-")
                        ? i + 1 < tokens.size() && !KEPT_APART.contains(tokens.get(i + 1).word())
                        : words.get(last).endsWith("-") && !KEPT_APART.contains(token.word()));
            if (joins) {
                words.set(last, words.get(last) + token.word());
            } else {
                firsts.add(i);
                words.add(token.word());
            }
            lastAfter = token.containsKey(CoreAnnotations.AfterAnnotation.class) ? token.after() : null;
        }
        firsts.add(tokens.size());
        return new NerTokenView(tokens, firsts.stream().mapToInt(Integer::intValue).toArray(),
                words.toArray(String[]::new));
    }

    int size() {
        return words.length;
    }

    String word(int i) {
        return words[i];
    }

    /** A joined token keeps its first part's tag, as CoreNLP's copy of that part does. */
    String tag(int i) {
        return tokens.get(firsts[i]).tag();
    }

    String ner(int i) {
        return tokens.get(firsts[i]).ner();
    }

    void setNer(int i, String ner) {
        for (int t = firsts[i]; t < firsts[i + 1]; t++) {
            tokens.get(t).setNER(ner);
        }
    }
}
