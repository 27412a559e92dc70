package no.planverk.platform.api.stats;

import java.net.URI;

/** A table SSB answered with status 200: its id, the address asked and the answer's bytes (JSON-stat 2.0). */
public record FetchedTable(String table, URI address, byte[] body) {
}
