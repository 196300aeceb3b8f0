package org.sheltergis.ogc.wms.capabilities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.sheltergis.layers.LayerCatalog;
import org.sheltergis.layers.LayerDefinition;
import org.sheltergis.ogc.sld.Style;
import org.sheltergis.ogc.wms.WmsProperties;
import org.sheltergis.ogc.wms.WmsVersion;
import org.sheltergis.ogc.wms.request.Crs;
import org.sheltergis.ogc.wms.styles.StyleLibrary;
import org.sheltergis.sample.SampleNotice;
import org.sheltergis.security.CallerAccess;
import org.springframework.stereotype.Component;

/** Assembles the capabilities: the layers the caller may see, their styles and their extents in every CRS. */
@Component
public class CapabilitiesService {

    private final LayerCatalog catalog;
    private final CallerAccess access;
    private final StyleLibrary styles;
    private final LayerExtents extents;
    private final WmsProperties properties;
    private final SampleNotice notice;

    CapabilitiesService(
            LayerCatalog catalog,
            CallerAccess access,
            StyleLibrary styles,
            LayerExtents extents,
            WmsProperties properties,
            SampleNotice notice) {
        this.notice = notice;
        this.catalog = catalog;
        this.access = access;
        this.styles = styles;
        this.extents = extents;
        this.properties = properties;
    }

    public String document(WmsVersion version, String baseUrl, String language, long serial) {
        List<CapabilitiesWriter.LayerEntry> entries = new ArrayList<>();
        Envelope all = new Envelope();
        for (LayerDefinition layer : catalog.listReadable(access)) {
            List<Style> layerStyles = layer.styles().stream()
                    .map(s -> styles.find(layer, s).orElseThrow())
                    .toList();
            Map<Crs, Envelope> boxes = extents.extents(layer, serial);
            all.expandToInclude(boxes.get(Crs.CRS84));
            entries.add(new CapabilitiesWriter.LayerEntry(layer, layerStyles, boxes));
        }
        Map<Crs, Envelope> overall = extents.inAllCrs(
                new org.sheltergis.layers.BoundingBox(all.getMinX(), all.getMinY(), all.getMaxX(), all.getMaxY()));
        String serviceAbstract = notice.describe(properties.abstractText(), false);
        return CapabilitiesWriter.write(new CapabilitiesWriter.Input(
                version, baseUrl, serial, language, properties, serviceAbstract, entries, overall));
    }
}
