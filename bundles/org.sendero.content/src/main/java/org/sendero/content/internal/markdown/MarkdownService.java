package org.sendero.content.internal.markdown;

import org.osgi.service.component.annotations.Component;
import org.sendero.content.MarkdownRenderer;
import org.sendero.content.RenderedMarkdown;

/** The renderer as a service for the reader and the search indexer. */
@Component(service = MarkdownRenderer.class)
public final class MarkdownService implements MarkdownRenderer {

    private final SafeMarkdown markdown = new SafeMarkdown();

    @Override
    public RenderedMarkdown render(String text, String packId) {
        return markdown.render(text, packId);
    }
}
