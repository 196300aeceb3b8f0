package org.sheltergis.ogc.sld;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An SLD rule. It applies at scale denominators in [{@code minScale}, {@code maxScale}) to features its filter accepts;
 * an else-rule applies to features no other rule of its feature type style took.
 */
public record Rule(
        String name,
        String title,
        Filter filter,
        boolean elseFilter,
        double minScale,
        double maxScale,
        List<Symbolizer> symbolizers) {

    public Rule {
        symbolizers = List.copyOf(symbolizers);
    }

    public boolean appliesAt(double scale) {
        return scale >= minScale && scale < maxScale;
    }

    public boolean accepts(Map<String, Object> feature) {
        return filter.test(feature);
    }

    void collectProperties(Set<String> into) {
        filter.collectProperties(into);
        symbolizers.forEach(s -> s.collectProperties(into));
    }
}
