package dev.factx.eval;

/** A gold file that cannot be scored against: the message names the file and line. */
public final class GoldFormatException extends RuntimeException {
    public GoldFormatException(String message) {
        super(message);
    }

    public GoldFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
