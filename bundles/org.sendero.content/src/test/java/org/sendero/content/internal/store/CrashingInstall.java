package org.sendero.content.internal.store;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link CrashDuringInstallTest}: installs a pack and, at the named step,
 * says so on stdout and waits to be killed. With the step "none" it installs without pausing, to
 * be killed at a random moment.
 */
public final class CrashingInstall {

    private CrashingInstall() {
    }

    public static void main(String[] args) throws Exception {
        Path packs = Path.of(args[0]);
        Path source = Path.of(args[1]);
        String step = args[2];
        InstallListener pauseAt = new InstallListener() {
            @Override
            public void staged(String packId) {
                pause("staged");
            }

            @Override
            public void beforeSwap(String packId) {
                pause("beforeSwap");
            }

            @Override
            public void swapped(String packId) {
                pause("swapped");
            }

            private void pause(String current) {
                if (current.equals(step)) {
                    System.out.println("AT " + current);
                    System.out.flush();
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        System.out.println("STARTED");
        System.out.flush();
        new PackStore(packs, org.sendero.content.internal.archive.ArchiveLimits.DEFAULT, pauseAt).install(source, true);
        System.out.println("DONE");
    }
}
