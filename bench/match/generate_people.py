#!/usr/bin/env python3
"""Synthetic civil-registration records with duplicates and dirt, for matching benchmarks and accuracy checks.

Writes OUT.csv with the registry columns of dukcapil.csv (RECORD_ID, NIK, NAMA, TEMPAT_LAHIR, TANGGAL_LAHIR,
JENIS_KELAMIN, NO_KK, ALAMAT, KODE_DESA) and OUT_truth.csv (record_id,person_id). Names and villages come from data/names and data/wilayah. A share of
people get one or two extra records with typical dirt: typos, spellings of Muhammad, titles, old spelling, day and
month swapped, a digit off in the NIK or date, a missing NIK, a neighbouring desa.

Usage: generate_people.py --records 1000000 --out /tmp/people [--seed 1] [--duplicate-share 0.2] [--province 32]
This is a stand-in until `tepat demo generate` writes the same columns.
"""
import argparse
import csv
import os
import random

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
MUHAMMAD = ["Muhammad", "Muhamad", "Mohammad", "Mohamad", "Mochamad", "Moh.", "Moch.", "Muh.", "M."]
TITLES_M = ["H.", "Bapak", "Drs.", "Ir."]
TITLES_F = ["Hj.", "Ibu", "Dra."]
DEGREES = [", S.Pd.", ", S.E.", ", S.H.", " S.Kom"]
OLD_SPELLING = [("u", "oe"), ("j", "dj"), ("c", "tj"), ("ny", "nj"), ("sy", "sj"), ("kh", "ch"), ("y", "j")]
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def read_column(path, column, where=None):
    with open(path, newline="", encoding="utf-8") as f:
        return [row[column] for row in csv.DictReader(f) if where is None or where(row)]


def typo(rng, text):
    if len(text) < 3:
        return text
    i = rng.randrange(1, len(text) - 1)
    kind = rng.random()
    if kind < 0.4:
        return text[:i] + rng.choice(LETTERS) + text[i + 1:]
    if kind < 0.7:
        return text[:i] + text[i + 1:]
    if kind < 0.85:
        return text[:i] + rng.choice(LETTERS) + text[i:]
    return text[:i - 1] + text[i] + text[i - 1] + text[i + 1:]


def digit_off(rng, digits):
    if not digits:
        return digits
    i = rng.randrange(len(digits))
    return digits[:i] + str((int(digits[i]) + rng.randrange(1, 10)) % 10) + digits[i + 1:]


def transpose(rng, digits):
    if len(digits) < 2:
        return digits
    i = rng.randrange(len(digits) - 1)
    return digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:]


def dirty_name(rng, name, gender):
    choice = rng.random()
    if choice < 0.35:
        return typo(rng, name)
    if choice < 0.5:
        parts = name.split(" ")
        if parts[0] in MUHAMMAD:
            parts[0] = rng.choice(MUHAMMAD)
            return " ".join(parts)
        return typo(rng, name)
    if choice < 0.65:
        return rng.choice(TITLES_M if gender == "L" else TITLES_F) + " " + name
    if choice < 0.72:
        return name + rng.choice(DEGREES)
    if choice < 0.85:
        old, new = rng.choice(OLD_SPELLING)
        lowered = name.lower()
        if old in lowered:
            i = lowered.index(old)
            return name[:i] + new + name[i + len(old):]
        return typo(rng, name)
    if choice < 0.93:
        return name.upper()
    return "  " + name.lower() + " "


