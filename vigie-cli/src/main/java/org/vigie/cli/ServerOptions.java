package org.vigie.cli;

import picocli.CommandLine.Option;

/** How the HTTP server listens and guards writes. */
final class ServerOptions {

    @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}, loopback only).")
    String host = "127.0.0.1";

    @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--token", description = "Token required by POST /api/ingest (default: $VIGIE_TOKEN; none disables ingest).")
    String token = System.getenv("VIGIE_TOKEN");

    @Option(names = "--closed-reads", description = {"Read endpoints and pages require the token too; a feed also opens to its own",
            "read-only key (?key=, derived from the token; the pages' Feed links carry it)."})
    boolean closedReads;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "The address readers reach this server at (behind a proxy: https://vigie.example.org), which the Atom feeds link to;"
                    + " default: the address each request was sent to.")
    String publicUrl;

    @Option(names = "--max-body", paramLabel = "BYTES", description = "Largest request body (default: ${DEFAULT-VALUE}).")
    long maxBody = org.vigie.server.ServerConfig.DEFAULT_MAX_BODY;
}
