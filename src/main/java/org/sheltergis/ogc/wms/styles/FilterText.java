package org.sheltergis.ogc.wms.styles;

import java.util.stream.Collectors;
import org.sheltergis.ogc.sld.Expression;
import org.sheltergis.ogc.sld.Filter;

/** A rule's filter as short readable text, e.g. {@code has_parking = 'true' AND NOT parking_free IS NULL}. */
final class FilterText {

    private FilterText() {}

    static String of(Filter f) {
        if (f instanceof Filter.Comparison c) {
            return of(c.left()) + " " + operator(c.op()) + " " + of(c.right());
        }
        if (f instanceof Filter.Between b) {
            return of(b.value()) + " BETWEEN " + of(b.lower()) + " AND " + of(b.upper());
        }
        if (f instanceof Filter.Like l) {
            return of(l.value()) + " LIKE /" + l.pattern().pattern() + "/";
        }
        if (f instanceof Filter.IsNull n) {
            return of(n.value()) + " IS NULL";
        }
        if (f instanceof Filter.All a) {
            return a.parts().stream().map(FilterText::nested).collect(Collectors.joining(" AND "));
        }
        if (f instanceof Filter.Any a) {
            return a.parts().stream().map(FilterText::nested).collect(Collectors.joining(" OR "));
        }
        return "NOT " + nested(((Filter.Not) f).part());
    }

    private static String nested(Filter f) {
        return f instanceof Filter.All || f instanceof Filter.Any ? "(" + of(f) + ")" : of(f);
    }

    private static String of(Expression e) {
        if (e instanceof Expression.Property p) {
            return p.name();
        }
        if (e instanceof Expression.Literal l) {
            return "'" + l.value() + "'";
        }
        return ((Expression.Concat) e).parts().stream().map(FilterText::of).collect(Collectors.joining(" || "));
    }

    private static String operator(Filter.Operator op) {
        return switch (op) {
            case EQUAL -> "=";
            case NOT_EQUAL -> "<>";
            case LESS -> "<";
            case GREATER -> ">";
            case LESS_OR_EQUAL -> "<=";
            case GREATER_OR_EQUAL -> ">=";
        };
    }
}
