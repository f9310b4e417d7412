package org.sendero.content.internal.library;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType3CharProc;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;

/**
 * PDFBox's text extraction, charged to a {@link PdfBudget}: every content stream is measured
 * before it is decoded (each time it is drawn: a drawing shared by a thousand pages costs a
 * thousand times), and every instruction run is counted, so a file built to stall the import stops
 * at the first bound it crosses.
 */
class BoundedTextStripper extends PDFTextStripper {

    private final PdfBudget budget;

    BoundedTextStripper(PdfBudget budget) {
        this.budget = budget;
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        // the text stripper walks every page and skips those outside the range: only those read are charged
        if (getCurrentPageNo() >= getStartPage() && getCurrentPageNo() <= getEndPage()) {
            budget.checkTime();
            for (Iterator<PDStream> streams = page.getContentStreams(); streams.hasNext();) {
                budget.decode(streams.next().getCOSObject());
            }
        }
        super.processPage(page);
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        budget.decode(form.getCOSObject());
        super.showForm(form);
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
        budget.decode(form.getCOSObject());
        super.showTransparencyGroup(form);
    }

    @Override
    protected void processType3Stream(PDType3CharProc charProc, Matrix textRenderingMatrix) throws IOException {
        budget.decode(charProc.getCOSObject());
        super.processType3Stream(charProc, textRenderingMatrix);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        budget.operator();
        super.processOperator(operator, operands);
    }

    @Override
    protected void operatorException(Operator operator, List<COSBase> operands, IOException e) throws IOException {
        // PDFBox logs and skips a broken instruction; a limit reached inside one must end the reading
        if (e instanceof PdfBudget.PdfTooCostly) {
            throw e;
        }
        super.operatorException(operator, operands, e);
    }
}
