#!/usr/bin/env python3
"""Derives src/main/resources/geo/municipalities.csv from ../shared/data/geo (run once; the service never reads ../shared).

Keeps only fields with a clear licence: SCB codes and names (CC0), JobTech concept ids and JobTech place
coordinates (Apache-2.0). Where municipalities-merged.csv took its point from the licence-unverified
Google 2015 file, the median of the municipality's JobTech places is used instead (when it has one). Population is dropped.
"""
import csv, json, statistics, sys
from pathlib import Path

shared = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
places = json.load(open(shared / "geo/jobtech-places.json"))
by_code = {}
for p in places:
    if p["latitud"] and p["longitud"]:
        by_code.setdefault(p["kommunkod"], []).append((p["latitud"], p["longitud"]))

out = csv.writer(open("src/main/resources/geo/municipalities.csv", "w", newline=""), lineterminator="\n")
out.writerow(["code", "name", "county_code", "county_name", "concept_id", "region_concept_id", "lat", "lon", "point_source"])
for row in csv.DictReader(open(shared / "geo/municipalities-merged.csv")):
    lat, lon, source = row["central_lat"], row["central_lon"], "jobtech place " + (row["central_place"] or "")
    if "google" in row["central_source"]:
        pts = by_code.get(row["municipality_code"])
        if pts:
            lat, lon = statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts)
            source = "median of %d jobtech places" % len(pts)
        else:  # no JobTech place with coordinates: keep the merged file's point and say so
            source = "google 2015 (licence unverified)"
    out.writerow([row["municipality_code"], row["municipality_name_short"], row["county_code"], row["county_name"],
                  row["jobtech_municipality_concept_id"], row["jobtech_region_concept_id"],
                  "%.6f" % float(lat), "%.6f" % float(lon), source.strip()])
