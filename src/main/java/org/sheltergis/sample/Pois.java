package org.sheltergis.sample;

import java.util.List;

/**
 * The education points of the seed document: two demonstration schools, the "蓝盾螺丝刀" volunteer stations in
 * 和平桥街道's communities and the partner community 濠西社区. Positions in the old town are illustrative.
 */
final class Pois {

    record Poi(long id, String kind, String name, String address, double lon, double lat) {}

    private static final String STATION = "“蓝盾螺丝刀”志愿服务站";

    static final List<Poi> ALL = List.of(
            new Poi(1, "demo_school", "郭里园小学", "崇川区郭里园路36号", 120.8583, 32.0068),
            new Poi(2, "demo_school", "五山小学", "崇川区狼山路168号", 120.8731, 31.9652),
            new Poi(3, "volunteer_station", STATION + "(濠西社区)", "崇川区和平桥街道濠西路55号", 120.8618, 32.0031),
            new Poi(4, "volunteer_station", STATION + "(濠南社区)", "崇川区和平桥街道濠南路28号", 120.8702, 31.9998),
            new Poi(5, "volunteer_station", STATION + "(桃坞社区)", "崇川区和平桥街道桃坞路92号", 120.8779, 32.0026),
            new Poi(6, "volunteer_station", STATION + "(八仙城社区)", "崇川区和平桥街道八仙城路17号", 120.8832, 31.9972),
            new Poi(7, "volunteer_station", STATION + "(和平桥社区)", "崇川区和平桥街道工农路210号", 120.8806, 32.0065),
            new Poi(8, "community", "濠西社区", "崇川区和平桥街道濠西路61号", 120.8609, 32.0040));

    private Pois() {}
}
