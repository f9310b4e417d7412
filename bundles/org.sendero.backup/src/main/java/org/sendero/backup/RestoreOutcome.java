package org.sendero.backup;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A restore that was done.
 *
 * @param restored what the restored backup held
 * @param keptAs the backup of the records it replaced, itself restorable; empty when there were none
 */
public record RestoreOutcome(BackupSummary restored, Optional<Path> keptAs) {
}
