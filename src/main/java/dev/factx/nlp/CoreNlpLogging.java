package dev.factx.nlp;

import edu.stanford.nlp.util.logging.RedwoodConfiguration;

/** Keeps CoreNLP's own log lines off stderr unless the user asks for them. */
public final class CoreNlpLogging {
    private CoreNlpLogging() {
    }

    public static void configure(boolean verbose) {
        if (verbose) {
            RedwoodConfiguration.current().clear().handlers(RedwoodConfiguration.Handlers.stderr).apply();
        } else {
            RedwoodConfiguration.empty().apply();
        }
    }
}
