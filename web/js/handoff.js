// The hand-off to the phone's map app: walking directions to the shelter's entrance in Amap (高德), Baidu (百度) and
// Tencent (腾讯) maps, through each one's documented web URI (it opens the app when installed, the web map otherwise).
// Each app reads its own datum: GCJ-02 for Amap and Tencent, BD-09 for Baidu; the register's WGS-84 points are
// converted with gcj02.js.
import { wgs84ToGcj02, wgs84ToBd09 } from './gcj02.js';

/** Who is asking (Amap's and Baidu's src, Tencent's referer: the calling application's name). */
export const SOURCE = 'nantong-shelter-map';

const fixed = ([lon, lat]) => [Number(lon.toFixed(6)), Number(lat.toFixed(6))];

/**
 * The three links from `from` (the person, may be null) to `to` (the entrance), both WGS-84 {lon, lat}; `name` is the
 * shelter's, `fromName` the label of the start ("my location").
 */
export function handoffLinks(from, to, name, fromName) {
  const [gx, gy] = fixed(wgs84ToGcj02(to.lon, to.lat));
  const [bx, by] = fixed(wgs84ToBd09(to.lon, to.lat));
  const start = from && { gcj: fixed(wgs84ToGcj02(from.lon, from.lat)), bd: fixed(wgs84ToBd09(from.lon, from.lat)) };

  // https://lbs.amap.com/api/uri-api/guide/travel/route — lon,lat order; coordinate=gaode (GCJ-02).
  const amap = new URLSearchParams({ to: gx + ',' + gy + ',' + name, mode: 'walk', src: SOURCE, coordinate: 'gaode', callnative: '1' });
  if (start) amap.set('from', start.gcj[0] + ',' + start.gcj[1] + ',' + fromName);

  // https://lbsyun.baidu.com/index.php?title=uri/api/web — lat,lng order; coord_type=bd09ll (BD-09).
  const baidu = new URLSearchParams({
    origin: start ? 'latlng:' + start.bd[1] + ',' + start.bd[0] + '|name:' + fromName : fromName,
    destination: 'latlng:' + by + ',' + bx + '|name:' + name,
    mode: 'walking', coord_type: 'bd09ll', output: 'html', src: SOURCE
  });

  // https://lbs.qq.com/webApi/uriV1/uriGuide/uriWebRoute — lat,lng order, GCJ-02.
  const qq = new URLSearchParams({ type: 'walk', to: name, tocoord: gy + ',' + gx, referer: SOURCE });
  if (start) { qq.set('from', fromName); qq.set('fromcoord', start.gcj[1] + ',' + start.gcj[0]); }

  return {
    amap: 'https://uri.amap.com/navigation?' + amap,
    baidu: 'https://api.map.baidu.com/direction?' + baidu,
    tencent: 'https://apis.map.qq.com/uri/v1/routeplan?' + qq,
    gcj02: [gx, gy], bd09: [bx, by]
  };
}
