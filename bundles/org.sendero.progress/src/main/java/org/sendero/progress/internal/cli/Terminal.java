package org.sendero.progress.internal.cli;

import java.io.BufferedReader;
import java.io.Console;

/** Where interactive commands read from: the process's input, and its terminal when it has one. */
record Terminal(BufferedReader in, Console console) {

    static Terminal ofThisProcess() {
        return new Terminal(new BufferedReader(new java.io.InputStreamReader(System.in,
                java.nio.charset.StandardCharsets.UTF_8)), System.console());
    }
}
