package org.sendero.authoring.internal.editor;

import java.nio.file.Path;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** A text viewer for one pack file, coloured as Markdown (with front matter) or as YAML by its name. */
public final class PackSourceViewer {

    private PackSourceViewer() {
    }

    public static SourceViewer create(Composite parent, Path file, IDocument document) {
        boolean markdown = isMarkdown(file);
        SourceViewer viewer = new SourceViewer(parent, null, null, false,
                SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        if (markdown) {
            MarkdownPartitions.connect(document);
        }
        viewer.configure(new AuthoringSourceConfiguration(markdown));
        viewer.setDocument(document);
        viewer.getTextWidget().setFont(JFaceResources.getTextFont());
        viewer.getTextWidget().setLeftMargin(6);
        // a Markdown paragraph is one long line: wrapped, it reads as prose, without sideways scrolling
        viewer.getTextWidget().setWordWrap(true);
        return viewer;
    }

    public static boolean isMarkdown(Path file) {
        return file.getFileName().toString().endsWith(".md");
    }
}
