package org.sheltergis.ogc.wms.request;

import java.awt.Color;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.sheltergis.ogc.wms.WmsVersion;
import org.sheltergis.ogc.wms.styles.LayerStyle;

/**
 * A parsed GetMap request. {@code bbox} is always easting/longitude as x and northing/latitude as y, whatever order
 * the request gave it in.
 */
public record MapRequest(
        WmsVersion version,
        List<LayerStyle> layers,
        Crs crs,
        Envelope bbox,
        int width,
        int height,
        ImageFormat format,
        boolean transparent,
        Color background,
        ExceptionMode exceptions,
        String language) {

    /** 0.28 mm, the "standardized rendering pixel size" of SLD/SE scale denominators. */
    static final double PIXEL_METRES = 0.00028;

    /** The scale denominator as SLD rules compare it. */
    public double scaleDenominator() {
        return bbox.getWidth() * crs.metresPerUnit() / (width * PIXEL_METRES);
    }

    /** One pixel in CRS units (horizontally). */
    public double pixelSize() {
        return bbox.getWidth() / width;
    }
}
