# SPDX-License-Identifier: GPL-2.0-or-later
"""The analyst's own sources: files (saved web pages, PDFs, Telegram channel exports, plain text) read
into documents, with the bytes they came from kept as the original. Pure Python, no QGIS: each format has a
reader module whose `read(path)` gives a `SourceFile` (model.py), or raises EvidenceError naming the file,
the record and the problem."""
