#!/usr/bin/env python3
"""Derives the text-analysis dictionaries under src/main/resources/nlp from ../shared/data.

Run once from the repository root (python3 tools/derive-nlp-dictionaries.py [../shared/data]); the service
never reads ../shared. Each output keeps only what the analyzer uses; SOURCES.md beside them names the inputs.

  occupation-terms.tsv   term<TAB>concept from the JobTech (Narval) job-title ontology, lower-cased and
                         de-duplicated; uuids, type and version columns dropped; terms of three characters or
                         fewer dropped (abbreviations are ambiguous and live in the hand-written synonyms.tsv).
  occupation-names.tsv   concept_id<TAB>label<TAB>ssyk for every legacy occupation-name concept (2020 labels,
                         incl. names since retired from the taxonomy), its SSYK-2012 code joined from
                         occId_2_ssyk2012.json on the legacy AMS id. Rows without an SSYK code are dropped.
  vocations.txt          one vocation word a line from Språkbanken's vocation list, lower-cased; rows with
                         broken encoding (UTF-8 read as Latin-1, e.g. "abbÃ©") dropped.
  stopwords-sv.txt       the words of the Snowball Swedish stop list, comments removed.
"""
import csv, json, sys
from pathlib import Path

shared = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
out = Path("src/main/resources/nlp")
out.mkdir(parents=True, exist_ok=True)

pairs = set()
with open(shared / "ontology/termer_koncept_yrke.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f, delimiter=";"):
        term, concept = row["term"].strip().lower(), row["concept"].strip().lower()
        if len(term) > 3 and concept:
            pairs.add((term, concept))
with open(out / "occupation-terms.tsv", "w", encoding="utf-8") as f:
    for term, concept in sorted(pairs):
        f.write(term + "\t" + concept + "\n")

ssyk = json.load(open(shared / "taxonomy/occId_2_ssyk2012.json", encoding="utf-8"))
rows = []
with open(shared / "taxonomy/legacy-id-to-concept-id.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        if row["type"] == "occupation-name" and ssyk.get(row["legacy_ams_taxonomy_id"]):
            rows.append((row["concept_id"], row["preferred_label"].strip(), ssyk[row["legacy_ams_taxonomy_id"]]))
with open(out / "occupation-names.tsv", "w", encoding="utf-8") as f:
    for r in sorted(set(rows)):
        f.write("\t".join(r) + "\n")

words = set()
with open(shared / "language/vocations-sprakbanken.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        w = row["vocation"].strip().lower()
        if w and "Ã" not in w and "Â" not in w:
            words.add(w)
with open(out / "vocations.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(sorted(words)) + "\n")

stop = []
with open(shared / "language/stopwords-sv-snowball.txt", encoding="utf-8") as f:
    for line in f:
        word = line.split("|")[0].strip()
        if word and word not in stop:
            stop.append(word)
with open(out / "stopwords-sv.txt", "w", encoding="utf-8") as f:
    f.write("\n".join(stop) + "\n")
