package dev.factx.cli;

import dev.factx.facts.FactKind;
import picocli.CommandLine;

/** Reads a fact kind name given on the command line. */
final class FactKindConverter implements CommandLine.ITypeConverter<FactKind> {
    @Override
    public FactKind convert(String value) {
        try {
            return FactKind.fromKey(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
