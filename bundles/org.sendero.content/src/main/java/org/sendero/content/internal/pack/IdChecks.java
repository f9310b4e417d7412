package org.sendero.content.internal.pack;

import java.util.Optional;

import org.sendero.content.internal.yaml.YamlNode.YamlMap;

/** The checks on ids that pack files share: an id matches its file or folder, and no pack takes a reserved id. */
final class IdChecks {

    private IdChecks() {
    }

    /**
     * pack.yaml's id.
     *
     * @param incoming a pack being validated, packed or installed; an installed pack's id was
     *        checked when it was installed (and My library is read as installed)
     */
    static Optional<String> packId(YamlMap pack, boolean incoming) {
        return Fields.id(pack, "id", "pack id").filter(id -> {
            String refusal = incoming ? ReservedIds.refusal(id) : null;
            if (refusal != null) {
                pack.get("id").get().error(refusal);
                return false;
            }
            return true;
        });
    }

    /** A document's id, which must be the ID of its file name ID.LANG.md. */
    static Optional<String> matchingFile(YamlMap front, String fileId, String path) {
        return Fields.id(front, "id", "id").filter(id -> {
            if (!id.equals(fileId)) {
                front.get("id").get().error("id '" + id + "' does not match the file name " + path
                        + " (expected '" + fileId + "')");
                return false;
            }
            return true;
        });
    }

    /** A course's or module's id, which must be its folder's name. */
    static Optional<String> matchingFolder(YamlMap map, String folder) {
        return Fields.id(map, "id", "id").filter(id -> {
            if (!id.equals(folder)) {
                map.get("id").get().error("id '" + id + "' does not match its folder name '" + folder + "'");
                return false;
            }
            return true;
        });
    }
}
