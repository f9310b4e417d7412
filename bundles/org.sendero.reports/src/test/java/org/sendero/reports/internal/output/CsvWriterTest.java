package org.sendero.reports.internal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The cells of the report's CSV files: exact integers, numbers unrounded, no NaN, formulas defused. */
class CsvWriterTest {

    private static String csv(List<?>... rows) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvWriter csv = new CsvWriter(bytes);
        for (List<?> row : rows) {
            csv.row(row);
        }
        csv.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void integersKeepEveryDigit() throws Exception {
        // through a double, the largest long came out as 9223372036854776000
        assertEquals("\ufeff9223372036854775807,-9223372036854775808,18446744073709551616,42,0\r\n",
                csv(List.of(Long.MAX_VALUE, Long.MIN_VALUE, BigInteger.TWO.pow(64), 42, 0L)));
    }

    @Test
    void fractionsAreNotRoundedAndIntegralOnesHaveNoPoint() throws Exception {
        assertEquals("\ufeff0.5,0.8333333333333334,1,-0.16666666666666663,1000000000000000,0.0001,12.5\r\n",
                csv(List.of(0.5, 5 / 6.0, 1.0, 0.5 - 2 / 3.0, 1e15, 1e-4, new BigDecimal("12.500"))));
    }

    @Test
    void whatIsNotANumberIsAnEmptyCell() throws Exception {
        assertEquals("\ufeff,,,x,\r\n", csv(Arrays.asList(Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, "x", null)));
    }

    @Test
    void textIsQuotedWhenItMustBeAndFormulasAreDefused() throws Exception {
        assertEquals("\ufeffplain,\"a,b\",\"say \"\"hi\"\"\",\"'=SUM(A1)\",\"'-3\",-3,true\r\n",
                csv(List.of("plain", "a,b", "say \"hi\"", "=SUM(A1)", "-3", -3, true)));
    }
}
