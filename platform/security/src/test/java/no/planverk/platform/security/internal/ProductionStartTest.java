package no.planverk.platform.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped bin/setenv, sourced as Karaf's bin/start sources it, in a copy of the distribution's etc/ (the shipped
 * users.properties and a featuresBoot as the build writes it): a production start (PLANVERK_DEMO=false) takes the
 * demo out, removes the demo users, stores the first admin's password from the environment or a file, and refuses to
 * start while the admin's password is the default 'admin'.
 */
class ProductionStartTest {

    static final Path ASSEMBLY = Path.of("../../features/distribution/src/main/resources/assembly");

    /** featuresBoot as the karaf-maven-plugin writes it, the demo last. */
    static final String BOOT = """
            featuresBoot = \\
                instance/4.4.10, \\
                feature/4.4.10, \\
                planverk-${env:PLANVERK_PROFILE:-all}, \\
                jaas/4.4.10, \\
                planverk-platform/0.1.0.SNAPSHOT, \\
                config/4.4.10, \\
                planverk-demo/0.1.0.SNAPSHOT

            featuresBootAsynchronous=false
            """;

    @TempDir
    Path home;

    @BeforeEach
    void copyDistribution() throws Exception {
        assumeTrue(new File("/bin/sh").canExecute(), "needs a POSIX shell");
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("etc"));
        Files.copy(ASSEMBLY.resolve("bin/setenv"), home.resolve("bin/setenv"));
        Files.copy(ASSEMBLY.resolve("etc/users.properties"), home.resolve("etc/users.properties"));
        Files.writeString(home.resolve("etc/org.apache.karaf.features.cfg"), BOOT);
        // what bin/start does: name itself, then source setenv
        Files.writeString(home.resolve("bin/start"), "KARAF_SCRIPT=start\n. \"$(dirname \"$0\")/setenv\"\necho started\n");
    }

    @Test
    void withTheDemoOnNothingChanges() throws Exception {
        String users = read("etc/users.properties");
        Run run = start(Map.of());
        assertEquals(0, run.exit(), run.output());
        assertEquals(users, read("etc/users.properties"));
        assertEquals(BOOT, read("etc/org.apache.karaf.features.cfg"));
    }

    @Test
    void withoutAPasswordItRefusesToStartWithAdminAdmin() throws Exception {
        Run run = start(Map.of("PLANVERK_DEMO", "false"));
        assertEquals(78, run.exit(), run.output());
        assertFalse(run.output().contains("started"), run.output());
        assertTrue(run.output().contains("default password 'admin'") && run.output().contains("PLANVERK_ADMIN_PASSWORD"), run.output());
        assertTrue(read("data/log/karaf.log").contains("| ERROR | setenv | Planverk refuses to start"), read("data/log/karaf.log"));
        assertTrue(read("etc/users.properties").contains("admin = admin,"));
    }

    @Test
    void aPasswordOfAdminOrTooShortIsRefused() throws Exception {
        Run admin = start(Map.of("PLANVERK_DEMO", "false", "PLANVERK_ADMIN_PASSWORD", "admin"));
        assertEquals(78, admin.exit(), admin.output());
        Run shortOne = start(Map.of("PLANVERK_DEMO", "false", "PLANVERK_ADMIN_PASSWORD", "short"));
        assertEquals(78, shortOne.exit(), shortOne.output());
        assertTrue(read("etc/users.properties").contains("admin = admin,"));
    }

    @Test
    void thePasswordFromTheEnvironmentIsStoredHashedAndTheDemoLeaves() throws Exception {
        Run run = start(Map.of("PLANVERK_DEMO", "false", "PLANVERK_ADMIN_PASSWORD", "Fjord-og-fjell-2026"));
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("started"), run.output());
        assertAdminPassword("Fjord-og-fjell-2026");
        String users = read("etc/users.properties");
        for (String demo : new String[] {"planlegg", "einingsleiar", "koordinator", "lesar"}) {
            assertFalse(users.contains(demo + " ="), users);
        }
        assertTrue(users.contains("_g_\\:admingroup = group,admin"), users);
        String boot = read("etc/org.apache.karaf.features.cfg");
        assertFalse(boot.contains("planverk-demo"), boot);
        assertTrue(boot.contains("    config/4.4.10\n\nfeaturesBootAsynchronous=false"), boot);

        // the next start needs no password any more, and keeps the one set
        Run again = start(Map.of("PLANVERK_DEMO", "false"));
        assertEquals(0, again.exit(), again.output());
        assertAdminPassword("Fjord-og-fjell-2026");
    }

    @Test
    void thePasswordCanComeFromAFile() throws Exception {
        Path secret = Files.writeString(home.resolve("admin-password"), "Lang-hemmeleg-ord\n");
        Run run = start(Map.of("PLANVERK_DEMO", "false", "PLANVERK_ADMIN_PASSWORD_FILE", secret.toString()));
        assertEquals(0, run.exit(), run.output());
        assertAdminPassword("Lang-hemmeleg-ord");

        Files.writeString(home.resolve("etc/users.properties"), Files.readString(ASSEMBLY.resolve("etc/users.properties")));
        Run missing = start(Map.of("PLANVERK_DEMO", "false", "PLANVERK_ADMIN_PASSWORD_FILE", home.resolve("nowhere").toString()));
        assertEquals(78, missing.exit(), missing.output());
        assertTrue(missing.output().contains("cannot read PLANVERK_ADMIN_PASSWORD_FILE"), missing.output());
    }

    @Test
    void aDemoInTheMiddleOfTheBootListLeavesAValidList() throws Exception {
        Files.writeString(home.resolve("etc/org.apache.karaf.features.cfg"), BOOT.replace(
                "    planverk-demo/0.1.0.SNAPSHOT\n", "    planverk-demo/0.1.0.SNAPSHOT, \\\n    bundle/4.4.10\n"));
        Run run = start(Map.of("PLANVERK_DEMO", "false", "PLANVERK_ADMIN_PASSWORD", "Fjord-og-fjell-2026"));
        assertEquals(0, run.exit(), run.output());
        String boot = read("etc/org.apache.karaf.features.cfg");
        assertTrue(boot.contains("    config/4.4.10, \\\n    bundle/4.4.10\n"), boot);
    }

    /** As Karaf's PropertiesLoginModule checks it: SHA-256, hexadecimal (any case), between {CRYPT} markers. */
    private void assertAdminPassword(String password) throws Exception {
        String line = read("etc/users.properties").lines().filter(l -> l.startsWith("admin ")).findFirst().orElseThrow();
        String stored = line.replaceAll("^admin *= *\\{CRYPT}([0-9A-Fa-f]+)\\{CRYPT},.*$", "$1");
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8)));
        assertTrue(stored.equalsIgnoreCase(expected), line);
        assertTrue(line.endsWith(",_g_:admingroup"), line);
    }

    private String read(String file) throws Exception {
        return Files.readString(home.resolve(file));
    }

    record Run(int exit, String output) {
    }

    private Run start(Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", home.resolve("bin/start").toString()).redirectErrorStream(true);
        pb.environment().remove("PLANVERK_DEMO");
        pb.environment().remove("PLANVERK_ADMIN_PASSWORD");
        pb.environment().remove("PLANVERK_ADMIN_PASSWORD_FILE");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return new Run(p.exitValue(), out);
    }
}
