package org.sendero.authoring.internal.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;

/** Syntax colouring for the two kinds of pack text: Markdown with front matter, and YAML. */
final class AuthoringSourceConfiguration extends SourceViewerConfiguration {

    private final boolean markdown;

    AuthoringSourceConfiguration(boolean markdown) {
        this.markdown = markdown;
    }

    @Override
    public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
        return markdown
                ? new String[] { IDocument.DEFAULT_CONTENT_TYPE, MarkdownPartitions.FRONT_MATTER,
                        MarkdownPartitions.CODE }
                : new String[] { IDocument.DEFAULT_CONTENT_TYPE };
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        PresentationReconciler reconciler = new PresentationReconciler();
        if (markdown) {
            add(reconciler, IDocument.DEFAULT_CONTENT_TYPE, new MarkdownScanner());
            add(reconciler, MarkdownPartitions.FRONT_MATTER, YamlScanner.forFrontMatter());
            RuleBasedScanner code = new RuleBasedScanner();
            code.setDefaultReturnToken(SyntaxColours.CODE_TOKEN);
            add(reconciler, MarkdownPartitions.CODE, code);
        } else {
            add(reconciler, IDocument.DEFAULT_CONTENT_TYPE, YamlScanner.forFile());
        }
        return reconciler;
    }

    private static void add(PresentationReconciler reconciler, String contentType, ITokenScanner scanner) {
        DefaultDamagerRepairer damagerRepairer = new DefaultDamagerRepairer(scanner);
        reconciler.setDamager(damagerRepairer, contentType);
        reconciler.setRepairer(damagerRepairer, contentType);
    }
}
