package org.sendero.certificates;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a certificate of completion states, and so what the office's key signs.
 *
 * <p>The canonical form, the bytes that are signed, is UTF-8 text: the line {@value #FORMAT}, then
 * one line per {@link Field} in its order, lines ended by a single LF, no line break inside a field.
 * Scores are written {@code module=percent} separated by {@code ;}, in the course's module order.
 *
 * @param language en, es or fr: the language the certificate is printed in
 * @param courseTitle the course's title in that language, as printed
 * @param date the day the course was completed
 * @param office the name of the office whose key signs the certificate
 */
public record Certificate(String language, String learner, String courseId, String courseTitle, String packId,
        String packVersion, LocalDate date, List<Score> scores, String office) {

    /** The first line of the canonical form: names the format and keeps it apart from other signed data. */
    public static final String FORMAT = "sendero-certificate-1";

    public static final Set<String> LANGUAGES = Set.of("en", "es", "fr");

    public Certificate {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("a certificate is printed in en, es or fr, not " + language);
        }
        Field.requirePrintable(learner, "the learner's name");
        Field.requirePrintable(courseId, "the course");
        Field.requirePrintable(courseTitle, "the course's title");
        Field.requirePrintable(packId, "the pack");
        Field.requirePrintable(packVersion, "the pack's version");
        Field.requirePrintable(office, "the office's name");
        if (date == null) {
            throw new IllegalArgumentException("a certificate needs a date");
        }
        scores = List.copyOf(scores);
    }

    /** Each field as written in the canonical form (and in the PDF's information dictionary). */
    public Map<Field, String> fields() {
        Map<Field, String> fields = new EnumMap<>(Field.class);
        fields.put(Field.LANGUAGE, language);
        fields.put(Field.LEARNER, learner);
        fields.put(Field.COURSE, courseId);
        fields.put(Field.COURSE_TITLE, courseTitle);
        fields.put(Field.PACK, packId);
        fields.put(Field.PACK_VERSION, packVersion);
        fields.put(Field.DATE, date.toString());
        fields.put(Field.SCORES, String.join(";", scores.stream().map(Score::toString).toList()));
        fields.put(Field.OFFICE, office);
        return fields;
    }

    /** The signed bytes. */
    public byte[] canonical() {
        StringBuilder text = new StringBuilder(FORMAT).append('\n');
        fields().values().forEach(value -> text.append(value).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The certificate whose canonical form is {@code bytes}; refuses anything else. */
    public static Certificate parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.endsWith("\n")) {
            throw new IllegalArgumentException("the certificate's data is cut short");
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        if (lines.length != Field.values().length + 1 || !lines[0].equals(FORMAT)) {
            throw new IllegalArgumentException("not the data of a Sendero certificate");
        }
        Map<Field, String> fields = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            fields.put(field, lines[field.ordinal() + 1]);
        }
        return of(fields);
    }

    /** The certificate made of these field values, as {@link #fields()} writes them. */
    public static Certificate of(Map<Field, String> fields) {
        LocalDate date;
        try {
            date = LocalDate.parse(fields.get(Field.DATE));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("the date is not a day (YYYY-MM-DD): " + fields.get(Field.DATE));
        }
        return new Certificate(fields.get(Field.LANGUAGE), fields.get(Field.LEARNER), fields.get(Field.COURSE),
                fields.get(Field.COURSE_TITLE), fields.get(Field.PACK), fields.get(Field.PACK_VERSION), date,
                scores(fields.get(Field.SCORES)), fields.get(Field.OFFICE));
    }

    private static List<Score> scores(String text) {
        List<Score> scores = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return scores;
        }
        for (String entry : text.split(";", -1)) {
            int equals = entry.lastIndexOf('=');
            try {
                scores.add(new Score(entry.substring(0, Math.max(equals, 0)),
                        Integer.parseInt(entry.substring(equals + 1))));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("a score is not module=percent: " + entry);
            }
        }
        return scores;
    }
}
