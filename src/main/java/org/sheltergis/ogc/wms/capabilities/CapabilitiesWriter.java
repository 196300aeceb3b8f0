package org.sheltergis.ogc.wms.capabilities;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.Envelope;
import org.sheltergis.layers.LayerDefinition;
import org.sheltergis.ogc.sld.Style;
import org.sheltergis.ogc.wms.Bilingual;
import org.sheltergis.ogc.wms.WmsProperties;
import org.sheltergis.ogc.wms.WmsVersion;
import org.sheltergis.ogc.wms.request.Crs;
import org.sheltergis.ogc.wms.request.ImageFormat;
import org.sheltergis.ogc.wms.request.InfoFormat;

/**
 * Writes the capabilities document of either version. The two share their shape; they differ in names (CRS / SRS,
 * EX_GeographicBoundingBox / LatLonBoundingBox), namespaces, axis order of bounding boxes and format names.
 */
final class CapabilitiesWriter {

    private static final String WMS = "http://www.opengis.net/wms";
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final String SLD = "http://www.opengis.net/sld";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    /** What the document describes. {@code baseUrl} ends with '?' and honours X-Forwarded-* headers. */
    record Input(
            WmsVersion version,
            String baseUrl,
            long updateSequence,
            String language,
            WmsProperties properties,
            String serviceAbstract,
            List<LayerEntry> layers,
            Map<Crs, Envelope> overall) {}

    record LayerEntry(LayerDefinition layer, List<Style> styles, Map<Crs, Envelope> extents) {}

    private final Input in;
    private final XMLStreamWriter w;
    private final boolean v13;

    private CapabilitiesWriter(Input in, XMLStreamWriter w) {
        this.in = in;
        this.w = w;
        this.v13 = in.version() == WmsVersion.V1_3_0;
    }

    static String write(Input in) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            new CapabilitiesWriter(in, w).document();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private void document() throws XMLStreamException {
        w.writeStartDocument("UTF-8", "1.0");
        if (v13) {
            w.setDefaultNamespace(WMS);
            w.setPrefix("xlink", XLINK);
            w.setPrefix("sld", SLD);
            w.setPrefix("xsi", XSI);
            w.writeStartElement(WMS, "WMS_Capabilities");
            w.writeDefaultNamespace(WMS);
            w.writeNamespace("xlink", XLINK);
            w.writeNamespace("sld", SLD);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute(
                    XSI,
                    "schemaLocation",
                    WMS + " http://schemas.opengis.net/wms/1.3.0/capabilities_1_3_0.xsd " + SLD
                            + " http://schemas.opengis.net/sld/1.1.0/sld_capabilities.xsd");
        } else {
            w.writeDTD(
                    "\n<!DOCTYPE WMT_MS_Capabilities SYSTEM \"http://schemas.opengis.net/wms/1.1.1/WMS_MS_Capabilities.dtd\">\n");
            w.setPrefix("xlink", XLINK);
            w.writeStartElement("WMT_MS_Capabilities");
        }
        w.writeAttribute("version", in.version().text());
        w.writeAttribute("updateSequence", String.valueOf(in.updateSequence()));
        service();
        capability();
        w.writeEndElement();
        w.writeEndDocument();
    }

    private void service() throws XMLStreamException {
        w.writeStartElement("Service");
        text("Name", v13 ? "WMS" : "OGC:WMS");
        text("Title", in.properties().title());
        text("Abstract", in.serviceAbstract());
        w.writeStartElement("KeywordList");
        for (String k : List.of("人防", "人防工程", "civil air defence", "shelter", "Nantong", "南通")) {
            text("Keyword", k);
        }
        w.writeEndElement();
        onlineResource(in.baseUrl());
        text("Fees", "none");
        text("AccessConstraints", "none");
        if (v13) {
            text("MaxWidth", String.valueOf(in.properties().maxWidth()));
            text("MaxHeight", String.valueOf(in.properties().maxHeight()));
        }
        w.writeEndElement();
    }

    private void capability() throws XMLStreamException {
        w.writeStartElement("Capability");
        w.writeStartElement("Request");
        operation(null, "GetCapabilities", List.of(v13 ? "text/xml" : "application/vnd.ogc.wms_xml"));
        operation(
                null,
                "GetMap",
                List.of(ImageFormat.values()).stream()
                        .map(ImageFormat::formatName)
                        .toList());
        operation(
                null,
                "GetFeatureInfo",
                List.of(InfoFormat.values()).stream()
                        .map(InfoFormat::formatName)
                        .toList());
        operation(v13 ? SLD : null, "GetLegendGraphic", List.of("image/png", "image/jpeg"));
        w.writeEndElement();
        w.writeStartElement("Exception");
        for (String f : v13
                ? List.of("XML", "INIMAGE", "BLANK")
                : List.of(
                        "application/vnd.ogc.se_xml",
                        "application/vnd.ogc.se_inimage",
                        "application/vnd.ogc.se_blank")) {
            text("Format", f);
        }
        w.writeEndElement();
        rootLayer();
        w.writeEndElement();
    }

