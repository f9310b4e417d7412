package org.sendero.backup;

/**
 * An installed pack as a backup remembers it: the packs themselves are not in the backup (they
 * are reinstalled from their files), so these say which ones the records refer to.
 *
 * @param signer the fingerprint of the key that signed it, empty when it was not signed
 */
public record PackRecord(String id, String version, String signer) {

    public PackRecord {
        signer = signer == null ? "" : signer;
    }
}
