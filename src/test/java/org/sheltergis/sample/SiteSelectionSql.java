package org.sheltergis.sample;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One greedy step of a coverage-maximising site selection, in SQL, as the planners' analysis would run it:
 * among sites that pass the exclusion rules, the one whose 200 m radius reaches the most people not yet
 * within 200 m of a public shelter's entrance (nor of the site already chosen).
 */
final class SiteSelectionSql {

    private static final String QUERY = """
            WITH eligible AS (
                SELECT s.* FROM core.candidate_sites s
                WHERE s.buildable_area >= 1500
                  AND s.name IS DISTINCT FROM ?
                  AND NOT EXISTS (SELECT 1 FROM core.hazards h
                                  WHERE ST_DWithin(h.geom::geography, s.geom::geography, h.clearance_m))
                  AND NOT EXISTS (SELECT 1 FROM core.works w WHERE ST_Intersects(w.footprint, s.geom))
            ), reach AS (
                SELECT s.name, p.population, ST_Centroid(p.geom) AS g
                FROM eligible s
                JOIN core.population p ON p.geom && ST_Expand(s.geom, 0.003)
                 AND ST_DWithin(ST_Centroid(p.geom)::geography, s.geom::geography, 200)
            )
            SELECT r.name FROM reach r
            WHERE NOT EXISTS (SELECT 1 FROM pub.entrances e WHERE e.geom && ST_Expand(r.g, 0.003)
                              AND ST_DWithin(e.geom::geography, r.g::geography, 200))
              AND NOT EXISTS (SELECT 1 FROM core.candidate_sites chosen WHERE chosen.name = ?
                              AND ST_DWithin(chosen.geom::geography, r.g::geography, 200))
            GROUP BY r.name
            ORDER BY sum(r.population) DESC, r.name
            LIMIT 1
            """;

    private SiteSelectionSql() {}

    /** The best next site, given the name of the one already chosen (or null). */
    static String bestNext(JdbcTemplate sql, String alreadyChosen) {
        List<String> best = sql.queryForList(QUERY, String.class, alreadyChosen, alreadyChosen);
        return best.isEmpty() ? null : best.get(0);
    }
}
