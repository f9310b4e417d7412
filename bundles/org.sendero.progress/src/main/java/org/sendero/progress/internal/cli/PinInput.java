package org.sendero.progress.internal.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Optional;

/**
 * Reads a PIN: from the terminal without echo when there is one, else the next line of the
 * input, so that scripts can pipe it in.
 */
final class PinInput {

    private final BufferedReader in;
    private final PrintStream out;
    private final Console console;

    PinInput(BufferedReader in, PrintStream out, Console console) {
        this.in = in;
        this.out = out;
        this.console = console;
    }

    Optional<String> read(String prompt) throws IOException {
        if (console != null) {
            char[] typed = console.readPassword("%s", prompt);
            return typed == null ? Optional.empty() : Optional.of(new String(typed));
        }
        out.print(prompt);
        out.flush();
        String line = in.readLine();
        return Optional.ofNullable(line).map(String::strip);
    }
}
