<?xml version="1.0" encoding="UTF-8"?>
<!-- Style population for layer population: read by the embedded WMS and published to GeoServer unchanged. -->
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>population</Name>
    <UserStyle>
      <Name>population</Name>
      <Title>人口分布 / Population</Title>
      <Abstract>100 米格网人口分级着色。 / Residents per 100 m cell, graduated.</Abstract>
      <FeatureTypeStyle>
        <Rule><Name>p0</Name><Title>0–49 人 / 0–49 residents</Title><ogc:Filter><ogc:PropertyIsBetween><ogc:PropertyName>population</ogc:PropertyName><ogc:LowerBoundary><ogc:Literal>0</ogc:Literal></ogc:LowerBoundary><ogc:UpperBoundary><ogc:Literal>49</ogc:Literal></ogc:UpperBoundary></ogc:PropertyIsBetween></ogc:Filter><PolygonSymbolizer><Fill><CssParameter name="fill">#FFF5EB</CssParameter><CssParameter name="fill-opacity">0.7</CssParameter></Fill></PolygonSymbolizer></Rule>
        <Rule><Name>p50</Name><Title>50–149 人 / 50–149 residents</Title><ogc:Filter><ogc:PropertyIsBetween><ogc:PropertyName>population</ogc:PropertyName><ogc:LowerBoundary><ogc:Literal>50</ogc:Literal></ogc:LowerBoundary><ogc:UpperBoundary><ogc:Literal>149</ogc:Literal></ogc:UpperBoundary></ogc:PropertyIsBetween></ogc:Filter><PolygonSymbolizer><Fill><CssParameter name="fill">#FDD0A2</CssParameter><CssParameter name="fill-opacity">0.7</CssParameter></Fill></PolygonSymbolizer></Rule>
        <Rule><Name>p150</Name><Title>150–299 人 / 150–299 residents</Title><ogc:Filter><ogc:PropertyIsBetween><ogc:PropertyName>population</ogc:PropertyName><ogc:LowerBoundary><ogc:Literal>150</ogc:Literal></ogc:LowerBoundary><ogc:UpperBoundary><ogc:Literal>299</ogc:Literal></ogc:UpperBoundary></ogc:PropertyIsBetween></ogc:Filter><PolygonSymbolizer><Fill><CssParameter name="fill">#FDAE6B</CssParameter><CssParameter name="fill-opacity">0.7</CssParameter></Fill></PolygonSymbolizer></Rule>
        <Rule><Name>p300</Name><Title>300–599 人 / 300–599 residents</Title><ogc:Filter><ogc:PropertyIsBetween><ogc:PropertyName>population</ogc:PropertyName><ogc:LowerBoundary><ogc:Literal>300</ogc:Literal></ogc:LowerBoundary><ogc:UpperBoundary><ogc:Literal>599</ogc:Literal></ogc:UpperBoundary></ogc:PropertyIsBetween></ogc:Filter><PolygonSymbolizer><Fill><CssParameter name="fill">#F16913</CssParameter><CssParameter name="fill-opacity">0.7</CssParameter></Fill></PolygonSymbolizer></Rule>
        <Rule><Name>p600</Name><Title>600 人以上 / 600 or more residents</Title><ogc:Filter><ogc:PropertyIsBetween><ogc:PropertyName>population</ogc:PropertyName><ogc:LowerBoundary><ogc:Literal>600</ogc:Literal></ogc:LowerBoundary><ogc:UpperBoundary><ogc:Literal>100000000</ogc:Literal></ogc:UpperBoundary></ogc:PropertyIsBetween></ogc:Filter><PolygonSymbolizer><Fill><CssParameter name="fill">#A63603</CssParameter><CssParameter name="fill-opacity">0.7</CssParameter></Fill></PolygonSymbolizer></Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
