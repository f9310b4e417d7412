package org.sendero.diagnostics;

import java.util.List;

/** Every check's finding, in the order they were made. */
public record HealthReport(List<Finding> findings) {

    public HealthReport {
        findings = List.copyOf(findings);
    }

    public List<Finding> problems() {
        return findings.stream().filter(f -> f.status() == Finding.Status.PROBLEM).toList();
    }

    /** True when nothing is broken; notes may remain. */
    public boolean healthy() {
        return problems().isEmpty();
    }

    /**
     * The summary as it is printed and saved: one line per check, and under each finding that needs
     * something done, what to do.
     */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Finding finding : findings) {
            text.append(String.format("%-8s %-16s %s%n", finding.status(), finding.check(), finding.detail()));
            finding.advice().ifPresent(advice -> text.append(String.format("%-25s -> %s%n", "", advice)));
        }
        int problems = problems().size();
        text.append(System.lineSeparator());
        text.append(problems == 0 ? "No problem found."
                : problems == 1 ? "1 problem found." : problems + " problems found.");
        text.append(System.lineSeparator());
        return text.toString();
    }
}
