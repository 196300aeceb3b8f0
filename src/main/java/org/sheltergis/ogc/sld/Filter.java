package org.sheltergis.ogc.sld;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The Filter 1.0 predicates SLD rules use: comparisons, between, like, null and the logical operators. */
public sealed interface Filter {

    boolean test(Map<String, Object> feature);

    void collectProperties(Set<String> into);

    Filter INCLUDE = new All(List.of());

    enum Operator {
        EQUAL,
        NOT_EQUAL,
        LESS,
        GREATER,
        LESS_OR_EQUAL,
        GREATER_OR_EQUAL
    }

    record Comparison(Operator op, Expression left, Expression right, boolean matchCase) implements Filter {
        @Override
        public boolean test(Map<String, Object> feature) {
            Object a = left.evaluate(feature);
            Object b = right.evaluate(feature);
            if (a == null || b == null) {
                return op == Operator.NOT_EQUAL && (a != null || b != null);
            }
            int c = Values.compare(a, b, matchCase);
            return switch (op) {
                case EQUAL -> c == 0;
                case NOT_EQUAL -> c != 0;
                case LESS -> c < 0;
                case GREATER -> c > 0;
                case LESS_OR_EQUAL -> c <= 0;
                case GREATER_OR_EQUAL -> c >= 0;
            };
        }

        @Override
        public void collectProperties(Set<String> into) {
            left.collectProperties(into);
            right.collectProperties(into);
        }
    }

    record Between(Expression value, Expression lower, Expression upper) implements Filter {
        @Override
        public boolean test(Map<String, Object> feature) {
            Object v = value.evaluate(feature);
            Object lo = lower.evaluate(feature);
            Object hi = upper.evaluate(feature);
            return v != null
                    && lo != null
                    && hi != null
                    && Values.compare(v, lo, true) >= 0
                    && Values.compare(v, hi, true) <= 0;
        }

        @Override
        public void collectProperties(Set<String> into) {
            value.collectProperties(into);
            lower.collectProperties(into);
            upper.collectProperties(into);
        }
    }

    /** PropertyIsLike, its pattern compiled once when the style is read. */
    record Like(Expression value, Pattern pattern) implements Filter {
        @Override
        public boolean test(Map<String, Object> feature) {
            Object v = value.evaluate(feature);
            return v != null && pattern.matcher(v.toString()).matches();
        }

        @Override
        public void collectProperties(Set<String> into) {
            value.collectProperties(into);
        }
    }

    record IsNull(Expression value) implements Filter {
        @Override
        public boolean test(Map<String, Object> feature) {
            return value.evaluate(feature) == null;
        }

        @Override
        public void collectProperties(Set<String> into) {
            value.collectProperties(into);
        }
    }

    record All(List<Filter> parts) implements Filter {
        @Override
        public boolean test(Map<String, Object> feature) {
            for (Filter f : parts) {
                if (!f.test(feature)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void collectProperties(Set<String> into) {
            parts.forEach(p -> p.collectProperties(into));
        }
    }

    record Any(List<Filter> parts) implements Filter {
        @Override
        public boolean test(Map<String, Object> feature) {
            for (Filter f : parts) {
                if (f.test(feature)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void collectProperties(Set<String> into) {
            parts.forEach(p -> p.collectProperties(into));
        }
    }

    record Not(Filter part) implements Filter {
        @Override
        public boolean test(Map<String, Object> feature) {
            return !part.test(feature);
        }

        @Override
        public void collectProperties(Set<String> into) {
            part.collectProperties(into);
        }
    }
}
