"""Deterministic synthetic evidence stores of a given size, for tests and make bench.

Same seed, same store: layers in a realistic mix, statements of varied length in several
scripts, documents whose text holds every quote at its offsets, links with every stance."""
import random
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from osgeo import ogr

from conflict_evidence.plugin.evidence.model import (
    Document,
    EvidenceCase,
    Feature,
    Link,
    Stance,
    Statement,
)
from conflict_evidence.plugin.evidence.schema import FEATURE_LAYERS

UTC = timezone.utc
LAYER_MIX = {"strike_sites": 50, "missile_tracks": 15, "border_incursions": 10, "launch_zones": 10,
             "deployments": 10, "aircraft_encounters": 5}
STANCE_MIX = {Stance.ASSERTS: 40, Stance.DISPUTES: 25, Stance.DENIES: 8, Stance.QUALIFIES: 12,
              Stance.CONTEXT: 15}
AFFILIATIONS = ["Russian government", "Syrian government", "US government", "Turkish government", "NATO",
                "Syrian Observatory for Human Rights", "Kurdish authorities", "UN OCHA"]
SPEAKERS = ["Sergei Shoigu", "Ashton Carter", "Ahmet Davutoğlu", "Jens Stoltenberg", "Рамзан Кадыров",
            "رياض حداد", "Mark Toner", "Igor Konashenkov", "a senior official", "Şükrü Kaya"]
WORDS = [
    'strike', 'missile', 'target', 'airspace', 'border', 'province', 'civilians', 'convoy', 'depot',
    'shelling', 'ships', 'sea', 'ракета', 'граница', 'удар', 'صاروخ', 'حدود', 'غارة', 'hava', 'sahası',
    'sınır', 'füze', '🚀', '✈️', '«quoted»', '“curly”', "'straight'", 'évacuation', 'naïve',
]
RELAYS = ["Tass", "Anadolu", "Sputnik International", "Reuters", "state media"]
OUTLETS = ["CNN", "BBC", "Al Jazeera", "Hürriyet", "Коммерсантъ"]


def _weighted(rng, mix):
    return rng.choices(list(mix), weights=list(mix.values()))[0]


def _geometry(rng, kind):
    x, y = rng.uniform(35.5, 42.0), rng.uniform(32.5, 37.0)
    if kind == "Point":
        wkt = f"POINT ({x:.6f} {y:.6f})"
    elif kind == "LineString":
        wkt = f"LINESTRING ({x:.6f} {y:.6f}, {x + rng.uniform(0.1, 3):.6f} {y + rng.uniform(-1, 1):.6f})"
    else:
        d = rng.uniform(0.05, 0.5)
        ring = [(x, y), (x + d, y), (x + d, y + d), (x, y + d), (x, y)]
        wkt = "POLYGON ((" + ", ".join(f"{a:.6f} {b:.6f}" for a, b in ring) + "))"
    return bytes(ogr.CreateGeometryFromWkt(wkt).ExportToIsoWkb(ogr.wkbNDR))


def _quote(rng):
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 160)))


def synthetic_case(n_features, n_statements, n_links, seed=20151007, statements_per_document=10):
    rng = random.Random(seed)
    geometry_of = {spec.name: spec.geometry for spec in FEATURE_LAYERS}
    event_types = {spec.name: spec.event_types for spec in FEATURE_LAYERS}
    case = EvidenceCase()
    start = datetime(2015, 9, 30, tzinfo=UTC)
    for i in range(n_features):
        layer = _weighted(rng, LAYER_MIX)
        t0 = start + timedelta(hours=rng.randint(0, 24 * 60))
        case.features.append(Feature(
            layer=layer, uid=f"f{i:07d}", title=f"{layer.replace('_', ' ')} {i} — {rng.choice(WORDS)}",
            event_type=rng.choice(event_types[layer]), actor=rng.choice(AFFILIATIONS),
            t_start=t0, t_end=t0 + timedelta(days=rng.choice([0, 1, 7])), time_precision="day",
            loc_precision="district", uncertainty_m=float(rng.randint(1000, 25000)),
            geometry_wkb=_geometry(rng, geometry_of[layer])))
    for d in range(0, n_statements, statements_per_document):
        did = f"d{d // statements_per_document:06d}"
        outlet = rng.choice(OUTLETS)
        parts, spans = [], []
        cursor = 0
        for s in range(d, min(d + statements_per_document, n_statements)):
            lead = f"Paragraph {s}: according to reports, "
            quote = _quote(rng)
            begin = cursor + len(lead)
            spans.append((s, quote, begin, begin + len(quote)))
            parts.append(f"{lead}{quote}\n")
            cursor += len(lead) + len(quote) + 1
        case.documents.append(Document(did, outlet, f"Report {did}", f"https://example.org/{did}",
                                       start + timedelta(days=d % 60), "en", "".join(parts)))
        for s, quote, begin, end in spans:
            speaker = rng.choice(SPEAKERS)
            relays = rng.sample(RELAYS, rng.randint(0, 2))
            case.statements.append(Statement(
                sid=f"s{s:07d}", did=did, speaker=speaker, speaker_role="official",
                affiliation=rng.choice(AFFILIATIONS), setting=rng.choice(["", "press conference", "televised"]),
                relay_chain=" > ".join([speaker, *relays, outlet]), stated_on=date(2015, 10, 1 + s % 28),
                is_direct_quote=rng.random() < 0.5, quote=quote, quote_start=begin, quote_end=end,
                source_reliability=rng.choice([None, "A", "B", "C", "D", "E", "F"]),
                info_credibility=rng.choice([None, 1, 2, 3, 4, 5, 6])))
    seen = set()
    while len(case.links) < n_links:
        feature = case.features[rng.randrange(n_features)]
        sid = f"s{rng.randrange(n_statements):07d}"
        stance = _weighted(rng, STANCE_MIX)
        key = (feature.uid, sid, stance)
        if key in seen:
            continue
        seen.add(key)
        case.links.append(Link(feature.layer, feature.uid, sid, stance, rng.choice(["", "targets were ISIS", ""])))
    return case


GED_SAMPLE = Path(__file__).resolve().parents[1] / "data" / "events" / "ged191_first40.csv"


def events_csv(path, rows, seed=15, first_id=1_000_000):
    """A UCDP GED 19.1 file of rows records made from the 40 real ones (test/data/events): new ids (from first_id), and
    points of precision 1-3 moved a little; those of 4-7 stay on their unit's centroid, as GED places them."""
    import csv

    with open(GED_SAMPLE, encoding="utf-8", newline="") as handle:
        header, *sample = list(csv.reader(handle))
    column = {name: number for number, name in enumerate(header)}
    rnd = random.Random(seed)
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        for n in range(rows):
            row = list(sample[n % len(sample)])
            row[column["id"]] = str(first_id + n)
            if row[column["where_prec"]] in ("1", "2", "3"):
                lat = float(row[column["latitude"]]) + rnd.uniform(-0.05, 0.05)
                lon = float(row[column["longitude"]]) + rnd.uniform(-0.05, 0.05)
                row[column["latitude"]], row[column["longitude"]] = f"{lat:.5f}", f"{lon:.5f}"
                row[column["geom_wkt"]] = f"POINT ({lon:.5f} {lat:.5f})"
            writer.writerow(row)
