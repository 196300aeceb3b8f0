package org.sheltergis.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.sheltergis.common.ChineseMapDatums.LonLat;

/**
 * Known conversions of the point (116.404, 39.915) as the widely used open coordinate-transform libraries print
 * them, to 1e-9 degrees (0.1 mm), and the inverses back to a millimetre.
 */
class ChineseMapDatumsTest {

    private static final double NANO_DEGREE = 1e-9;
    private static final double MILLIMETRE_IN_DEGREES = 1e-8;

    @Test
    void wgs84ToGcj02MatchesTheKnownConversion() {
        LonLat gcj = ChineseMapDatums.wgs84ToGcj02(116.404, 39.915);
        assertThat(gcj.lon()).isCloseTo(116.41024449916938, within(NANO_DEGREE));
        assertThat(gcj.lat()).isCloseTo(39.91640428150164, within(NANO_DEGREE));
    }

    @Test
    void gcj02ToBd09MatchesTheKnownConversion() {
        LonLat bd = ChineseMapDatums.gcj02ToBd09(116.404, 39.915);
        assertThat(bd.lon()).isCloseTo(116.41036949371029, within(NANO_DEGREE));
        assertThat(bd.lat()).isCloseTo(39.92133699351021, within(NANO_DEGREE));
    }

    @Test
    void bd09ToGcj02MatchesTheKnownConversion() {
        LonLat gcj = ChineseMapDatums.bd09ToGcj02(116.404, 39.915);
        assertThat(gcj.lon()).isCloseTo(116.39762729119315, within(NANO_DEGREE));
        assertThat(gcj.lat()).isCloseTo(39.90865673957631, within(NANO_DEGREE));
    }

    @Test
    void theInversesReturnToNantongWithinAMillimetre() {
        double lon = 120.8943;
        double lat = 31.9802;
        LonLat gcj = ChineseMapDatums.wgs84ToGcj02(lon, lat);
        assertThat(gcj.lon() - lon)
                .as("GCJ-02 is shifted by hundreds of metres here")
                .isGreaterThan(0.003);
        LonLat back = ChineseMapDatums.gcj02ToWgs84(gcj.lon(), gcj.lat());
        assertThat(back.lon()).isCloseTo(lon, within(MILLIMETRE_IN_DEGREES));
        assertThat(back.lat()).isCloseTo(lat, within(MILLIMETRE_IN_DEGREES));

        LonLat bd = ChineseMapDatums.wgs84ToBd09(lon, lat);
        LonLat fromBaidu = ChineseMapDatums.bd09ToWgs84(bd.lon(), bd.lat());
        assertThat(fromBaidu.lon()).isCloseTo(lon, within(1e-6));
        assertThat(fromBaidu.lat()).isCloseTo(lat, within(1e-6));
    }

    @Test
    void outsideChinaNothingMoves() {
        LonLat tokyo = ChineseMapDatums.wgs84ToGcj02(139.767, 35.681);
        assertThat(tokyo).isEqualTo(new LonLat(139.767, 35.681));
        assertThat(ChineseMapDatums.gcj02ToWgs84(139.767, 35.681)).isEqualTo(tokyo);
    }
}
