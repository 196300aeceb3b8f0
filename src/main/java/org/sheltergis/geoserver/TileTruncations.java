package org.sheltergis.geoserver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sheltergis.layers.LayerCatalog;
import org.sheltergis.layers.LayerDefinition;

/**
 * The GeoWebCache requests that refresh the tiles one committed change touched: for every affected cached layer (the
 * public layers whose views read a changed table, and the map group) and every grid, a mass truncation of the changed
 * box ({@code truncateExtent}: all formats and all style parameters of that grid), or of the whole layer
 * ({@code truncateLayer}) when the change has no box.
 */
final class TileTruncations {

    static final String PATH = "/gwc/rest/masstruncate";

    /** A change as the outbox holds it: the box in EPSG:4326 and in Web Mercator, null for the whole layer. */
    record Change(List<String> views, double[] lonLat, double[] webMercator) {}

    private TileTruncations() {}

    /** The cached layers a change of these public views touches, workspace-qualified, in catalog order. */
    static List<String> layers(LayerCatalog catalog, GeoServerProperties p, List<String> views) {
        List<String> names = new ArrayList<>();
        for (LayerDefinition l : catalog.listLayers()) {
            if (l.isPublic() && views.contains(l.relation())) {
                names.add(p.publicWorkspace() + ":" + l.name());
            }
        }
        if (!names.isEmpty()) {
            names.add(p.publicWorkspace() + ":" + p.layerGroup());
        }
        return names;
    }

    static List<Request> requests(List<String> layers, Change change) {
        List<Request> out = new ArrayList<>();
        for (String layer : layers) {
            if (change.lonLat() == null) {
                out.add(request(
                        "truncateLayer", layer, "<truncateLayer><layerName>" + layer + "</layerName></truncateLayer>"));
                continue;
            }
            for (String grid : TileTruncationProperties.GRIDSETS) {
                double[] b = grid.equals("EPSG:4326") ? change.lonLat() : change.webMercator();
                out.add(request(
                        "truncateExtent",
                        layer,
                        "<truncateExtent><layerName>" + layer + "</layerName>"
                                + "<bounds><coords>" + d(b[0]) + d(b[1]) + d(b[2]) + d(b[3]) + "</coords></bounds>"
                                + "<gridSetId>" + grid + "</gridSetId></truncateExtent>"));
            }
        }
        return out;
    }

    private static Request request(String type, String layer, String body) {
        // GeoWebCache reads the request from the XML body; gwcmasstruncate.yaml declares its type and layer as query
        // parameters (requestType is required there), so both are sent.
        return new Request("POST", PATH + "?requestType=" + type + "&layer=" + layer, "text/xml", body);
    }

    private static String d(double v) {
        return "<double>" + String.format(Locale.ROOT, "%.7f", v) + "</double>";
    }
}
