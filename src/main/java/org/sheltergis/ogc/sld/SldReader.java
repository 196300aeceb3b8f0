package org.sheltergis.ogc.sld;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.sheltergis.ogc.sld.Symbolizer.Fill;
import org.sheltergis.ogc.sld.Symbolizer.Font;
import org.sheltergis.ogc.sld.Symbolizer.Graphic;
import org.sheltergis.ogc.sld.Symbolizer.Halo;
import org.sheltergis.ogc.sld.Symbolizer.Stroke;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Reads an SLD 1.0 document (the first user style of its first named layer) with the JDK's DOM parser. Elements are
 * matched by local name in their namespace's usual place; anything the renderer cannot draw is an error here, at
 * start-up, rather than a silently blank map later.
 */
public final class SldReader {

    private SldReader() {}

    public static Style read(InputStream in) {
        Document doc = parse(in);
        Element layer = Dom.child(doc.getDocumentElement(), "NamedLayer");
        Element userStyle = layer == null ? null : Dom.child(layer, "UserStyle");
        if (userStyle == null) {
            throw new SldException("no NamedLayer/UserStyle in the document");
        }
        String name = Dom.childText(userStyle, "Name");
        if (name == null) {
            name = Dom.childText(layer, "Name");
        }
        List<List<Rule>> styles = new ArrayList<>();
        for (Element fts : Dom.children(userStyle, "FeatureTypeStyle")) {
            List<Rule> rules = new ArrayList<>();
            for (Element rule : Dom.children(fts, "Rule")) {
                rules.add(rule(rule));
            }
            styles.add(rules);
        }
        return new Style(name, Dom.childText(userStyle, "Title"), Dom.childText(userStyle, "Abstract"), styles);
    }

