package org.sheltergis.ogc.wms.styles;

import org.sheltergis.layers.LayerDefinition;
import org.sheltergis.ogc.sld.Style;

/** A layer of a request with the style it is drawn in. */
public record LayerStyle(LayerDefinition layer, Style style) {}
