package org.sendero.ui.internal.notes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sendero.core.Html;
import org.sendero.progress.notes.FoldedText;
import org.sendero.progress.notes.NotePlacement;

/**
 * Marks the learner's highlights in a rendered document, as {@code <mark class="note">} with the
 * note as its tooltip. The quote is looked for in the text between the tags of its section (with
 * case, accents and line breaks ignored, as it was placed), so a quote across a word in italics
 * becomes one mark per piece of text, and the document's markup is never broken.
 */
public final class NoteMarks {

    private static final Pattern HEADING = Pattern.compile("<h[1-6]\\b[^>]*\\sid=\"([^\"]+)\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos",
            "'", "nbsp", "\u00a0");

    private NoteMarks() {
    }

    private record Insert(int at, boolean opens, String tag) {
    }

    public static String mark(String html, List<NotePlacement.Placed> placed) {
        StringBuilder text = new StringBuilder();
        int[] from = new int[html.length() + 1];
        int[] to = new int[html.length() + 1];
        Map<String, Integer> sections = new LinkedHashMap<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                end = end < 0 ? html.length() : end + 1;
                Matcher heading = HEADING.matcher(html).region(i, end);
                if (heading.lookingAt()) {
                    sections.put(heading.group(1), text.length());
                }
                i = end;
                continue;
            }
            Matcher entity = c == '&' ? ENTITY.matcher(html).region(i, html.length()) : null;
            int end = entity != null && entity.lookingAt() ? entity.end() : i + 1;
            String decoded = end > i + 1 ? decode(entity.group(1), html.substring(i, end)) : String.valueOf(c);
            for (int k = 0; k < decoded.length(); k++) {
                from[text.length()] = i;
                to[text.length()] = end;
                text.append(decoded.charAt(k));
            }
            i = end;
        }
        FoldedText folded = FoldedText.of(text.toString());
        List<Insert> inserts = new ArrayList<>();
        for (NotePlacement.Placed note : placed) {
            if (note.note().isBookmark()) {
                continue;
            }
            int start = note.anchor().isEmpty() ? 0 : sections.getOrDefault(note.anchor(), -1);
            if (start < 0) {
                continue;
            }
            int stop = sections.values().stream().filter(at -> at > start).min(Integer::compare)
                    .orElse(text.length());
            int[] found = find(folded, text.toString(), start, stop, FoldedText.fold(note.note().quote()),
                    note.occurrence());
            if (found == null) {
                continue;
            }
            String open = "<mark class=\"note\" data-note=\"" + Html.escape(note.note().id()) + "\" title=\""
                    + Html.escape(note.note().body().isBlank() ? note.note().quote() : note.note().body()) + "\">";
            int run = found[0];
            for (int k = found[0]; k < found[1]; k++) {
                // a run of text ends at a tag: each piece between tags gets a mark of its own
                if (k + 1 == found[1] || to[k] != from[k + 1]) {
                    inserts.add(new Insert(from[run], true, open));
                    inserts.add(new Insert(to[k], false, "</mark>"));
                    run = k + 1;
                }
            }
        }
        inserts.sort(Comparator.comparingInt(Insert::at).thenComparing(Insert::opens));
        StringBuilder out = new StringBuilder(html.length() + inserts.size() * 40);
        int at = 0;
        for (Insert insert : inserts) {
            out.append(html, at, insert.at()).append(insert.tag());
            at = insert.at();
        }
        return out.append(html.substring(at)).toString();
    }

    /** The text range of the {@code occurrence}-th appearance of {@code quote} between start and stop. */
    private static int[] find(FoldedText folded, String text, int start, int stop, String quote, int occurrence) {
        String all = folded.folded();
        int low = 0;
        while (low < all.length() && folded.start(low) < start) {
            low++;
        }
        int seen = 0;
        int[] last = null;
        for (int at = all.indexOf(quote, low); at >= 0 && !quote.isEmpty(); at = all.indexOf(quote, at + 1)) {
            if (folded.start(at) >= stop) {
                break;
            }
            last = new int[] { folded.start(at), folded.end(at + quote.length(), text) };
            if (seen++ == occurrence) {
                return last;
            }
        }
        return last;
    }

    private static String decode(String entity, String raw) {
        if (entity.startsWith("#")) {
            boolean hex = entity.length() > 1 && (entity.charAt(1) == 'x' || entity.charAt(1) == 'X');
            int codePoint = Integer.parseInt(entity.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : raw;
        }
        return NAMED.getOrDefault(entity, raw);
    }
}
