package org.sendero.progress.export;

import com.google.gson.JsonObject;

/**
 * A statement waiting in the outbox.
 *
 * @param verb and {@code rowId} name it in the outbox
 * @param id the statement id, the same as in the xAPI export
 * @param statement the statement as the export writes it
 */
public record QueuedStatement(String verb, String rowId, String id, JsonObject statement) {
}
