package org.sheltergis.sample;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.sheltergis.common.SqlFiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills the empty register with a synthetic but realistic sample of 崇川区, Nantong: works where people live,
 * a 100 m population grid, control-plan units, candidate sites, hazards, the relocation-fee ledger and the
 * education points. Everything except the district boundaries is invented.
 *
 * <p>The same seed, scale and campaign year always give the same rows, ids and time stamps included. All is
 * written in one transaction: either the whole sample is there or nothing is.
 */
public final class SampleGenerator {

    /** The seed the project's own sample uses. */
    public static final long DEFAULT_SEED = 20210614L;

    static final int TOTAL_POPULATION = 1_250_000;
    static final int WORKS_AT_SCALE_1 = 860;

    private static final String[] CORE_TABLES = {
        "districts",
        "works",
        "entrances",
        "parking",
        "signage",
        "plan_units",
        "population",
        "candidate_sites",
        "hazards",
        "fee_receipts",
        "fee_allocations",
        "pois",
    };

    private final DataSource dataSource;
    private final JsonMapper json;

    /** @param json the application's JSON mapper (reads the district boundaries) */
    public SampleGenerator(DataSource dataSource, JsonMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /**
     * Generates and stores the sample.
     *
     * @param seed         any number; {@link #DEFAULT_SEED} for the project's sample
     * @param scale        1 for the sample; 10 or 100 multiply works, cells, sites and hazards for benchmarks
     * @param campaignYear the current year of the signage and parking campaigns (2026 in the project)
     * @throws IllegalStateException if a core table already holds rows
     */
    public SampleSummary generate(long seed, int scale, int campaignYear) {
        if (scale < 1 || scale > 1000) {
            throw new IllegalArgumentException("scale must be between 1 and 1000, was " + scale);
        }
        if (campaignYear < 1995 || campaignYear > 2100) {
            throw new IllegalArgumentException("campaign year out of range: " + campaignYear);
        }
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                // Checked before the few seconds of building, so a full register is refused at once.
                requireEmpty(c);
                SampleModel model = SampleModel.build(json, seed, scale, campaignYear);
                SampleSummary summary = write(c, model, seed, scale, campaignYear, start);
                c.commit();
                return summary;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the sample: " + e.getMessage(), e);
        }
    }

    private static void requireEmpty(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : CORE_TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM core." + table + ")")) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        throw new IllegalStateException(
                                "core." + table + " is not empty; the sample fills an empty register");
                    }
                }
            }
        }
    }

    private static SampleSummary write(Connection c, SampleModel m, long seed, int scale, int year, long start)
            throws SQLException {
        CopyWriter out = new CopyWriter(c);
        OffsetDateTime stamp = OffsetDateTime.of(year, 7, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));
        RegisterWriter register = new RegisterWriter(out, stamp);
        register.districts(m.districts);
        register.works(m.works);
        long entrances = register.entrances(m.works);
        long parking = register.parking(m.works);
        long signage = register.signage(m.works);

        LayerWriter layers = new LayerWriter(out);
        long[] perUnit = new long[m.planUnits.all().size()];
        long[] cells = layers.population(m.grid, scale, m.planUnits, perUnit);
        long units = layers.planUnits(m.planUnits, perUnit, new Seeds(seed).stream("plan-population"));
        long sites = layers.sites(m.sites);
        long hazards = layers.hazards(m.hazards);
        layers.ledger(m.ledger);
        long pois = layers.pois(Pois.ALL);
        try (PreparedStatement mark = c.prepareStatement(SqlFiles.load("sample/mark_register.sql"))) {
            mark.setString(1, "seed " + seed + " x" + scale + " campaign year " + year);
            mark.executeUpdate();
        }
        finish(c);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new SampleSummary(
                seed,
                scale,
                year,
                m.districts.size(),
                m.works.size(),
                entrances,
                parking,
                signage,
                cells[0],
                cells[1],
                units,
                sites,
                hazards,
                m.ledger.receipts.size(),
                m.ledger.allocations.size(),
                pois,
                m.coverageShare,
                millis);
    }

    /** Ids were given explicitly; move each identity sequence past them, then refresh planner statistics. */
    private static void finish(Connection c) throws SQLException {
        List<String> withIds = List.of(
                "works",
                "entrances",
                "plan_units",
                "population",
                "candidate_sites",
                "hazards",
                "fee_receipts",
                "fee_allocations",
                "pois");
        try (Statement s = c.createStatement()) {
            for (String table : withIds) {
                s.execute("SELECT setval(pg_get_serial_sequence('core." + table + "', 'id'), "
                        + "(SELECT coalesce(max(id), 0) + 1 FROM core." + table + "), false)");
            }
            for (String table : CORE_TABLES) {
                s.execute("ANALYZE core." + table);
            }
        }
    }
}
