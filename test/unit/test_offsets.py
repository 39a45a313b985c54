import pytest

from conflict_evidence.plugin.evidence.offsets import index_to_utf16, utf16_to_index

TEXT = "Ankara 🇹🇷 said «нет» — 😀 again"


@pytest.mark.parametrize("index", range(len(TEXT) + 1))
def test_round_trip_every_code_point(index):
    assert utf16_to_index(TEXT, index_to_utf16(TEXT, index)) == index


def test_astral_characters_take_two_units():
    assert index_to_utf16(TEXT, TEXT.index("😀") + 1) - index_to_utf16(TEXT, TEXT.index("😀")) == 2
    assert len(TEXT.encode("utf-16-le")) // 2 == index_to_utf16(TEXT, len(TEXT))


def test_a_position_inside_a_pair_rounds_down():
    inside = index_to_utf16(TEXT, TEXT.index("😀")) + 1
    assert utf16_to_index(TEXT, inside) == TEXT.index("😀")
