package org.sheltergis.ogc.sld;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A user style read from an SLD file: its feature type styles, each a list of rules drawn in order (one pass each).
 */
public record Style(String name, String title, String abstractText, List<List<Rule>> featureTypeStyles) {

    public Style {
        featureTypeStyles = featureTypeStyles.stream().map(List::copyOf).toList();
    }

    /** Every rule, in drawing order. */
    public List<Rule> rules() {
        return featureTypeStyles.stream().flatMap(List::stream).toList();
    }

    /** The feature properties the style reads (filters and labels). */
    public Set<String> propertyNames() {
        Set<String> names = new LinkedHashSet<>();
        rules().forEach(r -> r.collectProperties(names));
        return names;
    }

    public boolean hasLabels() {
        return rules().stream()
                .flatMap(r -> r.symbolizers().stream())
                .anyMatch(s -> s instanceof Symbolizer.TextSymbolizer);
    }

    /** The rules that apply to a feature at a scale: the matching rules, or the else-rules if none matched. */
    public static void matching(
            List<Rule> rules, java.util.Map<String, Object> feature, double scale, List<Rule> into) {
        into.clear();
        boolean any = false;
        for (Rule r : rules) {
            if (!r.elseFilter() && r.appliesAt(scale) && r.accepts(feature)) {
                into.add(r);
                any = true;
            }
        }
        if (!any) {
            for (Rule r : rules) {
                if (r.elseFilter() && r.appliesAt(scale)) {
                    into.add(r);
                }
            }
        }
    }
}
