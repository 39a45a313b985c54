# SPDX-License-Identifier: GPL-2.0-or-later
# The evidence report: a print layout with an atlas, its data, its paging, rendered in parts and joined.
