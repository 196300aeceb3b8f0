package org.sheltergis.ogc.wms.styles;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sheltergis.ogc.sld.Expression;
import org.sheltergis.ogc.sld.Filter;
import org.sheltergis.ogc.sld.Rule;
import org.sheltergis.ogc.sld.Symbolizer;
import org.sheltergis.ogc.wms.Bilingual;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A style's rules as a page needs them to draw and explain a layer like the WMS does: bilingual titles, a readable
 * filter, and for a filter of the form {@code property = literal} the property and value (so a page can pick the rule
 * for a feature), the scale range, and each symbolizer's colours ({@code #RRGGBB} with the opacity apart).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record StyleLegend(String name, String layer, Map<String, String> title, List<LegendRule> rules) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record LegendRule(
            String name,
            Map<String, String> title,
            String filter,
            String property,
            String value,
            boolean elseFilter,
            Double minScale,
            Double maxScale,
            List<Symbol> symbolizers) {}

    /** One symbolizer: {@code kind} polygon, line, point or text; absent parts are null. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Symbol(
            String kind,
            String fill,
            Double fillOpacity,
            String stroke,
            Double strokeOpacity,
            Double strokeWidth,
            List<Double> dash,
            String mark,
            Double size) {}

    static StyleLegend of(LayerStyle ls) {
        List<LegendRule> rules =
                ls.style().rules().stream().map(StyleLegend::rule).toList();
        return new StyleLegend(
                ls.style().name(), ls.layer().name(), bilingual(ls.style().title()), rules);
    }

    private static LegendRule rule(Rule r) {
        String property = null;
        String value = null;
        if (r.filter() instanceof Filter.Comparison c
                && c.op() == Filter.Operator.EQUAL
                && c.left() instanceof Expression.Property p
                && c.right() instanceof Expression.Literal l) {
            property = p.name();
            value = l.value();
        }
        List<Symbol> symbols = new ArrayList<>();
        for (Symbolizer s : r.symbolizers()) {
            symbols.add(symbol(s));
        }
        return new LegendRule(
                r.name(),
                bilingual(r.title()),
                r.elseFilter() ? null : FilterText.of(r.filter()),
                property,
                value,
                r.elseFilter(),
                r.minScale() > 0 ? r.minScale() : null,
                Double.isInfinite(r.maxScale()) ? null : r.maxScale(),
                symbols);
    }

    private static Symbol symbol(Symbolizer s) {
        if (s instanceof Symbolizer.PolygonSymbolizer p) {
            Color fill = p.fill() == null ? null : p.fill().color();
            return new Symbol(
                    "polygon",
                    hex(fill),
                    opacity(fill),
                    strokeHex(p.stroke()),
                    strokeOpacity(p.stroke()),
                    strokeWidth(p.stroke()),
                    dash(p.stroke()),
                    null,
                    null);
        }
        if (s instanceof Symbolizer.LineSymbolizer l) {
            return new Symbol(
                    "line",
                    null,
                    null,
                    strokeHex(l.stroke()),
                    strokeOpacity(l.stroke()),
                    strokeWidth(l.stroke()),
                    dash(l.stroke()),
                    null,
                    null);
        }
        if (s instanceof Symbolizer.PointSymbolizer pt) {
            var g = pt.graphic();
            Color fill = g.fill() == null ? null : g.fill().color();
            return new Symbol(
                    "point",
                    hex(fill),
                    opacity(fill),
                    strokeHex(g.stroke()),
                    strokeOpacity(g.stroke()),
                    strokeWidth(g.stroke()),
                    dash(g.stroke()),
                    g.mark(),
                    g.size());
        }
        var t = (Symbolizer.TextSymbolizer) s;
        Color fill = t.fill() == null ? null : t.fill().color();
        return new Symbol(
                "text",
                hex(fill),
                opacity(fill),
                null,
                null,
                null,
                null,
                null,
                t.font() == null ? null : (double) t.font().size());
    }

    /** "中文 / English" as {zh, en}; a title without the separator serves both languages. */
    static Map<String, String> bilingual(String both) {
        return Map.of("zh", Bilingual.pick(both, "zh"), "en", Bilingual.pick(both, "en"));
    }

    private static String strokeHex(Symbolizer.Stroke s) {
        return s == null ? null : hex(s.color());
    }

    private static Double strokeOpacity(Symbolizer.Stroke s) {
        return s == null ? null : opacity(s.color());
    }

    private static Double strokeWidth(Symbolizer.Stroke s) {
        return s == null ? null : round2(s.width());
    }

    private static List<Double> dash(Symbolizer.Stroke s) {
        if (s == null || s.dash() == null || s.dash().length == 0) {
            return null;
        }
        List<Double> out = new ArrayList<>();
        for (float f : s.dash()) {
            out.add(round2(f));
        }
        return out;
    }

    /** SLD numbers are read as floats: 0.8 would come out as 0.800000011920929. */
    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static String hex(Color c) {
        return c == null ? null : String.format("#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static Double opacity(Color c) {
        return c == null ? null : round2(c.getAlpha() / 255.0);
    }
}
