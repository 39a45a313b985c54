"""Every user-visible string can be extracted for translation, and each language is complete.

pylupdate5 only sees literals: tr(f"...") or tr(variable) is never offered to a translator. So
tr() and self.tr() take literals only; a text from a table of labels goes through tr_marked(),
and every value of such a table is marked QT_TRANSLATE_NOOP("@default", ...)."""
import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted([ROOT / "__init__.py", *(ROOT / "plugin").rglob("*.py")])
LANGUAGES = ("fr", "ar")
# Where a text reaches tr_marked() from: the tables of labels, and the two marked attributes.
MARKED_TABLES = {"STANCE_LABEL", "TEMPLATE_WORDS", "HEADERS", "PLACE_HEADERS", "SOURCE_RELIABILITY_MEANING",
                 "FEATURES", "MESSAGES", "INFO_CREDIBILITY_MEANING", "KIND_LABEL", "LOC_PRECISION_LABEL",
                 "LEGEND_PARTS", "EVENT_TYPE_LABEL", "TIME_PRECISION_LABEL", "LOC_PRECISION_NAME", "STANCE_NAME",
                 "meanings", "PAGE_WORDS", "COMMON_LANGUAGES"}
MARKED_ATTRIBUTES = {"title", "kind_label"}


def calls(name):
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
                if called == name:
                    yield path.relative_to(ROOT), node


def is_literal(node):
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_tr_is_given_only_literals():
    offenders = [f"{path}:{node.lineno}: tr({ast.unparse(node.args[0])})" for path, node in calls("tr")
                 if node.args and not is_literal(node.args[0])]
    assert offenders == []


def test_translate_is_given_only_literals_outside_the_tr_helpers():
    offenders = [f"{path}:{node.lineno}" for path, node in calls("translate")
                 if len(node.args) == 2 and not is_literal(node.args[1])
                 and str(path) not in ("plugin/translation.py", "plugin/processing/base.py")]
    assert offenders == []


def test_tr_marked_takes_texts_from_marked_tables_only():
    def marked(node):
        if isinstance(node, ast.Subscript):
            return isinstance(node.value, ast.Name) and node.value.id in MARKED_TABLES
        return isinstance(node, ast.Attribute) and node.attr in MARKED_ATTRIBUTES

    offenders = [f"{path}:{node.lineno}: tr_marked({ast.unparse(node.args[0])})"
                 for path, node in calls("tr_marked") if str(path) != "plugin/translation.py"
                 and not marked(node.args[0])]
    assert offenders == []


def is_marked(node):
    return isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"


def test_every_value_of_a_marked_table_is_marked():
    seen, unmarked = set(), []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) in MARKED_TABLES
                    and isinstance(node.value, ast.Dict)):
                seen.add(node.targets[0].id)
                unmarked += [f"{path.name}:{value.lineno}" for value in node.value.values if not is_marked(value)]
            layer_spec = isinstance(node, ast.Call) and getattr(node.func, "id", None) == "LayerSpec"
            if layer_spec and not is_marked(node.args[2]):
                unmarked.append(f"{path.name}:{node.lineno}")
    assert seen == MARKED_TABLES - {"meanings"}
    assert unmarked == []


def messages(ts):
    """[(context, source, translation element)] of a .ts file."""
    root = ET.parse(ts).getroot()
    return [(context.findtext("name"), message.findtext("source"), message.find("translation"))
            for context in root.iter("context") for message in context.iter("message")]


def placeholders(text):
    return sorted(re.findall(r"\{[^{}]*\}", text))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_translation_is_complete(language):
    ts = ROOT / "i18n" / f"conflict_evidence_{language}.ts"
    found = messages(ts)
    assert len(found) > 200
    unfinished = [source for _, source, translated in found
                  if translated.get("type") in ("unfinished", "obsolete", "vanished")
                  or not (translated.text or "").strip()]
    assert unfinished == []
    # A translation keeps every {} placeholder of its source, or .format() fails at run time.
    broken = [source for _, source, translated in found if placeholders(source) != placeholders(translated.text)]
    assert broken == []


@pytest.mark.skipif(shutil.which("pylupdate5") is None, reason="pylupdate5 comes with pyqt5-dev-tools (make setup)")
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_translation_has_every_string_of_the_code(tmp_path, language):
    """pylupdate5 on today's code finds no string the committed .ts lacks (run make i18n)."""
    fresh = tmp_path / "fresh.ts"
    sources = [str(path.relative_to(ROOT)) for path in SOURCES if path != ROOT / "__init__.py"]
    subprocess.run(["pylupdate5", "-noobsolete", *sources, "-ts", str(fresh)], cwd=ROOT, check=True,
                   capture_output=True)
    wanted = {(context, source) for context, source, _ in messages(fresh)}
    have = {(context, source) for context, source, _ in messages(ROOT / "i18n" / f"conflict_evidence_{language}.ts")}
    assert wanted - have == set()
    assert have - wanted == set()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_literal_given_to_tr_is_in_the_translation(language):
    """pylupdate5 does not look inside f-strings: a tr("Time") there would never be translated."""
    have = {source for _, source, _ in messages(ROOT / "i18n" / f"conflict_evidence_{language}.ts")}
    literals = [(path, node.lineno, node.args[0].value) for path, node in calls("tr")
                if node.args and is_literal(node.args[0])]
    literals += [(path, node.lineno, node.args[1].value) for path, node in calls("QT_TRANSLATE_NOOP")
                 if len(node.args) == 2 and is_literal(node.args[1])]
    missing = sorted(f"{path}:{line}: {text!r}" for path, line, text in literals if text not in have)
    assert missing == []


def test_french_says_depot_for_a_store_everywhere():
    """One word for one thing: QGIS's own French calls a place that keeps things a « dépôt » (« Dépôts
    d'extensions ») and never says « magasin », so every French text that speaks of a store says « dépôt »."""
    found = messages(ROOT / "i18n" / "conflict_evidence_fr.ts")
    other_word = [translated.text for _, _, translated in found
                  if re.search(r"\bmagasins?\b", translated.text or "", re.IGNORECASE)]
    assert other_word == []
    about_stores = [(source, translated.text) for _, source, translated in found
                    if re.search(r"\bstores?\b", re.sub(r"\{[^{}]*\}", "", source), re.IGNORECASE)]
    assert len(about_stores) > 40
    assert [source for source, text in about_stores if not re.search(r"\bdépôts?\b", text, re.IGNORECASE)] == []


def test_every_code_of_a_vocabulary_has_a_label():
    """A code without a label would show as a code in forms, the dock, map tips and the report."""
    from conflict_evidence.plugin.evidence import rules
    from conflict_evidence.plugin.evidence.model import LOC_PRECISION_NAME, TIME_PRECISION_LABEL
    from conflict_evidence.plugin.evidence.schema import EVENT_TYPE_LABEL

    assert set(EVENT_TYPE_LABEL) == {code for codes in rules.EVENT_TYPES.values() for code in codes}
    assert set(TIME_PRECISION_LABEL) == set(rules.TIME_PRECISIONS)
    assert set(LOC_PRECISION_NAME) == set(rules.LOC_PRECISIONS)
