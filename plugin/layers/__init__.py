# SPDX-License-Identifier: GPL-2.0-or-later
# The store opened in QGIS: its layers and forms, the session that reads and writes through them, edits watched.
