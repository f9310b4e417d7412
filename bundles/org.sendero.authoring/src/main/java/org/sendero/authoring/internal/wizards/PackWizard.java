package org.sendero.authoring.internal.wizards;

import java.util.Set;
import java.util.function.Supplier;

import org.sendero.content.ContentException;
import org.sendero.content.authoring.PackScaffold;

/** A wizard that adds to the open pack. */
abstract class PackWizard extends ScaffoldWizard {

    protected final PackScaffold scaffold;

    PackWizard(String title, PackScaffold scaffold) {
        super(title);
        this.scaffold = scaffold;
    }

    /** The ids of {@code kind} as the folder holds them now, read again at every check. */
    protected Supplier<Set<String>> inUse(PackScaffold.Kind kind) {
        return () -> {
            try {
                return scaffold.idsInUse(kind);
            } catch (ContentException e) {
                return Set.of();
            }
        };
    }
}
