<?xml version="1.0" encoding="UTF-8"?>
<!-- Style parking for layer parking: read by the embedded WMS and published to GeoServer unchanged. -->
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>parking</Name>
    <UserStyle>
      <Name>parking</Name>
      <Title>人防停车场 / Shelter parking</Title>
      <Abstract>蓝色方块为有空位，红色为已满，灰蓝为无实时数据。 / Blue: free spaces; red: full; grey-blue: no live count.</Abstract>
      <FeatureTypeStyle>
        <Rule><Name>free</Name><Title>有空位 / Free spaces</Title><ogc:Filter><ogc:PropertyIsGreaterThan><ogc:PropertyName>free_spaces</ogc:PropertyName><ogc:Literal>0</ogc:Literal></ogc:PropertyIsGreaterThan></ogc:Filter><PointSymbolizer><Graphic><Mark><WellKnownName>square</WellKnownName><Fill><CssParameter name="fill">#1565C0</CssParameter></Fill><Stroke><CssParameter name="stroke">#FFFFFF</CssParameter><CssParameter name="stroke-width">1.5</CssParameter><CssParameter name="stroke-linejoin">round</CssParameter></Stroke></Mark><Size>11</Size></Graphic></PointSymbolizer></Rule>
        <Rule><Name>full</Name><Title>已满 / Full</Title><ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>free_spaces</ogc:PropertyName><ogc:Literal>0</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter><PointSymbolizer><Graphic><Mark><WellKnownName>square</WellKnownName><Fill><CssParameter name="fill">#C62828</CssParameter></Fill><Stroke><CssParameter name="stroke">#FFFFFF</CssParameter><CssParameter name="stroke-width">1.5</CssParameter><CssParameter name="stroke-linejoin">round</CssParameter></Stroke></Mark><Size>11</Size></Graphic></PointSymbolizer></Rule>
        <Rule><Name>unknown</Name><Title>无实时数据 / No live count</Title><ogc:Filter><ogc:PropertyIsNull><ogc:PropertyName>free_spaces</ogc:PropertyName></ogc:PropertyIsNull></ogc:Filter><PointSymbolizer><Graphic><Mark><WellKnownName>square</WellKnownName><Fill><CssParameter name="fill">#78909C</CssParameter></Fill><Stroke><CssParameter name="stroke">#FFFFFF</CssParameter><CssParameter name="stroke-width">1.5</CssParameter><CssParameter name="stroke-linejoin">round</CssParameter></Stroke></Mark><Size>10</Size></Graphic></PointSymbolizer></Rule>
      </FeatureTypeStyle><FeatureTypeStyle>
        <Rule><Name>label</Name><Title>空余车位 / Free spaces</Title><ogc:Filter><ogc:Not><ogc:PropertyIsNull><ogc:PropertyName>free_spaces</ogc:PropertyName></ogc:PropertyIsNull></ogc:Not></ogc:Filter><MaxScaleDenominator>12000</MaxScaleDenominator><TextSymbolizer><Label>P <ogc:PropertyName>free_spaces</ogc:PropertyName></Label><Font><CssParameter name="font-family">Noto Sans CJK SC</CssParameter><CssParameter name="font-size">11</CssParameter><CssParameter name="font-style">normal</CssParameter><CssParameter name="font-weight">normal</CssParameter></Font><LabelPlacement><PointPlacement><AnchorPoint><AnchorPointX>0</AnchorPointX><AnchorPointY>0.5</AnchorPointY></AnchorPoint><Displacement><DisplacementX>8</DisplacementX><DisplacementY>0</DisplacementY></Displacement></PointPlacement></LabelPlacement><Halo><Radius>1.5</Radius><Fill><CssParameter name="fill">#FFFFFF</CssParameter><CssParameter name="fill-opacity">0.9</CssParameter></Fill></Halo><Fill><CssParameter name="fill">#0D3C73</CssParameter></Fill></TextSymbolizer></Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
