package org.sheltergis.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Bean Validation paths named as the JSON spells them, step by step through records and lists. */
class JsonNamesTest {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Outer(Integer baseVersion, List<Inner> workItems, Plain plainPart) {}

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Inner(Long workId) {}

    record Plain(Double shelteringArea) {}

    @Test
    void eachStepIsNamedByTheRecordItBelongsTo() {
        assertThat(JsonNames.path(Outer.class, "baseVersion")).isEqualTo("base_version");
        assertThat(JsonNames.path(Outer.class, "workItems[3].workId")).isEqualTo("work_items[3].work_id");
        assertThat(JsonNames.path(Outer.class, "workItems[0]")).isEqualTo("work_items[0]");
        // A record without a naming strategy keeps its Java names (the coverage console's camelCase).
        assertThat(JsonNames.path(Outer.class, "plainPart.shelteringArea")).isEqualTo("plain_part.shelteringArea");
        assertThat(JsonNames.path(Object.class, "a.b")).isEqualTo("a.b");
    }

    @Test
    void aConstraintsMessageBecomesASentenceAboutTheWholePath() {
        assertThat(ProblemHandler.sentence("version", "must not be null")).isEqualTo("version must not be null");
        assertThat(ProblemHandler.sentence("entrances[0].lon", "lon must be between -180 and 180"))
                .isEqualTo("entrances[0].lon must be between -180 and 180");
        assertThat(ProblemHandler.sentence("units[2]", "must be a plan unit code"))
                .isEqualTo("units[2] must be a plan unit code");
        assertThat(ProblemHandler.sentence("note", "note must be at most 500 characters"))
                .isEqualTo("note must be at most 500 characters");
        assertThat(ProblemHandler.sentence("note", null)).isEqualTo("note is not valid");
    }
}
