package dev.factx.cli;

import dev.factx.input.Input;
import dev.factx.input.LookaheadIterator;
import dev.factx.output.OutputDirectory;

import java.util.Iterator;

/** With --skip-existing, leaves out the inputs a previous run already extracted. */
final class SkippingInputs extends LookaheadIterator<Input> {
    private final Iterator<Input> inputs;
    private final OutputDirectory done;
    private int skipped;

    SkippingInputs(Iterator<Input> inputs, OutputDirectory done) {
        this.inputs = inputs;
        this.done = done;
    }

    int skipped() {
        return skipped;
    }

    @Override
    protected Input advance() {
        while (inputs.hasNext()) {
            Input candidate = inputs.next();
            if (done != null && done.done(candidate.name())) {
                skipped++;
            } else {
                return candidate;
            }
        }
        return null;
    }
}
