package org.sheltergis.changes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sheltergis.common.SqlFiles;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which register tables ({@code core}) each view of {@code pub} and {@code staff} reads, from PostgreSQL's own view
 * dependencies, and which tables record their changes in the outbox. A layer whose tables all record them can be
 * cached and dropped by area; any other cannot be told apart from stale, so it is never cached.
 *
 * @param tablesByView "schema.view" → the register tables it reads
 * @param recorded the register tables with outbox triggers
 */
public record ViewSources(Map<String, Set<String>> tablesByView, Set<String> recorded) {

    static ViewSources read(JdbcClient jdbc) {
        Map<String, Set<String>> byView = new HashMap<>();
        Set<String> recorded = new HashSet<>();
        jdbc.sql(SqlFiles.load("changes/view_sources.sql")).query(rs -> {
            byView.computeIfAbsent(rs.getString(1) + "." + rs.getString(2), k -> new HashSet<>())
                    .add(rs.getString(3));
            if (rs.getBoolean(4)) {
                recorded.add(rs.getString(3));
            }
        });
        return new ViewSources(Map.copyOf(byView), Set.copyOf(recorded));
    }

    /** The register tables a view reads ("pub.shelters"); empty when unknown. */
    public Set<String> tablesOf(String schemaAndView) {
        return tablesByView.getOrDefault(schemaAndView, Set.of());
    }

    /** The views of one schema that read any of these tables. */
    public List<String> viewsReading(String schema, Set<String> tables) {
        return tablesByView.entrySet().stream()
                .filter(e -> e.getKey().startsWith(schema + ".")
                        && e.getValue().stream().anyMatch(tables::contains))
                .map(e -> e.getKey().substring(schema.length() + 1))
                .sorted()
                .toList();
    }

    /** Whether every table these views read records its changes (so answers drawn from them may be cached). */
    public boolean allRecorded(Set<String> tables) {
        return !tables.isEmpty() && recorded.containsAll(tables);
    }
}
