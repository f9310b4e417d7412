package org.sendero.authoring.internal.editor;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/**
 * The colours of the editor's syntax, chosen to keep a contrast of at least 4.5:1 on white so they
 * stay readable for everyone (the reader's own colours are untouched).
 */
final class SyntaxColours {

    private static final Color HEADING = new Color(0x1f, 0x3a, 0x8a);
    private static final Color LINK = new Color(0x0b, 0x6e, 0x4f);
    private static final Color CODE = new Color(0x7a, 0x2e, 0x0e);
    private static final Color KEY = new Color(0x6b, 0x21, 0xa8);
    private static final Color VALUE = new Color(0x1e, 0x29, 0x3b);
    private static final Color COMMENT = new Color(0x5b, 0x61, 0x6e);
    private static final Color FRONT_MATTER_BACKGROUND = new Color(0xf3, 0xf4, 0xf6);

    static final IToken HEADING_TOKEN = token(HEADING, null, SWT.BOLD);
    static final IToken BOLD_TOKEN = token(null, null, SWT.BOLD);
    static final IToken ITALIC_TOKEN = token(null, null, SWT.ITALIC);
    static final IToken LINK_TOKEN = token(LINK, null, TextAttribute.UNDERLINE);
    static final IToken CODE_TOKEN = token(CODE, null, SWT.NORMAL);
    static final IToken KEY_TOKEN = token(KEY, FRONT_MATTER_BACKGROUND, SWT.BOLD);
    static final IToken VALUE_TOKEN = token(VALUE, FRONT_MATTER_BACKGROUND, SWT.NORMAL);
    static final IToken COMMENT_TOKEN = token(COMMENT, FRONT_MATTER_BACKGROUND, SWT.ITALIC);
    static final IToken YAML_KEY_TOKEN = token(KEY, null, SWT.BOLD);
    static final IToken YAML_VALUE_TOKEN = token(VALUE, null, SWT.NORMAL);
    static final IToken YAML_COMMENT_TOKEN = token(COMMENT, null, SWT.ITALIC);

    private SyntaxColours() {
    }

    private static IToken token(Color foreground, Color background, int style) {
        return new Token(new TextAttribute(foreground, background, style));
    }
}
