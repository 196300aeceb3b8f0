<?xml version="1.0" encoding="UTF-8"?>
<!-- Style works_status for layer works: read by the embedded WMS and published to GeoServer unchanged. -->
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>works</Name>
    <UserStyle>
      <Name>works_status</Name>
      <Title>人防工程：按状态 / Works by status</Title>
      <Abstract>在用绿色，规划与在建黄色，报废灰色。 / In service green; planned or under construction yellow; decommissioned grey.</Abstract>
      <FeatureTypeStyle>
        <Rule><Name>in_service</Name><Title>在用 / In service</Title><ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>status</ogc:PropertyName><ogc:Literal>in_service</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter><PolygonSymbolizer><Fill><CssParameter name="fill">#43A047</CssParameter><CssParameter name="fill-opacity">0.8</CssParameter></Fill><Stroke><CssParameter name="stroke">#1B5E20</CssParameter><CssParameter name="stroke-width">1</CssParameter><CssParameter name="stroke-linejoin">round</CssParameter></Stroke></PolygonSymbolizer></Rule>
        <Rule><Name>not_yet</Name><Title>规划或在建 / Planned or under construction</Title><ogc:Filter><ogc:Or><ogc:PropertyIsEqualTo><ogc:PropertyName>status</ogc:PropertyName><ogc:Literal>planned</ogc:Literal></ogc:PropertyIsEqualTo><ogc:PropertyIsEqualTo><ogc:PropertyName>status</ogc:PropertyName><ogc:Literal>under_construction</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Or></ogc:Filter><PolygonSymbolizer><Fill><CssParameter name="fill">#FDD835</CssParameter><CssParameter name="fill-opacity">0.8</CssParameter></Fill><Stroke><CssParameter name="stroke">#F57F17</CssParameter><CssParameter name="stroke-width">1</CssParameter><CssParameter name="stroke-dasharray">4 2</CssParameter><CssParameter name="stroke-linejoin">round</CssParameter></Stroke></PolygonSymbolizer></Rule>
        <Rule><Name>decommissioned</Name><Title>已报废 / Decommissioned</Title><ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>status</ogc:PropertyName><ogc:Literal>decommissioned</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter><PolygonSymbolizer><Fill><CssParameter name="fill">#BDBDBD</CssParameter><CssParameter name="fill-opacity">0.7</CssParameter></Fill><Stroke><CssParameter name="stroke">#757575</CssParameter><CssParameter name="stroke-width">1</CssParameter><CssParameter name="stroke-linejoin">round</CssParameter></Stroke></PolygonSymbolizer></Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
