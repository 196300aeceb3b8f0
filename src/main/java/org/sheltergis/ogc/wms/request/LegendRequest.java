package org.sheltergis.ogc.wms.request;

import org.sheltergis.ogc.wms.styles.LayerStyle;

/**
 * A parsed GetLegendGraphic request. {@code rule} (optional) draws one rule's symbol alone; {@code scale} (optional)
 * leaves out rules that do not apply at that scale denominator.
 */
public record LegendRequest(
        LayerStyle layer,
        ImageFormat format,
        int symbolWidth,
        int symbolHeight,
        String rule,
        Double scale,
        String language,
        boolean transparent) {}
