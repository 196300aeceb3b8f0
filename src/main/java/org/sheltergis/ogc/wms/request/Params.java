package org.sheltergis.ogc.wms.request;

import java.util.Map;
import java.util.TreeMap;
import org.sheltergis.ogc.wms.WmsException;

/** Key-value parameters of a WMS request: names case-insensitive, unknown names ignored, first value wins. */
public final class Params {

    private final Map<String, String> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    public Params(Map<String, String[]> raw) {
        raw.forEach((k, v) -> {
            if (v != null && v.length > 0) {
                values.putIfAbsent(k, v[0]);
            }
        });
    }

    public static Params of(String... keyValues) {
        Map<String, String[]> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], new String[] {keyValues[i + 1]});
        }
        return new Params(m);
    }

    /** The value, or null when absent. An empty value counts as given (STYLES= is legal). */
    public String get(String name) {
        return values.get(name);
    }

    public String get(String name, String fallback) {
        String v = values.get(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    String required(String name) {
        String v = values.get(name);
        if (v == null || v.isBlank()) {
            throw WmsException.missing(name);
        }
        return v.trim();
    }

    int requiredInt(String name) {
        String v = required(name);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw WmsException.invalid(name, name + " must be an integer, got '" + v + "'.");
        }
    }

    public Map<String, String> asMap() {
        return values;
    }
}
