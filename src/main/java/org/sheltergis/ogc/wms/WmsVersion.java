package org.sheltergis.ogc.wms;

/** The two WMS versions served. They differ in axis order, parameter names and document shapes. */
public enum WmsVersion {
    V1_1_1("1.1.1"),
    V1_3_0("1.3.0");

    private final String text;

    WmsVersion(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /**
     * The version for a VERSION (or WMTVER) value, negotiated as the specification describes: an unknown version below
     * 1.3.0 gets 1.1.1, anything else 1.3.0; no version gets the highest.
     */
    static WmsVersion negotiate(String requested) {
        if (requested == null || requested.isBlank()) {
            return V1_3_0;
        }
        return compare(requested.trim(), "1.3.0") < 0 ? V1_1_1 : V1_3_0;
    }

    /** The exact version of an operation request; other values are invalid. */
    public static WmsVersion exact(String requested) {
        if (requested == null || requested.isBlank()) {
            return V1_3_0;
        }
        return switch (requested.trim()) {
            case "1.1.1", "1.1.0", "1.1" -> V1_1_1;
            case "1.3.0", "1.3" -> V1_3_0;
            default ->
                throw WmsException.invalid("VERSION", "VERSION must be 1.3.0 or 1.1.1, got '" + requested + "'.");
        };
    }

    private static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int p = i < x.length ? parse(x[i]) : 0;
            int q = i < y.length ? parse(y[i]) : 0;
            if (p != q) {
                return Integer.compare(p, q);
            }
        }
        return 0;
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
