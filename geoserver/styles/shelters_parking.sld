<?xml version="1.0" encoding="UTF-8"?>
<!-- Style shelters_parking for layer shelters: read by the embedded WMS and published to GeoServer unchanged. -->
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>shelters</Name>
    <UserStyle>
      <Name>shelters_parking</Name>
      <Title>人防工程：停车 / Shelters with parking</Title>
      <Abstract>可停车的工程为蓝色，标注空余车位。 / Shelters with parking in blue, labelled with their free spaces.</Abstract>
      <FeatureTypeStyle>
        <Rule><Name>parking</Name><Title>可停车 / Parking</Title><ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>has_parking</ogc:PropertyName><ogc:Literal>true</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter><MaxScaleDenominator>25000</MaxScaleDenominator><PolygonSymbolizer><Fill><CssParameter name="fill">#2E86DE</CssParameter><CssParameter name="fill-opacity">0.8</CssParameter></Fill><Stroke><CssParameter name="stroke">#A84A00</CssParameter><CssParameter name="stroke-width">1</CssParameter><CssParameter name="stroke-linejoin">round</CssParameter></Stroke></PolygonSymbolizer></Rule>
        <Rule><Name>no_parking</Name><Title>不可停车 / No parking</Title><ElseFilter/><MaxScaleDenominator>25000</MaxScaleDenominator><PolygonSymbolizer><Fill><CssParameter name="fill">#B5B5B5</CssParameter><CssParameter name="fill-opacity">0.6</CssParameter></Fill><Stroke><CssParameter name="stroke">#8A8A8A</CssParameter><CssParameter name="stroke-width">0.8</CssParameter><CssParameter name="stroke-linejoin">round</CssParameter></Stroke></PolygonSymbolizer></Rule>
        <Rule><Name>parking_far</Name><Title>可停车（远景） / Parking (far)</Title><ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>has_parking</ogc:PropertyName><ogc:Literal>true</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter><MinScaleDenominator>25000</MinScaleDenominator><PointSymbolizer><Graphic><Mark><WellKnownName>square</WellKnownName><Fill><CssParameter name="fill">#2E86DE</CssParameter></Fill><Stroke><CssParameter name="stroke">#FFFFFF</CssParameter><CssParameter name="stroke-width">1</CssParameter><CssParameter name="stroke-linejoin">round</CssParameter></Stroke></Mark><Size>8</Size></Graphic></PointSymbolizer></Rule>
      </FeatureTypeStyle><FeatureTypeStyle>
        <Rule><Name>free_label</Name><Title>空余车位 / Free spaces</Title><ogc:Filter><ogc:And><ogc:PropertyIsEqualTo><ogc:PropertyName>has_parking</ogc:PropertyName><ogc:Literal>true</ogc:Literal></ogc:PropertyIsEqualTo><ogc:Not><ogc:PropertyIsNull><ogc:PropertyName>parking_free</ogc:PropertyName></ogc:PropertyIsNull></ogc:Not></ogc:And></ogc:Filter><MaxScaleDenominator>10000</MaxScaleDenominator><TextSymbolizer><Label>空位 <ogc:PropertyName>parking_free</ogc:PropertyName></Label><Font><CssParameter name="font-family">Noto Sans CJK SC</CssParameter><CssParameter name="font-size">11</CssParameter><CssParameter name="font-style">normal</CssParameter><CssParameter name="font-weight">normal</CssParameter></Font><LabelPlacement><PointPlacement><AnchorPoint><AnchorPointX>0.5</AnchorPointX><AnchorPointY>0.5</AnchorPointY></AnchorPoint><Displacement><DisplacementX>0</DisplacementX><DisplacementY>0</DisplacementY></Displacement></PointPlacement></LabelPlacement><Halo><Radius>1.5</Radius><Fill><CssParameter name="fill">#FFFFFF</CssParameter><CssParameter name="fill-opacity">0.9</CssParameter></Fill></Halo><Fill><CssParameter name="fill">#0D3C73</CssParameter></Fill></TextSymbolizer></Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
