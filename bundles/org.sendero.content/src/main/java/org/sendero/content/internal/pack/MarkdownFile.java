package org.sendero.content.internal.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sendero.content.Problem;
import org.sendero.content.RenderedMarkdown;
import org.sendero.content.internal.markdown.FrontMatter;
import org.sendero.content.internal.markdown.MarkdownLimits;
import org.sendero.content.internal.markdown.SafeMarkdown;
import org.sendero.content.internal.yaml.FileProblems;
import org.sendero.content.internal.yaml.YamlNode.YamlMap;
import org.sendero.content.internal.yaml.YamlText;
import org.sendero.core.content.LazySections;
import org.sendero.core.content.Section;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.misc.Pair;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * One Markdown file of a pack: its front matter, its anchors and its links, read in one parse with
 * the reader's own parser, so that the validator checks exactly what learners will see. A file of an
 * installed pack, checked when it was installed, is read without that parse: only its front matter,
 * with its sections rendered when first needed.
 */
final class MarkdownFile {

    final String path;
    final Optional<YamlMap> frontMatter;
    final String body;
    /** Anchor to the line that defines it. */
    final Map<String, Integer> anchors = new LinkedHashMap<>();
    final List<LinkUse> links = new ArrayList<>();
    /** Plain text per heading, for the search index. */
    final List<Section> sections;
    /** False when the body was refused unparsed: its anchors are then unknown, not absent. */
    private final boolean parsed;

    private MarkdownFile(String path, Optional<YamlMap> frontMatter, String body, List<Section> sections,
            boolean parsed) {
        this.path = path;
        this.frontMatter = frontMatter;
        this.body = body;
        this.sections = sections;
        this.parsed = parsed;
    }

    /** The anchors the body defines, or empty when its body was not parsed. */
    Optional<Set<String>> knownAnchors() {
        return parsed ? Optional.of(anchors.keySet()) : Optional.empty();
    }

    /**
     * @param documentKey kind:id:lang of the document, for links to its own anchors
     */
    static MarkdownFile read(String path, String text, String lang, String documentKey, List<Problem> problems) {
        FileProblems fileProblems = new FileProblems(path, 0, problems);
        FrontMatter split = FrontMatter.split(text);
        Optional<YamlMap> frontMatter = frontMatter(text, split, fileProblems);
        FileProblems bodyProblems = fileProblems.shifted(split.bodyLine());
        Optional<MarkdownLimits.Excess> excess = MarkdownLimits.check(split.body());
        if (excess.isPresent()) {
            // refused before parsing: the parser itself would overflow the stack
            bodyProblems.error(excess.get().line(), excess.get().column(), excess.get().message());
            return new MarkdownFile(path, frontMatter, split.body(), List.of(), false);
        }
        Document document = SafeMarkdown.parse(split.body());
        warnDroppedAttributes(document, bodyProblems);
        RenderedMarkdown rendered = SafeMarkdown.render(document, "");
        MarkdownFile file = new MarkdownFile(path, frontMatter, split.body(), rendered.sections(), true);
        file.inspect(document, bodyProblems, lang, documentKey);
        return file;
    }

    /** A file whose body was checked before and has not changed since: its anchors and links are not read. */
    static MarkdownFile readChecked(String path, String text, List<Problem> problems) {
        FrontMatter split = FrontMatter.split(text);
        Optional<YamlMap> frontMatter = frontMatter(text, split, new FileProblems(path, 0, problems));
        String body = split.body();
        return new MarkdownFile(path, frontMatter, body,
                LazySections.later(() -> SafeMarkdown.render(SafeMarkdown.parse(body), "").sections()), false);
    }

    private static Optional<YamlMap> frontMatter(String text, FrontMatter split, FileProblems fileProblems) {
        Optional<YamlMap> frontMatter = Optional.empty();
        if (split.yaml().isPresent()) {
            frontMatter = YamlText.parse(split.yaml().get(), fileProblems.shifted(1))
                    .flatMap(root -> root.asMap("the front matter"));
        } else if (FrontMatter.unterminated(text)) {
            fileProblems.error(1, 1, "the front matter has no closing '---' line");
        } else {
            fileProblems.error(1, 1,
                    "missing front matter: the file must start with a '---' line, the keys, and '---'");
        }
        return frontMatter;
    }

    private void inspect(Document document, FileProblems problems, String lang, String documentKey) {
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                String anchor = SafeMarkdown.anchor(heading);
                Pair<Integer, Integer> at = position(document, heading.getStartOffset());
                if (anchors.containsKey(anchor)) {
                    problems.error(at.getFirst(), at.getSecond(), "duplicate anchor '#" + anchor
                            + "' (first at line " + (anchors.get(anchor) + problems.lineOffset()) + ")");
                } else {
                    anchors.put(anchor, at.getFirst());
                }
                if (heading.getLevel() == 2 && !SafeMarkdown.hasExplicitAnchor(heading)) {
                    problems.warning(at.getFirst(), at.getSecond(), "'##' heading without an anchor: add {#some-anchor}"
                            + " so that links and quiz references to it survive a change of wording");
                }
            } else if (node instanceof Link link) {
                link(document, problems, link.getUrl(), false, lang, documentKey);
            } else if (node instanceof Image image) {
                link(document, problems, image.getUrl(), true, lang, documentKey);
            } else if (node instanceof Reference reference) {
                link(document, problems, reference.getUrl(), false, lang, documentKey);
            } else if (node instanceof AutoLink || node instanceof MailLink) {
                BasedSequence text = node instanceof AutoLink auto ? auto.getText() : ((MailLink) node).getText();
                String url = node instanceof MailLink ? "mailto:" + text : text.toString();
                Pair<Integer, Integer> at = position(document, text.getStartOffset());
                links.add(new LinkUse(path, at.getFirst() + problems.lineOffset(), at.getSecond(), url, false, lang,
                        documentKey));
            } else if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                Pair<Integer, Integer> at = position(document, node.getStartOffset());
                problems.warning(at.getFirst(), at.getSecond(), "raw HTML is shown as text, not rendered");
            }
        }
    }

    /** Before rendering, which removes these attributes from the document. */
    private static void warnDroppedAttributes(Document document, FileProblems problems) {
        for (Node node : document.getDescendants()) {
            if (node instanceof AttributeNode attribute && !SafeMarkdown.isKept(attribute)) {
                Pair<Integer, Integer> at = position(document, node.getStartOffset());
                problems.warning(at.getFirst(), at.getSecond(), "attribute '" + attribute.getName()
                        + "' is dropped: only {#anchor} and {.class} are kept");
            }
        }
    }

    private void link(Document document, FileProblems problems, BasedSequence url, boolean image, String lang,
            String documentKey) {
        Pair<Integer, Integer> at = position(document, url.getStartOffset());
        links.add(new LinkUse(path, at.getFirst() + problems.lineOffset(), at.getSecond(), url.unescape(), image,
                lang, documentKey));
    }

    /** 1-based line and column in the body. */
    private static Pair<Integer, Integer> position(Document document, int offset) {
        Pair<Integer, Integer> zeroBased = document.getChars().lineColumnAtIndex(offset);
        return new Pair<>(zeroBased.getFirst() + 1, zeroBased.getSecond() + 1);
    }
}
