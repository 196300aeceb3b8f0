package org.sheltergis.ogc.sld;

import java.awt.Color;
import java.util.List;
import java.util.Set;

/** The SLD 1.0 symbolizers the renderer draws. Colours carry their opacity in their alpha. */
public sealed interface Symbolizer {

    default void collectProperties(Set<String> into) {}

    record Fill(Color color) {}

    /** A stroke; {@code dash} is empty for a solid line; {@code join}/{@code cap} use the SVG names. */
    record Stroke(Color color, float width, float[] dash, String join, String cap) {}

    /** A well-known mark (square, circle, triangle, star, cross, x) of {@code size} pixels. */
    record Graphic(String mark, Fill fill, Stroke stroke, double size, double rotation) {}

    record Font(List<String> families, boolean bold, boolean italic, float size) {}

    record Halo(double radius, Fill fill) {}

    record PolygonSymbolizer(Fill fill, Stroke stroke) implements Symbolizer {}

    record LineSymbolizer(Stroke stroke) implements Symbolizer {}

    record PointSymbolizer(Graphic graphic) implements Symbolizer {}

    /**
     * A label at a point (anchor 0..1 of the label box, displacement in pixels) or along a line
     * ({@code linePlacement}).
     */
    record TextSymbolizer(
            Expression label,
            Font font,
            Fill fill,
            Halo halo,
            double anchorX,
            double anchorY,
            double displacementX,
            double displacementY,
            boolean linePlacement)
            implements Symbolizer {
        @Override
        public void collectProperties(Set<String> into) {
            label.collectProperties(into);
        }
    }
}