    private static Document parse(InputStream in) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(in);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new SldException("not a readable SLD document: " + e.getMessage());
        }
    }

    private static Rule rule(Element e) {
        Element filter = Dom.child(e, "Filter");
        boolean elseFilter = Dom.child(e, "ElseFilter") != null;
        double min = Dom.number(Dom.childText(e, "MinScaleDenominator"), 0);
        double max = Dom.number(Dom.childText(e, "MaxScaleDenominator"), Double.POSITIVE_INFINITY);
        List<Symbolizer> symbolizers = new ArrayList<>();
        for (Element s : Dom.children(e, null)) {
            switch (s.getLocalName()) {
                case "PolygonSymbolizer" ->
                    symbolizers.add(new Symbolizer.PolygonSymbolizer(
                            fill(Dom.child(s, "Fill")), stroke(Dom.child(s, "Stroke"))));
                case "LineSymbolizer" -> symbolizers.add(new Symbolizer.LineSymbolizer(stroke(Dom.child(s, "Stroke"))));
                case "PointSymbolizer" ->
                    symbolizers.add(new Symbolizer.PointSymbolizer(graphic(Dom.child(s, "Graphic"))));
                case "TextSymbolizer" -> symbolizers.add(text(s));
                default -> {}
            }
        }
        return new Rule(
                Dom.childText(e, "Name"),
                Dom.childText(e, "Title"),
                filter == null ? Filter.INCLUDE : FilterReader.read(filter),
                elseFilter,
                min,
                max,
                symbolizers);
    }

    private static Fill fill(Element e) {
        if (e == null) {
            return null;
        }
        Color c = Colors.parse(Dom.css(e, "fill", "#808080"));
        return new Fill(Colors.withOpacity(c, Dom.number(Dom.css(e, "fill-opacity", "1"), 1)));
    }

    private static Stroke stroke(Element e) {
        if (e == null) {
            return null;
        }
        Color c = Colors.withOpacity(
                Colors.parse(Dom.css(e, "stroke", "#000000")), Dom.number(Dom.css(e, "stroke-opacity", "1"), 1));
        float width = (float) Dom.number(Dom.css(e, "stroke-width", "1"), 1);
        String dashText = Dom.css(e, "stroke-dasharray", null);
        float[] dash = new float[0];
        if (dashText != null && !dashText.isBlank()) {
            String[] parts = dashText.trim().split("[\\s,]+");
            dash = new float[parts.length];
            for (int i = 0; i < parts.length; i++) {
                dash[i] = Float.parseFloat(parts[i]);
            }
        }
        return new Stroke(
                c, width, dash, Dom.css(e, "stroke-linejoin", "round"), Dom.css(e, "stroke-linecap", "round"));
    }

    private static Graphic graphic(Element e) {
        if (e == null) {
            throw new SldException("PointSymbolizer without Graphic");
        }
        Element mark = Dom.child(e, "Mark");
        String wkn = mark == null ? "square" : Dom.childText(mark, "WellKnownName");
        wkn = wkn == null ? "square" : wkn.trim().toLowerCase(java.util.Locale.ROOT);
        if (!Marks.isKnown(wkn)) {
            throw new SldException("unknown well-known mark '" + wkn + "'");
        }
        Fill fill = mark == null ? new Fill(Color.GRAY) : fill(Dom.child(mark, "Fill"));
        Stroke stroke = mark == null ? null : stroke(Dom.child(mark, "Stroke"));
        double opacity = Dom.number(Dom.childText(e, "Opacity"), 1);
        if (opacity < 1 && fill != null) {
            fill = new Fill(
                    Colors.withOpacity(fill.color(), opacity * fill.color().getAlpha() / 255.0));
        }
        return new Graphic(
                wkn,
                fill,
                stroke,
                Dom.number(Dom.childText(e, "Size"), 6),
                Dom.number(Dom.childText(e, "Rotation"), 0));
    }

    private static Symbolizer.TextSymbolizer text(Element e) {
        Element label = Dom.child(e, "Label");
        if (label == null) {
            throw new SldException("TextSymbolizer without Label");
        }
        Element font = Dom.child(e, "Font");
        List<String> families = new ArrayList<>();
        boolean bold = false;
        boolean italic = false;
        float size = 12;
        if (font != null) {
            for (Element p : Dom.children(font, "CssParameter")) {
                String v = p.getTextContent().trim();
                switch (p.getAttribute("name")) {
                    case "font-family" -> families.add(v);
                    case "font-weight" -> bold = v.equalsIgnoreCase("bold");
                    case "font-style" -> italic = v.equalsIgnoreCase("italic") || v.equalsIgnoreCase("oblique");
                    case "font-size" -> size = (float) Dom.number(v, 12);
                    default -> {}
                }
            }
        }
        double ax = 0.5;
        double ay = 0.5;
        double dx = 0;
        double dy = 0;
        boolean line = false;
        Element placement = Dom.child(e, "LabelPlacement");
        if (placement != null) {
            Element point = Dom.child(placement, "PointPlacement");
            line = Dom.child(placement, "LinePlacement") != null;
            if (point != null) {
                Element anchor = Dom.child(point, "AnchorPoint");
                if (anchor != null) {
                    ax = Dom.number(Dom.childText(anchor, "AnchorPointX"), 0.5);
                    ay = Dom.number(Dom.childText(anchor, "AnchorPointY"), 0.5);
                }
                Element disp = Dom.child(point, "Displacement");
                if (disp != null) {
                    dx = Dom.number(Dom.childText(disp, "DisplacementX"), 0);
                    dy = Dom.number(Dom.childText(disp, "DisplacementY"), 0);
                }
            }
        }
        Element haloElement = Dom.child(e, "Halo");
        Halo halo = haloElement == null
                ? null
                : new Halo(
                        Dom.number(Dom.childText(haloElement, "Radius"), 1),
                        haloElement.getElementsByTagNameNS("*", "Fill").getLength() > 0
                                ? fill(Dom.child(haloElement, "Fill"))
                                : new Fill(Color.WHITE));
        Fill fill = Dom.child(e, "Fill") != null ? fill(Dom.child(e, "Fill")) : new Fill(Color.BLACK);
        return new Symbolizer.TextSymbolizer(
                FilterReader.expression(label),
                new Font(families, bold, italic, size),
                fill,
                halo,
                ax,
                ay,
                dx,
                dy,
                line);
    }
}
