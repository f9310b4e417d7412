package org.sendero.backup.internal.archive;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sendero.backup.BackupSummary;
import org.sendero.backup.PackRecord;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * The backup's manifest.json: what it is, who made it, and the SHA-256 of every other entry, so
 * that a damaged or altered backup is refused before anything is restored from it.
 *
 * @param format the layout of the backup file; a reader refuses a format it does not know
 * @param created when it was made, ISO-8601 UTC
 * @param entries each entry's name and SHA-256
 */
public record Manifest(int format, String created, String senderoVersion, int schemaVersion, long learners, long notes,
        List<PackRecord> packs, Map<String, String> entries) {

    /** The format this Sendero writes and reads. */
    public static final int FORMAT = 1;

    public static final String ENTRY = "manifest.json";

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    public Manifest {
        packs = packs == null ? List.of() : List.copyOf(packs);
        entries = entries == null ? Map.of() : new TreeMap<>(entries);
    }

    /** What the backup holds, as its maker counted it. */
    public BackupSummary summary() {
        return new BackupSummary(Instant.parse(created), senderoVersion, schemaVersion, learners, notes, packs,
                entries.keySet().stream().filter(name -> name.startsWith(SettingsFiles.PREFIX))
                        .map(name -> name.substring(name.lastIndexOf('/') + 1)).toList());
    }

    public String toJson() {
        return GSON.toJson(this);
    }

    /** Reads a manifest; a missing field reads as empty or zero and is refused by the checks after. */
    public static Manifest fromJson(String json) throws JsonParseException {
        Manifest read = GSON.fromJson(json, Manifest.class);
        if (read == null) {
            throw new JsonParseException("empty manifest");
        }
        return new Manifest(read.format, read.created, read.senderoVersion, read.schemaVersion, read.learners,
                read.notes, read.packs, read.entries);
    }
}
