#!/usr/bin/env python3
"""Build ActorGraph's general-knowledge lexicons.

Inputs (all in this directory, tab-separated, "#" starts a comment line):
  country_short_names.tsv  iso, news short name, extra aliases, ISO-derived aliases to drop
  demonyms.tsv             iso, primary adjective, regular demonyms (get an automatic "-s"
                           plural), verbatim forms
  capitals.tsv             iso, seats of government (";"-separated, "Primary|variant|...")
  territories.tsv          non-sovereign ISO 3166-1 entries: iso, name, aliases, container iso, kind
  regions.tsv              name, aliases, kind, container iso
  cities.tsv               container iso, cities (";"-separated, "Name|variant|...")
  organizations.tsv        name, acronym, aliases, kind, country iso
plus ISO 3166-1 from Debian's iso-codes package (/usr/share/iso-codes/json/iso_3166-1.json).

Outputs (pretty-printed UTF-8 JSON, deterministic):
  Sources/ActorGraphExtraction/Resources/countries.json
  Sources/ActorGraphExtraction/Resources/places.json
  Sources/ActorGraphExtraction/Resources/organizations.json

Python 3 standard library only. Exits non-zero if any validation fails
(unknown container, ISO code not classified, surface-form collision between two
different entities).
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEFAULT_ISO = Path("/usr/share/iso-codes/json/iso_3166-1.json")
DEFAULT_OUT = REPO / "Sources" / "ActorGraphExtraction" / "Resources"

PLACE_KINDS = {"region", "territory", "city", "continent"}
ORG_KINDS = {"armed-group", "intergovernmental", "court", "agency", "alliance", "news-agency", "ngo", "government-body"}

# Endings after which a demonym takes no "-s" plural.
NO_PLURAL_ENDINGS = ("s", "sh", "ch", "x", "z", "ese")

errors: list[str] = []


def fold(s: str) -> str:
    """Lookup key, mirroring Lexicon.key in Swift: case- and diacritic-insensitive
    (String.applyingFold), typographic apostrophes normalised, hyphens read as spaces,
    periods dropped, whitespace collapsed. "U.S." == "US", "Nagorno-Karabakh" ==
    "Nagorno Karabakh"."""
    s = s.replace("\u2019", "'").replace("\u02bb", "'").replace("\u2018", "'")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ı", "i")  # dotless i (Turkish/Azerbaijani) has no decomposition
    s = s.replace("-", " ").replace(".", "")
    return " ".join(s.casefold().split())


def read_tsv(name: str, ncols: int) -> list[list[str]]:
    rows = []
    for lineno, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) > ncols:
            errors.append(f"{name}:{lineno}: {len(cols)} columns, expected {ncols}")
        cols += [""] * (ncols - len(cols))
        rows.append(cols)
    return rows


def split_list(field: str, sep: str = "|") -> list[str]:
    return [p.strip() for p in field.split(sep) if p.strip()]


def uniq(items) -> list[str]:
    """Exact-duplicate removal, first occurrence wins (spelling variants that differ
    only by diacritics are kept on purpose, for consumers that do not fold)."""
    seen, out = set(), []
    for x in items:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def sort_key(s: str):
    return (fold(s), s)


def strip_the(s: str) -> str:
    return s[4:] if s.startswith("the ") else s


def plural(word: str) -> str | None:
    if word.endswith(NO_PLURAL_ENDINGS):
        return None
    return word + "s"


def load_iso(path: Path) -> dict[str, dict]:
    data = json.loads(path.read_text(encoding="utf-8"))["3166-1"]
    return {e["alpha_2"]: e for e in data}


def iso_aliases(e: dict) -> list[str]:
    return [strip_the(e[k]) for k in ("name", "official_name", "common_name") if e.get(k)]


def build_countries(iso: dict[str, dict]):
    short = read_tsv("country_short_names.tsv", 4)
    dem = {r[0]: r for r in read_tsv("demonyms.tsv", 4)}
    caps = {r[0]: r for r in read_tsv("capitals.tsv", 2)}
    countries = {}
    for code, name, extra, drop in short:
        if code in countries:
            errors.append(f"country {code} listed twice")
        base = iso_aliases(iso[code]) if code in iso else []
        dropped = {fold(d) for d in split_list(drop)}
        aliases = [a for a in uniq(split_list(extra) + base) if a != name and fold(a) not in dropped]
        d = dem.get(code)
        if d is None:
            errors.append(f"demonyms.tsv: no row for {code}")
            adjectives = []
        else:
            # Primary adjective first (the consumer takes the first form not ending in
            # "s" as the country's adjective), then each regular demonym followed by
            # its plural, then the verbatim forms. Table order, not alphabetical.
            nouns = split_list(d[2])
            adjectives = split_list(d[1])
            for n in nouns:
                adjectives += [n] + ([plural(n)] if plural(n) else [])
            adjectives += split_list(d[3])
        c = caps.get(code)
        capitals, capital_aliases = [], {}
        if c is None:
            errors.append(f"capitals.tsv: no row for {code}")
        else:
            for item in split_list(c[1], ";"):
                forms = split_list(item)
                capitals.append(forms[0])
                if forms[1:]:
                    capital_aliases[forms[0]] = sorted(uniq(forms[1:]), key=sort_key)
        countries[code] = {
            "name": name,
            "aliases": sorted(aliases, key=sort_key),
            "adjectives": uniq(adjectives),
            "capitals": uniq(capitals),
            "capitalAliases": capital_aliases,
            "iso": code,
        }
    for code in set(dem) - set(countries):
        errors.append(f"demonyms.tsv: {code} is not a country")
    for code in set(caps) - set(countries):
        errors.append(f"capitals.tsv: {code} is not a country")
    return countries


def container_name(code: str, countries: dict, where: str):
    if code in ("", "-"):
        return None
    if code not in countries:
        errors.append(f"{where}: container {code!r} is not a country")
        return None
    return countries[code]["name"]


def build_places(iso: dict[str, dict], countries: dict):
    places = []
    territories = read_tsv("territories.tsv", 5)
    seen_iso = set()
    for code, name, extra, cont, kind in territories:
        seen_iso.add(code)
        if code not in iso:
            errors.append(f"territories.tsv: unknown ISO code {code}")
            continue
        aliases = [a for a in uniq(split_list(extra) + iso_aliases(iso[code])) if a != name]
        places.append({"name": name, "aliases": aliases, "kind": kind,
                       "container": container_name(cont, countries, f"territory {name}")})
    # every ISO 3166-1 entry must be either a country or a territory, not both
    for code in iso:
        if (code in countries) == (code in seen_iso):
            errors.append(f"ISO {code} ({iso[code]['name']}) must be in exactly one of "
                          f"country_short_names.tsv / territories.tsv")
    for name, extra, kind, cont in read_tsv("regions.tsv", 4):
        places.append({"name": name, "aliases": uniq(split_list(extra)), "kind": kind,
                       "container": container_name(cont, countries, f"region {name}")})
    for cont, items in read_tsv("cities.tsv", 2):
        cname = container_name(cont, countries, f"cities of {cont}")
        for item in split_list(items, ";"):
            forms = split_list(item)
            places.append({"name": forms[0], "aliases": uniq(forms[1:]), "kind": "city",
                           "container": cname})
    for p in places:
        if p["kind"] not in PLACE_KINDS:
            errors.append(f"place {p['name']}: bad kind {p['kind']!r}")
        p["aliases"] = sorted(p["aliases"], key=sort_key)
    return sorted(places, key=lambda p: sort_key(p["name"]))


def build_orgs(countries: dict):
    orgs = []
    for name, acronym, extra, kind, cont in read_tsv("organizations.tsv", 5):
        acr = None if acronym in ("", "-") else acronym
        aliases = [a for a in uniq(split_list(extra)) if a != name and a != acr]
        if kind not in ORG_KINDS:
            errors.append(f"organization {name}: bad kind {kind!r}")
        if (kind == "government-body") != (cont not in ("", "-")):
            errors.append(f"organization {name}: country is required for, and only for, government bodies")
        orgs.append({"name": name, "acronym": acr, "aliases": sorted(aliases, key=sort_key),
                     "kind": kind, "country": container_name(cont, countries, f"organization {name}")})
    return sorted(orgs, key=lambda o: sort_key(o["name"]))


def check_collisions(countries: dict, places: list, orgs: list) -> list[str]:
    """A folded surface form may belong to only one entity (across all three files)."""
    owners: dict[str, set] = defaultdict(set)
    forms: dict[str, set] = defaultdict(set)

    def add(form: str, owner: str):
        k = fold(form)
        owners[k].add(owner)
        forms[k].add(form)

    for c in countries.values():
        owner = f"country:{c['name']}"
        for s in [c["name"], *c["aliases"], *c["adjectives"], *c["capitals"],
                  *[a for v in c["capitalAliases"].values() for a in v]]:
            add(s, owner)
    for p in places:
        for s in [p["name"], *p["aliases"]]:
            add(s, f"place:{p['kind']}:{p['name']}")
    for o in orgs:
        for s in [o["name"], *([o["acronym"]] if o["acronym"] else []), *o["aliases"]]:
            add(s, f"org:{o['name']}")
    return [f"{'/'.join(sorted(forms[k]))}: {sorted(v)}" for k, v in sorted(owners.items()) if len(v) > 1]


def write_json(path: Path, source: str, entries: list):
    doc = {"source": source, "entries": entries}
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--iso", type=Path, default=DEFAULT_ISO)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true", help="validate only, write nothing")
    args = ap.parse_args()

    iso = load_iso(args.iso)
    countries = build_countries(iso)
    places = build_places(iso, countries)
    orgs = build_orgs(countries)
    collisions = check_collisions(countries, places, orgs)

    for c in collisions:
        print("COLLISION", c, file=sys.stderr)
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    if collisions or errors:
        return 1

    country_list = sorted(countries.values(), key=lambda c: sort_key(c["name"]))
    kinds = ", ".join(f"{k}={sum(p['kind'] == k for p in places)}" for k in sorted(PLACE_KINDS))
    print(f"countries: {len(country_list)}  places: {len(places)} "
          f"({kinds})  "
          f"organizations: {len(orgs)}")
    if args.check:
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    iso_note = "ISO 3166-1 codes, ISO short names and official names from Debian iso-codes (iso_3166-1.json)"
    write_json(args.out / "countries.json",
               f"{iso_note}; sovereign states (UN members plus Palestine, Kosovo (user-assigned code XK), "
               "Taiwan and Vatican City); news short names, aliases, demonyms and seats of government "
               "hand-tabulated from general knowledge in scripts/lexicon/*.tsv; generated by "
               "scripts/lexicon/build_lexicons.py",
               country_list)
    write_json(args.out / "places.json",
               f"{iso_note} for dependent territories; continents, world regions, disputed and autonomous "
               "regions and major cities hand-tabulated from general knowledge in "
               "scripts/lexicon/{territories,regions,cities}.tsv; generated by scripts/lexicon/build_lexicons.py",
               places)
    write_json(args.out / "organizations.json",
               "International and intergovernmental organizations, courts, NGOs, news agencies and "
               "well-known government bodies, hand-tabulated from general knowledge in "
               "scripts/lexicon/organizations.tsv; generated by scripts/lexicon/build_lexicons.py",
               orgs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
