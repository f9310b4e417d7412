package org.sendero.itests.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each architecture check finds what it is there to find, in small trees made for the purpose. */
class ArchitectureChecksTest {

    @TempDir
    Path bundles;

    // --- internal packages --------------------------------------------------------------------

    @Test
    void anImportOfAnotherBundlesInternalClassIsReportedWithFileAndLine() throws IOException {
        bundle("org.example.one", exports("org.example.one;version=\"1.0.0\""),
                "org/example/one/internal/Helper.java", "package org.example.one.internal;\npublic class Helper {}\n");
        bundle("org.example.two", "",
                "org/example/two/Uses.java", """
                        package org.example.two;

                        import org.example.one.internal.Helper;

                        public class Uses {
                        }
                        """);

        List<String> offenders = new InternalPackageCheck(BundleSource.readAll(bundles)).offenders();

        assertEquals(List
                .of("org.example.two/src/main/java/org/example/two/Uses.java:3: uses org.example.one.internal.Helper"
                        + " from org.example.one.internal, an internal package of org.example.one; use an exported API package"
                        + " instead"),
                offenders);
    }

    @Test
    void aFullyQualifiedUseWithoutImportIsReportedToo() throws IOException {
        bundle("org.example.one", "", "org/example/one/internal/Helper.java",
                "package org.example.one.internal;\npublic class Helper {}\n");
        bundle("org.example.two", "", "org/example/two/Uses.java", """
                package org.example.two;
                public class Uses {
                    Object helper = new org.example.one.internal.Helper();
                }
                """);

        List<String> offenders = new InternalPackageCheck(BundleSource.readAll(bundles)).offenders();

        assertEquals(1, offenders.size(), offenders.toString());
        assertTrue(offenders.get(0).startsWith("org.example.two/src/main/java/org/example/two/Uses.java:3: uses "
                + "org.example.one.internal.Helper"), offenders.get(0));
    }

    @Test
    void aManifestImportingAnotherBundlesInternalPackageIsReportedWithItsLine() throws IOException {
        bundle("org.example.one", exports("org.example.one.internal;x-friends:=\"org.example.two\""),
                "org/example/one/internal/Helper.java", "package org.example.one.internal;\npublic class Helper {}\n");
        bundle("org.example.two", """
                Import-Package: org.example.api;version="[1.0,2)",
                 org.example.one.internal;resolution:=optional
                """, "org/example/two/Clean.java", "package org.example.two;\npublic class Clean {}\n");

        List<String> offenders = new InternalPackageCheck(BundleSource.readAll(bundles)).offenders();

        assertEquals(List.of(
                "org.example.one/META-INF/MANIFEST.MF:3: Export-Package org.example.one.internal names the production"
                        + " bundle org.example.two in x-friends; move what it uses into an exported API package",
                "org.example.two/META-INF/MANIFEST.MF:4: Import-Package org.example.one.internal is an internal package"
                        + " of org.example.one; import an exported API package instead"),
                offenders);
    }

    @Test
    void anInternalPackageExportedToEveryoneOrAnApiWithoutVersionIsReported() throws IOException {
        bundle("org.example.one", exports("org.example.one,\n org.example.one.internal"),
                "org/example/one/Api.java", "package org.example.one;\npublic class Api {}\n");

        List<String> offenders = new InternalPackageCheck(BundleSource.readAll(bundles)).offenders();

        assertEquals(2, offenders.size(), offenders.toString());
        assertTrue(
                offenders.get(0)
                        .contains("Export-Package org.example.one is an API package exported without a version"),
                offenders.get(0));
        assertTrue(
                offenders.get(1).contains("MANIFEST.MF:4: Export-Package org.example.one.internal exports an internal"
                        + " package to every bundle"),
                offenders.get(1));
    }

    @Test
    void aBundlesOwnInternalPackagesFriendTestsAndMentionsInCommentsAreAllowed() throws IOException {
        bundle("org.example.one", exports("org.example.one;version=\"1.0.0\",\n"
                + " org.example.one.internal;x-friends:=\"org.example.tests\",\n org.example.one.internal.more;x-internal:=true"),
                "org/example/one/internal/Helper.java", "package org.example.one.internal;\npublic class Helper {}\n",
                "org/example/one/Api.java", """
                        package org.example.one;

                        import org.example.one.internal.Helper;

                        public class Api {
                        }
                        """);
        bundle("org.example.two", "", "org/example/two/Uses.java", """
                package org.example.two;
                /** Unlike {@link org.example.one.internal.Helper}, this class ... */
                public class Uses {
                    // org.example.one.internal.Helper was used here once
                    String name = "org.example.one.internal.Helper";
                }
                """);

        assertEquals(List.of(), new InternalPackageCheck(BundleSource.readAll(bundles)).offenders());
    }

    // --- package cycles -----------------------------------------------------------------------

