<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis readOnly="0" hasScaleBasedVisibilityFlag="0" styleCategories="AllStyleCategories" minScale="1e+08" maxScale="0" version="3.22.16-Białowieża">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal mode="0" enabled="0" endField="" limitMode="0" startExpression="" endExpression="" durationUnit="min" accumulate="0" fixedDuration="0" startField="" durationField="">
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
    <field configurationFlags="None" name="did">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option type="bool" value="false" name="IsMultiline"/>
            <Option type="bool" value="false" name="UseHtml"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="outlet">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option type="bool" value="false" name="IsMultiline"/>
            <Option type="bool" value="false" name="UseHtml"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="title">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option type="bool" value="false" name="IsMultiline"/>
            <Option type="bool" value="false" name="UseHtml"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="url">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option type="bool" value="false" name="IsMultiline"/>
            <Option type="bool" value="false" name="UseHtml"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="published_at">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option type="bool" value="false" name="IsMultiline"/>
            <Option type="bool" value="false" name="UseHtml"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="language">
      <editWidget type="UniqueValues">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="Editable"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="text">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="IsMultiline"/>
            <Option type="bool" value="false" name="UseHtml"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="sha256">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option type="bool" value="false" name="IsMultiline"/>
            <Option type="bool" value="false" name="UseHtml"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="original_sha256">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option type="bool" value="false" name="IsMultiline"/>
            <Option type="bool" value="false" name="UseHtml"/>
          </Option>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias index="0" field="did" name=""/>
    <alias index="1" field="outlet" name=""/>
    <alias index="2" field="title" name=""/>
    <alias index="3" field="url" name=""/>
    <alias index="4" field="published_at" name=""/>
    <alias index="5" field="language" name=""/>
    <alias index="6" field="text" name=""/>
    <alias index="7" field="sha256" name=""/>
    <alias index="8" field="original_sha256" name=""/>
  </aliases>
  <defaults>
    <default field="did" expression="'d-' || substr(lower(regexp_replace(uuid(), '[{}-]', '')), 1, 12)" applyOnUpdate="0"/>
    <default field="outlet" expression="" applyOnUpdate="0"/>
    <default field="title" expression="" applyOnUpdate="0"/>
    <default field="url" expression="" applyOnUpdate="0"/>
    <default field="published_at" expression="" applyOnUpdate="0"/>
    <default field="language" expression="'en'" applyOnUpdate="0"/>
    <default field="text" expression="" applyOnUpdate="0"/>
    <default field="sha256" expression="sha256(&quot;text&quot;)" applyOnUpdate="1"/>
    <default field="original_sha256" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="1" field="did" constraints="3" exp_strength="0" notnull_strength="1"/>
    <constraint unique_strength="0" field="outlet" constraints="5" exp_strength="1" notnull_strength="1"/>
    <constraint unique_strength="0" field="title" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="url" constraints="4" exp_strength="1" notnull_strength="0"/>
    <constraint unique_strength="0" field="published_at" constraints="1" exp_strength="0" notnull_strength="1"/>
    <constraint unique_strength="0" field="language" constraints="5" exp_strength="1" notnull_strength="1"/>
    <constraint unique_strength="0" field="text" constraints="5" exp_strength="1" notnull_strength="1"/>
    <constraint unique_strength="0" field="sha256" constraints="1" exp_strength="0" notnull_strength="1"/>
    <constraint unique_strength="0" field="original_sha256" constraints="0" exp_strength="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="did" exp="" desc=""/>
    <constraint field="outlet" exp="length(trim(&quot;outlet&quot;)) > 0" desc=""/>
    <constraint field="title" exp="" desc=""/>
    <constraint field="url" exp="&quot;url&quot; IS NULL OR &quot;url&quot; = '' OR regexp_match(&quot;url&quot;, '^https?://')" desc="an http(s) address"/>
    <constraint field="published_at" exp="" desc=""/>
    <constraint field="language" exp="length(&quot;language&quot;) &lt;= 35 AND regexp_match(&quot;language&quot;, '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$')" desc=""/>
    <constraint field="text" exp="length(&quot;text&quot;) > 0" desc="the full text; statements quote it by offset, so it never changes"/>
    <constraint field="sha256" exp="" desc=""/>
    <constraint field="original_sha256" exp="" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig actionWidgetStyle="dropDown" sortOrder="0" sortExpression="">
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
    <field editable="0" name="original_sha256"/>
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
