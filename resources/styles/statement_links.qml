<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0" maxScale="0" minScale="1e+08" version="3.22.16-Białowieża" readOnly="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal accumulate="0" startField="" endField="" enabled="0" fixedDuration="0" endExpression="" mode="0" durationField="" durationUnit="min" startExpression="" limitMode="0">
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
      <Option type="QString" value=""/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend showLabelLegend="0" type="default-vector"/>
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
              <Option type="Map">
                <Option name="Conflict events" type="QString" value="conflict_events"/>
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
    <alias index="0" name="" field="feature_layer"/>
    <alias index="1" name="" field="feature_uid"/>
    <alias index="2" name="" field="sid"/>
    <alias index="3" name="" field="stance"/>
    <alias index="4" name="" field="claim"/>
  </aliases>
  <defaults>
    <default expression="" applyOnUpdate="0" field="feature_layer"/>
    <default expression="" applyOnUpdate="0" field="feature_uid"/>
    <default expression="" applyOnUpdate="0" field="sid"/>
    <default expression="" applyOnUpdate="0" field="stance"/>
    <default expression="" applyOnUpdate="0" field="claim"/>
  </defaults>
  <constraints>
    <constraint unique_strength="0" constraints="5" field="feature_layer" exp_strength="1" notnull_strength="1"/>
    <constraint unique_strength="0" constraints="5" field="feature_uid" exp_strength="1" notnull_strength="1"/>
    <constraint unique_strength="0" constraints="5" field="sid" exp_strength="1" notnull_strength="1"/>
    <constraint unique_strength="0" constraints="5" field="stance" exp_strength="1" notnull_strength="1"/>
    <constraint unique_strength="0" constraints="0" field="claim" exp_strength="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint exp="&quot;feature_layer&quot; IN ('strike_sites', 'launch_zones', 'missile_tracks', 'border_incursions', 'deployments', 'aircraft_encounters', 'conflict_events')" field="feature_layer" desc=""/>
    <constraint exp="get_feature(CASE WHEN &quot;feature_layer&quot; = 'strike_sites' THEN 'Strike sites' WHEN &quot;feature_layer&quot; = 'launch_zones' THEN 'Launch zones' WHEN &quot;feature_layer&quot; = 'missile_tracks' THEN 'Missile tracks' WHEN &quot;feature_layer&quot; = 'border_incursions' THEN 'Border incursions' WHEN &quot;feature_layer&quot; = 'deployments' THEN 'Deployments' WHEN &quot;feature_layer&quot; = 'aircraft_encounters' THEN 'Aircraft encounters' WHEN &quot;feature_layer&quot; = 'conflict_events' THEN 'Conflict events' END, 'uid', &quot;feature_uid&quot;) IS NOT NULL" field="feature_uid" desc="the uid of a feature in the layer named by feature_layer"/>
    <constraint exp="get_feature('statements', 'sid', &quot;sid&quot;) IS NOT NULL" field="sid" desc="the sid of a statement in the store"/>
    <constraint exp="&quot;stance&quot; IN ('asserts', 'disputes', 'denies', 'qualifies', 'context')" field="stance" desc=""/>
    <constraint exp="" field="claim" desc=""/>
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
