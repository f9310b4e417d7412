package org.sendero.authoring.internal.wizards;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.widgets.Combo;
import org.sendero.content.ContentException;
import org.sendero.content.authoring.PackScaffold;

/** Where a new part goes: a course of the pack, and one of its modules when asked for. */
final class PlaceFields {

    private final PackScaffold scaffold;
    private final Combo course;
    private final Combo module;

    PlaceFields(Form form, PackScaffold scaffold, boolean withModule) {
        this.scaffold = scaffold;
        course = form.combo(Messages.Form_course, "course", courses());
        if (withModule) {
            module = form.combo(Messages.Form_module, "module", modules());
            course.addModifyListener(event -> {
                module.setItems(modules().toArray(String[]::new));
                if (module.getItemCount() > 0) {
                    module.select(0);
                }
            });
        } else {
            module = null;
        }
    }

    private List<String> courses() {
        try {
            return scaffold.courses();
        } catch (ContentException e) {
            return List.of();
        }
    }

    private List<String> modules() {
        return course.getText().isEmpty() ? List.of() : scaffold.modules(course.getText());
    }

    /** Runs {@code listener} after the course or module chosen changed. */
    void onChange(Runnable listener) {
        course.addModifyListener(event -> listener.run());
        if (module != null) {
            module.addModifyListener(event -> listener.run());
        }
    }

    String course() {
        return course.getText();
    }

    String module() {
        return module == null ? "" : module.getText();
    }

    Optional<String> problem() {
        if (course.getText().isEmpty()) {
            return Optional.of(Messages.Form_courseMissing);
        }
        if (module != null && module.getText().isEmpty()) {
            return Optional.of(Messages.Form_moduleMissing);
        }
        return Optional.empty();
    }
}
