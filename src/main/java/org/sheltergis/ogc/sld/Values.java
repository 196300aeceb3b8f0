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
        if (v instanceof String s && mayBeNumber(s)) {
            try {
                return Double.valueOf(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether text can be a number at all: codes such as 'upgraded' are compared on every feature of every map, and a
     * NumberFormatException per comparison (a stack trace each) showed in the render profile of crowded tiles.
     */
    private static boolean mayBeNumber(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        return (c >= '0' && c <= '9')
                || c == '-'
                || c == '+'
                || c == '.'
                || t.equals("NaN")
                || t.startsWith("Infinity");
    }

    /** Booleans from the database compare with the literals "true"/"false" (and GeoServer's 1/0 is not needed here). */
    static String text(Object v) {
        return v.toString().trim();
    }
}