    @Test
    void aCycleThroughThreePackagesIsReportedOnceWithAPathAroundIt() throws IOException {
        bundle("org.example.one", "",
                "org/example/one/A.java", "package org.example.one;\nimport org.example.one.b.B;\npublic class A {}\n",
                "org/example/one/b/B.java",
                "package org.example.one.b;\nimport org.example.one.c.C;\npublic class B {}\n",
                "org/example/one/c/C.java", """
                        package org.example.one.c;
                        public class C {
                            Object a = new org.example.one.A();
                        }
                        """,
                "org/example/one/d/D.java",
                "package org.example.one.d;\nimport org.example.one.A;\npublic class D {}\n");

        List<String> offenders = new PackageCycleCheck(BundleSource.readAll(bundles)).offenders();

        assertEquals(List.of("org.example.one: package cycle among 3 packages [org.example.one, org.example.one.b,"
                + " org.example.one.c]: org.example.one -> org.example.one.b (org.example.one/src/main/java/org/example/one/A.java:2"
                + " uses org.example.one.b.B) -> org.example.one.c (org.example.one/src/main/java/org/example/one/b/B.java:2"
                + " uses org.example.one.c.C) -> org.example.one (org.example.one/src/main/java/org/example/one/c/C.java:3"
                + " uses org.example.one.A)"), offenders);
    }

    @Test
    void twoSeparateCyclesAreTwoOffendersAndAWildcardImportCounts() throws IOException {
        bundle("org.example.one", "",
                "org/example/one/a/A.java",
                "package org.example.one.a;\nimport org.example.one.b.*;\npublic class A {}\n",
                "org/example/one/b/B.java",
                "package org.example.one.b;\nimport org.example.one.a.A;\npublic class B {}\n",
                "org/example/one/c/C.java",
                "package org.example.one.c;\nimport org.example.one.d.D;\npublic class C {}\n",
                "org/example/one/d/D.java",
                "package org.example.one.d;\nimport static org.example.one.c.C.*;\npublic class D {}\n");

        List<String> offenders = new PackageCycleCheck(BundleSource.readAll(bundles)).offenders();

        assertEquals(2, offenders.size(), offenders.toString());
        assertTrue(offenders.get(0).contains("[org.example.one.a, org.example.one.b]"), offenders.get(0));
        assertTrue(offenders.get(1).contains("[org.example.one.c, org.example.one.d]"), offenders.get(1));
    }

    @Test
    void layersThatDependOneWayAreNotACycle() throws IOException {
        bundle("org.example.one", "",
                "org/example/one/Api.java", "package org.example.one;\npublic interface Api {}\n",
                "org/example/one/internal/Impl.java",
                "package org.example.one.internal;\nimport org.example.one.Api;\npublic class Impl implements Api {}\n",
                "org/example/one/standalone/Tools.java", """
                        package org.example.one.standalone;
                        import org.example.one.Api;
                        import org.example.one.internal.Impl;
                        public class Tools {
                            /** Not {@link org.example.one.standalone.Tools}'s problem. */
                            public static Api api() { return new Impl(); }
                        }
                        """);

        assertEquals(List.of(), new PackageCycleCheck(BundleSource.readAll(bundles)).offenders());
    }

    // --- class size ---------------------------------------------------------------------------

    @Test
    void aClassOverTheLimitIsReported() throws IOException {
        bundle("org.example.one", "", "org/example/one/Big.java", lines("package org.example.one;", 401),
                "org/example/one/Fits.java", lines("package org.example.one;", 400));

        List<String> offenders = new ClassSizeCheck(BundleSource.readAll(bundles)).offenders();

        assertEquals(List.of("org.example.one/src/main/java/org/example/one/Big.java: 401 lines, over the limit of 400;"
                + " split org.example.one.Big into classes with one job each"), offenders);
    }

    // --- reading --------------------------------------------------------------------------------

    @Test
    void manifestClausesAreSplitOutsideQuotesAndKeepTheirLines() throws IOException {
        bundle("org.example.one", """
                Import-Package: org.example.a;version="[1.0,2)",
                 org.example.b;version="[1.0,2)";resolution:=optional,org.example.c
                """, "org/example/one/A.java", "package org.example.one;\npublic class A {}\n");

        ManifestFile manifest = BundleSource.readAll(bundles).get(0).manifest();

        List<ManifestFile.Clause> imports = manifest.header("Import-Package");
        assertEquals(List.of("org.example.a", "org.example.b", "org.example.c"),
                imports.stream().map(ManifestFile.Clause::name).toList());
        assertEquals(List.of(3, 4, 4), imports.stream().map(ManifestFile.Clause::line).toList());
        assertEquals("[1.0,2)", imports.get(1).parameter("version"));
        assertEquals("optional", imports.get(1).parameter("resolution"));
    }

    private static String exports(String packages) {
        return "Export-Package: " + packages + "\n";
    }

    /** A file of exactly {@code count} lines, the first being {@code first}. */
    private static String lines(String first, int count) {
        StringBuilder text = new StringBuilder(first).append('\n');
        text.append("public class X {\n");
        for (int i = 3; i < count; i++) {
            text.append("    // line ").append(i).append('\n');
        }
        return text.append("}\n").toString();
    }

    /** A bundle folder with a manifest (its headers after the name) and Java files: path, text, path, text... */
    private void bundle(String name, String headers, String... files) throws IOException {
        Path folder = bundles.resolve(name);
        Files.createDirectories(folder.resolve("META-INF"));
        Files.writeString(folder.resolve("META-INF/MANIFEST.MF"),
                "Manifest-Version: 1.0\nBundle-SymbolicName: " + name + "\n" + headers);
        for (int i = 0; i < files.length; i += 2) {
            Path file = folder.resolve(BundleSource.MAIN_SOURCES).resolve(files[i]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, files[i + 1]);
        }
    }
}
