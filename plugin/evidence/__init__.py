# SPDX-License-Identifier: GPL-2.0-or-later
# The evidence model: pure Python, no qgis, no Qt, so it can be tested and reused anywhere.
