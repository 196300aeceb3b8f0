package org.sheltergis.geoserver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.sheltergis.layers.Access;
import org.sheltergis.layers.GeometryKind;
import org.sheltergis.layers.LayerCatalog;
import org.sheltergis.layers.LayerDefinition;
import org.sheltergis.security.CallerAccess;

/**
 * The publication, derived from the layer catalog: for each side (public, restricted) a workspace, its namespace,
 * contact and WMS settings, one PostGIS datastore, the styles its layers use, a feature type and a layer per catalog
 * layer; for the public side a layer group of the whole map and tile caches; for the restricted side a data-security
 * rule (before any data is published) and no tile caches. A layer added to the catalog is published without a
 * second list. The order is the order of the requests: everything a resource refers to comes before it.
 */
final class PublicationPlan {

    static final String JSON = "application/json";
    static final String SLD = "application/vnd.ogc.sld+xml";
    // application/xml, as gwclayers.yaml declares (GeoWebCache reads the format from the .xml extension).
    static final String XML = "application/xml";
    static final String MASK = "******";

    /** The datastores' passwords (from options or the environment, never from the repository). */
    record Passwords(String publicDb, String restrictedDb) {}

    private PublicationPlan() {}

    static List<Step> build(
            Bodies bodies,
            LayerCatalog catalog,
            GeoServerProperties p,
            List<Target> targets,
            Passwords passwords,
            StyleSource styles) {
        List<Step> steps = new ArrayList<>();
        for (Target t : targets) {
            boolean restricted = t.access() == Access.RESTRICTED;
            // The same decision as every outlet: the public side holds what an anonymous caller may read, the
            // restricted side (readable by the staff role only) the rest.
            List<LayerDefinition> layers = catalog.listLayers().stream()
                    .filter(l -> CallerAccess.Scope.ANONYMOUS.canRead(l) != restricted)
                    .toList();
            String password = restricted ? passwords.restrictedDb() : passwords.publicDb();
            side(steps, bodies, p, t, layers, restricted, password, styles);
        }
        return steps;
    }

    private static void side(
            List<Step> steps,
            Bodies bodies,
            GeoServerProperties p,
            Target t,
            List<LayerDefinition> layers,
            boolean restricted,
            String password,
            StyleSource styles) {
        String ws = t.workspace();
        String rest = "/rest/workspaces/" + ws;
        steps.add(Step.create("workspace " + ws, rest, "/rest/workspaces", JSON, bodies.workspace(ws)));
        if (restricted) {
            // Before any data exists in the workspace: only the staff role may read or write it.
            for (String mode : List.of("r", "w")) {
                String key = ws + ".*." + mode;
                steps.add(Step.aclRule(
                        "data rule " + key,
                        "/rest/security/acl/layers",
                        key,
                        bodies.json(Map.of(key, p.restrictedRole()))));
            }
        }
        steps.add(Step.put(
                "namespace " + ws, "/rest/namespaces/" + ws, JSON, bodies.namespace(ws, p.namespaceBase() + ws)));
        steps.add(Step.put(
                "contact settings of " + ws, rest + "/settings", JSON, bodies.json(ServiceBodies.settings(p))));
        steps.add(Step.put(
                "WMS settings of " + ws,
                "/rest/services/wms/workspaces/" + ws + "/settings",
                JSON,
                bodies.json(ServiceBodies.wms(p, ws, restricted))));
        String store = rest + "/datastores/" + t.store();
        String description = (restricted ? "Restricted layers: schema " : "Public layers: schema ") + t.schema()
                + " as role " + t.user();
        steps.add(Step.ensure(
                        "datastore " + ws + ":" + t.store(),
                        store,
                        rest + "/datastores",
                        JSON,
                        bodies.dataStore(t.store(), description, t, password))
                .shown(bodies.dataStore(t.store(), description, t, MASK)));
        for (String style : styleNames(layers)) {
            steps.add(Step.ensure(
                    "style " + ws + ":" + style,
                    rest + "/styles/" + style,
                    rest + "/styles?name=" + style,
                    SLD,
                    styles.get(style)));
        }
        for (LayerDefinition layer : layers) {
            steps.add(Step.ensure(
                            "feature type " + ws + ":" + layer.name(),
                            store + "/featuretypes/" + layer.name(),
                            store + "/featuretypes",
                            JSON,
                            bodies.featureType(layer))
                    // An update also brings the bounds up to date with the data.
                    .updatingAt(store + "/featuretypes/" + layer.name() + "?recalculate=nativebbox,latlonbbox"));
            steps.add(Step.put(
                    "layer " + ws + ":" + layer.name(),
                    rest + "/layers/" + layer.name(),
                    JSON,
                    bodies.layer(layer, ws)));
        }
        if (restricted) {
            // GeoServer may add a tile cache for each new layer by default; cached tiles must not outlive the rule.
            for (LayerDefinition layer : layers) {
                steps.add(Step.remove(
                        "tile cache of " + ws + ":" + layer.name(),
                        "/gwc/rest/layers/" + ws + ":" + layer.name() + ".xml"));
            }
            return;
        }
        List<LayerDefinition> map = mapOrder(layers);
        steps.add(Step.ensure(
                "layer group " + ws + ":" + p.layerGroup(),
                rest + "/layergroups/" + p.layerGroup(),
                rest + "/layergroups",
                JSON,
                bodies.layerGroup(
                        p.layerGroup(), "南通人防公众地图 / Nantong shelter map", "全部公开图层 / All public layers", ws, map)));
        List<String> cached =
                new ArrayList<>(layers.stream().map(LayerDefinition::name).toList());
        cached.add(p.layerGroup());
        for (String name : cached) {
            steps.add(Step.put(
                    "tile cache of " + ws + ":" + name,
                    "/gwc/rest/layers/" + ws + ":" + name + ".xml",
                    XML,
                    ServiceBodies.tileLayer(ws + ":" + name)));
        }
    }

    /** The distinct styles the layers use, in catalog order. */
    static List<String> styleNames(List<LayerDefinition> layers) {
        var names = new LinkedHashSet<String>();
        layers.forEach(l -> names.addAll(l.styles()));
        return List.copyOf(names);
    }

    /** Drawing order of the map: areas below, points on top; catalog order otherwise. */
    static List<LayerDefinition> mapOrder(List<LayerDefinition> layers) {
        return layers.stream()
                .sorted(Comparator.comparing(l -> l.geometry() == GeometryKind.POINT))
                .toList();
    }
}
