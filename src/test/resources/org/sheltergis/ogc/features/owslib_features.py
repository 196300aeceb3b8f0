"""Reads the OGC API - Features service with OWSLib, as another city GIS would; prints what it saw as JSON."""
import json
import sys

from owslib.ogcapi.features import Features

url, bbox = sys.argv[1], [float(v) for v in sys.argv[2].split(",")]
api = Features(url)
out = {
    "conformsTo": api.conformance()["conformsTo"],
    "collections": [c["id"] for c in api.collections()["collections"]],
    "extent": api.collection("shelters")["extent"]["spatial"]["bbox"][0],
}
page = api.collection_items("shelters", limit=5, bbox=bbox)
out["matched"], out["returned"] = page["numberMatched"], page["numberReturned"]
out["names"] = [f["properties"]["name"] for f in page["features"]]
out["one"] = api.collection_item("shelters", page["features"][0]["id"])["properties"]["code"]
# Every public collection, one page each.
out["read"] = {c: api.collection_items(c, limit=3)["numberReturned"] for c in out["collections"]}
# A CQL2 filter with the features in CGCS2000 / 3-degree Gauss-Kruger CM 120E (northing, easting in metres).
filtered = api.collection_items("shelters", filter="name LIKE '测试掩蔽所1%'",
                                crs="http://www.opengis.net/def/crs/EPSG/0/4549", limit=100)
out["filtered"] = filtered["numberMatched"]
out["northing"] = filtered["features"][0]["geometry"]["coordinates"][0][0][0][0]
out["queryables"] = sorted(api.collection_queryables("shelters")["properties"].keys())
try:
    api.collection("works")
    out["works"] = "readable"
except RuntimeError as e:
    out["works"] = "refused: " + str(e)[:200]
out["api_paths"] = sorted(api.api()["paths"].keys())
print(json.dumps(out, ensure_ascii=False))
