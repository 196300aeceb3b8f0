package org.sheltergis.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the service's main class in a child JVM on the test classpath, as {@code java -jar} would (a command or a
 * start), and keeps everything it printed. For what only a whole process shows: exit codes, stack traces, log lines.
 */
public final class JavaProcess {

    public record Result(int exit, String output) {
        /** Lines of a Java stack trace ("\tat ...", "Caused by: ..."). */
        public List<String> traceLines() {
            return output.lines()
                    .filter(l -> l.startsWith("\tat ")
                            || l.startsWith("Caused by:")
                            || l.matches("\\s+\\.\\.\\. \\d+ (common frames )?omitted"))
                    .toList();
        }
    }

    private JavaProcess() {}

    /**
     * Runs {@code org.sheltergis.ShelterApplication} with the arguments; {@code env} is added to this process's
     * environment (the database settings ./shelter test exported are inherited).
     */
    public static Result run(Map<String, String> env, List<String> args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "org.sheltergis.ShelterApplication"));
        command.addAll(args);
        Command c = Command.run(command, environment -> environment.putAll(env));
        return new Result(c.exit(), c.output());
    }
}
