package org.sendero.ui.accessibility;

import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.widgets.Control;

/**
 * Gives a control the name a screen reader announces. The label beside a control is not tied to
 * it on every platform, so the control says its own name: the label's text without its mnemonic
 * and colon.
 */
public final class AccessibleNames {

    private AccessibleNames() {
    }

    public static void name(Control control, String labelText) {
        String name = spoken(labelText);
        control.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent event) {
                if (event.childID == ACC.CHILDID_SELF) {
                    event.result = name;
                }
            }
        });
    }

    /** "&Narrow the results:" is read "Narrow the results". */
    public static String spoken(String labelText) {
        return labelText.replace("&&", "\u0000").replace("&", "").replace("\u0000", "&").strip()
                .replaceAll("\\s*:$", "");
    }
}
