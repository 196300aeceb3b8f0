"""Reads the OGC API - Tiles of one collection with QGIS (headless): its vector tiles (MVT) as a vector tile layer and
its map tiles (PNG) as an XYZ raster layer, from the URL templates the tile set documents give; draws both over a box
(EPSG:3857) and prints, as JSON, whether the layers are valid and how many pixels each drew (not white)."""
import json
import os
import sys
import urllib.request

from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsMapRendererSequentialJob, QgsMapSettings,
                       QgsRasterLayer, QgsRectangle, QgsVectorTileLayer)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

collection_url, box = sys.argv[1], [float(v) for v in sys.argv[2].split(",")]
app = QgsApplication([], False)
app.initQgis()


def template(tileset_url):
    doc = json.load(urllib.request.urlopen(tileset_url))
    item = next(l for l in doc["links"] if l["rel"] == "item")
    return item["href"].replace("{tileMatrix}", "{z}").replace("{tileRow}", "{y}").replace("{tileCol}", "{x}")


def drawn(layer):
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    settings.setExtent(QgsRectangle(*box))
    settings.setOutputSize(QSize(256, 256))
    settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    white = QColor(255, 255, 255).rgb()
    return sum(1 for x in range(0, 256, 2) for y in range(0, 256, 2) if image.pixel(x, y) != white)


out = {}
vector_url = template(collection_url + "/tiles/WebMercatorQuad")
vector = QgsVectorTileLayer(f"type=xyz&url={vector_url}&zmin=0&zmax=18", "vector")
out["vector"] = {"valid": vector.isValid(), "pixels": drawn(vector) if vector.isValid() else 0}
map_url = template(collection_url + "/map/tiles/WebMercatorQuad")
raster = QgsRasterLayer(f"type=xyz&url={map_url.replace('&', '%26')}&zmin=0&zmax=18", "map", "wms")
out["map"] = {"valid": raster.isValid(), "pixels": drawn(raster) if raster.isValid() else 0}
print(json.dumps(out), flush=True)
os._exit(0)
