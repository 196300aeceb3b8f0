package org.sheltergis.common;

import java.util.Arrays;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/** Dispatches the jar's first argument to the matching {@link CommandLine} bean and keeps its exit code. */
@Component
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

    private final List<CommandLine> commands;
    private int exitCode;

    CommandRunner(List<CommandLine> commands) {
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments args) {
        CommandLine.commandWord(args).ifPresent(word -> {
            String[] raw = args.getSourceArgs();
            List<String> rest = Arrays.asList(raw).subList(1, raw.length);
            CommandLine command = commands.stream()
                    .filter(c -> c.name().equals(word))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no command " + word));
            exitCode = command.run(rest);
        });
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
