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
    private Process process;

    private Balancer(Path dir, int port) {
        this.dir = dir;
        this.port = port;
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
        Balancer b = new Balancer(dir, port);
        try {
            Files.createDirectories(dir.resolve("logs"));
            Path tmp = Files.createDirectories(dir.resolve("tmp"));
            // workers drop root to "nobody" and buffer request bodies here
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxrwxrwx"));
            String conf = Files.readString(Path.of("payara", "nginx.conf"), StandardCharsets.UTF_8)
                    .replace("LB_A", String.valueOf(instanceA)).replace("LB_B", String.valueOf(instanceB))
                    .replace("LB_PORT", String.valueOf(port));
            Files.writeString(dir.resolve("nginx.conf"), conf, StandardCharsets.UTF_8);
            b.process = new ProcessBuilder(nginx.toString(), "-p", dir + "/", "-c", "nginx.conf", "-e", "logs/error.log",
                    "-g", "daemon off;").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("nginx.out").toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServiceProcess.awaitAnswer(b.process, b.url(), "health/ready", Duration.ofSeconds(20), "nginx", dir.resolve("logs/error.log"));
        return b;
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
