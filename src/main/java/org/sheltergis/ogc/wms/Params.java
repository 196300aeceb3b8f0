package org.sheltergis.ogc.wms;

import java.util.Map;
import java.util.TreeMap;

/** Key-value parameters of a WMS request: names case-insensitive, unknown names ignored, first value wins. */
final class Params {

    private final Map<String, String> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    Params(Map<String, String[]> raw) {
        raw.forEach((k, v) -> {
            if (v != null && v.length > 0) {
                values.putIfAbsent(k, v[0]);
            }
        });
    }

    static Params of(String... keyValues) {
        Map<String, String[]> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], new String[] {keyValues[i + 1]});
        }
        return new Params(m);
    }

    /** The value, or null when absent. An empty value counts as given (STYLES= is legal). */
    String get(String name) {
        return values.get(name);
    }

    String get(String name, String fallback) {
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

    Map<String, String> asMap() {
        return values;
    }
}
