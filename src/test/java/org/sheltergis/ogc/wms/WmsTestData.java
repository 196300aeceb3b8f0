package org.sheltergis.ogc.wms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Loads the WMS test features (idempotent; see wms/test_data.sql) into the register, and removes them again. */
final class WmsTestData {

    private WmsTestData() {}

    static void load(DataSource register) {
        run(register, "wms/test_data.sql");
    }

    /** Called after each test: the other tests check the sample's facts, which these features would change. */
    static void remove(DataSource register) {
        run(register, "wms/test_data_remove.sql");
    }

    private static void run(DataSource register, String file) {
        try {
            String sql = new ClassPathResource(file).getContentAsString(StandardCharsets.UTF_8);
            new JdbcTemplate(register).execute(sql);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
