# SPDX-License-Identifier: GPL-2.0-or-later
"""Stored moments shown as an analyst reads them, in QGIS's locale; the stored values stay as they are."""
from datetime import date, datetime, time, timezone

from qgis.PyQt.QtCore import QDate, QLocale, QTime


def reading_moment(value, locale=None):
    """A publication date-time for reading: the date in the locale's long format, and the time
    (UTC, as stored) only where the moment has one: a date-only publication is stored at midnight.
    QGIS sets Qt's default locale to the one chosen in its options, so QLocale() is QGIS's."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return value  # not a moment we can read: shown as it was written
    locale = locale or QLocale()
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc).replace(tzinfo=None)
        day = locale.toString(QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat)
        if value.time() == time(0, 0):
            return day
        moment = locale.toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)
        return f"{day} {moment} UTC"
    if isinstance(value, date):
        return locale.toString(QDate(value.year, value.month, value.day), QLocale.FormatType.LongFormat)
    return str(value)
