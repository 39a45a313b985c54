# SPDX-License-Identifier: GPL-2.0-or-later
"""The plugin's default styles of the store's layers and tables (QML), which every backend offers."""
import os

from ..evidence.schema import LAYER_NAMES, TABLES
from ..paths import style_path


def default_styles():
    styles = {}
    for layer in (*LAYER_NAMES, *TABLES):
        path = style_path(layer)
        if os.path.exists(path):
            with open(path, encoding="utf-8") as qml:
                styles[layer] = qml.read()
    return styles
