# SPDX-License-Identifier: GPL-2.0-or-later
"""The one place that knows where the plugin's shipped files are."""
import os

PLUGIN_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def resource_path(*parts):
    return os.path.join(PLUGIN_ROOT, "resources", *parts)


def icon_path(name):
    return resource_path("icons", name)


def style_path(layer_name):
    return resource_path("styles", f"{layer_name}.qml")
