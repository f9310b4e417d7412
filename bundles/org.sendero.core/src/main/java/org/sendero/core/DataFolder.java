package org.sendero.core;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The one folder that holds everything Sendero writes: installed packs, the search index, learner
 * progress and logs.
 *
 * <p>Where it is, first match wins: the launcher's {@code --data DIR} (handed to Java as the system
 * property {@value #PROPERTY}), the {@value #ENVIRONMENT} environment variable, else
 * {@code ~/.sendero}.
 */
public record DataFolder(Path root) {

    public static final String PROPERTY = "sendero.home";
    public static final String ENVIRONMENT = "SENDERO_HOME";

    public DataFolder {
        if (root == null) {
            throw new IllegalArgumentException("data folder is null");
        }
        root = root.toAbsolutePath().normalize();
    }

    public static DataFolder resolve(UnaryOperator<String> systemProperties, Map<String, String> environment,
            Path userHome) {
        String fromProperty = systemProperties.apply(PROPERTY);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return new DataFolder(Path.of(fromProperty));
        }
        String fromEnvironment = environment.get(ENVIRONMENT);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new DataFolder(Path.of(fromEnvironment));
        }
        return new DataFolder(userHome.resolve(".sendero"));
    }

    /** The folder of this process: system properties, environment and home directory. */
    public static DataFolder ofThisProcess() {
        return resolve(System::getProperty, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public Path packs() {
        return root.resolve("packs");
    }

    public Path index() {
        return root.resolve("index");
    }

    public Path progressDatabase() {
        return root.resolve("progress.db");
    }

    public Path logs() {
        return root.resolve("logs");
    }
}
