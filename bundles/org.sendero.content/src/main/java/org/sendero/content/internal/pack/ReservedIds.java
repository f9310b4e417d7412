package org.sendero.content.internal.pack;

import java.util.Set;

import org.sendero.content.ContentLibrary;

/**
 * Pack ids that belong to Sendero itself. "my-library" holds the documents a user imports one by
 * one; each import installs it as the next version, so a pack from outside with that id would
 * replace (and so delete) the user's own documents. Only the My library import may write it: it
 * runs its install inside {@link #asOwnLibrary}, and the validator refuses the id everywhere else.
 */
public final class ReservedIds {

    static final Set<String> PACK_IDS = Set.of(ContentLibrary.MY_LIBRARY);

    /** Set while the My library import installs its pack, on the thread that does it. */
    private static final ThreadLocal<Boolean> OWN_LIBRARY = ThreadLocal.withInitial(() -> false);

    /** Work that may fail with a checked exception. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    private ReservedIds() {
    }

    /** Runs {@code work} (the My library import's install) with the My library id allowed. */
    public static <T, E extends Exception> T asOwnLibrary(Work<T, E> work) throws E {
        boolean before = OWN_LIBRARY.get();
        OWN_LIBRARY.set(true);
        try {
            return work.run();
        } finally {
            OWN_LIBRARY.set(before);
        }
    }

    /** Whether this thread is the My library import installing its own pack. */
    public static boolean isOwnLibraryImport() {
        return OWN_LIBRARY.get();
    }

    /** Why a pack read now may not take {@code id}, or null when it may. */
    static String refusal(String id) {
        if (!PACK_IDS.contains(id) || (id.equals(ContentLibrary.MY_LIBRARY) && isOwnLibraryImport())) {
            return null;
        }
        return "pack id '" + id + "' is reserved for the documents users import themselves (My library);"
                + " choose another id";
    }
}
