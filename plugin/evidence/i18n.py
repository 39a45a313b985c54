# SPDX-License-Identifier: GPL-2.0-or-later
"""Marks label texts for translation without importing Qt, so the domain stays free of it.

pylupdate5 extracts QT_TRANSLATE_NOOP("@default", "...") calls by their name; the QGIS side
translates a marked text when it shows it (plugin/translation.py, tr), and a test checks that
tr() is only ever given a literal or a text from a table marked this way."""


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 - the name pylupdate5 looks for
    return text
