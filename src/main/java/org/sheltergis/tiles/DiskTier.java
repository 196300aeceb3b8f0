package org.sheltergis.tiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The second tier: tiles evicted from memory, one file each, under a byte cap (the oldest written go first). The index
 * (which file holds which tile, and what it was drawn from) is in memory, so dropping tiles after a change needs no
 * disk scan; the directory is emptied at start, since what changed while the service was down is not known. Files are
 * written on a thread of their own, each only if no change touched its tile since it was drawn.
 */
final class DiskTier {

    private static final Logger LOG = LoggerFactory.getLogger(DiskTier.class);

    private record Stored(Path file, int size, TileCache.Entry meta) {}

    private static final byte[] NO_BYTES = new byte[0];

    private final Path directory;
    private final long maxBytes;
    private final TileCache cache;
    private final Map<TileCache.Key, Stored> index = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<TileCache.Key> order = new ConcurrentLinkedQueue<>();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong names = new AtomicLong();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tile-disk");
        t.setDaemon(true);
        return t;
    });

    DiskTier(Path directory, long maxBytes, TileCache cache) {
        this.directory = directory;
        this.maxBytes = maxBytes;
        this.cache = cache;
        if (maxBytes > 0) {
            try {
                if (Files.isDirectory(directory)) {
                    try (Stream<Path> old = Files.walk(directory)) {
                        old.sorted(Comparator.reverseOrder())
                                .filter(p -> !p.equals(directory))
                                .forEach(p -> p.toFile().delete());
                    }
                }
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw new UncheckedIOException("The tile cache directory " + directory + " cannot be used", e);
            }
        }
    }

    /** A tile leaving memory: written to disk in the background if there is room for it at all. */
    void offer(TileCache.Key key, TileCache.Entry e) {
        if (maxBytes <= 0 || e.bytes().length > maxBytes) {
            return;
        }
        writer.execute(() -> write(key, e));
    }

    private void write(TileCache.Key key, TileCache.Entry e) {
        try {
            cache.whileNoChange(() -> {
                if (cache.changedSince(e) || index.containsKey(key)) {
                    return null;
                }
                Path file = directory.resolve(Long.toString(names.incrementAndGet(), 36));
                try {
                    Files.write(file, e.bytes());
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
                index.put(
                        key,
                        new Stored(
                                file,
                                e.bytes().length,
                                new TileCache.Entry(NO_BYTES, e.etag(), e.sources(), e.epoch())));
                order.add(key);
                bytes.addAndGet(e.bytes().length);
                return null;
            });
            while (bytes.get() > maxBytes) {
                TileCache.Key oldest = order.poll();
                if (oldest == null) {
                    break;
                }
                remove(oldest);
            }
        } catch (UncheckedIOException io) {
            LOG.warn(
                    "a tile could not be written to the disk cache: {}",
                    io.getCause().toString());
        }
    }

    /** The tile if it is on disk (its file read now); null otherwise. */
    TileCache.Entry get(TileCache.Key key) {
        Stored s = index.get(key);
        if (s == null) {
            return null;
        }
        try {
            byte[] b = Files.readAllBytes(s.file());
            TileCache.Entry m = s.meta();
            return new TileCache.Entry(b, m.etag(), m.sources(), m.epoch());
        } catch (IOException e) {
            remove(key);
            return null;
        }
    }

    /** Drops every tile the predicate picks (called under the cache's change lock). */
    void removeIf(Predicate<TileCache.Entry> touched) {
        index.forEach((k, s) -> {
            if (touched.test(s.meta())) {
                remove(k);
            }
        });
    }

    private void remove(TileCache.Key key) {
        Stored s = index.remove(key);
        if (s != null) {
            bytes.addAndGet(-s.size());
            s.file().toFile().delete();
        }
    }

    long size() {
        return index.size();
    }

    /** Returns once every write offered so far is done (the writer is one thread, taking them in order). */
    void awaitWrites() {
        try {
            writer.submit(() -> {}).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the disk cache", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the disk cache's writes did not end", e);
        }
    }

    void stop() {
        writer.shutdownNow();
    }
}
