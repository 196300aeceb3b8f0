package org.sheltergis.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.RecordComponent;
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

    static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
