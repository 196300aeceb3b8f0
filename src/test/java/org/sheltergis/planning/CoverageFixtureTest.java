package org.sheltergis.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.planning.CoverageParameters.WhatIfWork;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analysis against the hand-worked fixture (fixture_coverage.sql; the answers are worked out in its comments and
 * in docs/coverage.md). Each test loads the fixture in its own transaction, which is rolled back: the shared
 * database (holding the sample) is left as it was.
 */
@IntegrationTest
@Transactional
class CoverageFixtureTest {

    @Autowired
    CoverageAnalysis analysis;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void fixture() {
        CoverageFixture.load(jdbc);
    }

    private long run(double radius, String basis, String distance, List<WhatIfWork> whatIf) {
        return analysis.run(new CoverageParameters(
                radius, 0.4, 1.0, basis, distance, CoverageFixture.UNITS, whatIf, null, "fixture"));
    }

    /** unit code → [cell population, covered, uncovered, staying, required, provided, balance, shelters]. */
    private Map<String, List<Number>> units(long run) {
        var out = new java.util.TreeMap<String, List<Number>>();
        jdbc.sql("""
                SELECT unit_code, cell_population, covered_population, uncovered_population, staying_population,
                       required_area, provided_area, balance_area, shelter_count
                FROM analysis.run_units WHERE run_id = ?""")
                .param(run)
                .query((rs, n) -> out.put(
                        rs.getString(1),
                        List.of(
                                rs.getLong(2),
                                rs.getLong(3),
                                rs.getLong(4),
                                rs.getDouble(5),
                                rs.getDouble(6),
                                rs.getDouble(7),
                                rs.getDouble(8),
                                rs.getInt(9))))
                .list();
        return out;
    }

    private List<String> gaps(long run) {
        return jdbc.sql("""
                SELECT u.unit_code || ':' || g.population || ':' || g.cells || ':' || round(g.area_m2 / 10) * 10
                       || ':' || GeometryType(g.geom)
                FROM analysis.run_uncovered g JOIN analysis.run_units u USING (run_id, unit_id)
                WHERE g.run_id = ? ORDER BY 1""").param(run).query(String.class).list(); // area to 10 m²: cells are snapped to ~1 cm
    }

    @Test
    void defaultsMatchTheHandWorkedAnswers() {
        long run = run(200, "cells", "auto", List.of());
        var units = units(run);
        // A: the x=350 column (40 + 80) lies 265 m from S1's entrance; the planned work P does not count.
        assertThat(units.get("FX-A")).containsExactly(360L, 240L, 120L, 144.0, 144.0, 300.0, 156.0, 1);
        // B: S2 is not public but counts; the x=450 column (100 + 140) is 265 m from its entrance.
        assertThat(units.get("FX-B")).containsExactly(1080L, 840L, 240L, 432.0, 432.0, 500.0, 68.0, 1);
        // C: only a command work near it, which is no personnel shelter: nothing covered, no area.
        assertThat(units.get("FX-C")).containsExactly(20L, 0L, 20L, 8.0, 8.0, 0.0, -8.0, 0);
        assertThat(gaps(run))
                .containsExactly(
                        "FX-A:120:2:20000:MULTIPOLYGON",
                        "FX-B:240:2:20000:MULTIPOLYGON",
                        "FX-C:20:2:20000:MULTIPOLYGON");
        String city = jdbc.sql("SELECT totals::text FROM analysis.run_totals(?) WHERE district_code IS NULL")
                .param(run)
                .query(String.class)
                .single();
        assertThat(city)
                .contains(
                        "\"coveredPopulation\": 1080",
                        "\"uncoveredPopulation\": 380",
                        "\"cellPopulation\": 1460",
                        "\"deficitArea\": 8.0",
                        "\"deficitUnits\": 1",
                        "\"balanceArea\": 216.0");
    }

    @Test
    void aSmallerRadiusCoversOnlyTheNearCells() {
        var units = units(run(100, "cells", "euclidean", List.of()));
        assertThat(units.get("FX-A").get(1)).isEqualTo(140L); // 10 + 20 + 50 + 60
        assertThat(units.get("FX-B").get(1)).isEqualTo(580L); // 120 + 130 + 160 + 170
        assertThat(units.get("FX-C").get(1)).isEqualTo(0L);
    }

    @Test
    void plannedPopulationBasisUsesThePlansFigures() {
        var units = units(run(200, "planned", "auto", List.of()));
        assertThat(units.get("FX-A").subList(3, 7)).containsExactly(200.0, 200.0, 300.0, 100.0);
        assertThat(units.get("FX-B").subList(3, 7)).containsExactly(400.0, 400.0, 500.0, 100.0);
        assertThat(units.get("FX-C").subList(3, 7)).containsExactly(20.0, 20.0, 0.0, -20.0);
    }

    @Test
    void hypotheticalWorksCloseTheGapsWithoutTouchingTheRegister() {
        long works =
                jdbc.sql("SELECT count(*) FROM core.works").query(Long.class).single();
        long base = run(200, "cells", "auto", List.of());
        long whatIf = analysis.whatIf(
                base,
                List.of(
                        new WhatIfWork("polygon by the A/B border", 100, CoverageFixture.box(jdbc, 330, 90, 370, 110)),
                        new WhatIfWork("point north of C", 20, CoverageFixture.point(jdbc, 100, 1090))));
        var units = units(whatIf);
        assertThat(units.get("FX-A")).containsExactly(360L, 360L, 0L, 144.0, 144.0, 400.0, 256.0, 1);
        assertThat(units.get("FX-B")).containsExactly(1080L, 1080L, 0L, 432.0, 432.0, 500.0, 68.0, 1);
        assertThat(units.get("FX-C")).containsExactly(20L, 20L, 0L, 8.0, 8.0, 20.0, 12.0, 0);
        assertThat(gaps(whatIf)).isEmpty();
        assertThat(units(base).get("FX-A").get(1)).isEqualTo(240L);
        assertThat(jdbc.sql("SELECT count(*) FROM core.works").query(Long.class).single())
                .isEqualTo(works);
        assertThat(jdbc.sql("SELECT base_run_id FROM analysis.runs WHERE id = ?")
                        .param(whatIf)
                        .query(Long.class)
                        .single())
                .isEqualTo(base);
    }

