# SPDX-License-Identifier: GPL-2.0-or-later
"""Attribute forms that guide and guard: value maps for every closed vocabulary, generated ids,
read-only derived fields, and constraints that refuse what the import would later refuse.

They are baked into the default styles the store carries in layer_styles (see
test/tools/make_styles.py), so a colleague who opens the store or its export without the plugin
gets the same forms. The store's triggers refuse the same values again on save, whatever path
an edit takes; the form only says so earlier, field by field.
"""
from qgis.core import QgsDefaultValue, QgsEditorWidgetSetup, QgsFieldConstraints

from ..evidence import rules
from ..evidence.i18n import QT_TRANSLATE_NOOP
from ..evidence.language import COMMON_LANGUAGES
from ..evidence.model import (
    INFO_CREDIBILITY_MEANING,
    RELAY_SEPARATOR,
    SOURCE_RELIABILITY_MEANING,
    TIME_PRECISION_LABEL,
    LocPrecision,
    Stance,
    TimePrecision,
)
from ..evidence.schema import EVENT_TYPE_LABEL, FEATURE_LAYERS, LAYER_NAMES, SOURCE_FIELDS, layer_spec
from ..translation import label_of, tr, tr_marked

# What QGIS's value map stores for "no value".
VALUE_MAP_NULL = "{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"
UID_PREFIX = {"strike_sites": "ss", "launch_zones": "lz", "missile_tracks": "mt", "border_incursions": "bi",
              "deployments": "dp", "aircraft_encounters": "ae", "conflict_events": "ce",
              "statements": "s", "documents": "d"}
LOC_PRECISION_LABEL = {
    LocPrecision.EXACT: QT_TRANSLATE_NOOP("@default", "exact (within 10 m)"),
    LocPrecision.VICINITY: QT_TRANSLATE_NOOP("@default", "vicinity (within 100 m)"),
    LocPrecision.LOCALITY: QT_TRANSLATE_NOOP("@default", "locality (within 1 km)"),
    LocPrecision.DISTRICT: QT_TRANSLATE_NOOP("@default", "district (within 25 km)"),
    LocPrecision.ADMIN1: QT_TRANSLATE_NOOP("@default", "province / admin1 (the area is the bound)"),
    LocPrecision.COUNTRY: QT_TRANSLATE_NOOP("@default", "country (the area is the bound)"),
    LocPrecision.WATER_BODY: QT_TRANSLATE_NOOP("@default", "water body (the area is the bound)"),
    LocPrecision.AIRSPACE: QT_TRANSLATE_NOOP("@default", "airspace (the area is the bound)"),
}
STANCE_LABEL = {
    Stance.ASSERTS: QT_TRANSLATE_NOOP("@default", "asserts"),
    Stance.DISPUTES: QT_TRANSLATE_NOOP("@default", "disputes"),
    Stance.DENIES: QT_TRANSLATE_NOOP("@default", "denies"),
    Stance.QUALIFIES: QT_TRANSLATE_NOOP("@default", "qualifies"),
    Stance.CONTEXT: QT_TRANSLATE_NOOP("@default", "context (background, no position)"),
}
# A stance in a word, where a list of them is counted or a column names each (the evidence report).
STANCE_NAME = {
    Stance.ASSERTS: QT_TRANSLATE_NOOP("@default", "asserts"),
    Stance.DISPUTES: QT_TRANSLATE_NOOP("@default", "disputes"),
    Stance.DENIES: QT_TRANSLATE_NOOP("@default", "denies"),
    Stance.QUALIFIES: QT_TRANSLATE_NOOP("@default", "qualifies"),
    Stance.CONTEXT: QT_TRANSLATE_NOOP("@default", "context"),
}


def _quoted(value):
    return "'" + str(value).replace("'", "''") + "'"


def _in(field, values):
    return f'"{field}" IN ({", ".join(_quoted(v) for v in values)})'


def generated_id(prefix):
    """12 hex digits of a UUID behind a prefix, like the seed's ids (QGIS 3.22's uuid() has braces)."""
    return f"'{prefix}-' || substr(lower(regexp_replace(uuid(), '[{{}}-]', '')), 1, 12)"


def grade_text(grade, meanings):
    return f"{grade} — {tr_marked(meanings[grade])}"


