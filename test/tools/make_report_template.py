# SPDX-License-Identifier: GPL-2.0-or-later
"""Writes resources/report/evidence_report.qpt, the evidence report's layout template, from the code that
describes it (test/tools/report_template_layout.py, build_template_layout). Run again after changing that code:
    QT_QPA_PLATFORM=offscreen .venv/bin/python test/tools/make_report_template.py
Analysts change their own copy in QGIS's layout designer and give it to the algorithm as TEMPLATE."""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "build", "importroot"))


def main():
    from qgis.core import QgsApplication, QgsProject, QgsReadWriteContext

    app = QgsApplication([], False)
    app.initQgis()
    from report_template_layout import build_template_layout

    from conflict_evidence.plugin.report.layout import TEMPLATE

    project = QgsProject()
    layout = build_template_layout(project)
    if not layout.saveAsTemplate(TEMPLATE, QgsReadWriteContext()):
        raise SystemExit(f"{TEMPLATE}: QGIS could not write the template")
    print(TEMPLATE)
    app.exitQgis()


if __name__ == "__main__":
    main()
