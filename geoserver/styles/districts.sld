<?xml version="1.0" encoding="UTF-8"?>
<!-- Style districts for layer districts: read by the embedded WMS and published to GeoServer unchanged. -->
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>districts</Name>
    <UserStyle>
      <Name>districts</Name>
      <Title>行政区划 / Districts</Title>
      <Abstract>细线轮廓与中文区名。 / Thin outlines with Chinese names.</Abstract>
      <FeatureTypeStyle>
        <Rule><Name>main_urban</Name><Title>主城区 / Main urban area</Title><ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>main_urban</ogc:PropertyName><ogc:Literal>true</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter><PolygonSymbolizer><Stroke><CssParameter name="stroke">#6D4C41</CssParameter><CssParameter name="stroke-width">1.4</CssParameter><CssParameter name="stroke-opacity">0.9</CssParameter><CssParameter name="stroke-dasharray">6 3</CssParameter><CssParameter name="stroke-linejoin">round</CssParameter></Stroke></PolygonSymbolizer></Rule>
        <Rule><Name>other</Name><Title>其他区县 / Other districts</Title><ElseFilter/><PolygonSymbolizer><Stroke><CssParameter name="stroke">#8D8D8D</CssParameter><CssParameter name="stroke-width">1.0</CssParameter><CssParameter name="stroke-opacity">0.9</CssParameter><CssParameter name="stroke-dasharray">6 3</CssParameter><CssParameter name="stroke-linejoin">round</CssParameter></Stroke></PolygonSymbolizer></Rule>
      </FeatureTypeStyle><FeatureTypeStyle>
        <Rule><Name>label</Name><Title>区名 / Name</Title><MinScaleDenominator>8000</MinScaleDenominator><TextSymbolizer><Label><ogc:PropertyName>name_zh</ogc:PropertyName></Label><Font><CssParameter name="font-family">Noto Sans CJK SC</CssParameter><CssParameter name="font-size">14</CssParameter><CssParameter name="font-style">normal</CssParameter><CssParameter name="font-weight">bold</CssParameter></Font><LabelPlacement><PointPlacement><AnchorPoint><AnchorPointX>0.5</AnchorPointX><AnchorPointY>0.5</AnchorPointY></AnchorPoint><Displacement><DisplacementX>0</DisplacementX><DisplacementY>0</DisplacementY></Displacement></PointPlacement></LabelPlacement><Halo><Radius>2</Radius><Fill><CssParameter name="fill">#FFFFFF</CssParameter><CssParameter name="fill-opacity">0.9</CssParameter></Fill></Halo><Fill><CssParameter name="fill">#4E342E</CssParameter></Fill></TextSymbolizer></Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
