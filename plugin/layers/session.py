# SPDX-License-Identifier: GPL-2.0-or-later
"""An opened store, as the dock sees it: its layers in the project, read and edited through
QGIS's edit buffers so that undo, save and rollback behave as QGIS users expect."""
import hashlib
import os
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone

from qgis.core import (
    QgsDataSourceUri,
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsVectorLayerUtils,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

from ..compat import REQUEST_NO_GEOMETRY
from ..evidence.contestation import tally
from ..evidence.errors import EvidenceError
from ..evidence.language import statement_language
from ..evidence.model import RELAY_SEPARATOR, Stance
from ..evidence.rules import is_tag
from ..evidence.schema import LAYER_NAMES
from ..store import open_store
from ..store.uri import StoreUri
from .reasons import held_reasons
from .store_keys import connection_password, find_store_group

STATEMENT_FIELDS = ("sid", "did", "speaker", "speaker_role", "affiliation", "setting", "relay_chain",
                    "stated_on", "is_direct_quote", "quote", "quote_start", "quote_end",
                    "source_reliability", "info_credibility", "language", "translation", "translated_by",
                    "translated_at")


def layer_source(layer):
    """(store key, table name) of a layer of a GeoPackage (OGR) or PostGIS (postgres) store, as
    store_keys.store_key spells the store; (None, None) for any other layer."""
    if not isinstance(layer, QgsVectorLayer):
        return None, None
    if layer.providerType() == "ogr":
        parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
        path = parts.get("path")
        if not path or not path.lower().endswith(".gpkg"):
            return None, None
        return os.path.abspath(path), parts.get("layerName")
    if layer.providerType() == "postgres":
        uri = QgsDataSourceUri(layer.source())
        where = StoreUri("postgresql", user=uri.username(), host=uri.host() or "localhost",
                         port=int(uri.port() or 5432), dbname=uri.database(), schema=uri.schema())
        return str(where), uri.table()
    return None, None


def _equals(field, value):
    return QgsExpression.createFieldEqualityExpression(field, value)


def _in(field, values):
    quoted = ", ".join(QgsExpression.quotedValue(v) for v in values)
    return f"{QgsExpression.quotedColumnRef(field)} IN ({quoted})"


def _plain(value):
    """QVariant NULLs and Qt dates to Python values."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if hasattr(value, "toPyDate"):
        return value.toPyDate()
    if hasattr(value, "toPyDateTime"):
        return value.toPyDateTime()
    return value


def qt_utc(moment):
    """A Python date-time as a UTC QDateTime: aware datetimes do not convert to QVariant on their own."""
    moment = moment.astimezone(timezone.utc)
    return QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute, moment.second), Qt.TimeSpec.UTC)


@dataclass
class LinkedStatement:
    link_fid: int
    stance: str
    claim: str
    statement: dict


class StoreSession:
    def __init__(self, path, layers):
        self.path = path  # the store's key: a .gpkg path or a postgresql:// URI
        self.layers = layers  # table or layer name -> QgsVectorLayer

    def is_shared(self):
        """True for a team store, which colleagues save into while this window shows it."""
        return self.links.providerType() == "postgres"

    def store(self):
        """The store itself (store boundary), with the password of the layers' connection if they have one."""
        source = self.documents.source() if self.documents.providerType() == "postgres" else None
        return open_store(self.path, password=connection_password(source))

    def history(self, table, row_key):
        return self.store().history(table, row_key)

    def change_notice(self):
        """(channel, words) the store sends when a change is saved, None if it sends none."""
        return self.store().change_notice()

    def _hold_reason(self, layer, table, row_key, reason):
        """The reason of the change just made on layer: in the store exactly while the change stands (reasons.py)."""
        if reason is not None:
            held_reasons(layer).hold(self.store, table, row_key, reason)

    @classmethod
    def for_layer(cls, project, layer):
        path, _ = layer_source(layer)
        if path is None:
            return None
        group = find_store_group(project, path)
        return cls.for_group(group) if group is not None else None

    @classmethod
    def for_group(cls, group):
        layers = {}
        for node in group.findLayers():
            path, name = layer_source(node.layer())
            if name:
                layers[name] = node.layer()
        missing = [n for n in (*LAYER_NAMES, "statements", "statement_links", "documents") if n not in layers]
        if missing:
            raise EvidenceError(f"the store group '{group.name()}' lacks {', '.join(missing)}")
        return cls(group.customProperty("conflict_evidence/store"), layers)

    @property
    def statements(self):
        return self.layers["statements"]

    @property
    def links(self):
        return self.layers["statement_links"]

    @property
    def documents(self):
        return self.layers["documents"]

    def feature_layers(self):
        return {name: self.layers[name] for name in LAYER_NAMES}

    def layer_name_of(self, layer):
        return next((name for name, lyr in self.layers.items() if lyr is layer), None)

    # -- reading ---------------------------------------------------------------------------

    def statements_by_sid(self, sids):
        if not sids:
            return {}
        request = QgsFeatureRequest().setFilterExpression(_in("sid", sorted(sids)))
        return {f["sid"]: {name: _plain(f[name]) for name in STATEMENT_FIELDS}
                for f in self.statements.getFeatures(request)}

    def evidence_for(self, uid):
        """The feature's links with their statements, as stored plus unsaved edits."""
        request = QgsFeatureRequest().setFilterExpression(_equals("feature_uid", uid))
        links = [(f.id(), f["stance"], _plain(f["claim"]) or "", f["sid"]) for f in self.links.getFeatures(request)]
        statements = self.statements_by_sid({sid for *_, sid in links})
        return [LinkedStatement(fid, stance, claim, statements[sid])
                for fid, stance, claim, sid in links if sid in statements]

    def linked_features(self, sid):
        """Feature ids per layer name of every feature a statement speaks to."""
        request = QgsFeatureRequest().setFilterExpression(_equals("sid", sid))
        uids = {}
        for link in self.links.getFeatures(request):
            uids.setdefault(link["feature_layer"], set()).add(link["feature_uid"])
        found = {}
        for name, wanted in uids.items():
            layer = self.layers.get(name)
            if layer is None:
                continue
            request = QgsFeatureRequest().setFilterExpression(_in("uid", sorted(wanted)))
            request.setFlags(REQUEST_NO_GEOMETRY)
            found[name] = [f.id() for f in layer.getFeatures(request)]
        return found

    def document(self, did):
        request = QgsFeatureRequest().setFilterExpression(_equals("did", did))
        feature = next(self.documents.getFeatures(request), None)
        if feature is None:
            raise EvidenceError(f"{self.path}: document '{did}' is not in the store")
        found = {name: _plain(feature[name]) for name in
                 ("did", "outlet", "title", "url", "published_at", "language", "text")}
        # a store of before schema 5 has no originals: its documents name none
        has_original = self.documents.fields().indexOf("original_sha256") >= 0
        found["original_sha256"] = _plain(feature["original_sha256"]) if has_original else None
        return found

    def kept_original(self, sha256):
        """The original (KeptOriginal, its bytes) the store keeps under this SHA-256, or None."""
        return self.store().original(sha256) if sha256 else None

    def affiliations(self):
        index = self.statements.fields().indexOf("affiliation")
        return sorted(v for v in self.statements.uniqueValues(index) if v)

    def all_statements(self):
        return [{name: _plain(f[name]) for name in STATEMENT_FIELDS} for f in self.statements.getFeatures()]

    # -- editing, through edit buffers -------------------------------------------------------

    @staticmethod
    def _editable(layer):
        if not layer.isEditable() and not layer.startEditing():
            raise EvidenceError(f"layer '{layer.name()}' cannot be edited")
        return layer

    def _change(self, layer, fid, field, value):
        index = layer.fields().indexOf(field)
        if not self._editable(layer).changeAttributeValue(fid, index, value):
            raise EvidenceError(f"layer '{layer.name()}': cannot change {field} of feature {fid}")

    def link(self, layer_name, uid, sid, stance, claim=""):
        Stance(stance)  # a clear ValueError for an unknown stance
        if not self.statements_by_sid({sid}):
            raise EvidenceError(f"statement '{sid}' is not in the store")
        layer = self.layers[layer_name]
        saved = layer.dataProvider().getFeatures(QgsFeatureRequest().setFilterExpression(_equals("uid", uid)))
        if not next(saved, QgsFeature()).isValid():
            raise EvidenceError(f"'{uid}' is not saved in {layer_name} yet: save the layer, then link statements "
                                "to it")
        linked = self.links.getFeatures(QgsFeatureRequest().setFilterExpression(" AND ".join(
            (_equals("feature_layer", layer_name), _equals("feature_uid", uid), _equals("sid", sid)))))
        # one statement, one stance toward one claim about a feature (the store's rule, rules.SecondLink): two
        # would count it twice; another claim about the same feature is another link
        about = (claim or "").strip()
        already = next((f for f in linked if (f["claim"] or "").strip() == about), None)
        if already is not None:
            raise EvidenceError(f"statement '{sid}' is already linked to '{uid}' ({already['stance']}"
                                + (f", about '{about}'" if about else "") + "): change the stance of that link "
                                "instead of linking the statement again")
        values = {"feature_layer": layer_name, "feature_uid": uid, "sid": sid, "stance": stance, "claim": claim}
        with self._command(self.links, "Link statement") as links:
            feature = QgsVectorLayerUtils.createFeature(
                links, attributes={links.fields().indexOf(k): v for k, v in values.items()})
            if not links.addFeature(feature):
                raise EvidenceError(f"cannot link statement '{sid}' to '{uid}'")

    @contextmanager
    def _command(self, layer, text):
        """One entry on the layer's undo stack for what the block changes, or none if it fails."""
        self._editable(layer).beginEditCommand(text)
        try:
            yield layer
        except BaseException:
            layer.destroyEditCommand()
            raise
        layer.endEditCommand()

    def _require_link(self, link_fid):
        if not self.links.getFeature(link_fid).isValid():
            raise EvidenceError(f"link {link_fid} is not in the store")

    def unlink(self, link_fid):
        self._require_link(link_fid)
        with self._command(self.links, "Unlink statement") as links:
            if not links.deleteFeature(link_fid):
                raise EvidenceError(f"cannot remove link {link_fid}")

    def set_stance(self, link_fid, stance, reason=None):
        Stance(stance)
        self._require_link(link_fid)
        link = self.links.getFeature(link_fid)
        with self._command(self.links, "Change stance"):
            self._change(self.links, link_fid, "stance", stance)
        self._hold_reason(self.links, "statement_links", f"{link['feature_uid']} / {link['sid']}", reason)

    def grade(self, sid, reliability, credibility, reason=None):
        request = QgsFeatureRequest().setFilterExpression(_equals("sid", sid))
        feature = next(self.statements.getFeatures(request), None)
        if feature is None:
            raise EvidenceError(f"statement '{sid}' is not in the store")
        with self._command(self.statements, "Grade statement"):
            self._change(self.statements, feature.id(), "source_reliability", reliability or None)
            self._change(self.statements, feature.id(), "info_credibility", credibility or None)
        self._hold_reason(self.statements, "statements", sid, reason)

    def translate(self, sid, translation, translator, when=None, reason=None):
        """The analyst's translation of a statement's quote (schema 6), marked with who made it and when (UTC, now
        unless given); an empty translation takes it away. The quote itself is never changed."""
        translation = (translation or "").strip()
        if translation and not (translator or "").strip():
            raise EvidenceError("a translation needs the name of who made it (the analyst's name)")
        feature = self._statement_feature(sid)
        when = (when or datetime.now(timezone.utc)) if translation else None
        with self._command(self.statements, "Translate statement"):
            self._change(self.statements, feature.id(), "translation", translation or None)
            self._change(self.statements, feature.id(), "translated_by", translator.strip() if translation else None)
            self._change(self.statements, feature.id(), "translated_at", qt_utc(when) if when else None)
        self._hold_reason(self.statements, "statements", sid, reason)

    def set_language(self, sid, language, reason=None):
        """The analyst's correction of a statement's language: a BCP 47 tag (refused otherwise, as the store would)."""
        language = (language or "").strip()
        if not is_tag(language):
            raise EvidenceError(f"'{language}' is not a BCP 47 language tag (such as en, ar, ru, tr or en-GB; "
                                "'und' when not known)")
        feature = self._statement_feature(sid)
        with self._command(self.statements, "Correct language"):
            self._change(self.statements, feature.id(), "language", language)
        self._hold_reason(self.statements, "statements", sid, reason)

    def _statement_feature(self, sid):
        request = QgsFeatureRequest().setFilterExpression(_equals("sid", sid))
        feature = next(self.statements.getFeatures(request), None)
        if feature is None:
            raise EvidenceError(f"statement '{sid}' is not in the store")
        return feature

    def add_document(self, outlet, title, url, published_at, language, text):
        """A new document in the documents layer's edit buffer; returns its did."""
        if not text or not outlet:
            raise EvidenceError("a document needs its text and the outlet that published it")
        did = f"d-{uuid.uuid4().hex[:12]}"
        values = {"did": did, "outlet": outlet, "title": title, "url": url, "published_at": qt_utc(published_at),
                  "language": language, "text": text,
                  "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()}
        layer = self._editable(self.documents)
        feature = QgsVectorLayerUtils.createFeature(
            layer, attributes={layer.fields().indexOf(k): v for k, v in values.items()})
        if not layer.addFeature(feature):
            raise EvidenceError("cannot add the document")
        return did

    def known_affiliations(self):
        """speaker -> affiliation, from the statements already in the store."""
        request = QgsFeatureRequest().setSubsetOfAttributes(["speaker", "affiliation"], self.statements.fields())
        request.setFlags(REQUEST_NO_GEOMETRY)
        return {f["speaker"]: f["affiliation"] for f in self.statements.getFeatures(request)}

    def add_statement(self, did, start, end, speaker, speaker_role="", affiliation="", setting="",
                      relays=(), stated_on=None, is_direct_quote=False):
        document = self.document(did)
        text = document["text"]
        if not (0 <= start < end <= len(text)):
            raise EvidenceError(f"offsets {start}:{end} lie outside document '{did}'")
        if not speaker or not affiliation:
            raise EvidenceError("a statement needs a speaker and an affiliation")
        sid = f"s-{uuid.uuid4().hex[:12]}"
        values = {"sid": sid, "did": did, "speaker": speaker, "speaker_role": speaker_role,
                  "affiliation": affiliation, "setting": setting,
                  "relay_chain": RELAY_SEPARATOR.join([speaker, *relays, document["outlet"]]),
                  "stated_on": stated_on, "is_direct_quote": bool(is_direct_quote),
                  "quote": text[start:end], "quote_start": start, "quote_end": end,
                  "language": statement_language(text[start:end], document["language"] or "")}
        layer = self._editable(self.statements)
        feature = QgsVectorLayerUtils.createFeature(
            layer, attributes={layer.fields().indexOf(k): v for k, v in values.items()})
        if not layer.addFeature(feature):
            raise EvidenceError("cannot add the statement")
        return sid

    def live_tally(self, uid):
        """The derived counts as the links in the edit buffers give them, before they are saved.
        The store keeps the stored counts itself (its triggers), on every save from any path."""
        return tally((e.stance, e.statement["affiliation"]) for e in self.evidence_for(uid))

    def has_unsaved_evidence(self):
        return any(layer.isEditable() and layer.isModified() for layer in (self.links, self.statements))
