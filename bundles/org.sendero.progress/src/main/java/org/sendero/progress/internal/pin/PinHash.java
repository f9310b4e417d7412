package org.sendero.progress.internal.pin;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A PIN as stored: PBKDF2 with HMAC-SHA-256 over a random 16-byte salt. The iteration count is
 * stored with the hash so that it can be raised later without locking anyone out.
 */
public record PinHash(byte[] hash, byte[] salt, int iterations) {

    /** The count for new PINs: OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
    public static final int ITERATIONS = 600_000;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** 4 to 12 digits: typed on a shared PC's keyboard in a few seconds. */
    public static void checkFormat(String pin) {
        if (pin == null || !pin.matches("[0-9]{4,12}")) {
            throw new IllegalArgumentException("a PIN is 4 to 12 digits");
        }
    }

    public static PinHash create(String pin, int iterations) {
        checkFormat(pin);
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new PinHash(derive(pin, salt, iterations), salt, iterations);
    }

    /** Compares in constant time, so that timing does not tell how much of the PIN matched. */
    public boolean matches(String pin) {
        return pin != null && MessageDigest.isEqual(hash, derive(pin, salt, iterations));
    }

    private static byte[] derive(String pin, byte[] salt, int iterations) {
        KeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            // every Java 21 runtime has PBKDF2WithHmacSHA256; without it no PIN can be checked at all
            throw new IllegalStateException(ALGORITHM + " is not available in this Java runtime", e);
        }
    }
}
