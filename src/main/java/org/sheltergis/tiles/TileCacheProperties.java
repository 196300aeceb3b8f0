package org.sheltergis.tiles;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The tile cache (prefix {@code shelter.tiles}): how much it keeps in memory and on disk. Tiles evicted from memory
 * go to disk while it is under its cap (oldest dropped first); {@code disk-max-size} 0 keeps memory only.
 *
 * @param enabled off: every tile is drawn anew (for comparisons)
 * @param memoryMaxSize bytes of tiles kept in memory
 * @param diskMaxSize bytes of tiles kept on disk
 * @param diskDirectory where; emptied at start (what changed while the service was down is not known)
 */
@ConfigurationProperties("shelter.tiles")
public record TileCacheProperties(Boolean enabled, DataSize memoryMaxSize, DataSize diskMaxSize, Path diskDirectory) {

    public TileCacheProperties {
        enabled = enabled == null || enabled;
        memoryMaxSize = memoryMaxSize != null ? memoryMaxSize : DataSize.ofMegabytes(64);
        diskMaxSize = diskMaxSize != null ? diskMaxSize : DataSize.ofMegabytes(512);
        diskDirectory = diskDirectory != null
                ? diskDirectory
                : Path.of(
                        System.getProperty("java.io.tmpdir"),
                        "shelter-tiles-" + ProcessHandle.current().pid());
    }
}
