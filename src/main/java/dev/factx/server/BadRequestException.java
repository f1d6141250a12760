package dev.factx.server;

/** A request the server cannot serve as sent: answered with this status and message. */
final class BadRequestException extends RuntimeException {
    private final int status;

    BadRequestException(String message) {
        this(400, message);
    }

    BadRequestException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
