<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>@default</name>
        <message>
            <source>Add source files (kept as originals)…</source>
            <translation>Ajouter des fichiers sources (gardés comme originaux)…</translation>
        </message>
        <message>
            <source>Verify the store's originals and texts…</source>
            <translation>Vérifier les originaux et les textes du dépôt…</translation>
        </message>
        <message>
            <source>Export KML for Google Earth…</source>
            <translation>Exporter en KML pour Google Earth…</translation>
        </message>
        <message>
            <source>Export GeoJSON…</source>
            <translation>Exporter en GeoJSON…</translation>
        </message>
        <message>
            <source>Original file</source>
            <translation>Fichier d'origine</translation>
        </message>
        <message>
            <source>Captured</source>
            <translation>Capturé</translation>
        </message>
        <message>
            <source>Show the whole quote</source>
            <translation>Afficher toute la citation</translation>
        </message>
        <message>
            <source>Features in view</source>
            <translation>Entités dans la vue</translation>
        </message>
        <message>
            <source>{} more in view: zoom in to list them.</source>
            <translation>{} de plus dans la vue : zoomez pour les lister.</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Contested</source>
            <translation>Contesté</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Aide</translation>
        </message>
        <message>
            <source>Help on the Evidence dock (F1)</source>
            <translation>Aide sur le panneau des preuves (F1)</translation>
        </message>
        <message>
            <source>The help page {} is missing from the installed plugin: install the plugin again from its zip.</source>
            <translation>La page d'aide {} manque dans l'extension installée : installez de nouveau l'extension depuis son zip.</translation>
        </message>
        <message>
            <source>diamond</source>
            <translation>losange</translation>
        </message>
        <message>
            <source>Conflict events</source>
            <translation>Événements de conflit</translation>
        </message>
        <message>
            <source>Import events (ACLED, UCDP GED)…</source>
            <translation>Importer des événements (ACLED, UCDP GED)…</translation>
        </message>
        <message>
            <source>as the event dataset wrote it (Import events); empty otherwise</source>
            <translation>tel que l'a écrit le jeu de données d'événements (Importer des événements) ; vide sinon</translation>
        </message>
        <message>
            <source>Cannot list the cases: {}</source>
            <translation>Impossible de lister les cas : {}</translation>
        </message>
        <message>
            <source>Case (schema)</source>
            <translation>Cas (schéma)</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Modification</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>Copy store (GeoPackage ↔ PostGIS)…</source>
            <translation>Copier le dépôt (GeoPackage ↔ PostGIS)…</translation>
        </message>
        <message>
            <source>Every saved change of the selected statement and its links</source>
            <translation>Chaque modification enregistrée de la déclaration sélectionnée et de ses liens</translation>
        </message>
        <message>
            <source>Every saved change of this feature and its links: when, who, what, why</source>
            <translation>Chaque modification enregistrée de cette entité et de ses liens : quand, qui, quoi, pourquoi</translation>
        </message>
        <message>
            <source>History of the statement by {}</source>
            <translation>Historique de la déclaration de {}</translation>
        </message>
        <message>
            <source>History of “{}”</source>
            <translation>Historique de « {} »</translation>
        </message>
        <message>
            <source>History…</source>
            <translation>Historique…</translation>
        </message>
        <message>
            <source>No PostgreSQL connection is saved in QGIS: add one in the Browser (PostgreSQL ▸ New Connection…), then open this again.</source>
            <translation>Aucune connexion PostgreSQL n'est enregistrée dans QGIS : ajoutez-en une dans l'explorateur (PostgreSQL ▸ Nouvelle connexion…), puis rouvrez cette fenêtre.</translation>
        </message>
        <message>
            <source>No case in this database yet: copy one there with Copy store.</source>
            <translation>Aucun cas dans cette base pour l'instant : copiez-en un avec Copier le dépôt.</translation>
        </message>
        <message>
            <source>No change is recorded: the store's audit log starts when it was created or upgraded, and a copy brings the log of its source.</source>
            <translation>Aucune modification enregistrée : le journal d'audit du dépôt commence à sa création ou à sa mise à niveau, et une copie apporte le journal de sa source.</translation>
        </message>
        <message>
            <source>Open evidence store from PostgreSQL</source>
            <translation>Ouvrir un dépôt de preuves depuis PostgreSQL</translation>
        </message>
        <message>
            <source>Open evidence store from PostgreSQL…</source>
            <translation>Ouvrir un dépôt de preuves depuis PostgreSQL…</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Reason for the change</source>
            <translation>Motif de la modification</translation>
        </message>
        <message>
            <source>Statement history…</source>
            <translation>Historique de la déclaration…</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation>Quand (UTC)</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>document {}</source>
            <translation>document {}</translation>
        </message>
        <message>
            <source>geometry changed</source>
            <translation>géométrie modifiée</translation>
        </message>
        <message>
            <source>link {}</source>
            <translation>lien {}</translation>
        </message>
        <message>
            <source>saved unchanged</source>
            <translation>enregistré sans changement</translation>
        </message>
        <message>
            <source>statement {}</source>
            <translation>déclaration {}</translation>
        </message>
        <message>
            <source>{}
A reason is needed: a few words on why.</source>
            <translation>{}
Un motif est nécessaire : quelques mots sur le pourquoi.</translation>
        </message>
        <message>
            <source>{}
