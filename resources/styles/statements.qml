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
    <field configurationFlags="None" name="speaker">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
            <Option name="UseHtml" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="speaker_role">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
            <Option name="UseHtml" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="affiliation">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
            <Option name="UseHtml" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="setting">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
            <Option name="UseHtml" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="relay_chain">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
            <Option name="UseHtml" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="stated_on">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option name="allow_null" type="bool" value="true"/>
            <Option name="calendar_popup" type="bool" value="true"/>
            <Option name="display_format" type="QString" value="yyyy-MM-dd"/>
            <Option name="field_format" type="QString" value="yyyy-MM-dd"/>
            <Option name="field_iso_format" type="bool" value="true"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="is_direct_quote">
      <editWidget type="CheckBox">
        <config>
          <Option type="Map">
            <Option name="CheckedState" type="QString" value=""/>
            <Option name="UncheckedState" type="QString" value=""/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="quote">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="true"/>
            <Option name="UseHtml" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="quote_start">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="quote_end">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="source_reliability">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="(not graded)" type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
              <Option type="Map">
                <Option name="A — completely reliable" type="QString" value="A"/>
              </Option>
              <Option type="Map">
                <Option name="B — usually reliable" type="QString" value="B"/>
              </Option>
              <Option type="Map">
                <Option name="C — fairly reliable" type="QString" value="C"/>
              </Option>
              <Option type="Map">
                <Option name="D — not usually reliable" type="QString" value="D"/>
              </Option>
              <Option type="Map">
                <Option name="E — unreliable" type="QString" value="E"/>
              </Option>
              <Option type="Map">
                <Option name="F — reliability cannot be judged" type="QString" value="F"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="info_credibility">
      <editWidget type="ValueMap">
        <config>
          <Option type="Map">
            <Option name="map" type="List">
              <Option type="Map">
                <Option name="(not graded)" type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"/>
              </Option>
              <Option type="Map">
                <Option name="1 — confirmed by other sources" type="int" value="1"/>
              </Option>
              <Option type="Map">
                <Option name="2 — probably true" type="int" value="2"/>
              </Option>
              <Option type="Map">
                <Option name="3 — possibly true" type="int" value="3"/>
              </Option>
              <Option type="Map">
                <Option name="4 — doubtful" type="int" value="4"/>
              </Option>
              <Option type="Map">
                <Option name="5 — improbable" type="int" value="5"/>
              </Option>
              <Option type="Map">
                <Option name="6 — truth cannot be judged" type="int" value="6"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias name="" field="sid" index="0"/>
    <alias name="" field="did" index="1"/>
    <alias name="" field="speaker" index="2"/>
    <alias name="" field="speaker_role" index="3"/>
    <alias name="" field="affiliation" index="4"/>
    <alias name="" field="setting" index="5"/>
    <alias name="" field="relay_chain" index="6"/>
    <alias name="" field="stated_on" index="7"/>
    <alias name="" field="is_direct_quote" index="8"/>
    <alias name="" field="quote" index="9"/>
    <alias name="" field="quote_start" index="10"/>
    <alias name="" field="quote_end" index="11"/>
    <alias name="" field="source_reliability" index="12"/>
    <alias name="" field="info_credibility" index="13"/>
  </aliases>
  <defaults>
    <default applyOnUpdate="0" field="sid" expression="'s-' || substr(lower(regexp_replace(uuid(), '[{}-]', '')), 1, 12)"/>
    <default applyOnUpdate="0" field="did" expression=""/>
    <default applyOnUpdate="0" field="speaker" expression=""/>
    <default applyOnUpdate="0" field="speaker_role" expression=""/>
    <default applyOnUpdate="0" field="affiliation" expression=""/>
    <default applyOnUpdate="0" field="setting" expression=""/>
    <default applyOnUpdate="0" field="relay_chain" expression=""/>
    <default applyOnUpdate="0" field="stated_on" expression=""/>
    <default applyOnUpdate="0" field="is_direct_quote" expression="false"/>
    <default applyOnUpdate="0" field="quote" expression=""/>
    <default applyOnUpdate="0" field="quote_start" expression=""/>
    <default applyOnUpdate="0" field="quote_end" expression=""/>
    <default applyOnUpdate="0" field="source_reliability" expression=""/>
    <default applyOnUpdate="0" field="info_credibility" expression=""/>
  </defaults>
  <constraints>
    <constraint notnull_strength="1" constraints="3" field="sid" unique_strength="1" exp_strength="0"/>
    <constraint notnull_strength="1" constraints="5" field="did" unique_strength="0" exp_strength="1"/>
    <constraint notnull_strength="1" constraints="5" field="speaker" unique_strength="0" exp_strength="1"/>
    <constraint notnull_strength="0" constraints="0" field="speaker_role" unique_strength="0" exp_strength="0"/>
    <constraint notnull_strength="1" constraints="5" field="affiliation" unique_strength="0" exp_strength="1"/>
    <constraint notnull_strength="0" constraints="0" field="setting" unique_strength="0" exp_strength="0"/>
    <constraint notnull_strength="1" constraints="5" field="relay_chain" unique_strength="0" exp_strength="1"/>
    <constraint notnull_strength="0" constraints="0" field="stated_on" unique_strength="0" exp_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="is_direct_quote" unique_strength="0" exp_strength="0"/>
    <constraint notnull_strength="1" constraints="5" field="quote" unique_strength="0" exp_strength="1"/>
    <constraint notnull_strength="1" constraints="5" field="quote_start" unique_strength="0" exp_strength="1"/>
    <constraint notnull_strength="1" constraints="5" field="quote_end" unique_strength="0" exp_strength="1"/>
    <constraint notnull_strength="0" constraints="0" field="source_reliability" unique_strength="0" exp_strength="0"/>
    <constraint notnull_strength="0" constraints="0" field="info_credibility" unique_strength="0" exp_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint exp="" desc="" field="sid"/>
    <constraint exp="get_feature('documents', 'did', &quot;did&quot;) IS NOT NULL" desc="the did of a document in the store" field="did"/>
    <constraint exp="length(trim(&quot;speaker&quot;)) > 0" desc="who said it, as named" field="speaker"/>
    <constraint exp="" desc="" field="speaker_role"/>
    <constraint exp="length(trim(&quot;affiliation&quot;)) > 0" desc="the party the speaker speaks for" field="affiliation"/>
    <constraint exp="" desc="" field="setting"/>
    <constraint exp="(&quot;relay_chain&quot; = &quot;speaker&quot; OR left(&quot;relay_chain&quot;, length(&quot;speaker&quot;) + 3) = &quot;speaker&quot; || ' > ') AND (&quot;relay_chain&quot; = attribute(get_feature('documents', 'did', &quot;did&quot;), 'outlet') OR right(&quot;relay_chain&quot;, length(attribute(get_feature('documents', 'did', &quot;did&quot;), 'outlet')) + 3) = ' > ' || attribute(get_feature('documents', 'did', &quot;did&quot;), 'outlet'))" desc="speaker > … > the document's outlet" field="relay_chain"/>
    <constraint exp="" desc="" field="stated_on"/>
    <constraint exp="" desc="" field="is_direct_quote"/>
    <constraint exp="&quot;quote&quot; = substr(attribute(get_feature('documents', 'did', &quot;did&quot;), 'text'), &quot;quote_start&quot; + 1, &quot;quote_end&quot; - &quot;quote_start&quot;)" desc="the document's text between quote_start and quote_end, verbatim" field="quote"/>
    <constraint exp="&quot;quote_start&quot; >= 0" desc="" field="quote_start"/>
    <constraint exp="&quot;quote_end&quot; > &quot;quote_start&quot;" desc="" field="quote_end"/>
    <constraint exp="" desc="" field="source_reliability"/>
    <constraint exp="" desc="" field="info_credibility"/>
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
    <field editable="1" name="affiliation"/>
    <field editable="1" name="did"/>
    <field editable="1" name="info_credibility"/>
    <field editable="1" name="is_direct_quote"/>
    <field editable="1" name="quote"/>
    <field editable="1" name="quote_end"/>
    <field editable="1" name="quote_start"/>
    <field editable="1" name="relay_chain"/>
    <field editable="1" name="setting"/>
    <field editable="0" name="sid"/>
    <field editable="1" name="source_reliability"/>
    <field editable="1" name="speaker"/>
    <field editable="1" name="speaker_role"/>
    <field editable="1" name="stated_on"/>
  </editable>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression></previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>4</layerGeometryType>
</qgis>
