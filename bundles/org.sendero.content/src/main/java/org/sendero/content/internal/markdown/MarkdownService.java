package org.sendero.content.internal.markdown;

import org.osgi.service.component.annotations.Component;
import org.sendero.content.MarkdownRenderer;
import org.sendero.content.RenderedMarkdown;

/** The renderer as a service for the reader and the search indexer. */
@Component(service = MarkdownRenderer.class)
public final class MarkdownService implements MarkdownRenderer {

    @Override
    public RenderedMarkdown render(String text, String packId) {
        return Parser.MARKDOWN.render(text, packId);
    }

    /**
     * Made on the first render, not when the service is handed to the reader: building flexmark's
     * parser takes a moment that the workbench would otherwise spend while its window opens.
     */
    private static final class Parser {
        static final SafeMarkdown MARKDOWN = new SafeMarkdown();
    }
}
