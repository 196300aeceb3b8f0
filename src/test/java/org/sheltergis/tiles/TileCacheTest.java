package org.sheltergis.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sheltergis.changes.RegisterChanges;
import org.springframework.util.unit.DataSize;

/** The cache's own rules, without a service: what a change drops, the disk tier, and a tile drawn during a change. */
class TileCacheTest {

    @TempDir
    Path dir;

    static final TileCache.Sources NANTONG =
            new TileCache.Sources(Set.of("works"), new double[] {120.8, 31.9, 120.9, 32.0});
    static final TileCache.Sources QIDONG =
            new TileCache.Sources(Set.of("works"), new double[] {121.6, 31.7, 121.7, 31.8});
    static final TileCache.Sources DISTRICTS =
            new TileCache.Sources(Set.of("districts"), new double[] {120.8, 31.9, 120.9, 32.0});

    TileCache cache(long memoryBytes, long diskBytes) {
        return new TileCache(
                new TileCacheProperties(true, DataSize.ofBytes(memoryBytes), DataSize.ofBytes(diskBytes), dir),
                null,
                null);
    }

    @Test
    void aChangeDropsTheTilesOfItsTablesInItsAreaOnly() {
        TileCache c = cache(1 << 20, 0);
        c.get("public", "a", NANTONG, () -> new byte[] {1});
        c.get("public", "b", QIDONG, () -> new byte[] {2});
        c.get("public", "c", DISTRICTS, () -> new byte[] {3});
        c.changed(List.of(new RegisterChanges.Change(Set.of("works"), new double[] {120.85, 31.95, 120.851, 31.951})));
        assertThat(c.get("public", "a", NANTONG, () -> new byte[] {9}).from()).isEqualTo("drawn");
        assertThat(c.get("public", "b", QIDONG, () -> new byte[] {9}).from()).isEqualTo("memory");
        assertThat(c.get("public", "c", DISTRICTS, () -> new byte[] {9}).from()).isEqualTo("memory");
        c.changed(List.of(new RegisterChanges.Change(Set.of("districts"), null)));
        assertThat(c.get("public", "c", DISTRICTS, () -> new byte[] {9}).from()).isEqualTo("drawn");
    }

    @Test
    void scopesAreKeptApart() {
        TileCache c = cache(1 << 20, 0);
        c.get("public", "a", NANTONG, () -> new byte[] {1});
        var staff = c.get("staff", "a", NANTONG, () -> new byte[] {2});
        assertThat(staff.from()).isEqualTo("drawn");
        assertThat(c.get("public", "a", NANTONG, () -> new byte[] {9}).bytes()).containsExactly(1);
    }

    @Test
    void aTileDrawnWhileAChangeTouchingItArrivedIsServedButNotKept() {
        TileCache c = cache(1 << 20, 0);
        var t = c.get("public", "a", NANTONG, () -> {
            // the change commits while this tile is being drawn from the old data
            c.changed(
                    List.of(new RegisterChanges.Change(Set.of("works"), new double[] {120.85, 31.95, 120.86, 31.96})));
            return new byte[] {1};
        });
        assertThat(t.from()).isEqualTo("drawn");
        assertThat(c.get("public", "a", NANTONG, () -> new byte[] {2}).from()).isEqualTo("drawn");
        // a change elsewhere during drawing does not stop keeping it
        c.get("public", "b", QIDONG, () -> {
            c.changed(
                    List.of(new RegisterChanges.Change(Set.of("works"), new double[] {120.85, 31.95, 120.86, 31.96})));
            return new byte[] {3};
        });
        assertThat(c.get("public", "b", QIDONG, () -> new byte[] {4}).from()).isEqualTo("memory");
    }

    @Test
    void tilesLeavingMemoryGoToDiskUnderItsCapAndChangesDropThemThereToo() {
        // memory for about two 1 kB tiles, disk for about five
        TileCache c = cache(2_600, 5_000);
        AtomicInteger drawn = new AtomicInteger();
        for (int i = 0; i < 12; i++) {
            byte[] b = new byte[1000];
            b[0] = (byte) i;
            c.get("public", "t" + i, i % 2 == 0 ? NANTONG : QIDONG, () -> {
                drawn.incrementAndGet();
                return b;
            });
        }
        c.awaitDiskWrites();
        long onDisk = c.sizes()[1];
        assertThat(onDisk).isBetween(1L, 5L);
        // the most recent evictions are on disk: find one and read it back from there
        String fromDisk = null;
        for (int i = 11; i >= 0 && fromDisk == null; i--) {
            int n = i;
            var t = c.get("public", "t" + i, i % 2 == 0 ? NANTONG : QIDONG, () -> new byte[] {(byte) (100 + n)});
            if (t.from().equals("disk")) {
                assertThat(t.bytes()[0]).isEqualTo((byte) i);
                fromDisk = "t" + i;
            }
        }
        assertThat(fromDisk).isNotNull();
        c.changed(List.of(new RegisterChanges.Change(Set.of("works"), null)));
        assertThat(c.sizes()).containsExactly(0L, 0L);
    }
}
