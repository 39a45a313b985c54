<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0" maxScale="0" minScale="1e+08" version="3.22.16-Białowieża" readOnly="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal durationUnit="min" fixedDuration="0" mode="0" startExpression="" endExpression="" durationField="" limitMode="0" enabled="0" endField="" startField="" accumulate="0">
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
  <legend type="default-vector" showLabelLegend="0"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field name="feature_layer" configurationFlags="None">
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
    <field name="feature_uid" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
            <Option name="UseHtml" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="sid" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
            <Option name="UseHtml" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="stance" configurationFlags="None">
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
    <field name="claim" configurationFlags="None">
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
    <alias field="feature_layer" name="" index="0"/>
    <alias field="feature_uid" name="" index="1"/>
    <alias field="sid" name="" index="2"/>
    <alias field="stance" name="" index="3"/>
    <alias field="claim" name="" index="4"/>
  </aliases>
  <defaults>
    <default field="feature_layer" applyOnUpdate="0" expression=""/>
    <default field="feature_uid" applyOnUpdate="0" expression=""/>
    <default field="sid" applyOnUpdate="0" expression=""/>
    <default field="stance" applyOnUpdate="0" expression="'asserts'"/>
    <default field="claim" applyOnUpdate="0" expression=""/>
  </defaults>
  <constraints>
    <constraint field="feature_layer" constraints="5" exp_strength="1" notnull_strength="1" unique_strength="0"/>
    <constraint field="feature_uid" constraints="5" exp_strength="1" notnull_strength="1" unique_strength="0"/>
    <constraint field="sid" constraints="5" exp_strength="1" notnull_strength="1" unique_strength="0"/>
    <constraint field="stance" constraints="5" exp_strength="1" notnull_strength="1" unique_strength="0"/>
    <constraint field="claim" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="feature_layer" exp="&quot;feature_layer&quot; IN ('strike_sites', 'launch_zones', 'missile_tracks', 'border_incursions', 'deployments', 'aircraft_encounters')" desc=""/>
    <constraint field="feature_uid" exp="get_feature(CASE WHEN &quot;feature_layer&quot; = 'strike_sites' THEN 'Strike sites' WHEN &quot;feature_layer&quot; = 'launch_zones' THEN 'Launch zones' WHEN &quot;feature_layer&quot; = 'missile_tracks' THEN 'Missile tracks' WHEN &quot;feature_layer&quot; = 'border_incursions' THEN 'Border incursions' WHEN &quot;feature_layer&quot; = 'deployments' THEN 'Deployments' WHEN &quot;feature_layer&quot; = 'aircraft_encounters' THEN 'Aircraft encounters' END, 'uid', &quot;feature_uid&quot;) IS NOT NULL" desc="the uid of a feature in the layer named by feature_layer"/>
    <constraint field="sid" exp="get_feature('statements', 'sid', &quot;sid&quot;) IS NOT NULL" desc="the sid of a statement in the store"/>
    <constraint field="stance" exp="&quot;stance&quot; IN ('asserts', 'disputes', 'denies', 'qualifies', 'context')" desc=""/>
    <constraint field="claim" exp="" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig actionWidgetStyle="dropDown" sortExpression="" sortOrder="0">
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
    <field name="claim" editable="1"/>
    <field name="feature_layer" editable="1"/>
    <field name="feature_uid" editable="1"/>
    <field name="sid" editable="1"/>
    <field name="stance" editable="1"/>
  </editable>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression></previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>4</layerGeometryType>
</qgis>
