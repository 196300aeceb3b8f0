<?xml version="1.0" encoding="UTF-8"?>
<!-- Style works_function for layer works: read by the embedded WMS and published to GeoServer unchanged. -->
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>works</Name>
    <UserStyle>
      <Name>works_function</Name>
      <Title>人防工程：按战时功能 / Works by wartime function</Title>
      <Abstract>全部工程按战时功能着色（涉密）。 / All works by wartime function (restricted).</Abstract>
      <FeatureTypeStyle>
        <Rule><Name>personnel</Name><Title>人员掩蔽 / Personnel shelter</Title><ogc:Filter><ogc:PropertyIsLike wildCard="*" singleChar="." escape="!"><ogc:PropertyName>function</ogc:PropertyName><ogc:Literal>personnel_*</ogc:Literal></ogc:PropertyIsLike></ogc:Filter><PolygonSymbolizer><Fill><CssParameter name="fill">#F07800</CssParameter><CssParameter name="fill-opacity">0.85</CssParameter></Fill><Stroke><CssParameter name="stroke">#A84A00</CssParameter><CssParameter name="stroke-width">1</CssParameter><CssParameter name="stroke-linejoin">round</CssParameter></Stroke></PolygonSymbolizer></Rule>
        <Rule><Name>command</Name><Title>指挥通信 / Command</Title><ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>function</ogc:PropertyName><ogc:Literal>command</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter><PolygonSymbolizer><Fill><CssParameter name="fill">#C62828</CssParameter><CssParameter name="fill-opacity">0.85</CssParameter></Fill><Stroke><CssParameter name="stroke">#303030</CssParameter><CssParameter name="stroke-width">1</CssParameter><CssParameter name="stroke-linejoin">round</CssParameter></Stroke></PolygonSymbolizer></Rule>
        <Rule><Name>medical</Name><Title>医疗救护 / Medical</Title><ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>function</ogc:PropertyName><ogc:Literal>medical</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter><PolygonSymbolizer><Fill><CssParameter name="fill">#AD1457</CssParameter><CssParameter name="fill-opacity">0.85</CssParameter></Fill><Stroke><CssParameter name="stroke">#303030</CssParameter><CssParameter name="stroke-width">1</CssParameter><CssParameter name="stroke-linejoin">round</CssParameter></Stroke></PolygonSymbolizer></Rule>
        <Rule><Name>professional_team</Name><Title>专业队 / Professional team</Title><ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>function</ogc:PropertyName><ogc:Literal>professional_team</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter><PolygonSymbolizer><Fill><CssParameter name="fill">#6A1B9A</CssParameter><CssParameter name="fill-opacity">0.85</CssParameter></Fill><Stroke><CssParameter name="stroke">#303030</CssParameter><CssParameter name="stroke-width">1</CssParameter><CssParameter name="stroke-linejoin">round</CssParameter></Stroke></PolygonSymbolizer></Rule>
        <Rule><Name>supply</Name><Title>配套工程 / Supporting</Title><ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>function</ogc:PropertyName><ogc:Literal>supply</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter><PolygonSymbolizer><Fill><CssParameter name="fill">#5D4037</CssParameter><CssParameter name="fill-opacity">0.85</CssParameter></Fill><Stroke><CssParameter name="stroke">#303030</CssParameter><CssParameter name="stroke-width">1</CssParameter><CssParameter name="stroke-linejoin">round</CssParameter></Stroke></PolygonSymbolizer></Rule>
      </FeatureTypeStyle><FeatureTypeStyle>
        <Rule><Name>label</Name><Title>编号 / Code</Title><MaxScaleDenominator>10000</MaxScaleDenominator><TextSymbolizer><Label><ogc:PropertyName>code</ogc:PropertyName></Label><Font><CssParameter name="font-family">Noto Sans CJK SC</CssParameter><CssParameter name="font-size">10</CssParameter><CssParameter name="font-style">normal</CssParameter><CssParameter name="font-weight">normal</CssParameter></Font><LabelPlacement><PointPlacement><AnchorPoint><AnchorPointX>0.5</AnchorPointX><AnchorPointY>0.5</AnchorPointY></AnchorPoint><Displacement><DisplacementX>0</DisplacementX><DisplacementY>0</DisplacementY></Displacement></PointPlacement></LabelPlacement><Halo><Radius>1.5</Radius><Fill><CssParameter name="fill">#FFFFFF</CssParameter><CssParameter name="fill-opacity">0.9</CssParameter></Fill></Halo><Fill><CssParameter name="fill">#212121</CssParameter></Fill></TextSymbolizer></Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
