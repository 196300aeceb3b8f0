package org.sheltergis.install;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** A program run to its end, for the tests of the scripts and deployment files: its exit code and output. */
record Command(int exit, String output) {

    static Command run(List<String> command) {
        return run(command, env -> {});
    }

    /** Runs {@code command} in the project directory, with the environment as {@code adjust} leaves it. */
    static Command run(List<String> command, Consumer<Map<String, String>> adjust) {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        adjust.accept(pb.environment());
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
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

    String lastLine() {
        String[] lines = output.strip().split("\n");
        return lines[lines.length - 1];
    }
}
