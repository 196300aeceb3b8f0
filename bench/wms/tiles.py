"""Writes the tile requests of the benchmark: 256 px EPSG:3857 tiles as Leaflet's L.tileLayer.wms asks for them,
zoom 13 to 17, over the extent of the shelters layer (the main urban area), in a fixed pseudo-random order so
both servers get the same sequence. Usage: tiles.py DBNAME COUNT > tiles.txt (paths with the query, no host)."""
import math
import os
import random
import subprocess
import sys

db, count = sys.argv[1], int(sys.argv[2])
extent = subprocess.run(["psql", "-X", "-At", "-h", "127.0.0.1", "-p", os.environ.get("PGPORT", "55432"), "-U", "shelter_pub", "-d", db, "-c",
                         "SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT ST_Extent(geom) e FROM pub.shelters) t"],
                        check=True, capture_output=True, text=True).stdout.strip().split("|")
lon0, lat0, lon1, lat1 = map(float, extent)
R = 20037508.342789244


def tile(lon, lat, z):
    n = 2 ** z
    x = int((lon + 180) / 360 * n)
    y = int((1 - math.log(math.tan(math.radians(lat)) + 1 / math.cos(math.radians(lat))) / math.pi) / 2 * n)
    return x, y


rng = random.Random(42)
layers = "districts,shelters,entrances,parking"
for _ in range(count):
    z = rng.choice([13, 14, 15, 15, 16, 16, 17, 17])
    x0, y1 = tile(lon0, lat0, z)
    x1, y0 = tile(lon1, lat1, z)
    x, y = rng.randint(x0, x1), rng.randint(y0, y1)
    size = 2 * R / 2 ** z
    minx, maxy = -R + x * size, R - y * size
    print("?service=WMS&request=GetMap&layers=%s&styles=&format=image%%2Fpng&transparent=true&version=1.1.1"
          "&width=256&height=256&srs=EPSG%%3A3857&bbox=%.6f,%.6f,%.6f,%.6f" % (layers, minx, maxy - size, minx + size, maxy))
