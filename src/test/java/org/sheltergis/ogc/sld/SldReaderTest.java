package org.sheltergis.ogc.sld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SldReaderTest {

    private static Style read(String rules) {
        String sld = """
                <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc">
                  <NamedLayer><Name>t</Name><UserStyle><Name>s</Name><Title>测试 / Test</Title>
                    <FeatureTypeStyle>%s</FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>
                """.formatted(rules);
        return SldReader.read(new ByteArrayInputStream(sld.getBytes(StandardCharsets.UTF_8)));
    }

    private static String rule(String name, String filter) {
        return "<Rule><Name>" + name + "</Name>"
                + (filter == null ? "<ElseFilter/>" : "<ogc:Filter>" + filter + "</ogc:Filter>")
                + "<PolygonSymbolizer><Fill><CssParameter name=\"fill\">#F07800</CssParameter>"
                + "<CssParameter name=\"fill-opacity\">0.5</CssParameter></Fill></PolygonSymbolizer></Rule>";
    }

    private static List<String> matching(Style style, Map<String, Object> feature, double scale) {
        List<Rule> out = new ArrayList<>();
        Style.matching(style.rules(), feature, scale, out);
        return out.stream().map(Rule::name).toList();
    }

    private static Map<String, Object> feature(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void comparisonsLogicalBetweenLikeNullAndElse() {
        Style s = read(rule(
                        "eq",
                        "<ogc:PropertyIsEqualTo><ogc:PropertyName>status</ogc:PropertyName><ogc:Literal>upgraded</ogc:Literal></ogc:PropertyIsEqualTo>")
                + rule(
                        "and",
                        "<ogc:And><ogc:PropertyIsGreaterThan><ogc:PropertyName>n</ogc:PropertyName><ogc:Literal>10</ogc:Literal></ogc:PropertyIsGreaterThan>"
                                + "<ogc:Not><ogc:PropertyIsNull><ogc:PropertyName>free</ogc:PropertyName></ogc:PropertyIsNull></ogc:Not></ogc:And>")
                + rule(
                        "between",
                        "<ogc:PropertyIsBetween><ogc:PropertyName>n</ogc:PropertyName><ogc:LowerBoundary><ogc:Literal>2</ogc:Literal></ogc:LowerBoundary>"
                                + "<ogc:UpperBoundary><ogc:Literal>5</ogc:Literal></ogc:UpperBoundary></ogc:PropertyIsBetween>")
                + rule(
                        "like",
                        "<ogc:PropertyIsLike wildCard=\"*\" singleChar=\".\" escape=\"!\"><ogc:PropertyName>f</ogc:PropertyName><ogc:Literal>personnel_*</ogc:Literal></ogc:PropertyIsLike>")
                + rule(
                        "or",
                        "<ogc:Or><ogc:PropertyIsEqualTo><ogc:PropertyName>b</ogc:PropertyName><ogc:Literal>true</ogc:Literal></ogc:PropertyIsEqualTo>"
                                + "<ogc:PropertyIsLessThanOrEqualTo><ogc:PropertyName>n</ogc:PropertyName><ogc:Literal>-1</ogc:Literal></ogc:PropertyIsLessThanOrEqualTo></ogc:Or>")
                + rule("else", null));
        assertThat(matching(s, feature("status", "upgraded"), 1000)).containsExactly("eq");
        assertThat(matching(s, feature("n", 11, "free", 3), 1000)).containsExactly("and");
        assertThat(matching(s, feature("n", 11), 1000)).containsExactly("else");
        assertThat(matching(s, feature("n", new java.math.BigDecimal("5.0")), 1000))
                .containsExactly("between");
        assertThat(matching(s, feature("f", "personnel_2"), 1000)).containsExactly("like");
        assertThat(matching(s, feature("f", "xpersonnel_2"), 1000)).containsExactly("else");
        assertThat(matching(s, feature("b", Boolean.TRUE), 1000)).containsExactly("or");
        assertThat(matching(s, feature("n", -3), 1000)).containsExactly("or");
        assertThat(s.propertyNames()).containsExactlyInAnyOrder("status", "n", "free", "f", "b");
        var fill =
                ((Symbolizer.PolygonSymbolizer) s.rules().get(0).symbolizers().get(0)).fill();
        assertThat(fill.color().getRGB() & 0xFFFFFF).isEqualTo(0xF07800);
        assertThat(fill.color().getAlpha()).isEqualTo(128);
    }

    @Test
    void scaleDenominatorsBoundRules() {
        Style s = read(
                "<Rule><Name>close</Name><MaxScaleDenominator>25000</MaxScaleDenominator>"
                        + "<LineSymbolizer><Stroke/></LineSymbolizer></Rule>"
                        + "<Rule><Name>far</Name><MinScaleDenominator>25000</MinScaleDenominator>"
                        + "<PointSymbolizer><Graphic><Mark><WellKnownName>circle</WellKnownName></Mark><Size>7</Size></Graphic></PointSymbolizer></Rule>");
        assertThat(matching(s, Map.of(), 24999)).containsExactly("close");
        assertThat(matching(s, Map.of(), 25000)).containsExactly("far");
    }

    @Test
    void labelsMixTextAndProperties() {
        Style s = read("<Rule><Name>l</Name><TextSymbolizer><Label>空位 <ogc:PropertyName>free</ogc:PropertyName></Label>"
                + "<Font><CssParameter name=\"font-size\">11</CssParameter></Font></TextSymbolizer></Rule>");
        var text = (Symbolizer.TextSymbolizer) s.rules().get(0).symbolizers().get(0);
        assertThat(text.label().evaluate(Map.of("free", 35))).isEqualTo("空位 35");
        assertThat(s.hasLabels()).isTrue();
    }

    @Test
    void unknownMarksAndBadColoursAreRejected() {
        assertThatThrownBy(
                        () -> read(
                                "<Rule><PointSymbolizer><Graphic><Mark><WellKnownName>shape://dot</WellKnownName></Mark></Graphic></PointSymbolizer></Rule>"))
                .isInstanceOf(SldException.class)
                .hasMessageContaining("shape://dot");
        assertThatThrownBy(
                        () -> read(
                                "<Rule><PolygonSymbolizer><Fill><CssParameter name=\"fill\">orange</CssParameter></Fill></PolygonSymbolizer></Rule>"))
                .isInstanceOf(SldException.class);
    }
}
