package org.sendero.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WindowBoundsTest {

    @Test
    void theFirstWindowIsShrunkToAnOfficeLaptopScreen() {
        WindowBounds first = new WindowBounds(80, 60, 1200, 800, false);
        assertEquals(new WindowBounds(80, 0, 1200, 768, false), first.fittedInto(0, 0, 1366, 768));
        assertEquals(new WindowBounds(0, 0, 1024, 768, false), first.fittedInto(0, 0, 1024, 768));
    }

    @Test
    void aWindowThatFitsStaysWhereItWas() {
        WindowBounds small = new WindowBounds(100, 50, 800, 600, true);
        assertEquals(small, small.fittedInto(0, 0, 1920, 1080));
    }

    @Test
    void aWorkAreaBelowAPanelOrOnASecondMonitorIsRespected() {
        WindowBounds bounds = new WindowBounds(1900, 10, 1200, 800, false);
        assertEquals(new WindowBounds(1920, 32, 1200, 736, false), bounds.fittedInto(1920, 32, 1280, 736));
    }
}
