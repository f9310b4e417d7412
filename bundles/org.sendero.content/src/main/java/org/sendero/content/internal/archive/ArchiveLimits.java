package org.sendero.content.internal.archive;

/**
 * Bounds an archive must stay within before anything is extracted: a zip bomb (a small file that
 * expands to fill the disk) or an archive of millions of entries is refused up front.
 *
 * @param maxTotalBytes the most the whole archive may expand to
 * @param maxRatio the largest uncompressed/compressed ratio of an entry bigger than {@code ratioFloor}, and
 *        of the whole archive (all entries against the archive's size) when it expands beyond that floor:
 *        many entries just under the floor would otherwise pass one by one
 * @param ratioFloor entries smaller than this are not checked for ratio (tiny files compress well)
 */
public record ArchiveLimits(int maxEntries, long maxTotalBytes, long maxEntryBytes, int maxRatio, long ratioFloor) {

    /** Generous for real packs (the starter pack has 160 files, under 2 MB). */
    public static final ArchiveLimits DEFAULT = new ArchiveLimits(10_000, 512L * 1024 * 1024, 128L * 1024 * 1024, 100,
            1024 * 1024);
}
