package org.sendero.content.internal.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An Ed25519 signature over MANIFEST.sha256 (which holds the hash of every file), stored in
 * MANIFEST.sig with the public key, so that import can say who signed a pack and refuse one that
 * was changed after signing. Only JDK cryptography is used.
 */
public record PackSignature(PublicKey publicKey, byte[] signature) {

    private static final String ALGORITHM = "Ed25519";

    /** The key's fingerprint as people compare it: SHA256: and the base64 of the key's hash. */
    public String fingerprint() {
        return fingerprint(publicKey);
    }

    public static String fingerprint(PublicKey key) {
        byte[] hash = Manifest.digest().digest(key.getEncoded());
        return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(hash);
    }

    public static PackSignature sign(KeyPair keys, byte[] manifest) throws GeneralSecurityException {
        Signature signer = Signature.getInstance(ALGORITHM);
        signer.initSign(keys.getPrivate());
        signer.update(manifest);
        return new PackSignature(keys.getPublic(), signer.sign());
    }

    public boolean verifies(byte[] manifest) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey);
            verifier.update(manifest);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    public byte[] bytes() {
        String text = "algorithm: " + ALGORITHM + "\n"
                + "public-key: " + Base64.getEncoder().encodeToString(publicKey.getEncoded()) + "\n"
                + "signature: " + Base64.getEncoder().encodeToString(signature) + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The signature in MANIFEST.sig, or empty when the file is not one. */
    public static Optional<PackSignature> parse(byte[] bytes) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                fields.put(line.substring(0, colon), line.substring(colon + 2).strip());
            }
        }
        if (!ALGORITHM.equals(fields.get("algorithm")) || !fields.containsKey("public-key")
                || !fields.containsKey("signature")) {
            return Optional.empty();
        }
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(fields.get("public-key"))));
            return Optional.of(new PackSignature(key, Base64.getDecoder().decode(fields.get("signature"))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads an Ed25519 private key in PKCS#8 PEM ("BEGIN PRIVATE KEY"), as written by
     * {@code openssl genpkey -algorithm ed25519} or {@link #writeKey}, and finds its public key.
     */
    public static KeyPair readKey(Path file) throws IOException, GeneralSecurityException {
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        byte[] pkcs8;
        try {
            pkcs8 = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("not a PEM private key");
        }
        PrivateKey privateKey = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        return new KeyPair(publicKeyOf(privateKey), privateKey);
    }

    /**
     * The JDK has no call that derives an Ed25519 public key from a private one, but its key
     * generator takes the private key's 32 bytes from the random source it is given: feeding it the
     * known bytes regenerates the same pair. The result is checked, so a change in the JDK fails
     * loudly instead of signing with a wrong key.
     */
    static PublicKey publicKeyOf(PrivateKey privateKey) throws GeneralSecurityException {
        byte[] seed = ((java.security.interfaces.EdECPrivateKey) privateKey).getBytes()
                .orElseThrow(() -> new GeneralSecurityException("the private key has no key bytes"));
        SecureRandom replay = new SecureRandom() {
            private static final long serialVersionUID = 1L;

            @Override
            public void nextBytes(byte[] bytes) {
                System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
            }
        };
        KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
        generator.initialize(NamedParameterSpec.ED25519, replay);
        KeyPair pair = generator.generateKeyPair();
        byte[] regenerated = ((java.security.interfaces.EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow();
        if (!Arrays.equals(seed, regenerated)) {
            throw new GeneralSecurityException("cannot derive the public key of this Ed25519 key");
        }
        return pair.getPublic();
    }

    /** Writes a new key pair's private key as PKCS#8 PEM. */
    public static KeyPair writeKey(Path file) throws IOException, GeneralSecurityException {
        KeyPair pair = newKey();
        Files.writeString(file, pem(pair), StandardCharsets.US_ASCII);
        return pair;
    }

    public static KeyPair newKey() throws GeneralSecurityException {
        return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
    }

    /** The private key as PKCS#8 PEM, the form {@link #readKey} and openssl read. */
    public static String pem(KeyPair pair) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }
}