def value_map(pairs, allow_null=False):
    entries = [{label: value} for value, label in pairs]
    if allow_null:
        entries.insert(0, {tr("(not graded)"): VALUE_MAP_NULL})
    return QgsEditorWidgetSetup("ValueMap", {"map": entries})


def uncertainty_bound():
    """The largest uncertainty_m the row's loc_precision admits, as an expression."""
    cases = " ".join(f'WHEN "loc_precision" = {_quoted(precision)} THEN {bound:.0f}'
                     for precision, bound in rules.UNCERTAINTY_BOUNDS.items())  # the rule catalogue's bounds
    return f"CASE {cases} ELSE {rules.MAX_UNCERTAINTY:.0f} END"


GEOMETRY_OK = ("is_valid($geometry) AND x_min($geometry) >= -180 AND x_max($geometry) <= 180 "
               "AND y_min($geometry) >= -90 AND y_max($geometry) <= 90")


def labelled(field, labels):
    """An expression giving what an analyst reads for the code in field (map tips, display expressions), in
    QGIS's language; a code without a label as it is."""
    cases = " ".join(f'WHEN "{field}" = {_quoted(getattr(code, "value", code))} THEN {_quoted(label_of(labels, code))}'
                     for code in labels)
    return f'CASE {cases} ELSE "{field}" END'


def feature_layer_titles():
    cases = " ".join(f'WHEN "feature_layer" = {_quoted(spec.name)} THEN {_quoted(tr_marked(spec.title))}'
                     for spec in FEATURE_LAYERS)
    return f"CASE {cases} END"


# A language field's value: shaped as a BCP 47 tag (rules.NotTag), as the store refuses a statement's otherwise.
LANGUAGE_SHAPE = f'length("language") <= {rules.TAG_LENGTH} AND regexp_match("language", \'^{rules.TAG}$\')'


class FieldForm:
    """How one field looks and what it accepts in a form."""

    def __init__(self, widget=None, default=None, apply_on_update=False, read_only=False, not_null=False,
                 unique=False, expression=None, description=""):
        self.widget = widget
        self.default = default
        self.apply_on_update = apply_on_update
        self.read_only = read_only
        self.not_null = not_null
        self.unique = unique
        self.expression = expression
        self.description = description


def _text(multiline=False):
    return QgsEditorWidgetSetup("TextEdit", {"IsMultiline": multiline, "UseHtml": False})


def _datetime():
    """Dates and times are typed as text (ISO 8601: 2015-10-08 06:00:00, or 2015-10-08) and kept as typed.
    QGIS's DateTime widget fills an empty field from the clock the moment it takes focus, and typing
    then lands in its sections: "2015-10-08 00:00:00" typed into an empty one was stored as the current
    year and minute (2026-10-08 00:13:00), with the clock's milliseconds. Text that is no date is empty
    to QGIS, so the not-null constraint stops the form instead of a wrong date being stored."""
    return _text()


