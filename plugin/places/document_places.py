# SPDX-License-Identifier: GPL-2.0-or-later
"""The places a report names, as Import report offers them: their shapes from QGIS's Natural Earth
data, the store features already there, and a new feature made there at the precision the place
gives (a point standing for a province carries the province's reach as its uncertainty)."""
from dataclasses import dataclass, field
from datetime import timedelta

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsVectorLayerUtils

from ..compat import LINE_GEOMETRY
from ..evidence.errors import EvidenceError
from ..evidence.i18n import QT_TRANSLATE_NOOP
from ..evidence.schema import layer_spec
from ..layers.session import qt_utc
from .matching import PlaceMatcher
from .natural_earth import NaturalEarthPlaces

MAX_FEATURES_HERE = 50
# Location precision of a feature made at a named place, by the kind of place.
PRECISION = {"country": "country", "admin1": "admin1", "water": "water_body", "airspace": "airspace",
             "border": "country", "border_of": "country", "capital": "locality"}
KIND_LABEL = {
    "country": QT_TRANSLATE_NOOP("@default", "country"),
    "admin1": QT_TRANSLATE_NOOP("@default", "province"),
    "water": QT_TRANSLATE_NOOP("@default", "sea or lake"),
    "airspace": QT_TRANSLATE_NOOP("@default", "airspace"),
    "border": QT_TRANSLATE_NOOP("@default", "border"),
    "border_of": QT_TRANSLATE_NOOP("@default", "border"),
    "capital": QT_TRANSLATE_NOOP("@default", "capital city"),
}


@dataclass(frozen=True)
class LinkTarget:
    """A feature accepted statements can be linked to."""
    layer_name: str
    uid: str
    title: str

    def label(self):
        return f"{self.title} ({self.uid})"


@dataclass
class PlaceFound:
    name: str
    kind: str
    start: int
    end: int
    shape: QgsGeometry = None
    features_here: list = field(default_factory=list)

    @property
    def kind_label(self):
        return KIND_LABEL.get(self.kind, self.kind)


class ReportPlaces:
    def __init__(self, session):
        self.session = session
        self.places = NaturalEarthPlaces()
        self.matcher = PlaceMatcher(self.places)

    def mentions(self, text):
        """Each place the text names, once, in the order of first mention (actors are left out)."""
        found, seen = [], set()
        try:
            matches = self.matcher.match(text)
        finally:
            self.places.release()
        for mention, wkb in matches:
            if mention.kind == "actor" or mention.key in seen:
                continue
            seen.add(mention.key)
            shape = None
            if wkb:
                shape = QgsGeometry()
                shape.fromWkb(wkb)
            found.append(PlaceFound(mention.name, mention.kind, mention.start, mention.end, shape,
                                    self.features_in(shape) if shape is not None else []))
        return found

    def features_in(self, shape):
        """Saved store features that lie in or on a place's shape (at most MAX_FEATURES_HERE)."""
        targets = []
        for name, layer in self.session.feature_layers().items():
            request = QgsFeatureRequest().setFilterRect(shape.boundingBox())
            request.setSubsetOfAttributes(["uid", "title"], layer.fields())
            for feature in layer.dataProvider().getFeatures(request):
                if feature.geometry().intersects(shape):
                    targets.append(LinkTarget(name, feature["uid"], feature["title"]))
                    if len(targets) >= MAX_FEATURES_HERE:
                        return targets
        return targets

    def create_feature(self, place, layer_name, published, outlet):
        """A feature at the place, saved in its layer at once (so that links to it can be saved);
        refused while the layer holds unsaved edits of the analyst's, which this must not save."""
        if place.shape is None:
            raise EvidenceError(f"{place.name}: QGIS's Natural Earth data has no shape for it")
        layer = self.session.layers[layer_name]
        if layer.isEditable() and layer.isModified():
            raise EvidenceError(f"{layer.name()} has unsaved edits: save or roll them back first, so that "
                                "creating this feature does not save them too")
        spec = layer_spec(layer_name)
        point = self.places.representative_point(place.shape)
        if spec.geometry == "Point":
            geometry, uncertainty = point, self.places.reach_m(point, place.shape)
        else:
            wanted = {"LineString": "line", "Polygon": "area"}[spec.geometry]
            if (wanted == "line") != (place.shape.type() == LINE_GEOMETRY):
                raise EvidenceError(f"{place.name} is not a {wanted}: choose a layer of its kind")
            geometry, uncertainty = place.shape, 0.0
        start = published.replace(hour=0, minute=0, second=0, microsecond=0)
        values = {"title": f"{place.name}: reported by {outlet}", "event_type": spec.event_types[0],
                  "actor": "", "t_start": qt_utc(start), "t_end": qt_utc(start + timedelta(hours=23, minutes=59)),
                  "time_precision": "day", "loc_precision": PRECISION.get(place.kind, "country"),
                  "uncertainty_m": round(uncertainty, 1),
                  "description": f"Made from the place named in the report ({place.kind_label}); set the event "
                                 "type, actor and time the report gives."}
        was_editing = layer.isEditable()
        if not was_editing and not layer.startEditing():
            raise EvidenceError(f"{layer.name()} cannot be edited")
        feature = QgsVectorLayerUtils.createFeature(
            layer, geometry, {layer.fields().indexOf(k): v for k, v in values.items()})
        if not layer.addFeature(feature) or not layer.commitChanges(not was_editing):
            errors = "; ".join(layer.commitErrors())
            layer.rollBack(not was_editing)
            raise EvidenceError(f"{layer.name()}: the new feature was refused: {errors}")
        return LinkTarget(layer_name, feature["uid"], values["title"])
