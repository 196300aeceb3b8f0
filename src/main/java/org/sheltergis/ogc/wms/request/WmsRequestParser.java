package org.sheltergis.ogc.wms.request;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.sheltergis.layers.LayerCatalog;
import org.sheltergis.layers.LayerDefinition;
import org.sheltergis.ogc.wms.WmsException;
import org.sheltergis.ogc.wms.WmsProperties;
import org.sheltergis.ogc.wms.WmsVersion;
import org.sheltergis.ogc.wms.styles.LayerStyle;
import org.sheltergis.ogc.wms.styles.StyleLibrary;
import org.sheltergis.security.CallerAccess;
import org.springframework.stereotype.Component;

/**
 * Turns key-value parameters into typed requests, checking each parameter and naming it in the exception. Knows
 * nothing about drawing or encoding. A restricted layer asked for by a caller who may not read it is
 * LayerNotDefined, the same answer as a name that does not exist.
 */
@Component
public class WmsRequestParser {

    private final LayerCatalog catalog;
    private final CallerAccess access;
    private final StyleLibrary styles;
    private final WmsProperties limits;

    public WmsRequestParser(LayerCatalog catalog, CallerAccess access, StyleLibrary styles, WmsProperties limits) {
        this.catalog = catalog;
        this.access = access;
        this.styles = styles;
        this.limits = limits;
    }

    public MapRequest map(Params p) {
        return map(p, true);
    }

    private MapRequest map(Params p, boolean needFormat) {
        WmsVersion version = WmsVersion.exact(p.get("VERSION", p.get("WMTVER")));
        List<LayerDefinition> layers = layers(p.required("LAYERS"), "LAYERS");
        List<LayerStyle> styled = styled(layers, p.get("STYLES"));
        String crsParam = version == WmsVersion.V1_3_0 ? "CRS" : "SRS";
        String crsText = p.get(crsParam, p.get(version == WmsVersion.V1_3_0 ? "SRS" : "CRS"));
        if (crsText == null) {
            throw WmsException.missing(crsParam);
        }
        Crs crs = Crs.find(crsText)
                .orElseThrow(() -> new WmsException(
                        WmsException.INVALID_CRS,
                        crsParam.toLowerCase(),
                        "The CRS '" + crsText + "' is not offered; use one of EPSG:4326, CRS:84, "
                                + "EPSG:4490, EPSG:3857, EPSG:4549."));
        Envelope bbox = bbox(p.required("BBOX"), crs, version);
        int width = size(p, "WIDTH", limits.maxWidth());
        int height = size(p, "HEIGHT", limits.maxHeight());
        ImageFormat format = ImageFormat.PNG;
        if (needFormat) {
            String f = p.required("FORMAT");
            format = ImageFormat.find(f)
                    .orElseThrow(() -> new WmsException(
                            WmsException.INVALID_FORMAT,
                            "format",
                            "The format '" + f
                                    + "' is not offered; use image/png, image/png; mode=8bit or image/jpeg."));
        }
        boolean transparent = bool(p.get("TRANSPARENT", "FALSE"), "TRANSPARENT");
        Color background = color(p.get("BGCOLOR", "0xFFFFFF"));
        return new MapRequest(
                version,
                styled,
                crs,
                bbox,
                width,
                height,
                format,
                transparent,
                background,
                ExceptionMode.of(p.get("EXCEPTIONS")),
                p.get("LANGUAGE", ""));
    }

    public FeatureInfoRequest featureInfo(Params p) {
        MapRequest map = map(p, false);
        List<LayerDefinition> query = layers(p.required("QUERY_LAYERS"), "QUERY_LAYERS");
        for (LayerDefinition q : query) {
            if (map.layers().stream().noneMatch(l -> l.layer().name().equals(q.name()))) {
                throw WmsException.invalid(
                        "QUERY_LAYERS", "The layer '" + q.name() + "' is in QUERY_LAYERS but not in LAYERS.");
            }
        }
        boolean v13 = map.version() == WmsVersion.V1_3_0;
        int i = pixel(p, v13 ? "I" : "X", v13 ? "X" : "I", map.width());
        int j = pixel(p, v13 ? "J" : "Y", v13 ? "Y" : "J", map.height());
        String infoText = v13 ? p.required("INFO_FORMAT") : p.get("INFO_FORMAT", "text/plain");
        InfoFormat info = InfoFormat.find(infoText)
                .orElseThrow(() -> new WmsException(
                        WmsException.INVALID_FORMAT,
                        "info_format",
                        "The info format '" + infoText + "' is not offered; use text/html, application/json, "
                                + "text/plain, application/vnd.ogc.gml or text/xml."));
        int count = 1;
        if (p.get("FEATURE_COUNT") != null && !p.get("FEATURE_COUNT").isBlank()) {
            count = p.requiredInt("FEATURE_COUNT");
            if (count < 1) {
                throw WmsException.invalid("FEATURE_COUNT", "FEATURE_COUNT must be at least 1.");
            }
            count = Math.min(count, 100);
        }
        return new FeatureInfoRequest(map, query, i, j, info, count);
    }

