"""Conformance (issue 33): every backend keeps a case whole through the EvidenceStore interface, and reading it
names what another program broke underneath (store_backend in conftest.py). What only a file has (its folder,
a killed writer's leftovers, a full disk) stays in test_store_geopackage.py."""
import re

import pytest

from conflict_evidence.plugin.evidence.errors import EvidenceError, InvalidEvidenceError
from conflict_evidence.plugin.evidence.model import Link


def test_round_trip_keeps_every_record(store_backend, small_case):
    back = store_backend.store.read()
    assert back.documents == small_case.documents
    assert back.statements == small_case.statements
    assert sorted(back.links, key=str) == sorted(small_case.links, key=str)
    assert back.features == small_case.features  # derived counts included
    assert back.features[0].contested is True
    assert back.originals == small_case.originals  # the bytes d1 was read from, with where they came from
    assert store_backend.store.counts() == {
        **dict.fromkeys(store_backend.store.counts(), 0),
        "documents": 1, "statements": 2, "statement_links": 3, "strike_sites": 1, "launch_zones": 1, "originals": 1}


def test_bad_case_writes_nothing(store_backend, small_case):
    fresh = store_backend.fresh_store("bad")
    small_case.links.append(Link("strike_sites", "f1", "s404", "asserts", ""))
    with pytest.raises(InvalidEvidenceError, match="statement 's404' is not in the store"):
        fresh.write(small_case)
    assert not fresh.exists()


def test_a_bad_case_leaves_the_previous_one_untouched(store_backend, small_case):
    store = store_backend.store
    before = store.read()
    small_case.statements[0].quote_end += 2
    with pytest.raises(InvalidEvidenceError):
        store.write(small_case)
    after = store.read()
    assert (after.documents, after.statements, after.links, after.features) == (
        before.documents, before.statements, before.links, before.features)


def test_reading_edited_offsets_names_the_statement(store_backend):
    store_backend.drop_rules()  # as a program that ignores the store's rules would
    store_backend.execute("UPDATE statements SET quote_start = quote_start + 3 WHERE sid = 's2'")
    with pytest.raises(InvalidEvidenceError, match=re.escape(store_backend.store.label) + r": .*statement s2: offsets"):
        store_backend.store.read()


def test_reading_a_tampered_document_text(store_backend):
    store_backend.drop_rules()
    store_backend.execute("UPDATE documents SET text = text || ' (edited)'")
    with pytest.raises(EvidenceError, match=r"documents row 1 \(document d1\): the stored SHA-256"):
        store_backend.store.read()

