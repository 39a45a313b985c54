# SPDX-License-Identifier: GPL-2.0-or-later
# Handing work on: GeoPackage and Shapefile exports, import, claim checks.
