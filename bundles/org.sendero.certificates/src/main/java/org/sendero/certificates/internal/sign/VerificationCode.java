package org.sendero.certificates.internal.sign;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import org.sendero.certificates.Certificate;

/**
 * The verification code printed on a certificate and held in its QR code:
 * {@code SC1.<data>.<signature>}, both parts base64url without padding. The data part is the
 * certificate's canonical form; the signature part is the first {@value #KEY_ID_BYTES} bytes of the
 * SHA-256 of the office's public key (X.509 form, the hash its SHA256: fingerprint shows) followed
 * by the 64-byte Ed25519 signature of the data part's bytes. Only ASCII, so the QR code stays small.
 */
public final class VerificationCode {

    public static final String PREFIX = "SC1.";
    static final int KEY_ID_BYTES = 8;
    private static final int SIGNATURE_BYTES = 64;
    private static final int LONGEST = 2000;
    private static final String ALGORITHM = "Ed25519";

    /** A code taken apart; {@link #verifies} says whether the signature matches. */
    public record Signed(Certificate certificate, byte[] data, byte[] keyId, byte[] signature) {

        public boolean verifies(PublicKey key) {
            try {
                Signature verifier = Signature.getInstance(ALGORITHM);
                verifier.initVerify(key);
                verifier.update(data);
                return verifier.verify(signature);
            } catch (GeneralSecurityException e) {
                return false;
            }
        }

        public String keyIdHex() {
            return HexFormat.of().formatHex(keyId);
        }
    }

    private VerificationCode() {
    }

    public static String encode(Certificate certificate, KeyPair keys) throws GeneralSecurityException {
        byte[] data = certificate.canonical();
        Signature signer = Signature.getInstance(ALGORITHM);
        signer.initSign(keys.getPrivate());
        signer.update(data);
        byte[] signature = signer.sign();
        byte[] tail = new byte[KEY_ID_BYTES + signature.length];
        System.arraycopy(keyId(keys.getPublic()), 0, tail, 0, KEY_ID_BYTES);
        System.arraycopy(signature, 0, tail, KEY_ID_BYTES, signature.length);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return PREFIX + base64.encodeToString(data) + "." + base64.encodeToString(tail);
    }

    /**
     * Takes a code apart; spaces and line breaks (a code copied from the printed page) are ignored.
     *
     * @throws IllegalArgumentException naming what is wrong when it is not a code
     */
    public static Signed decode(String code) {
        String compact = code == null ? "" : code.replaceAll("\\s", "");
        if (compact.length() > LONGEST) {
            throw new IllegalArgumentException("not a Sendero verification code: too long");
        }
        if (!compact.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a Sendero verification code: it does not start with " + PREFIX);
        }
        String[] parts = compact.substring(PREFIX.length()).split("\\.", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a Sendero verification code: it needs two parts after " + PREFIX);
        }
        byte[] data;
        byte[] tail;
        try {
            data = Base64.getUrlDecoder().decode(parts[0]);
            tail = Base64.getUrlDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a Sendero verification code: a character was mistyped or lost");
        }
        if (tail.length != KEY_ID_BYTES + SIGNATURE_BYTES) {
            throw new IllegalArgumentException("not a Sendero verification code: the signature part is cut short");
        }
        Certificate certificate = Certificate.parse(data);
        return new Signed(certificate, data, Arrays.copyOf(tail, KEY_ID_BYTES),
                Arrays.copyOfRange(tail, KEY_ID_BYTES, tail.length));
    }

    /** The first bytes of the SHA-256 of the key's X.509 form. */
    public static byte[] keyId(PublicKey key) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()), KEY_ID_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
