<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin/gui/evidence_dock.py" line="67"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="64"/>
        <source>Evidence dock</source>
        <translation>Panneau des preuves</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="68"/>
        <source>Build the seed case…</source>
        <translation>Construire le cas de démonstration…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/document_viewer.py" line="27"/>
        <source>Document: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/document_viewer.py" line="53"/>
        <source>New statement from selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/document_viewer.py" line="94"/>
        <source>Selected characters {}–{}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/evidence_dock.py" line="91"/>
        <source>Open an evidence store (Vector ▸ Conflict Evidence ▸ Open evidence store…, or drop a .gpkg here), then select a feature on the map to see who says so, where it was reported and who disputes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/evidence_dock.py" line="103"/>
        <source>Several features are selected: choose the one to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/evidence_dock.py" line="114"/>
        <source>Show statements of one affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/evidence_dock.py" line="116"/>
        <source>All stances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/evidence_dock.py" line="120"/>
        <source>Search quotes and speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/evidence_dock.py" line="148"/>
        <source>Open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/evidence_dock.py" line="150"/>
        <source>Show on map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/evidence_dock.py" line="151"/>
        <source>Select, flash and zoom to every feature this statement speaks to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/evidence_dock.py" line="159"/>
        <source>Stance of the selected statement toward this feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/evidence_dock.py" line="162"/>
        <source>Source reliability (Admiralty scale A–F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/evidence_dock.py" line="167"/>
        <source>Information credibility (Admiralty scale 1–6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/evidence_dock.py" line="173"/>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/evidence_dock.py" line="178"/>
        <source>Link a statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="66"/>
        <source>Open evidence store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/evidence_dock.py" line="190"/>
        <source>Identify a feature on the map and show its evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/evidence_dock.py" line="194"/>
        <source>Import report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/evidence_dock.py" line="195"/>
        <source>Propose statements from a news report, review them, add them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/evidence_dock.py" line="199"/>
        <source>Export / check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="73"/>
        <source>Export GeoPackage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="73"/>
        <source>Export Shapefile bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="73"/>
        <source>Check claims against geometry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/evidence_dock.py" line="261"/>
        <source>{} features selected; the first {} are offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/evidence_dock.py" line="311"/>
        <source>All affiliations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/statement_dialogs.py" line="82"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/statement_dialogs.py" line="82"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/statement_dialogs.py" line="82"/>
        <source>Affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/statement_dialogs.py" line="82"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/evidence_dock.py" line="386"/>
        <source>Relay chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/statement_dialogs.py" line="82"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/evidence_dock.py" line="386"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/evidence_dock.py" line="387"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/statement_dialogs.py" line="79"/>
        <source>direct quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/evidence_dock.py" line="387"/>
        <source>reported speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/statement_dialogs.py" line="45"/>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/evidence_dock.py" line="389"/>
        <source>Grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/evidence_dock.py" line="390"/>
        <source>Offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="122"/>
        <source>Conflict Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/evidence_dock.py" line="513"/>
        <source>Open an evidence store and select a feature first: the report&apos;s statements go into that store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_report.py" line="51"/>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_report.py" line="56"/>
        <source>Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_report.py" line="59"/>
        <source>or paste the report&apos;s text on the left, then Extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_report.py" line="67"/>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_report.py" line="67"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_report.py" line="67"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_report.py" line="67"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_report.py" line="67"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_report.py" line="76"/>
        <source>Paste the text of the report here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_report.py" line="80"/>
        <source>Extract statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_report.py" line="91"/>
        <source>Set span from selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_report.py" line="92"/>
        <source>Select words in the text, then make them the chosen proposal&apos;s quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_report.py" line="94"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_report.py" line="96"/>
        <source>Accept all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_report.py" line="102"/>
        <source>Link accepted statements to “{}” as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_report.py" line="102"/>
        <source>No feature selected in the dock: statements are added unlinked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_report.py" line="114"/>
        <source>Add accepted to the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_report.py" line="116"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_report.py" line="129"/>
        <source>Open a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_report.py" line="129"/>
        <source>Text or HTML (*.txt *.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_report.py" line="149"/>
        <source>There is no text to read: open a file or paste a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_report.py" line="164"/>
        <source>{} statements proposed. Check each: speaker, affiliation, span. Unticked ones are not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_report.py" line="174"/>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_report.py" line="174"/>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_report.py" line="210"/>
        <source>Choose one proposal and select its words in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_report.py" line="216"/>
        <source>The selection could not be mapped to the text exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_report.py" line="254"/>
        <source>No statement is accepted: tick the ones to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_report.py" line="259"/>
        <source>Give the affiliation (the party they speak for) of: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_report.py" line="277"/>
        <source>Added the document and {} statements: save the layers' edits to keep them (Layer ▸ Save Edits), or roll them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/statement_dialogs.py" line="32"/>
        <source>Link a statement to “{}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/statement_dialogs.py" line="43"/>
        <source>e.g. targets were ISIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/statement_dialogs.py" line="44"/>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/statement_dialogs.py" line="82"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/statement_dialogs.py" line="61"/>
        <source>New statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/statement_dialogs.py" line="65"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/statement_dialogs.py" line="74"/>
        <source>agencies between speaker and outlet, separated by &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/statement_dialogs.py" line="78"/>
        <source>the text gives the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/statement_dialogs.py" line="82"/>
        <source>Relayed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/statement_dialogs.py" line="82"/>
        <source>Stance toward the feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="73"/>
        <source>Import bundle or GeoPackage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="106"/>
        <source>Open evidence store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="106"/>
        <source>Evidence store (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="122"/>
        <source>Opened {}: select a feature to see its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildSeedStore</name>
    <message>
        <location filename="../plugin/processing/build_seed_store.py" line="21"/>
        <source>Build the seed case (7 October 2015)</source>
        <translation>Construire le cas de démonstration (7 octobre 2015)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/build_seed_store.py" line="24"/>
        <source>Builds the case of the news report of 7 October 2015 (Russian cruise missiles from the Caspian Sea, strikes in Hama and Idlib, incursions into Turkish airspace) into a new evidence store. Every quote is located verbatim in the report; places come from QGIS&apos;s Natural Earth data.</source>
        <translation>Construit, dans un nouveau dépôt de preuves, le cas de l'article du 7 octobre 2015 (missiles de croisière russes tirés depuis la mer Caspienne, frappes à Hama et Idlib, incursions dans l'espace aérien turc). Chaque citation est retrouvée mot pour mot dans l'article ; les lieux proviennent des données Natural Earth de QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/build_seed_store.py" line="30"/>
        <source>Evidence store</source>
        <translation>Dépôt de preuves</translation>
    </message>
    <message>
        <location filename="../plugin/processing/build_seed_store.py" line="30"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/build_seed_store.py" line="30"/>
        <source>Statements</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <location filename="../plugin/processing/build_seed_store.py" line="30"/>
        <source>Features</source>
        <translation>Entités</translation>
    </message>
    <message>
        <location filename="../plugin/processing/build_seed_store.py" line="30"/>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location filename="../plugin/processing/build_seed_store.py" line="39"/>
        <source>{}: an evidence store must be a .gpkg file</source>
        <translation>{} : un dépôt de preuves doit être un fichier .gpkg</translation>
    </message>
    <message>
        <location filename="../plugin/processing/build_seed_store.py" line="46"/>
        <source>Missile track geodesic length {:.0f} km; claimed {:.0f} km ({:+.0f}%).</source>
        <translation>Longueur géodésique de la trajectoire : {:.0f} km ; annoncée : {:.0f} km ({:+.0f} %).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/build_seed_store.py" line="53"/>
        <source>{} statements, {} features, {} links written to {}</source>
        <translation>{} déclarations, {} entités, {} liens écrits dans {}</translation>
    </message>
</context>
<context>
    <name>CheckClaims</name>
    <message>
        <location filename="../plugin/processing/check_claims.py" line="32"/>
        <source>Check claims against geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_claims.py" line="35"/>
        <source>Measures what statements claim against the store&apos;s geometry: each stated distance on a track or incursion against its geodesic length, and each border incursion against the side of the border it lies on (Natural Earth countries), with the statements the claims come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_claims.py" line="41"/>
        <source>Claims checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_claims.py" line="41"/>
        <source>Claims checked (lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_claims.py" line="61"/>
        <source>Cannot write a row of the claims table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_claims.py" line="67"/>
        <source>Cannot write a line of the claims layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceAlgorithm</name>
    <message>
        <location filename="../plugin/processing/base.py" line="47"/>
        <source>Evidence store</source>
        <translation type="unfinished">Dépôt de preuves</translation>
    </message>
</context>
<context>
    <name>ExportGeoPackage</name>
    <message>
        <location filename="../plugin/processing/exports.py" line="21"/>
        <source>Export a self-contained GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/exports.py" line="24"/>
        <source>Copies the evidence store into a new GeoPackage with its layers, statements, documents, links (Related Tables Extension), default styles, relations and an embedded QGIS project, so that colleagues without the plugin open it styled. The file is written beside the target and moved into place only once checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/exports.py" line="30"/>
        <source>GeoPackage to hand on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/exports.py" line="30"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished">GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/exports.py" line="38"/>
        <source>Exported {} with its embedded project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportShapefiles</name>
    <message>
        <location filename="../plugin/processing/exports.py" line="47"/>
        <source>Export a Shapefile bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/exports.py" line="50"/>
        <source>Writes one Shapefile per feature layer (.prj, UTF-8 .cpg) with statements.csv, documents.csv, links.csv, field_map.csv, long_values.csv and a README, to a folder or, if the output ends in .zip, a zip. Dates are ISO 8601 UTC text; every value a Shapefile had to cut at 254 bytes is listed here and in the README, and kept whole in long_values.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/exports.py" line="57"/>
        <source>Bundle (folder, or .zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/exports.py" line="57"/>
        <source>Zip archive (*.zip);;Folder (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/exports.py" line="57"/>
        <source>Values cut in the Shapefiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/exports.py" line="67"/>
        <source>{} {}: {} is {} bytes; cut to 254 in the Shapefile, whole in long_values.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/exports.py" line="69"/>
        <source>Bundle written to {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtractStatements</name>
    <message>
        <location filename="../plugin/processing/extract_statements.py" line="40"/>
        <source>Propose statements and places from a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/extract_statements.py" line="43"/>
        <source>Reads a news report (text or HTML) and proposes attributed statements — the exact span and its offsets, the speaker as named with pronouns and surnames resolved, the speech verb, direct or reported, the relay chain and a confidence — and the places and actors it names, matched to Natural Earth shapes. Proposals only: the analyst accepts them (Import report in the Evidence dock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/extract_statements.py" line="50"/>
        <source>Report (text or HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/extract_statements.py" line="50"/>
        <source>Text or HTML (*.txt *.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/extract_statements.py" line="50"/>
        <source>Outlet that published it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/extract_statements.py" line="50"/>
        <source>Proposed statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/extract_statements.py" line="50"/>
        <source>Places and actors named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/extract_statements.py" line="50"/>
        <source>Borders named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/extract_statements.py" line="76"/>
        <source>Cannot write a proposed statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/extract_statements.py" line="91"/>
        <source>Cannot write the shape of {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/extract_statements.py" line="97"/>
        <source>Cannot write a place mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/extract_statements.py" line="98"/>
        <source>{} statements proposed, {} place and actor mentions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportBundle</name>
    <message>
        <location filename="../plugin/processing/exports.py" line="81"/>
        <source>Import a Shapefile bundle or exported GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/exports.py" line="84"/>
        <source>Reads a Shapefile bundle (a .zip, or a folder) or an exported GeoPackage, checks every file and record, and writes it into a new evidence store. Nothing is written if anything is wrong; the error names the file and the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/exports.py" line="89"/>
        <source>Bundle .zip or GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/exports.py" line="89"/>
        <source>Bundle or GeoPackage (*.zip *.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/exports.py" line="89"/>
        <source>…or a bundle folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/exports.py" line="89"/>
        <source>New evidence store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/exports.py" line="89"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished">GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/exports.py" line="89"/>
        <source>What was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/exports.py" line="101"/>
        <source>Choose a bundle (.zip or folder) or a GeoPackage to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/exports.py" line="104"/>
        <source>{} documents, {} statements, {} features, {} links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/processing/exports.py" line="106"/>
        <source>Imported {} into {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
