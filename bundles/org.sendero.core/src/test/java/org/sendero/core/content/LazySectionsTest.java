package org.sendero.core.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class LazySectionsTest {

    private static final List<Section> SECTIONS = List.of(
            new Section("", "", 0, "Before the headings.", OptionalInt.empty()),
            new Section("signs", "Signs", 2, "Who holds the documents?", OptionalInt.empty()));

    private final AtomicInteger worked = new AtomicInteger();

    private List<Section> counted() {
        return LazySections.later(() -> {
            worked.incrementAndGet();
            return SECTIONS;
        });
    }

    @Test
    void theSectionsAreWorkedOutOnceAndOnlyWhenAskedFor() {
        List<Section> sections = counted();
        assertEquals(0, worked.get());
        assertEquals(2, sections.size());
        assertEquals("signs", sections.get(1).anchor());
        assertEquals(SECTIONS, List.copyOf(sections));
        assertEquals(1, worked.get());
    }

    @Test
    void aLessonOrADocumentKeepsThemUnworkedAndIsComparedWithoutThem() {
        Lesson lesson = new Lesson("l1", "en", "Signs", 5, List.of(), "courses/c/m/l1.en.md", "# Signs", counted());
        Lesson same = new Lesson("l1", "en", "Signs", 5, List.of(), "courses/c/m/l1.en.md", "# Signs", SECTIONS);
        GuidanceDoc doc = new GuidanceDoc("d", "en", "D", List.of(), null, null, null, List.of(), "guidance/d.en.md",
                "# D", counted());
        GuidanceDoc sameDoc = new GuidanceDoc("d", "en", "D", List.of(), null, null, null, List.of(),
                "guidance/d.en.md",
                "# D", SECTIONS);

        assertEquals(same, lesson);
        assertEquals(same.hashCode(), lesson.hashCode());
        assertEquals(sameDoc, doc);
        assertEquals(sameDoc.hashCode(), doc.hashCode());
        assertEquals(0, worked.get(), "comparing and hashing rendered the Markdown");

        assertEquals(SECTIONS, lesson.sections());
        assertEquals(1, worked.get());
    }

    @Test
    void theyCannotBeChanged() {
        List<Section> sections = counted();
        assertThrows(UnsupportedOperationException.class, () -> sections.add(SECTIONS.get(0)));
        assertThrows(UnsupportedOperationException.class, () -> sections.remove(0));
    }
}
