package dev.factx.cli;

import dev.factx.input.InputFormat;
import picocli.CommandLine;

/** Reads an input format name given on the command line. */
final class InputFormatConverter implements CommandLine.ITypeConverter<InputFormat> {
    @Override
    public InputFormat convert(String value) {
        try {
            return InputFormat.fromKey(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
