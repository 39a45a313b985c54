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
    <field name="did" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
            <Option name="UseHtml" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="outlet" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
            <Option name="UseHtml" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="title" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
            <Option name="UseHtml" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="url" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
            <Option name="UseHtml" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="published_at" configurationFlags="None">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option name="allow_null" type="bool" value="true"/>
            <Option name="calendar_popup" type="bool" value="true"/>
            <Option name="display_format" type="QString" value="yyyy-MM-dd HH:mm:ss"/>
            <Option name="field_format" type="QString" value="yyyy-MM-dd HH:mm:ss"/>
            <Option name="field_iso_format" type="bool" value="true"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="language" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
            <Option name="UseHtml" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="text" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="true"/>
            <Option name="UseHtml" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="sha256" configurationFlags="None">
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
    <alias field="did" name="" index="0"/>
    <alias field="outlet" name="" index="1"/>
    <alias field="title" name="" index="2"/>
    <alias field="url" name="" index="3"/>
    <alias field="published_at" name="" index="4"/>
    <alias field="language" name="" index="5"/>
    <alias field="text" name="" index="6"/>
    <alias field="sha256" name="" index="7"/>
  </aliases>
  <defaults>
    <default field="did" applyOnUpdate="0" expression="'d-' || substr(lower(regexp_replace(uuid(), '[{}-]', '')), 1, 12)"/>
    <default field="outlet" applyOnUpdate="0" expression=""/>
    <default field="title" applyOnUpdate="0" expression=""/>
    <default field="url" applyOnUpdate="0" expression=""/>
    <default field="published_at" applyOnUpdate="0" expression=""/>
    <default field="language" applyOnUpdate="0" expression="'en'"/>
    <default field="text" applyOnUpdate="0" expression=""/>
    <default field="sha256" applyOnUpdate="1" expression="sha256(&quot;text&quot;)"/>
  </defaults>
  <constraints>
    <constraint field="did" constraints="3" exp_strength="0" notnull_strength="1" unique_strength="1"/>
    <constraint field="outlet" constraints="5" exp_strength="1" notnull_strength="1" unique_strength="0"/>
    <constraint field="title" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="url" constraints="4" exp_strength="1" notnull_strength="0" unique_strength="0"/>
    <constraint field="published_at" constraints="1" exp_strength="0" notnull_strength="1" unique_strength="0"/>
    <constraint field="language" constraints="1" exp_strength="0" notnull_strength="1" unique_strength="0"/>
    <constraint field="text" constraints="5" exp_strength="1" notnull_strength="1" unique_strength="0"/>
    <constraint field="sha256" constraints="1" exp_strength="0" notnull_strength="1" unique_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="did" exp="" desc=""/>
    <constraint field="outlet" exp="length(trim(&quot;outlet&quot;)) > 0" desc=""/>
    <constraint field="title" exp="" desc=""/>
    <constraint field="url" exp="&quot;url&quot; IS NULL OR &quot;url&quot; = '' OR regexp_match(&quot;url&quot;, '^https?://')" desc="an http(s) address"/>
    <constraint field="published_at" exp="" desc=""/>
    <constraint field="language" exp="" desc=""/>
    <constraint field="text" exp="length(&quot;text&quot;) > 0" desc="the full text; statements quote it by offset, so it never changes"/>
    <constraint field="sha256" exp="" desc=""/>
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
    <field name="did" editable="0"/>
    <field name="language" editable="1"/>
    <field name="outlet" editable="1"/>
    <field name="published_at" editable="1"/>
    <field name="sha256" editable="0"/>
    <field name="text" editable="1"/>
    <field name="title" editable="1"/>
    <field name="url" editable="1"/>
  </editable>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression></previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>4</layerGeometryType>
</qgis>
