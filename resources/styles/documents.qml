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
    <field configurationFlags="None" name="did">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
            <Option name="UseHtml" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="outlet">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
            <Option name="UseHtml" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="title">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
            <Option name="UseHtml" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="url">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
            <Option name="UseHtml" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="published_at">
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
    <field configurationFlags="None" name="language">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
            <Option name="UseHtml" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="text">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="true"/>
            <Option name="UseHtml" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="sha256">
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
    <alias name="" field="did" index="0"/>
    <alias name="" field="outlet" index="1"/>
    <alias name="" field="title" index="2"/>
    <alias name="" field="url" index="3"/>
    <alias name="" field="published_at" index="4"/>
    <alias name="" field="language" index="5"/>
    <alias name="" field="text" index="6"/>
    <alias name="" field="sha256" index="7"/>
  </aliases>
  <defaults>
    <default applyOnUpdate="0" field="did" expression="'d-' || substr(lower(regexp_replace(uuid(), '[{}-]', '')), 1, 12)"/>
    <default applyOnUpdate="0" field="outlet" expression=""/>
    <default applyOnUpdate="0" field="title" expression=""/>
    <default applyOnUpdate="0" field="url" expression=""/>
    <default applyOnUpdate="0" field="published_at" expression=""/>
    <default applyOnUpdate="0" field="language" expression="'en'"/>
    <default applyOnUpdate="0" field="text" expression=""/>
    <default applyOnUpdate="1" field="sha256" expression="sha256(&quot;text&quot;)"/>
  </defaults>
  <constraints>
    <constraint notnull_strength="1" constraints="3" field="did" unique_strength="1" exp_strength="0"/>
    <constraint notnull_strength="1" constraints="5" field="outlet" unique_strength="0" exp_strength="1"/>
    <constraint notnull_strength="0" constraints="0" field="title" unique_strength="0" exp_strength="0"/>
    <constraint notnull_strength="0" constraints="4" field="url" unique_strength="0" exp_strength="1"/>
    <constraint notnull_strength="1" constraints="1" field="published_at" unique_strength="0" exp_strength="0"/>
    <constraint notnull_strength="1" constraints="1" field="language" unique_strength="0" exp_strength="0"/>
    <constraint notnull_strength="1" constraints="5" field="text" unique_strength="0" exp_strength="1"/>
    <constraint notnull_strength="1" constraints="1" field="sha256" unique_strength="0" exp_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint exp="" desc="" field="did"/>
    <constraint exp="length(trim(&quot;outlet&quot;)) > 0" desc="" field="outlet"/>
    <constraint exp="" desc="" field="title"/>
    <constraint exp="&quot;url&quot; IS NULL OR &quot;url&quot; = '' OR regexp_match(&quot;url&quot;, '^https?://')" desc="an http(s) address" field="url"/>
    <constraint exp="" desc="" field="published_at"/>
    <constraint exp="" desc="" field="language"/>
    <constraint exp="length(&quot;text&quot;) > 0" desc="the full text; statements quote it by offset, so it never changes" field="text"/>
    <constraint exp="" desc="" field="sha256"/>
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
