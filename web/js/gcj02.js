// WGS-84 ⇄ GCJ-02 (the datum of AMap/Gaode and Tencent tiles) and GCJ-02 ⇄ BD-09 (Baidu's). The forward transform is
// the widely published formula on the Krasovsky 1940 ellipsoid; it is only applied inside mainland China. The inverse
// has no closed form: a few fixed-point iterations of the forward transform bring it below a millimetre. BD-09 is
// Baidu's further shift and rotation of GCJ-02. The browser twin of common/ChineseMapDatums.java, checked against the
// same known conversions (ChineseMapDatumsTest, EmergencyBrowserTest).
const A = 6378245.0;                 // Krasovsky 1940 semi-major axis
const EE = 0.00669342162296594323;   // its first eccentricity squared

function outsideChina(lon, lat) {
  return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function shiftLat(x, y) {
  let r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
  r += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
  r += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
  return r;
}

function shiftLon(x, y) {
  let r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
  r += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
  r += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
  return r;
}

/** [lon, lat] in WGS-84 → [lon, lat] in GCJ-02. */
export function wgs84ToGcj02(lon, lat) {
  if (outsideChina(lon, lat)) return [lon, lat];
  let dLat = shiftLat(lon - 105.0, lat - 35.0);
  let dLon = shiftLon(lon - 105.0, lat - 35.0);
  const radLat = lat / 180.0 * Math.PI;
  let magic = Math.sin(radLat);
  magic = 1 - EE * magic * magic;
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
  dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
  return [lon + dLon, lat + dLat];
}

/** [lon, lat] in GCJ-02 → [lon, lat] in WGS-84 (iterative inverse). */
export function gcj02ToWgs84(lon, lat) {
  if (outsideChina(lon, lat)) return [lon, lat];
  let x = lon, y = lat;
  for (let i = 0; i < 6; i++) {
    const [gx, gy] = wgs84ToGcj02(x, y);
    x -= gx - lon;
    y -= gy - lat;
  }
  return [x, y];
}

const BAIDU_X_PI = Math.PI * 3000.0 / 180.0;

/** [lon, lat] in GCJ-02 → [lon, lat] in BD-09 (Baidu). */
export function gcj02ToBd09(lon, lat) {
  const z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * BAIDU_X_PI);
  const theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * BAIDU_X_PI);
  return [z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006];
}

/** [lon, lat] in BD-09 → [lon, lat] in GCJ-02 (Baidu's published inverse, a few centimetres). */
export function bd09ToGcj02(lon, lat) {
  const x = lon - 0.0065, y = lat - 0.006;
  const z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * BAIDU_X_PI);
  const theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * BAIDU_X_PI);
  return [z * Math.cos(theta), z * Math.sin(theta)];
}

/** [lon, lat] in WGS-84 → [lon, lat] in BD-09. */
export function wgs84ToBd09(lon, lat) {
  const [x, y] = wgs84ToGcj02(lon, lat);
  return gcj02ToBd09(x, y);
}
