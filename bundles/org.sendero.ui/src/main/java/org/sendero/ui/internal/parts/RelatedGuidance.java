package org.sendero.ui.internal.parts;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.sendero.core.content.ContentLink;
import org.sendero.search.LibrarySearch;
import org.sendero.search.SearchHit;
import org.sendero.ui.internal.reader.OpenRequest;

/**
 * "Related guidance" under the reader's table of contents: the documents most like the one shown
 * (the search's "more like this", in any language through the thesaurus), each a link that opens
 * it. Looked up in the background; a document with none shows nothing.
 */
final class RelatedGuidance {

    static final int SHOWN = 5;

    private final Composite column;
    private final LibrarySearch search;
    private final Consumer<Runnable> ui;
    private final Consumer<OpenRequest> open;
    private final Label heading;
    private final Composite links;
    private int asked;

    RelatedGuidance(Composite column, LibrarySearch search, Consumer<Runnable> ui, Consumer<OpenRequest> open) {
        this.column = column;
        this.search = search;
        this.ui = ui;
        this.open = open;
        heading = new Label(column, SWT.WRAP);
        heading.setText(Messages.ReaderPart_related);
        heading.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).hint(60, SWT.DEFAULT).indent(0, 8).applyTo(heading);
        links = new Composite(column, SWT.NONE);
        org.eclipse.jface.layout.GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(links);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(links);
        show(List.of());
    }

    /** Looks up the documents like {@code pack/kind/doc} in {@code lang}, then lists them. */
    void lookUp(String pack, ContentLink.Kind kind, String doc, String lang) {
        int request = ++asked;
        String key = SearchHit.documentKey(pack, kind == ContentLink.Kind.LESSON ? "lesson" : "guidance", doc, lang);
        CompletableFuture.supplyAsync(() -> {
            try {
                return search.related(key, lang, SHOWN).documents().stream().map(sections -> sections.get(0))
                        .toList();
            } catch (Exception e) {
                return List.<SearchHit>of(); // related documents are a help, never a reason to fail
            }
        }).thenAccept(found -> ui.accept(() -> {
            if (request == asked && !column.isDisposed()) {
                show(found);
            }
        }));
    }

    private void show(List<SearchHit> documents) {
        for (Control old : links.getChildren()) {
            old.dispose();
        }
        for (SearchHit document : documents) {
            Link link = new Link(links, SWT.WRAP);
            link.setText("<a>" + document.title().replace("&", "&&").replace("<", "&lt;") + "</a> ("
                    + document.lang().toUpperCase(java.util.Locale.ROOT) + ")");
            link.addListener(SWT.Selection, event -> open.accept(new OpenRequest(
                    new ContentLink(document.kind().equals("lesson") ? ContentLink.Kind.LESSON
                            : ContentLink.Kind.GUIDANCE, document.doc(), Optional.empty()),
                    Optional.of(document.pack()), List.of(), Optional.of(document.lang()))));
            GridDataFactory.fillDefaults().grab(true, false).hint(60, SWT.DEFAULT).applyTo(link);
        }
        boolean any = !documents.isEmpty();
        heading.setVisible(any);
        ((org.eclipse.swt.layout.GridData) heading.getLayoutData()).exclude = !any;
        column.layout(true, true);
    }

    /** For tests: the related documents' links, in order. */
    List<Link> links() {
        return java.util.Arrays.stream(links.getChildren()).map(Link.class::cast).toList();
    }
}
