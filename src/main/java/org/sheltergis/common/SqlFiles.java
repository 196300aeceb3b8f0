package org.sheltergis.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;

/** SQL lives in files under {@code src/main/resources/sql/}; this reads them once. */
public final class SqlFiles {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private SqlFiles() {}

    /** The text of {@code sql/<path>}, e.g. {@code load("layers/features.sql")}. */
    public static String load(String path) {
        return CACHE.computeIfAbsent(path, p -> {
            try {
                return new ClassPathResource("sql/" + p).getContentAsString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("missing SQL file sql/" + p, e);
            }
        });
    }

    /**
     * The text of a SQL template with {@code {{name}}} replaced by identifiers. Only for identifiers that come from the
     * layer catalog (never from a request); values are always bound as parameters.
     */
    public static String template(String path, Map<String, String> identifiers) {
        String sql = load(path);
        for (var e : identifiers.entrySet()) {
            sql = sql.replace("{{" + e.getKey() + "}}", e.getValue());
        }
        if (sql.contains("{{")) {
            throw new IllegalStateException("unfilled placeholder in sql/" + path);
        }
        return sql;
    }
}
