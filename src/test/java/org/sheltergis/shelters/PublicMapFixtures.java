package org.sheltergis.shelters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;

/**
 * The public-map fixtures (districts, PM-TEST-* shelters and restricted works): a test class loads them before its
 * tests (idempotent) and {@link #remove removes} them after its last, so no other class sees them. The districts stay:
 * they are Nantong's, which the sample has loaded already (the SQL adds only those missing).
 */
public final class PublicMapFixtures {

    /** Test points next to works that must never be public (command, supply, non-public, decommissioned). */
    public static final double[][] RESTRICTED_POINTS = {
        {120.8951, 32.0102}, {120.8752, 32.0001}, {120.9101, 32.0201}, {120.8851, 32.0251}
    };

    public static final String[] RESTRICTED_CODES = {"PM-TEST-CMD", "PM-TEST-SUP", "PM-TEST-PRIV", "PM-TEST-OLD"};

    private static volatile boolean loaded;

    private PublicMapFixtures() {}

    public static synchronized void load(DataSource register) {
        if (loaded) {
            return;
        }
        run(register, "fixtures/public_map_districts.sql");
        run(register, "fixtures/public_map_shelters.sql");
        loaded = true;
    }

    /** Deletes the PM-TEST works (their entrances, parking, signage and status go with them). */
    public static synchronized void remove(DataSource register) {
        try (Connection c = register.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DELETE FROM core.works WHERE code LIKE 'PM-TEST-%'");
        } catch (SQLException e) {
            throw new IllegalStateException("removing the public-map fixtures failed", e);
        }
        loaded = false;
    }

    private static void run(DataSource ds, String path) {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute(new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8));
        } catch (SQLException e) {
            throw new IllegalStateException("fixture " + path + " failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
