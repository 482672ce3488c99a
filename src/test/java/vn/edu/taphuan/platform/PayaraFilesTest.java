package vn.edu.taphuan.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edu.taphuan.testing.EnvFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The operations files shipped under payara/ mean what docs/operations.md says they mean. */
class PayaraFilesTest {

    static String read(String file) throws IOException {
        return Files.readString(Path.of("payara", file), StandardCharsets.UTF_8);
    }

    @Test
    void theShippedEnvFileParsesUnderSystemdsRulesIntoTheExpectedSettings() throws IOException {
        Map<String, String> env = EnvFile.parse(read("taphuan.env"));
        assertEquals(Set.of("TAPHUAN_DB_CLASS", "TAPHUAN_DB_HOST", "TAPHUAN_DB_PORT", "TAPHUAN_DB_NAME", "TAPHUAN_DB_USER",
                "TAPHUAN_DB_PASSWORD", "TAPHUAN_BASE_IRI", "TAPHUAN_PROXY_TRUSTED", "TAPHUAN_DEMO", "TAPHUAN_INSTANCE",
                "TAPHUAN_HTTP_ADDRESS", "TAPHUAN_HTTP_PORT", "TAPHUAN_CLUSTER_ADDRESS", "TAPHUAN_CLUSTER_MEMBERS", "TAPHUAN_CLUSTER_NAME", "TAPHUAN_HEAP"), env.keySet());
        assertEquals("10.0.0.20", env.get("TAPHUAN_DB_HOST"));
        assertEquals("5432", env.get("TAPHUAN_DB_PORT"));
        assertEquals("https://taphuan.example.gov.vn/", env.get("TAPHUAN_BASE_IRI"));
        assertEquals("10.0.0.10", env.get("TAPHUAN_PROXY_TRUSTED"));
        env.forEach((k, v) -> assertFalse(v.contains("#") || v.contains(" ") || v.isEmpty(), k + "=" + v));
        assertTrue(DeploymentSettings.baseIriProblem(env.get("TAPHUAN_BASE_IRI")).isEmpty());
        // every ${VAR} the unit uses is set by the file
        java.util.regex.Matcher used = java.util.regex.Pattern.compile("\\$\\{(\\w+)}").matcher(read("taphuan.service"));
        while (used.find()) {
            assertTrue(env.containsKey(used.group(1)), used.group(1) + " used by taphuan.service but not in taphuan.env");
        }
    }

    @Test
    void theParserFollowsSystemdWhereTheOldDocumentedExampleWentWrong() {
        // the example docs/operations.md had until issue 17: several assignments on a line and trailing comments
        Map<String, String> env = EnvFile.parse("""
                # comment
                TAPHUAN_DB_HOST=10.0.0.20  TAPHUAN_DB_PORT=5432  TAPHUAN_DB_NAME=taphuan
                TAPHUAN_BASE_IRI=https://taphuan.example.gov.vn/      # the public address
                  ; another comment
                QUOTED="a \\"b\\" c"
                ESCAPED=a\\ b\\\\
                LONG=one \\
                two
                """);
        assertEquals("10.0.0.20  TAPHUAN_DB_PORT=5432  TAPHUAN_DB_NAME=taphuan", env.get("TAPHUAN_DB_HOST"));
        assertFalse(env.containsKey("TAPHUAN_DB_PORT"));
        assertEquals("https://taphuan.example.gov.vn/      # the public address", env.get("TAPHUAN_BASE_IRI"));
        assertEquals("a \"b\" c", env.get("QUOTED"));
        assertEquals("one two", env.get("LONG"));
        assertEquals("a b\\", env.get("ESCAPED"));
        // and the service refuses both values instead of using them
        assertTrue(DeploymentSettings.baseIriProblem(env.get("TAPHUAN_BASE_IRI")).isPresent());
    }

