package org.sheltergis.geoserver;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.sheltergis.layers.LayerCatalog;
import org.sheltergis.layers.LayerDefinition;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;

/**
 * {@code geoserver verify}: reads back every resource of the publication and reports what differs from the catalog —
 * missing resources, extra layers in a workspace, changed fields (every field the publication sends must come back
 * with the same value; attribute lists must be equal), changed SLD styles, data rules — and checks the public
 * workspace's own WMS capabilities: every public layer listed, no restricted one. Reads only (GET).
 */
final class DriftReport {

    private final GeoServerRest rest;
    private final Bodies bodies;
    private final List<String> drift = new ArrayList<>();

    DriftReport(GeoServerRest rest, Bodies bodies) {
        this.rest = rest;
        this.bodies = bodies;
    }

    List<String> check(List<Step> plan, LayerCatalog catalog, GeoServerProperties p, List<Target> targets) {
        for (Step s : plan) {
            switch (s.action()) {
                case ACL_RULE -> rule(s);
                case REMOVE -> {
                    if (get(s.path()).status() == 200) {
                        drift.add("extra: " + s.resource() + " exists (a restricted layer must not be cached)");
                    }
                }
                default -> resource(s);
            }
        }
        for (Target t : targets) {
            extraLayers(t, catalog);
        }
        capabilities(catalog, p);
        return drift;
    }

    private void resource(Step s) {
        boolean sld = PublicationPlan.SLD.equals(s.contentType());
        String path = sld ? s.path() + ".sld" : s.path();
        GeoServerRest.Answer a = get(path);
        if (a.status() == 404) {
            drift.add("missing: " + s.resource());
            return;
        }
        if (a.status() != 200) {
            drift.add("unreadable: " + s.resource() + " (" + a.status() + ")");
            return;
        }
        if (sld) {
            if (!normal(a.body()).equals(normal(s.body()))) {
                drift.add("changed: " + s.resource() + ": the SLD differs from geoserver/styles");
            }
        } else if (PublicationPlan.JSON.equals(s.contentType())) {
            compare(s.resource(), "", bodies.read(s.shownBody()), bodies.read(a.body()));
        }
    }

    /** Every field we send must come back equal; "attribute" lists must be the same names in the same order. */
    private void compare(String resource, String where, JsonNode ours, JsonNode theirs) {
        if (ours.isObject()) {
            if (ours.path("@key").asString("").equals("passwd")) {
                return; // GeoServer keeps it encrypted; never compared, never printed
            }
            for (var e : ours.properties()) {
                String at = where.isEmpty() ? e.getKey() : where + "." + e.getKey();
                JsonNode other = theirs == null ? null : theirs.get(e.getKey());
                if (other == null || other.isNull()) {
                    drift.add("changed: " + resource + ": " + at + " is missing on GeoServer");
                } else if (e.getKey().equals("attribute")) {
                    List<String> a = names(e.getValue());
                    List<String> b = names(other);
                    if (!a.equals(b)) {
                        Set<String> extra = new LinkedHashSet<>(b);
                        extra.removeAll(a);
                        Set<String> missing = new LinkedHashSet<>(a);
                        missing.removeAll(b);
                        drift.add("changed: " + resource + ": attributes differ"
                                + (extra.isEmpty() ? "" : ", extra " + extra)
                                + (missing.isEmpty() ? "" : ", missing " + missing));
                    }
                } else {
                    compare(resource, at, e.getValue(), other);
                }
            }
        } else if (ours.isArray()) {
            if (!theirs.isArray() || theirs.size() != ours.size()) {
                drift.add("changed: " + resource + ": " + where + " is " + theirs + ", the catalog says " + ours);
                return;
            }
            for (int i = 0; i < ours.size(); i++) {
                compare(resource, where + "[" + i + "]", ours.get(i), theirs.get(i));
            }
        } else if (!ours.asString().equals(theirs.asString())) {
            drift.add("changed: " + resource + ": " + where + " is \"" + theirs.asString() + "\", the catalog says \""
                    + ours.asString() + "\"");
        }
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        (list.isArray() ? list : List.of(list))
                .forEach(n -> names.add(((JsonNode) n).path("name").asString()));
        return names;
    }

    private void rule(Step s) {
        GeoServerRest.Answer a = get(s.path());
        JsonNode rules = a.status() == 200 ? bodies.read(a.body()) : null;
        JsonNode wanted = bodies.read(s.body()).get(s.key());
        if (rules == null || !rules.has(s.key())) {
            drift.add("missing: " + s.resource());
        } else if (!rules.get(s.key()).asString().equals(wanted.asString())) {
            drift.add("changed: " + s.resource() + " grants "
                    + rules.get(s.key()).asString() + ", the catalog says " + wanted.asString());
        }
    }

    private void extraLayers(Target t, LayerCatalog catalog) {
        GeoServerRest.Answer a = get("/rest/workspaces/" + t.workspace() + "/layers");
        if (a.status() != 200) {
            return;
        }
        JsonNode layer = bodies.read(a.body()).path("layers").path("layer");
        Set<String> expected = new LinkedHashSet<>();
        catalog.listLayers().stream().filter(l -> l.access() == t.access()).forEach(l -> expected.add(l.name()));
        for (String name : names(layer.isMissingNode() ? bodies.emptyArray() : layer)) {
            if (!expected.contains(name)) {
                drift.add("extra: layer " + t.workspace() + ":" + name + " is not in the catalog");
            }
        }
    }

    private void capabilities(LayerCatalog catalog, GeoServerProperties p) {
        String ws = p.publicWorkspace();
        GeoServerRest.Answer a = get("/" + ws + "/wms?service=WMS&version=1.3.0&request=GetCapabilities");
        if (a.status() != 200) {
            drift.add("capabilities: GetCapabilities of " + ws + " answered " + a.status());
            return;
        }
        Set<String> listed = new LinkedHashSet<>();
        try {
            var f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList names = f.newDocumentBuilder()
                    .parse(new InputSource(new StringReader(a.body())))
                    .getElementsByTagNameNS("*", "Name");
            for (int i = 0; i < names.getLength(); i++) {
                Element e = (Element) names.item(i);
                if (e.getParentNode().getLocalName().equals("Layer")) {
                    String n = e.getTextContent().strip();
                    listed.add(n.startsWith(ws + ":") ? n.substring(ws.length() + 1) : n);
                }
            }
        } catch (Exception e) {
            drift.add("capabilities: GetCapabilities of " + ws + " is not readable XML (" + e.getMessage() + ")");
            return;
        }
        for (LayerDefinition l : catalog.listLayers()) {
            if (l.isPublic() && !listed.contains(l.name())) {
                drift.add("capabilities: public layer " + l.name() + " is not listed by " + ws + "/wms");
            }
            if (!l.isPublic() && listed.contains(l.name())) {
                drift.add("capabilities: RESTRICTED layer " + l.name() + " is listed by the public " + ws + "/wms");
            }
        }
        if (!listed.contains(p.layerGroup())) {
            drift.add("capabilities: layer group " + p.layerGroup() + " is not listed by " + ws + "/wms");
        }
    }

    private GeoServerRest.Answer get(String path) {
        return rest.send(new Request("GET", path, null, null));
    }

    private static String normal(String xml) {
        return xml == null ? "" : xml.replaceAll("\\s+", " ").strip();
    }
}
