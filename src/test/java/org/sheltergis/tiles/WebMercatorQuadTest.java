package org.sheltergis.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WebMercatorQuadTest {

    @Test
    void aLeafletTileBoxIsFoundInTheGrid() {
        // Leaflet's GetMap bbox for tile 15/13464/27392 (as printed by L.tileLayer.wms, 6 decimals)
        var t = new WebMercatorQuad.TileId(15, 27392, 13464);
        double[] b = WebMercatorQuad.bounds(t);
        double[] printed = new double[4];
        for (int i = 0; i < 4; i++) {
            printed[i] = Math.round(b[i] * 1e6) / 1e6;
        }
        assertThat(WebMercatorQuad.tileOf(printed[0], printed[1], printed[2], printed[3]))
                .isEqualTo(t);
    }

    @Test
    void boxesOffTheGridAreNotTiles() {
        double[] b = WebMercatorQuad.bounds(new WebMercatorQuad.TileId(15, 27392, 13464));
        double shift = (b[2] - b[0]) / 3;
        assertThat(WebMercatorQuad.tileOf(b[0] + shift, b[1], b[2] + shift, b[3]))
                .isNull();
        assertThat(WebMercatorQuad.tileOf(b[0], b[1], b[2] + shift, b[3])).isNull();
        assertThat(WebMercatorQuad.tileOf(b[0], b[1], b[0] + (b[2] - b[0]) * 1.5, b[1] + (b[3] - b[1]) * 1.5))
                .isNull();
    }

    @Test
    void theAreaIsTheTileInLonLatGrownByTheMargin() {
        var t = new WebMercatorQuad.TileId(1, 1, 0);
        double[] a = WebMercatorQuad.lonLatArea(t, 0);
        assertThat(a[0]).isCloseTo(0, within(1e-9));
        assertThat(a[1]).isCloseTo(0, within(1e-9));
        assertThat(a[2]).isCloseTo(180, within(1e-9));
        assertThat(a[3]).isCloseTo(85.0511287798, within(1e-6));
        double[] grown = WebMercatorQuad.lonLatArea(t, 32);
        assertThat(grown[0]).isCloseTo(-180.0 * 32 / 256, within(1e-9));
    }
}