    public LegendRequest legend(Params p) {
        LayerDefinition layer = layers(p.required("LAYER"), "LAYER").get(0);
        LayerStyle styled = styled(List.of(layer), p.get("STYLE")).get(0);
        String f = p.get("FORMAT", "image/png");
        ImageFormat format = ImageFormat.find(f)
                .orElseThrow(() -> new WmsException(
                        WmsException.INVALID_FORMAT,
                        "format",
                        "The format '" + f + "' is not offered for legends; use image/png or image/jpeg."));
        int w = p.get("WIDTH", null) == null ? 20 : Math.min(size(p, "WIDTH", limits.maxWidth()), 256);
        int h = p.get("HEIGHT", null) == null ? 20 : Math.min(size(p, "HEIGHT", limits.maxHeight()), 256);
        Double scale = null;
        if (p.get("SCALE", null) != null) {
            try {
                scale = Double.valueOf(p.get("SCALE"));
            } catch (NumberFormatException e) {
                throw WmsException.invalid("SCALE", "SCALE must be a number.");
            }
        }
        String rule = p.get("RULE", null);
        if (rule != null && styled.style().rules().stream().noneMatch(r -> rule.equals(r.name()))) {
            throw WmsException.invalid(
                    "RULE", "The style " + styled.style().name() + " has no rule named '" + rule + "'.");
        }
        boolean transparent = bool(p.get("TRANSPARENT", "FALSE"), "TRANSPARENT");
        return new LegendRequest(styled, format, w, h, rule, scale, p.get("LANGUAGE", ""), transparent);
    }

    private List<LayerDefinition> layers(String text, String parameter) {
        List<LayerDefinition> out = new ArrayList<>();
        for (String name : text.split(",")) {
            String n = name.trim();
            if (n.isEmpty()) {
                throw WmsException.invalid(parameter, parameter + " holds an empty layer name.");
            }
            LayerDefinition layer = catalog.findReadable(n, access)
                    .orElseThrow(() -> new WmsException(
                            WmsException.LAYER_NOT_DEFINED,
                            parameter.toLowerCase(),
                            "There is no layer named '" + n + "'."));
            out.add(layer);
        }
        return out;
    }

    private List<LayerStyle> styled(List<LayerDefinition> layers, String stylesText) {
        String[] names = stylesText == null || stylesText.isBlank() ? new String[0] : stylesText.split(",", -1);
        if (names.length > 0 && names.length != layers.size()) {
            throw WmsException.invalid(
                    "STYLES",
                    "STYLES names " + names.length + " styles for " + layers.size()
                            + " layers; give one per layer (empty for the default) or none.");
        }
        List<LayerStyle> out = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            LayerDefinition layer = layers.get(i);
            String name = names.length == 0 ? "" : names[i].trim();
            out.add(new LayerStyle(
                    layer,
                    styles.find(layer, name)
                            .orElseThrow(() -> new WmsException(
                                    WmsException.STYLE_NOT_DEFINED,
                                    "styles",
                                    "The layer " + layer.name() + " has no style '" + name + "'; its styles are "
                                            + layer.styles() + "."))));
        }
        return out;
    }

    static Envelope bbox(String text, Crs crs, WmsVersion version) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw WmsException.invalid("BBOX", "BBOX must be four numbers minx,miny,maxx,maxy, got '" + text + "'.");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw WmsException.invalid("BBOX", "'" + parts[i].trim() + "' in BBOX is not a number.");
            }
            if (!Double.isFinite(v[i])) {
                throw WmsException.invalid("BBOX", "BBOX must hold finite numbers.");
            }
        }
        if (v[0] >= v[2] || v[1] >= v[3]) {
            throw WmsException.invalid("BBOX", "BBOX must have minimum below maximum on both axes.");
        }
        return crs.swapsAxes(version) ? new Envelope(v[1], v[3], v[0], v[2]) : new Envelope(v[0], v[2], v[1], v[3]);
    }

    private static int size(Params p, String name, int max) {
        int v = p.requiredInt(name);
        if (v < 1) {
            throw WmsException.invalid(name, name + " must be a positive number of pixels.");
        }
        if (v > max) {
            throw WmsException.invalid(
                    name, name + " " + v + " is larger than this service's limit of " + max + " pixels.");
        }
        return v;
    }

    private static int pixel(Params p, String name, String alternative, int limit) {
        String use = p.get(name) != null ? name : p.get(alternative) != null ? alternative : name;
        String text = p.get(use);
        if (text == null || text.isBlank()) {
            throw WmsException.missing(name);
        }
        int v;
        try {
            v = (int) Math.floor(Double.parseDouble(text.trim()));
        } catch (NumberFormatException e) {
            throw new WmsException(WmsException.INVALID_POINT, use.toLowerCase(), use + " must be a pixel number.");
        }
        if (v < 0 || v >= limit) {
            throw new WmsException(
                    WmsException.INVALID_POINT,
                    use.toLowerCase(),
                    use + " " + v + " lies outside the map (0.." + (limit - 1) + ").");
        }
        return v;
    }

    private static boolean bool(String text, String name) {
        return switch (text.trim().toUpperCase()) {
            case "TRUE" -> true;
            case "FALSE" -> false;
            default -> throw WmsException.invalid(name, name + " must be TRUE or FALSE.");
        };
    }

    public static Color color(String text) {
        String t = text.trim();
        String hex =
                t.startsWith("0x") || t.startsWith("0X") ? t.substring(2) : t.startsWith("#") ? t.substring(1) : null;
        if (hex != null && hex.length() == 6) {
            try {
                return new Color(Integer.parseInt(hex, 16));
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        throw WmsException.invalid("BGCOLOR", "BGCOLOR must be 0xRRGGBB, got '" + text + "'.");
    }
}
