package org.sheltergis.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A program run to its end (a client such as ogr2ogr or gdalinfo, a script, a child JVM): its exit code and
 * everything it printed, standard error included. The one way the tests start a program that ends by itself; the
 * service as a process of its own is {@link ServiceProcess}.
 */
public record Command(int exit, String output) {

    private static final long TIMEOUT_SECONDS = 300;

    public static Command run(List<String> command) {
        return run(command, env -> {});
    }

    /** Runs {@code command} in the project directory, with the environment as {@code adjust} leaves it. */
    public static Command run(List<String> command, Consumer<Map<String, String>> adjust) {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        adjust.accept(pb.environment());
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + String.join(" ", command) + "\n" + out);
            }
            // Without the terminal colours of ./shelter's messages.
            return new Command(p.exitValue(), out.replaceAll("\u001b\\[[0-9;]*m", ""));
        } catch (IOException e) {
            throw new AssertionError("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Runs the program, which must succeed (exit 0; else the test fails with its output); returns what it printed. */
    public static String succeeding(String... command) {
        return succeeding(Map.of(), command);
    }

    /** As {@link #succeeding(String...)}, with these variables added to the environment. */
    public static String succeeding(Map<String, String> environment, String... command) {
        Command c = run(List.of(command), env -> env.putAll(environment));
        if (c.exit() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited with " + c.exit() + ":\n" + c.output());
        }
        return c.output();
    }

    public String lastLine() {
        String[] lines = output.strip().split("\n");
        return lines[lines.length - 1];
    }
}
