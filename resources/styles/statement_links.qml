<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.16-Białowieża" maxScale="0" hasScaleBasedVisibilityFlag="0" styleCategories="AllStyleCategories" readOnly="0" minScale="1e+08">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal limitMode="0" durationField="" durationUnit="min" endExpression="" endField="" startExpression="" fixedDuration="0" accumulate="0" mode="0" enabled="0" startField="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <customproperties>
    <Option/>
  </customproperties>
  <geometryOptions removeDuplicateNodes="0" geometryPrecision="0">
    <activeChecks type="StringList">
      <Option type="QString" value=""/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend showLabelLegend="0" type="default-vector"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field configurationFlags="None" name="feature_layer">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="Strike sites" type="QString" value="strike_sites"/>
              </Option>
              <Option type="Map">
                <Option name="Launch zones" type="QString" value="launch_zones"/>
              </Option>
              <Option type="Map">
                <Option name="Missile tracks" type="QString" value="missile_tracks"/>
              </Option>
              <Option type="Map">
                <Option name="Border incursions" type="QString" value="border_incursions"/>
              </Option>
              <Option type="Map">
                <Option name="Deployments" type="QString" value="deployments"/>
              </Option>
              <Option type="Map">
                <Option name="Aircraft encounters" type="QString" value="aircraft_encounters"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="feature_uid">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
            <Option name="UseHtml" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="sid">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
            <Option name="UseHtml" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="stance">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="asserts" type="QString" value="asserts"/>
              </Option>
              <Option type="Map">
                <Option name="disputes" type="QString" value="disputes"/>
              </Option>
              <Option type="Map">
                <Option name="denies" type="QString" value="denies"/>
              </Option>
              <Option type="Map">
                <Option name="qualifies" type="QString" value="qualifies"/>
              </Option>
              <Option type="Map">
                <Option name="context (background, no position)" type="QString" value="context"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="claim">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
            <Option name="UseHtml" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias name="" field="feature_layer" index="0"/>
    <alias name="" field="feature_uid" index="1"/>
    <alias name="" field="sid" index="2"/>
    <alias name="" field="stance" index="3"/>
    <alias name="" field="claim" index="4"/>
  </aliases>
  <defaults>
    <default applyOnUpdate="0" field="feature_layer" expression=""/>
    <default applyOnUpdate="0" field="feature_uid" expression=""/>
    <default applyOnUpdate="0" field="sid" expression=""/>
    <default applyOnUpdate="0" field="stance" expression="'asserts'"/>
    <default applyOnUpdate="0" field="claim" expression=""/>
  </defaults>
  <constraints>
    <constraint notnull_strength="1" constraints="5" field="feature_layer" unique_strength="0" exp_strength="1"/>
    <constraint notnull_strength="1" constraints="5" field="feature_uid" unique_strength="0" exp_strength="1"/>
    <constraint notnull_strength="1" constraints="5" field="sid" unique_strength="0" exp_strength="1"/>
    <constraint notnull_strength="1" constraints="5" field="stance" unique_strength="0" exp_strength="1"/>
    <constraint notnull_strength="0" constraints="0" field="claim" unique_strength="0" exp_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint exp="&quot;feature_layer&quot; IN ('strike_sites', 'launch_zones', 'missile_tracks', 'border_incursions', 'deployments', 'aircraft_encounters')" desc="" field="feature_layer"/>
    <constraint exp="get_feature(CASE WHEN &quot;feature_layer&quot; = 'strike_sites' THEN 'Strike sites' WHEN &quot;feature_layer&quot; = 'launch_zones' THEN 'Launch zones' WHEN &quot;feature_layer&quot; = 'missile_tracks' THEN 'Missile tracks' WHEN &quot;feature_layer&quot; = 'border_incursions' THEN 'Border incursions' WHEN &quot;feature_layer&quot; = 'deployments' THEN 'Deployments' WHEN &quot;feature_layer&quot; = 'aircraft_encounters' THEN 'Aircraft encounters' END, 'uid', &quot;feature_uid&quot;) IS NOT NULL" desc="the uid of a feature in the layer named by feature_layer" field="feature_uid"/>
    <constraint exp="get_feature('statements', 'sid', &quot;sid&quot;) IS NOT NULL" desc="the sid of a statement in the store" field="sid"/>
    <constraint exp="&quot;stance&quot; IN ('asserts', 'disputes', 'denies', 'qualifies', 'context')" desc="" field="stance"/>
    <constraint exp="" desc="" field="claim"/>
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
    <field editable="1" name="claim"/>
    <field editable="1" name="feature_layer"/>
    <field editable="1" name="feature_uid"/>
    <field editable="1" name="sid"/>
    <field editable="1" name="stance"/>
  </editable>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression></previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>4</layerGeometryType>
</qgis>
