package org.sendero.search.internal.index;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.sendero.search.IndexProgress;
import org.sendero.search.IndexReport;
import org.sendero.search.internal.analysis.TextAnalysis;

/**
 * Brings the index in line with the installed packs. Every document is replaced as one block
 * (its record and its sections), and commits happen every {@value #COMMIT_SECONDS} seconds of
 * indexing and at the end: a crash or a cancel leaves the last commit whole, and the next update,
 * comparing hashes again, does only what is left. A commit writes out and syncs all that is
 * buffered, so counting time rather than documents keeps the work a crash can lose the same
 * whatever the size of the documents, without committing a short update many times.
 */
public final class Indexer {

    public static final long COMMIT_SECONDS = 10;
    /** Instead of a number of documents: commit every {@value #COMMIT_SECONDS} seconds. */
    public static final int COMMIT_BY_TIME = 0;

    private final Directory directory;
    private final TextAnalysis analysis;
    private final Records records;
    private final StepListener steps;
    private final int commitEvery;

    /** Told after each document; tests use it to stop the process at a given point. */
    public interface StepListener {
        StepListener NONE = (done, committed) -> {
        };

        void documentDone(int done, boolean committed);
    }

    public Indexer(Directory directory, TextAnalysis analysis) {
        this(directory, analysis, StepListener.NONE, COMMIT_BY_TIME);
    }

    /** With {@code commitEvery} documents between commits, or {@link #COMMIT_BY_TIME}. */
    public Indexer(Directory directory, TextAnalysis analysis, StepListener steps, int commitEvery) {
        if (commitEvery < 0) {
            throw new IllegalArgumentException(
                    "commit interval must be a number of documents or COMMIT_BY_TIME: " + commitEvery);
        }
        this.commitEvery = commitEvery;
        this.directory = directory;
        this.analysis = analysis;
        this.records = new Records(analysis, IndexSchema.facetsConfig());
        this.steps = steps;
    }

    /** The commit data of the last commit; empty when there is no index. */
    public static Map<String, String> commitData(Directory directory) throws IOException {
        return DirectoryReader.indexExists(directory) ? SegmentInfos.readLatestCommit(directory).getUserData()
                : Map.of();
    }

    public IndexReport update(List<PackSource> sources, IndexProgress progress, boolean rebuild) throws IOException {
        long start = System.nanoTime();
        boolean fresh = rebuild || !IndexSchema.matches(commitData(directory));
        IndexWriterConfig config = new IndexWriterConfig(analysis.plain())
                .setOpenMode(fresh ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false)
                .setRAMBufferSizeMB(64);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            writer.setLiveCommitData(IndexSchema.userData().entrySet());
            IndexState state;
            if (fresh) {
                state = IndexState.EMPTY;
            } else {
                try (DirectoryReader reader = DirectoryReader.open(writer)) {
                    state = IndexState.read(reader);
                }
            }
            IndexPlan plan = IndexPlan.of(state, sources);
            progress.started(plan.work());
            Counter counter = new Counter(writer, progress);
            int added = 0;
            int changed = 0;
            int removed = 0;
            boolean cancelled = false;
            for (String pack : plan.removedPacks()) {
                if (progress.cancelled()) {
                    cancelled = true;
                    break;
                }
                writer.deleteDocuments(new Term(IndexSchema.PACK_ID, pack));
                for (String key : state.hashes(pack).keySet()) {
                    removed++;
                    counter.done(key);
                }
            }
            packs : for (IndexPlan.PackChange pack : cancelled ? List.<IndexPlan.PackChange>of() : plan.packs()) {
                for (String key : pack.delete()) {
                    if (progress.cancelled()) {
                        cancelled = true;
                        break packs;
                    }
                    writer.deleteDocuments(new Term(IndexSchema.DOC_KEY, key));
                    removed++;
                    counter.done(key);
                }
                for (IndexedDocument document : pack.write()) {
                    if (progress.cancelled()) {
                        cancelled = true;
                        break packs;
                    }
                    writer.updateDocuments(new Term(IndexSchema.DOC_KEY, document.key()), records.block(document));
                    boolean isNew = !state.hashes(pack.id()).containsKey(document.key());
                    if (isNew) {
                        added++;
                    } else {
                        changed++;
                    }
                    counter.done(document.key());
                }
                // the pack's stamp last: until it is committed, the next update reads this pack again
                writer.updateDocument(new Term(IndexSchema.DOC_KEY, Records.packKey(pack.id())),
                        Records.pack(pack.id(), pack.stamp(), pack.glossary()));
            }
            writer.commit();
            long sections;
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                sections = new org.apache.lucene.search.IndexSearcher(reader)
                        .count(new TermQuery(new Term(IndexSchema.RECORD, IndexSchema.SECTION)));
            }
            int unchanged = plan.unchanged() + (cancelled ? plan.work() - counter.done : 0);
            return new IndexReport(added, changed, removed, unchanged, sections, fresh, cancelled,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Reads the plan without writing: what an update would do. */
    public static int pending(DirectoryReader reader, List<PackSource> sources) throws IOException {
        return IndexPlan.of(IndexState.read(reader), sources).work();
    }

    /** Counts finished documents and commits every so many. */
    private final class Counter {
        private final IndexWriter writer;
        private final IndexProgress progress;
        private int done;
        private long lastCommit = System.nanoTime();

        Counter(IndexWriter writer, IndexProgress progress) {
            this.writer = writer;
            this.progress = progress;
        }

        void done(String key) throws IOException {
            done++;
            boolean commit = commitEvery == COMMIT_BY_TIME
                    ? System.nanoTime() - lastCommit >= COMMIT_SECONDS * 1_000_000_000L
                    : done % commitEvery == 0;
            if (commit) {
                writer.commit();
                lastCommit = System.nanoTime();
            }
            progress.worked(key);
            steps.documentDone(done, commit);
        }
    }
}
