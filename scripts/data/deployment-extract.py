#!/usr/bin/env python3
"""Writes the deployment reference data that the application ships (src/main/resources/deployment)
from the public files of shared/data (see its README.md):

- geopko-locations.csv: GeoPKO 2.3 FrontMap rows (one per deployment map) reduced to one row per
  mission, year and location: the yearly average troops (ave.no.troops, the same on every map of the
  year; NA as 0), the highest headquarters code (3 mission HQ, 2 sector HQ, 1 other), and whether UN police
  or military observers were marked there on any map of the year;
- radpko-totals.csv: RADPKO deployed strength per mission and year (troops, police, observers);
- radpko-contributors.csv: RADPKO troops, police and observers per contributing country, mission
  and year.

- countries-50m-missions.json (when WORLD_ATLAS names the unpacked npm package world-atlas 2.0.2):
  Natural Earth 1:50m country outlines near the missions' locations (see outlines() below).

Usage: [WORLD_ATLAS=dir] scripts/data/deployment-extract.py [DATA_DIR]   (default ../shared/data)
"""
import csv
import os
import sys

data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../../shared/data")
out = os.path.join(os.path.dirname(__file__), "../../src/main/resources/deployment")

groups = {}


def troops(value):
    """NA (no troop figure on the maps, as for police-only missions) counts as no troops."""
    return 0 if value.strip() in ("", "NA") else round(float(value))

with open(os.path.join(data, "geopko_v2.3_frontmap.csv"), newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        key = (row["mission"].strip(), int(row["year"]), row["location"].strip())
        g = groups.setdefault(key, {
            "country": row["country"].strip(),
            "latitude": round(float(row["latitude"]), 5),
            "longitude": round(float(row["longitude"]), 5),
            "troops": troops(row["ave.no.troops"]),
            "hq": 0, "police": 0, "observers": 0})
        g["hq"] = max(g["hq"], int(row["hq"]))
        g["police"] = max(g["police"], int(row["UNPOL"]))
        g["observers"] = max(g["observers"], int(row["UNMO"]))

with open(os.path.join(out, "geopko-locations.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["mission", "year", "location", "country", "latitude", "longitude", "troops", "hq", "police", "observers"])
    for (mission, year, location), g in sorted(groups.items()):
        w.writerow([mission, year, location, g["country"], g["latitude"], g["longitude"], g["troops"], g["hq"], g["police"], g["observers"]])


def reduce(source, target, columns, renamed):
    with open(os.path.join(data, source), newline="", encoding="utf-8") as f, \
            open(os.path.join(out, target), "w", newline="", encoding="utf-8") as o:
        w = csv.writer(o, lineterminator="\n")
        w.writerow(renamed)
        for row in csv.DictReader(f):
            w.writerow([row[c].strip() for c in columns])


reduce("radpko_mission_year_totals.csv", "radpko-totals.csv",
       ["mission", "year", "untrp", "unpol", "unmob"], ["mission", "year", "troops", "police", "observers"])
reduce("radpko_mission_year_contributors.csv", "radpko-contributors.csv",
       ["mission", "year", "contributor", "untrp", "unpol", "unmob"],
       ["mission", "year", "contributor", "troops", "police", "observers"])


# Country outlines: Natural Earth 1:50m from the npm package world-atlas 2.0.2 (`npm pack
# world-atlas@2.0.2`, unpacked; its folder in WORLD_ATLAS), reduced to the countries near some
# mission's locations in some year, with only the arcs they use.
def outlines(world_atlas):
    import json
    with open(os.path.join(world_atlas, "countries-50m.json"), encoding="utf-8") as f:
        topology = json.load(f)
    sx, sy = topology["transform"]["scale"]
    tx, ty = topology["transform"]["translate"]
    arcs = topology["arcs"]
    arc_boxes = []
    for arc in arcs:
        x = y = 0
        xs, ys = [], []
        for dx, dy in arc:
            x += dx
            y += dy
            xs.append(x * sx + tx)
            ys.append(y * sy + ty)
        arc_boxes.append((min(xs), min(ys), max(xs), max(ys)))
    views = []
    boxes = {}
    for (mission, year, _), g in groups.items():
        lon, lat = g["longitude"], g["latitude"]
        b = boxes.get((mission, year), [lon, lat, lon, lat])
        boxes[(mission, year)] = [min(b[0], lon), min(b[1], lat), max(b[2], lon), max(b[3], lat)]
    for b in boxes.values():
        margin = max(b[2] - b[0], b[3] - b[1], 4) * 0.8 + 3  # the map's margin and widening, generously
        views.append((b[0] - margin, b[1] - margin, b[2] + margin, b[3] + margin))

    def indexes(nested):
        if isinstance(nested, int):
            yield nested
        else:
            for n in nested:
                yield from indexes(n)

    kept = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        box = [180, 90, -180, -90]
        for i in indexes(geometry.get("arcs", [])):
            a = arc_boxes[~i if i < 0 else i]
            box = [min(box[0], a[0]), min(box[1], a[1]), max(box[2], a[2]), max(box[3], a[3])]
        if any(box[0] <= v[2] and box[2] >= v[0] and box[1] <= v[3] and box[3] >= v[1] for v in views):
            kept.append(geometry)
    used = sorted({~i if i < 0 else i for g in kept for i in indexes(g.get("arcs", []))})
    renumbered = {old: new for new, old in enumerate(used)}

    def remap(nested):
        if isinstance(nested, int):
            return renumbered[nested] if nested >= 0 else ~renumbered[~nested]
        return [remap(n) for n in nested]

    for g in kept:
        g["arcs"] = remap(g["arcs"])
    reduced = {"type": "Topology", "transform": topology["transform"],
               "objects": {"countries": {"type": "GeometryCollection", "geometries": kept}},
               "arcs": [arcs[i] for i in used]}
    with open(os.path.join(out, "countries-50m-missions.json"), "w", encoding="utf-8") as f:
        json.dump(reduced, f, separators=(",", ":"), ensure_ascii=False)


if os.environ.get("WORLD_ATLAS"):
    outlines(os.environ["WORLD_ATLAS"])
