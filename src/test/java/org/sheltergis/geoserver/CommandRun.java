package org.sheltergis.geoserver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sheltergis.layers.LayerCatalog;
import org.springframework.mock.env.MockEnvironment;

/** Runs the geoserver command as the jar would, with a given environment, capturing what it prints. */
final class CommandRun {

    static final Map<String, String> ENV = Map.of(
            GeoServerCommand.ENV_PASSWORD, "geoserver-secret",
            GeoServerCommand.ENV_PUB_DB, "pub-db-secret",
            GeoServerCommand.ENV_STAFF_DB, "staff-db-secret");

    final int exit;
    final String out;
    final String err;

    private CommandRun(int exit, String out, String err) {
        this.exit = exit;
        this.out = out;
        this.err = err;
    }

    static CommandRun run(Map<String, String> env, String... args) {
        var environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.internal:5432/shelter");
        var command = new GeoServerCommand(
                new LayerCatalog(), GeoServerProperties.defaults(), environment, TestBodies.JSON, env::get);
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        command.out = new PrintStream(out, true, StandardCharsets.UTF_8);
        command.err = new PrintStream(err, true, StandardCharsets.UTF_8);
        int exit = command.run(new ArrayList<>(Arrays.asList(args)));
        return new CommandRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Throwaway minimal SLD 1.0 files, one per catalog style, so these tests do not wait for the real ones. */
    static Path minimalStyles(Path dir) {
        try {
            for (var layer : new LayerCatalog().listLayers()) {
                for (String style : layer.styles()) {
                    Files.writeString(dir.resolve(style + ".sld"), minimalSld(style), StandardCharsets.UTF_8);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String minimalSld(String name) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld">
                  <NamedLayer><Name>%s</Name><UserStyle><Name>%s</Name><FeatureTypeStyle><Rule>
                    <PointSymbolizer><Graphic><Mark><WellKnownName>circle</WellKnownName></Mark></Graphic></PointSymbolizer>
                  </Rule></FeatureTypeStyle></UserStyle></NamedLayer>
                </StyledLayerDescriptor>
                """.formatted(name, name);
    }

    static List<String> fileLines(String resource) {
        try (var in = CommandRun.class.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
