package org.sheltergis.geoserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.sheltergis.layers.LayerCatalog;
import org.xml.sax.SAXException;

/**
 * Every style the catalog names has its SLD file in geoserver/styles and it is valid SLD 1.0 (schemas copied into
 * src/test/resources/geoserver/ogc-schemas, validated offline). GeoServer gets exactly these files.
 */
class SldSchemaTest {

    static Schema sld10() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newSchema(SldSchemaTest.class.getResource(
                "/geoserver/ogc-schemas/sld-1.0.0/ogc/sld/1.0.0/StyledLayerDescriptor.xsd"));
    }

    static List<String> errors(Schema schema, String sld) {
        try {
            schema.newValidator().validate(new StreamSource(new StringReader(sld)));
            return List.of();
        } catch (SAXException e) {
            return List.of(e.getMessage());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theValidatorAcceptsValidSldAndRejectsInvalidSld() throws Exception {
        Schema schema = sld10();
        assertThat(errors(schema, CommandRun.minimalSld("x"))).isEmpty();
        assertThat(errors(schema, CommandRun.minimalSld("x").replace("<Rule>", "<Rule><Colour/>"))).isNotEmpty();
    }

    @Test
    void everyCatalogStyleHasAValidSld10File() throws Exception {
        Set<String> styles = new LinkedHashSet<>();
        new LayerCatalog().listLayers().forEach(l -> styles.addAll(l.styles()));
        StyleSource source = StyleSource.directoryThenClasspath(Path.of("geoserver/styles"));
        assertThat(source.missing(List.copyOf(styles))).as("styles without a file in geoserver/styles").isEmpty();
        Schema schema = sld10();
        List<String> problems = new ArrayList<>();
        for (String style : styles) {
            errors(schema, source.get(style)).forEach(e -> problems.add(style + ".sld: " + e));
        }
        assertThat(problems).isEmpty();
    }
}
