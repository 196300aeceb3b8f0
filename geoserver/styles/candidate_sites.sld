<?xml version="1.0" encoding="UTF-8"?>
<!-- Style candidate_sites for layer candidate_sites: read by the embedded WMS and published to GeoServer unchanged. -->
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>candidate_sites</Name>
    <UserStyle>
      <Name>candidate_sites</Name>
      <Title>新建工程备选用地 / Candidate sites</Title>
      <Abstract>绿色虚线，学校操场加粗。 / Green dashed; school playgrounds bolder.</Abstract>
      <FeatureTypeStyle>
        <Rule><Name>school</Name><Title>学校操场 / School playground</Title><ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>kind</ogc:PropertyName><ogc:Literal>school_playground</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter><PolygonSymbolizer><Fill><CssParameter name="fill">#43A047</CssParameter><CssParameter name="fill-opacity">0.35</CssParameter></Fill><Stroke><CssParameter name="stroke">#1B5E20</CssParameter><CssParameter name="stroke-width">2</CssParameter><CssParameter name="stroke-dasharray">5 3</CssParameter><CssParameter name="stroke-linejoin">round</CssParameter></Stroke></PolygonSymbolizer></Rule>
        <Rule><Name>other</Name><Title>其他用地 / Other sites</Title><ElseFilter/><PolygonSymbolizer><Fill><CssParameter name="fill">#81C784</CssParameter><CssParameter name="fill-opacity">0.3</CssParameter></Fill><Stroke><CssParameter name="stroke">#2E7D32</CssParameter><CssParameter name="stroke-width">1.2</CssParameter><CssParameter name="stroke-dasharray">5 3</CssParameter><CssParameter name="stroke-linejoin">round</CssParameter></Stroke></PolygonSymbolizer></Rule>
      </FeatureTypeStyle><FeatureTypeStyle>
        <Rule><Name>label</Name><Title>名称 / Name</Title><MaxScaleDenominator>15000</MaxScaleDenominator><TextSymbolizer><Label><ogc:PropertyName>name</ogc:PropertyName></Label><Font><CssParameter name="font-family">Noto Sans CJK SC</CssParameter><CssParameter name="font-size">11</CssParameter><CssParameter name="font-style">normal</CssParameter><CssParameter name="font-weight">normal</CssParameter></Font><LabelPlacement><PointPlacement><AnchorPoint><AnchorPointX>0.5</AnchorPointX><AnchorPointY>0.5</AnchorPointY></AnchorPoint><Displacement><DisplacementX>0</DisplacementX><DisplacementY>0</DisplacementY></Displacement></PointPlacement></LabelPlacement><Halo><Radius>1.5</Radius><Fill><CssParameter name="fill">#FFFFFF</CssParameter><CssParameter name="fill-opacity">0.9</CssParameter></Fill></Halo><Fill><CssParameter name="fill">#1B5E20</CssParameter></Fill></TextSymbolizer></Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
