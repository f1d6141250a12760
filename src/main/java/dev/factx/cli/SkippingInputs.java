package dev.factx.cli;

import dev.factx.input.Input;
import dev.factx.output.OutputDirectory;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** With --skip-existing, leaves out the inputs a previous run already extracted. */
final class SkippingInputs implements Iterator<Input> {
    private final Iterator<Input> inputs;
    private final OutputDirectory done;
    private Input next;
    private int skipped;

    SkippingInputs(Iterator<Input> inputs, OutputDirectory done) {
        this.inputs = inputs;
        this.done = done;
    }

    int skipped() {
        return skipped;
    }

    @Override
    public boolean hasNext() {
        while (next == null && inputs.hasNext()) {
            Input candidate = inputs.next();
            if (done != null && done.done(candidate.name())) {
                skipped++;
            } else {
                next = candidate;
            }
        }
        return next != null;
    }

    @Override
    public Input next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Input result = next;
        next = null;
        return result;
    }
}
