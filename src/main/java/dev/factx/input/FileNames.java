package dev.factx.input;

/**
 * What factx reads from a file name, for other front ends (the Spark job) to name documents
 * exactly as the command line does.
 */
public final class FileNames {
    private FileNames() {
    }

    /** The document id of a file: "putin.txt.gz" is "putin". */
    public static String id(String fileName) {
        return clean(OutputNames.withoutExtensions(fileName));
    }

    /** A name made safe as one path component: no separators, nothing hidden, no "..". */
    public static String clean(String part) {
        return OutputNames.clean(part);
    }
}
