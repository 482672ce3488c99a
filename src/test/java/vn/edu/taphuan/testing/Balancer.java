package vn.edu.taphuan.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * nginx in front of two instances, with the load balancer configuration we ship ({@code payara/nginx.conf}, its
 * placeholders filled in as payara/cluster.sh does), as a child process of the test ({@code daemon off}).
 */
public final class Balancer {
    private final Path dir;
    private final int port;
    private final int instanceA;
    private final int instanceB;
    private Process process;

    private Balancer(Path dir, int port, int instanceA, int instanceB) {
        this.dir = dir;
        this.port = port;
        this.instanceA = instanceA;
        this.instanceB = instanceB;
    }

    /** The nginx binary, when the machine has one. */
    public static Optional<Path> nginx() {
        for (String candidate : List.of("/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx", "/usr/local/bin/nginx")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Optional.of(Path.of(candidate));
            }
        }
        return Optional.empty();
    }

    public static Balancer start(Path nginx, Path dir, int port, int instanceA, int instanceB) {
        Balancer b = new Balancer(dir, port, instanceA, instanceB);
        try {
            Files.createDirectories(dir.resolve("logs"));
            Path tmp = Files.createDirectories(dir.resolve("tmp"));
            // workers drop root to "nobody" and buffer request bodies here
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxrwxrwx"));
            b.configure(0);
            b.process = new ProcessBuilder(nginx.toString(), "-p", dir + "/", "-c", "nginx.conf", "-e", "logs/error.log",
                    "-g", "daemon off;").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("nginx.out").toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServiceProcess.awaitAnswer(b.process, b.url(), "health/ready", Duration.ofSeconds(20), "nginx", dir.resolve("logs/error.log"));
        return b;
    }

    /** Writes the configuration with {@code drained} (an instance's port, or 0 for none) marked "down", as cluster.sh does. */
    private void configure(int drained) throws IOException {
        String conf = Files.readString(Path.of("payara", "nginx.conf"), StandardCharsets.UTF_8)
                .replace("LB_A", String.valueOf(instanceA)).replace("LB_B", String.valueOf(instanceB))
                .replace("LB_PORT", String.valueOf(port))
                .replace("DOWN_A", drained == instanceA ? "down" : "").replace("DOWN_B", drained == instanceB ? "down" : "");
        Files.writeString(dir.resolve("nginx.conf"), conf, StandardCharsets.UTF_8);
    }

    /**
     * Sends no new request to the instance on {@code instancePort} (payara/cluster.sh's drain): nginx reloads its
     * configuration, its old worker finishes the requests already in flight, then exits.
     */
    public void drain(int instancePort) {
        reload(instancePort);
    }

    /** Every instance receives requests again. */
    public void restore() {
        reload(0);
    }

    private void reload(int drained) {
        try {
            configure(drained);
            new ProcessBuilder("kill", "-HUP", String.valueOf(process.pid())).start().waitFor(10, TimeUnit.SECONDS);
            // done when the old worker has finished its requests and gone (worker_processes 1: one child again)
            ServiceProcess.sleep(1000);
            ServiceProcess.await("nginx reloaded", Duration.ofSeconds(30), () -> process.toHandle().children().count() <= 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URL url() {
        return ServiceProcess.local(port);
    }

    public void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }
}
