package org.sendero.authoring.internal.wizards;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.osgi.service.prefs.BackingStoreException;
import org.sendero.content.ContentException;
import org.sendero.content.authoring.SigningKey;
import org.sendero.content.authoring.SigningKeys;

import jakarta.inject.Singleton;

/**
 * Which private key signs the packs this trainer hands out: only the file's place is remembered,
 * in the workbench preferences; the key itself stays in its file.
 */
@Creatable
@Singleton
public final class SigningKeySetting {

    static final String NODE = "org.sendero.authoring";
    static final String KEY_FILE = "signingKey";

    private final IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);

    /** The key set up, when its file still holds a key. */
    public Optional<SigningKey> key() {
        String file = node.get(KEY_FILE, "");
        if (file.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SigningKeys.load(Path.of(file)));
        } catch (ContentException | InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The file remembered, also when it no longer holds a key (moved, deleted). */
    public Optional<Path> file() {
        String file = node.get(KEY_FILE, "");
        try {
            return file.isBlank() ? Optional.empty() : Optional.of(Path.of(file));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    public void set(Optional<SigningKey> key) {
        if (key.isPresent()) {
            node.put(KEY_FILE, key.get().file().toAbsolutePath().toString());
        } else {
            node.remove(KEY_FILE);
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // kept for this run; the next change tries to store it again
        }
    }
}
