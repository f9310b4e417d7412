package org.sendero.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.util.tracker.ServiceTracker;
import org.sendero.cli.internal.CommandLineService;
import org.sendero.core.SenderoEnvironment;

/** The DS runtime runs Sendero's components inside a real OSGi framework. */
class ServicesTest {

    private static final BundleContext CONTEXT = FrameworkUtil.getBundle(ServicesTest.class).getBundleContext();

    /** Runs {@code sendero ARGUMENTS...} in this framework, keeping what it prints for the test. */
    static int command(ByteArrayOutputStream out, ByteArrayOutputStream err, String... arguments)
            throws InterruptedException {
        out.reset();
        err.reset();
        return service(CommandLineService.class).execute(List.of(arguments),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(CONTEXT, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
            assertNotNull(service, "no " + type.getName() + " service was registered");
            return service;
        } finally {
            tracker.close();
        }
    }

    @Test
    void theDeclarativeServicesRuntimeIsActive() throws InterruptedException {
        assertNotNull(service(ServiceComponentRuntime.class));
    }

    @Test
    void everySenderoComponentIsSatisfied() throws InterruptedException {
        ServiceComponentRuntime runtime = service(ServiceComponentRuntime.class);
        Bundle[] sendero = Arrays.stream(CONTEXT.getBundles())
                .filter(bundle -> bundle.getSymbolicName().startsWith("org.sendero.")).toArray(Bundle[]::new);
        Set<String> components = runtime.getComponentDescriptionDTOs(sendero).stream()
                .map(description -> description.name).collect(Collectors.toSet());
        assertTrue(components.containsAll(Set.of("org.sendero.core.internal.BundleEnvironment",
                "org.sendero.cli.internal.CommandLineService")), components.toString());
        runtime.getComponentDescriptionDTOs(sendero).forEach(description -> {
            for (ComponentConfigurationDTO configuration : runtime.getComponentConfigurationDTOs(description)) {
                assertTrue(configuration.state != ComponentConfigurationDTO.UNSATISFIED_REFERENCE
                        && configuration.state != ComponentConfigurationDTO.FAILED_ACTIVATION,
                        description.name + " is not satisfied: state " + configuration.state);
            }
        });
    }

    @Test
    void theEnvironmentServiceKnowsTheVersionAndTheDataFolder() throws InterruptedException {
        SenderoEnvironment environment = service(SenderoEnvironment.class);
        assertEquals("Sendero", environment.product().name());
        assertTrue(environment.product().version().matches("\\d+\\.\\d+\\.\\d+"), environment.product().version());
        assertTrue(environment.product().builtAt().isPresent(), "the build writes the build time into the version");
        assertTrue(environment.dataFolder().root().isAbsolute());
    }

    @Test
    void theCommandLineServiceAnswersVersionWithTheInstalledVersion() throws InterruptedException {
        CommandLineService commandLine = service(CommandLineService.class);
        SenderoEnvironment environment = service(SenderoEnvironment.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = commandLine.execute(List.of("--version"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertEquals(environment.product().describe(), out.toString(StandardCharsets.UTF_8).strip());
    }
}
