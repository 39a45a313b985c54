"""Marks a plugin as enabled in a QGIS profile's settings, as the Plugin Manager would."""
import sys

from qgis.PyQt.QtCore import QSettings

profile, plugin = sys.argv[1], sys.argv[2]
settings = QSettings(f"{profile}/QGIS/QGIS3.ini", QSettings.Format.IniFormat)
settings.setValue(f"PythonPlugins/{plugin}", True)
settings.sync()
if settings.status() != QSettings.Status.NoError:
    sys.exit(f"{profile}/QGIS/QGIS3.ini: cannot write the plugin setting")
