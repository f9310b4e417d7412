package org.sendero.starter.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The system's hunspell with one of its dictionaries (Debian: packages hunspell, hunspell-es,
 * hunspell-fr), asked which of a list of words it does not know.
 */
final class Hunspell {

    private static final Path DICTIONARIES = Path.of("/usr/share/hunspell");

    private final String dictionary;

    private Hunspell(String dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * The checker for {@code dictionary} (e.g. es_ES), or why there is none on this machine: the
     * dictionary files or the hunspell program are missing.
     */
    static Optional<Hunspell> find(String dictionary, StringBuilder why) {
        if (!Files.isRegularFile(DICTIONARIES.resolve(dictionary + ".dic"))
                || !Files.isRegularFile(DICTIONARIES.resolve(dictionary + ".aff"))) {
            why.append("no hunspell dictionary ").append(DICTIONARIES.resolve(dictionary + ".dic"));
            return Optional.empty();
        }
        try {
            Process version = new ProcessBuilder("hunspell", "-v").redirectErrorStream(true).start();
            version.getInputStream().readAllBytes();
            if (!version.waitFor(30, TimeUnit.SECONDS) || version.exitValue() != 0) {
                why.append("hunspell -v did not answer");
                return Optional.empty();
            }
        } catch (IOException e) {
            why.append("no hunspell program: ").append(e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            why.append("interrupted");
            return Optional.empty();
        }
        return Optional.of(new Hunspell(dictionary));
    }

    /** The words, one per line given to hunspell, that its dictionary does not know. */
    Set<String> unknown(Collection<String> words) {
        try {
            Process process = new ProcessBuilder("hunspell", "-l", "-i", "UTF-8", "-d",
                    DICTIONARIES.resolve(dictionary).toString()).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            // read while writing: a long list would otherwise fill the pipe and stall both sides
            CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            try (Writer in = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
                for (String word : words) {
                    in.write(word);
                    in.write('\n');
                }
            }
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("hunspell -d " + dictionary + " failed");
            }
            return new TreeSet<>(output.join().lines().filter(line -> !line.isBlank()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
