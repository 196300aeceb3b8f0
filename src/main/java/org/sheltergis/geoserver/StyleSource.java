package org.sheltergis.geoserver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The SLD bodies of the catalog's styles: {@code <directory>/<style>.sld} (geoserver/styles in a checkout), else the
 * copy packed in the jar at {@code styles/<style>.sld}. One style source for GeoServer and the embedded WMS.
 */
final class StyleSource {

    private final Function<String, Optional<String>> lookup;

    private StyleSource(Function<String, Optional<String>> lookup) {
        this.lookup = lookup;
    }

    static StyleSource directoryThenClasspath(Path directory) {
        return new StyleSource(name -> file(directory.resolve(name + ".sld")).or(() -> classpath(name)));
    }

    static StyleSource directory(Path directory) {
        return new StyleSource(name -> file(directory.resolve(name + ".sld")));
    }

    /** For tests: bodies made by a function. */
    static StyleSource of(Function<String, String> bodies) {
        return new StyleSource(name -> Optional.ofNullable(bodies.apply(name)));
    }

    Optional<String> find(String style) {
        return lookup.apply(style);
    }

    String get(String style) {
        return find(style).orElseThrow(() -> new IllegalStateException("no SLD file for style " + style));
    }

    List<String> missing(List<String> styles) {
        return styles.stream().filter(s -> find(s).isEmpty()).toList();
    }

    private static Optional<String> file(Path path) {
        try {
            return Files.isRegularFile(path)
                    ? Optional.of(Files.readString(path, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static Optional<String> classpath(String style) {
        try (InputStream in = StyleSource.class.getClassLoader().getResourceAsStream("styles/" + style + ".sld")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read styles/" + style + ".sld", e);
        }
    }
}
