package org.sheltergis.tiles;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import jakarta.annotation.PreDestroy;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.sheltergis.changes.RegisterChanges;
import org.sheltergis.changes.ViewSources;
import org.sheltergis.layers.LayerDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;

/**
 * Tiles kept until the data they show changes (ADR 0017): in memory (Caffeine, bounded by bytes), then on disk under a
 * size cap. A tile is keyed by the caller's access scope and the request; it remembers the register tables its layers
 * read and the lon/lat area whose features it can show (the tile plus the margin its renderer reads around it). Every
 * change the outbox records ({@link RegisterChanges}) drops exactly the tiles whose tables and area it touches, before
 * the change's commit is answered. A layer whose tables do not all record changes is never cached.
 *
 * <p>A tile drawn while a change was being committed may show the old data: it is kept only if no change that touches
 * it arrived since its drawing began (a change epoch, checked under a lock that change handling takes exclusively).
 */
@Component
public class TileCache implements RegisterChanges.Listener {

    /** A tile as it is served: the bytes, a validator of exactly these bytes, and where it came from. */
    public record Tile(byte[] bytes, String etag, String from) {}

    /** What a tile is drawn from: the register tables, and the lon/lat box whose changes can alter it. */
    public record Sources(Set<String> tables, double[] area) {}

    record Key(String scope, String request) {}

    record Entry(byte[] bytes, String etag, Sources sources, long epoch) {}

    private record Recent(long epoch, RegisterChanges.Change change) {}

    /** The response header that says where a tile came from (memory, disk, drawn, uncached): for benchmarks. */
    public static final String HEADER = "X-Tile-Cache";

    private static final int RECENT = 1024;

    private final TileCacheProperties settings;
    private final JdbcClient jdbc;
    private final Cache<Key, Entry> memory;
    private final DiskTier disk;
    private final AtomicLong epoch = new AtomicLong();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ArrayDeque<Recent> recent = new ArrayDeque<>();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private volatile ViewSources sources;

    TileCache(TileCacheProperties settings, JdbcClient jdbc, RegisterChanges changes) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.disk =
                new DiskTier(settings.diskDirectory(), settings.diskMaxSize().toBytes(), this);
        this.memory = Caffeine.newBuilder()
                .maximumWeight(settings.memoryMaxSize().toBytes())
                .weigher((Key k, Entry e) -> e.bytes().length + k.request().length() * 2 + 96)
                .evictionListener((Key k, Entry e, RemovalCause cause) -> {
                    if (cause == RemovalCause.SIZE && k != null && e != null) {
                        disk.offer(k, e);
                    }
                })
                .build();
        if (changes != null) {
            changes.listen(this); // null only in unit tests, which call changed() themselves
        }
    }

    /**
     * The register tables these layers read, when every one of them records its changes; null when a tile of them
     * cannot be cached (it could not be told apart from a stale one).
     */
    public Set<String> tablesOf(Collection<LayerDefinition> layers) {
        if (!settings.enabled()) {
            return null;
        }
        ViewSources vs = viewSources();
        Set<String> tables = new HashSet<>();
        for (LayerDefinition l : layers) {
            Set<String> t = vs.tablesOf(l.access().schema() + "." + l.relation());
            if (!vs.allRecorded(t)) {
                return null;
            }
            tables.addAll(t);
        }
        return Set.copyOf(tables);
    }

    /** The cached tile, or the drawn one (kept unless a change touching it arrived meanwhile). */
    public Tile get(String scope, String request, Sources sources, Supplier<byte[]> draw) {
        Key key = new Key(scope, request);
        Entry e = memory.getIfPresent(key);
        if (e != null) {
            hits.incrementAndGet();
            return new Tile(e.bytes(), e.etag(), "memory");
        }
        e = disk.get(key);
        if (e != null) {
            hits.incrementAndGet();
            keep(key, e);
            return new Tile(e.bytes(), e.etag(), "disk");
        }
        misses.incrementAndGet();
        long start = epoch.get();
        byte[] bytes = draw.get();
        Entry drawn = new Entry(bytes, etag(bytes), sources, start);
        keep(key, drawn);
        return new Tile(bytes, drawn.etag(), "drawn");
    }

    /** Keeps an entry in memory unless a change touching it arrived after it was drawn; false if it was not kept. */
    private boolean keep(Key key, Entry e) {
        lock.readLock().lock();
        try {
            if (changedSince(e)) {
                return false;
            }
            memory.put(key, e);
            return true;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Called with the read lock held (or the write lock): whether a change after the entry's epoch touches it. */
    boolean changedSince(Entry e) {
        if (e.epoch() == epoch.get()) {
            return false;
        }
        if (recent.isEmpty() || recent.peekFirst().epoch() > e.epoch() + 1) {
            return true; // older than what is remembered: assume the worst
        }
        for (Recent r : recent) {
            if (r.epoch() > e.epoch()
                    && r.change().touches(e.sources().tables(), e.sources().area())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void changed(List<RegisterChanges.Change> changes) {
        lock.writeLock().lock();
        try {
            for (RegisterChanges.Change c : changes) {
                recent.addLast(new Recent(epoch.incrementAndGet(), c));
                if (recent.size() > RECENT) {
                    recent.removeFirst();
                }
            }
            memory.asMap().values().removeIf(e -> touched(e, changes));
            disk.removeIf(e -> touched(e, changes));
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Runs with the disk tier's writes: an entry is written only if it is still fresh. */
    <T> T whileNoChange(Supplier<T> work) {
        lock.readLock().lock();
        try {
            return work.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private static boolean touched(Entry e, List<RegisterChanges.Change> changes) {
        return changes.stream()
                .anyMatch(c -> c.touches(e.sources().tables(), e.sources().area()));
    }

    /** Tiles served from the cache and drawn, since start. */
    public long[] counts() {
        return new long[] {hits.get(), misses.get()};
    }

    /** The tiles held in memory and on disk. */
    public long[] sizes() {
        memory.cleanUp();
        return new long[] {memory.estimatedSize(), disk.size()};
    }

    /**
     * Runs the memory tier's pending evictions and waits until the disk tier has written every tile they handed it, so
     * what {@link #sizes()} says next is settled (the disk writes are otherwise in the background).
     */
    void awaitDiskWrites() {
        memory.cleanUp();
        disk.awaitWrites();
    }

    @PreDestroy
    void stop() {
        disk.stop();
    }

    private ViewSources viewSources() {
        ViewSources vs = sources;
        if (vs == null) {
            vs = RegisterChanges.viewSources(jdbc);
            sources = vs;
        }
        return vs;
    }

    private static String etag(byte[] bytes) {
        return "\"t" + DigestUtils.md5DigestAsHex(bytes) + "\"";
    }
}
