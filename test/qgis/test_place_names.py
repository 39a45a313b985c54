"""Natural Earth's names in other languages (NAME_RU, NAME_AR, …) are aliases where the data keeps them, and a
province named "A (B)" is found by either name; inflected and with clitics as the gazetteer finds them."""
from osgeo import ogr, osr

from conflict_evidence.plugin.places.matching import PlaceMatcher
from conflict_evidence.plugin.places.natural_earth import NaturalEarthPlaces

SQUARE = "MULTIPOLYGON((({x} 33,{x} 34,{y} 34,{y} 33,{x} 33)))"


def natural_earth_with_names(path):
    """A world_map.gpkg as Natural Earth's full admin layers would give it: names in other languages."""
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    layers = {
        "countries": (["iso_a2", "NAME", "ISO_A3", "NAME_RU", "NAME_AR"],
                      [("LB", "Lebanon", "LBN", "Ливан", "لبنان", SQUARE.format(x=35, y=36))]),
        "states_provinces": (["iso_a2", "name", "NAME_RU", "NAME_AR"],
                             [("LB", "Beqaa", "Бекаа", "البقاع", SQUARE.format(x=35.5, y=36)),
                              ("LB", "Nabatieh (An Nabatiyah)", None, "النبطية", SQUARE.format(x=35, y=35.5))]),
    }
    for name, (fields, rows) in layers.items():
        layer = source.CreateLayer(name, wgs84, ogr.wkbMultiPolygon)
        for field in fields:
            layer.CreateField(ogr.FieldDefn(field, ogr.OFTString))
        for *values, wkt in rows:
            feature = ogr.Feature(layer.GetLayerDefn())
            for field, value in zip(fields, values):
                if value is not None:
                    feature.SetField(field, value)
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
            layer.CreateFeature(feature)
    source = None
    return path


def test_names_in_other_languages_from_the_data(tmp_path):
    places = NaturalEarthPlaces(str(natural_earth_with_names(tmp_path / "world_map.gpkg")))
    matcher = PlaceMatcher(places)
    text = "Удары по долине Бекаа в Ливане. وقصفت الطائرات البقاع والنبطية. Strikes near An Nabatiyah and Nabatieh."
    found = [(text[m.start:m.end], m.key, shape is not None) for m, shape in matcher.match(text)]
    places.release()
    assert found == [("Бекаа", "admin1:LB:Beqaa", True), ("Ливане", "country:LBN", True),
                     ("البقاع", "admin1:LB:Beqaa", True), ("النبطية", "admin1:LB:Nabatieh (An Nabatiyah)", True),
                     ("An Nabatiyah", "admin1:LB:Nabatieh (An Nabatiyah)", True),
                     ("Nabatieh", "admin1:LB:Nabatieh (An Nabatiyah)", True)]


def test_the_natural_earth_names_shipped_are_of_countries_this_qgis_draws():
    """natural_earth_names.json (Natural Earth's NAME_RU, NAME_AR, NAME_TR, copied) names countries by the ISO code
    QGIS's world_map.gpkg has; where this QGIS's layer keeps those columns too, their values are the same."""
    from conflict_evidence.plugin.evidence.gazetteer import natural_earth_names

    places = NaturalEarthPlaces()
    layer = places._layer("countries")
    fields = {field.name().upper(): field.name() for field in layer.fields()}
    drawn = {feature["ISO_A3"]: feature for feature in layer.getFeatures()}
    copied = natural_earth_names()
    assert set(copied) <= set(drawn)
    for code, names in copied.items():
        for column, value in names.items():
            if column != "NAME" and column in fields and drawn[code][fields[column]]:
                assert drawn[code][fields[column]] == value, (code, column)
    matcher = PlaceMatcher(places)
    text = "Удары по Сирии. قصف في سوريا. Suriye'de çatışma."
    found = [(m.key, shape is not None) for m, shape in matcher.match(text)]
    places.release()
    assert found == [("country:SYR", True)] * 3
