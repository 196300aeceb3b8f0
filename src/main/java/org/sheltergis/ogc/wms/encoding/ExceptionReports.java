package org.sheltergis.ogc.wms.encoding;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.sheltergis.ogc.wms.WmsException;
import org.sheltergis.ogc.wms.WmsVersion;
import org.sheltergis.ogc.wms.rendering.Fonts;
import org.sheltergis.ogc.wms.rendering.MapRenderer;
import org.sheltergis.ogc.wms.request.ImageFormat;

/** ServiceExceptionReports in each version's format, and the INIMAGE / BLANK images of GetMap. */
public final class ExceptionReports {

    private static final String OGC = "http://www.opengis.net/ogc";

    private ExceptionReports() {}

    public static String contentType(WmsVersion version) {
        return version == WmsVersion.V1_1_1 ? "application/vnd.ogc.se_xml; charset=UTF-8" : "text/xml; charset=UTF-8";
    }

    public static String xml(WmsVersion version, WmsException e) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            if (version == WmsVersion.V1_3_0) {
                w.setDefaultNamespace(OGC);
                w.writeStartElement(OGC, "ServiceExceptionReport");
                w.writeDefaultNamespace(OGC);
                w.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
                w.writeAttribute(
                        "http://www.w3.org/2001/XMLSchema-instance",
                        "schemaLocation",
                        OGC + " http://schemas.opengis.net/wms/1.3.0/exceptions_1_3_0.xsd");
            } else {
                w.writeDTD("\n<!DOCTYPE ServiceExceptionReport SYSTEM "
                        + "\"http://schemas.opengis.net/wms/1.1.1/exception_1_1_1.dtd\">\n");
                w.writeStartElement("ServiceExceptionReport");
            }
            w.writeAttribute("version", version.text());
            w.writeStartElement("ServiceException");
            w.writeAttribute("code", e.code(version));
            if (e.locator() != null) {
                w.writeAttribute("locator", e.locator());
            }
            w.writeCharacters(e.getMessage());
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException x) {
            throw new IllegalStateException(x);
        }
        return out.toString();
    }

    /** JPEG exception images are drawn whole (the JPEG writer needs every row): only up to this size; larger get XML. */
    static final long MAX_JPEG_PIXELS = 1024L * 1024;
    /** The longest message drawn (it quotes request text, e.g. an unknown layer's name). */
    private static final int MAX_MESSAGE = 400;

    private static final int LINE = 15;

    /**
     * The exception drawn into an image of the requested size (INIMAGE), or an empty image (BLANK). Only the band of
     * rows holding the message is drawn; the plain rows below are encoded without being drawn, so the memory an answer
     * takes does not grow with HEIGHT (a 4096×4096 INIMAGE once held 64 MB per request, outside the render limits).
     * Null when the image would be a JPEG over {@link #MAX_JPEG_PIXELS}: the caller answers with the XML report.
     */
    public static byte[] image(
            int width,
            int height,
            ImageFormat format,
            boolean transparent,
            Color background,
            WmsException e,
            boolean drawMessage) {
        if (format == ImageFormat.JPEG && (long) width * height > MAX_JPEG_PIXELS) {
            return null;
        }
        boolean alpha = transparent && format.supportsAlpha();
        List<String> lines = drawMessage ? wrap(message(e), Math.max(10, (width - 8) / 7)) : List.of();
        // Baselines at 16, 31, …; the band ends one plain row below the last line's descent.
        int fitting = Math.min(lines.size(), Math.max(0, (height - 4) / LINE));
        int band = Math.min(height, fitting == 0 ? 1 : 16 + LINE * (fitting - 1) + 6);
        BufferedImage image =
                new BufferedImage(width, band, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            if (!alpha) {
                g.setColor(background);
                g.fillRect(0, 0, width, band);
            }
            if (fitting > 0) {
                MapRenderer.hints(g);
                Font font = Fonts.plain(12f);
                g.setFont(font);
                g.setColor(new Color(0xB00020));
                int y = 16;
                for (String line : lines.subList(0, fitting)) {
                    g.drawString(line, 4, y);
                    y += LINE;
                }
            }
        } finally {
            g.dispose();
        }
        return ImageEncoder.encodeBand(image, height, format);
    }

    private static String message(WmsException e) {
        String text = e.code() + ": " + e.getMessage();
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "…";
    }

    private static List<String> wrap(String text, int perLine) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > perLine && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
