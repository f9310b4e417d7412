package org.sendero.sync;

/**
 * Why the last push stopped. {@link StatusText} words it for the status line in the user's language.
 *
 * @param detail what the results server or the network said (a host, a status code, a message), in
 *        the server's words; never a secret
 */
public record SyncProblem(Kind kind, String detail) {

    public enum Kind {
        /** No connection to the server (refused, no route, unknown host). */
        UNREACHABLE,
        /** The server did not answer in time. */
        TIMEOUT,
        /** The server's TLS certificate is not trusted by this computer's Java. */
        UNTRUSTED_CERTIFICATE,
        /** 401 or 403: the key and secret were refused. */
        CREDENTIALS_REFUSED,
        /** A 5xx answer. */
        SERVER_ERROR,
        /** Another answer that was not a success (a wrong address gives 404, for instance). */
        UNEXPECTED_ANSWER,
        /** The progress database or the settings could not be read. */
        LOCAL
    }

    public SyncProblem {
        detail = detail == null ? "" : detail.replaceAll("\\R", " ").strip();
    }
}
