<?xml version="1.0" encoding="UTF-8"?>
<!-- Style shelter_points for layer shelter_points: read by the embedded WMS and published to GeoServer unchanged. -->
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>shelter_points</Name>
    <UserStyle>
      <Name>shelter_points</Name>
      <Title>人防工程位置 / Shelter points</Title>
      <Abstract>人防橙圆点；近景标注名称。 / Civil-defence orange dots; names close in.</Abstract>
      <FeatureTypeStyle>
        <Rule><Name>upgraded</Name><Title>标识已更新 / Upgraded signs</Title><ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>signage_status</ogc:PropertyName><ogc:Literal>upgraded</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter><PointSymbolizer><Graphic><Mark><WellKnownName>circle</WellKnownName><Fill><CssParameter name="fill">#F07800</CssParameter></Fill><Stroke><CssParameter name="stroke">#FFFFFF</CssParameter><CssParameter name="stroke-width">1.5</CssParameter><CssParameter name="stroke-linejoin">round</CssParameter></Stroke></Mark><Size>9</Size></Graphic></PointSymbolizer></Rule>
        <Rule><Name>outdated</Name><Title>标识陈旧 / Outdated signs</Title><ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>signage_status</ogc:PropertyName><ogc:Literal>outdated</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter><PointSymbolizer><Graphic><Mark><WellKnownName>circle</WellKnownName><Fill><CssParameter name="fill">#F3BC85</CssParameter></Fill><Stroke><CssParameter name="stroke">#FFFFFF</CssParameter><CssParameter name="stroke-width">1.5</CssParameter><CssParameter name="stroke-linejoin">round</CssParameter></Stroke></Mark><Size>8</Size></Graphic></PointSymbolizer></Rule>
        <Rule><Name>none</Name><Title>未标识 / No signs</Title><ElseFilter/><PointSymbolizer><Graphic><Mark><WellKnownName>circle</WellKnownName><Fill><CssParameter name="fill">#B5B5B5</CssParameter></Fill><Stroke><CssParameter name="stroke">#FFFFFF</CssParameter><CssParameter name="stroke-width">1.5</CssParameter><CssParameter name="stroke-linejoin">round</CssParameter></Stroke></Mark><Size>8</Size></Graphic></PointSymbolizer></Rule>
      </FeatureTypeStyle><FeatureTypeStyle>
        <Rule><Name>label</Name><Title>名称 / Name</Title><MaxScaleDenominator>10000</MaxScaleDenominator><TextSymbolizer><Label><ogc:PropertyName>name</ogc:PropertyName></Label><Font><CssParameter name="font-family">Noto Sans CJK SC</CssParameter><CssParameter name="font-size">11</CssParameter><CssParameter name="font-style">normal</CssParameter><CssParameter name="font-weight">normal</CssParameter></Font><LabelPlacement><PointPlacement><AnchorPoint><AnchorPointX>0</AnchorPointX><AnchorPointY>0.5</AnchorPointY></AnchorPoint><Displacement><DisplacementX>7</DisplacementX><DisplacementY>0</DisplacementY></Displacement></PointPlacement></LabelPlacement><Halo><Radius>1.5</Radius><Fill><CssParameter name="fill">#FFFFFF</CssParameter><CssParameter name="fill-opacity">0.9</CssParameter></Fill></Halo><Fill><CssParameter name="fill">#5A2A00</CssParameter></Fill></TextSymbolizer></Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
