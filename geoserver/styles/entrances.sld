<?xml version="1.0" encoding="UTF-8"?>
<!-- Style entrances for layer entrances: read by the embedded WMS and published to GeoServer unchanged. -->
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>entrances</Name>
    <UserStyle>
      <Name>entrances</Name>
      <Title>出入口 / Entrances</Title>
      <Abstract>人员出入口橙色三角，车辆出入口蓝色方块，应急出口绿色。 / Pedestrian: orange triangle; vehicle: blue square; emergency exit: green.</Abstract>
      <FeatureTypeStyle>
        <Rule><Name>pedestrian</Name><Title>人员出入口 / Pedestrian entrance</Title><ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>kind</ogc:PropertyName><ogc:Literal>pedestrian</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter><MaxScaleDenominator>12000</MaxScaleDenominator><PointSymbolizer><Graphic><Mark><WellKnownName>triangle</WellKnownName><Fill><CssParameter name="fill">#F07800</CssParameter></Fill><Stroke><CssParameter name="stroke">#FFFFFF</CssParameter><CssParameter name="stroke-width">1</CssParameter><CssParameter name="stroke-linejoin">round</CssParameter></Stroke></Mark><Size>9</Size></Graphic></PointSymbolizer></Rule>
        <Rule><Name>vehicle</Name><Title>车辆出入口 / Vehicle entrance</Title><ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>kind</ogc:PropertyName><ogc:Literal>vehicle</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter><MaxScaleDenominator>12000</MaxScaleDenominator><PointSymbolizer><Graphic><Mark><WellKnownName>square</WellKnownName><Fill><CssParameter name="fill">#1565C0</CssParameter></Fill><Stroke><CssParameter name="stroke">#FFFFFF</CssParameter><CssParameter name="stroke-width">1</CssParameter><CssParameter name="stroke-linejoin">round</CssParameter></Stroke></Mark><Size>9</Size></Graphic></PointSymbolizer></Rule>
        <Rule><Name>emergency</Name><Title>应急出口 / Emergency exit</Title><ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>kind</ogc:PropertyName><ogc:Literal>emergency</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter><MaxScaleDenominator>12000</MaxScaleDenominator><PointSymbolizer><Graphic><Mark><WellKnownName>x</WellKnownName><Fill><CssParameter name="fill">#2E7D32</CssParameter></Fill><Stroke><CssParameter name="stroke">#FFFFFF</CssParameter><CssParameter name="stroke-width">0.5</CssParameter><CssParameter name="stroke-linejoin">round</CssParameter></Stroke></Mark><Size>9</Size></Graphic></PointSymbolizer></Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
