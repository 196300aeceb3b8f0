package org.sheltergis.ogc.sld;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.sheltergis.layers.Attribute;
import org.sheltergis.layers.LayerCatalog;
import org.sheltergis.layers.LayerDefinition;

/**
 * Every style named in the catalog has its SLD 1.0 file in geoserver/styles, valid against the SLD 1.0 schema (checked
 * offline), readable by the embedded renderer, and reading only attributes its layer publishes.
 */
class StyleFilesTest {

    private static final Path STYLES = Path.of("geoserver/styles");

    @Test
    void everyStyleFileIsValidSld10() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        var schema = factory.newSchema(
                Path.of("src/test/resources/ogc-schemas/sld-1.0.0/ogc/sld/1.0.0/StyledLayerDescriptor.xsd")
                        .toFile());
        List<Path> files;
        try (Stream<Path> s = Files.list(STYLES)) {
            files = s.filter(p -> p.toString().endsWith(".sld")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            Validator v = schema.newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.validate(new StreamSource(file.toFile()));
        }
    }

    @Test
    void everyCatalogStyleHasAFileTheRendererReads() throws IOException {
        for (LayerDefinition layer : new LayerCatalog().listLayers()) {
            List<String> published =
                    layer.attributes().stream().map(Attribute::name).toList();
            for (String name : layer.styles()) {
                Path file = STYLES.resolve(name + ".sld");
                assertThat(file).as("style file for %s", name).exists();
                try (InputStream in = Files.newInputStream(file)) {
                    Style style = SldReader.read(in);
                    assertThat(style.name()).isEqualTo(name);
                    assertThat(style.title()).contains(" / ");
                    assertThat(published).as("attributes read by %s", name).containsAll(style.propertyNames());
                    assertThat(style.rules()).isNotEmpty();
                }
            }
        }
    }
}
