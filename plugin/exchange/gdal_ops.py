# SPDX-License-Identifier: GPL-2.0-or-later
from collections.abc import Callable
from typing import Any, Optional

from osgeo import gdal

from ..evidence.errors import EvidenceError
from ..store.base import Feedback


class CancelledError(EvidenceError):
    pass


def progress(feedback: Optional[Feedback], start: float, span: float) -> Callable[[float, Any, Any], int]:
    """A GDAL progress callback reporting into feedback between start and start + span percent;
    it asks GDAL to stop when the user cancels."""
    def callback(fraction, _message, _data):
        if feedback is None:
            return 1
        if feedback.isCanceled():
            return 0
        feedback.setProgress(start + span * fraction)
        return 1
    return callback


def report_step(feedback: Optional[Feedback], done: int, steps: int) -> None:
    """Progress after each whole step: GDAL reports none while it writes from an SQL statement."""
    if feedback is not None:
        feedback.setProgress(100.0 * done / steps)


def check_cancel(feedback: Optional[Feedback], target: object) -> None:
    if feedback is not None and feedback.isCanceled():
        raise CancelledError(f"{target}: cancelled; nothing was written")


def translate(destination: str, source: Any, target: object, feedback: Optional[Feedback] = None,
              **options: Any) -> None:
    """gdal.VectorTranslate (ogr2ogr) with errors turned into a message naming the file."""
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    gdal.ErrorReset()
    try:
        result = gdal.VectorTranslate(destination, source, **options)
        message = gdal.GetLastErrorMsg()
    finally:
        gdal.PopErrorHandler()
    if result is None:
        check_cancel(feedback, target)
        raise EvidenceError(f"{target}: writing {destination} failed ({message or 'GDAL gave no reason'})")
    result = None  # closing the dataset flushes it