    @Test
    void theScriptsAreValidBashAndExecutable() throws Exception {
        for (String script : List.of("run.sh", "cluster.sh", "backup.sh")) {
            Process p = new ProcessBuilder("bash", "-n", "payara/" + script).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), script + ": " + out);
            assertTrue(Files.isExecutable(Path.of("payara", script)), script + " is not executable");
        }
    }

    @Test
    void clusterShChecksWhatItNeedsBeforeItStartsOrStopsAnything(@TempDir Path dir) throws Exception {
        // no database password: refused before any instance, nginx or pid file exists
        Script start = Script.run(dir, Map.of(), "start");
        assertNotEquals(0, start.status(), start.output());
        assertTrue(start.output().contains("set TAPHUAN_DB_PASSWORD"), start.output());
        // an upgrade to a WAR that is not there: refused before the backup and before any instance is drained
        Script upgrade = Script.run(dir, Map.of("TAPHUAN_DB_PASSWORD", "x"), "upgrade", dir.resolve("next/taphuan.war").toString());
        assertEquals(1, upgrade.status(), upgrade.output());
        assertTrue(upgrade.output().contains("no such WAR"), upgrade.output());
        // an instance that does not exist
        Script stop = Script.run(dir, Map.of(), "stop", "C");
        assertEquals(2, stop.status(), stop.output());
        try (var left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "cluster.sh left files behind although it started nothing");
        }
    }

    @Test
    void anInstanceThatIgnoresTheStopSignalIsKilledNotLeftRunningWithoutItsPidFile(@TempDir Path dir) throws Exception {
        // a process that ignores SIGTERM, as a JVM stuck in its shutdown does, registered as instance A
        Process stubborn = new ProcessBuilder("bash", "-c", "trap '' TERM; while true; do sleep 0.2; done").start();
        try {
            Files.writeString(dir.resolve("A.pid"), String.valueOf(stubborn.pid()));
            Script stop = Script.run(dir, Map.of("STOP_SECONDS", "2"), "stop", "A");
            assertEquals(0, stop.status(), stop.output());
            assertTrue(stubborn.waitFor(10, java.util.concurrent.TimeUnit.SECONDS), "instance A still runs after cluster.sh stop A");
            assertTrue(stop.output().contains("kill -9"), stop.output());
            assertFalse(Files.exists(dir.resolve("A.pid")));
        } finally {
            stubborn.destroyForcibly();
        }
    }

    /** payara/cluster.sh run with CLUSTER_DIR in a scratch folder, without the caller's database password. */
    record Script(int status, String output) {
        static Script run(Path clusterDir, Map<String, String> env, String... args) throws Exception {
            List<String> command = new java.util.ArrayList<>(List.of("bash", "payara/cluster.sh"));
            command.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().remove("TAPHUAN_DB_PASSWORD");
            pb.environment().put("CLUSTER_DIR", clusterDir.toString());
            pb.environment().putAll(env);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "cluster.sh " + command);
            return new Script(p.exitValue(), out);
        }
    }

    @Test
    void anInstanceBootsWithTheCommonPreBootLinesPlusTheListenerRules() throws IOException {
        List<String> common = read("pre-boot-commands.txt").lines().filter(l -> l.startsWith("set ")).toList();
        List<String> instance = read("pre-boot-instance.txt").lines().filter(l -> l.startsWith("set ")).toList();
        assertTrue(instance.containsAll(common), "pre-boot-instance.txt lacks lines of pre-boot-commands.txt");
        assertTrue(instance.stream().anyMatch(l -> l.endsWith("http-listener.enabled=false")));
        assertTrue(instance.stream().anyMatch(l -> l.endsWith("http-listener.address=${taphuan.http.address}")));
        assertTrue(read("post-deploy-commands.txt").lines().anyMatch(l -> l.endsWith("http-listener.enabled=true")));
        for (String script : List.of("cluster.sh", "taphuan.service")) {
            String text = read(script);
            assertTrue(text.contains("pre-boot-instance.txt") && text.contains("post-deploy-commands.txt")
                    && text.contains("hazelcast.socket.bind.any=false") && text.contains("--rootdir"), script);
        }
    }
}
