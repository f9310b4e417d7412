package org.sendero.authoring.internal.editor;

import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.RuleBasedScanner;

/** Colours YAML: keys, values and comments, in a YAML file or in a Markdown file's front matter. */
final class YamlScanner extends RuleBasedScanner {

    static YamlScanner forFile() {
        return new YamlScanner(SyntaxColours.YAML_KEY_TOKEN, SyntaxColours.YAML_VALUE_TOKEN,
                SyntaxColours.YAML_COMMENT_TOKEN);
    }

    static YamlScanner forFrontMatter() {
        return new YamlScanner(SyntaxColours.KEY_TOKEN, SyntaxColours.VALUE_TOKEN, SyntaxColours.COMMENT_TOKEN);
    }

    private YamlScanner(IToken key, IToken value, IToken comment) {
        setRules(new IRule[] {
                // a comment starts a line or follows a space; a '#' inside a value is text
                new RegexRule("\\s*#.*", comment, true),
                new RegexRule(" #.*", comment, false),
                new RegexRule("\\s*(- )*[^\\s#:\\-\\[{][^:#]*:(?=\\s|$)", key, true) });
        setDefaultReturnToken(value);
    }
}
