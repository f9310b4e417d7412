package org.sendero.ui.internal.parts;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.browser.LocationEvent;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.sendero.core.content.ContentLink;
import org.sendero.ui.internal.reader.LinkTarget;
import org.sendero.ui.internal.reader.OpenRequest;

/**
 * What the reader does with a link followed in its page: links between documents stay in the
 * product, web links leave it only with the user's consent, anything else goes nowhere. Also the
 * form in which the document last read is remembered for the next start.
 */
final class ReaderLinks {

    private final Composite root;
    private final Consumer<ContentLink> openInside;

    /** @param openInside opens a document of the library in the reader */
    ReaderLinks(Composite root, Consumer<ContentLink> openInside) {
        this.root = root;
        this.openInside = openInside;
    }

    /** @param pageUri the page shown, whose own anchors the browser may go to */
    void follow(LocationEvent event, String pageUri) {
        switch (LinkTarget.of(event.location, pageUri)) {
            case LinkTarget.SamePage samePage -> event.doit = true;
            case LinkTarget.Internal internal -> {
                event.doit = false;
                root.getDisplay().asyncExec(() -> openInside.accept(internal.link()));
            }
            case LinkTarget.External external -> {
                event.doit = false;
                root.getDisplay().asyncExec(() -> {
                    if (MessageDialog.openQuestion(root.getShell(), Messages.ReaderPart_externalTitle,
                            NLS.bind(Messages.ReaderPart_externalQuestion, external.address()))) {
                        Program.launch(external.address());
                    }
                });
            }
            case LinkTarget.Refused refused -> event.doit = false;
        }
    }

    /** "lesson:ID@PACK" or "guidance:ID#anchor@PACK", as {@link #lastOpened} writes it. */
    static Optional<OpenRequest> parseLastOpened(String text) {
        int at = text.lastIndexOf('@');
        String link = at < 0 ? text : text.substring(0, at);
        String pack = at < 0 ? null : text.substring(at + 1);
        return ContentLink.parse(link).map(parsed -> OpenRequest.of(parsed, pack));
    }

    /** How the document of {@code request} in pack {@code packId} is remembered as the one last read. */
    static String lastOpened(OpenRequest request, String packId) {
        ContentLink link = request.link();
        return link.kind().scheme() + ":" + link.id() + link.anchor().map(a -> "#" + a).orElse("") + "@" + packId;
    }
}
