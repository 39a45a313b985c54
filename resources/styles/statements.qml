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
    <field configurationFlags="None" name="sid">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option type="bool" value="false" name="IsMultiline"/>
            <Option type="bool" value="false" name="UseHtml"/>
          </Option>
        </config>
      </editWidget>
    </field>
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
    <field configurationFlags="None" name="speaker">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option type="bool" value="false" name="IsMultiline"/>
            <Option type="bool" value="false" name="UseHtml"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="speaker_role">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option type="bool" value="false" name="IsMultiline"/>
            <Option type="bool" value="false" name="UseHtml"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="affiliation">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option type="bool" value="false" name="IsMultiline"/>
            <Option type="bool" value="false" name="UseHtml"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="setting">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option type="bool" value="false" name="IsMultiline"/>
            <Option type="bool" value="false" name="UseHtml"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="relay_chain">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option type="bool" value="false" name="IsMultiline"/>
            <Option type="bool" value="false" name="UseHtml"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="stated_on">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option type="bool" value="false" name="IsMultiline"/>
            <Option type="bool" value="false" name="UseHtml"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="is_direct_quote">
      <editWidget type="CheckBox">
        <config>
          <Option type="Map">
            <Option type="QString" value="" name="CheckedState"/>
            <Option type="QString" value="" name="UncheckedState"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="quote">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="IsMultiline"/>
            <Option type="bool" value="false" name="UseHtml"/>
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
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" name="(not graded)"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="A" name="A — completely reliable"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="B" name="B — usually reliable"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="C" name="C — fairly reliable"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="D" name="D — not usually reliable"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="E" name="E — unreliable"/>
              </Option>
              <Option type="Map">
                <Option type="QString" value="F" name="F — reliability cannot be judged"/>
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
            <Option type="List" name="map">
              <Option type="Map">
                <Option type="QString" value="{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}" name="(not graded)"/>
              </Option>
              <Option type="Map">
                <Option type="int" value="1" name="1 — confirmed by other sources"/>
              </Option>
              <Option type="Map">
                <Option type="int" value="2" name="2 — probably true"/>
              </Option>
              <Option type="Map">
                <Option type="int" value="3" name="3 — possibly true"/>
              </Option>
              <Option type="Map">
                <Option type="int" value="4" name="4 — doubtful"/>
              </Option>
              <Option type="Map">
                <Option type="int" value="5" name="5 — improbable"/>
              </Option>
              <Option type="Map">
                <Option type="int" value="6" name="6 — truth cannot be judged"/>
              </Option>
            </Option>
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
    <field configurationFlags="None" name="translation">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option type="bool" value="true" name="IsMultiline"/>
            <Option type="bool" value="false" name="UseHtml"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="translated_by">
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option type="bool" value="false" name="IsMultiline"/>
            <Option type="bool" value="false" name="UseHtml"/>
          </Option>
        </config>
      </editWidget>
    </field>
    <field configurationFlags="None" name="translated_at">
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
    <alias index="0" field="sid" name=""/>
    <alias index="1" field="did" name=""/>
    <alias index="2" field="speaker" name=""/>
    <alias index="3" field="speaker_role" name=""/>
    <alias index="4" field="affiliation" name=""/>
    <alias index="5" field="setting" name=""/>
    <alias index="6" field="relay_chain" name=""/>
    <alias index="7" field="stated_on" name=""/>
    <alias index="8" field="is_direct_quote" name=""/>
    <alias index="9" field="quote" name=""/>
    <alias index="10" field="quote_start" name=""/>
    <alias index="11" field="quote_end" name=""/>
    <alias index="12" field="source_reliability" name=""/>
    <alias index="13" field="info_credibility" name=""/>
    <alias index="14" field="language" name=""/>
    <alias index="15" field="translation" name=""/>
    <alias index="16" field="translated_by" name=""/>
    <alias index="17" field="translated_at" name=""/>
  </aliases>
  <defaults>
    <default field="sid" expression="'s-' || substr(lower(regexp_replace(uuid(), '[{}-]', '')), 1, 12)" applyOnUpdate="0"/>
    <default field="did" expression="" applyOnUpdate="0"/>
    <default field="speaker" expression="" applyOnUpdate="0"/>
    <default field="speaker_role" expression="" applyOnUpdate="0"/>
    <default field="affiliation" expression="" applyOnUpdate="0"/>
    <default field="setting" expression="" applyOnUpdate="0"/>
    <default field="relay_chain" expression="" applyOnUpdate="0"/>
    <default field="stated_on" expression="" applyOnUpdate="0"/>
    <default field="is_direct_quote" expression="false" applyOnUpdate="0"/>
    <default field="quote" expression="" applyOnUpdate="0"/>
    <default field="quote_start" expression="" applyOnUpdate="0"/>
    <default field="quote_end" expression="" applyOnUpdate="0"/>
    <default field="source_reliability" expression="" applyOnUpdate="0"/>
    <default field="info_credibility" expression="" applyOnUpdate="0"/>
    <default field="language" expression="'und'" applyOnUpdate="0"/>
    <default field="translation" expression="" applyOnUpdate="0"/>
    <default field="translated_by" expression="" applyOnUpdate="0"/>
    <default field="translated_at" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint unique_strength="1" field="sid" constraints="3" exp_strength="0" notnull_strength="1"/>
    <constraint unique_strength="0" field="did" constraints="5" exp_strength="1" notnull_strength="1"/>
    <constraint unique_strength="0" field="speaker" constraints="5" exp_strength="1" notnull_strength="1"/>
    <constraint unique_strength="0" field="speaker_role" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="affiliation" constraints="5" exp_strength="1" notnull_strength="1"/>
    <constraint unique_strength="0" field="setting" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="relay_chain" constraints="5" exp_strength="1" notnull_strength="1"/>
    <constraint unique_strength="0" field="stated_on" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="is_direct_quote" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="quote" constraints="5" exp_strength="1" notnull_strength="1"/>
    <constraint unique_strength="0" field="quote_start" constraints="5" exp_strength="1" notnull_strength="1"/>
    <constraint unique_strength="0" field="quote_end" constraints="5" exp_strength="1" notnull_strength="1"/>
    <constraint unique_strength="0" field="source_reliability" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="info_credibility" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="language" constraints="5" exp_strength="1" notnull_strength="1"/>
    <constraint unique_strength="0" field="translation" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" field="translated_by" constraints="4" exp_strength="1" notnull_strength="0"/>
    <constraint unique_strength="0" field="translated_at" constraints="4" exp_strength="1" notnull_strength="0"/>
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
    <constraint field="language" exp="length(&quot;language&quot;) &lt;= 35 AND regexp_match(&quot;language&quot;, '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$')" desc="a BCP 47 language tag: ar, ru, tr, en, fr, uk, fa, ku, he ('und' when not known)"/>
    <constraint field="translation" exp="" desc=""/>
    <constraint field="translated_by" exp="length(trim(coalesce(&quot;translation&quot;, ''))) = 0 OR length(trim(&quot;translated_by&quot;)) > 0" desc="who made the translation"/>
    <constraint field="translated_at" exp="length(trim(coalesce(&quot;translation&quot;, ''))) = 0 OR &quot;translated_at&quot; IS NOT NULL" desc="when the translation was made (UTC)"/>
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
    <field editable="1" name="affiliation"/>
    <field editable="1" name="did"/>
    <field editable="1" name="info_credibility"/>
    <field editable="1" name="is_direct_quote"/>
    <field editable="1" name="language"/>
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
    <field editable="1" name="translated_at"/>
    <field editable="1" name="translated_by"/>
    <field editable="1" name="translation"/>
  </editable>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression></previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>4</layerGeometryType>
</qgis>
