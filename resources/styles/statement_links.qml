<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="0" version="3.22.16-Białowieża" styleCategories="AllStyleCategories" readOnly="0" minScale="1e+08" maxScale="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal durationUnit="min" durationField="" startExpression="" endField="" fixedDuration="0" mode="0" endExpression="" accumulate="0" limitMode="0" startField="" enabled="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <customproperties>
    <Option/>
  </customproperties>
  <geometryOptions geometryPrecision="0" removeDuplicateNodes="0">
    <activeChecks type="StringList">
      <Option value="" type="QString"/>
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
                <Option value="strike_sites" name="Strike sites" type="QString"/>
              </Option>
              <Option type="Map">
                <Option value="launch_zones" name="Launch zones" type="QString"/>
              </Option>
              <Option type="Map">
                <Option value="missile_tracks" name="Missile tracks" type="QString"/>
              </Option>
              <Option type="Map">
                <Option value="border_incursions" name="Border incursions" type="QString"/>
              </Option>
              <Option type="Map">
                <Option value="deployments" name="Deployments" type="QString"/>
              </Option>
              <Option type="Map">
                <Option value="aircraft_encounters" name="Aircraft encounters" type="QString"/>
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
            <Option value="false" name="IsMultiline" type="bool"/>
            <Option value="false" name="UseHtml" type="bool"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="sid">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option value="false" name="IsMultiline" type="bool"/>
            <Option value="false" name="UseHtml" type="bool"/>
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
                <Option value="asserts" name="asserts" type="QString"/>
              </Option>
              <Option type="Map">
                <Option value="disputes" name="disputes" type="QString"/>
              </Option>
              <Option type="Map">
                <Option value="denies" name="denies" type="QString"/>
              </Option>
              <Option type="Map">
                <Option value="qualifies" name="qualifies" type="QString"/>
              </Option>
              <Option type="Map">
                <Option value="context" name="context (background, no position)" type="QString"/>
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
            <Option value="false" name="IsMultiline" type="bool"/>
            <Option value="false" name="UseHtml" type="bool"/>
          </Option>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="feature_layer" index="0" name=""/>
    <alias field="feature_uid" index="1" name=""/>
    <alias field="sid" index="2" name=""/>
    <alias field="stance" index="3" name=""/>
    <alias field="claim" index="4" name=""/>
  </aliases>
  <defaults>
    <default field="feature_layer" applyOnUpdate="0" expression=""/>
    <default field="feature_uid" applyOnUpdate="0" expression=""/>
    <default field="sid" applyOnUpdate="0" expression=""/>
    <default field="stance" applyOnUpdate="0" expression="'asserts'"/>
    <default field="claim" applyOnUpdate="0" expression=""/>
  </defaults>
  <constraints>
    <constraint field="feature_layer" notnull_strength="1" exp_strength="1" unique_strength="0" constraints="5"/>
    <constraint field="feature_uid" notnull_strength="1" exp_strength="1" unique_strength="0" constraints="5"/>
    <constraint field="sid" notnull_strength="1" exp_strength="1" unique_strength="0" constraints="5"/>
    <constraint field="stance" notnull_strength="1" exp_strength="1" unique_strength="0" constraints="5"/>
    <constraint field="claim" notnull_strength="0" exp_strength="0" unique_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="feature_layer" desc="" exp="&quot;feature_layer&quot; IN ('strike_sites', 'launch_zones', 'missile_tracks', 'border_incursions', 'deployments', 'aircraft_encounters')"/>
    <constraint field="feature_uid" desc="the uid of a feature in the layer named by feature_layer" exp="get_feature(CASE WHEN &quot;feature_layer&quot; = 'strike_sites' THEN 'Strike sites' WHEN &quot;feature_layer&quot; = 'launch_zones' THEN 'Launch zones' WHEN &quot;feature_layer&quot; = 'missile_tracks' THEN 'Missile tracks' WHEN &quot;feature_layer&quot; = 'border_incursions' THEN 'Border incursions' WHEN &quot;feature_layer&quot; = 'deployments' THEN 'Deployments' WHEN &quot;feature_layer&quot; = 'aircraft_encounters' THEN 'Aircraft encounters' END, 'uid', &quot;feature_uid&quot;) IS NOT NULL"/>
    <constraint field="sid" desc="the sid of a statement in the store" exp="get_feature('statements', 'sid', &quot;sid&quot;) IS NOT NULL"/>
    <constraint field="stance" desc="" exp="&quot;stance&quot; IN ('asserts', 'disputes', 'denies', 'qualifies', 'context')"/>
    <constraint field="claim" desc="" exp=""/>
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
