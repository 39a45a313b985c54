# SPDX-License-Identifier: GPL-2.0-or-later
"""Offsets are code points (Python's str indices); Qt's text widgets count UTF-16 units."""


def _width(char):
    return 2 if ord(char) > 0xFFFF else 1


def utf16_to_index(text, position):
    """Code-point index of a UTF-16 position in text (a position inside a pair rounds down)."""
    units = 0
    for index, char in enumerate(text):
        units += _width(char)
        if units > position:
            return index
    return len(text)


def index_to_utf16(text, index):
    return sum(_width(char) for char in text[:index])