def dirty_date(rng, date):
    if "/" in date:
        return date  # already rewritten once
    y, m, d = date.split("-")
    choice = rng.random()
    if choice < 0.35 and int(d) <= 12 and d != m:
        return f"{y}-{d}-{m}"
    if choice < 0.7:
        return f"{y}-{m}-{d[0]}{digit_off(rng, d[1])}"
    if choice < 0.85:
        return f"{int(y) + rng.choice([-1, 1])}-{m}-{d}"
    return f"{d}/{m}/{y}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, required=True)
    parser.add_argument("--out", required=True, help="output prefix: OUT.csv and OUT_truth.csv")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--duplicate-share", type=float, default=0.2)
    parser.add_argument("--province", default="32", help="2-digit province code whose villages are used")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    given_m = read_column(f"{ROOT}/data/names/given_names.csv", "name", lambda r: r["gender"] == "M")
    given_f = read_column(f"{ROOT}/data/names/given_names.csv", "name", lambda r: r["gender"] == "F")
    family = read_column(f"{ROOT}/data/names/family_names.csv", "name")
    streets = read_column(f"{ROOT}/data/names/street_names.csv", "name")
    villages = read_column(f"{ROOT}/data/wilayah/villages.csv", "code", lambda r: r["code"].startswith(args.province))
    village_names = {}
    with open(f"{ROOT}/data/wilayah/regencies.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            village_names[row["code"]] = row["name"].replace("Kabupaten ", "").replace("Kota ", "")
    places = [v for k, v in village_names.items() if k.startswith(args.province)] or ["Bandung"]

    rows = []
    entity = 0
    kk_serial = 0
    while len(rows) < args.records:
        kk_serial += 1
        desa = rng.choice(villages)
        kec = desa.replace(".", "")[:6]
        kk = kec + f"{rng.randrange(10**10):010d}"
        alamat = f"Jl. {rng.choice(streets)} No. {rng.randrange(1, 200)} RT {rng.randrange(1, 15):02d}/RW {rng.randrange(1, 10):02d}"
        for _ in range(rng.choice([1, 2, 3, 3, 4, 4, 5, 6])):
            if len(rows) >= args.records:
                break
            entity += 1
            gender = rng.choice("LP")
            first = rng.choice(given_m if gender == "L" else given_f)
            if gender == "L" and rng.random() < 0.12:
                first = "Muhammad " + first
            parts = [first] + ([rng.choice(family)] if rng.random() < 0.8 else [])
            nama = " ".join(parts)
            year, month, day = rng.randrange(1940, 2020), rng.randrange(1, 13), rng.randrange(1, 29)
            tanggal = f"{year}-{month:02d}-{day:02d}"
            nik = kec + f"{day + (40 if gender == 'P' else 0):02d}{month:02d}{year % 100:02d}{rng.randrange(1, 10000):04d}"
            tempat = rng.choice(places)
            person = [nik, nama, tempat, tanggal, gender, kk, alamat, desa]
            rows.append((entity, person))
            extra = 0
            if rng.random() < args.duplicate_share:
                extra = 2 if rng.random() < 0.15 else 1
            for _ in range(extra):
                if len(rows) >= args.records:
                    break
                dup = list(person)
                for _ in range(rng.choice([1, 1, 2, 2, 3])):
                    what = rng.random()
                    if what < 0.4:
                        dup[1] = dirty_name(rng, dup[1], gender)
                    elif what < 0.6:
                        dup[3] = dirty_date(rng, dup[3])
                    elif what < 0.75:
                        dup[0] = rng.choice([digit_off(rng, dup[0]), transpose(rng, dup[0]), ""])
                    elif what < 0.82:
                        dup[5] = ""
                    elif what < 0.9:
                        dup[6] = dup[6].upper().replace("JL.", "JALAN")
                    elif what < 0.95:
                        dup[2] = dup[2].upper()
                    else:
                        dup[7] = rng.choice(villages)  # moved
                rows.append((entity, dup))
    rng.shuffle(rows)
    header = ["RECORD_ID", "NIK", "NAMA", "TEMPAT_LAHIR", "TANGGAL_LAHIR", "JENIS_KELAMIN", "NO_KK", "ALAMAT", "KODE_DESA"]
    with open(args.out + ".csv", "w", newline="", encoding="utf-8") as f, \
            open(args.out + "_truth.csv", "w", newline="", encoding="utf-8") as t:
        out = csv.writer(f)
        truth = csv.writer(t)
        out.writerow(header)
        truth.writerow(["record_id", "person_id"])
        for n, (ent, person) in enumerate(rows, start=1):
            out.writerow([f"R{n:08d}"] + person)
            truth.writerow([f"R{n:08d}", f"E{ent}"])


if __name__ == "__main__":
    main()
