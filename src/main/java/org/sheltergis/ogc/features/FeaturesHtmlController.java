package org.sheltergis.ogc.features;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The same resources as pages, for a person with a browser ({@code f=html}, or a browser's Accept header: see
 * {@link FormatNegotiation}). Same rules, same data: every page is rendered from the JSON document.
 */
@RestController
@RequestMapping(value = Documents.ROOT, produces = MediaType.TEXT_HTML_VALUE)
class FeaturesHtmlController {

    private final FeaturesController api;
    private final JsonMapper json;

    FeaturesHtmlController(FeaturesController api, JsonMapper json) {
        this.api = api;
        this.json = json;
    }

    @GetMapping({"", "/"})
    String landing(@RequestHeader(value = "Accept-Language", required = false) String language) {
        JsonNode doc = json.valueToTree(api.landing(null, language));
        return HtmlPage.render(doc.get("title").asString(), doc);
    }

    @GetMapping("/api")
    String api() {
        return HtmlPage.render("API", json.valueToTree(api.definition()));
    }

    @GetMapping("/conformance")
    String conformance() {
        return HtmlPage.render("Conformance", json.valueToTree(api.conformance(null)));
    }

    @GetMapping("/collections")
    String collections(@RequestHeader(value = "Accept-Language", required = false) String language) {
        return HtmlPage.render("Collections", json.valueToTree(api.collections(null, language)));
    }

    @GetMapping("/collections/{collectionId}")
    String collection(
            @PathVariable String collectionId,
            @RequestHeader(value = "Accept-Language", required = false) String language) {
        JsonNode doc = json.valueToTree(api.collection(collectionId, null, language));
        return HtmlPage.render(doc.get("title").asString(), doc);
    }

    @GetMapping("/collections/{collectionId}/queryables")
    String queryables(
            @PathVariable String collectionId,
            @RequestHeader(value = "Accept-Language", required = false) String language) {
        JsonNode doc = json.valueToTree(
                api.queryables(collectionId, null, language, null).getBody());
        return HtmlPage.render(collectionId + " queryables", doc);
    }

    @GetMapping("/collections/{collectionId}/items")
    String items(@PathVariable String collectionId, HttpServletRequest request) {
        JsonNode doc =
                json.readTree(api.items(collectionId, request, null, null).getBody());
        return HtmlPage.render(collectionId, doc);
    }

    @GetMapping("/collections/{collectionId}/items/{featureId}")
    String item(@PathVariable String collectionId, @PathVariable String featureId, HttpServletRequest request) {
        JsonNode doc = json.readTree(
                api.item(collectionId, featureId, request, null, null).getBody());
        return HtmlPage.render(collectionId + " " + featureId, doc);
    }
}
