<?xml version="1.0" encoding="UTF-8"?>
<!-- Style hazards for layer hazards: read by the embedded WMS and published to GeoServer unchanged. -->
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>hazards</Name>
    <UserStyle>
      <Name>hazards</Name>
      <Title>危险源 / Hazards</Title>
      <Abstract>易燃易爆红三角，有毒储罐紫叉。 / Flammable or explosive: red triangle; toxic: purple cross.</Abstract>
      <FeatureTypeStyle>
        <Rule><Name>flammable_explosive</Name><Title>易燃易爆仓库 / Flammable or explosive store</Title><ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>kind</ogc:PropertyName><ogc:Literal>flammable_explosive</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter><PointSymbolizer><Graphic><Mark><WellKnownName>triangle</WellKnownName><Fill><CssParameter name="fill">#D32F2F</CssParameter></Fill><Stroke><CssParameter name="stroke">#FFFFFF</CssParameter><CssParameter name="stroke-width">1</CssParameter><CssParameter name="stroke-linejoin">round</CssParameter></Stroke></Mark><Size>13</Size></Graphic></PointSymbolizer></Rule>
        <Rule><Name>toxic</Name><Title>有毒储罐 / Toxic tank</Title><ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>kind</ogc:PropertyName><ogc:Literal>toxic</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter><PointSymbolizer><Graphic><Mark><WellKnownName>x</WellKnownName><Fill><CssParameter name="fill">#6A1B9A</CssParameter></Fill><Stroke><CssParameter name="stroke">#FFFFFF</CssParameter><CssParameter name="stroke-width">0.5</CssParameter><CssParameter name="stroke-linejoin">round</CssParameter></Stroke></Mark><Size>13</Size></Graphic></PointSymbolizer></Rule>
      </FeatureTypeStyle><FeatureTypeStyle>
        <Rule><Name>label</Name><Title>名称 / Name</Title><MaxScaleDenominator>12000</MaxScaleDenominator><TextSymbolizer><Label><ogc:PropertyName>name</ogc:PropertyName></Label><Font><CssParameter name="font-family">Noto Sans CJK SC</CssParameter><CssParameter name="font-size">11</CssParameter><CssParameter name="font-style">normal</CssParameter><CssParameter name="font-weight">normal</CssParameter></Font><LabelPlacement><PointPlacement><AnchorPoint><AnchorPointX>0</AnchorPointX><AnchorPointY>0.5</AnchorPointY></AnchorPoint><Displacement><DisplacementX>9</DisplacementX><DisplacementY>0</DisplacementY></Displacement></PointPlacement></LabelPlacement><Halo><Radius>1.5</Radius><Fill><CssParameter name="fill">#FFFFFF</CssParameter><CssParameter name="fill-opacity">0.9</CssParameter></Fill></Halo><Fill><CssParameter name="fill">#B71C1C</CssParameter></Fill></TextSymbolizer></Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
