package org.sendero.ui.internal.feed;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.sendero.feed.FeedOffer;

/**
 * The one question the background check asks: newer versions signed by a trusted publisher are
 * there, install them now or later. Nothing is installed without this answer.
 */
public final class FeedOfferDialog extends Dialog {

    private final List<FeedOffer> offers;
    private Label list;

    public FeedOfferDialog(Shell parent, List<FeedOffer> offers) {
        super(parent);
        this.offers = List.copyOf(offers);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Feed_offerTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().spacing(8, 8).applyTo(area);
        Label text = new Label(area, SWT.WRAP);
        text.setText(Messages.Feed_offerText);
        GridDataFactory.fillDefaults().hint(420, SWT.DEFAULT).applyTo(text);
        list = new Label(area, SWT.WRAP);
        list.setText(String.join("\n", offers.stream().map(FeedOfferDialog::line).toList()));
        GridDataFactory.fillDefaults().indent(12, 0).hint(420, SWT.DEFAULT).applyTo(list);
        return area;
    }

    /** The pack's title in no particular language is not known here: its id, which the user sees in Packs. */
    static String line(FeedOffer offer) {
        return offer.installed()
                .map(old -> NLS.bind(Messages.Feed_offerLine,
                        new Object[] { offer.pack().id(), old, offer.pack().version() }))
                .orElseGet(() -> NLS.bind(Messages.Feed_offerLineNew, offer.pack().id(), offer.pack().version()));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Feed_install, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.Feed_later, false);
    }

    /** For tests: what the dialog lists, one line per pack. */
    public String listText() {
        return list.getText();
    }

    public Button installButton() {
        return getButton(IDialogConstants.OK_ID);
    }
}
