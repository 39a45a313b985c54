<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin/gui/evidence_dock.py" line="13" />
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location filename="../plugin/gui/evidence_dock.py" line="17" />
        <source>Open an evidence store, then select a feature on the map to see who says so, where it was reported and who disputes it.</source>
        <translation>Ouvrez un dépôt de preuves, puis sélectionnez une entité sur la carte pour voir qui l'affirme, où cela a été rapporté et qui le conteste.</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="40" />
        <source>Evidence dock</source>
        <translation>Panneau des preuves</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="42" />
        <source>Build the seed case…</source>
        <translation>Construire le cas de démonstration…</translation>
    </message>
</context>
<context>
    <name>BuildSeedStore</name>
    <message>
        <location filename="../plugin/processing/build_seed_store.py" line="29" />
        <source>Build the seed case (7 October 2015)</source>
        <translation>Construire le cas de démonstration (7 octobre 2015)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/build_seed_store.py" line="32" />
        <source>Builds the case of the news report of 7 October 2015 (Russian cruise missiles from the Caspian Sea, strikes in Hama and Idlib, incursions into Turkish airspace) into a new evidence store. Every quote is located verbatim in the report; places come from QGIS's Natural Earth data.</source>
        <translation>Construit, dans un nouveau dépôt de preuves, le cas de l'article du 7 octobre 2015 (missiles de croisière russes tirés depuis la mer Caspienne, frappes à Hama et Idlib, incursions dans l'espace aérien turc). Chaque citation est retrouvée mot pour mot dans l'article ; les lieux proviennent des données Natural Earth de QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/build_seed_store.py" line="38" />
        <source>Evidence store</source>
        <translation>Dépôt de preuves</translation>
    </message>
    <message>
        <location filename="../plugin/processing/build_seed_store.py" line="38" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/build_seed_store.py" line="40" />
        <source>Statements</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <location filename="../plugin/processing/build_seed_store.py" line="41" />
        <source>Features</source>
        <translation>Entités</translation>
    </message>
    <message>
        <location filename="../plugin/processing/build_seed_store.py" line="42" />
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location filename="../plugin/processing/build_seed_store.py" line="47" />
        <source>{}: an evidence store must be a .gpkg file</source>
        <translation>{} : un dépôt de preuves doit être un fichier .gpkg</translation>
    </message>
    <message>
        <location filename="../plugin/processing/build_seed_store.py" line="53" />
        <source>Missile track geodesic length {:.0f} km; claimed {:.0f} km ({:+.0f}%).</source>
        <translation>Longueur géodésique de la trajectoire : {:.0f} km ; annoncée : {:.0f} km ({:+.0f} %).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/build_seed_store.py" line="59" />
        <source>{} statements, {} features, {} links written to {}</source>
        <translation>{} déclarations, {} entités, {} liens écrits dans {}</translation>
    </message>
</context>
</TS>