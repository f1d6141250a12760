package dev.factx.spark;

import dev.factx.input.InputFormat;
import dev.factx.input.ReadOptions;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The job's arguments. Serializable because executors build their {@link ReadOptions} from it.
 *
 * @param inputs      files, directories or globs, local or on any Hadoop file system
 * @param output      the output directory (it must not exist)
 * @param format      how the facts are written
 * @param inputFormat the format of every input, or null to go by each file's extension, as the CLI does
 * @param date        the date of every document (the CLI's --date), or null
 * @param partitions  extraction partitions, or 0 to choose from the number of documents
 */
public record JobArgs(List<String> inputs, String output, OutputFormat format, InputFormat inputFormat,
                      String textField, String idField, String dateField, LocalDate date, int partitions)
        implements Serializable {

    public static final String USAGE = """
            usage: FactxSparkJob [options] INPUT... OUTPUT
              INPUT                  JSON Lines, text or HTML files, directories or globs (any Hadoop URI)
              OUTPUT                 a directory that does not exist yet
              --format jsonl|parquet the output (default jsonl: the CLI's lines, in input order)
              --input-format jsonl|text|html  every input's format (default: by file extension)
              --text-field NAME      the JSON Lines field holding the text (default text)
              --id-field NAME        the JSON Lines field holding the id (default id)
              --date-field NAME      the JSON Lines field holding the date (default date)
              --date YYYY-MM-DD      the date of every document
              --partitions N         extraction partitions (default: from the number of documents)""";

    /** jsonl: the CLI's bytes; parquet: the same records as columns. */
    public enum OutputFormat { JSONL, PARQUET }

    public JobArgs {
        inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("inputs must name at least one file, directory or glob");
        }
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(format, "format");
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must be 0 (automatic) or more, was " + partitions);
        }
        // ReadOptions checks the field names, with messages naming them.
        ReadOptions.defaults().withFields(textField, idField, dateField);
    }

    public static JobArgs parse(String... args) {
        ReadOptions defaults = ReadOptions.defaults();
        List<String> paths = new ArrayList<>();
        OutputFormat format = OutputFormat.JSONL;
        InputFormat inputFormat = null;
        String textField = defaults.textField();
        String idField = defaults.idField();
        String dateField = defaults.dateField();
        LocalDate date = null;
        int partitions = 0;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--format" -> format = outputFormat(value(args, ++i, arg));
                case "--input-format" -> inputFormat = InputFormat.fromKey(value(args, ++i, arg));
                case "--text-field" -> textField = value(args, ++i, arg);
                case "--id-field" -> idField = value(args, ++i, arg);
                case "--date-field" -> dateField = value(args, ++i, arg);
                case "--date" -> date = date(value(args, ++i, arg));
                case "--partitions" -> partitions = partitions(value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + arg);
                    }
                    paths.add(arg);
                }
            }
        }
        if (paths.size() < 2) {
            throw new IllegalArgumentException("name at least one INPUT and the OUTPUT directory");
        }
        return new JobArgs(paths.subList(0, paths.size() - 1), paths.get(paths.size() - 1), format, inputFormat,
                textField, idField, dateField, date, partitions);
    }

    /** The CLI's reading options for these arguments: executors read with exactly these. */
    public ReadOptions readOptions() {
        return ReadOptions.defaults().withFormat(inputFormat).withFields(textField, idField, dateField).withDate(date);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static OutputFormat outputFormat(String value) {
        return switch (value) {
            case "jsonl" -> OutputFormat.JSONL;
            case "parquet" -> OutputFormat.PARQUET;
            default -> throw new IllegalArgumentException("--format must be jsonl or parquet, was " + value);
        };
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--date must be YYYY-MM-DD, was " + value, e);
        }
    }

    private static int partitions(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n < 1) {
                throw new IllegalArgumentException("--partitions must be at least 1, was " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--partitions must be a number, was " + value, e);
        }
    }
}
