package org.sheltergis.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one distance Java measures agrees with PostGIS's ST_Distance(geography) (on the spheroid) to the millimetre, and
 * the degree spans hold every point PostGIS projects at that distance.
 */
@IntegrationTest
class GeodesicTest {

    @Autowired
    JdbcClient register;

    @Test
    void agreesWithPostgisGeographyToTheMillimetre() {
        double[][] pairs = {
            {120.894, 32.008, 120.89328805265133, 32.00821398530237}, // a shelter entrance, ~70 m
            {120.864706, 32.00484, 120.937892, 31.945201}, // across the main urban area, ~9 km
            {120.19, 31.63, 121.96, 32.72}, // corner to corner of Nantong, ~200 km
            {120.9, 32.0, 120.9, 32.0018}, // due north, 200 m
            {120.9, 32.0, 120.90212, 32.0}, // due east, 200 m
            {116.39, 39.91, 121.47, 31.23}, // Beijing to Shanghai, ~1,070 km
        };
        for (double[] p : pairs) {
            double postgis = register.sql("""
                    SELECT ST_Distance(ST_SetSRID(ST_MakePoint(:lon1, :lat1), 4326)::geography,
                                       ST_SetSRID(ST_MakePoint(:lon2, :lat2), 4326)::geography)""")
                    .param("lon1", p[0])
                    .param("lat1", p[1])
                    .param("lon2", p[2])
                    .param("lat2", p[3])
                    .query(Double.class)
                    .single();
            assertThat(Geodesic.metres(p[0], p[1], p[2], p[3]))
                    .as("distance %s", java.util.Arrays.toString(p))
                    .isCloseTo(postgis, within(0.001));
        }
    }

    @Test
    void theSamePointIsZeroAndTheDistanceIsSymmetric() {
        assertThat(Geodesic.metres(120.9, 32.0, 120.9, 32.0)).isZero();
        assertThat(Geodesic.metres(120.1, 31.7, 121.9, 32.6))
                .isCloseTo(Geodesic.metres(121.9, 32.6, 120.1, 31.7), within(1e-6));
    }

    @Test
    void spansHoldEveryPointAtTheDistanceAndAreNotLoose() {
        double lon = 120.9;
        for (double lat : new double[] {32.0, 0.0, -45.0, 60.0}) {
            for (double metres : new double[] {200, 3000, 50_000, 500_000}) {
                double maxLat = 0;
                double maxLon = 0;
                for (double[] p : projected(lon, lat, metres)) {
                    double dLon = Math.abs(p[0] - lon);
                    double dLat = Math.abs(p[1] - lat);
                    String at = "%.0f m at azimuth %.0f° from latitude %.0f".formatted(metres, p[2], lat);
                    assertThat(dLat).as(at).isLessThanOrEqualTo(Geodesic.latitudeSpan(metres));
                    assertThat(dLon).as(at).isLessThanOrEqualTo(Geodesic.longitudeSpan(metres, lat));
                    // A KNN cut in degrees: nothing this many plain degrees away is nearer than leastMetres says.
                    assertThat(Geodesic.leastMetres(Math.hypot(dLon, dLat), lat))
                            .as(at)
                            .isLessThanOrEqualTo(metres);
                    maxLat = Math.max(maxLat, dLat);
                    maxLon = Math.max(maxLon, dLon);
                }
                if (metres <= 3000) {
                    // Within a city the spans are the real extent plus their margin, no more.
                    assertThat(Geodesic.latitudeSpan(metres)).isLessThan(maxLat * 1.02);
                    assertThat(Geodesic.longitudeSpan(metres, lat)).isLessThan(maxLon * 1.02);
                }
            }
        }
    }

    /** PostGIS's points at exactly this distance, every 10° of azimuth: lon, lat, azimuth. */
    private java.util.List<double[]> projected(double lon, double lat, double metres) {
        return register.sql("""
                        SELECT ST_X(p::geometry) AS lon, ST_Y(p::geometry) AS lat, a
                        FROM (SELECT a, ST_Project(ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography, :metres,
                                                   radians(a)) AS p
                              FROM generate_series(0, 350, 10) a) s""")
                .param("lon", lon)
                .param("lat", lat)
                .param("metres", metres)
                .query((rs, n) -> new double[] {rs.getDouble("lon"), rs.getDouble("lat"), rs.getDouble("a")})
                .list();
    }
}
