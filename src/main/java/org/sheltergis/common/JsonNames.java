package org.sheltergis.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The JSON name of a Java property of a request body, so a 400 names the field the caller actually sent. */
final class JsonNames {

    private JsonNames() {}

    static String of(Class<?> type, String javaName) {
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                JsonProperty named = c.getAnnotation(JsonProperty.class);
                if (c.getName().equals(javaName)
                        && named != null
                        && !named.value().isEmpty()) {
                    return named.value();
                }
            }
        }
        JsonNaming naming = type.getAnnotation(JsonNaming.class);
        if (naming != null && naming.value() == PropertyNamingStrategies.SnakeCaseStrategy.class) {
            return snakeCase(javaName);
        }
        return javaName;
    }

    /**
     * A Bean Validation property path ({@code items[2].workId}) as the JSON spells it ({@code items[2].work_id}): each
     * step is named by the record it belongs to, following record components and the elements of lists and maps.
     */
    static String path(Class<?> root, String javaPath) {
        StringBuilder out = new StringBuilder();
        Class<?> type = root;
        for (String step : javaPath.split("\\.")) {
            int bracket = step.indexOf('[');
            String name = bracket < 0 ? step : step.substring(0, bracket);
            String index = bracket < 0 ? "" : step.substring(bracket);
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(type == null ? name : of(type, name)).append(index);
            type = type == null ? null : componentType(type, name, !index.isEmpty());
        }
        return out.toString();
    }

    /** The type a path goes on into after {@code name} (an element's type after an index), or null when unknown. */
    private static Class<?> componentType(Class<?> type, String name, boolean indexed) {
        if (!type.isRecord()) {
            return null;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(name)) {
                if (!indexed) {
                    return c.getType();
                }
                if (c.getType().isArray()) {
                    return c.getType().getComponentType();
                }
                if ((Collection.class.isAssignableFrom(c.getType()) || Map.class.isAssignableFrom(c.getType()))
                        && c.getGenericType() instanceof ParameterizedType p) {
                    Type[] args = p.getActualTypeArguments();
                    return args[args.length - 1] instanceof Class<?> k ? k : null;
                }
                return null;
            }
        }
        return null;
    }

    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
