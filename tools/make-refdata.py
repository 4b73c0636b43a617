#!/usr/bin/env python3
"""Build resources/refdata/{communes,epci}.tsv from @etalab/decoupage-administratif.

The npm package (MIT licence, Etalab) holds the official list of French communes,
postal codes and intercommunalities (EPCI). The application needs only a few
fields, so this script keeps those in two small tab-separated files that are
compiled into the binaries as Qt resources.

Usage:  npm pack @etalab/decoupage-administratif && tar xzf etalab-*.tgz
        tools/make-refdata.py package/data resources/refdata
"""
import json
import sys
from collections import defaultdict
from pathlib import Path


def main(data_dir: Path, out_dir: Path) -> None:
    communes = json.loads((data_dir / "communes.json").read_text(encoding="utf-8"))
    epcis = json.loads((data_dir / "epci.json").read_text(encoding="utf-8"))

    epci_of = {}
    for e in epcis:
        for m in e["membres"]:
            epci_of[m["code"]] = e["code"]

    # Former communes (merged into a "commune nouvelle") stay known by their old
    # name, because lists made by hand keep using it.
    former = defaultdict(set)
    current = [c for c in communes if c["type"] == "commune-actuelle"]
    for c in communes:
        if c["type"] in ("commune-deleguee", "commune-associee") and c.get("chefLieu"):
            former[c["chefLieu"]].add(c["nom"])
    current_names = {c["code"]: c["nom"] for c in current}

    out_dir.mkdir(parents=True, exist_ok=True)
    with (out_dir / "communes.tsv").open("w", encoding="utf-8", newline="\n") as f:
        f.write("code\tname\tdepartement\tpostal_codes\tepci\tpopulation\tformer_names\n")
        for c in sorted(current, key=lambda c: c["code"]):
            names = sorted(n for n in former.get(c["code"], ()) if n != current_names[c["code"]])
            f.write("\t".join([
                c["code"], c["nom"], c["departement"], ",".join(c.get("codesPostaux", [])),
                epci_of.get(c["code"], ""), str(c.get("population", 0)), "|".join(names),
            ]) + "\n")

    dep_of = {c["code"]: c["departement"] for c in current}
    with (out_dir / "epci.tsv").open("w", encoding="utf-8", newline="\n") as f:
        f.write("code\tname\tdepartements\n")
        for e in sorted(epcis, key=lambda e: e["code"]):
            deps = sorted({dep_of[m["code"]] for m in e["membres"] if m["code"] in dep_of})
            f.write("\t".join([e["code"], e["nom"], ",".join(deps)]) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]))
