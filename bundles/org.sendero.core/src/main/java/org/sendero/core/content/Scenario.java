package org.sendero.core.content;

/** A situation (Markdown) that several quiz items refer to, shown once above them. */
public record Scenario(String id, String text) {

    public Scenario {
        PackInfo.requireText(id, "scenario id");
        text = text == null ? "" : text;
    }
}
