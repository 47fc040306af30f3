#!/usr/bin/env python3
"""Regenerates dict/events/cameo.tsv from the CAMEO and PLOVER anchors.

The numeric and PLOVER columns are facts read from ../shared/anchors; the
labels are ours and are kept from the existing table (or from --labels, a
"code<TAB>label" file, when bootstrapping). Every code of
CAMEO.eventcodes.txt must have a label, so a new code fails loudly instead of
getting an empty name.

Usage (from the repository root):
  src/events/tools/make_cameo_table.py [--shared ../shared] [--labels FILE]
      [--out dict/events/cameo.tsv]
"""
import argparse
import os
import re
import sys

HEADER = """\
# CAMEO event codes: our encoding of the codebook facts, one row per code.
# Regenerate the fact columns with src/events/tools/make_cameo_table.py;
# edit labels here (the script keeps them).
#
# Columns (tab-separated; plover_type and plover_mode may be empty):
#   code         CAMEO event code, 2 to 4 digits, roots 01-20: every code of
#                CAMEO.eventcodes.txt (Phoenix/PETRARCH list, 311 codes).
#   goldstein    Goldstein conflict-cooperation score in [-10, 10], from
#                CAMEO.goldsteinscale.txt (it covers every code; the Phoenix
#                postprocess table is only a fallback and differs on 016,
#                022, 124, 1246, 163, 165, 166).
#   quad_class   1 verbal cooperation (roots 01-05), 2 material cooperation
#                (06-09), 3 verbal conflict (10-14), 4 material conflict
#                (15-20), by root. ConfliBERT's 0-4 labels use a different
#                split: see CameoTable::QuadFive.
#   plover_type  PLOVER event type from CAMEO2PLOVER-2021.txt (PLOVER draft
#                0.8, openeventdata/PLOVER, CC BY-SA 4.0); empty for roots 01
#                and 02, which PLOVER drops. Root 08 maps to both CONCEDE and
#                RETREAT there; the row for 08 takes CONCEDE, like 080.
#   plover_mode  PLOVER mode (second field of the conversion table), often
#                empty.
#   label        a short name of the code, in our own words. Where
#                CAMEO.eventcodes.txt and the CAMEO 1.1b3 manual disagree
#                (101, 103, 105-108), labels follow the manual.
"""


def read_two_column(path):
    rows = {}
    with open(path, encoding="utf-8") as f:
        next(f)  # header
        for line in f:
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            code, value = line.split("\t")[:2]
            rows.setdefault(code.strip(), value.strip())
    return rows


def read_plover(path):
    plover = {}
    pattern = re.compile(r"^(\d{2,4}):\s*(.*)$")
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = pattern.match(line.rstrip("\r\n"))
            if not m:
                continue
            fields = [x.strip() for x in m.group(2).split("#")[0].split(",")]
            mode = fields[1] if len(fields) > 1 else ""
            plover.setdefault(m.group(1), (fields[0], mode))  # first wins
    return plover


def read_labels(path):
    labels = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            labels[fields[0]] = fields[-1]
    return labels


def quad_class(code):
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.normpath(os.path.join(here, "..", "..", ".."))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=os.path.join(repo, "..", "shared"))
    parser.add_argument("--out", default=os.path.join(repo, "dict/events/cameo.tsv"))
    parser.add_argument("--labels", help="code<TAB>label file (default: --out)")
    args = parser.parse_args()

    cameo = os.path.join(args.shared, "anchors", "cameo")
    codes = read_two_column(os.path.join(cameo, "CAMEO.eventcodes.txt"))
    goldstein = read_two_column(os.path.join(cameo, "CAMEO.goldsteinscale.txt"))
    fallback = read_two_column(
        os.path.join(cameo, "goldstein_scale_from_postprocess.tsv"))
    plover = read_plover(
        os.path.join(args.shared, "anchors", "plover", "CAMEO2PLOVER-2021.txt"))
    labels = read_labels(args.labels or args.out)

    rows = []
    for code in codes:
        if not re.fullmatch(r"\d{2,4}", code) or not 1 <= int(code[:2]) <= 20:
            sys.exit(f"unexpected CAMEO code {code!r}")
        score = goldstein.get(code, fallback.get(code))
        if score is None:
            sys.exit(f"no Goldstein score for {code}")
        if code not in labels:
            sys.exit(f"no label for {code}: add one (--labels)")
        ptype, pmode = plover.get(code, ("", ""))
        rows.append("\t".join([code, f"{float(score):.1f}", str(quad_class(code)),
                               ptype, pmode, labels[code]]))
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(HEADER)
        f.write("\n".join(rows) + "\n")
    print(f"wrote {len(rows)} codes to {args.out}")


if __name__ == "__main__":
    main()
