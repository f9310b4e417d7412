package org.sendero.content.internal.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * What reading one PDF has used so far, against its {@link PdfLimits}. Every bound that is crossed
 * ends the reading with a {@link PdfTooCostly}, whose message is the reason for the user.
 */
final class PdfBudget {

    /** A PDF that would cost more than its limits; the message says which. */
    static final class PdfTooCostly extends IOException {
        private static final long serialVersionUID = 1L;

        PdfTooCostly(String message) {
            super(message);
        }
    }

    private final PdfLimits limits;
    private final long deadline;
    private long decodedBytes;
    private long operators;
    private long textChars;

    PdfBudget(PdfLimits limits) {
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.maxTime().toNanos();
    }

    PdfLimits limits() {
        return limits;
    }

    /** One more drawing instruction; also where a cancel (an interrupted thread) or the time limit stops the reading. */
    void operator() throws IOException {
        if (++operators > limits.maxOperators()) {
            throw new PdfTooCostly("the PDF draws more than " + limits.maxOperators()
                    + " instructions; it is damaged or built to stall the import");
        }
        if ((operators & 0x3FF) == 0) {
            checkTime();
        }
    }

    void checkTime() throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new PdfTooCostly("cancelled: nothing was imported");
        }
        if (System.nanoTime() - deadline > 0) {
            long seconds = limits.maxTime().toSeconds();
            throw new PdfTooCostly(
                    "reading the PDF took longer than " + seconds + (seconds == 1 ? " second" : " seconds")
                            + "; it is damaged or built to stall the import");
        }
    }

    void text(int chars) throws IOException {
        textChars += chars;
        if (textChars > limits.maxTextChars()) {
            throw new PdfTooCostly("the PDF holds more than " + limits.maxTextChars()
                    + " characters of text; split it into smaller files");
        }
    }

    /**
     * Counts a content stream's decoded size before PDFBox decodes it whole into memory: the
     * stream is run through its filters into a counter that stops at what is left of the budget.
     */
    void decode(COSStream stream) throws IOException {
        long left = limits.maxDecodedBytes() - decodedBytes;
        Counter counter = new Counter(left);
        try {
            decode(stream, counter);
        } catch (IOException | RuntimeException e) {
            if (!counter.exceeded) {
                throw e;
            }
        }
        if (counter.exceeded) {
            throw new PdfTooCostly("the PDF's pages expand to more than " + limits.maxDecodedBytes() / (1024 * 1024)
                    + " MB of drawing instructions; it is damaged or built to stall the import");
        }
        decodedBytes += counter.count;
    }

    private static void decode(COSStream stream, Counter counter) throws IOException {
        List<COSName> filters = filters(stream.getFilters());
        InputStream in = stream.createRawInputStream();
        try {
            for (int i = 0; i < filters.size() - 1; i++) {
                // a chain of filters: each step is held in memory, bounded like the last
                Buffer step = new Buffer(counter);
                FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(in, step, stream, i);
                in.close();
                in = step.input();
            }
            if (filters.isEmpty()) {
                in.transferTo(counter);
            } else {
                Filter last = FilterFactory.INSTANCE.getFilter(filters.get(filters.size() - 1));
                last.decode(in, counter, stream, filters.size() - 1);
            }
        } finally {
            in.close();
        }
    }

    private static List<COSName> filters(COSBase filters) {
        List<COSName> names = new ArrayList<>();
        if (filters instanceof COSName name) {
            names.add(name);
        } else if (filters instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** Counts bytes and refuses more than its limit. */
    private static final class Counter extends OutputStream {
        final long limit;
        long count;
        boolean exceeded;

        Counter(long limit) {
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            add(1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            add(length);
        }

        private void add(long bytes) throws IOException {
            count += bytes;
            if (count > limit) {
                exceeded = true;
                throw new IOException("over the limit");
            }
        }
    }

    /** A step of a filter chain, kept in memory up to the limit. */
    private static final class Buffer extends java.io.ByteArrayOutputStream {
        private final Counter owner;

        Buffer(Counter owner) {
            this.owner = owner;
        }

        @Override
        public synchronized void write(int b) {
            check(1);
            super.write(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            check(length);
            super.write(bytes, offset, length);
        }

        private void check(int more) {
            if (count + (long) more > owner.limit) {
                owner.exceeded = true;
                throw new IllegalStateException("over the limit");
            }
        }

        InputStream input() {
            return new java.io.ByteArrayInputStream(buf, 0, count);
        }
    }
}
