package org.sendero.search.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.sendero.search.Completion;
import org.sendero.search.internal.analysis.TextAnalysis;
import org.sendero.search.internal.index.IndexSchema;
import org.sendero.search.internal.query.Glossary;

/**
 * Type-ahead over document titles and glossary terms with Lucene's AnalyzingInfixSuggester: any
 * word of a title may be the one being typed, accents and case do not matter. Built in memory from
 * one snapshot of the index.
 */
final class Completions {

    private static final long GLOSSARY_WEIGHT = 2;
    private static final long TITLE_WEIGHT = 1;

    private final AnalyzingInfixSuggester suggester;

    private Completions(AnalyzingInfixSuggester suggester) {
        this.suggester = suggester;
    }

    private record Entry(String text, String kind, String lang, long weight) {
    }

    static Completions build(Snapshot snapshot, TextAnalysis analysis) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (var record : snapshot.records(IndexSchema.DOCUMENT)) {
            String title = record.get(IndexSchema.DOC_TITLE);
            entries.putIfAbsent(title, new Entry(title, "title", record.get(IndexSchema.LANG), TITLE_WEIGHT));
        }
        for (Glossary.Term term : snapshot.glossary().terms()) {
            if (term.concept().startsWith(org.sendero.search.internal.index.PackDocuments.THESAURUS_PREFIX)) {
                continue; // the thesaurus widens searches; type-ahead offers the learners' glossary
            }
            entries.putIfAbsent(term.text(), new Entry(term.text(), "glossary", term.lang(), GLOSSARY_WEIGHT));
        }
        AnalyzingInfixSuggester suggester = new AnalyzingInfixSuggester(new ByteBuffersDirectory(), analysis.plain(),
                analysis.plain(), 1, false, true, false);
        suggester.build(new Entries(List.copyOf(entries.values())));
        return new Completions(suggester);
    }

    List<Completion> complete(String prefix, String language, int limit) throws IOException {
        if (prefix == null || prefix.isBlank() || suggester.getCount() == 0) {
            return List.of();
        }
        List<Completion> found = new ArrayList<>();
        for (LookupResult result : suggester.lookup(prefix, limit * 3, true, false)) {
            String[] payload = result.payload.utf8ToString().split("\t", 2);
            found.add(new Completion(result.key.toString(), payload[0], payload[1]));
        }
        // the user's language first; the suggester's weight order is kept otherwise (the sort is stable)
        found.sort(Comparator.comparing(c -> !c.lang().equals(language)));
        return found.stream().limit(limit).toList();
    }

    private static final class Entries implements InputIterator {
        private final Iterator<Entry> iterator;
        private Entry current;

        Entries(List<Entry> entries) {
            this.iterator = entries.iterator();
        }

        @Override
        public BytesRef next() {
            if (!iterator.hasNext()) {
                return null;
            }
            current = iterator.next();
            return new BytesRef(current.text());
        }

        @Override
        public long weight() {
            return current.weight();
        }

        @Override
        public BytesRef payload() {
            return new BytesRef((current.kind() + "\t" + current.lang()).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public boolean hasPayloads() {
            return true;
        }

        @Override
        public Set<BytesRef> contexts() {
            return null;
        }

        @Override
        public boolean hasContexts() {
            return false;
        }
    }
}
