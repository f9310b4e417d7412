package org.sendero.authoring.internal.editor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;

/**
 * A token for what a regular expression matches from the scanner's position to the end of the
 * line, optionally only at the start of a line (headings, YAML keys). Simpler to read than a chain
 * of JFace's character rules for Markdown's inline syntax.
 */
final class RegexRule implements IRule {

    private final Pattern pattern;
    private final IToken token;
    private final boolean lineStartOnly;

    RegexRule(String regex, IToken token, boolean lineStartOnly) {
        this.pattern = Pattern.compile(regex);
        this.token = token;
        this.lineStartOnly = lineStartOnly;
    }

    @Override
    public IToken evaluate(ICharacterScanner scanner) {
        if (lineStartOnly && scanner.getColumn() != 0) {
            return Token.UNDEFINED;
        }
        StringBuilder line = new StringBuilder();
        int read = 0;
        int c;
        while ((c = scanner.read()) != ICharacterScanner.EOF && c != '\n' && c != '\r') {
            line.append((char) c);
            read++;
        }
        // give back everything read, including the line end or EOF
        for (int i = 0; i <= read; i++) {
            scanner.unread();
        }
        Matcher matcher = pattern.matcher(line);
        if (!matcher.lookingAt() || matcher.end() == 0) {
            return Token.UNDEFINED;
        }
        for (int i = 0; i < matcher.end(); i++) {
            scanner.read();
        }
        return token;
    }
}
