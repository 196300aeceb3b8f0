package org.sheltergis.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.core.env.Environment;

/**
 * The service as a child process on a free port of 127.0.0.1, on the test's database (the datasource settings are
 * those the test context resolved, passwords through the environment), with the JVM options a test needs (e.g. a
 * small heap). Its output goes to a log file under target/ the test can read. Runs the test's own classes, so it is the
 * code under test even before the jar is packaged.
 */
public final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private ServiceProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the service and waits (up to {@code startup}) until its health endpoint answers. */
    public static ServiceProcess start(Environment env, String name, List<String> jvmOptions, Duration startup) {
        int port = freePort();
        Path log = Path.of("target", name + "-" + port + ".log").toAbsolutePath();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Djava.awt.headless=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.sheltergis.ShelterApplication");
        command.add("--server.address=127.0.0.1");
        command.add("--server.port=" + port);
        command.add("--spring.datasource.url=" + env.getRequiredProperty("spring.datasource.url"));
        command.add("--spring.datasource.username=" + env.getRequiredProperty("spring.datasource.username"));
        command.add("--shelter.public-datasource.username="
                + env.getRequiredProperty("shelter.public-datasource.username"));
        String publicUrl = env.getProperty("shelter.public-datasource.url");
        if (publicUrl != null && !publicUrl.isBlank()) {
            command.add("--shelter.public-datasource.url=" + publicUrl);
        }
        command.add("--shelter.mode=production");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", env.getProperty("spring.datasource.password", ""));
        builder.environment()
                .put("SHELTER_PUBLIC_DATASOURCE_PASSWORD", env.getProperty("shelter.public-datasource.password", ""));
        builder.environment().remove("SPRING_APPLICATION_JSON");
        try {
            Files.createDirectories(log.getParent());
            ServiceProcess service = new ServiceProcess(builder.start(), log, port);
            service.awaitHealthy(startup);
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Everything the service has written so far. */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitHealthy(Duration startup) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            Await.until("the service's health check to answer 200", startup, () -> healthStatus(client), s -> s == 200);
        } catch (AssertionError | RuntimeException e) {
            close();
            throw new IllegalStateException(e.getMessage() + ":\n" + tail(), e);
        }
    }

    /** The health check's status now; 0 while nothing listens. Throws when the process has ended. */
    private int healthStatus(HttpClient client) {
        if (!process.isAlive()) {
            throw new IllegalStateException("the service exited (" + process.exitValue() + ")");
        }
        try {
            return client.send(
                            HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException notYet) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the service started", e);
        }
    }

    private String tail() {
        String text = log();
        return text.substring(Math.max(0, text.length() - 4000));
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
