package org.sendero.content.internal.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

import org.sendero.content.MarkdownRenderer;
import org.sendero.content.RenderedMarkdown;
import org.sendero.core.content.Section;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.misc.Extension;

/**
 * Markdown to HTML that cannot run code, plus plain text per section, in one parse.
 *
 * <p>Layers, so that one mistake does not open a hole: raw HTML is escaped (shown as text); the
 * attribute syntax keeps only {@code {#anchor}}, {@code {.class}} and {@code page=N} (it would
 * otherwise let an author write {@code {onclick=...}} or replace a checked link by
 * {@code {href=...}}); every link and image goes through {@link UrlPolicy}; a last attribute filter
 * keeps only harmless attributes on every element. The reader's browser also runs with JavaScript
 * off. Text nested too deep for the parser is not parsed at all ({@link MarkdownLimits}).
 */
public final class SafeMarkdown implements MarkdownRenderer {

    /** The pack a document belongs to, for the URLs of its assets. */
    static final DataKey<String> PACK_ID = new DataKey<>("SENDERO_PACK_ID", "");

    private static final Set<String> KEPT_ATTRIBUTES = Set.of("id", "class", "href", "src", "alt", "title", "align",
            "colspan", "rowspan", "start", "type");
    private static final Pattern SAFE_TOKEN = Pattern.compile("[A-Za-z0-9_:.\\- ]*");

    private static final DataHolder OPTIONS = options();
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

