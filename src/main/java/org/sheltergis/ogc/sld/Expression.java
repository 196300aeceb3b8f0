package org.sheltergis.ogc.sld;

import java.util.Map;
import java.util.Set;

/** An SLD/Filter 1.0 expression: a property of the feature or a literal. */
public sealed interface Expression {

    Object evaluate(Map<String, Object> feature);

    /** Property names this expression reads, so the store fetches only those columns. */
    void collectProperties(Set<String> into);

    record Property(String name) implements Expression {
        @Override
        public Object evaluate(Map<String, Object> feature) {
            return feature.get(name);
        }

        @Override
        public void collectProperties(Set<String> into) {
            into.add(name);
        }
    }

    record Literal(String value) implements Expression {
        @Override
        public Object evaluate(Map<String, Object> feature) {
            return value;
        }

        @Override
        public void collectProperties(Set<String> into) {}
    }

    /** Text made of literal pieces and properties, as in {@code <Label>No. <ogc:PropertyName>code</ogc:PropertyName></Label>}. */
    record Concat(java.util.List<Expression> parts) implements Expression {
        @Override
        public Object evaluate(Map<String, Object> feature) {
            StringBuilder sb = new StringBuilder();
            for (Expression part : parts) {
                Object v = part.evaluate(feature);
                if (v != null) {
                    sb.append(v);
                }
            }
            return sb.toString();
        }

        @Override
        public void collectProperties(Set<String> into) {
            parts.forEach(p -> p.collectProperties(into));
        }
    }
}