    @Test
    void aRoadLayerSwitchesToWalkingDistance() {
        CoverageFixture.loadRoads(jdbc);
        long run = run(200, "cells", "auto", List.of());
        assertThat(jdbc.sql("SELECT distance_mode FROM analysis.runs WHERE id = ?")
                        .param(run)
                        .query(String.class)
                        .single())
                .isEqualTo("network");
        var units = units(run);
        // S1 enters the street at x=50 (40 m), a cell leaves it 50 m from its centroid: 90 + |x - 50| <= 200.
        assertThat(units.get("FX-A").get(1)).isEqualTo(140L);
        // S2 enters at x=750: 90 + |750 - x| <= 200 covers the x=650 and x=750 columns.
        assertThat(units.get("FX-B").get(1)).isEqualTo(580L);
        assertThat(units.get("FX-C").get(1)).isEqualTo(0L);
        assertThat(gaps(run))
                .containsExactly(
                        "FX-A:220:4:40000:MULTIPOLYGON",
                        "FX-B:500:4:40000:MULTIPOLYGON",
                        "FX-C:20:2:20000:MULTIPOLYGON");
        // Straight lines can still be asked for.
        assertThat(units(run(200, "cells", "euclidean", List.of())).get("FX-A").get(1))
                .isEqualTo(240L);
        // A radius shorter than any entrance's walk to the street reaches nothing.
        assertThat(units(run(30, "cells", "network", List.of())).get("FX-B").get(1))
                .isEqualTo(0L);
    }

    @Test
    void networkDistanceWithoutRoadsIsABadRequest() {
        jdbc.sql("DELETE FROM core.roads").update(); // rolled back with the test
        assertThatThrownBy(() -> run(200, "cells", "network", List.of()))
                .isInstanceOf(BadRequestException.class)
                .satisfies(
                        e -> assertThat(((BadRequestException) e).parameter()).isEqualTo("distance"));
    }

    @Test
    void cityWideCoveredPopulationEqualsAnIndependentQuery() {
        long run = analysis.run(CoverageParameters.defaults(analysis.settings()));
        long analysed = jdbc.sql("SELECT coalesce(sum(covered_population), 0) FROM analysis.run_units WHERE run_id = ?")
                .param(run)
                .query(Long.class)
                .single();
        // Written apart from the analysis: works joined to their ways in (pedestrian and vehicle entrances, or a point
        // on the footprint when they have none) and straight to the cells within 200 m, no temporary tables, no
        // analysis functions.
        long independent = jdbc.sql("""
                SELECT coalesce(sum(c.population), 0) FROM core.population c
                WHERE EXISTS (SELECT 1 FROM core.plan_units u WHERE ST_Intersects(u.geom, ST_Centroid(c.geom)))
                  AND c.id IN (SELECT p.id FROM core.works w
                               LEFT JOIN core.entrances e ON e.work_id = w.id AND e.kind IN ('pedestrian', 'vehicle')
                               JOIN core.population p ON ST_DWithin(p.centroid_4549,
                                   ST_Transform(coalesce(e.geom, ST_PointOnSurface(w.footprint)), 4549), 200)
                               WHERE w.function IN ('personnel_1', 'personnel_2') AND w.status = 'in_service')""").query(Long.class).single();
        assertThat(analysed).isEqualTo(independent).isGreaterThanOrEqualTo(1080L);
    }

    /** The sample's story: the old town around 文亮小学 is a gap that the playground shelter was built to close. */
    @Test
    void theSamplesOldTownGapAroundWenliangShowsUp() {
        long run = analysis.run(CoverageParameters.defaults(analysis.settings()));
        Long people = jdbc.sql("""
                SELECT g.population FROM analysis.run_uncovered g, core.candidate_sites s
                WHERE g.run_id = ? AND s.name = '文亮小学操场' AND ST_Intersects(g.geom, s.geom)
                ORDER BY g.population DESC LIMIT 1""").param(run).query(Long.class).optional().orElse(0L);
        assertThat(people).isGreaterThan(1000L);
        // A hypothetical shelter on the playground covers people in that gap.
        String site = jdbc.sql(
                        "SELECT ST_AsGeoJSON(ST_PointOnSurface(geom), 8) FROM core.candidate_sites WHERE name = '文亮小学操场'")
                .query(String.class)
                .single();
        long whatIf = analysis.whatIf(run, List.of(new WhatIfWork("文亮小学操场", 6000, site)));
        long before = jdbc.sql("SELECT sum(covered_population) FROM analysis.run_units WHERE run_id = ?")
                .param(run)
                .query(Long.class)
                .single();
        long after = jdbc.sql("SELECT sum(covered_population) FROM analysis.run_units WHERE run_id = ?")
                .param(whatIf)
                .query(Long.class)
                .single();
        assertThat(after).isGreaterThan(before + 1000);
    }
}
