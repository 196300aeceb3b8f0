package org.sheltergis.ogc.wms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Loads the WMS test features (idempotent; see wms/test_data.sql) into the register. */
final class WmsTestData {

    private WmsTestData() {
    }

    static void load(DataSource register) {
        try {
            String sql = new ClassPathResource("wms/test_data.sql").getContentAsString(StandardCharsets.UTF_8);
            new JdbcTemplate(register).execute(sql);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
