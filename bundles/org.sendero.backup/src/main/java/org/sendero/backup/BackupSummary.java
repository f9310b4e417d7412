package org.sendero.backup;

import java.time.Instant;
import java.util.List;

/**
 * What a backup holds, as shown before it is restored.
 *
 * @param created when the backup was made
 * @param senderoVersion the version of Sendero that made it
 * @param schemaVersion the version of its progress database
 * @param learners how many learners it holds
 * @param notes how many bookmarks and notes they wrote
 * @param packs the packs that were installed
 * @param settings the settings files it holds, by name
 */
public record BackupSummary(Instant created, String senderoVersion, int schemaVersion, long learners, long notes,
        List<PackRecord> packs, List<String> settings) {

    public BackupSummary {
        packs = List.copyOf(packs);
        settings = List.copyOf(settings);
    }
}
