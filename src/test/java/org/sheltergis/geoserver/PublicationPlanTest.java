package org.sheltergis.geoserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sheltergis.layers.Access;
import org.sheltergis.layers.LayerCatalog;
import org.sheltergis.layers.LayerDefinition;
import tools.jackson.databind.JsonNode;

/** The publication derived from the catalog: complete on the public side, nothing restricted in it, groups sound. */
class PublicationPlanTest {

    final LayerCatalog catalog = new LayerCatalog();
    final GeoServerProperties settings = GeoServerProperties.defaults();
    final List<Step> plan = PublicationPlan.build(
            TestBodies.BODIES,
            catalog,
            settings,
            List.of(
                    new Target(Access.PUBLIC, "shelter", "shelter_pub", "db", 5432, "shelter", "pub", "shelter_pub"),
                    new Target(
                            Access.RESTRICTED,
                            "shelter_staff",
                            "shelter_staff",
                            "db",
                            5432,
                            "shelter",
                            "staff",
                            "shelter_staff_reader")),
            new PublicationPlan.Passwords("p", "s"),
            StyleSource.of(CommandRun::minimalSld));

    List<String> resources() {
        return plan.stream().map(Step::resource).toList();
    }

    @Test
    void everyPublicCatalogLayerIsPublishedWithItsStyles() {
        for (LayerDefinition layer :
                catalog.listLayers().stream().filter(LayerDefinition::isPublic).toList()) {
            assertThat(resources())
                    .contains(
                            "feature type shelter:" + layer.name(),
                            "layer shelter:" + layer.name(),
                            "tile cache of shelter:" + layer.name());
            layer.styles().forEach(s -> assertThat(resources()).contains("style shelter:" + s));
        }
    }

    @Test
    void noRestrictedLayerLandsInThePublicWorkspace() {
        for (LayerDefinition layer : catalog.listLayers()) {
            if (layer.access() == Access.RESTRICTED) {
                assertThat(plan)
                        .noneMatch(s -> s.path().startsWith("/rest/workspaces/shelter/")
                                && s.path().matches(".*/(featuretypes|layers)/" + layer.name() + "($|\\?.*)"));
                assertThat(resources())
                        .contains("feature type shelter_staff:" + layer.name())
                        .doesNotContain("tile cache of shelter:" + layer.name());
            }
        }
        Step publicStore = plan.stream()
                .filter(s -> s.resource().equals("datastore shelter:shelter_pub"))
                .findFirst()
                .orElseThrow();
        assertThat(publicStore.body()).contains("\"schema\",\"$\":\"pub\"").contains("\"user\",\"$\":\"shelter_pub\"");
    }

    @Test
    void everyLayerGroupReferencesLayersAndStylesPublishedBeforeIt() {
        List<Step> groups = plan.stream()
                .filter(s -> s.resource().startsWith("layer group "))
                .toList();
        assertThat(groups).isNotEmpty();
        for (Step group : groups) {
            List<String> before = resources().subList(0, resources().indexOf(group.resource()));
            JsonNode g = TestBodies.JSON.readTree(group.body()).get("layerGroup");
            List<String> layers = new ArrayList<>();
            g.get("publishables")
                    .get("published")
                    .forEach(p -> layers.add(p.get("name").asString()));
            List<String> styles = new ArrayList<>();
            g.get("styles").get("style").forEach(p -> styles.add(p.get("name").asString()));
            assertThat(layers).hasSameSizeAs(styles).isNotEmpty();
            layers.forEach(l -> assertThat(before).contains("layer " + l));
            styles.forEach(s -> assertThat(before).contains("style " + s));
        }
    }

    @Test
    void theMapDrawsAreasBelowPoints() {
        List<String> order =
                PublicationPlan.mapOrder(catalog.listLayers().stream()
                                .filter(LayerDefinition::isPublic)
                                .toList())
                        .stream()
                        .map(LayerDefinition::name)
                        .toList();
        assertThat(order.indexOf("districts")).isLessThan(order.indexOf("shelter_points"));
        assertThat(order.indexOf("shelters")).isLessThan(order.indexOf("entrances"));
    }

    @Test
    void restrictedDataIsProtectedBeforeItIsPublished() {
        int rule = resources().indexOf("data rule shelter_staff.*.r");
        int store = resources().indexOf("datastore shelter_staff:shelter_staff");
        assertThat(rule).isPositive().isLessThan(store);
    }
}
