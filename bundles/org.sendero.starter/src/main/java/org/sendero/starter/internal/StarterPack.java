package org.sendero.starter.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.sendero.content.BundledPack;
import org.sendero.core.content.PackVersion;

/**
 * The starter library that ships with Sendero: courses, guidance and glossary for migration and
 * border officials, installed on first start so the product is useful without a connection.
 */
@Component(service = BundledPack.class)
public final class StarterPack implements BundledPack {

    static final String ROOT = "pack";

    private final Bundle bundle;
    private final PackYamlHeader header;

    @Activate
    public StarterPack(BundleContext context) throws IOException {
        this.bundle = context.getBundle();
        this.header = PackYamlHeader.of(readEntry(ROOT + "/pack.yaml"));
    }

    @Override
    public String packId() {
        return header.id();
    }

    @Override
    public PackVersion version() {
        return header.version();
    }

    @Override
    public void copyTo(Path target) throws IOException {
        Enumeration<URL> entries = bundle.findEntries(ROOT, "*", true);
        for (URL entry : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            String path = entry.getPath();
            if (path.endsWith("/")) {
                continue;
            }
            Path file = target.resolve(path.substring(path.indexOf(ROOT + "/") + ROOT.length() + 1)).normalize();
            if (!file.startsWith(target)) {
                throw new IOException("the starter pack's entry " + path + " would leave " + target);
            }
            Files.createDirectories(file.getParent());
            try (InputStream in = entry.openStream()) {
                Files.copy(in, file);
            }
        }
    }

    private String readEntry(String path) throws IOException {
        URL entry = bundle.getEntry(path);
        if (entry == null) {
            throw new IOException("the starter bundle has no " + path);
        }
        try (InputStream in = entry.openStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
