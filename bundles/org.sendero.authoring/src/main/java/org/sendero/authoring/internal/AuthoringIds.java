package org.sendero.authoring.internal;

/** The ids of the authoring layout in fragment.e4xmi and of the learners' layout in Application.e4xmi. */
public final class AuthoringIds {

    public static final String AUTHORING_PERSPECTIVE = "org.sendero.authoring.perspective";
    public static final String LEARNING_PERSPECTIVE = "org.sendero.perspective.learning";
    public static final String EDITOR_STACK = "org.sendero.authoring.stack.editors";
    public static final String EDITOR_DESCRIPTOR = "org.sendero.authoring.partdescriptor.editor";

    private AuthoringIds() {
    }
}
