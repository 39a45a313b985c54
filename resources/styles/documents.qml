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
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
            <Option name="UseHtml" type="bool" value="false"/>
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
    <alias index="0" name="" field="did"/>
    <alias index="1" name="" field="outlet"/>
    <alias index="2" name="" field="title"/>
    <alias index="3" name="" field="url"/>
    <alias index="4" name="" field="published_at"/>
    <alias index="5" name="" field="language"/>
    <alias index="6" name="" field="text"/>
    <alias index="7" name="" field="sha256"/>
  </aliases>
  <defaults>
    <default expression="'d-' || substr(lower(regexp_replace(uuid(), '[{}-]', '')), 1, 12)" applyOnUpdate="0" field="did"/>
    <default expression="" applyOnUpdate="0" field="outlet"/>
    <default expression="" applyOnUpdate="0" field="title"/>
    <default expression="" applyOnUpdate="0" field="url"/>
    <default expression="" applyOnUpdate="0" field="published_at"/>
    <default expression="'en'" applyOnUpdate="0" field="language"/>
    <default expression="" applyOnUpdate="0" field="text"/>
    <default expression="sha256(&quot;text&quot;)" applyOnUpdate="1" field="sha256"/>
  </defaults>
  <constraints>
    <constraint unique_strength="1" constraints="3" field="did" exp_strength="0" notnull_strength="1"/>
    <constraint unique_strength="0" constraints="5" field="outlet" exp_strength="1" notnull_strength="1"/>
    <constraint unique_strength="0" constraints="0" field="title" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="4" field="url" exp_strength="1" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="1" field="published_at" exp_strength="0" notnull_strength="1"/>
    <constraint unique_strength="0" constraints="1" field="language" exp_strength="0" notnull_strength="1"/>
    <constraint unique_strength="0" constraints="5" field="text" exp_strength="1" notnull_strength="1"/>
    <constraint unique_strength="0" constraints="1" field="sha256" exp_strength="0" notnull_strength="1"/>
  </constraints>
  <constraintExpressions>
    <constraint exp="" field="did" desc=""/>
    <constraint exp="length(trim(&quot;outlet&quot;)) > 0" field="outlet" desc=""/>
    <constraint exp="" field="title" desc=""/>
    <constraint exp="&quot;url&quot; IS NULL OR &quot;url&quot; = '' OR regexp_match(&quot;url&quot;, '^https?://')" field="url" desc="an http(s) address"/>
    <constraint exp="" field="published_at" desc=""/>
    <constraint exp="" field="language" desc=""/>
    <constraint exp="length(&quot;text&quot;) > 0" field="text" desc="the full text; statements quote it by offset, so it never changes"/>
    <constraint exp="" field="sha256" desc=""/>
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
