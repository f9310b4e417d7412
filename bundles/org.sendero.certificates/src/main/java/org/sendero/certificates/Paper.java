package org.sendero.certificates;

/** The paper a certificate is printed on, in landscape. */
public enum Paper {
    A4(841.89f, 595.28f), LETTER(792f, 612f);

    private final float width;
    private final float height;

    Paper(float width, float height) {
        this.width = width;
        this.height = height;
    }

    /** Width in PDF points, landscape. */
    public float width() {
        return width;
    }

    public float height() {
        return height;
    }
}
