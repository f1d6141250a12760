package dev.factx.server;

/**
 * How a {@link FactxServer} listens.
 *
 * @param port    the TCP port on 127.0.0.1; 0 picks a free one
 * @param threads requests extracted in parallel, all on the one shared pipeline
 */
public record ServerOptions(int port, int threads) {

    public ServerOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }
}
