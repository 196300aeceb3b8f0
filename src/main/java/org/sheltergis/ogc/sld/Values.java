package org.sheltergis.ogc.sld;

import java.util.Locale;

/** Comparison of feature values with SLD literals: numerically when both read as numbers, else as text. */
final class Values {

    private Values() {}

    static int compare(Object a, Object b, boolean matchCase) {
        Double x = number(a);
        Double y = number(b);
        if (x != null && y != null) {
            return Double.compare(x, y);
        }
        String s = text(a);
        String t = text(b);
        return matchCase ? s.compareTo(t) : s.toLowerCase(Locale.ROOT).compareTo(t.toLowerCase(Locale.ROOT));
    }

    static Double number(Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s && !s.isBlank()) {
            try {
                return Double.valueOf(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** Booleans from the database compare with the literals "true"/"false" (and GeoServer's 1/0 is not needed here). */
    static String text(Object v) {
        return v.toString().trim();
    }
}
