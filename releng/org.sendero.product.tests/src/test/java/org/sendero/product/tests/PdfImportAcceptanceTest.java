package org.sendero.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.sendero.product.tests.DataFolderSession.assertContains;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendero.product.tests.InstalledProduct.Result;
import org.sendero.product.tests.TestPdfs.Page;

/**
 * An adviser's own PDFs imported into My library with the installed product and its bundled Java
 * runtime, then found by search at the right page; PDFs that cannot be imported say why.
 */
class PdfImportAcceptanceTest {

    private static final List<Page> PAGES = List.of(
            new Page("Fraudulent travel documents", List.of("Officers compare the photograph with the holder.",
                    "A counterfeit passport often has uneven print on the data page.")),
            new Page("Referral of victims", List.of("Refer a presumed victim of trafficking to the protection unit.",
                    "Interview the person in private, with an interpreter when needed.")),
            new Page("Smuggling by sea", List.of("Small boats crossing the Caribbean carry many migrants.",
                    "Rescue at sea comes before any question of status.")));

    private static DataFolderSession session;

    @BeforeAll
    static void freshDataFolder() throws IOException, InterruptedException {
        session = DataFolderSession.fresh("pdf");
    }

    @Test
    void aTextPdfIsImportedAndFoundAtItsPage() throws IOException, InterruptedException {
        Path pdf = TestPdfs.text(session.file("border-manual.pdf"), "Border manual", PAGES);
        Result imported = session.ok("import", pdf.toString());
        assertContains(imported.out(), "my-library");

        Result hits = session.ok("search", "counterfeit passport", "--facet", "pack=my-library", "--json");
        assertContains(hits.out(), "\"title\": \"Border manual\"");
        assertContains(hits.out(), "\"page\": 1");
        assertContains(hits.out(), "<b>counterfeit</b> <b>passport</b>");

        Result third = session.ok("search", "boats Caribbean", "--facet", "pack=my-library", "--json");
        assertContains(third.out(), "\"page\": 3");
    }

    @Test
    void aPdfWithBookmarksHasOneSectionPerBookmark() throws IOException, InterruptedException {
        Path pdf = TestPdfs.withBookmarks(session.file("protection-handbook.pdf"), "Protection handbook", PAGES);
        session.ok("import", pdf.toString());

        Result hits = session.ok("search", "interpreter private interview", "--facet", "pack=my-library", "--json");
        assertContains(hits.out(), "\"title\": \"Protection handbook\"");
        assertContains(hits.out(), "\"sectionTitle\": \"Referral of victims\"");
        assertContains(hits.out(), "\"page\": 2");
    }

    @Test
    void aScannedPdfWithoutTextIsRefusedWithTheReason() throws IOException, InterruptedException {
        Path pdf = TestPdfs.scanned(session.file("scanned-memo.pdf"), PAGES);
        String line = session.failsWithOneLine("import", pdf.toString());
        assertContains(line, "scanned-memo.pdf");
        assertContains(line, "no text layer");
        Result library = session.ok("search", "memo", "--facet", "pack=my-library", "--json");
        assertFalse(library.out().contains("scanned-memo"), "nothing of the scan was added:\n" + library.out());
    }

    @Test
    void aPasswordProtectedPdfIsRefusedWithTheReason() throws IOException, InterruptedException {
        Path pdf = TestPdfs.passwordProtected(session.file("restricted.pdf"), "Restricted", PAGES);
        String line = session.failsWithOneLine("import", pdf.toString());
        assertContains(line, "restricted.pdf");
        assertContains(line, "password");
    }

    @Test
    void aFileThatIsNotAPdfIsRefusedWithTheReason() throws IOException, InterruptedException {
        Path fake = session.file("not-really.pdf");
        Files.writeString(fake, "this is a letter, not a PDF\n");
        String line = session.failsWithOneLine("import", fake.toString());
        assertContains(line, "not-really.pdf");
        assertEquals(1, line.lines().count());
    }
}
