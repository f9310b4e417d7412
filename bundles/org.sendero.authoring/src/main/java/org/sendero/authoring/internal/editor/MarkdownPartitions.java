package org.sendero.authoring.internal.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.Token;

/** Splits a Markdown file into its YAML front matter, fenced code blocks and the Markdown body. */
final class MarkdownPartitions extends RuleBasedPartitionScanner {

    static final String FRONT_MATTER = "__sendero_front_matter";
    static final String CODE = "__sendero_code";
    static final String[] TYPES = { FRONT_MATTER, CODE };

    MarkdownPartitions() {
        setPredicateRules(new IPredicateRule[] {
                new FrontMatterRule(new Token(FRONT_MATTER)),
                new MultiLineRule("```", "```", new Token(CODE), (char) 0, true) });
    }

    static void connect(IDocument document) {
        FastPartitioner partitioner = new FastPartitioner(new MarkdownPartitions(), TYPES);
        partitioner.connect(document);
        document.setDocumentPartitioner(partitioner);
    }

    /** The front matter: a "---" line at the very start of the file, up to the next "---" line. */
    private static final class FrontMatterRule implements IPredicateRule {

        private final IToken token;

        FrontMatterRule(IToken token) {
            this.token = token;
        }

        @Override
        public IToken getSuccessToken() {
            return token;
        }

        @Override
        public IToken evaluate(ICharacterScanner scanner, boolean resume) {
            if (!resume && (scanner.getColumn() != 0 || ((RuleBasedPartitionScanner) scanner).getTokenOffset() != 0)) {
                return Token.UNDEFINED;
            }
            int read = 0;
            StringBuilder line = new StringBuilder();
            // resuming inside the front matter: only its closing line is left to find
            boolean firstLine = !resume;
            int c;
            while ((c = scanner.read()) != ICharacterScanner.EOF) {
                read++;
                if (c == '\n') {
                    String text = line.toString().strip();
                    if (text.equals("---") && !firstLine) {
                        return token;
                    }
                    if (firstLine && !text.equals("---")) {
                        break;
                    }
                    firstLine = false;
                    line.setLength(0);
                } else {
                    line.append((char) c);
                }
            }
            if (c == ICharacterScanner.EOF && !firstLine && line.toString().strip().equals("---")) {
                scanner.unread();
                return token;
            }
            for (int i = 0; i < read + (c == ICharacterScanner.EOF ? 1 : 0); i++) {
                scanner.unread();
            }
            return Token.UNDEFINED;
        }

        @Override
        public IToken evaluate(ICharacterScanner scanner) {
            return evaluate(scanner, false);
        }
    }
}
