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
    <field configurationFlags="None" name="speaker">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option value="false" name="IsMultiline" type="bool"/>
            <Option value="false" name="UseHtml" type="bool"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="speaker_role">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option value="false" name="IsMultiline" type="bool"/>
            <Option value="false" name="UseHtml" type="bool"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="affiliation">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option value="false" name="IsMultiline" type="bool"/>
            <Option value="false" name="UseHtml" type="bool"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="setting">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option value="false" name="IsMultiline" type="bool"/>
            <Option value="false" name="UseHtml" type="bool"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="relay_chain">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option value="false" name="IsMultiline" type="bool"/>
            <Option value="false" name="UseHtml" type="bool"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="stated_on">
      <editWidget type="DateTime">
        <config>
          <Option type="Map">
            <Option value="true" name="allow_null" type="bool"/>
            <Option value="true" name="calendar_popup" type="bool"/>
            <Option value="yyyy-MM-dd" name="display_format" type="QString"/>
            <Option value="yyyy-MM-dd" name="field_format" type="QString"/>
            <Option value="true" name="field_iso_format" type="bool"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="is_direct_quote">
      <editWidget type="CheckBox">
        <config>
          <Option type="Map">
            <Option value="" name="CheckedState" type="QString"/>
            <Option value="" name="UncheckedState" type="QString"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="quote">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option value="true" name="IsMultiline" type="bool"/>
            <Option value="false" name="UseHtml" type="bool"/>
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
                <Option value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" name="(not graded)" type="QString"/>
              </Option>
              <Option type="Map">
                <Option value="A" name="A — completely reliable" type="QString"/>
              </Option>
              <Option type="Map">
                <Option value="B" name="B — usually reliable" type="QString"/>
              </Option>
              <Option type="Map">
                <Option value="C" name="C — fairly reliable" type="QString"/>
              </Option>
              <Option type="Map">
                <Option value="D" name="D — not usually reliable" type="QString"/>
              </Option>
              <Option type="Map">
                <Option value="E" name="E — unreliable" type="QString"/>
              </Option>
              <Option type="Map">
                <Option value="F" name="F — reliability cannot be judged" type="QString"/>
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
                <Option value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" name="(not graded)" type="QString"/>
              </Option>
              <Option type="Map">
                <Option value="1" name="1 — confirmed by other sources" type="int"/>
              </Option>
              <Option type="Map">
                <Option value="2" name="2 — probably true" type="int"/>
              </Option>
              <Option type="Map">
                <Option value="3" name="3 — possibly true" type="int"/>
              </Option>
              <Option type="Map">
                <Option value="4" name="4 — doubtful" type="int"/>
              </Option>
              <Option type="Map">
                <Option value="5" name="5 — improbable" type="int"/>
              </Option>
              <Option type="Map">
                <Option value="6" name="6 — truth cannot be judged" type="int"/>
              </Option>
            </Option>
          </Option>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias field="sid" index="0" name=""/>
    <alias field="did" index="1" name=""/>
    <alias field="speaker" index="2" name=""/>
    <alias field="speaker_role" index="3" name=""/>
    <alias field="affiliation" index="4" name=""/>
    <alias field="setting" index="5" name=""/>
    <alias field="relay_chain" index="6" name=""/>
    <alias field="stated_on" index="7" name=""/>
    <alias field="is_direct_quote" index="8" name=""/>
    <alias field="quote" index="9" name=""/>
    <alias field="quote_start" index="10" name=""/>
    <alias field="quote_end" index="11" name=""/>
    <alias field="source_reliability" index="12" name=""/>
    <alias field="info_credibility" index="13" name=""/>
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
    <constraint field="sid" notnull_strength="1" exp_strength="0" unique_strength="1" constraints="3"/>
    <constraint field="did" notnull_strength="1" exp_strength="1" unique_strength="0" constraints="5"/>
    <constraint field="speaker" notnull_strength="1" exp_strength="1" unique_strength="0" constraints="5"/>
    <constraint field="speaker_role" notnull_strength="0" exp_strength="0" unique_strength="0" constraints="0"/>
    <constraint field="affiliation" notnull_strength="1" exp_strength="1" unique_strength="0" constraints="5"/>
    <constraint field="setting" notnull_strength="0" exp_strength="0" unique_strength="0" constraints="0"/>
    <constraint field="relay_chain" notnull_strength="1" exp_strength="1" unique_strength="0" constraints="5"/>
    <constraint field="stated_on" notnull_strength="0" exp_strength="0" unique_strength="0" constraints="0"/>
    <constraint field="is_direct_quote" notnull_strength="0" exp_strength="0" unique_strength="0" constraints="0"/>
    <constraint field="quote" notnull_strength="1" exp_strength="1" unique_strength="0" constraints="5"/>
    <constraint field="quote_start" notnull_strength="1" exp_strength="1" unique_strength="0" constraints="5"/>
    <constraint field="quote_end" notnull_strength="1" exp_strength="1" unique_strength="0" constraints="5"/>
    <constraint field="source_reliability" notnull_strength="0" exp_strength="0" unique_strength="0" constraints="0"/>
    <constraint field="info_credibility" notnull_strength="0" exp_strength="0" unique_strength="0" constraints="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="sid" desc="" exp=""/>
    <constraint field="did" desc="the did of a document in the store" exp="get_feature('documents', 'did', &quot;did&quot;) IS NOT NULL"/>
    <constraint field="speaker" desc="who said it, as named" exp="length(trim(&quot;speaker&quot;)) > 0"/>
    <constraint field="speaker_role" desc="" exp=""/>
    <constraint field="affiliation" desc="the party the speaker speaks for" exp="length(trim(&quot;affiliation&quot;)) > 0"/>
    <constraint field="setting" desc="" exp=""/>
    <constraint field="relay_chain" desc="speaker > … > the document's outlet" exp="(&quot;relay_chain&quot; = &quot;speaker&quot; OR left(&quot;relay_chain&quot;, length(&quot;speaker&quot;) + 3) = &quot;speaker&quot; || ' > ') AND (&quot;relay_chain&quot; = attribute(get_feature('documents', 'did', &quot;did&quot;), 'outlet') OR right(&quot;relay_chain&quot;, length(attribute(get_feature('documents', 'did', &quot;did&quot;), 'outlet')) + 3) = ' > ' || attribute(get_feature('documents', 'did', &quot;did&quot;), 'outlet'))"/>
    <constraint field="stated_on" desc="" exp=""/>
    <constraint field="is_direct_quote" desc="" exp=""/>
    <constraint field="quote" desc="the document's text between quote_start and quote_end, verbatim" exp="&quot;quote&quot; = substr(attribute(get_feature('documents', 'did', &quot;did&quot;), 'text'), &quot;quote_start&quot; + 1, &quot;quote_end&quot; - &quot;quote_start&quot;)"/>
    <constraint field="quote_start" desc="" exp="&quot;quote_start&quot; >= 0"/>
    <constraint field="quote_end" desc="" exp="&quot;quote_end&quot; > &quot;quote_start&quot;"/>
    <constraint field="source_reliability" desc="" exp=""/>
    <constraint field="info_credibility" desc="" exp=""/>
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
