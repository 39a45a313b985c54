# SPDX-License-Identifier: GPL-2.0-or-later
import os
import tempfile
from contextlib import contextmanager


@contextmanager
def replacing(target):
    """Yield a temporary path beside target; move it over target only if the block succeeds.

    Beside, not in /tmp, so the final move is a rename on the same file system and an earlier
    file of the same name stays untouched until the new one is complete and checked.
    """
    target = os.path.abspath(target)
    folder = os.path.dirname(target)
    base, ext = os.path.splitext(os.path.basename(target))
    handle, temp = tempfile.mkstemp(prefix=f".{base}.", suffix=f".partial{ext}", dir=folder)
    os.close(handle)
    os.remove(temp)
    try:
        yield temp
        os.replace(temp, target)
    finally:
        for leftover in (temp, temp + "-journal", temp + "-wal", temp + "-shm"):
            if os.path.exists(leftover):
                os.remove(leftover)
