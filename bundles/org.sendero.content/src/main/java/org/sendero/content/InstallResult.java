package org.sendero.content;

import java.util.Optional;

import org.sendero.core.content.PackInfo;
import org.sendero.core.content.PackVersion;

/** What an install did: which pack, which version it replaced, who signed it. */
public record InstallResult(PackInfo info, Optional<PackVersion> replaced, Optional<String> signer, long warnings) {

    /** One line for the user. */
    public String describe() {
        String what = replaced.map(old -> {
            int order = info.version().compareTo(old);
            String verb = order > 0 ? "Upgraded " : order < 0 ? "Downgraded " : "Reinstalled ";
            return order == 0 ? verb + info.id() + " " + old
                    : verb + info.id() + " from " + old + " to " + info.version();
        }).orElse("Installed " + info.id() + " " + info.version());
        String signature = signer.map(key -> "signed by " + key).orElse("not signed");
        String notes = warnings == 0 ? "" : ", " + warnings + (warnings == 1 ? " warning" : " warnings");
        return what + " (" + info.title().in("en") + "; " + signature + notes + ")";
    }
}
