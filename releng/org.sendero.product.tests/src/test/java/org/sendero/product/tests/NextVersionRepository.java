package org.sendero.product.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Version N+1 of Sendero made from the build's own p2 repository (version N): what a second build
 * of the same sources one minute later gives. Every Sendero bundle, the feature and the product get
 * the later build qualifier, in their jars' manifests (feature.xml for the feature) and in the
 * repository's metadata, and the artifacts index gets the new files' sizes and checksums, so that p2
 * checks them as it checks any repository. The index is written as the jar forms only; p2.index
 * already names them as the fallback for the compressed forms.
 */
final class NextVersionRepository {

    private static final DateTimeFormatter QUALIFIER = DateTimeFormatter.ofPattern("yyyyMMddHHmm");
    private static final Pattern SENDERO_CORE = Pattern
            .compile("org\\.sendero\\.core_(\\d+\\.\\d+\\.\\d+)\\.(\\d{12})\\.jar");

    final Path folder;
    final String oldVersion;
    final String newVersion;

    private NextVersionRepository(Path folder, String oldVersion, String newVersion) {
        this.folder = folder;
        this.oldVersion = oldVersion;
        this.newVersion = newVersion;
    }

    /** The build's repository, beside the archive the tests unpack. */
    static Path buildRepository() {
        return Path.of(System.getProperty("product.archive")).getParent().getParent().resolve("repository");
    }

    static NextVersionRepository make(Path target) throws Exception {
        InstalledProduct.deleteRecursively(target);
        copy(buildRepository(), target);
        String oldVersion = null;
        String qualifier = null;
        try (Stream<Path> plugins = Files.list(target.resolve("plugins"))) {
            for (Path jar : plugins.toList()) {
                Matcher m = SENDERO_CORE.matcher(jar.getFileName().toString());
                if (m.matches()) {
                    oldVersion = m.group(1) + "." + m.group(2);
                    qualifier = m.group(2);
                }
            }
        }
        if (oldVersion == null) {
            throw new IllegalStateException("no org.sendero.core with a build qualifier in " + target);
        }
        String next = QUALIFIER.format(LocalDateTime.parse(qualifier, QUALIFIER).plusMinutes(1));
        String newVersion = oldVersion.substring(0, oldVersion.length() - qualifier.length()) + next;
        NextVersionRepository repository = new NextVersionRepository(target, oldVersion, newVersion);
        repository.raiseFiles();
        repository.rewriteIndexes();
        return repository;
    }

    private void raiseFiles() throws IOException {
        for (String kind : new String[] { "plugins", "features", "binary" }) {
            try (Stream<Path> files = Files.list(folder.resolve(kind))) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    if (!name.contains("_" + oldVersion)) {
                        continue;
                    }
                    Path raised = file.resolveSibling(name.replace("_" + oldVersion, "_" + newVersion));
                    byte[] bytes = Files.readAllBytes(file);
                    Files.write(raised, kind.equals("binary") ? bytes : raiseJar(bytes));
                    Files.delete(file);
                }
            }
        }
    }

    /** The jar with the new version in its manifest's Bundle-Version and in feature.xml. */
    private byte[] raiseJar(byte[] jar) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(JarFile.MANIFEST_NAME)) {
                    Manifest manifest = new Manifest(new ByteArrayInputStream(content));
                    Attributes main = manifest.getMainAttributes();
                    if (oldVersion.equals(main.getValue("Bundle-Version"))) {
                        main.putValue("Bundle-Version", newVersion);
                    }
                    ByteArrayOutputStream written = new ByteArrayOutputStream();
                    manifest.write(written);
                    content = written.toByteArray();
                } else if (entry.getName().equals("feature.xml")) {
                    content = new String(content, StandardCharsets.UTF_8).replace(oldVersion, newVersion)
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private void rewriteIndexes() throws Exception {
        Files.deleteIfExists(folder.resolve("content.xml.xz"));
        Files.deleteIfExists(folder.resolve("artifacts.xml.xz"));
        String content = readIndex("content.jar", "content.xml").replace(oldVersion, newVersion);
        writeIndex("content.jar", "content.xml", content.getBytes(StandardCharsets.UTF_8));

        String artifactsText = readIndex("artifacts.jar", "artifacts.xml").replace(oldVersion, newVersion);
        Document artifacts = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(artifactsText.getBytes(StandardCharsets.UTF_8)));
        NodeList list = artifacts.getElementsByTagName("artifact");
        for (int i = 0; i < list.getLength(); i++) {
            Element artifact = (Element) list.item(i);
            if (!artifact.getAttribute("version").equals(newVersion)) {
                continue;
            }
            Path file = artifactFile(artifact);
            byte[] bytes = Files.readAllBytes(file);
            NodeList properties = artifact.getElementsByTagName("property");
            for (int p = 0; p < properties.getLength(); p++) {
                Element property = (Element) properties.item(p);
                String value = switch (property.getAttribute("name")) {
                    case "download.size", "artifact.size" -> Long.toString(bytes.length);
                    case "download.checksum.sha-256" -> digest("SHA-256", bytes);
                    case "download.checksum.sha-512" -> digest("SHA-512", bytes);
                    case "download.checksum.sha-1" -> digest("SHA-1", bytes);
                    case "download.md5", "download.checksum.md5" -> digest("MD5", bytes);
                    default -> null;
                };
                if (value != null) {
                    property.setAttribute("value", value);
                }
            }
        }
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.transform(new DOMSource(artifacts), new StreamResult(xml));
        writeIndex("artifacts.jar", "artifacts.xml", xml.toByteArray());
    }

    private Path artifactFile(Element artifact) {
        String name = artifact.getAttribute("id") + "_" + artifact.getAttribute("version");
        return switch (artifact.getAttribute("classifier")) {
            case "osgi.bundle" -> folder.resolve("plugins").resolve(name + ".jar");
            case "org.eclipse.update.feature" -> folder.resolve("features").resolve(name + ".jar");
            default -> folder.resolve("binary").resolve(name);
        };
    }

    private String readIndex(String jar, String entry) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(folder.resolve(jar)))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(entry)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalStateException(jar + " holds no " + entry);
    }

    private void writeIndex(String jar, String entry, byte[] xml) throws IOException {
        try (OutputStream file = Files.newOutputStream(folder.resolve(jar));
                ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(xml);
            zip.closeEntry();
        }
    }

    private static String digest(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    try (InputStream in = Files.newInputStream(path)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
    }
}
