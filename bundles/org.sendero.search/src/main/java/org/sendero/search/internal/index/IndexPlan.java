package org.sendero.search.internal.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sendero.core.content.Pack;

/**
 * What an update must do to make the index equal to the installed packs. Packs whose stamp is
 * unchanged are not read; in the others, only documents whose hash differs are written.
 */
record IndexPlan(List<PackChange> packs, List<String> removedPacks, int removedPackDocuments, int unchanged) {

    /** A pack that was read: documents to write, documents to delete, then its record. */
    record PackChange(String id, String stamp, List<IndexedDocument> write, List<String> delete,
            List<String> glossary) {
    }

    static IndexPlan of(IndexState state, List<PackSource> sources) throws IOException {
        List<PackChange> changes = new ArrayList<>();
        int unchanged = 0;
        Set<String> installed = new HashSet<>();
        for (PackSource source : sources) {
            installed.add(source.id());
            Map<String, String> indexed = state.hashes(source.id());
            if (source.stamp().equals(state.stamps().get(source.id()))) {
                unchanged += indexed.size();
                continue;
            }
            Pack pack = source.loader().load();
            List<IndexedDocument> write = new ArrayList<>();
            Map<String, String> remaining = new HashMap<>(indexed);
            for (IndexedDocument document : PackDocuments.of(pack)) {
                String old = remaining.remove(document.key());
                if (old == null || !old.equals(document.hash())) {
                    write.add(document);
                } else {
                    unchanged++;
                }
            }
            changes.add(new PackChange(source.id(), source.stamp(), write, List.copyOf(remaining.keySet()),
                    PackDocuments.glossaryLines(pack)));
        }
        List<String> removed = new ArrayList<>();
        int removedDocuments = 0;
        Set<String> indexedPacks = new HashSet<>(state.stamps().keySet());
        indexedPacks.addAll(state.hashesByPack().keySet());
        for (String pack : indexedPacks) {
            if (!installed.contains(pack)) {
                removed.add(pack);
                removedDocuments += state.hashes(pack).size();
            }
        }
        return new IndexPlan(changes, removed, removedDocuments, unchanged);
    }

    /** Documents to write or delete; what progress counts. */
    int work() {
        return packs.stream().mapToInt(p -> p.write().size() + p.delete().size()).sum() + removedPackDocuments;
    }

    /** Whether anything at all differs, including a pack record with a new stamp. */
    boolean isEmpty() {
        return packs.isEmpty() && removedPacks.isEmpty();
    }
}
