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
    <field configurationFlags="None" name="did">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option value="false" name="IsMultiline" type="bool"/>
            <Option value="false" name="UseHtml" type="bool"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="outlet">
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
    <field configurationFlags="None" name="url">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option value="false" name="IsMultiline" type="bool"/>
            <Option value="false" name="UseHtml" type="bool"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="published_at">
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
    <field configurationFlags="None" name="language">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option value="false" name="IsMultiline" type="bool"/>
            <Option value="false" name="UseHtml" type="bool"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="text">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option value="true" name="IsMultiline" type="bool"/>
            <Option value="false" name="UseHtml" type="bool"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="sha256">
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
    <alias field="did" index="0" name=""/>
    <alias field="outlet" index="1" name=""/>
    <alias field="title" index="2" name=""/>
    <alias field="url" index="3" name=""/>
    <alias field="published_at" index="4" name=""/>
    <alias field="language" index="5" name=""/>
    <alias field="text" index="6" name=""/>
    <alias field="sha256" index="7" name=""/>
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
    <constraint field="did" notnull_strength="1" exp_strength="0" unique_strength="1" constraints="3"/>
    <constraint field="outlet" notnull_strength="1" exp_strength="1" unique_strength="0" constraints="5"/>
    <constraint field="title" notnull_strength="0" exp_strength="0" unique_strength="0" constraints="0"/>
    <constraint field="url" notnull_strength="0" exp_strength="1" unique_strength="0" constraints="4"/>
    <constraint field="published_at" notnull_strength="1" exp_strength="0" unique_strength="0" constraints="1"/>
    <constraint field="language" notnull_strength="1" exp_strength="0" unique_strength="0" constraints="1"/>
    <constraint field="text" notnull_strength="1" exp_strength="1" unique_strength="0" constraints="5"/>
    <constraint field="sha256" notnull_strength="1" exp_strength="0" unique_strength="0" constraints="1"/>
  </constraints>
  <constraintExpressions>
    <constraint field="did" desc="" exp=""/>
    <constraint field="outlet" desc="" exp="length(trim(&quot;outlet&quot;)) > 0"/>
    <constraint field="title" desc="" exp=""/>
    <constraint field="url" desc="an http(s) address" exp="&quot;url&quot; IS NULL OR &quot;url&quot; = '' OR regexp_match(&quot;url&quot;, '^https?://')"/>
    <constraint field="published_at" desc="" exp=""/>
    <constraint field="language" desc="" exp=""/>
    <constraint field="text" desc="the full text; statements quote it by offset, so it never changes" exp="length(&quot;text&quot;) > 0"/>
    <constraint field="sha256" desc="" exp=""/>
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
    <field editable="0" name="did"/>
    <field editable="1" name="language"/>
    <field editable="1" name="outlet"/>
    <field editable="1" name="published_at"/>
    <field editable="0" name="sha256"/>
    <field editable="1" name="text"/>
    <field editable="1" name="title"/>
    <field editable="1" name="url"/>
  </editable>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression></previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>4</layerGeometryType>
</qgis>
