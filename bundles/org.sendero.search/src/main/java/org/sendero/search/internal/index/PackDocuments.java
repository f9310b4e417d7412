package org.sendero.search.internal.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.sendero.core.content.Course;
import org.sendero.core.content.DocType;
import org.sendero.core.content.GlossaryTerm;
import org.sendero.core.content.GuidanceDoc;
import org.sendero.core.content.Lesson;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Section;

/** The documents of a pack as the index holds them: guidance documents and lessons, every language. */
public final class PackDocuments {

    public static final String GUIDANCE = "guidance";
    public static final String LESSON = "lesson";

    private PackDocuments() {
    }

    public static List<IndexedDocument> of(Pack pack) {
        List<IndexedDocument> documents = new ArrayList<>();
        for (GuidanceDoc doc : pack.guidance()) {
            List<String> breadcrumb = new ArrayList<>(List.of(pack.info().title().in(doc.lang())));
            doc.doctype().map(DocType::key).ifPresent(breadcrumb::add);
            documents.add(document(pack.id(), GUIDANCE, doc.id(), doc.lang(), doc.title(), breadcrumb, doc.topics(),
                    doc.doctype().map(DocType::key), doc.subregion(), doc.sections()));
        }
        for (Course course : pack.courses()) {
            for (Module module : course.modules()) {
                for (Lesson lesson : module.lessons()) {
                    List<String> breadcrumb = List.of(pack.info().title().in(lesson.lang()),
                            course.title().in(lesson.lang()), module.title().in(lesson.lang()));
                    // a lesson's topic is its course, so that a filter can keep one course's lessons
                    documents.add(document(pack.id(), LESSON, lesson.id(), lesson.lang(), lesson.title(), breadcrumb,
                            List.of(course.id()), Optional.empty(), Optional.empty(), lesson.sections()));
                }
            }
        }
        return documents;
    }

    /**
     * One line per term: concept id, language, term, for the glossary's terms and then the
     * thesaurus's (whose concept ids are set apart by a prefix), so that a word typed finds its
     * concept's other terms in every language; and one line per thesaurus concept under another:
     * concept id, {@value #BROADER}, broader concept id, so that it finds its narrower concepts
     * too. The glossary's own hash is over these lines.
     */
    public static List<String> glossaryLines(Pack pack) {
        List<String> lines = new ArrayList<>();
        for (GlossaryTerm term : pack.glossary()) {
            term.terms()
                    .forEach((language, words) -> words.forEach(word -> lines.add(line(term.id(), language, word))));
        }
        for (var concept : pack.thesaurus().concepts()) {
            concept.terms().forEach((language, words) -> words
                    .forEach(word -> lines.add(line(THESAURUS_PREFIX + concept.id(), language, word))));
            concept.broader().ifPresent(
                    broader -> lines.add(line(THESAURUS_PREFIX + concept.id(), BROADER, THESAURUS_PREFIX + broader)));
        }
        return lines;
    }

    /** In place of a language: the line names the concept's broader concept rather than a term. */
    public static final String BROADER = "broader";

    /** Set before a thesaurus concept's id, which may be the same as a glossary term's. */
    public static final String THESAURUS_PREFIX = "thesaurus:";

    private static String line(String concept, String language, String word) {
        return concept + "\t" + language + "\t" + word.replace('\t', ' ').replace('\n', ' ');
    }

    public static String key(String pack, String kind, String doc, String lang) {
        return pack + "/" + kind + "/" + doc + "/" + lang;
    }

    private static IndexedDocument document(String pack, String kind, String doc, String lang, String title,
            List<String> breadcrumb, List<String> topics, Optional<String> doctype, Optional<String> subregion,
            List<Section> sections) {
        Hasher hash = new Hasher();
        hash.add(pack).add(kind).add(doc).add(lang).add(title);
        breadcrumb.forEach(hash::add);
        topics.forEach(hash::add);
        hash.add(doctype.orElse("")).add(subregion.orElse(""));
        for (Section section : sections) {
            hash.add(section.anchor()).add(section.title()).add(Integer.toString(section.level())).add(section.text())
                    .add(section.page().isPresent() ? Integer.toString(section.page().getAsInt()) : "");
        }
        return new IndexedDocument(key(pack, kind, doc, lang), pack, kind, doc, lang, title, breadcrumb, topics,
                doctype, subregion, sections, hash.hex());
    }

    /** SHA-256 over length-prefixed fields, so that moving text between fields changes the hash. */
    static final class Hasher {
        private final MessageDigest digest;

        Hasher() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
        }

        Hasher add(String value) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) ':');
            digest.update(bytes);
            return this;
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
