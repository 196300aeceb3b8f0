package org.sheltergis.sample;

import org.sheltergis.common.PublicDatabase;
import org.sheltergis.common.SqlFiles;
import org.springframework.stereotype.Component;

/**
 * Whether the register holds the synthetic sample, and the words every outlet uses to say so (ADR 0008): the badge on
 * every page ({@code /api/public/config} → {@code web/js/sample-badge.js}), the WMS capabilities' Abstract and the
 * OGC API landing page's description. Read from {@code pub.register_notice}, so it follows the data, not a setting.
 */
@Component
public class SampleNotice {

    /** Appended to service descriptions (WMS Abstract, OGC API landing page) while the sample is loaded. */
    public static final String SERVICE_TEXT_ZH = "演示数据：本服务发布的是合成样例数据，并非真实的人防工程。";

    public static final String SERVICE_TEXT_EN =
            "Synthetic sample: the data published here is generated, not real shelters.";

    private final PublicDatabase database;

    SampleNotice(PublicDatabase database) {
        this.database = database;
    }

    /** True while the register holds the synthetic sample. */
    public boolean shown() {
        return database.jdbc()
                .sql(SqlFiles.load("sample/notice.sql"))
                .query(Boolean.class)
                .single();
    }

    /** A service description with the notice appended when the sample is loaded. */
    public String describe(String description, boolean english) {
        if (!shown()) {
            return description;
        }
        String notice = english ? SERVICE_TEXT_EN : SERVICE_TEXT_ZH + " " + SERVICE_TEXT_EN;
        return description == null || description.isBlank() ? notice : description + " " + notice;
    }
}
