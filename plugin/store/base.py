# SPDX-License-Identifier: GPL-2.0-or-later
from abc import ABC, abstractmethod


class EvidenceStore(ABC):
    """One store holds a whole evidence case. The GeoPackage is the first implementation; a
    PostGIS schema is the next, so nothing above this interface may assume SQLite."""

    @abstractmethod
    def write(self, case, feedback=None):
        """Replace the store's content with the case, all or nothing."""

    @abstractmethod
    def read(self):
        """Return the whole case, validated, with derived counts recomputed."""