    private void operation(String namespace, String name, List<String> formats) throws XMLStreamException {
        if (namespace != null) {
            w.writeStartElement(namespace, name);
        } else {
            w.writeStartElement(name);
        }
        for (String f : formats) {
            text("Format", f);
        }
        w.writeStartElement("DCPType");
        w.writeStartElement("HTTP");
        w.writeStartElement("Get");
        onlineResource(in.baseUrl());
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    private void rootLayer() throws XMLStreamException {
        w.writeStartElement("Layer");
        text("Title", in.properties().title());
        text("Abstract", in.properties().abstractText());
        for (Crs crs : Crs.ALL) {
            if (v13 || !crs.code().startsWith("CRS:")) {
                text(v13 ? "CRS" : "SRS", crs.code());
            }
        }
        boxes(in.overall());
        for (LayerEntry e : in.layers()) {
            layer(e);
        }
        w.writeEndElement();
    }

    private void layer(LayerEntry e) throws XMLStreamException {
        LayerDefinition l = e.layer();
        w.writeStartElement("Layer");
        w.writeAttribute("queryable", "1");
        w.writeAttribute("opaque", "0");
        text("Name", l.name());
        text("Title", Bilingual.pick(l.titleZh(), l.titleEn(), in.language()));
        String lang = in.language() == null ? "" : in.language().toLowerCase(Locale.ROOT);
        text(
                "Abstract",
                lang.startsWith("en")
                        ? l.abstractEn()
                        : lang.startsWith("zh") ? l.abstractZh() : l.abstractZh() + " " + l.abstractEn());
        w.writeStartElement("KeywordList");
        text("Keyword", l.titleZh());
        text("Keyword", l.titleEn());
        w.writeEndElement();
        boxes(e.extents());
        for (Style s : e.styles()) {
            style(l, s);
        }
        w.writeEndElement();
    }

    private void style(LayerDefinition l, Style s) throws XMLStreamException {
        w.writeStartElement("Style");
        text("Name", s.name());
        text("Title", Bilingual.pick(s.title() != null ? s.title() : s.name(), in.language()));
        if (s.abstractText() != null) {
            text("Abstract", Bilingual.pick(s.abstractText(), in.language()));
        }
        w.writeStartElement("LegendURL");
        w.writeAttribute("width", "20");
        w.writeAttribute("height", "20");
        text("Format", "image/png");
        onlineResource(in.baseUrl() + "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&FORMAT=image%2Fpng&LAYER="
                + l.name() + "&STYLE=" + s.name()
                + (in.language() == null || in.language().isBlank() ? "" : "&LANGUAGE=" + in.language()));
        w.writeEndElement();
        w.writeEndElement();
    }

    private void boxes(Map<Crs, Envelope> extents) throws XMLStreamException {
        Envelope geo = extents.get(Crs.CRS84);
        if (v13) {
            w.writeStartElement("EX_GeographicBoundingBox");
            text("westBoundLongitude", num(geo.getMinX()));
            text("eastBoundLongitude", num(geo.getMaxX()));
            text("southBoundLatitude", num(geo.getMinY()));
            text("northBoundLatitude", num(geo.getMaxY()));
            w.writeEndElement();
        } else {
            w.writeEmptyElement("LatLonBoundingBox");
            w.writeAttribute("minx", num(geo.getMinX()));
            w.writeAttribute("miny", num(geo.getMinY()));
            w.writeAttribute("maxx", num(geo.getMaxX()));
            w.writeAttribute("maxy", num(geo.getMaxY()));
        }
        for (Crs crs : Crs.ALL) {
            if (!v13 && crs.code().startsWith("CRS:")) {
                continue;
            }
            Envelope e = extents.get(crs);
            boolean swap = crs.swapsAxes(in.version());
            w.writeEmptyElement("BoundingBox");
            w.writeAttribute(v13 ? "CRS" : "SRS", crs.code());
            w.writeAttribute("minx", num(swap ? e.getMinY() : e.getMinX()));
            w.writeAttribute("miny", num(swap ? e.getMinX() : e.getMinY()));
            w.writeAttribute("maxx", num(swap ? e.getMaxY() : e.getMaxX()));
            w.writeAttribute("maxy", num(swap ? e.getMaxX() : e.getMaxY()));
        }
    }

    private void onlineResource(String href) throws XMLStreamException {
        w.writeEmptyElement("OnlineResource");
        if (!v13) {
            w.writeNamespace("xlink", XLINK);
        }
        w.writeAttribute("xlink", XLINK, "type", "simple");
        w.writeAttribute("xlink", XLINK, "href", href);
    }

    private void text(String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.8f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
