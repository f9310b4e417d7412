package org.sendero.certificates;

/** What checking a certificate found. */
public enum Outcome {
    /** Signed by a trusted office and unchanged. */
    VALID,
    /** The signature does not match the data, or the PDF's fields differ from the signed ones. */
    CHANGED,
    /** Signed by a key that is not among the trusted offices' keys. */
    UNTRUSTED,
    /** Not a certificate or a code this product can read. */
    UNREADABLE
}
