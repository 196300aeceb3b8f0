package org.sheltergis.ogc.wms.styles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sheltergis.layers.LayerCatalog;
import org.sheltergis.layers.LayerDefinition;
import org.sheltergis.ogc.sld.SldException;
import org.sheltergis.ogc.sld.SldReader;
import org.sheltergis.ogc.sld.Style;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The SLD styles of every catalog layer, read once at start-up from classpath {@code styles/} (the build copies
 * geoserver/styles there, the same files GeoServer is given). A missing or unreadable style stops the start.
 */
@Component
public class StyleLibrary {

    private final Map<String, Style> styles = new HashMap<>();

    public StyleLibrary(LayerCatalog catalog) {
        for (LayerDefinition layer : catalog.listLayers()) {
            for (String name : layer.styles()) {
                styles.computeIfAbsent(name, StyleLibrary::load);
            }
        }
    }

    static Style load(String name) {
        var resource = new ClassPathResource("styles/" + name + ".sld");
        try (InputStream in = resource.getInputStream()) {
            Style style = SldReader.read(in);
            return new Style(name, style.title(), style.abstractText(), style.featureTypeStyles());
        } catch (IOException e) {
            throw new UncheckedIOException("missing style file styles/" + name + ".sld", e);
        } catch (SldException e) {
            throw new IllegalStateException("style " + name + ": " + e.getMessage(), e);
        }
    }

    /** The style of that name with the catalog layer it belongs to (the first such layer), if any. */
    Optional<LayerStyle> byName(LayerCatalog catalog, String name) {
        Style style = styles.get(name);
        if (style == null) {
            return Optional.empty();
        }
        return catalog.listLayers().stream()
                .filter(l -> l.styles().contains(name))
                .findFirst()
                .map(layer -> new LayerStyle(layer, style));
    }

    /** The layer's style of that name (one of the layer's own styles), or its default style for a blank name. */
    public Optional<Style> find(LayerDefinition layer, String name) {
        String wanted =
                name == null || name.isBlank() || name.equalsIgnoreCase("default") ? layer.defaultStyle() : name.trim();
        return layer.styles().contains(wanted) ? Optional.of(styles.get(wanted)) : Optional.empty();
    }
}
