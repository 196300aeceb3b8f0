package org.sheltergis;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The architecture rule on JSON mappers catches a private mapper and lets a derived one pass. */
class JsonMapperRuleTest {

    static final class BuildsItsOwn {
        final JsonMapper json = JsonMapper.builder().build();
    }

    static final class ConstructsItsOwn {
        final ObjectMapper json = new ObjectMapper();
    }

    static final class DerivesFromTheBean {
        final JsonMapper pretty;

        DerivesFromTheBean(JsonMapper json) {
            pretty = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
        }
    }

    @Test
    void privateMappersAreViolationsDerivedOnesAreNot() {
        var classes = new ClassFileImporter()
                .importClasses(BuildsItsOwn.class, ConstructsItsOwn.class, DerivesFromTheBean.class);
        List<String> details = ArchitectureTest.json_mappers_come_from_spring
                .evaluate(classes)
                .getFailureReport()
                .getDetails();
        assertThat(details)
                .anyMatch(d -> d.contains("BuildsItsOwn"))
                .anyMatch(d -> d.contains("ConstructsItsOwn"))
                .noneMatch(d -> d.contains("DerivesFromTheBean"));
    }
}
