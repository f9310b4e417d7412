package org.sendero.feed.internal.fetch;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * How feeds are fetched over the network: one JDK client for the process, with time limits so a
 * dead connection ends in a message instead of a wait. Redirects are followed, never from https to
 * http.
 *
 * @param answer how long a server may take to start answering
 * @param idle how long a download may go without a byte before it is ended (and resumed next time)
 */
public record Downloads(HttpClient client, Duration answer, Duration idle) {

    public static Downloads standard() {
        return new Downloads(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build(), Duration.ofSeconds(60), Duration.ofSeconds(60));
    }
}
