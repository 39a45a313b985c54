"""make run without a display: the seed case built by qgis_process, then loaded into a QGIS
project, rendered to PNG and written beside it. Usage: headless_run.py OUTPUT_FOLDER"""
import os
import subprocess
import sys

QGIS_PROCESS = "/usr/bin/qgis_process.bin"  # /usr/bin/qgis_process is broken on Debian 12


def qgis_process(*args, tolerate=None):
    result = subprocess.run([QGIS_PROCESS, *args], capture_output=True, text=True, check=False)
    if result.returncode != 0 and not (tolerate and tolerate in result.stdout + result.stderr):
        sys.exit(f"qgis_process {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def main(out):
    os.makedirs(out, exist_ok=True)
    store = os.path.join(out, "seed_case.gpkg")
    qgis_process("plugins", "enable", "conflict_evidence", tolerate="already enabled")
    report = qgis_process("run", "conflict_evidence:build_seed_store", "--", f"OUTPUT={store}")
    print("\n".join(line for line in report.splitlines() if "km" in line or "written" in line))
    handed_on = os.path.join(out, "seed_case_export.gpkg")
    bundle = os.path.join(out, "seed_case_shapefiles.zip")
    claims = os.path.join(out, "seed_case_claims.csv")
    qgis_process("run", "conflict_evidence:export_geopackage", "--", f"INPUT={store}", f"OUTPUT={handed_on}")
    qgis_process("run", "conflict_evidence:export_shapefiles", "--", f"INPUT={store}", f"OUTPUT={bundle}")
    report = qgis_process("run", "conflict_evidence:check_claims", "--", f"INPUT={store}", f"OUTPUT={claims}")
    checked = {line.split(": ", 1)[1] for line in report.splitlines() if line.startswith(("mt-", "bi-"))}
    print("\n".join(sorted(checked)))

    sys.path.insert(0, os.environ["QGIS_PLUGINPATH"])
    from qgis.core import (
        QgsApplication,
        QgsCoordinateReferenceSystem,
        QgsMapRendererSequentialJob,
        QgsMapSettings,
        QgsProject,
        QgsRectangle,
        QgsReferencedRectangle,
    )
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    app = QgsApplication([], False)
    app.initQgis()
    from conflict_evidence.plugin.layers.map_view import add_basemap, set_full_extent
    from conflict_evidence.plugin.layers.store_layers import load_store, store_layers

    project = QgsProject.instance()
    group = load_store(store, project)
    countries = add_basemap(project)  # as the plugin's Open evidence store adds them: under the evidence
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    set_full_extent(project)  # Zoom Full: every feature with its uncertainty circle
    view = QgsRectangle(33.0, 31.0, 56.0, 48.0)  # Syria to the Caspian
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(view, project.crs()))
    project_path = os.path.join(out, "seed_case.qgz")
    if not project.write(project_path):
        sys.exit(f"{project_path}: cannot write the project ({project.error()})")

    layers = [layer for layer in store_layers(group) if layer.isSpatial()]
    settings = QgsMapSettings()
    settings.setLayers(layers + [countries])
    settings.setDestinationCrs(layers[0].crs())
    settings.setBackgroundColor(QColor("#cfe3f0"))
    settings.setOutputSize(QSize(1600, 1000))
    settings.setExtent(view)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    png = os.path.join(out, "seed_case_map.png")
    if not job.renderedImage().save(png, "PNG"):
        sys.exit(f"{png}: cannot write the map image")
    app.exitQgis()
    print(f"Seed store:        {store}\nProject:           {project_path}\nMap image:         {png}\n"
          f"GeoPackage export: {handed_on} (embedded project: open it in QGIS, no plugin needed)\n"
          f"Shapefile bundle:  {bundle}\nClaims checked:    {claims}")


if __name__ == "__main__":
    main(sys.argv[1])
