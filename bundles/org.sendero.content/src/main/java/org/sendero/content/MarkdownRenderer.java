package org.sendero.content;

/**
 * Renders pack Markdown to safe HTML. Links between documents come out in the reader's scheme:
 * {@value #SCHEME}guidance/ID#anchor, {@value #SCHEME}lesson/ID, {@value #SCHEME}asset/PACK/PATH. A service.
 */
public interface MarkdownRenderer {

    String SCHEME = "sendero://";

    /**
     * @param markdown the document, with or without YAML front matter (which is not rendered)
     * @param packId the pack the document belongs to, for its images in {@code assets/}
     */
    RenderedMarkdown render(String markdown, String packId);
}
