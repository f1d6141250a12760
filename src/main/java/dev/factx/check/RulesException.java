package dev.factx.check;

/** A rules file that cannot be used; the message says where and what to fix. */
public final class RulesException extends Exception {
    public RulesException(String message) {
        super(message);
    }

    public RulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
