package org.sendero.content.internal.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.sendero.content.ContentException;
import org.sendero.content.internal.library.HeadingOutline.Section;

/**
 * Turns a PDF into a guidance file whose sections remember the page they start on
 * ({@code ## Title {#anchor page=12}}), so that a search hit can say "p. 12". Sections follow
 * the PDF's bookmarks when it has them, else its headings (lines set larger than the body), else
 * one per page. The language is the one the file names, else the one its text is written in. A file that would take more than its
 * {@link PdfLimits} (pages, text, decoded drawing instructions, time) is refused with one line.
 */
final class PdfConverter {

    /** Fewer letters than this in the whole file: a scan without a text layer. */
    private static final int MIN_LETTERS = 20;

    private PdfConverter() {
    }

    private record Part(String title, int firstPage, int lastPage) {
    }

    static ImportedDocument convert(Path file) throws ContentException {
        return convert(file, PdfLimits.DEFAULT);
    }

    static ImportedDocument convert(Path file, PdfLimits limits) throws ContentException {
        String shown = file.toString();
        // the streams PDFBox keeps are held in memory, up to a bound, and never in the system's temporary folder
        try (PDDocument pdf = Loader.loadPDF(file.toFile(),
                MemoryUsageSetting.setupMainMemoryOnly(limits.maxMemoryBytes()).streamCache)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw ContentException.of(shown, "the PDF is encrypted and does not allow copying its text;"
                        + " ask for an unprotected copy");
            }
            int pages = countPages(pdf, limits.maxPages());
            if (pages == 0) {
                throw ContentException.of(shown, "the PDF has no pages");
            }
            if (pages > limits.maxPages()) {
                throw ContentException.of(shown, "the PDF has more than " + limits.maxPages()
                        + " pages, more than Sendero imports from one file; split it into smaller files");
            }
            PdfBudget budget = new PdfBudget(limits);
            PDDocumentInformation info = pdf.getDocumentInformation();
            String name = DocumentConverter.baseName(file);
            String title = info.getTitle() == null || info.getTitle().isBlank() ? name : info.getTitle().strip();
            OptionalInt year = year(info.getCreationDate());
            List<Part> parts = outline(pdf, pages, budget);
            List<Section> sections = parts.isEmpty() ? unbookmarked(pdf, pages, budget)
                    : bookmarked(pdf, parts, budget);
            StringBuilder body = new StringBuilder("\n# ").append(MarkdownText.escape(title)).append("\n\n");
            StringBuilder allText = new StringBuilder();
            int letters = 0;
            Set<String> anchors = new HashSet<>();
            for (Section section : sections) {
                String text = section.text();
                letters += (int) text.codePoints().filter(Character::isLetter).count();
                if (allText.length() < 20_000) {
                    allText.append(text).append('\n');
                }
                String anchor = unique(MarkdownText.slug(section.title()), anchors);
                body.append("## ").append(MarkdownText.escape(section.title())).append(" {#").append(anchor)
                        .append(" page=").append(section.page()).append("}\n\n")
                        .append(MarkdownText.paragraphs(text));
            }
            String lang = declaredLanguage(pdf).or(() -> LanguageGuess.of(allText.toString())).orElse("en");
            if (letters < MIN_LETTERS) {
                throw ContentException.of(shown, "the PDF has no text layer (it seems to hold scanned images only);"
                        + " run text recognition (OCR) on it and import it again");
            }
            String id = MarkdownText.slug(name);
            String markdown = MarkdownText.frontMatter(id, title, lang, year, file.getFileName().toString()) + body;
            return new ImportedDocument(id, lang, markdown, file.getFileName().toString());
        } catch (ContentException e) {
            throw e;
        } catch (InvalidPasswordException e) {
            throw ContentException.of(shown,
                    "the PDF is protected by a password; save an unprotected copy and import that");
        } catch (PdfBudget.PdfTooCostly e) {
            throw ContentException.of(shown, e.getMessage());
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // PDFBox throws unchecked exceptions, and recurses, on some damaged files: still one line for the user
            throw ContentException.of(shown, "not a readable PDF: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /**
     * The pages actually in the file, counted up to one past {@code max}: the declared count can
     * lie, and every extraction walks the whole page tree.
     */
    private static int countPages(PDDocument pdf, int max) {
        int count = 0;
        for (Iterator<PDPage> pages = pdf.getPages().iterator(); pages.hasNext() && count <= max; pages.next()) {
            count++;
        }
        return count;
    }

    /** The text of each bookmarked part. */
    private static List<Section> bookmarked(PDDocument pdf, List<Part> parts, PdfBudget budget) throws IOException {
        PDFTextStripper stripper = new BoundedTextStripper(budget);
        stripper.setSortByPosition(true);
        List<Section> sections = new ArrayList<>();
        for (Part part : parts) {
            stripper.setStartPage(part.firstPage());
            stripper.setEndPage(part.lastPage());
            String text = stripper.getText(pdf);
            budget.text(text.length());
            sections.add(new Section(part.title(), part.firstPage(), text));
        }
        return sections;
    }

    /** A file without bookmarks: a section at each heading, else one a page. */
    private static List<Section> unbookmarked(PDDocument pdf, int pages, PdfBudget budget) throws IOException {
        List<LineStripper.Line> lines = new LineStripper(budget).lines(pdf);
        budget.text(lines.stream().mapToInt(line -> line.text().length() + 1).sum());
        List<Section> sections = HeadingOutline.atHeadings(lines);
        return sections.isEmpty() ? HeadingOutline.byPage(lines, pages) : sections;
    }

    /** Top-level bookmarks, in page order, as parts; empty when the file has none. */
    private static List<Part> outline(PDDocument pdf, int pages, PdfBudget budget) throws IOException {
        List<Part> starts = new ArrayList<>();
        PDDocumentOutline outline = pdf.getDocumentCatalog().getDocumentOutline();
        if (outline != null) {
            int seen = 0;
            for (PDOutlineItem item : outline.children()) {
                // at most one section a page: more bookmarks than pages add nothing but work
                if (++seen > pages) {
                    break;
                }
                budget.operator();
                PDPage page = item.findDestinationPage(pdf);
                String title = item.getTitle();
                if (page != null && title != null && !title.isBlank()) {
                    int number = pdf.getPages().indexOf(page) + 1;
                    if (number > 0 && (starts.isEmpty() || number > starts.get(starts.size() - 1).firstPage())) {
                        starts.add(new Part(title.strip(), number, number));
                    }
                }
            }
        }
        List<Part> parts = new ArrayList<>();
        if (starts.isEmpty()) {
            return parts;
        }
        if (starts.get(0).firstPage() > 1) {
            parts.add(new Part("Page 1", 1, starts.get(0).firstPage() - 1));
        }
        for (int i = 0; i < starts.size(); i++) {
            int last = i + 1 < starts.size() ? starts.get(i + 1).firstPage() - 1 : pages;
            parts.add(new Part(starts.get(i).title(), starts.get(i).firstPage(), last));
        }
        return parts;
    }

    private static String unique(String anchor, Set<String> used) {
        String candidate = anchor;
        for (int i = 2; !used.add(candidate); i++) {
            candidate = anchor + "-" + i;
        }
        return candidate;
    }

    private static OptionalInt year(Calendar created) {
        if (created == null) {
            return OptionalInt.empty();
        }
        int year = created.get(Calendar.YEAR);
        return year >= 1900 && year <= 2100 ? OptionalInt.of(year) : OptionalInt.empty();
    }

    /** The language the file's catalogue names, when it is one Sendero has. */
    private static java.util.Optional<String> declaredLanguage(PDDocument pdf) {
        String declared = pdf.getDocumentCatalog().getLanguage();
        if (declared != null && declared.length() >= 2) {
            String code = declared.substring(0, 2).toLowerCase(Locale.ROOT);
            if (DocumentConverter.LANGUAGES.contains(code)) {
                return java.util.Optional.of(code);
            }
        }
        return java.util.Optional.empty();
    }
}
