package org.sendero.reports.internal.output;

import java.util.List;

/** A horizontal bar chart: a bar per label, values 0 to 1. */
public record BarChart(String heading, List<Bar> bars) {

    public record Bar(String label, double value, String valueText) {
    }

    public BarChart {
        bars = List.copyOf(bars);
    }
}
