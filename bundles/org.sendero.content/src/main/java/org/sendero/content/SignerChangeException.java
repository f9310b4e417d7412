package org.sendero.content;

import java.util.Optional;

/**
 * An install refused because the pack is installed with a signature and the new copy is signed by
 * another key or not signed: it may come from someone other than the pack's author. Nothing was
 * changed. The caller may ask the user and install again with {@link InstallOptions#accepts
 * acceptance} of {@link #newSigner()}.
 *
 * @see InstallOptions#acceptingSigner(String)
 * @see InstallOptions#acceptingUnsigned()
 */
public final class SignerChangeException extends ContentException {

    private static final long serialVersionUID = 1L;

    private final String packId;
    private final String installedSigner;
    private final String newSigner;

    public SignerChangeException(String source, String packId, String installedSigner, Optional<String> newSigner) {
        super(Problem.error(source, 1, 1, message(packId, installedSigner, newSigner)));
        this.packId = packId;
        this.installedSigner = installedSigner;
        this.newSigner = newSigner.orElse(null);
    }

    private static String message(String packId, String installedSigner, Optional<String> newSigner) {
        return packId + " is installed signed by " + installedSigner + " but this copy is "
                + newSigner.map(key -> "signed by " + key).orElse("not signed") + "; refused";
    }

    public String packId() {
        return packId;
    }

    /** The fingerprint of the key that signed the installed version. */
    public String installedSigner() {
        return installedSigner;
    }

    /** The fingerprint of the key that signed the refused copy; empty when it is not signed. */
    public Optional<String> newSigner() {
        return Optional.ofNullable(newSigner);
    }
}
