# SPDX-License-Identifier: GPL-2.0-or-later
# Places: Natural Earth shapes, names matched to them, claims checked against them, places a document names.
