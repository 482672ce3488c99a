package vn.edu.taphuan.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * The service as a separate operating-system process ({@code java -jar payara-micro.jar --deploy …}), for tests
 * that must stop, restart or kill it: forwarding to a second instance, {@code kill -9} in the middle of writes.
 * Its database is a folder, so a restart finds the data again.
 */
public final class ServiceProcess {
    private final String name;
    private File war;
    private final Path dataDir;
    private final int port;
    private final Map<String, String> properties;
    // alone: no Hazelcast at all (--nocluster would still boot a local member), as payara/run.sh
    private List<String> clustering = List.of("--nohazelcast");
    private Process process;

    public ServiceProcess(String name, File war, Path dataDir, int port, Map<String, String> properties) {
        this.name = name;
        this.war = war;
        this.dataDir = dataDir;
        this.port = port;
        this.properties = properties;
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URL url() {
        return local(port);
    }

    /** {@code http://localhost:port/} */
    static URL local(int port) {
        try {
            return URI.create("http://localhost:" + port + "/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return port;
    }

    /**
     * Joins a Hazelcast cluster (TCP/IP discovery on loopback) instead of running alone, as payara/cluster.sh does:
     * this instance listens for the cluster on {@code clusterPort}, and {@code members} lists every member's port.
     */
    public ServiceProcess clustered(String clusterName, int clusterPort, int... members) {
        String list = Arrays.stream(members).mapToObj(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
        clustering = List.of("--name", name, "--clustername", clusterName, "--clustermode", "tcpip:" + list,
                "--startport", String.valueOf(clusterPort), "--interfaces", "127.0.0.1");
        return this;
    }

    /** The WAR the next {@link #start} deploys (an upgrade: stop, {@code war(newer)}, start). */
    public ServiceProcess war(File newer) {
        this.war = newer;
        return this;
    }

    public Path log() {
        return dataDir.resolve(name + ".log");
    }

    /** Starts the process; {@link #awaitReady} waits for it. */
    public ServiceProcess start() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Xmx512m", "-XX:+UseSerialGC",
                "-Dderby.system.home=" + dataDir, "-Dderby.stream.error.file=" + dataDir.resolve("derby.log"),
                "-Dtaphuan.data.dir=" + dataDir, "-Dtaphuan.base.iri=http://localhost:" + port + "/",
                // as payara/cluster.sh: HTTP and Hazelcast on loopback only, Payara's runtime folder inside the data folder
                "-Dtaphuan.http.address=127.0.0.1", "-Dhazelcast.socket.bind.any=false"));
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", System.getProperty("payara.microJar", "target/payara-micro.jar")));
        command.addAll(clustering);
        Path root = dataDir.resolve("payara-root");
        command.addAll(List.of("--disablephonehome", "--port", String.valueOf(port), "--contextroot", "/", "--rootdir", root.toString(),
                "--prebootcommandfile", "payara/pre-boot-instance.txt", "--postdeploycommandfile", "payara/post-deploy-commands.txt",
                "--deploy", war.getAbsolutePath()));
        try {
            deleteTree(root);
            Files.createDirectories(root);
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve(name + ".log").toFile())).start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the LRS answers (the application is deployed and migrated). */
    public ServiceProcess awaitReady(Duration timeout) {
        awaitAnswer(process, url(), "xapi/about", timeout, name, log());
        return this;
    }

    /** Waits until {@code path} under {@code base} answers 200, as long as {@code process} lives. */
    static void awaitAnswer(Process process, URL base, String path, Duration timeout, String who, Path log) {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException(who + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpURLConnection c = (HttpURLConnection) new URL(base, path).openConnection();
                c.setConnectTimeout(1000);
                c.setReadTimeout(5000);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            sleep(250);
        }
        throw new IllegalStateException(who + " did not answer within " + timeout + "; see " + log);
    }

    /** An orderly stop (SIGTERM), as an operator would do. */
    public void stop() {
        end(false);
    }

    /** {@code kill -9}: no shutdown hooks, no flushing, nothing. */
    public void kill() {
        end(true);
    }

    private void end(boolean forcibly) {
        if (process == null) {
            return;
        }
        ProcessHandle handle = process.toHandle();
        if (forcibly) {
            handle.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        } else {
            process.destroy();
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Polls until {@code done}; fails the test after {@code timeout}. */
    public static void await(String what, Duration timeout, BooleanSupplier done) {
        long until = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out waiting until " + what);
            }
            sleep(250);
        }
    }

    /** Deletes a test's folder of data directories from an earlier run. */
    public static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
