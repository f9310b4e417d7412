package org.sendero.content.internal.library;

import java.time.Duration;

/**
 * How much of a PDF is read before the import gives up. A small PDF can describe an enormous
 * amount of work: thousands of pages sharing one compressed stream, drawings nested in drawings, a
 * stream that inflates a thousandfold. Each bound is far above a real guidance document (a
 * 500-page report is some 10,000 instructions and 20 KB of text a page), so that such a file fails
 * in bounded time and memory with one line, instead of running for minutes.
 *
 * @param maxPages pages in the file
 * @param maxTextChars characters of text extracted in all
 * @param maxDecodedBytes bytes of drawing instructions decoded in all (each use of a shared drawing counts)
 * @param maxOperators drawing instructions run in all
 * @param maxMemoryBytes memory PDFBox may use for the streams it keeps
 * @param maxTime the longest the whole reading may take
 */
record PdfLimits(int maxPages, long maxTextChars, long maxDecodedBytes, long maxOperators, long maxMemoryBytes,
        Duration maxTime) {

    static final PdfLimits DEFAULT = new PdfLimits(2_000, 8_000_000, 256L * 1024 * 1024, 20_000_000,
            256L * 1024 * 1024, Duration.ofMinutes(2));
}
