package org.sheltergis.geoserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sheltergis.layers.LayerCatalog;

/** The committed publication file is what the catalog generates: it cannot drift from the catalog. */
class PublicationExportTest {

    @Test
    void committedPublicationMatchesTheCatalog() throws Exception {
        Path file = Path.of("geoserver/publication/publication.json");
        String expected =
                PublicationExport.render(TestBodies.BODIES, new LayerCatalog(), GeoServerProperties.defaults());
        assertThat(file).as("run ./shelter geoserver export").exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("geoserver/publication/publication.json is stale: run ./shelter geoserver export")
                .isEqualTo(expected);
        assertThat(expected).doesNotContain("pub-db-secret").contains("******");
    }
}