def feature_forms(layer_name):
    spec = layer_spec(layer_name)
    return {
        # QGIS has no geometry constraint; the feature's form checks it here, as the import will
        "uid": FieldForm(_text(), default=generated_id(UID_PREFIX[layer_name]), read_only=True, not_null=True,
                         unique=True, expression=GEOMETRY_OK,
                         description=tr("the geometry must be valid (not self-intersecting) and lie within "
                                        "longitude -180..180, latitude -90..90")),
        "title": FieldForm(_text(), not_null=True, expression='length(trim("title")) > 0',
                           description=tr("a title is required")),
        "event_type": FieldForm(value_map((t, label_of(EVENT_TYPE_LABEL, t)) for t in spec.event_types),
                                not_null=True, expression=_in("event_type", spec.event_types),
                                description=tr("one of {}").format(
                                    ", ".join(label_of(EVENT_TYPE_LABEL, t) for t in spec.event_types))),
        "actor": FieldForm(_text()),
        "t_start": FieldForm(_datetime(), not_null=True, description=tr("UTC; start of the interval")),
        "t_end": FieldForm(_datetime(), not_null=True, expression='"t_end" >= "t_start"',
                           description=tr("UTC; not before t_start")),
        "time_precision": FieldForm(value_map((p.value, label_of(TIME_PRECISION_LABEL, p)) for p in TimePrecision),
                                    default="'day'",
                                    not_null=True, expression=_in("time_precision", [p.value for p in TimePrecision]),
                                    description=tr("how precisely the source dates it")),
        "loc_precision": FieldForm(value_map((p.value, tr_marked(LOC_PRECISION_LABEL[p])) for p in LocPrecision),
                                   default="'locality'", not_null=True,
                                   expression=_in("loc_precision", [p.value for p in LocPrecision]),
                                   description=tr("how precisely the source places it: never invent precision")),
        "uncertainty_m": FieldForm(
            QgsEditorWidgetSetup("Range", {"Min": 0.0, "Max": rules.MAX_UNCERTAINTY, "Step": 100.0, "Precision": 0,
                                           "Style": "SpinBox", "AllowNull": False}),
            default="1000", not_null=True,
            expression=f'"uncertainty_m" >= 0 AND "uncertainty_m" <= {uncertainty_bound()}',
            description=tr("metres; no more than the location precision allows")),
        "description": FieldForm(_text(multiline=True)),
        "n_asserting": FieldForm(default="0", read_only=True, description=tr("derived from the links")),
        "n_disputing": FieldForm(default="0", read_only=True, description=tr("derived from the links")),
        "contested": FieldForm(QgsEditorWidgetSetup("CheckBox", {"CheckedState": "", "UncheckedState": ""}),
                               default="false", read_only=True, description=tr("derived from the links")),
        **{name: FieldForm(_text(), read_only=True,
                           description=tr("as the event dataset wrote it (Import events); empty otherwise"))
           for name in SOURCE_FIELDS},
    }


def statement_forms():
    document = "get_feature('documents', 'did', \"did\")"
    outlet = f"attribute({document}, 'outlet')"
    separator = _quoted(RELAY_SEPARATOR)
    return {
        "sid": FieldForm(_text(), default=generated_id("s"), read_only=True, not_null=True, unique=True,
                         description=tr("generated; links use it, so it never changes")),
        "did": FieldForm(_text(), not_null=True, expression=f"{document} IS NOT NULL",
                         description=tr("the did of a document in the store")),
        "speaker": FieldForm(_text(), not_null=True, expression='length(trim("speaker")) > 0',
                             description=tr("who said it, as named")),
        "speaker_role": FieldForm(_text()),
        "affiliation": FieldForm(_text(), not_null=True, expression='length(trim("affiliation")) > 0',
                                 description=tr("the party the speaker speaks for")),
        "setting": FieldForm(_text()),
        "relay_chain": FieldForm(
            _text(), not_null=True,
            expression=(f'("relay_chain" = "speaker" OR left("relay_chain", length("speaker") + 3) = '
                        f'"speaker" || {separator}) AND ("relay_chain" = {outlet} OR '
                        f'right("relay_chain", length({outlet}) + 3) = {separator} || {outlet})'),
            description=tr("speaker{0}…{0}the document's outlet").format(RELAY_SEPARATOR)),
        "stated_on": FieldForm(_datetime()),
        "is_direct_quote": FieldForm(QgsEditorWidgetSetup("CheckBox", {"CheckedState": "", "UncheckedState": ""}),
                                     default="false"),
        "quote": FieldForm(_text(multiline=True), not_null=True,
                           expression=(f'"quote" = substr(attribute({document}, \'text\'), "quote_start" + 1, '
                                       '"quote_end" - "quote_start")'),
                           description=tr("the document's text between quote_start and quote_end, verbatim")),
        "quote_start": FieldForm(not_null=True, expression='"quote_start" >= 0'),
        "quote_end": FieldForm(not_null=True, expression='"quote_end" > "quote_start"'),
        "source_reliability": FieldForm(
            value_map(((g, grade_text(g, SOURCE_RELIABILITY_MEANING)) for g in SOURCE_RELIABILITY_MEANING),
                      allow_null=True),
            description=tr("Admiralty scale A–F")),
        "info_credibility": FieldForm(
            value_map(((g, grade_text(g, INFO_CREDIBILITY_MEANING)) for g in INFO_CREDIBILITY_MEANING),
                      allow_null=True),
            description=tr("Admiralty scale 1–6")),
        # schema 6: the quote's language, one of the common ones or any BCP 47 tag typed (the store refuses others)
        "language": FieldForm(
            QgsEditorWidgetSetup("UniqueValues", {"Editable": True}), default=f"'{rules.UNDETERMINED}'",
            not_null=True,
            expression=LANGUAGE_SHAPE,
            description=tr("a BCP 47 language tag: {} ('und' when not known)").format(
                ", ".join(tag for tag in COMMON_LANGUAGES if tag != rules.UNDETERMINED))),
        "translation": FieldForm(_text(multiline=True),
                                 description=tr("your translation of the quote; the quote stays verbatim")),
        "translated_by": FieldForm(
            _text(), expression='length(trim(coalesce("translation", \'\'))) = 0 OR length(trim("translated_by")) > 0',
            description=tr("who made the translation")),
        "translated_at": FieldForm(
            _datetime(), expression='length(trim(coalesce("translation", \'\'))) = 0 OR "translated_at" IS NOT NULL',
            description=tr("when the translation was made (UTC)")),
    }


