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
    <field name="speaker" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
            <Option name="UseHtml" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="speaker_role" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
            <Option name="UseHtml" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="affiliation" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
            <Option name="UseHtml" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="setting" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
            <Option name="UseHtml" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="relay_chain" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
            <Option name="UseHtml" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="stated_on" configurationFlags="None">
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
    <field name="is_direct_quote" configurationFlags="None">
      <editWidget type="CheckBox">
        <config>
          <Option type="Map">
            <Option name="CheckedState" type="QString" value=""/>
            <Option name="UncheckedState" type="QString" value=""/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="quote" configurationFlags="None">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="true"/>
            <Option name="UseHtml" type="bool" value="false"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field name="quote_start" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="quote_end" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="source_reliability" configurationFlags="None">
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
    <field name="info_credibility" configurationFlags="None">
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
    <alias field="sid" name="" index="0"/>
    <alias field="did" name="" index="1"/>
    <alias field="speaker" name="" index="2"/>
    <alias field="speaker_role" name="" index="3"/>
    <alias field="affiliation" name="" index="4"/>
    <alias field="setting" name="" index="5"/>
    <alias field="relay_chain" name="" index="6"/>
    <alias field="stated_on" name="" index="7"/>
    <alias field="is_direct_quote" name="" index="8"/>
    <alias field="quote" name="" index="9"/>
    <alias field="quote_start" name="" index="10"/>
    <alias field="quote_end" name="" index="11"/>
    <alias field="source_reliability" name="" index="12"/>
    <alias field="info_credibility" name="" index="13"/>
  </aliases>
  <defaults>
    <default field="sid" applyOnUpdate="0" expression="'s-' || substr(lower(regexp_replace(uuid(), '[{}-]', '')), 1, 12)"/>
    <default field="did" applyOnUpdate="0" expression=""/>
    <default field="speaker" applyOnUpdate="0" expression=""/>
    <default field="speaker_role" applyOnUpdate="0" expression=""/>
    <default field="affiliation" applyOnUpdate="0" expression=""/>
    <default field="setting" applyOnUpdate="0" expression=""/>
    <default field="relay_chain" applyOnUpdate="0" expression=""/>
    <default field="stated_on" applyOnUpdate="0" expression=""/>
    <default field="is_direct_quote" applyOnUpdate="0" expression="false"/>
    <default field="quote" applyOnUpdate="0" expression=""/>
    <default field="quote_start" applyOnUpdate="0" expression=""/>
    <default field="quote_end" applyOnUpdate="0" expression=""/>
    <default field="source_reliability" applyOnUpdate="0" expression=""/>
    <default field="info_credibility" applyOnUpdate="0" expression=""/>
  </defaults>
  <constraints>
    <constraint field="sid" constraints="3" exp_strength="0" notnull_strength="1" unique_strength="1"/>
    <constraint field="did" constraints="5" exp_strength="1" notnull_strength="1" unique_strength="0"/>
    <constraint field="speaker" constraints="5" exp_strength="1" notnull_strength="1" unique_strength="0"/>
    <constraint field="speaker_role" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="affiliation" constraints="5" exp_strength="1" notnull_strength="1" unique_strength="0"/>
    <constraint field="setting" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="relay_chain" constraints="5" exp_strength="1" notnull_strength="1" unique_strength="0"/>
    <constraint field="stated_on" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="is_direct_quote" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="quote" constraints="5" exp_strength="1" notnull_strength="1" unique_strength="0"/>
    <constraint field="quote_start" constraints="5" exp_strength="1" notnull_strength="1" unique_strength="0"/>
    <constraint field="quote_end" constraints="5" exp_strength="1" notnull_strength="1" unique_strength="0"/>
    <constraint field="source_reliability" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
    <constraint field="info_credibility" constraints="0" exp_strength="0" notnull_strength="0" unique_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="sid" exp="" desc=""/>
    <constraint field="did" exp="get_feature('documents', 'did', &quot;did&quot;) IS NOT NULL" desc="the did of a document in the store"/>
    <constraint field="speaker" exp="length(trim(&quot;speaker&quot;)) > 0" desc="who said it, as named"/>
    <constraint field="speaker_role" exp="" desc=""/>
    <constraint field="affiliation" exp="length(trim(&quot;affiliation&quot;)) > 0" desc="the party the speaker speaks for"/>
    <constraint field="setting" exp="" desc=""/>
    <constraint field="relay_chain" exp="(&quot;relay_chain&quot; = &quot;speaker&quot; OR left(&quot;relay_chain&quot;, length(&quot;speaker&quot;) + 3) = &quot;speaker&quot; || ' > ') AND (&quot;relay_chain&quot; = attribute(get_feature('documents', 'did', &quot;did&quot;), 'outlet') OR right(&quot;relay_chain&quot;, length(attribute(get_feature('documents', 'did', &quot;did&quot;), 'outlet')) + 3) = ' > ' || attribute(get_feature('documents', 'did', &quot;did&quot;), 'outlet'))" desc="speaker > … > the document's outlet"/>
    <constraint field="stated_on" exp="" desc=""/>
    <constraint field="is_direct_quote" exp="" desc=""/>
    <constraint field="quote" exp="&quot;quote&quot; = substr(attribute(get_feature('documents', 'did', &quot;did&quot;), 'text'), &quot;quote_start&quot; + 1, &quot;quote_end&quot; - &quot;quote_start&quot;)" desc="the document's text between quote_start and quote_end, verbatim"/>
    <constraint field="quote_start" exp="&quot;quote_start&quot; >= 0" desc=""/>
    <constraint field="quote_end" exp="&quot;quote_end&quot; > &quot;quote_start&quot;" desc=""/>
    <constraint field="source_reliability" exp="" desc=""/>
    <constraint field="info_credibility" exp="" desc=""/>
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
    <field name="affiliation" editable="1"/>
    <field name="did" editable="1"/>
    <field name="info_credibility" editable="1"/>
    <field name="is_direct_quote" editable="1"/>
    <field name="quote" editable="1"/>
    <field name="quote_end" editable="1"/>
    <field name="quote_start" editable="1"/>
    <field name="relay_chain" editable="1"/>
    <field name="setting" editable="1"/>
    <field name="sid" editable="0"/>
    <field name="source_reliability" editable="1"/>
    <field name="speaker" editable="1"/>
    <field name="speaker_role" editable="1"/>
    <field name="stated_on" editable="1"/>
  </editable>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression></previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>4</layerGeometryType>
</qgis>
