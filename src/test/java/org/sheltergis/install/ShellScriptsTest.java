package org.sheltergis.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sheltergis.support.Command;

/** The scripts a new user and CI run are checked by shellcheck: any finding (info level up) fails the build. */
class ShellScriptsTest {

    static final List<String> SCRIPTS = List.of("shelter", ".ci/run", ".ci/fresh-machine");

    @Test
    void shellcheckFindsNothing() {
        List<String> command = new ArrayList<>(List.of("shellcheck", "--severity=info", "--format=gcc"));
        command.addAll(SCRIPTS);
        Command check = Command.run(command);
        assertThat(check.output()).isEmpty();
        assertThat(check.exit()).isZero();
    }

    @Test
    void shellcheckWouldCatchAMistake() throws Exception {
        // The check above is not vacuous: the same call reports an unquoted variable in a script.
        var bad = java.nio.file.Files.createTempFile("bad", ".sh");
        java.nio.file.Files.writeString(bad, "#!/usr/bin/env bash\nrm -rf $1/build\n");
        Command check = Command.run(List.of("shellcheck", "--severity=info", "--format=gcc", bad.toString()));
        assertThat(check.exit()).isNotZero();
        assertThat(check.output()).contains("SC2086");
        java.nio.file.Files.delete(bad);
    }
}
