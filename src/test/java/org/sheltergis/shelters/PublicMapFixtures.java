package org.sheltergis.shelters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;

/** Loads the public-map fixtures (districts, PM-TEST-* shelters and restricted works) once; idempotent. */
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
