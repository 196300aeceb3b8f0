package org.sheltergis.geoserver;

import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper and bodies for the tests that run without the application context. The bodies are maps and trees,
 * which the application's settings (non-null inclusion of bean properties) leave as a default mapper writes them.
 */
final class TestBodies {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Bodies BODIES = new Bodies(JSON);

    private TestBodies() {}
}
