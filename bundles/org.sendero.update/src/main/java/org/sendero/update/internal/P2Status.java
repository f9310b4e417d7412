package org.sendero.update.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;

/** A p2 status as one line: the messages of its problems, the deepest first where they nest. */
final class P2Status {

    private P2Status() {
    }

    static String describe(IStatus status) {
        List<String> messages = new ArrayList<>();
        collect(status, messages);
        if (messages.isEmpty()) {
            messages.add(status.getMessage());
        }
        return String.join("; ", messages).replaceAll("\\R", " ");
    }

    private static void collect(IStatus status, List<String> messages) {
        if (status.isMultiStatus()) {
            for (IStatus child : status.getChildren()) {
                collect(child, messages);
            }
        } else if (!status.isOK() && messages.size() < 5) {
            messages.add(status.getMessage()
                    + (status.getException() == null ? "" : " (" + status.getException().getMessage() + ")"));
        }
    }
}
