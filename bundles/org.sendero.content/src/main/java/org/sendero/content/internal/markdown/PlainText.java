package org.sendero.content.internal.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The words of a Markdown node as a reader sees them, for the search index: no markup, no
 * {#anchor} attributes, table cells and blocks kept apart by spaces and line breaks.
 *
 * <p>Written here rather than with flexmark's text collector, which trips its own internal
 * assertion on some inputs (tables with inline markup).
 */
final class PlainText {

    private PlainText() {
    }

    static String of(Node node) {
        StringBuilder out = new StringBuilder();
        collect(node, out);
        return tidy(out);
    }

    /** Appends the node's words to {@code out}; call {@link #tidy} once on the whole text. */
    static void append(Node node, StringBuilder out) {
        collect(node, out);
    }

    /**
     * Collapses runs of spaces and of blank lines, in one pass (this runs for every document the
     * reader or the indexer renders, so it avoids regular expressions).
     */
    static String tidy(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        int newlines = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                newlines++;
                space = false;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                space = true;
            } else {
                if (out.length() > 0) {
                    if (newlines > 0) {
                        out.append(newlines > 1 ? "\n\n" : "\n");
                    } else if (space) {
                        out.append(' ');
                    }
                }
                newlines = 0;
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void collect(Node node, StringBuilder out) {
        if (node instanceof AttributesNode || node instanceof TableSeparator) {
            return;
        }
        if (node instanceof FencedCodeBlock fenced) {
            out.append(fenced.getContentChars()).append('\n');
            return;
        }
        if (node instanceof IndentedCodeBlock || node instanceof CodeBlock) {
            out.append(node.getChars()).append('\n');
            return;
        }
        if (node instanceof Text) {
            out.append(Escaping.unescapeString(node.getChars()));
            return;
        }
        if (node instanceof Code code) {
            out.append(code.getText());
            return;
        }
        if (node instanceof HtmlEntity) {
            out.append(Escaping.unescapeHtml(node.getChars()));
            return;
        }
        if (node instanceof SoftLineBreak) {
            out.append(' ');
            return;
        }
        if (node instanceof HardLineBreak) {
            out.append('\n');
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, out);
        }
        if (node instanceof TableCell) {
            out.append(' ');
        } else if (node instanceof Block) {
            out.append('\n');
        }
    }
}
