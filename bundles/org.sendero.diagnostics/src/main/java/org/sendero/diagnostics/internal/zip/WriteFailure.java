package org.sendero.diagnostics.internal.zip;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Why a file could not be written, in words: the JDK often gives only a path as the message. */
public final class WriteFailure {

    private WriteFailure() {
    }

    public static String reason(IOException e) {
        return switch (e) {
            case NoSuchFileException missing -> "its folder does not exist";
            case AccessDeniedException denied -> "permission denied";
            case FileAlreadyExistsException taken -> "a file stands where its folder should be: " + taken.getFile();
            case FileSystemException other when other.getReason() != null -> other.getReason();
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }
}
