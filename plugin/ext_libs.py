# SPDX-License-Identifier: GPL-2.0-or-later
"""The pure-Python libraries the plugin ships inside its zip, under ext_libs/ (requirements-ext-libs.txt pins
them; docs/sources.md says what each buys).

They are imported from that folder without adding it to sys.path: a folder on sys.path would also hand every other
plugin our copies of whatever it holds. Each library is loaded by file location under its own top-level name (its
own code imports itself by that name), on first use, not at start-up. If QGIS's Python or another plugin has already
imported a copy of its own, that copy is used when it is recent enough, since a second copy under the same name
cannot be loaded beside it."""
import importlib
import importlib.util
import sys
from pathlib import Path

from .evidence.errors import EvidenceError

FOLDER = Path(__file__).resolve().parent.parent / "ext_libs"
# The oldest release of each library whose API the plugin uses (pypdf.apply_configuration came in 6.x).
OLDEST = {"pypdf": (6, 21)}


def _version(module):
    parts = []
    for part in str(getattr(module, "__version__", "0")).split(".")[:2]:
        digits = "".join(c for c in part if c.isdigit())
        parts.append(int(digits or 0))
    return tuple(parts)


def _load(name):
    """NAME (a package folder or a single module) from ext_libs/, registered in sys.modules as NAME."""
    package = FOLDER / name / "__init__.py"
    if package.is_file():
        spec = importlib.util.spec_from_file_location(name, package, submodule_search_locations=[str(package.parent)])
    elif (FOLDER / f"{name}.py").is_file():
        spec = importlib.util.spec_from_file_location(name, FOLDER / f"{name}.py")
    else:
        raise EvidenceError(f"{FOLDER}: the plugin's copy of {name} is missing (the plugin zip ships it; in a source "
                            f"checkout run make ext-libs)")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        for loaded in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
            del sys.modules[loaded]
        raise
    return module


def pypdf():
    """The pypdf module: the plugin's own copy unless one is already imported."""
    if "pypdf" in sys.modules:
        module = sys.modules["pypdf"]
        if _version(module) < OLDEST["pypdf"]:
            raise EvidenceError(f"reading PDFs needs pypdf {'.'.join(map(str, OLDEST['pypdf']))} or newer, but "
                                f"this QGIS has already loaded pypdf {getattr(module, '__version__', '?')} from "
                                f"{getattr(module, '__file__', '?')} (another plugin?); restart QGIS without it")
        return module
    if sys.version_info < (3, 11) and importlib.util.find_spec("typing_extensions") is None:
        _load("typing_extensions")
    return _load("pypdf")
