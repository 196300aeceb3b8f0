<?xml version="1.0" encoding="UTF-8"?>
<!-- Style plan_units for layer plan_units: read by the embedded WMS and published to GeoServer unchanged. -->
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>plan_units</Name>
    <UserStyle>
      <Name>plan_units</Name>
      <Title>人防控规单元 / Control-plan units</Title>
      <Abstract>紫色虚线单元边界，标注单元名称。 / Purple dashed unit boundaries with names.</Abstract>
      <FeatureTypeStyle>
        <Rule><Name>unit</Name><Title>规划单元 / Plan unit</Title><PolygonSymbolizer><Fill><CssParameter name="fill">#7B1FA2</CssParameter><CssParameter name="fill-opacity">0.04</CssParameter></Fill><Stroke><CssParameter name="stroke">#7B1FA2</CssParameter><CssParameter name="stroke-width">1</CssParameter><CssParameter name="stroke-opacity">0.8</CssParameter><CssParameter name="stroke-dasharray">4 2</CssParameter><CssParameter name="stroke-linejoin">round</CssParameter></Stroke></PolygonSymbolizer></Rule>
      </FeatureTypeStyle><FeatureTypeStyle>
        <Rule><Name>label</Name><Title>单元名称 / Unit name</Title><MaxScaleDenominator>40000</MaxScaleDenominator><TextSymbolizer><Label><ogc:PropertyName>name</ogc:PropertyName></Label><Font><CssParameter name="font-family">Noto Sans CJK SC</CssParameter><CssParameter name="font-size">11</CssParameter><CssParameter name="font-style">normal</CssParameter><CssParameter name="font-weight">normal</CssParameter></Font><LabelPlacement><PointPlacement><AnchorPoint><AnchorPointX>0.5</AnchorPointX><AnchorPointY>0.5</AnchorPointY></AnchorPoint><Displacement><DisplacementX>0</DisplacementX><DisplacementY>0</DisplacementY></Displacement></PointPlacement></LabelPlacement><Halo><Radius>1.5</Radius><Fill><CssParameter name="fill">#FFFFFF</CssParameter><CssParameter name="fill-opacity">0.9</CssParameter></Fill></Halo><Fill><CssParameter name="fill">#4A148C</CssParameter></Fill></TextSymbolizer></Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
