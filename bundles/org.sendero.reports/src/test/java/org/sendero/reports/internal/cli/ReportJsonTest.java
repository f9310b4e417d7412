package org.sendero.reports.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

/** The figures of the --json form: four decimals, and never a number made up for a value that is none. */
class ReportJsonTest {

    @Test
    void figuresAreRoundedToFourDecimals() {
        assertEquals(0.8333, ReportJson.rounded(OptionalDouble.of(2.5 / 3)));
        assertEquals(-0.1667, ReportJson.rounded(OptionalDouble.of(0.5 - 2.0 / 3)));
        assertNull(ReportJson.rounded(OptionalDouble.empty()));
    }

    @Test
    void aValueThatIsNotAFiniteNumberIsNull() {
        // Math.round(NaN) is 0: a NaN index once came out as a discrimination of 0
        assertNull(ReportJson.rounded(OptionalDouble.of(Double.NaN)));
        assertNull(ReportJson.rounded(OptionalDouble.of(Double.POSITIVE_INFINITY)));
        assertNull(ReportJson.rounded(OptionalDouble.of(Double.NEGATIVE_INFINITY)));
    }
}
