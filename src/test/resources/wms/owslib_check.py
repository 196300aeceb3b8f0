"""OWSLib against the embedded WMS: capabilities, GetMap and GetFeatureInfo in 1.1.1 and 1.3.0.

Usage: /usr/bin/python3 owslib_check.py BASE_URL OUT_DIR — prints one JSON object with what it found.
"""
import json
import sys

from owslib.wms import WebMapService

base, out_dir = sys.argv[1], sys.argv[2]
result = {}
for version in ("1.1.1", "1.3.0"):
    wms = WebMapService(base + "/wms", version=version, timeout=60)
    shelters = wms["shelters"]
    image = wms.getmap(layers=["districts", "shelters"], styles=["", ""], srs="EPSG:4326",
                       bbox=(120.905, 31.02, 120.995, 31.04), size=(450, 100), format="image/png", transparent=True)
    png = image.read()
    path = "%s/owslib_%s.png" % (out_dir, version)
    with open(path, "wb") as f:
        f.write(png)
    info = wms.getfeatureinfo(layers=["shelters"], srs="EPSG:4326", bbox=(120.91, 31.02, 120.93, 31.04),
                              size=(200, 200), format="image/png", query_layers=["shelters"],
                              info_format="application/json", xy=(100, 100), feature_count=3)
    features = json.loads(info.read())["features"]
    result[version] = {
        "layers": sorted(wms.contents),
        "title": shelters.title,
        "styles": sorted(shelters.styles),
        "crs": sorted(shelters.crsOptions),
        "getmap_type": image.info()["Content-Type"],
        "png": path,
        "feature_codes": [f["properties"]["code"] for f in features],
    }
print(json.dumps(result, ensure_ascii=False))
