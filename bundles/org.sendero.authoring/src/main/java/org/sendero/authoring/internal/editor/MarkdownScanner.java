package org.sendero.authoring.internal.editor;

import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;

/** Colours a Markdown body: headings, strong and emphasised text, links and images, inline code. */
final class MarkdownScanner extends RuleBasedScanner {

    MarkdownScanner() {
        setRules(new IRule[] {
                new RegexRule("#{1,6}(\\s.*)?$", SyntaxColours.HEADING_TOKEN, true),
                new RegexRule("`[^`]+`", SyntaxColours.CODE_TOKEN, false),
                new RegexRule("!?\\[[^\\]]*\\]\\([^)]*\\)", SyntaxColours.LINK_TOKEN, false),
                new RegexRule("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1", SyntaxColours.BOLD_TOKEN, false),
                new RegexRule("([*_])(?=\\S)(.+?)(?<=\\S)\\1", SyntaxColours.ITALIC_TOKEN, false) });
    }
}
