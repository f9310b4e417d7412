package org.sendero.content;

import java.util.List;

import org.sendero.core.content.Section;

/**
 * A Markdown document turned into HTML that cannot run code, and into plain text per section for
 * the search index.
 */
public record RenderedMarkdown(String html, List<Section> sections) {

    public RenderedMarkdown {
        sections = List.copyOf(sections);
    }
}