def link_forms():
    feature = f"get_feature({feature_layer_titles()}, 'uid', \"feature_uid\")"
    return {
        "feature_layer": FieldForm(value_map((spec.name, tr_marked(spec.title)) for spec in FEATURE_LAYERS),
                                   not_null=True,
                                   expression=_in("feature_layer", LAYER_NAMES)),
        "feature_uid": FieldForm(_text(), not_null=True, expression=f"{feature} IS NOT NULL",
                                 description=tr("the uid of a feature in the layer named by feature_layer")),
        "sid": FieldForm(_text(), not_null=True, expression="get_feature('statements', 'sid', \"sid\") IS NOT NULL",
                         description=tr("the sid of a statement in the store")),
        # no default: a link's stance is what the analyst reads in the statement, never "asserts" unread
        "stance": FieldForm(value_map((s.value, tr_marked(STANCE_LABEL[s])) for s in Stance),
                            not_null=True, expression=_in("stance", [s.value for s in Stance])),
        "claim": FieldForm(_text(), description=tr("which claim the stance is about, e.g. targets were ISIS")),
    }


def document_forms():
    return {
        "did": FieldForm(_text(), default=generated_id("d"), read_only=True, not_null=True, unique=True),
        "outlet": FieldForm(_text(), not_null=True, expression='length(trim("outlet")) > 0'),
        "title": FieldForm(_text()),
        "url": FieldForm(_text(), expression='"url" IS NULL OR "url" = \'\' OR regexp_match("url", \'^https?://\')',
                         description=tr("an http(s) address")),
        "published_at": FieldForm(_datetime(), not_null=True),
        "language": FieldForm(QgsEditorWidgetSetup("UniqueValues", {"Editable": True}), default="'en'", not_null=True,
                              expression=LANGUAGE_SHAPE),
        "text": FieldForm(_text(multiline=True), not_null=True, expression='length("text") > 0',
                          description=tr("the full text; statements quote it by offset, so it never changes")),
        "sha256": FieldForm(_text(), default='sha256("text")', apply_on_update=True, read_only=True,
                            not_null=True, description=tr("computed from the text")),
        # schema 5: the file the text was read from (add_sources); the store refuses any change of it
        "original_sha256": FieldForm(_text(), read_only=True),
    }


def forms_for(name):
    if name in LAYER_NAMES:
        return feature_forms(name)
    return {"statements": statement_forms, "statement_links": link_forms, "documents": document_forms}[name]()


def configure_forms(layer, name):
    """Apply the forms of store layer or table `name` to a QgsVectorLayer."""
    form = layer.editFormConfig()
    fields = layer.fields()
    for field, spec in forms_for(name).items():
        index = fields.indexOf(field)
        if index < 0:
            continue
        if spec.widget is not None:
            layer.setEditorWidgetSetup(index, spec.widget)
        # every field's default is the one here, none included: a store's older styles may carry others
        layer.setDefaultValueDefinition(index, QgsDefaultValue(spec.default or "", spec.apply_on_update))
        form.setReadOnly(index, spec.read_only)
        hard = QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard
        if spec.not_null:
            layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintNotNull, hard)
        if spec.unique:
            layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintUnique, hard)
        if spec.expression:
            layer.setConstraintExpression(index, spec.expression, spec.description)
            layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintExpression, hard)
    layer.setEditFormConfig(form)
