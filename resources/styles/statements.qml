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
      <editWidget type="TextEdit">
        <config>
          <Option type="Map">
            <Option name="IsMultiline" type="bool" value="false"/>
            <Option name="UseHtml" type="bool" value="false"/>
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
    <alias index="0" name="" field="sid"/>
    <alias index="1" name="" field="did"/>
    <alias index="2" name="" field="speaker"/>
    <alias index="3" name="" field="speaker_role"/>
    <alias index="4" name="" field="affiliation"/>
    <alias index="5" name="" field="setting"/>
    <alias index="6" name="" field="relay_chain"/>
    <alias index="7" name="" field="stated_on"/>
    <alias index="8" name="" field="is_direct_quote"/>
    <alias index="9" name="" field="quote"/>
    <alias index="10" name="" field="quote_start"/>
    <alias index="11" name="" field="quote_end"/>
    <alias index="12" name="" field="source_reliability"/>
    <alias index="13" name="" field="info_credibility"/>
  </aliases>
  <defaults>
    <default expression="'s-' || substr(lower(regexp_replace(uuid(), '[{}-]', '')), 1, 12)" applyOnUpdate="0" field="sid"/>
    <default expression="" applyOnUpdate="0" field="did"/>
    <default expression="" applyOnUpdate="0" field="speaker"/>
    <default expression="" applyOnUpdate="0" field="speaker_role"/>
    <default expression="" applyOnUpdate="0" field="affiliation"/>
    <default expression="" applyOnUpdate="0" field="setting"/>
    <default expression="" applyOnUpdate="0" field="relay_chain"/>
    <default expression="" applyOnUpdate="0" field="stated_on"/>
    <default expression="false" applyOnUpdate="0" field="is_direct_quote"/>
    <default expression="" applyOnUpdate="0" field="quote"/>
    <default expression="" applyOnUpdate="0" field="quote_start"/>
    <default expression="" applyOnUpdate="0" field="quote_end"/>
    <default expression="" applyOnUpdate="0" field="source_reliability"/>
    <default expression="" applyOnUpdate="0" field="info_credibility"/>
  </defaults>
  <constraints>
    <constraint unique_strength="1" constraints="3" field="sid" exp_strength="0" notnull_strength="1"/>
    <constraint unique_strength="0" constraints="5" field="did" exp_strength="1" notnull_strength="1"/>
    <constraint unique_strength="0" constraints="5" field="speaker" exp_strength="1" notnull_strength="1"/>
    <constraint unique_strength="0" constraints="0" field="speaker_role" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="5" field="affiliation" exp_strength="1" notnull_strength="1"/>
    <constraint unique_strength="0" constraints="0" field="setting" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="5" field="relay_chain" exp_strength="1" notnull_strength="1"/>
    <constraint unique_strength="0" constraints="0" field="stated_on" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="is_direct_quote" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="5" field="quote" exp_strength="1" notnull_strength="1"/>
    <constraint unique_strength="0" constraints="5" field="quote_start" exp_strength="1" notnull_strength="1"/>
    <constraint unique_strength="0" constraints="5" field="quote_end" exp_strength="1" notnull_strength="1"/>
    <constraint unique_strength="0" constraints="0" field="source_reliability" exp_strength="0" notnull_strength="0"/>
    <constraint unique_strength="0" constraints="0" field="info_credibility" exp_strength="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint exp="" field="sid" desc=""/>
    <constraint exp="get_feature('documents', 'did', &quot;did&quot;) IS NOT NULL" field="did" desc="the did of a document in the store"/>
    <constraint exp="length(trim(&quot;speaker&quot;)) > 0" field="speaker" desc="who said it, as named"/>
    <constraint exp="" field="speaker_role" desc=""/>
    <constraint exp="length(trim(&quot;affiliation&quot;)) > 0" field="affiliation" desc="the party the speaker speaks for"/>
    <constraint exp="" field="setting" desc=""/>
    <constraint exp="(&quot;relay_chain&quot; = &quot;speaker&quot; OR left(&quot;relay_chain&quot;, length(&quot;speaker&quot;) + 3) = &quot;speaker&quot; || ' > ') AND (&quot;relay_chain&quot; = attribute(get_feature('documents', 'did', &quot;did&quot;), 'outlet') OR right(&quot;relay_chain&quot;, length(attribute(get_feature('documents', 'did', &quot;did&quot;), 'outlet')) + 3) = ' > ' || attribute(get_feature('documents', 'did', &quot;did&quot;), 'outlet'))" field="relay_chain" desc="speaker > … > the document's outlet"/>
    <constraint exp="" field="stated_on" desc=""/>
    <constraint exp="" field="is_direct_quote" desc=""/>
    <constraint exp="&quot;quote&quot; = substr(attribute(get_feature('documents', 'did', &quot;did&quot;), 'text'), &quot;quote_start&quot; + 1, &quot;quote_end&quot; - &quot;quote_start&quot;)" field="quote" desc="the document's text between quote_start and quote_end, verbatim"/>
    <constraint exp="&quot;quote_start&quot; >= 0" field="quote_start" desc=""/>
    <constraint exp="&quot;quote_end&quot; > &quot;quote_start&quot;" field="quote_end" desc=""/>
    <constraint exp="" field="source_reliability" desc=""/>
    <constraint exp="" field="info_credibility" desc=""/>
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
