package org.sendero.authoring.internal.wizards;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Text;
import org.sendero.content.authoring.Ids;

/**
 * The id field: filled from the English title as it is typed (accents folded, spaces as dashes)
 * until the trainer writes an id of their own.
 */
final class IdField {

    private final Text text;
    private final Supplier<Set<String>> inUse;
    private boolean ownId;
    private boolean following;

    IdField(Form form, Text title, Supplier<Set<String>> inUse) {
        this.inUse = inUse;
        text = form.text(Messages.Form_id, "id");
        text.addModifyListener(event -> ownId |= !following && !text.getText().isEmpty());
        title.addModifyListener(event -> {
            if (!ownId) {
                following = true;
                text.setText(Ids.fromTitle(title.getText()));
                following = false;
            }
        });
    }

    String value() {
        return text.getText().strip();
    }

    Optional<String> problem() {
        String id = value();
        if (id.isEmpty()) {
            return Optional.of(Messages.Form_idMissing);
        }
        if (Ids.problem(id).isPresent()) {
            return Optional.of(NLS.bind(Messages.Form_idInvalid, id, Ids.fromTitle(id).isEmpty() ? "border-referral"
                    : Ids.fromTitle(id)));
        }
        if (inUse.get().contains(id)) {
            return Optional.of(NLS.bind(Messages.Form_idInUse, id));
        }
        return Optional.empty();
    }
}
