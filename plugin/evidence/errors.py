# SPDX-License-Identifier: GPL-2.0-or-later
from dataclasses import dataclass


class EvidenceError(Exception):
    """A failure an analyst can act on; the message names the file, the record and the problem."""


@dataclass(frozen=True)
class Problem:
    record: str
    message: str

    def __str__(self):
        return f"{self.record}: {self.message}"


class InvalidEvidenceError(EvidenceError):
    def __init__(self, problems, source=None):
        self.problems = list(problems)
        self.source = source
        where = f"{source}: " if source else ""
        shown = "; ".join(str(p) for p in self.problems[:10])
        more = f" (and {len(self.problems) - 10} more)" if len(self.problems) > 10 else ""
        super().__init__(f"{where}{len(self.problems)} problem(s): {shown}{more}")
