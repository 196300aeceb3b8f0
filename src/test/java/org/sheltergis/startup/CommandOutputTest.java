package org.sheltergis.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sheltergis.support.IntegrationTest;
import org.sheltergis.support.JavaProcess;

/**
 * The jar's commands end with their own message and exit code, never a stack trace: a warm-up thread of the web
 * service used to race a command's shutdown and die with "Socket closed". Run as child processes against the test
 * database (holding the sample, loaded by the shared context), as ./shelter runs them.
 */
@IntegrationTest
class CommandOutputTest {

    @Test
    void sampleIntoAFullRegisterIsRefusedWithoutATrace() {
        JavaProcess.Result run = JavaProcess.run(Map.of(), List.of("sample", "--scale", "1"));

        assertThat(run.exit()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("the register already holds data; add --replace");
        assertThat(run.traceLines()).as(run.output()).isEmpty();
        assertThat(run.output()).doesNotContain("Socket closed").doesNotContain("Exception");
    }

    @Test
    void aFailedImportEndsWithoutATrace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("works.geojson");
        Files.writeString(file, """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"x"},
                 "geometry":{"type":"Point","coordinates":[0,0]}}]}""");

        JavaProcess.Result run = JavaProcess.run(Map.of(), List.of("import", file.toString(), "--layer", "works"));

        assertThat(run.exit()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("feature");
        assertThat(run.traceLines()).as(run.output()).isEmpty();
        assertThat(run.output()).doesNotContain("Socket closed");
    }
}
