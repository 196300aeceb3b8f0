package org.sheltergis.layers;

import java.util.List;
import java.util.regex.Pattern;
import org.sheltergis.security.CallerAccess;

/**
 * A published layer, declared once: the REST API, WMS, OGC API Features, the map legend and the GeoServer publication
 * all read it. The layer reads the view {@code access.schema().relation}; its id column is {@code id} and its geometry
 * column {@code geom} (EPSG:4326).
 *
 * @param styles the SLD style names (files {@code geoserver/styles/<name>.sld}); the first is the default
 */
public record LayerDefinition(
        String name,
        String titleZh,
        String titleEn,
        String abstractZh,
        String abstractEn,
        Access access,
        String relation,
        GeometryKind geometry,
        List<Attribute> attributes,
        List<String> styles)
        implements CallerAccess.Layer {

    public static final String ID_COLUMN = "id";
    public static final String GEOMETRY_COLUMN = "geom";
    public static final int SRID = 4326;
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]*");

    public LayerDefinition {
        for (String identifier : List.of(name, relation)) {
            if (!IDENTIFIER.matcher(identifier).matches()) {
                throw new IllegalArgumentException("not a plain identifier: " + identifier);
            }
        }
        attributes.forEach(a -> {
            if (!IDENTIFIER.matcher(a.name()).matches()) {
                throw new IllegalArgumentException("not a plain identifier: " + a.name());
            }
        });
        if (styles.isEmpty()) {
            throw new IllegalArgumentException("layer " + name + " needs at least one style");
        }
        attributes = List.copyOf(attributes);
        styles = List.copyOf(styles);
    }

    /** The schema-qualified, quoted view name, safe to put in SQL (it only ever comes from this catalog). */
    public String qualifiedRelation() {
        return '"' + access.schema() + "\".\"" + relation + '"';
    }

    @Override
    public boolean isPublic() {
        return access == Access.PUBLIC;
    }

    public String defaultStyle() {
        return styles.get(0);
    }
}
