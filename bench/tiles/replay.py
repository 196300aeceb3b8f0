"""Replays a recorded map session (one "/path?query" per line) against the service, one request after another as one
visitor's browser would, and prints how many tiles came from the tile cache (X-Tile-Cache: memory or disk) and how
long the session took. Usage: replay.py BASE_URL session.txt LABEL"""
import sys
import time
import urllib.request

base, path, label = sys.argv[1], sys.argv[2], sys.argv[3]
lines = [l.strip() for l in open(path) if l.strip()]
counts = {}
start = time.perf_counter()
for line in lines:
    with urllib.request.urlopen(base + line) as r:
        r.read()
        source = r.headers.get("X-Tile-Cache", "none")
        counts[source] = counts.get(source, 0) + 1
elapsed = time.perf_counter() - start
hits = counts.get("memory", 0) + counts.get("disk", 0)
print("RESULT session=%s tiles=%d hits=%d hit_rate=%.1f%% seconds=%.2f tiles_per_s=%.1f sources=%s"
      % (label, len(lines), hits, 100.0 * hits / max(1, len(lines)), elapsed, len(lines) / elapsed, counts))
