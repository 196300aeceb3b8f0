package org.sheltergis.ogc.sld;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small DOM helpers matching elements by local name. */
final class Dom {

    private Dom() {}

    /** Child elements with that local name (all child elements when {@code name} is null). */
    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || name.equals(e.getLocalName()))) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    static String childText(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().trim();
    }

    /** The value of {@code <CssParameter name="...">} (or SvgParameter) under the element. */
    static String css(Element parent, String name, String fallback) {
        for (Element p : children(parent, null)) {
            String local = p.getLocalName();
            if ((local.equals("CssParameter") || local.equals("SvgParameter")) && name.equals(p.getAttribute("name"))) {
                return p.getTextContent().trim();
            }
        }
        return fallback;
    }

    static double number(String text, double fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new SldException("'" + text + "' is not a number");
        }
    }
}
