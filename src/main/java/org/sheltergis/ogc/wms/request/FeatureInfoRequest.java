package org.sheltergis.ogc.wms.request;

import java.util.List;
import org.sheltergis.layers.LayerDefinition;

/** A parsed GetFeatureInfo request: the map it refers to, the layers queried and the pixel asked about. */
public record FeatureInfoRequest(
        MapRequest map, List<LayerDefinition> queryLayers, int i, int j, InfoFormat infoFormat, int featureCount) {}