Why? (kept in the store's history, with your name)</source>
            <translation>{}
Pourquoi ? (conservé dans l'historique du dépôt, avec votre nom)</translation>
        </message>
        <message>
            <source>{}: added ({})</source>
            <translation>{} : ajouté ({})</translation>
        </message>
        <message>
            <source>{}: deleted</source>
            <translation>{} : supprimé</translation>
        </message>
        <message>
            <source>{}: grading {} → {}</source>
            <translation>{} : cotation {} → {}</translation>
        </message>
        <message>
            <source>{}: {}</source>
            <translation>{} : {}</translation>
        </message>
        <message>
            <source>{}: {} → {}</source>
            <translation>{} : {} → {}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="108" />
            <source>Evidence</source>
            <translation>Preuves</translation>
        </message>
        <message>
            <location filename="../plugin/plugin.py" line="68" />
            <source>Evidence dock</source>
            <translation>Panneau des preuves</translation>
        </message>
        <message>
            <location filename="../plugin/plugin.py" line="72" />
            <source>Build the seed case…</source>
            <translation>Construire le cas de démonstration…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/document_viewer.py" line="28" />
            <source>Document: {}</source>
            <translation>Document : {}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/document_viewer.py" line="54" />
            <source>New statement from selection…</source>
            <translation>Nouvelle déclaration à partir de la sélection…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/document_viewer.py" line="95" />
            <source>Selected characters {}–{}</source>
            <translation>Caractères sélectionnés {}–{}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="129" />
            <source>Open an evidence store (Vector ▸ Conflict Evidence ▸ Open evidence store…, or drop a .gpkg here), then select a feature on the map to see who says so, where it was reported and who disputes it.</source>
            <translation>Ouvrez un dépôt de preuves (Vecteur ▸ Conflict Evidence ▸ Ouvrir un dépôt de preuves…, ou déposez un .gpkg ici), puis sélectionnez une entité sur la carte pour voir qui l'affirme, où cela a été rapporté et qui le conteste.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="342" />
            <source>Several features are selected: choose the one to show</source>
            <translation>Plusieurs entités sont sélectionnées : choisissez celle à afficher</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="172" />
            <source>Show statements of one affiliation</source>
            <translation>Afficher les déclarations d'une seule affiliation</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="174" />
            <source>All stances</source>
            <translation>Toutes les positions</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="206" />
            <source>Open document</source>
            <translation>Ouvrir le document</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="208" />
            <source>Show on map</source>
            <translation>Afficher sur la carte</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="209" />
            <source>Select, flash and zoom to every feature this statement speaks to</source>
            <translation>Sélectionner, faire clignoter et zoomer sur chaque entité dont parle cette déclaration</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="217" />
            <source>Stance of the selected statement toward this feature</source>
            <translation>Position de la déclaration sélectionnée envers cette entité</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="220" />
            <source>Source reliability (Admiralty scale A–F)</source>
            <translation>Fiabilité de la source (échelle de l'Amirauté A–F)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="225" />
            <source>Information credibility (Admiralty scale 1–6)</source>
            <translation>Crédibilité de l'information (échelle de l'Amirauté 1–6)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="231" />
            <source>Unlink</source>
            <translation>Délier</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="248" />
            <source>Link a statement…</source>
            <translation>Lier une déclaration…</translation>
        </message>
        <message>
            <location filename="../plugin/plugin.py" line="70" />
            <source>Open evidence store…</source>
            <translation>Ouvrir un dépôt de preuves…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="260" />
            <source>Identify a feature on the map and show its evidence</source>
            <translation>Identifier une entité sur la carte et afficher ses preuves</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="264" />
            <source>Import report…</source>
            <translation>Importer un article…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="265" />
            <source>Propose statements from a news report, review them, add them</source>
            <translation>Proposer des déclarations à partir d'un article de presse, les vérifier, les ajouter</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="269" />
            <source>Export / check</source>
            <translation>Exporter / vérifier</translation>
        </message>
        <message>
            <location filename="../plugin/plugin.py" line="77" />
            <source>Export GeoPackage…</source>
            <translation>Exporter en GeoPackage…</translation>
        </message>
        <message>
            <location filename="../plugin/plugin.py" line="77" />
            <source>Export Shapefile bundle…</source>
            <translation>Exporter un lot de Shapefiles…</translation>
        </message>
        <message>
            <location filename="../plugin/plugin.py" line="77" />
            <source>Check claims against geometry…</source>
            <translation>Confronter les affirmations à la géométrie…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="342" />
            <source>{} features selected; the first {} are offered</source>
            <translation>{} entités sélectionnées ; les {} premières sont proposées</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="414" />
            <source>All affiliations</source>
            <translation>Toutes les affiliations</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="100" />
            <source>Speaker</source>
            <translation>Locuteur</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="100" />
            <source>Role</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="100" />
            <source>Affiliation</source>
            <translation>Affiliation</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="100" />
            <source>Setting</source>
            <translation>Contexte de la déclaration</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="497" />
            <source>Relay chain</source>
            <translation>Chaîne de relais</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="100" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="497" />
            <source>not given</source>
            <translation>non indiquée</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="53" />
            <source>Form</source>
            <translation>Forme</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="97" />
            <source>direct quote</source>
            <translation>citation directe</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="498" />
            <source>reported speech</source>
            <translation>discours rapporté</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="49" />
            <source>Stance</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="500" />
            <source>Grading</source>
            <translation>Évaluation</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="501" />
            <source>Offsets</source>
            <translation>Positions</translation>
        </message>
        <message>
            <location filename="../plugin/plugin.py" line="142" />
            <source>Conflict Evidence</source>
            <translation>Conflict Evidence</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="92" />
            <source>Import report</source>
            <translation>Importer un article</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="97" />
            <source>Open file…</source>
            <translation>Ouvrir un fichier…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="100" />
            <source>or paste the report's text on the left, then Extract</source>
            <translation>ou collez le texte de l'article à gauche, puis Extraire</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="108" />
            <source>Outlet</source>
            <translation>Média</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="108" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="108" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="108" />
            <source>Published</source>
            <translation>Publié le</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="108" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="117" />
            <source>Paste the text of the report here</source>
            <translation>Collez ici le texte de l'article</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="122" />
            <source>Extract statements</source>
            <translation>Extraire les déclarations</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="149" />
            <source>Set span from selection</source>
            <translation>Définir l'extrait depuis la sélection</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="150" />
            <source>Select words in the text, then make them the chosen proposal's quote</source>
            <translation>Sélectionnez des mots dans le texte, puis faites-en la citation de la proposition choisie</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="152" />
            <source>Reject</source>
            <translation>Rejeter</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="154" />
            <source>Accept all</source>
            <translation>Tout accepter</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="201" />
            <source>Add accepted to the store</source>
            <translation>Ajouter les acceptées au dépôt</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="203" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="261" />
            <source>Open a report</source>
            <translation>Ouvrir un article</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="282" />
            <source>There is no text to read: open a file or paste a report.</source>
            <translation>Il n'y a aucun texte à lire : ouvrez un fichier ou collez un article.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="363" />
            <source>direct</source>
            <translation>directe</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="363" />
            <source>reported</source>
            <translation>rapportée</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="471" />
            <source>Choose one proposal and select its words in the text.</source>
            <translation>Choisissez une proposition et sélectionnez ses mots dans le texte.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="477" />
            <source>The selection could not be mapped to the text exactly.</source>
            <translation>La sélection n'a pas pu être rapportée exactement au texte.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="515" />
            <source>No statement is accepted: tick the ones to add.</source>
            <translation>Aucune déclaration n'est acceptée : cochez celles à ajouter.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="520" />
            <source>Give the affiliation (the party they speak for) of: {}</source>
            <translation>Indiquez l'affiliation (la partie au nom de laquelle ils parlent) de : {}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="540" />
            <source>Added the document and {} statements: save the layers' edits to keep them (Layer ▸ Save Edits), or roll them back.</source>
            <translation>Document et {} déclarations ajoutés : enregistrez les modifications des couches pour les conserver (Couche ▸ Enregistrer les modifications), ou annulez-les.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="35" />
            <source>Link a statement to “{}”</source>
            <translation>Lier une déclaration à « {} »</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="47" />
            <source>e.g. targets were ISIS</source>
            <translation>p. ex. les cibles étaient l'EI</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="48" />
            <source>Statement</source>
            <translation>Déclaration</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="100" />
            <source>Claim</source>
            <translation>Affirmation visée</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="75" />
            <source>New statement</source>
            <translation>Nouvelle déclaration</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="81" />
            <source>Quote</source>
            <translation>Citation</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="92" />
            <source>agencies between speaker and outlet, separated by &gt;</source>
            <translation>agences entre le locuteur et le média, séparées par &gt;</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="100" />
            <source>Relayed by</source>
            <translation>Relayé par</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="100" />
            <source>Stance toward the feature</source>
            <translation>Position envers l'entité</translation>
        </message>
        <message>
            <location filename="../plugin/plugin.py" line="77" />
            <source>Import bundle or GeoPackage…</source>
            <translation>Importer un lot ou un GeoPackage…</translation>
        </message>
        <message>
            <location filename="../plugin/plugin.py" line="125" />
            <source>Open evidence store</source>
            <translation>Ouvrir un dépôt de preuves</translation>
        </message>
        <message>
            <location filename="../plugin/plugin.py" line="125" />
            <source>Evidence store (*.gpkg)</source>
            <translation>Dépôt de preuves (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../plugin/plugin.py" line="142" />
            <source>Opened {}: select a feature to see its evidence.</source>
            <translation>{} ouvert : sélectionnez une entité pour voir ses preuves.</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/model.py" line="58" />
            <source>completely reliable</source>
            <translation>entièrement fiable</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/model.py" line="59" />
            <source>usually reliable</source>
            <translation>habituellement fiable</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/model.py" line="60" />
            <source>fairly reliable</source>
            <translation>assez fiable</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/model.py" line="61" />
            <source>not usually reliable</source>
            <translation>habituellement peu fiable</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/model.py" line="62" />
            <source>unreliable</source>
            <translation>peu fiable</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/model.py" line="63" />
            <source>reliability cannot be judged</source>
            <translation>fiabilité impossible à évaluer</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/model.py" line="66" />
            <source>confirmed by other sources</source>
            <translation>confirmée par d'autres sources</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/model.py" line="67" />
            <source>probably true</source>
            <translation>probablement vraie</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/model.py" line="68" />
            <source>possibly true</source>
            <translation>possiblement vraie</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/model.py" line="69" />
            <source>doubtful</source>
            <translation>douteuse</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/model.py" line="70" />
            <source>improbable</source>
            <translation>improbable</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/model.py" line="71" />
            <source>truth cannot be judged</source>
            <translation>véracité impossible à évaluer</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/schema.py" line="23" />
            <source>Strike sites</source>
            <translation>Sites de frappe</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/schema.py" line="23" />
            <source>Launch zones</source>
            <translation>Zones de lancement</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/schema.py" line="23" />
            <source>Missile tracks</source>
            <translation>Trajectoires de missiles</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/schema.py" line="23" />
            <source>Border incursions</source>
            <translation>Incursions frontalières</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/schema.py" line="23" />
            <source>Deployments</source>
            <translation>Déploiements</translation>
        </message>
        <message>
            <location filename="../plugin/evidence/schema.py" line="23" />
            <source>Aircraft encounters</source>
            <translation>Rencontres aériennes</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="52" />
            <source>Asserts</source>
            <translation>Affirme</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="53" />
            <source>Disputes</source>
            <translation>Conteste</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="54" />
            <source>Denies</source>
            <translation>Dément</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="55" />
            <source>Qualifies</source>
            <translation>Nuance</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="56" />
            <source>Context</source>
            <translation>Contexte</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="85" />
            <source>not graded</source>
            <translation>non évaluée</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="87" />
            <source>reliability not graded</source>
            <translation>fiabilité non évaluée</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="89" />
            <source>credibility not graded</source>
            <translation>crédibilité non évaluée</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="135" />
            <source>Store “{}” is open. Select a feature on the map, or click one with the identify button above, to see who says so, where it was reported and who disputes it.</source>
            <translation>Le dépôt « {} » est ouvert. Sélectionnez une entité sur la carte, ou cliquez-en une avec le bouton d'identification ci-dessus, pour voir qui l'affirme, où cela a été rapporté et qui le conteste.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="226" />
            <source>– not graded</source>
            <translation>– non évaluée</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="466" />
            <source>No statement matches the filters.</source>
            <translation>Aucune déclaration ne correspond aux filtres.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="466" />
            <source>No statement is linked to this feature yet: use “Link a statement…” below, or select words in a document and create one.</source>
            <translation>Aucune déclaration n'est encore liée à cette entité : utilisez « Lier une déclaration… » ci-dessous, ou sélectionnez des mots dans un document et créez-en une.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="585" />
            <source>Unlink “{}” from “{}”? The statement stays in the store; the link can be restored with Undo until the layer is saved.</source>
            <translation>Délier « {} » de « {} » ? La déclaration reste dans le dépôt ; le lien peut être rétabli avec Annuler tant que la couche n'est pas enregistrée.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="588" />
            <source>Unlink statement</source>
            <translation>Délier la déclaration</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="628" />
            <source>Open an evidence store first: the report's statements go into that store.</source>
            <translation>Ouvrez d'abord un dépôt de preuves : les déclarations de l'article y seront ajoutées.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/identify_tool.py" line="57" />
            <source>All {} features here</source>
            <translation>Les {} entités ici</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="45" />
            <source>Accept</source>
            <translation>Accepter</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="50" />
            <source>Link to</source>
            <translation>Lier à</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="52" />
            <source>Cue</source>
            <translation>Indice</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="55" />
            <source>Confidence</source>
            <translation>Confiance</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="61" />
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="62" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="63" />
            <source>Shape</source>
            <translation>Forme géométrique</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="64" />
            <source>Store features there</source>
            <translation>Entités du dépôt à cet endroit</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="127" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="160" />
            <source>Link every proposal to</source>
            <translation>Lier chaque proposition à</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="163" />
            <source>Apply to all</source>
            <translation>Appliquer à toutes</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="166" />
            <source>as</source>
            <translation>comme</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="280" />
            <source>Statements</source>
            <translation>Déclarations</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="181" />
            <source>Offer the features there</source>
            <translation>Proposer les entités de ce lieu</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="182" />
            <source>Store features inside the chosen place become link targets</source>
            <translation>Les entités du dépôt situées dans le lieu choisi deviennent des cibles de lien</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="187" />
            <source>Create a feature there</source>
            <translation>Créer une entité à cet endroit</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="188" />
            <source>A new feature at the precision the place gives, saved at once and offered as a link target</source>
            <translation>Une nouvelle entité, à la précision que donne le lieu, enregistrée aussitôt et proposée comme cible de lien</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="191" />
            <source>in</source>
            <translation>dans</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="194" />
            <source>Places</source>
            <translation>Lieux</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="219" />
            <source>(not linked)</source>
            <translation>(non liée)</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="289" />
            <source>Extracting statements from a report</source>
            <translation>Extraction des déclarations d'un article</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="309" />
            <source>Reading the report…</source>
            <translation>Lecture de l'article…</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="322" />
            <source>The extraction was cancelled: nothing was proposed.</source>
            <translation>L'extraction a été annulée : rien n'a été proposé.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="322" />
            <source>The extraction failed: {}</source>
            <translation>L'extraction a échoué : {}</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="337" />
            <source>{} statements proposed. Check each: speaker, affiliation, span, stance and feature. Unticked ones are not added.</source>
            <translation>{} déclarations proposées. Vérifiez chacune : locuteur, affiliation, extrait, position et entité. Celles qui ne sont pas cochées ne sont pas ajoutées.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="341" />
            <source>{} places named: see the Places tab.</source>
            <translation>{} lieux nommés : voir l'onglet Lieux.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="349" />
            <source>No publication date in the text: set Published by hand.</source>
            <translation>Aucune date de publication dans le texte : renseignez « Publié le » à la main.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="353" />
            <source>its dateline</source>
            <translation>sa ligne de date</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="353" />
            <source>its text</source>
            <translation>son texte</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="354" />
            <source>Published {} read from {} (“{}”): check it.</source>
            <translation>Date de publication {} lue dans {} (« {} ») : vérifiez-la.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="372" />
            <source>Published {} read from the saved page's metadata: check it.</source>
            <translation>Date de publication {} lue dans les métadonnées de la page enregistrée : vérifiez-la.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="393" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="393" />
            <source>none in QGIS's data</source>
            <translation>aucune dans les données de QGIS</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="402" />
            <source>Choose one place in the list.</source>
            <translation>Choisissez un lieu dans la liste.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="422" />
            <source>{} store features lie in {}: they are offered under “Link to”.</source>
            <translation>{} entités du dépôt se trouvent dans {} : elles sont proposées sous « Lier à ».</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="422" />
            <source>No store feature lies in {}: create one there.</source>
            <translation>Aucune entité du dépôt ne se trouve dans {} : créez-en une à cet endroit.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="432" />
            <source>a report</source>
            <translation>un article</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="440" />
            <source>Created and saved “{}” in {}; it is offered under “Link to” (Apply to all to link every proposal to it).</source>
            <translation>« {} » créée et enregistrée dans {} ; elle est proposée sous « Lier à » (Appliquer à toutes pour y lier chaque proposition).</translation>
        </message>
        <message>
            <location filename="../plugin/gui/statement_dialogs.py" line="119" />
            <source>A statement needs a speaker and an affiliation</source>
            <translation>Une déclaration exige un locuteur et une affiliation</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="31" />
            <source>exact (within 10 m)</source>
            <translation>exacte (à 10 m près)</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="32" />
            <source>vicinity (within 100 m)</source>
            <translation>voisinage (à 100 m près)</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="33" />
            <source>locality (within 1 km)</source>
            <translation>localité (à 1 km près)</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="34" />
            <source>district (within 25 km)</source>
            <translation>district (à 25 km près)</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="35" />
            <source>province / admin1 (the area is the bound)</source>
            <translation>province / admin1 (la zone est la limite)</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="36" />
            <source>country (the area is the bound)</source>
            <translation>pays (la zone est la limite)</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="37" />
            <source>water body (the area is the bound)</source>
            <translation>étendue d'eau (la zone est la limite)</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="38" />
            <source>airspace (the area is the bound)</source>
            <translation>espace aérien (la zone est la limite)</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="41" />
            <source>asserts</source>
            <translation>affirme</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="42" />
            <source>disputes</source>
            <translation>conteste</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="43" />
            <source>denies</source>
            <translation>dément</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="44" />
            <source>qualifies</source>
            <translation>nuance</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="45" />
            <source>context (background, no position)</source>
            <translation>contexte (arrière-plan, sans position)</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="69" />
            <source>(not graded)</source>
            <translation>(non évaluée)</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="120" />
            <source>the geometry must be valid (not self-intersecting) and lie within longitude -180..180, latitude -90..90</source>
            <translation>la géométrie doit être valide (sans auto-intersection) et comprise entre les longitudes -180..180 et les latitudes -90..90</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="124" />
            <source>a title is required</source>
            <translation>un titre est requis</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="126" />
            <source>one of {}</source>
            <translation>l'une des valeurs {}</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="130" />
            <source>UTC; start of the interval</source>
            <translation>UTC ; début de l'intervalle</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="131" />
            <source>UTC; not before t_start</source>
            <translation>UTC ; pas avant t_start</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="133" />
            <source>how precisely the source dates it</source>
            <translation>la précision avec laquelle la source le date</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="136" />
            <source>how precisely the source places it: never invent precision</source>
            <translation>la précision avec laquelle la source le situe : n'inventez jamais de précision</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="140" />
            <source>metres; no more than the location precision allows</source>
            <translation>mètres ; pas plus que la précision du lieu ne le permet</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="149" />
            <source>derived from the links</source>
            <translation>dérivé des liens</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="159" />
            <source>generated; links use it, so it never changes</source>
            <translation>généré ; les liens l'utilisent, il ne change donc jamais</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="161" />
            <source>the did of a document in the store</source>
            <translation>le did d'un document du dépôt</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="163" />
            <source>who said it, as named</source>
            <translation>qui l'a dit, tel que nommé</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="166" />
            <source>the party the speaker speaks for</source>
            <translation>la partie au nom de laquelle parle le locuteur</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="169" />
            <source>speaker{0}…{0}the document's outlet</source>
            <translation>locuteur{0}…{0}média du document</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="178" />
            <source>the document's text between quote_start and quote_end, verbatim</source>
            <translation>le texte du document entre quote_start et quote_end, mot pour mot</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="184" />
            <source>Admiralty scale A–F</source>
            <translation>échelle de l'Amirauté A–F</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="188" />
            <source>Admiralty scale 1–6</source>
            <translation>échelle de l'Amirauté 1–6</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="201" />
            <source>the uid of a feature in the layer named by feature_layer</source>
            <translation>l'uid d'une entité de la couche nommée par feature_layer</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="203" />
            <source>the sid of a statement in the store</source>
            <translation>le sid d'une déclaration du dépôt</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="207" />
            <source>which claim the stance is about, e.g. targets were ISIS</source>
            <translation>l'affirmation visée par la position, p. ex. les cibles étaient l'EI</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="216" />
            <source>an http(s) address</source>
            <translation>une adresse http(s)</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="220" />
            <source>the full text; statements quote it by offset, so it never changes</source>
            <translation>le texte intégral ; les déclarations le citent par position, il ne change donc jamais</translation>
        </message>
        <message>
            <location filename="../plugin/layers/forms.py" line="222" />
            <source>computed from the text</source>
            <translation>calculé à partir du texte</translation>
        </message>
        <message>
            <location filename="../plugin/places/document_places.py" line="23" />
            <source>country</source>
            <translation>pays</translation>
        </message>
        <message>
            <location filename="../plugin/places/document_places.py" line="24" />
            <source>province</source>
            <translation>province</translation>
        </message>
        <message>
            <location filename="../plugin/places/document_places.py" line="25" />
            <source>sea or lake</source>
            <translation>mer ou lac</translation>
        </message>
        <message>
            <location filename="../plugin/places/document_places.py" line="26" />
            <source>airspace</source>
            <translation>espace aérien</translation>
        </message>
        <message>
            <location filename="../plugin/places/document_places.py" line="28" />
            <source>border</source>
            <translation>frontière</translation>
        </message>
        <message>
            <location filename="../plugin/places/document_places.py" line="29" />
            <source>capital city</source>
            <translation>capitale</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="128" />
            <source>Evidence tables</source>
            <translation>Tables de preuves</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="274" />
            <source>Feature</source>
            <translation>Entité</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="285" />
            <source>Statements about this feature</source>
            <translation>Déclarations sur cette entité</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="52" />
            <source>CONTESTED</source>
            <translation>CONTESTÉ</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="388" />
            <source>unsaved edits</source>
            <translation>modifications non enregistrées</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="388" />
            <source>Time</source>
            <translation>Période</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="388" />
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="490" />
            <source>Select a statement to see its source and grading.</source>
            <translation>Sélectionnez une déclaration pour voir sa source et son évaluation.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="501" />
            <source>{}–{} in {}</source>
            <translation>{}–{} dans {}</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="51" />
            <source>location</source>
            <translation>lieu</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="51" />
            <source>asserting</source>
            <translation>affirment</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="51" />
            <source>disputing</source>
            <translation>contestent</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="68" />
            <source>Contested (amber): asserted and disputed by different parties</source>
            <translation>Contesté (ambre) : affirmé et contesté par des parties différentes</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="69" />
            <source>Not contested</source>
            <translation>Non contesté</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="70" />
            <source>circle</source>
            <translation>cercle</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="71" />
            <source>square</source>
            <translation>carré</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="72" />
            <source>triangle</source>
            <translation>triangle</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="74" />
            <source>dashed circle: location uncertainty (radius uncertainty_m)</source>
            <translation>cercle en tirets : incertitude de localisation (rayon uncertainty_m)</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="75" />
            <source>dashed line along the border</source>
            <translation>ligne en tirets le long de la frontière</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="76" />
            <source>hatched area</source>
            <translation>zone hachurée</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="77" />
            <source>solid line, arrowhead at the target</source>
            <translation>ligne continue, pointe de flèche sur la cible</translation>
        </message>
        <message>
            <location filename="../plugin/layers/store_layers.py" line="250" />
            <source>{}: beyond 1:1,000,000</source>
            <translation>{} : au-delà du 1:1 000 000</translation>
        </message>
        <message>
            <location filename="../plugin/gui/import_report.py" line="56" />
            <source>Rule</source>
            <translation>Règle</translation>
        </message>
        <message>
        <source>Evidence report (PDF)…</source>
        <translation>Rapport de preuves (PDF)…</translation>
    </message>
        <message>
        <source>Evidence report layout…</source>
        <translation>Mise en page du rapport de preuves…</translation>
    </message>
        <message>
        <source>Open an evidence store first.</source>
        <translation>Ouvrez d’abord un dépôt de preuves.</translation>
    </message>
        <message>
        <source>Layer: {layer} · type: {type} · actor: {actor}</source>
        <translation>Couche : {layer} · type : {type} · acteur : {actor}</translation>
    </message>
        <message>
        <source>Time: {start} – {end} (precision: {precision})</source>
        <translation>Temps : {start} – {end} (précision : {precision})</translation>
    </message>
        <message>
        <source>Location: {where} (precision: {precision}, uncertainty ± {metres} m)</source>
        <translation>Lieu : {where} (précision : {precision}, incertitude ± {metres} m)</translation>
    </message>
        <message>
        <source>Dataset row: {dataset} {id} (type {type}, location code {loc}, time code {time})</source>
        <translation>Ligne du jeu de données : {dataset} {id} (type {type}, code de lieu {loc}, code de temps {time})</translation>
    </message>
        <message>
        <source>no linked statement</source>
        <translation>aucune déclaration liée</translation>
    </message>
        <message>
        <source>Distance claimed by {speaker}: {claimed} km; geodesic length measured: {measured} km ({difference:+.1f}%): {verdict}</source>
        <translation>Distance affirmée par {speaker} : {claimed} km ; longueur géodésique mesurée : {measured} km ({difference:+.1f} %) : {verdict}</translation>
    </message>
        <message>
        <source>Side of the border ({speaker}: “{claim}”): {measured}: {verdict}</source>
        <translation>Côté de la frontière ({speaker} : « {claim} ») : {measured} : {verdict}</translation>
    </message>
        <message>
        <source>No claim check applies to this feature.</source>
        <translation>Aucune vérification d’affirmation ne s’applique à cette entité.</translation>
    </message>
        <message>
        <source>{features:,} features in this report, of the store's {all:,}; {statements:,} linked statements from {sources:,} documents.
The store holds {store_statements:,} statements, {store_links:,} links and {store_documents:,} documents.</source>
        <translation>{features:,} entités dans ce rapport, sur les {all:,} du dépôt ; {statements:,} déclarations liées issues de {sources:,} documents.
Le dépôt contient {store_statements:,} déclarations, {store_links:,} liens et {store_documents:,} documents.</translation>
    </message>
        <message>
        <source>Evidence report: {case}</source>
        <translation>Rapport de preuves : {case}</translation>
    </message>
        <message>
        <source>Report made on {made} from {store}</source>
        <translation>Rapport établi le {made} à partir de {store}</translation>
    </message>
        <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
        <message>
        <source>Every document the statements of this report come from, with the SHA-256 of its full text as the store holds it.</source>
        <translation>Chaque document dont proviennent les déclarations de ce rapport, avec le SHA-256 de son texte intégral tel que le dépôt le conserve.</translation>
    </message>
        <message>
        <source>not contested</source>
        <translation>non contesté</translation>
    </message>
        <message>
        <source>{counts} — asserting: {asserting}, disputing: {disputing}</source>
        <translation>{counts} — affirment : {asserting}, contestent : {disputing}</translation>
    </message>
        <message>
        <source>grading: {grade}</source>
        <translation>évaluation : {grade}</translation>
    </message>
        <message>
        <source>{heading}, continued ({number} of {pages})</source>
        <translation>{heading}, suite ({number} sur {pages})</translation>
    </message>
        <message>
        <source>(continues on the next page)</source>
        <translation>(suite à la page suivante)</translation>
    </message>
        <message>
        <source>(continued from the previous page)</source>
        <translation>(suite de la page précédente)</translation>
    </message>
        <message>
        <source>How to read the maps. A circle or band around a feature is its uncertainty: the area the sources allow, from its location precision (a town, a province, a country, a sea). A ring marks a contested feature: statements of one party assert it and statements of another dispute or deny it. Tracks and incursions are lines, launch zones areas. On each feature's page a dashed outline shows the area its uncertainty allows.</source>
        <translation>Comment lire les cartes. Un cercle ou une bande autour d’une entité est son incertitude : la zone que les sources permettent, d’après la précision de sa localisation (une ville, une province, un pays, une mer). Un anneau signale une entité contestée : des déclarations d’une partie l’affirment et des déclarations d’une autre la contestent ou la démentent. Les trajectoires et les incursions sont des lignes, les zones de lancement des surfaces. Sur la page de chaque entité, un contour en tirets montre la zone que permet son incertitude.</translation>
    </message>
        <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
        <message>
        <source>Speaker, role, affiliation</source>
        <translation>Locuteur, fonction, affiliation</translation>
    </message>
        <message>
        <source>Relay chain, date, setting</source>
        <translation>Chaîne de relais, date, contexte</translation>
    </message>
        <message>
        <source>Quote, verbatim</source>
        <translation>Citation, verbatim</translation>
    </message>
        <message>
        <source>Claim, grading</source>
        <translation>Affirmation, évaluation</translation>
    </message>
        <message>
        <source>URL; SHA-256 of the full text</source>
        <translation>URL ; SHA-256 du texte intégral</translation>
    </message>
        <message>
        <source>Conflict Evidence · page [% @atlas_featurenumber %] of [% @atlas_totalfeatures %] · [% &quot;uid&quot; %]</source>
        <translation>Conflict Evidence · page [% @atlas_featurenumber %] sur [% @atlas_totalfeatures %] · [% &quot;uid&quot; %]</translation>
    </message>
        <message>
        <source>Area the feature's uncertainty allows</source>
        <translation>Zone que permet l’incertitude de l’entité</translation>
    </message>
        <message>
        <source>Report pages</source>
        <translation>Pages du rapport</translation>
    </message>
        <message>
        <source>Report statements</source>
        <translation>Déclarations du rapport</translation>
    </message>
        <message>
        <source>Report sources</source>
        <translation>Sources du rapport</translation>
    </message>
        <message>
        <source>Evidence report data</source>
        <translation>Données du rapport de preuves</translation>
    </message>
        <message>
        <source>Other features of the report</source>
        <translation>Autres entités du rapport</translation>
    </message>
        <message>
        <source>This page's feature</source>
        <translation>L’entité de cette page</translation>
    </message>
        <message>
        <source>Report marks</source>
        <translation>Repères du rapport</translation>
    </message>
        <message>
        <source>(choose)</source>
        <translation>(à choisir)</translation>
    </message>
        <message>
        <source>(each as proposed)</source>
        <translation>(chacune telle que proposée)</translation>
    </message>
        <message>
        <source>Choose the stance toward the linked feature of: {}</source>
        <translation>Choisissez la position envers l'entité liée de : {}</translation>
    </message>
        <message>
        <source>Published: “{}” is not a date and time like 2015-10-07 14:30 (UTC)</source>
        <translation>Publication : « {} » n'est pas une date et une heure comme 2015-10-07 14:30 (UTC)</translation>
    </message>
        <message>
        <source>Set Published first: a feature created here is dated by the report's day.</source>
        <translation>Indiquez d'abord la date de publication : une entité créée ici est datée du jour du rapport.</translation>
    </message>
        <message>
        <source>The text gives no publication date and the store needs one: set Published to the date the outlet gives for the report.</source>
        <translation>Le texte ne donne pas de date de publication et le dépôt en exige une : indiquez dans Publication la date que le média donne pour le rapport.</translation>
    </message>
        <message>
        <source>not in the text: yyyy-mm-dd hh:mm (UTC)</source>
        <translation>absente du texte : aaaa-mm-jj hh:mm (UTC)</translation>
    </message>
        <message>
        <source>The date is written yyyy-mm-dd, or left empty</source>
        <translation>La date s'écrit aaaa-mm-jj, ou reste vide</translation>
    </message>
        <message>
        <source>not given: yyyy-mm-dd</source>
        <translation>non donnée : aaaa-mm-jj</translation>
    </message>
        <message>
        <source>This statement is already linked to the feature: change its stance in the dock instead of linking it twice.</source>
        <translation>Cette déclaration est déjà liée à l'entité : changez sa position dans le panneau au lieu de la lier deux fois.</translation>
    </message>
        <message>
        <source>already linked: {}</source>
        <translation>déjà liée : {}</translation>
    </message>
        <message>
        <source>Importing events (ACLED, UCDP GED)</source>
        <translation>L&apos;import d&apos;événements (ACLED, UCDP GED)</translation>
    </message>
        <message>
        <source>Team stores in PostgreSQL</source>
        <translation>Les dépôts d&apos;équipe dans PostgreSQL</translation>
    </message>
        <message>
        <source>{} cannot work: the Python of this QGIS has no module {}.</source>
        <translation>{} ne peut pas fonctionner : le Python de ce QGIS n&apos;a pas le module {}.</translation>
    </message>
        <message>
        <source>Windows: QGIS&apos;s installers include it; with the OSGeo4W installer, run its Setup again and add the package {package}. Linux: install the package {package} (Debian, Ubuntu: sudo apt install {package}). macOS: install QGIS from qgis.org, or ask whoever installs QGIS to add {module}. Then restart QGIS.</source>
        <translation>Windows : les installateurs de QGIS l&apos;incluent ; avec l&apos;installateur OSGeo4W, relancez son Setup et ajoutez le paquet {package}. Linux : installez le paquet {package} (Debian, Ubuntu : sudo apt install {package}). macOS : installez QGIS depuis qgis.org, ou demandez à la personne qui installe QGIS d&apos;ajouter {module}. Puis redémarrez QGIS.</translation>
    </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Actor</source>
            <translation>Acteur</translation>
        </message>
        <message>
            <source>precision</source>
            <translation>précision</translation>
        </message>
        <message>
            <source>uncertainty</source>
            <translation>incertitude</translation>
        </message>
        <message>
            <source>Stated on</source>
            <translation>Déclaré le</translation>
        </message>
        <message>
            <source>Claim checks</source>
            <translation>Vérifications des affirmations</translation>
        </message>
        <message>
            <source>Open the document</source>
            <translation>Ouvrir le document</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Archived copy</source>
            <translation>Copie archivée</translation>
        </message>
        <message>
            <source>SHA-256 of the text</source>
            <translation>SHA-256 du texte</translation>
        </message>
        <message>
            <source>Only the passages quoted as evidence are published from this document.</source>
            <translation>Seuls les passages cités comme preuves sont publiés de ce document.</translation>
        </message>
        <message>
            <source>Back to the feature</source>
            <translation>Retour à l'entité</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>Stances</source>
            <translation>Positions</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <source>Features at this place</source>
            <translation>Entités à cet endroit</translation>
        </message>
        <message>
            <source>features shown</source>
            <translation>entités affichées</translation>
        </message>
        <message>
            <source>Click a feature on the map to see who asserts it and who disputes it.</source>
            <translation>Cliquez sur une entité de la carte pour voir qui l'affirme et qui la conteste.</translation>
        </message>
        <message>
            <source>Link to this feature</source>
            <translation>Lien vers cette entité</translation>
        </message>
        <message>
            <source>Published with Conflict Evidence</source>
            <translation>Publié avec Conflict Evidence</translation>
        </message>
        <message>
            <source>Country outlines: Natural Earth (public domain)</source>
            <translation>Contours des pays : Natural Earth (domaine public)</translation>
        </message>
        <message>
            <source>Publish evidence map (web)…</source>
            <translation>Publier la carte des preuves (web)…</translation>
        </message>
        <message>
            <source>Amber: contested (asserted and disputed by different parties). The folder Location uncertainty draws the area each feature may be in.</source>
            <translation>Ambre : contestée (affirmée et contestée par des parties différentes). Le dossier Incertitude de localisation dessine la zone où chaque entité peut se trouver.</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Each feature's balloon lists its statements by stance, with who said it, who passed it on, the verbatim quote and where it was reported.</source>
            <translation>La bulle de chaque entité liste ses déclarations par position : qui l’a dit, qui l’a relayé, la citation mot pour mot et où elle a été rapportée.</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Couche</translation>
        </message>
        <message>
            <source>Location uncertainty</source>
            <translation>Incertitude de localisation</translation>
        </message>
        <message>
            <source>Location uncertainty of {title}: ± {metres} m (precision: {precision})</source>
            <translation>Incertitude de localisation de {title} : ± {metres} m (précision : {precision})</translation>
        </message>
        <message>
            <source>No statement is linked to this feature.</source>
            <translation>Aucune déclaration n’est liée à cette entité.</translation>
        </message>
        <message>
            <source>asserted and disputed by different parties</source>
            <translation>affirmée et contestée par des parties différentes</translation>
        </message>
        <message>
            <source>document</source>
            <translation>document</translation>
        </message>
        <message>
            <source>{asserting} asserting, {disputing} disputing</source>
            <translation>{asserting} qui affirment, {disputing} qui contestent</translation>
        </message>
        <message>
            <source>{start} to {end} (precision: {precision})</source>
            <translation>du {start} au {end} (précision : {precision})</translation>
        </message>
        <message>
            <source>{where} (precision: {precision}, uncertainty ± {metres} m)</source>
            <translation>{where} (précision : {precision}, incertitude ± {metres} m)</translation>
        </message>
        <message>
        <source>airstrike</source>
        <translation>frappe aérienne</translation>
    </message>
        <message>
        <source>cruise missile strike</source>
        <translation>frappe de missiles de croisière</translation>
    </message>
        <message>
        <source>artillery shelling</source>
        <translation>bombardement d&apos;artillerie</translation>
    </message>
        <message>
        <source>combined strike</source>
        <translation>frappe combinée</translation>
    </message>
        <message>
        <source>naval missile launch</source>
        <translation>tir de missiles depuis la mer</translation>
    </message>
        <message>
        <source>air launch</source>
        <translation>tir depuis les airs</translation>
    </message>
        <message>
        <source>cruise missile</source>
        <translation>missile de croisière</translation>
    </message>
        <message>
        <source>ballistic missile</source>
        <translation>missile balistique</translation>
    </message>
        <message>
        <source>airspace violation</source>
        <translation>violation de l&apos;espace aérien</translation>
    </message>
        <message>
        <source>ground incursion</source>
        <translation>incursion terrestre</translation>
    </message>
        <message>
        <source>ground forces</source>
        <translation>forces terrestres</translation>
    </message>
        <message>
        <source>air assets</source>
        <translation>moyens aériens</translation>
    </message>
        <message>
        <source>naval assets</source>
        <translation>moyens navals</translation>
    </message>
        <message>
        <source>combined build-up</source>
        <translation>renforcement interarmées</translation>
    </message>
        <message>
        <source>diversion</source>
        <translation>déroutement</translation>
    </message>
        <message>
        <source>intercept</source>
        <translation>interception</translation>
    </message>
        <message>
        <source>close approach</source>
        <translation>approche rapprochée</translation>
    </message>
        <message>
        <source>battle</source>
        <translation>combat</translation>
    </message>
        <message>
        <source>explosion / remote violence</source>
        <translation>explosion / violence à distance</translation>
    </message>
        <message>
        <source>violence against civilians</source>
        <translation>violence contre des civils</translation>
    </message>
        <message>
        <source>protest</source>
        <translation>manifestation</translation>
    </message>
        <message>
        <source>riot</source>
        <translation>émeute</translation>
    </message>
        <message>
        <source>strategic development</source>
        <translation>évolution stratégique</translation>
    </message>
        <message>
        <source>state-based violence</source>
        <translation>violence impliquant un État</translation>
    </message>
        <message>
        <source>non-state violence</source>
        <translation>violence non étatique</translation>
    </message>
        <message>
        <source>one-sided violence</source>
        <translation>violence unilatérale</translation>
    </message>
        <message>
        <source>exact</source>
        <translation>exacte</translation>
    </message>
        <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
        <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
        <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
        <message>
        <source>year</source>
        <translation>année</translation>
    </message>
        <message>
        <source>vicinity</source>
        <translation>voisinage</translation>
    </message>
        <message>
        <source>locality</source>
        <translation>localité</translation>
    </message>
        <message>
        <source>district</source>
        <translation>district</translation>
    </message>
        <message>
        <source>water body</source>
        <translation>étendue d&apos;eau</translation>
    </message>
        <message>
        <source>context</source>
        <translation>contexte</translation>
    </message>
        <message>
            <source>Added the document {} to the store with {} kept as its original (SHA-256 {}), and {} statements: save the layers' edits to keep the statements (Layer ▸ Save Edits), or roll them back.</source>
            <translation>Document {} ajouté au dépôt avec {} conservé comme original (SHA-256 {}), et {} déclarations : enregistrez les modifications des couches pour garder les déclarations (Couche ▸ Enregistrer les modifications), ou annulez-les.</translation>
        </message>
        <message>
            <source>Give the outlet that published the report.</source>
            <translation>Indiquez le média qui a publié le rapport.</translation>
        </message>
        <message>
            <source>Open an evidence store first: files dropped here are added to the open store as sources. Nothing was added.</source>
            <translation>Ouvrez d'abord un dépôt de preuves : les fichiers déposés ici sont ajoutés comme sources au dépôt ouvert. Rien n'a été ajouté.</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Publication</translation>
        </message>
        <message>
            <source>Read again, the PDF kept as this document's original ({}) does not give this document's text: no page is shown.</source>
            <translation>Relu, le PDF conservé comme original de ce document ({}) ne donne pas le texte de ce document : aucune page n'est indiquée.</translation>
        </message>
        <message>
            <source>Several evidence stores are open: select a feature of the one the files go into, then drop them again. Nothing was added.</source>
            <translation>Plusieurs dépôts de preuves sont ouverts : sélectionnez une entité de celui qui doit recevoir les fichiers, puis déposez-les à nouveau. Rien n'a été ajouté.</translation>
        </message>
        <message>
            <source>Text, saved web page, PDF or Telegram export (*.txt *.html *.htm *.mhtml *.mht *.warc *.warc.gz *.wacz *.pdf *.json)</source>
            <translation>Texte, page web enregistrée, PDF ou export Telegram (*.txt *.html *.htm *.mhtml *.mht *.warc *.warc.gz *.wacz *.pdf *.json)</translation>
        </message>
        <message>
            <source>The PDF kept as this document's original cannot be read again ({}): no page is shown.</source>
            <translation>Le PDF conservé comme original de ce document ne peut pas être relu ({}) : aucune page n'est indiquée.</translation>
        </message>
        <message>
            <source>The file holds {} posts: the first is read; choose another under Post. All of them are added with the file when you add this one.</source>
            <translation>Le fichier contient {} publications : la première est lue ; choisissez-en une autre sous Publication. Toutes sont ajoutées avec le fichier quand vous ajoutez celle-ci.</translation>
        </message>
        <message>
            <source>The file is already in the store as document {}: {} statements were added to it, and nothing else. Save the layers' edits to keep them (Layer ▸ Save Edits), or roll them back.</source>
            <translation>Le fichier est déjà dans le dépôt comme document {} : {} déclarations y ont été ajoutées, et rien d'autre. Enregistrez les modifications des couches pour les garder (Couche ▸ Enregistrer les modifications), ou annulez-les.</translation>
        </message>
        <message>
            <source>The highlighted quote is on {} of the PDF.</source>
            <translation>La citation surlignée se trouve en {} du PDF.</translation>
        </message>
        <message>
            <source>The highlighted quote lies on no page of the PDF.</source>
            <translation>La citation surlignée ne se trouve sur aucune page du PDF.</translation>
        </message>
        <message>
            <source>The store is being opened; drop the other files on the dock again to add them to it. They were not added.</source>
            <translation>Le dépôt est en cours d'ouverture ; déposez à nouveau les autres fichiers sur le panneau pour les y ajouter. Ils n'ont pas été ajoutés.</translation>
        </message>
        <message>
            <source>The text is no longer the file's: it is added as typed, without the file kept as its original.</source>
            <translation>Le texte n'est plus celui du fichier : il est ajouté tel que saisi, sans conserver le fichier comme original.</translation>
        </message>
        <message>
            <source>This file is already in the store (SHA-256 {}) as {}: statements you add go to that document, which is not added again.</source>
            <translation>Ce fichier est déjà dans le dépôt (SHA-256 {}) comme {} : les déclarations que vous ajoutez vont à ce document, qui n'est pas ajouté une seconde fois.</translation>
        </message>
        <message>
            <source>an original no document uses</source>
            <translation>un original qu'aucun document n'utilise</translation>
        </message>
        <message>
            <source>page {}</source>
            <translation>la page {}</translation>
        </message>
        <message>
            <source>pages {}–{}</source>
            <translation>les pages {}–{}</translation>
        </message>
        <message>
            <source>{} documents added to {} from {} files, each file kept as its original.</source>
            <translation>{} documents ajoutés à {} à partir de {} fichiers, chaque fichier conservé comme original.</translation>
        </message>
        <message>
            <source>{}: a folder. Drop the files themselves, or add every file of a folder with Processing ▸ Conflict Evidence ▸ Add source files. Nothing was added.</source>
            <translation>{} : un dossier. Déposez les fichiers eux-mêmes, ou ajoutez tous les fichiers d'un dossier avec Traitement ▸ Conflict Evidence ▸ Ajouter des fichiers sources. Rien n'a été ajouté.</translation>
        </message>
        <message>
            <source>{}: already in the store (SHA-256 {}) as {}; not added again.</source>
            <translation>{} : déjà dans le dépôt (SHA-256 {}) comme {} ; pas ajouté une seconde fois.</translation>
        </message>
        <message>
            <source>{}: files of this kind are not kept as originals; the text is added as read.</source>
            <translation>{} : les fichiers de ce type ne sont pas conservés comme originaux ; le texte est ajouté tel que lu.</translation>
        </message>
        <message>
            <source>{}: the store already keeps this file (SHA-256 {}) as {}, but none of them has the text read now; nothing was added. Open that document from the dock to add statements to it.</source>
            <translation>{} : le dépôt conserve déjà ce fichier (SHA-256 {}) comme {}, mais aucun n'a le texte lu maintenant ; rien n'a été ajouté. Ouvrez ce document depuis le panneau pour y ajouter des déclarations.</translation>
        </message>
        <message>
            <location filename="../plugin/gui/evidence_dock.py" line="178" />
            <source>Search quotes, translations and speakers</source>
            <translation>Rechercher dans les citations, les traductions et les locuteurs</translation>
        </message>
        <message>
            <source>Translation by {} ({}), not the source's words</source>
            <translation>Traduction de {} ({}), pas les mots de la source</translation>
        </message>
        <message>
            <source>The language of the quote: pick one, or type a BCP 47 tag (such as en-GB)</source>
            <translation>La langue de la citation : choisissez-en une, ou tapez une étiquette BCP 47 (comme en-GB)</translation>
        </message>
        <message>
            <source>Your translation of the quote (the quote stays as it is)</source>
            <translation>Votre traduction de la citation (la citation reste telle quelle)</translation>
        </message>
        <message>
            <source>Save translation</source>
            <translation>Enregistrer la traduction</translation>
        </message>
        <message>
            <source>Keep this translation with your name and the time, marked as yours</source>
            <translation>Garder cette traduction avec votre nom et l'heure, marquée comme la vôtre</translation>
        </message>
        <message>
            <source>language: {}</source>
            <translation>langue : {}</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>arabe</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>russe</translation>
        </message>
        <message>
            <source>Turkish</source>
            <translation>turc</translation>
        </message>
        <message>
            <source>English</source>
            <translation>anglais</translation>
        </message>
        <message>
            <source>French</source>
            <translation>français</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>ukrainien</translation>
        </message>
        <message>
            <source>Persian</source>
            <translation>persan</translation>
        </message>
        <message>
            <source>Kurdish</source>
            <translation>kurde</translation>
        </message>
        <message>
            <source>Hebrew</source>
            <translation>hébreu</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>inconnue</translation>
        </message>
        <message>
            <source>a BCP 47 language tag: {} ('und' when not known)</source>
            <translation>une étiquette de langue BCP 47 : {} (« und » si elle n'est pas connue)</translation>
        </message>
        <message>
            <source>your translation of the quote; the quote stays verbatim</source>
            <translation>votre traduction de la citation ; la citation reste mot pour mot</translation>
        </message>
        <message>
            <source>who made the translation</source>
            <translation>qui a fait la traduction</translation>
        </message>
        <message>
            <source>when the translation was made (UTC)</source>
            <translation>quand la traduction a été faite (UTC)</translation>
        </message>
    </context>
    <context>
        <name>BuildSeedStore</name>
        <message>
            <location filename="../plugin/processing/build_seed_store.py" line="21" />
            <source>Build the seed case (7 October 2015)</source>
            <translation>Construire le cas de démonstration (7 octobre 2015)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/build_seed_store.py" line="24" />
            <source>Builds the case of the news report of 7 October 2015 (Russian cruise missiles from the Caspian Sea, strikes in Hama and Idlib, incursions into Turkish airspace) into a new evidence store. Every quote is located verbatim in the report; places come from QGIS's Natural Earth data.</source>
            <translation>Construit, dans un nouveau dépôt de preuves, le cas de l'article du 7 octobre 2015 (missiles de croisière russes tirés depuis la mer Caspienne, frappes à Hama et Idlib, incursions dans l'espace aérien turc). Chaque citation est retrouvée mot pour mot dans l'article ; les lieux proviennent des données Natural Earth de QGIS.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/build_seed_store.py" line="30" />
            <source>Evidence store</source>
            <translation>Dépôt de preuves</translation>
        </message>
        <message>
            <location filename="../plugin/processing/build_seed_store.py" line="30" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/build_seed_store.py" line="30" />
            <source>Statements</source>
            <translation>Déclarations</translation>
        </message>
        <message>
            <location filename="../plugin/processing/build_seed_store.py" line="30" />
            <source>Features</source>
            <translation>Entités</translation>
        </message>
        <message>
            <location filename="../plugin/processing/build_seed_store.py" line="30" />
            <source>Links</source>
            <translation>Liens</translation>
        </message>
        <message>
            <location filename="../plugin/processing/build_seed_store.py" line="39" />
            <source>{}: an evidence store must be a .gpkg file</source>
            <translation>{} : un dépôt de preuves doit être un fichier .gpkg</translation>
        </message>
        <message>
            <location filename="../plugin/processing/build_seed_store.py" line="46" />
            <source>Missile track geodesic length {:.0f} km; claimed {:.0f} km ({:+.0f}%).</source>
            <translation>Longueur géodésique de la trajectoire : {:.0f} km ; annoncée : {:.0f} km ({:+.0f} %).</translation>
        </message>
        <message>
            <location filename="../plugin/processing/build_seed_store.py" line="53" />
            <source>{} statements, {} features, {} links written to {}</source>
            <translation>{} déclarations, {} entités, {} liens écrits dans {}</translation>
        </message>
    </context>
    <context>
        <name>CheckClaims</name>
        <message>
            <location filename="../plugin/processing/check_claims.py" line="30" />
            <source>Check claims against geometry</source>
            <translation>Confronter les affirmations à la géométrie</translation>
        </message>
        <message>
            <location filename="../plugin/processing/check_claims.py" line="33" />
            <source>Measures what statements claim against the store's geometry: each stated distance on a track or incursion against its geodesic length, and each border incursion against the side of the border it lies on (Natural Earth countries), with the statements the claims come from.</source>
            <translation>Mesure ce qu'affirment les déclarations par rapport à la géométrie du dépôt : chaque distance annoncée pour une trajectoire ou une incursion face à sa longueur géodésique, et chaque incursion frontalière face au côté de la frontière où elle se trouve (pays de Natural Earth), avec les déclarations d'où viennent les affirmations.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/check_claims.py" line="39" />
            <source>Claims checked</source>
            <translation>Affirmations vérifiées</translation>
        </message>
        <message>
            <location filename="../plugin/processing/check_claims.py" line="39" />
            <source>Claims checked (lines)</source>
            <translation>Affirmations vérifiées (lignes)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/check_claims.py" line="59" />
            <source>Cannot write a row of the claims table</source>
            <translation>Impossible d'écrire une ligne de la table des affirmations</translation>
        </message>
        <message>
            <location filename="../plugin/processing/check_claims.py" line="65" />
            <source>Cannot write a line of the claims layer</source>
            <translation>Impossible d'écrire une ligne de la couche des affirmations</translation>
        </message>
        <message>
            <location filename="../plugin/processing/check_claims.py" line="67" />
            <source>{uid}: claimed {claimed} km, geodesic {measured} km ({difference}) — {speaker}</source>
            <translation>{uid} : annoncé {claimed} km, géodésique {measured} km ({difference}) — {speaker}</translation>
        </message>
    </context>
    <context>
        <name>EvidenceAlgorithm</name>
        <message>
            <location filename="../plugin/processing/base.py" line="47" />
            <source>Evidence store</source>
            <translation>Dépôt de preuves</translation>
        </message>
    </context>
    <context>
        <name>ExportGeoPackage</name>
        <message>
            <location filename="../plugin/processing/exports.py" line="22" />
            <source>Export a self-contained GeoPackage</source>
            <translation>Exporter un GeoPackage autonome</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="25" />
            <source>Copies the evidence store into a new GeoPackage with its layers, statements, documents, links (Related Tables Extension), default styles, relations and an embedded QGIS project, so that colleagues without the plugin open it styled. The file is written beside the target and moved into place only once checked.</source>
            <translation>Copie le dépôt de preuves dans un nouveau GeoPackage avec ses couches, déclarations, documents, liens (Related Tables Extension), styles par défaut, relations et un projet QGIS intégré, pour que des collègues sans l'extension l'ouvrent avec ses styles. Le fichier est écrit à côté de la cible et mis en place seulement une fois vérifié.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="31" />
            <source>GeoPackage to hand on</source>
            <translation>GeoPackage à transmettre</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="31" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="39" />
            <source>Exported {} with its embedded project</source>
            <translation>{} exporté avec son projet intégré</translation>
        </message>
    </context>
    <context>
        <name>ExportShapefiles</name>
        <message>
            <location filename="../plugin/processing/exports.py" line="48" />
            <source>Export a Shapefile bundle</source>
            <translation>Exporter un lot de Shapefiles</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="51" />
            <source>Writes one Shapefile per feature layer (.prj, UTF-8 .cpg) with statements.csv, documents.csv, links.csv, field_map.csv, long_values.csv and a README, to a folder or, if the output ends in .zip, a zip. Dates are ISO 8601 UTC text; every value a Shapefile had to cut at 254 bytes is listed here and in the README, and kept whole in long_values.csv.</source>
            <translation>Écrit un Shapefile par couche d'entités (.prj, .cpg UTF-8) avec statements.csv, documents.csv, links.csv, field_map.csv, long_values.csv et un README, dans un dossier ou, si la sortie se termine par .zip, dans un zip. Les dates sont du texte ISO 8601 UTC ; chaque valeur qu'un Shapefile a dû couper à 254 octets est listée ici et dans le README, et conservée entière dans long_values.csv.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="58" />
            <source>Bundle (folder, or .zip)</source>
            <translation>Lot (dossier ou .zip)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="58" />
            <source>Zip archive (*.zip);;Folder (*)</source>
            <translation>Archive zip (*.zip);;Dossier (*)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="58" />
            <source>Values cut in the Shapefiles</source>
            <translation>Valeurs coupées dans les Shapefiles</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="68" />
            <source>{} {}: {} is {} bytes; cut to 254 in the Shapefile, whole in long_values.csv</source>
            <translation>{} {} : {} fait {} octets ; coupé à 254 dans le Shapefile, entier dans long_values.csv</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="70" />
            <source>Bundle written to {}: {}</source>
            <translation>Lot écrit dans {} : {}</translation>
        </message>
    </context>
    <context>
        <name>ExtractStatements</name>
        <message>
            <location filename="../plugin/processing/extract_statements.py" line="50" />
            <source>Propose statements and places from a report</source>
            <translation>Proposer des déclarations et des lieux à partir d'un article</translation>
        </message>
        <message>
            <location filename="../plugin/processing/extract_statements.py" line="53" />
            <source>Reads a news report (text or HTML) and proposes attributed statements — the exact span and its offsets, the speaker as named with pronouns and surnames resolved, the speech verb, direct or reported, the relay chain and a confidence — and the places and actors it names, matched to Natural Earth shapes. Proposals only: the analyst accepts them (Import report in the Evidence dock).</source>
            <translation>Lit un article de presse (texte ou HTML) et propose des déclarations attribuées — l'extrait exact et ses positions, le locuteur tel que nommé avec pronoms et noms de famille résolus, le verbe de parole, direct ou rapporté, la chaîne de relais et une confiance — ainsi que les lieux et acteurs qu'il nomme, associés aux formes de Natural Earth. Ce ne sont que des propositions : l'analyste les accepte (Importer un article dans le panneau des preuves).</translation>
        </message>
        <message>
            <location filename="../plugin/processing/extract_statements.py" line="60" />
            <source>Report (text or saved web page)</source>
            <translation>Article (texte ou page web enregistrée)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/extract_statements.py" line="60" />
            <source>Text or saved web page (*.txt *.html *.htm *.mhtml *.mht *.warc *.warc.gz *.wacz)</source>
            <translation>Texte ou page web enregistrée (*.txt *.html *.htm *.mhtml *.mht *.warc *.warc.gz *.wacz)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/extract_statements.py" line="60" />
            <source>Outlet that published it</source>
            <translation>Média qui l'a publié</translation>
        </message>
        <message>
            <location filename="../plugin/processing/extract_statements.py" line="60" />
            <source>Proposed statements</source>
            <translation>Déclarations proposées</translation>
        </message>
        <message>
            <location filename="../plugin/processing/extract_statements.py" line="60" />
            <source>Places and actors named</source>
            <translation>Lieux et acteurs nommés</translation>
        </message>
        <message>
            <location filename="../plugin/processing/extract_statements.py" line="60" />
            <source>Borders named</source>
            <translation>Frontières nommées</translation>
        </message>
        <message>
            <location filename="../plugin/processing/extract_statements.py" line="90" />
            <source>Cannot write a proposed statement</source>
            <translation>Impossible d'écrire une déclaration proposée</translation>
        </message>
        <message>
            <location filename="../plugin/processing/extract_statements.py" line="105" />
            <source>Cannot write the shape of {}</source>
            <translation>Impossible d'écrire la forme de {}</translation>
        </message>
        <message>
            <location filename="../plugin/processing/extract_statements.py" line="111" />
            <source>Cannot write a place mention</source>
            <translation>Impossible d'écrire une mention de lieu</translation>
        </message>
        <message>
            <location filename="../plugin/processing/extract_statements.py" line="112" />
            <source>{} statements proposed, {} place and actor mentions</source>
            <translation>{} déclarations proposées, {} mentions de lieux et d'acteurs</translation>
        </message>
    </context>
    <context>
        <name>ImportBundle</name>
        <message>
            <location filename="../plugin/processing/exports.py" line="82" />
            <source>Import a Shapefile bundle or exported GeoPackage</source>
            <translation>Importer un lot de Shapefiles ou un GeoPackage exporté</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="85" />
            <source>Reads a Shapefile bundle (a .zip, or a folder) or an exported GeoPackage, checks every file and record, and writes it into a new evidence store. Nothing is written if anything is wrong; the error names the file and the record.</source>
            <translation>Lit un lot de Shapefiles (un .zip ou un dossier) ou un GeoPackage exporté, vérifie chaque fichier et chaque enregistrement, et l'écrit dans un nouveau dépôt de preuves. Rien n'est écrit si quoi que ce soit est incorrect ; l'erreur nomme le fichier et l'enregistrement.</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="90" />
            <source>Bundle .zip or GeoPackage</source>
            <translation>Lot .zip ou GeoPackage</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="90" />
            <source>Bundle or GeoPackage (*.zip *.gpkg)</source>
            <translation>Lot ou GeoPackage (*.zip *.gpkg)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="90" />
            <source>…or a bundle folder</source>
            <translation>…ou un dossier de lot</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="90" />
            <source>New evidence store</source>
            <translation>Nouveau dépôt de preuves</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="90" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="90" />
            <source>What was imported</source>
            <translation>Ce qui a été importé</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="102" />
            <source>Choose a bundle (.zip or folder) or a GeoPackage to import</source>
            <translation>Choisissez un lot (.zip ou dossier) ou un GeoPackage à importer</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="105" />
            <source>{} documents, {} statements, {} features, {} links</source>
            <translation>{} documents, {} déclarations, {} entités, {} liens</translation>
        </message>
        <message>
            <location filename="../plugin/processing/exports.py" line="107" />
            <source>Imported {} into {}: {}</source>
            <translation>{} importé dans {} : {}</translation>
        </message>
    </context>
    <context>
        <name>CopyStore</name>
        <message>
            <source>Copies a whole case, with its audit log, from one evidence store to another: from a GeoPackage to a team store on PostgreSQL/PostGIS, back, or between two of a kind. A store is {}. The copy is all or nothing: a failure or a cancel leaves the target as it was. A target that exists is replaced only when Replace is ticked, and a PostgreSQL schema that is not an evidence store never is. Passwords come from ~/.pgpass, PGPASSWORD or a PostgreSQL service file, never from the URI.</source>
            <translation>Copie un cas entier, avec son journal d'audit, d'un dépôt de preuves à un autre : d'un GeoPackage vers un dépôt d'équipe sur PostgreSQL/PostGIS, en retour, ou entre deux du même type. Un dépôt est {}. La copie est tout ou rien : un échec ou une annulation laisse la cible telle qu'elle était. Une cible existante n'est remplacée que si Remplacer est coché, et un schéma PostgreSQL qui n'est pas un dépôt de preuves ne l'est jamais. Les mots de passe viennent de ~/.pgpass, de PGPASSWORD ou d'un fichier de service PostgreSQL, jamais de l'URI.</translation>
        </message>
        <message>
            <source>Copy store (GeoPackage ↔ PostGIS)</source>
            <translation>Copier le dépôt (GeoPackage ↔ PostGIS)</translation>
        </message>
        <message>
            <source>Copy to ({})</source>
            <translation>Copier vers ({})</translation>
        </message>
        <message>
            <source>Features</source>
            <translation>Entités</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Liens</translation>
        </message>
        <message>
            <source>Replace the target if it holds a case</source>
            <translation>Remplacer la cible si elle contient un cas</translation>
        </message>
        <message>
            <source>Statements</source>
            <translation>Déclarations</translation>
        </message>
        <message>
            <source>Store to copy ({})</source>
            <translation>Dépôt à copier ({})</translation>
        </message>
        <message>
            <source>{} features, {} statements, {} links copied to {}</source>
            <translation>{} entités, {} déclarations, {} liens copiés vers {}</translation>
        </message>
    </context>
    <context>
        <name>ImportEvents</name>
        <message>
            <source>ACLED export or UCDP GED release (CSV)</source>
            <translation>Export ACLED ou version de UCDP GED (CSV)</translation>
        </message>
        <message>
            <source>Append to the existing store</source>
            <translation>Ajouter au dépôt existant</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Evidence store ({})</source>
            <translation>Dépôt de preuves ({})</translation>
        </message>
        <message>
            <source>Import events (ACLED, UCDP GED)</source>
            <translation>Importer des événements (ACLED, UCDP GED)</translation>
        </message>
        <message>
            <source>Imports an ACLED export or a UCDP GED release (CSV, as they distribute it) into an evidence store. Each row becomes a feature (a strike site for ACLED's air/drone strikes and shelling, a conflict event otherwise), a document holding the record's own text verbatim, and a statement by the dataset asserting the event, so that news statements can assert or dispute the same feature. The dataset's id, type and precision codes are kept in the src_ fields; its precision codes are mapped onto loc_precision, uncertainty_m (a province's or country's size from QGIS's Natural Earth data) and the time interval, as the README's crosswalk table says. Rows already in the store are left out, so importing a file twice adds nothing. Rows that cannot be taken are listed in the report, one by one, and the rest imports. Events of the other dataset (ACLED against GED) that may be the same event are listed for review, never merged. The store is {}; a new one is made as a GeoPackage. All or nothing: a failure or a cancel leaves the store as it was.</source>
            <translation>Importe un export ACLED ou une version de UCDP GED (CSV, tels qu'ils les distribuent) dans un dépôt de preuves. Chaque ligne devient une entité (un site de frappe pour les frappes aériennes/de drones et les bombardements d'ACLED, un événement de conflit sinon), un document contenant le texte propre de l'enregistrement mot pour mot, et une déclaration du jeu de données affirmant l'événement, afin que des déclarations de presse puissent affirmer ou contester la même entité. L'identifiant, le type et les codes de précision du jeu de données sont conservés dans les champs src_ ; ses codes de précision sont reportés sur loc_precision, uncertainty_m (la taille d'une province ou d'un pays d'après les données Natural Earth de QGIS) et l'intervalle de temps, comme le dit le tableau de correspondance du README. Les lignes déjà présentes dans le dépôt sont écartées : importer deux fois un fichier n'ajoute rien. Les lignes qui ne peuvent pas être prises sont listées dans le rapport, une par une, et le reste est importé. Les événements de l'autre jeu de données (ACLED face à GED) qui pourraient être le même événement sont listés pour examen, jamais fusionnés. Le dépôt est {} ; un nouveau est créé en GeoPackage. Tout ou rien : un échec ou une annulation laisse le dépôt tel qu'il était.</translation>
        </message>
        <message>
            <source>Possible duplicates</source>
            <translation>Doublons possibles</translation>
        </message>
        <message>
            <source>Possible duplicates (ACLED and GED)</source>
            <translation>Doublons possibles (ACLED et GED)</translation>
        </message>
        <message>
            <source>Rows already in the store</source>
            <translation>Lignes déjà dans le dépôt</translation>
        </message>
        <message>
            <source>Rows imported</source>
            <translation>Lignes importées</translation>
        </message>
        <message>
            <source>Rows left out</source>
            <translation>Lignes écartées</translation>
        </message>
        <message>
            <source>Rows left out (report)</source>
            <translation>Lignes écartées (rapport)</translation>
        </message>
        <message>
            <source>cannot write the possible duplicates ({})</source>
            <translation>impossible d'écrire les doublons possibles ({})</translation>
        </message>
        <message>
            <source>{} rows of {} {} imported into {} ({}); {} already there, {} left out, {} possible duplicates to review</source>
            <translation>{} lignes de {} {} importées dans {} ({}) ; {} déjà présentes, {} écartées, {} doublons possibles à examiner</translation>
        </message>
        <message>
            <source>{}, line {} ({}): {}; left out</source>
            <translation>{}, ligne {} ({}) : {} ; écartée</translation>
        </message>
        <message>
            <source>{}: {}</source>
            <translation>{} : {}</translation>
        </message>
        <message>
            <source>… and {} more rows left out: see the report</source>
            <translation>… et {} autres lignes écartées : voir le rapport</translation>
        </message>
    </context>
    <context>
        <name>EvidenceReport</name>
        <message>
        <source>Evidence report (PDF)</source>
        <translation>Rapport de preuves (PDF)</translation>
    </message>
        <message>
        <source>Writes a PDF a reader without QGIS can follow: a cover (the case, the date, the store's counts, a map of every feature in the report with a legend), one page or more per feature (its map framed on the area its uncertainty allows; its type, actor, time and location with their precision; the CONTESTED flag and the counts by stance; every linked statement grouped by stance, with speaker, role, affiliation, relay chain, date, the verbatim quote, the claim and the grading; the claim checks that apply), and an annex of every document those statements come from, with its SHA-256. Features: all, those selected on the map (the store must be open in this project), or those an expression matches in any feature layer. The layout comes from a template (QGIS print layout, .qpt) that can be changed in the layout designer; the plugin's own is used unless another is given. Text stays text, so quotes can be searched and copied. The store is {}. A cancel leaves no PDF.</source>
        <translation>Écrit un PDF qu’un lecteur sans QGIS peut suivre : une couverture (le dossier, la date, les effectifs du dépôt, une carte de toutes les entités du rapport avec une légende), une page ou plus par entité (sa carte cadrée sur la zone que permet son incertitude ; son type, son acteur, son temps et son lieu avec leur précision ; la mention CONTESTÉ et les effectifs par position ; chaque déclaration liée, regroupée par position, avec locuteur, fonction, affiliation, chaîne de relais, date, citation verbatim, affirmation et évaluation ; les vérifications d’affirmations qui s’appliquent), et une annexe de tous les documents dont proviennent ces déclarations, avec leur SHA-256. Entités : toutes, celles sélectionnées sur la carte (le dépôt doit être ouvert dans ce projet), ou celles qu’une expression retient dans une couche d’entités. La mise en page vient d’un modèle (mise en page QGIS, .qpt) modifiable dans le concepteur de mise en page ; celui de l’extension est utilisé si aucun autre n’est donné. Le texte reste du texte : les citations peuvent être recherchées et copiées. Le dépôt est {}. Une annulation ne laisse aucun PDF.</translation>
    </message>
        <message>
        <source>Evidence store ({})</source>
        <translation>Dépôt de preuves ({})</translation>
    </message>
        <message>
        <source>Features in the report</source>
        <translation>Entités du rapport</translation>
    </message>
        <message>
        <source>Layout template (.qpt; the plugin's own if empty)</source>
        <translation>Modèle de mise en page (.qpt ; celui de l’extension si vide)</translation>
    </message>
        <message>
        <source>Evidence report</source>
        <translation>Rapport de preuves</translation>
    </message>
        <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
        <message>
        <source>Statements in the report</source>
        <translation>Déclarations du rapport</translation>
    </message>
        <message>
        <source>Documents in the annex</source>
        <translation>Documents de l’annexe</translation>
    </message>
        <message>
        <source>{features} features, {statements} statements, {sources} documents: {path}</source>
        <translation>{features} entités, {statements} déclarations, {sources} documents : {path}</translation>
    </message>
    </context>
    <context>
        <name>PublishWeb</name>
        <message>
            <source>Publish evidence map (web)</source>
            <translation>Publier la carte des preuves (web)</translation>
        </message>
        <message>
            <source>Features to publish</source>
            <translation>Entités à publier</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Only the quoted passages</source>
            <translation>Seulement les passages cités</translation>
        </message>
        <message>
            <source>Whole documents</source>
            <translation>Documents entiers</translation>
        </message>
        <message>
            <source>Evidence map folder</source>
            <translation>Dossier de la carte des preuves</translation>
        </message>
        <message>
            <source>Features published</source>
            <translation>Entités publiées</translation>
        </message>
        <message>
            <source>Statements published</source>
            <translation>Déclarations publiées</translation>
        </message>
        <message>
            <source>Documents published</source>
            <translation>Documents publiés</translation>
        </message>
        <message>
            <source>Evidence store ({})</source>
            <translation>Dépôt de preuves ({})</translation>
        </message>
        <message>
            <source>{features} features, {statements} statements, {documents} documents: {path}</source>
            <translation>{features} entités, {statements} déclarations, {documents} documents : {path}</translation>
        </message>
        <message>
            <source>Writes a folder that any web browser opens from disk or from a static web server, with no network and no server: a map of the chosen features styled as in QGIS (the contested ring, uncertainty drawn on the ground) over Natural Earth's country outlines, a timeline that filters the map, filters by affiliation and stance, and for each feature its statements grouped by stance, each with speaker, role, affiliation, relay chain, date, the verbatim quote, the claim, the grading and its document with the quote highlighted and the document's SHA-256. Each feature has its own link (#uid). Only the chosen features, their statements and their documents are written; documents whole, or only the passages quoted (some sources cannot be republished whole). The folder is checked against the store before it takes the place of the folder given, which must be empty, new or an evidence map published before. The store is {}.</source>
            <translation>Écrit un dossier que tout navigateur web ouvre depuis le disque ou depuis un serveur web statique, sans réseau ni serveur : une carte des entités choisies, stylée comme dans QGIS (l'anneau des entités contestées, l'incertitude dessinée au sol), sur les contours des pays de Natural Earth, une chronologie qui filtre la carte, des filtres par affiliation et par position, et pour chaque entité ses déclarations groupées par position, chacune avec le locuteur, son rôle, son affiliation, la chaîne de relais, la date, la citation mot pour mot, l'affirmation, la cotation et son document, la citation surlignée, avec le SHA-256 du document. Chaque entité a son propre lien (#uid). Seuls les entités choisies, leurs déclarations et leurs documents sont écrits ; les documents entiers, ou seulement les passages cités (certaines sources ne peuvent pas être republiées en entier). Le dossier est vérifié par rapport au dépôt avant de prendre la place du dossier donné, qui doit être vide, nouveau ou une carte des preuves publiée auparavant. Le dépôt est {}.</translation>
        </message>
    </context>
    <context>
        <name>EvidenceFileExport</name>
        <message>
            <source>Evidence store ({})</source>
            <translation>Dépôt de preuves ({})</translation>
        </message>
        <message>
            <source>Features in the file</source>
            <translation>Entités du fichier</translation>
        </message>
        <message>
            <source>Statements in the file</source>
            <translation>Déclarations du fichier</translation>
        </message>
        <message>
            <source>{features} features, {statements} statements: {path}</source>
            <translation>{features} entités, {statements} déclarations : {path}</translation>
        </message>
    </context>
    <context>
        <name>ExportGeoJson</name>
        <message>
            <source>Export GeoJSON (RFC 7946), with the statements</source>
            <translation>Exporter en GeoJSON (RFC 7946), avec les déclarations</translation>
        </message>
        <message>
            <source>GeoJSON file</source>
            <translation>Fichier GeoJSON</translation>
        </message>
        <message>
            <source>GeoJSON files (*.geojson)</source>
            <translation>Fichiers GeoJSON (*.geojson)</translation>
        </message>
        <message>
            <source>Writes one RFC 7946 GeoJSON FeatureCollection (GDAL's GeoJSON driver): longitude and latitude on WGS 84, polygons wound right-handed, no crs member, coordinates to 7 decimals (about 1 cm). Each feature carries its fields, its layer among them, and `statements`: the list of its statements in stance order (asserts, qualifies, context, disputes, denies), each with its stance, claim, speaker, role, affiliation, relay chain, date, verbatim quote, grading and the document it was reported in. The file carries the quoted passages only, never a document's whole text. Features: all, those selected on the map (the store must be open in this project), or those an expression matches in any feature layer. The file is checked against RFC 7946, read back by GDAL and compared with the store before it is moved into place; if anything is missing, no file is written. The store is {}.</source>
            <translation>Écrit une FeatureCollection GeoJSON conforme à la RFC 7946 (pilote GeoJSON de GDAL) : longitude et latitude en WGS 84, polygones orientés selon la règle de la main droite, sans membre crs, coordonnées à 7 décimales (environ 1 cm). Chaque entité porte ses champs, dont sa couche, et `statements` : la liste de ses déclarations dans l’ordre des positions (affirme, nuance, contexte, conteste, dément), chacune avec sa position, l’affirmation visée, l’orateur, son rôle, son affiliation, la chaîne de relais, la date, la citation mot pour mot, la cotation et le document où elle a été rapportée. Le fichier ne porte que les passages cités, jamais le texte entier d’un document. Entités : toutes, celles sélectionnées sur la carte (le dépôt doit être ouvert dans ce projet) ou celles qu’une expression retient dans une couche d’entités. Le fichier est vérifié au regard de la RFC 7946, relu par GDAL et comparé au dépôt avant d’être mis en place ; s’il y manque quoi que ce soit, aucun fichier n’est écrit. Le dépôt est {}.</translation>
        </message>
    </context>
    <context>
        <name>ExportKml</name>
        <message>
            <source>Export KML for Google Earth, with the statements</source>
            <translation>Exporter en KML pour Google Earth, avec les déclarations</translation>
        </message>
        <message>
            <source>KML file</source>
            <translation>Fichier KML</translation>
        </message>
        <message>
            <source>KML files (*.kml)</source>
            <translation>Fichiers KML (*.kml)</translation>
        </message>
        <message>
            <source>Writes a KML file (GDAL's LIBKML driver) for Google Earth: a folder per feature layer, placemarks in the layers' colours (amber and larger where contested), a folder that draws each feature's location uncertainty on the ground, a time span per feature from its interval, and a balloon per feature with its title, type, actor, time and location with their precision, the CONTESTED flag, and its statements grouped by stance (speaker, role, affiliation, relay chain, date, the verbatim quote, the claim, the grading and the document it was reported in). The file carries the quoted passages only, never a document's whole text. Every text is written as text: markup in a quote shows as its characters. Features: all, those selected on the map (the store must be open in this project), or those an expression matches in any feature layer. The file is read back by GDAL and compared with the store before it is moved into place; if anything is missing, no file is written. The store is {}.</source>
            <translation>Écrit un fichier KML (pilote LIBKML de GDAL) pour Google Earth : un dossier par couche d’entités, des repères aux couleurs des couches (ambre et plus grands quand ils sont contestés), un dossier qui dessine au sol l’incertitude de localisation de chaque entité, une période par entité tirée de son intervalle, et une bulle par entité avec son titre, son type, son acteur, son temps et son lieu avec leur précision, la mention CONTESTÉE, et ses déclarations groupées par position (orateur, rôle, affiliation, chaîne de relais, date, citation mot pour mot, affirmation visée, cotation et document où elle a été rapportée). Le fichier ne porte que les passages cités, jamais le texte entier d’un document. Tout texte est écrit comme du texte : un balisage dans une citation s’affiche tel quel. Entités : toutes, celles sélectionnées sur la carte (le dépôt doit être ouvert dans ce projet) ou celles qu’une expression retient dans une couche d’entités. Le fichier est relu par GDAL et comparé au dépôt avant d’être mis en place ; s’il y manque quoi que ce soit, aucun fichier n’est écrit. Le dépôt est {}.</translation>
        </message>
    </context>
    <context>
        <name>AddSources</name>
        <message>
        <source>Add source files</source>
        <translation>Ajouter des fichiers sources</translation>
    </message>
        <message>
        <source>Adds a file, or every file of a folder (not its subfolders), to an evidence store ({}) as documents ready for extraction and review. Each file&apos;s bytes are kept untouched in the store as the document&apos;s original, with their SHA-256, media type, file name and size, and with where they came from: the source URL, when they were captured (ISO 8601, e.g. 2026-12-07T14:30:00Z) and an archived copy&apos;s URL (e.g. a Wayback Machine link). The same file added again is recognised by its SHA-256 and not kept twice. Symbolic links, devices and pipes are refused. All or nothing: a file that cannot be read leaves the store as it was.</source>
        <translation>Ajoute un fichier, ou chaque fichier d’un dossier (sans ses sous-dossiers), à un dépôt de preuves ({}) comme documents prêts pour l’extraction et la revue. Les octets de chaque fichier sont conservés intacts dans le dépôt comme original du document, avec leur SHA-256, leur type de média, le nom et la taille du fichier, et leur provenance : l’URL de la source, le moment de leur capture (ISO 8601, p. ex. 2026-12-07T14:30:00Z) et l’URL d’une copie archivée (p. ex. un lien Wayback Machine). Le même fichier ajouté à nouveau est reconnu par son SHA-256 et n’est pas conservé deux fois. Les liens symboliques, les périphériques et les tubes sont refusés. Tout ou rien : un fichier illisible laisse le dépôt tel qu’il était.</translation>
    </message>
        <message>
        <source>Source URL</source>
        <translation>URL de la source</translation>
    </message>
        <message>
        <source>Captured at (ISO 8601, UTC if no zone)</source>
        <translation>Capturé le (ISO 8601, UTC sans fuseau)</translation>
    </message>
        <message>
        <source>Archived copy URL (e.g. Wayback Machine)</source>
        <translation>URL d’une copie archivée (p. ex. Wayback Machine)</translation>
    </message>
        <message>
        <source>Documents added</source>
        <translation>Documents ajoutés</translation>
    </message>
        <message>
        <source>Originals kept</source>
        <translation>Originaux conservés</translation>
    </message>
        <message>
        <source>Files already in the store</source>
        <translation>Fichiers déjà dans le dépôt</translation>
    </message>
        <message>
        <source>{} documents added to {} from {} files; {} files were already there</source>
        <translation>{} documents ajoutés à {} depuis {} fichiers ; {} fichiers y étaient déjà</translation>
    </message>
        <message>
        <source>Evidence store ({})</source>
        <translation>Dépôt de preuves ({})</translation>
    </message>
        <message>
        <source>{}: already in the store (SHA-256 {}), as {}; not added again</source>
        <translation>{} : déjà dans le dépôt (SHA-256 {}), comme {} ; pas ajouté une seconde fois</translation>
    </message>
        <message>
        <source>an original no document uses</source>
        <translation>un original qu’aucun document n’utilise</translation>
    </message>
        <message>
        <source>{}: kept as original {}; documents {}</source>
        <translation>{} : conservé comme original {} ; documents {}</translation>
    </message>
        <message>
        <source>Folder of source files, or one file&apos;s path</source>
        <translation>Dossier de fichiers sources, ou le chemin d’un fichier</translation>
    </message>
    </context>
    <context>
        <name>VerifyStore</name>
        <message>
        <source>Verify store (hash originals and texts again)</source>
        <translation>Vérifier le dépôt (hacher à nouveau originaux et textes)</translation>
    </message>
        <message>
        <source>{}: {} mismatches among {} document texts and {} originals: each is named in the log</source>
        <translation>{} : {} discordances parmi {} textes de documents et {} originaux : chacune est nommée dans le journal</translation>
    </message>
        <message>
        <source>Hashes every original file and every document&apos;s text of an evidence store ({}) again and compares each with the SHA-256 the store keeps. Every mismatch is listed, naming the document; the algorithm fails when anything does not match. The store is only read.</source>
        <translation>Hache à nouveau chaque fichier original et le texte de chaque document d’un dépôt de preuves ({}) et compare chacun au SHA-256 que le dépôt conserve. Chaque discordance est listée, en nommant le document ; l’algorithme échoue dès que quelque chose ne concorde pas. Le dépôt est seulement lu.</translation>
    </message>
        <message>
        <source>Document texts hashed</source>
        <translation>Textes de documents hachés</translation>
    </message>
        <message>
        <source>Originals hashed</source>
        <translation>Originaux hachés</translation>
    </message>
        <message>
        <source>Mismatches</source>
        <translation>Discordances</translation>
    </message>
        <message>
        <source>{}: {} document texts and {} originals hashed again; all match</source>
        <translation>{} : {} textes de documents et {} originaux hachés à nouveau ; tous concordent</translation>
    </message>
        <message>
        <source>Evidence store ({})</source>
        <translation>Dépôt de preuves ({})</translation>
    </message>
        <message>
        <source>{}: {}</source>
        <translation>{} : {}</translation>
    </message>
    </context>
    <context>
        <name>FeatureChoice</name>
        <message>
            <source>{store}: {layers} have edits not saved yet, and this output is made from the store as saved: save or roll back the edits first</source>
            <translation>{store} : {layers} ont des modifications non enregistrées, et cette sortie est faite à partir du dépôt tel qu'il est enregistré : enregistrez ou annulez d'abord les modifications</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Toutes</translation>
        </message>
        <message>
            <source>Selected on the map</source>
            <translation>Sélectionnées sur la carte</translation>
        </message>
        <message>
            <source>Matching the expression</source>
            <translation>Retenues par l’expression</translation>
        </message>
        <message>
            <source>Expression (for “Matching the expression”)</source>
            <translation>Expression (pour « Retenues par l’expression »)</translation>
        </message>
        <message>
            <source>{}: this store is not open in the project, so nothing is selected in it; open it, select features, or choose All or an expression</source>
            <translation>{} : ce dépôt n’est pas ouvert dans le projet, donc rien n’y est sélectionné ; ouvrez-le et sélectionnez des entités, ou choisissez Toutes ou une expression</translation>
        </message>
        <message>
            <source>{}: no feature of this store is selected on the map</source>
            <translation>{} : aucune entité de ce dépôt n’est sélectionnée sur la carte</translation>
        </message>
        <message>
            <source>Give the expression that chooses the features</source>
            <translation>Donnez l’expression qui choisit les entités</translation>
        </message>
    </context>
</TS>
