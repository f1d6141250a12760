package dev.factx.input;

/** A document that cannot be read or extracted, with a stable error type for error records. */
public class DocumentException extends Exception {
    private final String type;

    public DocumentException(String type, String message) {
        super(message);
        this.type = type;
    }

    public DocumentException(String type, String message, Throwable cause) {
        super(message, cause);
        this.type = type;
    }

    /** See {@link dev.factx.facts.ErrorRecord.Error#type()} for the values. */
    public String type() {
        return type;
    }
}
