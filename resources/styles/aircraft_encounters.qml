<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="0" simplifyLocal="1" simplifyAlgorithm="0" simplifyDrawingTol="1" version="3.22.16-Białowieża" styleCategories="AllStyleCategories" labelsEnabled="0" readOnly="0" minScale="100000000" symbologyReferenceScale="-1" simplifyDrawingHints="1" simplifyMaxScale="1" maxScale="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal durationUnit="min" durationField="" startExpression="" endField="t_end" fixedDuration="0" mode="2" endExpression="" accumulate="0" limitMode="0" startField="t_start" enabled="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 circleColor="0,131,143,255" toleranceUnitScale="3x:0,0,0,0,0,0" labelColor="32,32,32,255" tolerance="1" forceraster="0" enableorderby="0" labelAttributeName="title" symbollevels="0" referencescale="-1" circleRadiusAddition="25" maxLabelScaleDenominator="0" labelDistanceFactor="0.5" placement="0" toleranceUnit="MM" type="pointDisplacement" circleWidth="0.3">
    <labelFontProperties style="" description="Sans Serif,8,-1,5,50,0,0,0,0,0"/>
    <renderer-v2 forceraster="0" enableorderby="0" symbollevels="0" referencescale="-1" type="RuleRenderer">
      <rules key="{d1b1b27f-12c3-4818-8e98-5b1fb9b90e1b}">
        <rule filter="coalesce(&quot;contested&quot;, false)" symbol="0" key="{b990c8c9-22fd-4ddc-b51b-3a114baa9609}" label="Contested (amber): asserted and disputed by different parties; triangle; dashed circle: location uncertainty (radius uncertainty_m)"/>
        <rule filter="NOT coalesce(&quot;contested&quot;, false)" symbol="1" key="{b4efc86d-9cec-4026-a57f-f6f1f24543f8}" label="Not contested; triangle; dashed circle: location uncertainty (radius uncertainty_m)"/>
      </rules>
      <symbols>
        <symbol force_rhr="0" alpha="1" clip_to_extent="1" name="0" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
            <Option type="Map">
              <Option value="0" name="angle" type="QString"/>
              <Option value="square" name="cap_style" type="QString"/>
              <Option value="255,0,0,255" name="color" type="QString"/>
              <Option value="1" name="horizontal_anchor_point" type="QString"/>
              <Option value="bevel" name="joinstyle" type="QString"/>
              <Option value="half_arc" name="name" type="QString"/>
              <Option value="0,0" name="offset" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
              <Option value="MM" name="offset_unit" type="QString"/>
              <Option value="0,131,143,170" name="outline_color" type="QString"/>
              <Option value="dash" name="outline_style" type="QString"/>
              <Option value="0.35" name="outline_width" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
              <Option value="MM" name="outline_width_unit" type="QString"/>
              <Option value="diameter" name="scale_method" type="QString"/>
              <Option value="2" name="size" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
              <Option value="RenderMetersInMapUnits" name="size_unit" type="QString"/>
              <Option value="1" name="vertical_anchor_point" type="QString"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="255,0,0,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="half_arc"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="0,131,143,170"/>
            <prop k="outline_style" v="dash"/>
            <prop k="outline_width" v="0.35"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="2"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="RenderMetersInMapUnits"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties" type="Map">
                  <Option name="enabled" type="Map">
                    <Option value="true" name="active" type="bool"/>
                    <Option value="NOT (coalesce(@cluster_size, 1) > 1)" name="expression" type="QString"/>
                    <Option value="3" name="type" type="int"/>
                  </Option>
                  <Option name="size" type="Map">
                    <Option value="true" name="active" type="bool"/>
                    <Option value="2 * coalesce(&quot;uncertainty_m&quot;, 0)" name="expression" type="QString"/>
                    <Option value="3" name="type" type="int"/>
                  </Option>
                </Option>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
          <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
            <Option type="Map">
              <Option value="180" name="angle" type="QString"/>
              <Option value="square" name="cap_style" type="QString"/>
              <Option value="255,0,0,255" name="color" type="QString"/>
              <Option value="1" name="horizontal_anchor_point" type="QString"/>
              <Option value="bevel" name="joinstyle" type="QString"/>
              <Option value="half_arc" name="name" type="QString"/>
              <Option value="0,0" name="offset" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
              <Option value="MM" name="offset_unit" type="QString"/>
              <Option value="0,131,143,170" name="outline_color" type="QString"/>
              <Option value="dash" name="outline_style" type="QString"/>
              <Option value="0.35" name="outline_width" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
              <Option value="MM" name="outline_width_unit" type="QString"/>
              <Option value="diameter" name="scale_method" type="QString"/>
              <Option value="2" name="size" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
              <Option value="RenderMetersInMapUnits" name="size_unit" type="QString"/>
              <Option value="1" name="vertical_anchor_point" type="QString"/>
            </Option>
            <prop k="angle" v="180"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="255,0,0,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="half_arc"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="0,131,143,170"/>
            <prop k="outline_style" v="dash"/>
            <prop k="outline_width" v="0.35"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="2"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="RenderMetersInMapUnits"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties" type="Map">
                  <Option name="enabled" type="Map">
                    <Option value="true" name="active" type="bool"/>
                    <Option value="NOT (coalesce(@cluster_size, 1) > 1)" name="expression" type="QString"/>
                    <Option value="3" name="type" type="int"/>
                  </Option>
                  <Option name="size" type="Map">
                    <Option value="true" name="active" type="bool"/>
                    <Option value="2 * coalesce(&quot;uncertainty_m&quot;, 0)" name="expression" type="QString"/>
                    <Option value="3" name="type" type="int"/>
                  </Option>
                </Option>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
          <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
            <Option type="Map">
              <Option value="0" name="angle" type="QString"/>
              <Option value="square" name="cap_style" type="QString"/>
              <Option value="255,0,0,255" name="color" type="QString"/>
              <Option value="1" name="horizontal_anchor_point" type="QString"/>
              <Option value="bevel" name="joinstyle" type="QString"/>
              <Option value="half_arc" name="name" type="QString"/>
              <Option value="0,0" name="offset" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
              <Option value="MM" name="offset_unit" type="QString"/>
              <Option value="242,183,5,255" name="outline_color" type="QString"/>
              <Option value="solid" name="outline_style" type="QString"/>
              <Option value="1" name="outline_width" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
              <Option value="MM" name="outline_width_unit" type="QString"/>
              <Option value="diameter" name="scale_method" type="QString"/>
              <Option value="6.2" name="size" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
              <Option value="MM" name="size_unit" type="QString"/>
              <Option value="1" name="vertical_anchor_point" type="QString"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="255,0,0,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="half_arc"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="242,183,5,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="1"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="6.2"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
          <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
            <Option type="Map">
              <Option value="180" name="angle" type="QString"/>
              <Option value="square" name="cap_style" type="QString"/>
              <Option value="255,0,0,255" name="color" type="QString"/>
              <Option value="1" name="horizontal_anchor_point" type="QString"/>
              <Option value="bevel" name="joinstyle" type="QString"/>
              <Option value="half_arc" name="name" type="QString"/>
              <Option value="0,0" name="offset" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
              <Option value="MM" name="offset_unit" type="QString"/>
              <Option value="242,183,5,255" name="outline_color" type="QString"/>
              <Option value="solid" name="outline_style" type="QString"/>
              <Option value="1" name="outline_width" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
              <Option value="MM" name="outline_width_unit" type="QString"/>
              <Option value="diameter" name="scale_method" type="QString"/>
              <Option value="6.2" name="size" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
              <Option value="MM" name="size_unit" type="QString"/>
              <Option value="1" name="vertical_anchor_point" type="QString"/>
            </Option>
            <prop k="angle" v="180"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="255,0,0,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="half_arc"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="242,183,5,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="1"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="6.2"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
          <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
            <Option type="Map">
              <Option value="0" name="angle" type="QString"/>
              <Option value="square" name="cap_style" type="QString"/>
              <Option value="0,131,143,255" name="color" type="QString"/>
              <Option value="1" name="horizontal_anchor_point" type="QString"/>
              <Option value="bevel" name="joinstyle" type="QString"/>
              <Option value="triangle" name="name" type="QString"/>
              <Option value="0,0" name="offset" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
              <Option value="MM" name="offset_unit" type="QString"/>
              <Option value="32,32,32,255" name="outline_color" type="QString"/>
              <Option value="solid" name="outline_style" type="QString"/>
              <Option value="0.4" name="outline_width" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
              <Option value="MM" name="outline_width_unit" type="QString"/>
              <Option value="diameter" name="scale_method" type="QString"/>
              <Option value="3.6" name="size" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
              <Option value="MM" name="size_unit" type="QString"/>
              <Option value="1" name="vertical_anchor_point" type="QString"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="0,131,143,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="triangle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="32,32,32,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.4"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="3.6"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol force_rhr="0" alpha="1" clip_to_extent="1" name="1" type="marker">
          <data_defined_properties>
            <Option type="Map">
              <Option value="" name="name" type="QString"/>
              <Option name="properties"/>
              <Option value="collection" name="type" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
            <Option type="Map">
              <Option value="0" name="angle" type="QString"/>
              <Option value="square" name="cap_style" type="QString"/>
              <Option value="255,0,0,255" name="color" type="QString"/>
              <Option value="1" name="horizontal_anchor_point" type="QString"/>
              <Option value="bevel" name="joinstyle" type="QString"/>
              <Option value="half_arc" name="name" type="QString"/>
              <Option value="0,0" name="offset" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
              <Option value="MM" name="offset_unit" type="QString"/>
              <Option value="0,131,143,170" name="outline_color" type="QString"/>
              <Option value="dash" name="outline_style" type="QString"/>
              <Option value="0.35" name="outline_width" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
              <Option value="MM" name="outline_width_unit" type="QString"/>
              <Option value="diameter" name="scale_method" type="QString"/>
              <Option value="2" name="size" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
              <Option value="RenderMetersInMapUnits" name="size_unit" type="QString"/>
              <Option value="1" name="vertical_anchor_point" type="QString"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="255,0,0,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="half_arc"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="0,131,143,170"/>
            <prop k="outline_style" v="dash"/>
            <prop k="outline_width" v="0.35"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="2"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="RenderMetersInMapUnits"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties" type="Map">
                  <Option name="enabled" type="Map">
                    <Option value="true" name="active" type="bool"/>
                    <Option value="NOT (coalesce(@cluster_size, 1) > 1)" name="expression" type="QString"/>
                    <Option value="3" name="type" type="int"/>
                  </Option>
                  <Option name="size" type="Map">
                    <Option value="true" name="active" type="bool"/>
                    <Option value="2 * coalesce(&quot;uncertainty_m&quot;, 0)" name="expression" type="QString"/>
                    <Option value="3" name="type" type="int"/>
                  </Option>
                </Option>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
          <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
            <Option type="Map">
              <Option value="180" name="angle" type="QString"/>
              <Option value="square" name="cap_style" type="QString"/>
              <Option value="255,0,0,255" name="color" type="QString"/>
              <Option value="1" name="horizontal_anchor_point" type="QString"/>
              <Option value="bevel" name="joinstyle" type="QString"/>
              <Option value="half_arc" name="name" type="QString"/>
              <Option value="0,0" name="offset" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
              <Option value="MM" name="offset_unit" type="QString"/>
              <Option value="0,131,143,170" name="outline_color" type="QString"/>
              <Option value="dash" name="outline_style" type="QString"/>
              <Option value="0.35" name="outline_width" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
              <Option value="MM" name="outline_width_unit" type="QString"/>
              <Option value="diameter" name="scale_method" type="QString"/>
              <Option value="2" name="size" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
              <Option value="RenderMetersInMapUnits" name="size_unit" type="QString"/>
              <Option value="1" name="vertical_anchor_point" type="QString"/>
            </Option>
            <prop k="angle" v="180"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="255,0,0,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="half_arc"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="0,131,143,170"/>
            <prop k="outline_style" v="dash"/>
            <prop k="outline_width" v="0.35"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="2"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="RenderMetersInMapUnits"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties" type="Map">
                  <Option name="enabled" type="Map">
                    <Option value="true" name="active" type="bool"/>
                    <Option value="NOT (coalesce(@cluster_size, 1) > 1)" name="expression" type="QString"/>
                    <Option value="3" name="type" type="int"/>
                  </Option>
                  <Option name="size" type="Map">
                    <Option value="true" name="active" type="bool"/>
                    <Option value="2 * coalesce(&quot;uncertainty_m&quot;, 0)" name="expression" type="QString"/>
                    <Option value="3" name="type" type="int"/>
                  </Option>
                </Option>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
          <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
            <Option type="Map">
              <Option value="0" name="angle" type="QString"/>
              <Option value="square" name="cap_style" type="QString"/>
              <Option value="0,131,143,255" name="color" type="QString"/>
              <Option value="1" name="horizontal_anchor_point" type="QString"/>
              <Option value="bevel" name="joinstyle" type="QString"/>
              <Option value="triangle" name="name" type="QString"/>
              <Option value="0,0" name="offset" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
              <Option value="MM" name="offset_unit" type="QString"/>
              <Option value="255,255,255,255" name="outline_color" type="QString"/>
              <Option value="solid" name="outline_style" type="QString"/>
              <Option value="0.4" name="outline_width" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
              <Option value="MM" name="outline_width_unit" type="QString"/>
              <Option value="diameter" name="scale_method" type="QString"/>
              <Option value="3.6" name="size" type="QString"/>
              <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
              <Option value="MM" name="size_unit" type="QString"/>
              <Option value="1" name="vertical_anchor_point" type="QString"/>
            </Option>
            <prop k="angle" v="0"/>
            <prop k="cap_style" v="square"/>
            <prop k="color" v="0,131,143,255"/>
            <prop k="horizontal_anchor_point" v="1"/>
            <prop k="joinstyle" v="bevel"/>
            <prop k="name" v="triangle"/>
            <prop k="offset" v="0,0"/>
            <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="offset_unit" v="MM"/>
            <prop k="outline_color" v="255,255,255,255"/>
            <prop k="outline_style" v="solid"/>
            <prop k="outline_width" v="0.4"/>
            <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="outline_width_unit" v="MM"/>
            <prop k="scale_method" v="diameter"/>
            <prop k="size" v="3.6"/>
            <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
            <prop k="size_unit" v="MM"/>
            <prop k="vertical_anchor_point" v="1"/>
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
      </symbols>
    </renderer-v2>
    <symbol force_rhr="0" alpha="1" clip_to_extent="1" name="centerSymbol" type="marker">
      <data_defined_properties>
        <Option type="Map">
          <Option value="" name="name" type="QString"/>
          <Option name="properties"/>
          <Option value="collection" name="type" type="QString"/>
        </Option>
      </data_defined_properties>
      <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
        <Option type="Map">
          <Option value="0" name="angle" type="QString"/>
          <Option value="square" name="cap_style" type="QString"/>
          <Option value="255,0,0,255" name="color" type="QString"/>
          <Option value="1" name="horizontal_anchor_point" type="QString"/>
          <Option value="bevel" name="joinstyle" type="QString"/>
          <Option value="half_arc" name="name" type="QString"/>
          <Option value="0,0" name="offset" type="QString"/>
          <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
          <Option value="MM" name="offset_unit" type="QString"/>
          <Option value="0,131,143,170" name="outline_color" type="QString"/>
          <Option value="dash" name="outline_style" type="QString"/>
          <Option value="0.35" name="outline_width" type="QString"/>
          <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
          <Option value="MM" name="outline_width_unit" type="QString"/>
          <Option value="diameter" name="scale_method" type="QString"/>
          <Option value="2" name="size" type="QString"/>
          <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
          <Option value="RenderMetersInMapUnits" name="size_unit" type="QString"/>
          <Option value="1" name="vertical_anchor_point" type="QString"/>
        </Option>
        <prop k="angle" v="0"/>
        <prop k="cap_style" v="square"/>
        <prop k="color" v="255,0,0,255"/>
        <prop k="horizontal_anchor_point" v="1"/>
        <prop k="joinstyle" v="bevel"/>
        <prop k="name" v="half_arc"/>
        <prop k="offset" v="0,0"/>
        <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
        <prop k="offset_unit" v="MM"/>
        <prop k="outline_color" v="0,131,143,170"/>
        <prop k="outline_style" v="dash"/>
        <prop k="outline_width" v="0.35"/>
        <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
        <prop k="outline_width_unit" v="MM"/>
        <prop k="scale_method" v="diameter"/>
        <prop k="size" v="2"/>
        <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
        <prop k="size_unit" v="RenderMetersInMapUnits"/>
        <prop k="vertical_anchor_point" v="1"/>
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties" type="Map">
              <Option name="size" type="Map">
                <Option value="true" name="active" type="bool"/>
                <Option value="2 * coalesce(&quot;uncertainty_m&quot;, 0)" name="expression" type="QString"/>
                <Option value="3" name="type" type="int"/>
              </Option>
            </Option>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
      </layer>
      <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
        <Option type="Map">
          <Option value="180" name="angle" type="QString"/>
          <Option value="square" name="cap_style" type="QString"/>
          <Option value="255,0,0,255" name="color" type="QString"/>
          <Option value="1" name="horizontal_anchor_point" type="QString"/>
          <Option value="bevel" name="joinstyle" type="QString"/>
          <Option value="half_arc" name="name" type="QString"/>
          <Option value="0,0" name="offset" type="QString"/>
          <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
          <Option value="MM" name="offset_unit" type="QString"/>
          <Option value="0,131,143,170" name="outline_color" type="QString"/>
          <Option value="dash" name="outline_style" type="QString"/>
          <Option value="0.35" name="outline_width" type="QString"/>
          <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
          <Option value="MM" name="outline_width_unit" type="QString"/>
          <Option value="diameter" name="scale_method" type="QString"/>
          <Option value="2" name="size" type="QString"/>
          <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
          <Option value="RenderMetersInMapUnits" name="size_unit" type="QString"/>
          <Option value="1" name="vertical_anchor_point" type="QString"/>
        </Option>
        <prop k="angle" v="180"/>
        <prop k="cap_style" v="square"/>
        <prop k="color" v="255,0,0,255"/>
        <prop k="horizontal_anchor_point" v="1"/>
        <prop k="joinstyle" v="bevel"/>
        <prop k="name" v="half_arc"/>
        <prop k="offset" v="0,0"/>
        <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
        <prop k="offset_unit" v="MM"/>
        <prop k="outline_color" v="0,131,143,170"/>
        <prop k="outline_style" v="dash"/>
        <prop k="outline_width" v="0.35"/>
        <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
        <prop k="outline_width_unit" v="MM"/>
        <prop k="scale_method" v="diameter"/>
        <prop k="size" v="2"/>
        <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
        <prop k="size_unit" v="RenderMetersInMapUnits"/>
        <prop k="vertical_anchor_point" v="1"/>
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties" type="Map">
              <Option name="size" type="Map">
                <Option value="true" name="active" type="bool"/>
                <Option value="2 * coalesce(&quot;uncertainty_m&quot;, 0)" name="expression" type="QString"/>
                <Option value="3" name="type" type="int"/>
              </Option>
            </Option>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
      </layer>
      <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
        <Option type="Map">
          <Option value="0" name="angle" type="QString"/>
          <Option value="square" name="cap_style" type="QString"/>
          <Option value="0,131,143,255" name="color" type="QString"/>
          <Option value="1" name="horizontal_anchor_point" type="QString"/>
          <Option value="bevel" name="joinstyle" type="QString"/>
          <Option value="circle" name="name" type="QString"/>
          <Option value="3.20000000000000018,3.20000000000000018" name="offset" type="QString"/>
          <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
          <Option value="MM" name="offset_unit" type="QString"/>
          <Option value="255,255,255,255" name="outline_color" type="QString"/>
          <Option value="solid" name="outline_style" type="QString"/>
          <Option value="0.4" name="outline_width" type="QString"/>
          <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
          <Option value="MM" name="outline_width_unit" type="QString"/>
          <Option value="diameter" name="scale_method" type="QString"/>
          <Option value="4.4" name="size" type="QString"/>
          <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
          <Option value="MM" name="size_unit" type="QString"/>
          <Option value="1" name="vertical_anchor_point" type="QString"/>
        </Option>
        <prop k="angle" v="0"/>
        <prop k="cap_style" v="square"/>
        <prop k="color" v="0,131,143,255"/>
        <prop k="horizontal_anchor_point" v="1"/>
        <prop k="joinstyle" v="bevel"/>
        <prop k="name" v="circle"/>
        <prop k="offset" v="3.20000000000000018,3.20000000000000018"/>
        <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
        <prop k="offset_unit" v="MM"/>
        <prop k="outline_color" v="255,255,255,255"/>
        <prop k="outline_style" v="solid"/>
        <prop k="outline_width" v="0.4"/>
        <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
        <prop k="outline_width_unit" v="MM"/>
        <prop k="scale_method" v="diameter"/>
        <prop k="size" v="4.4"/>
        <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
        <prop k="size_unit" v="MM"/>
        <prop k="vertical_anchor_point" v="1"/>
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
      </layer>
      <layer locked="0" class="FontMarker" enabled="1" pass="0">
        <Option type="Map">
          <Option value="0" name="angle" type="QString"/>
          <Option value="0" name="chr" type="QString"/>
          <Option value="255,255,255,255" name="color" type="QString"/>
          <Option value="Sans Serif" name="font" type="QString"/>
          <Option value="" name="font_style" type="QString"/>
          <Option value="1" name="horizontal_anchor_point" type="QString"/>
          <Option value="miter" name="joinstyle" type="QString"/>
          <Option value="3.20000000000000018,3.20000000000000018" name="offset" type="QString"/>
          <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
          <Option value="MM" name="offset_unit" type="QString"/>
          <Option value="255,255,255,255" name="outline_color" type="QString"/>
          <Option value="0" name="outline_width" type="QString"/>
          <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
          <Option value="MM" name="outline_width_unit" type="QString"/>
          <Option value="3" name="size" type="QString"/>
          <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
          <Option value="MM" name="size_unit" type="QString"/>
          <Option value="1" name="vertical_anchor_point" type="QString"/>
        </Option>
        <prop k="angle" v="0"/>
        <prop k="chr" v="0"/>
        <prop k="color" v="255,255,255,255"/>
        <prop k="font" v="Sans Serif"/>
        <prop k="font_style" v=""/>
        <prop k="horizontal_anchor_point" v="1"/>
        <prop k="joinstyle" v="miter"/>
        <prop k="offset" v="3.20000000000000018,3.20000000000000018"/>
        <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
        <prop k="offset_unit" v="MM"/>
        <prop k="outline_color" v="255,255,255,255"/>
        <prop k="outline_width" v="0"/>
        <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
        <prop k="outline_width_unit" v="MM"/>
        <prop k="size" v="3"/>
        <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
        <prop k="size_unit" v="MM"/>
        <prop k="vertical_anchor_point" v="1"/>
        <data_defined_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties" type="Map">
              <Option name="char" type="Map">
                <Option value="true" name="active" type="bool"/>
                <Option value="@cluster_size" name="expression" type="QString"/>
                <Option value="3" name="type" type="int"/>
              </Option>
            </Option>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </data_defined_properties>
      </layer>
    </symbol>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style useSubstitutions="0" fieldName="title" fontLetterSpacing="0" fontKerning="1" fontSizeMapUnitScale="3x:0,0,0,0,0,0" allowHtml="0" textOpacity="1" fontFamily="Sans Serif" textColor="0,0,0,255" isExpression="0" fontItalic="0" fontWordSpacing="0" capitalization="0" multilineHeight="1" fontSize="8" blendMode="0" legendString="Aa" previewBkgrdColor="255,255,255,255" namedStyle="" fontWeight="50" fontStrikeout="0" fontUnderline="0" fontSizeUnit="Point" textOrientation="horizontal">
        <families/>
        <text-buffer bufferSizeUnits="MM" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferNoFill="1" bufferColor="255,255,255,255" bufferDraw="1" bufferBlendMode="0" bufferSize="1" bufferJoinStyle="128" bufferOpacity="1"/>
        <text-mask maskOpacity="1" maskEnabled="0" maskSize="1.5" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskType="0" maskJoinStyle="128" maskedSymbolLayers="" maskSizeUnits="MM"/>
        <background shapeBorderWidth="0" shapeBorderWidthUnit="MM" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiX="0" shapeOffsetY="0" shapeRadiiY="0" shapeOffsetX="0" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeDraw="0" shapeRotationType="0" shapeSizeY="0" shapeOffsetUnit="MM" shapeType="0" shapeRadiiUnit="MM" shapeOpacity="1" shapeSizeX="0" shapeSizeUnit="MM" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeBorderColor="128,128,128,255" shapeSizeType="0" shapeSVGFile="" shapeFillColor="255,255,255,255" shapeRotation="0" shapeJoinStyle="64" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeBlendMode="0">
          <symbol force_rhr="0" alpha="1" clip_to_extent="1" name="fillSymbol" type="fill">
            <data_defined_properties>
              <Option type="Map">
                <Option value="" name="name" type="QString"/>
                <Option name="properties"/>
                <Option value="collection" name="type" type="QString"/>
              </Option>
            </data_defined_properties>
            <layer locked="0" class="SimpleFill" enabled="1" pass="0">
              <Option type="Map">
                <Option value="3x:0,0,0,0,0,0" name="border_width_map_unit_scale" type="QString"/>
                <Option value="255,255,255,255" name="color" type="QString"/>
                <Option value="bevel" name="joinstyle" type="QString"/>
                <Option value="0,0" name="offset" type="QString"/>
                <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
                <Option value="MM" name="offset_unit" type="QString"/>
                <Option value="128,128,128,255" name="outline_color" type="QString"/>
                <Option value="no" name="outline_style" type="QString"/>
                <Option value="0" name="outline_width" type="QString"/>
                <Option value="MM" name="outline_width_unit" type="QString"/>
                <Option value="solid" name="style" type="QString"/>
              </Option>
              <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="color" v="255,255,255,255"/>
              <prop k="joinstyle" v="bevel"/>
              <prop k="offset" v="0,0"/>
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
              <prop k="offset_unit" v="MM"/>
              <prop k="outline_color" v="128,128,128,255"/>
              <prop k="outline_style" v="no"/>
              <prop k="outline_width" v="0"/>
              <prop k="outline_width_unit" v="MM"/>
              <prop k="style" v="solid"/>
              <data_defined_properties>
                <Option type="Map">
                  <Option value="" name="name" type="QString"/>
                  <Option name="properties"/>
                  <Option value="collection" name="type" type="QString"/>
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowOffsetDist="1" shadowBlendMode="6" shadowDraw="0" shadowRadius="1.5" shadowUnder="0" shadowOffsetUnit="MM" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowOffsetGlobal="1" shadowScale="100" shadowRadiusAlphaOnly="0" shadowOpacity="0.69999999999999996" shadowColor="0,0,0,255" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowOffsetAngle="135" shadowRadiusUnit="MM"/>
        <dd_properties>
          <Option type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
        </dd_properties>
        <substitutions/>
      </text-style>
      <text-format formatNumbers="0" autoWrapLength="0" placeDirectionSymbol="0" decimals="3" plussign="0" wrapChar="" leftDirectionSymbol="&lt;" rightDirectionSymbol=">" addDirectionSymbol="0" reverseDirectionSymbol="0" multilineAlign="3" useMaxLineLengthForAutoWrap="1"/>
      <placement geometryGeneratorType="PointGeometry" fitInPolygonOnly="0" priority="5" centroidWhole="0" maxCurvedCharAngleIn="25" xOffset="0" layerType="UnknownGeometry" distMapUnitScale="3x:0,0,0,0,0,0" placement="6" offsetType="0" rotationUnit="AngleDegrees" repeatDistanceUnits="MM" lineAnchorType="0" geometryGeneratorEnabled="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" rotationAngle="0" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" geometryGenerator="" placementFlags="10" centroidInside="0" dist="1.5" preserveRotation="1" distUnits="MM" yOffset="0" polygonPlacementFlags="2" maxCurvedCharAngleOut="-25" repeatDistance="0" overrunDistance="0" overrunDistanceUnit="MM" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" offsetUnits="MM" quadOffset="4" lineAnchorPercent="0.5" lineAnchorClipping="0"/>
      <rendering fontMaxPixelSize="10000" zIndex="0" fontMinPixelSize="0" mergeLines="0" limitNumLabels="0" labelPerPart="0" obstacle="1" scaleMin="0" displayAll="0" unplacedVisibility="0" fontLimitPixelSize="0" scaleVisibility="0" scaleMax="0" obstacleFactor="1" drawLabels="1" minFeatureSize="0" upsidedownLabels="0" maxNumLabels="2000" obstacleType="1"/>
      <dd_properties>
        <Option type="Map">
          <Option value="" name="name" type="QString"/>
          <Option name="properties"/>
          <Option value="collection" name="type" type="QString"/>
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option value="pole_of_inaccessibility" name="anchorPoint" type="QString"/>
          <Option value="0" name="blendMode" type="int"/>
          <Option name="ddProperties" type="Map">
            <Option value="" name="name" type="QString"/>
            <Option name="properties"/>
            <Option value="collection" name="type" type="QString"/>
          </Option>
          <Option value="false" name="drawToAllParts" type="bool"/>
          <Option value="0" name="enabled" type="QString"/>
          <Option value="point_on_exterior" name="labelAnchorPoint" type="QString"/>
          <Option value="&lt;symbol force_rhr=&quot;0&quot; alpha=&quot;1&quot; clip_to_extent=&quot;1&quot; name=&quot;symbol&quot; type=&quot;line&quot;>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; name=&quot;name&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; name=&quot;type&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;layer locked=&quot;0&quot; class=&quot;SimpleLine&quot; enabled=&quot;1&quot; pass=&quot;0&quot;>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;0&quot; name=&quot;align_dash_pattern&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;square&quot; name=&quot;capstyle&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;5;2&quot; name=&quot;customdash&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;customdash_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;customdash_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;dash_pattern_offset&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;dash_pattern_offset_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;dash_pattern_offset_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;draw_inside_polygon&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;bevel&quot; name=&quot;joinstyle&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;60,60,60,255&quot; name=&quot;line_color&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;solid&quot; name=&quot;line_style&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0.3&quot; name=&quot;line_width&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;line_width_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;offset&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;offset_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;offset_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;ring_filter&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;trim_distance_end&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_end_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;trim_distance_end_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;trim_distance_start&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;trim_distance_start_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;MM&quot; name=&quot;trim_distance_start_unit&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;tweak_dash_pattern_on_corners&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;0&quot; name=&quot;use_custom_dash&quot; type=&quot;QString&quot;/>&lt;Option value=&quot;3x:0,0,0,0,0,0&quot; name=&quot;width_map_unit_scale&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot;/>&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot;/>&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot;/>&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot;/>&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot;/>&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot;/>&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot;/>&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot;/>&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;offset&quot; v=&quot;0&quot;/>&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot;/>&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot;/>&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot;/>&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot;/>&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot;/>&lt;data_defined_properties>&lt;Option type=&quot;Map&quot;>&lt;Option value=&quot;&quot; name=&quot;name&quot; type=&quot;QString&quot;/>&lt;Option name=&quot;properties&quot;/>&lt;Option value=&quot;collection&quot; name=&quot;type&quot; type=&quot;QString&quot;/>&lt;/Option>&lt;/data_defined_properties>&lt;/layer>&lt;/symbol>" name="lineSymbol" type="QString"/>
          <Option value="0" name="minLength" type="double"/>
          <Option value="3x:0,0,0,0,0,0" name="minLengthMapUnitScale" type="QString"/>
          <Option value="MM" name="minLengthUnit" type="QString"/>
          <Option value="0" name="offsetFromAnchor" type="double"/>
          <Option value="3x:0,0,0,0,0,0" name="offsetFromAnchorMapUnitScale" type="QString"/>
          <Option value="MM" name="offsetFromAnchorUnit" type="QString"/>
          <Option value="0" name="offsetFromLabel" type="double"/>
          <Option value="3x:0,0,0,0,0,0" name="offsetFromLabelMapUnitScale" type="QString"/>
          <Option value="MM" name="offsetFromLabelUnit" type="QString"/>
        </Option>
      </callout>
    </settings>
  </labeling>
  <customproperties>
    <Option/>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks type="StringList">
      <Option value="" type="QString"/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend showLabelLegend="0" type="default-vector"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field configurationFlags="None" name="uid">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option value="false" name="IsMultiline" type="bool"/>
            <Option value="false" name="UseHtml" type="bool"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="title">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option value="false" name="IsMultiline" type="bool"/>
            <Option value="false" name="UseHtml" type="bool"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="event_type">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option value="diversion" name="diversion" type="QString"/>
              </Option>
              <Option type="Map">
                <Option value="intercept" name="intercept" type="QString"/>
              </Option>
              <Option type="Map">
                <Option value="close_approach" name="close approach" type="QString"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="actor">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option value="false" name="IsMultiline" type="bool"/>
            <Option value="false" name="UseHtml" type="bool"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="t_start">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option value="true" name="allow_null" type="bool"/>
            <Option value="true" name="calendar_popup" type="bool"/>
            <Option value="yyyy-MM-dd HH:mm:ss" name="display_format" type="QString"/>
            <Option value="yyyy-MM-dd HH:mm:ss" name="field_format" type="QString"/>
            <Option value="true" name="field_iso_format" type="bool"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="t_end">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option value="true" name="allow_null" type="bool"/>
            <Option value="true" name="calendar_popup" type="bool"/>
            <Option value="yyyy-MM-dd HH:mm:ss" name="display_format" type="QString"/>
            <Option value="yyyy-MM-dd HH:mm:ss" name="field_format" type="QString"/>
            <Option value="true" name="field_iso_format" type="bool"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="time_precision">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option value="exact" name="exact" type="QString"/>
              </Option>
              <Option type="Map">
                <Option value="day" name="day" type="QString"/>
              </Option>
              <Option type="Map">
                <Option value="week" name="week" type="QString"/>
              </Option>
              <Option type="Map">
                <Option value="month" name="month" type="QString"/>
              </Option>
              <Option type="Map">
                <Option value="year" name="year" type="QString"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="loc_precision">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option value="exact" name="exact (within 10 m)" type="QString"/>
              </Option>
              <Option type="Map">
                <Option value="vicinity" name="vicinity (within 100 m)" type="QString"/>
              </Option>
              <Option type="Map">
                <Option value="locality" name="locality (within 1 km)" type="QString"/>
              </Option>
              <Option type="Map">
                <Option value="district" name="district (within 25 km)" type="QString"/>
              </Option>
              <Option type="Map">
                <Option value="admin1" name="province / admin1 (the area is the bound)" type="QString"/>
              </Option>
              <Option type="Map">
                <Option value="country" name="country (the area is the bound)" type="QString"/>
              </Option>
              <Option type="Map">
                <Option value="water_body" name="water body (the area is the bound)" type="QString"/>
              </Option>
              <Option type="Map">
                <Option value="airspace" name="airspace (the area is the bound)" type="QString"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="uncertainty_m">
      <editWidget type="Range">
        <config>
          <Option type="Map">
            <Option value="false" name="AllowNull" type="bool"/>
            <Option value="20037509" name="Max" type="double"/>
            <Option value="0" name="Min" type="double"/>
            <Option value="0" name="Precision" type="int"/>
            <Option value="100" name="Step" type="double"/>
            <Option value="SpinBox" name="Style" type="QString"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="description">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option value="true" name="IsMultiline" type="bool"/>
            <Option value="false" name="UseHtml" type="bool"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="n_asserting">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="n_disputing">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="contested">
      <editWidget type="CheckBox">
        <config>
          <Option type="Map">
            <Option value="" name="CheckedState" type="QString"/>
            <Option value="" name="UncheckedState" type="QString"/>
          </Option>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="uid" index="0" name=""/>
    <alias field="title" index="1" name=""/>
    <alias field="event_type" index="2" name=""/>
    <alias field="actor" index="3" name=""/>
    <alias field="t_start" index="4" name=""/>
    <alias field="t_end" index="5" name=""/>
    <alias field="time_precision" index="6" name=""/>
    <alias field="loc_precision" index="7" name=""/>
    <alias field="uncertainty_m" index="8" name=""/>
    <alias field="description" index="9" name=""/>
    <alias field="n_asserting" index="10" name=""/>
    <alias field="n_disputing" index="11" name=""/>
    <alias field="contested" index="12" name=""/>
  </aliases>
  <defaults>
    <default field="uid" applyOnUpdate="0" expression="'ae-' || substr(lower(regexp_replace(uuid(), '[{}-]', '')), 1, 12)"/>
    <default field="title" applyOnUpdate="0" expression=""/>
    <default field="event_type" applyOnUpdate="0" expression=""/>
    <default field="actor" applyOnUpdate="0" expression=""/>
    <default field="t_start" applyOnUpdate="0" expression=""/>
    <default field="t_end" applyOnUpdate="0" expression=""/>
    <default field="time_precision" applyOnUpdate="0" expression="'day'"/>
    <default field="loc_precision" applyOnUpdate="0" expression="'locality'"/>
    <default field="uncertainty_m" applyOnUpdate="0" expression="1000"/>
    <default field="description" applyOnUpdate="0" expression=""/>
    <default field="n_asserting" applyOnUpdate="0" expression="0"/>
    <default field="n_disputing" applyOnUpdate="0" expression="0"/>
    <default field="contested" applyOnUpdate="0" expression="false"/>
  </defaults>
  <constraints>
    <constraint field="uid" notnull_strength="1" exp_strength="1" unique_strength="1" constraints="7"/>
    <constraint field="title" notnull_strength="1" exp_strength="1" unique_strength="0" constraints="5"/>
    <constraint field="event_type" notnull_strength="1" exp_strength="1" unique_strength="0" constraints="5"/>
    <constraint field="actor" notnull_strength="0" exp_strength="0" unique_strength="0" constraints="0"/>
    <constraint field="t_start" notnull_strength="1" exp_strength="0" unique_strength="0" constraints="1"/>
    <constraint field="t_end" notnull_strength="1" exp_strength="1" unique_strength="0" constraints="5"/>
    <constraint field="time_precision" notnull_strength="1" exp_strength="1" unique_strength="0" constraints="5"/>
    <constraint field="loc_precision" notnull_strength="1" exp_strength="1" unique_strength="0" constraints="5"/>
    <constraint field="uncertainty_m" notnull_strength="1" exp_strength="1" unique_strength="0" constraints="5"/>
    <constraint field="description" notnull_strength="0" exp_strength="0" unique_strength="0" constraints="0"/>
    <constraint field="n_asserting" notnull_strength="0" exp_strength="0" unique_strength="0" constraints="0"/>
    <constraint field="n_disputing" notnull_strength="0" exp_strength="0" unique_strength="0" constraints="0"/>
    <constraint field="contested" notnull_strength="0" exp_strength="0" unique_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="uid" desc="the geometry must be valid (not self-intersecting) and lie within longitude -180..180, latitude -90..90" exp="is_valid($geometry) AND x_min($geometry) >= -180 AND x_max($geometry) &lt;= 180 AND y_min($geometry) >= -90 AND y_max($geometry) &lt;= 90"/>
    <constraint field="title" desc="a title is required" exp="length(trim(&quot;title&quot;)) > 0"/>
    <constraint field="event_type" desc="one of diversion, intercept, close_approach" exp="&quot;event_type&quot; IN ('diversion', 'intercept', 'close_approach')"/>
    <constraint field="actor" desc="" exp=""/>
    <constraint field="t_start" desc="" exp=""/>
    <constraint field="t_end" desc="UTC; not before t_start" exp="&quot;t_end&quot; >= &quot;t_start&quot;"/>
    <constraint field="time_precision" desc="how precisely the source dates it" exp="&quot;time_precision&quot; IN ('exact', 'day', 'week', 'month', 'year')"/>
    <constraint field="loc_precision" desc="how precisely the source places it: never invent precision" exp="&quot;loc_precision&quot; IN ('exact', 'vicinity', 'locality', 'district', 'admin1', 'country', 'water_body', 'airspace')"/>
    <constraint field="uncertainty_m" desc="metres; no more than the location precision allows" exp="&quot;uncertainty_m&quot; >= 0 AND &quot;uncertainty_m&quot; &lt;= CASE WHEN &quot;loc_precision&quot; = 'exact' THEN 10 WHEN &quot;loc_precision&quot; = 'vicinity' THEN 100 WHEN &quot;loc_precision&quot; = 'locality' THEN 1000 WHEN &quot;loc_precision&quot; = 'district' THEN 25000 ELSE 20037509 END"/>
    <constraint field="description" desc="" exp=""/>
    <constraint field="n_asserting" desc="" exp=""/>
    <constraint field="n_disputing" desc="" exp=""/>
    <constraint field="contested" desc="" exp=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig sortExpression="" sortOrder="0" actionWidgetStyle="dropDown">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable>
    <field editable="1" name="actor"/>
    <field editable="0" name="contested"/>
    <field editable="1" name="description"/>
    <field editable="1" name="event_type"/>
    <field editable="1" name="loc_precision"/>
    <field editable="0" name="n_asserting"/>
    <field editable="0" name="n_disputing"/>
    <field editable="1" name="t_end"/>
    <field editable="1" name="t_start"/>
    <field editable="1" name="time_precision"/>
    <field editable="1" name="title"/>
    <field editable="0" name="uid"/>
    <field editable="1" name="uncertainty_m"/>
  </editable>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression>"title"</previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>0</layerGeometryType>
</qgis>
