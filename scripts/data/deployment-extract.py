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

Usage: scripts/data/deployment-extract.py [DATA_DIR]   (default ../shared/data)
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
