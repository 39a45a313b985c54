# SPDX-License-Identifier: GPL-2.0-or-later
"""A worker process of a long report (parts.Worker starts it as `python -m <this module> JOB`): QGIS started
without a window, the same translation and locale as the QGIS that started it, then chunks of the report
claimed and rendered until none is left (layout.render_chunks_of)."""
import json
import os
import sys

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from ..evidence.errors import EvidenceError
from ..store import open_store
from ..translation import translation_candidates
from .layout import render_chunks_of


def _work(job):
    QLocale.setDefault(QLocale(job["locale"]))
    translator = QTranslator()
    for path in translation_candidates(job["language"]):
        if os.path.exists(path) and translator.load(path):
            QCoreApplication.installTranslator(translator)
            break
    render_chunks_of(open_store(job["store"]), job["data"], job["template"], job["processes"], job["folder"])


def main(argument):
    job = json.loads(argument)
    QgsApplication.setPrefixPath(job["prefix"], True)
    application = QgsApplication([], False)
    application.initQgis()
    try:
        _work(job)
    except EvidenceError as error:
        print(error, file=sys.stderr)
        return 1
    finally:
        application.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
