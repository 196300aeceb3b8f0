package org.sheltergis.ogc.features;

import java.util.List;
import org.sheltergis.common.NotFoundException;
import org.sheltergis.layers.Attribute;
import org.sheltergis.layers.LayerCatalog;
import org.sheltergis.layers.LayerDefinition;
import org.sheltergis.security.CallerAccess;
import org.springframework.stereotype.Component;

/**
 * What the caller may read through this API, asked of the one caller-access object every outlet asks
 * ({@link CallerAccess#canRead(LayerDefinition)}): anonymous callers get the public collections, an API key also the
 * restricted layers it is scoped to, staff every layer. A collection the caller may not read is "not found", the same
 * answer as a name that does not exist. The only place in this package that decides access.
 */
@Component
class CollectionAccess {

    private final LayerCatalog catalog;
    private final CallerAccess access;

    CollectionAccess(LayerCatalog catalog, CallerAccess access) {
        this.catalog = catalog;
        this.access = access;
    }

    /** The collections the caller may read, in catalog order. */
    List<LayerDefinition> collections() {
        return catalog.listReadable(access);
    }

    /** The collection of that id if the caller may read it; otherwise a 404. */
    LayerDefinition collection(String id) {
        return catalog.findReadable(id, access)
                .orElseThrow(() -> new NotFoundException("There is no collection '" + id + "'."));
    }

    /**
     * The attributes of a readable collection the caller may read: those the catalog publishes for it (a public layer's
     * view holds only public attributes). The filter and the queryables take their names from this list only.
     */
    List<Attribute> attributes(LayerDefinition collection) {
        return collection.attributes();
    }
}