    private static DataHolder options() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.<Extension>of(TablesExtension.create(), FootnoteExtension.create(),
                AttributesExtension.create(), SafetyExtension.INSTANCE));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SUPPRESS_HTML, false);
        options.set(TablesExtension.WITH_CAPTION, false);
        return options.toImmutable();
    }

    /**
     * The parser every reader of pack Markdown uses, so that the validator sees what the reader shows.
     * Text beyond {@link MarkdownLimits} (which the validator refuses) is not parsed: the document is
     * then a single paragraph saying why it cannot be shown.
     */
    public static Document parse(String body) {
        return PARSER.parse(MarkdownLimits.check(body).map(SafeMarkdown::notice).orElse(OfficeFields.mark(body)));
    }

    private static String notice(MarkdownLimits.Excess excess) {
        String text = "This document cannot be shown: line " + excess.line() + ": " + excess.message() + ".";
        StringBuilder escaped = new StringBuilder();
        text.chars().forEach(c -> {
            if (c < 128 && !Character.isLetterOrDigit(c) && c != ' ') {
                escaped.append('\\');
            }
            escaped.append((char) c);
        });
        return escaped.toString();
    }

    /**
     * Whether the renderer keeps an attribute written with the attribute syntax: only {#anchor},
     * {.class} and page=N (read for the search sections, never written into the HTML). Everything
     * else, above all src, href, style and on..., is removed before rendering, so that the Markdown's
     * own link, checked by the URL policy, is the only URL an element gets.
     */
    public static boolean isKept(AttributeNode attribute) {
        return attribute.isId() || attribute.isClass() || attribute.getName().toString().equals("page");
    }

    private static void dropUnkeptAttributes(Document document) {
        List<Node> dropped = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof AttributeNode attribute && !isKept(attribute)) {
                dropped.add(node);
            }
        }
        dropped.forEach(Node::unlink);
    }

    @Override
    public RenderedMarkdown render(String markdown, String packId) {
        return render(parse(FrontMatter.split(markdown).body()), packId);
    }

    /** Renders a document from {@link #parse}; afterwards every heading of it has its anchor id. */
    public static RenderedMarkdown render(Document document, String packId) {
        dropUnkeptAttributes(document);
        document.set(PACK_ID, packId == null ? "" : packId);
        String html = OfficeFields.toHtml(RENDERER.render(document));
        return new RenderedMarkdown(html, sections(document));
    }

    /** Plain text per heading-delimited section; call after rendering, which assigns the anchors. */
    static List<Section> sections(Document document) {
        List<Section> sections = new ArrayList<>();
        String anchor = "";
        String title = "";
        int level = 0;
        OptionalInt page = OptionalInt.empty();
        StringBuilder text = new StringBuilder();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading) {
                String body = OfficeFields.toText(PlainText.tidy(text));
                if (level != 0 || !body.isEmpty()) {
                    sections.add(new Section(anchor, title, level, body, page));
                }
                anchor = anchor(heading);
                title = OfficeFields.toText(PlainText.of(heading));
                level = heading.getLevel();
                page = page(heading);
                text.setLength(0);
            } else if (block instanceof HtmlBlock) {
                text.append(block.getChars()).append("\n\n");
            } else if (!(block instanceof Reference)) {
                PlainText.append(block, text);
                text.append("\n\n");
            }
        }
        String last = OfficeFields.toText(PlainText.tidy(text));
        if (level != 0 || !last.isEmpty()) {
            sections.add(new Section(anchor, title, level, last, page));
        }
        return sections;
    }

    /** The heading's id: the author's {#anchor}, else the one the renderer generated from its text. */
    public static String anchor(Heading heading) {
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof AttributesNode attributes) {
                for (Node attribute = attributes.getFirstChild(); attribute != null; attribute = attribute.getNext()) {
                    if (attribute instanceof AttributeNode node && node.isId()) {
                        return node.getValue().toString();
                    }
                }
            }
        }
        String generated = heading.getAnchorRefId();
        return generated == null ? "" : generated;
    }

    /** Whether the author wrote {#anchor} on the heading. */
    public static boolean hasExplicitAnchor(Heading heading) {
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof AttributesNode attributes) {
                for (Node attribute = attributes.getFirstChild(); attribute != null; attribute = attribute.getNext()) {
                    if (attribute instanceof AttributeNode node && node.isId()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The page an imported PDF section starts on, written as {@code {#anchor page=12}}. */
    static OptionalInt page(Heading heading) {
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof AttributesNode attributes) {
                for (Node attribute = attributes.getFirstChild(); attribute != null; attribute = attribute.getNext()) {
                    if (attribute instanceof AttributeNode node && node.getName().toString().equals("page")) {
                        try {
                            return OptionalInt.of(Integer.parseInt(node.getValue().toString()));
                        } catch (NumberFormatException notAPage) {
                            return OptionalInt.empty();
                        }
                    }
                }
            }
        }
        return OptionalInt.empty();
    }

    /** Rewrites links by id and asset paths, and drops every URL the policy does not allow. */
    private static final class SafeLinkResolver implements LinkResolver {

        private final String packId;

        SafeLinkResolver(LinkResolverBasicContext context) {
            this.packId = PACK_ID.get(context.getDocument());
        }

        @Override
        public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
            boolean image = link.getLinkType().equals(LinkType.IMAGE) || link.getLinkType().equals(LinkType.IMAGE_REF);
            return UrlPolicy.rewrite(link.getUrl(), packId, image)
                    .map(url -> link.withUrl(url).withStatus(LinkStatus.VALID))
                    .orElseGet(() -> link.withUrl("").withStatus(LinkStatus.INVALID));
        }
    }

    /**
     * The last word on every element's attributes: only harmless attributes stay, ids and classes are
     * plain tokens, and href/src must pass the URL policy (the link resolver already rewrote them;
     * this catches a URL that would reach an element another way).
     */
    private static final class AttributeFilter implements AttributeProvider {

        @Override
        public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
            if (attributes.isEmpty()) {
                return;
            }
            for (String name : attributes.keySet().toArray(new String[0])) {
                String key = name.toLowerCase(Locale.ROOT);
                String value = attributes.getValue(name);
                if (!KEPT_ATTRIBUTES.contains(key)) {
                    attributes.remove(name);
                } else if (key.equals("href") || key.equals("src")) {
                    if (value.isEmpty() || !isRewritten(key, value)) {
                        attributes.remove(name);
                    }
                } else if ((key.equals("id") || key.equals("class") || key.equals("align") || key.equals("type"))
                        && !SAFE_TOKEN.matcher(value).matches()) {
                    attributes.remove(name);
                }
            }
        }

        /**
         * A URL that the link resolver produced: the reader's scheme, a web address or a fragment;
         * for src only the reader's scheme, as nothing is fetched from the network.
         */
        private static boolean isRewritten(String key, String value) {
            if (value.startsWith(SCHEME)) {
                return UrlPolicy.normalize(value).equals(value) && !value.contains("..");
            }
            if (key.equals("src")) {
                return false;
            }
            UrlPolicy.Kind kind = UrlPolicy.classify(value);
            return kind == UrlPolicy.Kind.EXTERNAL || kind == UrlPolicy.Kind.FRAGMENT;
        }
    }

    /** Registers the link resolver and the attribute filter, last, after the other extensions. */
    private enum SafetyExtension implements HtmlRenderer.HtmlRendererExtension {
        INSTANCE;

        @Override
        public void rendererOptions(com.vladsch.flexmark.util.data.MutableDataHolder options) {
            // nothing to set: the options are fixed above
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.linkResolverFactory(new IndependentLinkResolverFactory() {
                @Override
                public LinkResolver apply(LinkResolverBasicContext context) {
                    return new SafeLinkResolver(context);
                }
            });
            builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
                @Override
                public AttributeProvider apply(com.vladsch.flexmark.html.renderer.LinkResolverContext context) {
                    return new AttributeFilter();
                }
            });
        }
    }
}
