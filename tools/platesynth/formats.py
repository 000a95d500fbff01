"""Random plate texts.

Each generator returns (groups, kind) where groups is a list of strings shown with a gap between
them (the label is "".join(groups)) and kind is a short tag ("uk_current", "eu", ...). Letter sets
follow the DVLA rules quoted in /work/shared/DOMAIN.md so that a format validator on the C++ side
accepts what we render as UK plates.
"""

import numpy as np

# The OCR class alphabet after the CTC blank: class 1..10 = '0'..'9', 11..36 = 'A'..'Z'.
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

DIGITS = "0123456789"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# Current format memory tag: never I, Q, Z; the last three letters: never I, Q.
CUR_TAG = "ABCDEFGHJKLMNOPRSTUVWXY"
CUR_TAIL = "ABCDEFGHJKLMNOPRSTUVWXYZ"
# Prefix letter (1983-2001) excludes I, O, Q, U, Z; tail excludes I, Q, Z.
PREFIX_LETTER = "ABCDEFGHJKLMNPRSTVWXY"
PREFIX_TAIL = "ABCDEFGHJKLMNOPRSTUVWXY"
SUFFIX_LETTER = "ABCDEFGHJKLMNPRSTVWXY"


def _pick(rng, chars, n):
    return "".join(chars[i] for i in rng.integers(0, len(chars), n))


def _number(rng, lo_len, hi_len):
    """A number without a leading zero, length in [lo_len, hi_len]."""
    n = int(rng.integers(lo_len, hi_len + 1))
    return _pick(rng, "123456789", 1) + _pick(rng, DIGITS, n - 1)


def uk_current(rng):
    # Age identifier: March = two-digit year (02..), September = year + 50 (51..); 01 never issued.
    year = int(rng.integers(2, 26))
    age = year + (50 if rng.random() < 0.5 else 0)
    if age == 1:
        age = 2
    return [_pick(rng, CUR_TAG, 2) + f"{age:02d}", _pick(rng, CUR_TAIL, 3)], "uk_current"


def uk_prefix(rng):
    return [_pick(rng, PREFIX_LETTER, 1) + _number(rng, 1, 3), _pick(rng, PREFIX_TAIL, 3)], "uk_prefix"


def uk_suffix(rng):
    return [_pick(rng, LETTERS, 3), _number(rng, 1, 3) + _pick(rng, SUFFIX_LETTER, 1)], "uk_suffix"


def uk_dateless(rng):
    # 1-3 letters then 1-4 digits, or the reverse, at most 7 characters.
    nl = int(rng.integers(1, 4))
    nd = int(rng.integers(1, min(4, 7 - nl) + 1))
    letters, digits = _pick(rng, LETTERS, nl), _number(rng, nd, nd)
    groups = [letters, digits] if rng.random() < 0.6 else [digits, letters]
    return groups, "uk_dateless"


def uk_ni(rng):
    # Northern Ireland: the two-letter code contains I or Z, optional leading letter, 1-4 digits.
    code = rng.choice(["IA", "IB", "IG", "IJ", "IL", "IW", "JZ", "KZ", "LZ", "MZ", "NZ", "OI",
                       "AZ", "BZ", "CZ", "DZ", "EZ", "FZ", "GZ", "HZ", "RZ", "SZ", "TZ", "UI", "XI", "YZ"])
    lead = _pick(rng, LETTERS, 1) if rng.random() < 0.8 else ""
    return [lead + str(code), _number(rng, 1, 4)], "uk_ni"


def eu_generic(rng):
    """Generic European layouts, 5-8 characters total, in 2-3 groups."""
    r = rng.random()
    if r < 0.25:
        # German: city code (1-3 letters), emblem gap, 1-2 letters, 1-4 digits.
        city = _pick(rng, LETTERS, int(rng.integers(1, 4)))
        mid = _pick(rng, LETTERS, int(rng.integers(1, 3)))
        room = 8 - len(city) - len(mid)
        num = _number(rng, 1, max(1, min(4, room)))
        return [city, mid, num], "eu_de"
    if r < 0.45:
        # Italian / French / Croatian-like AB 123 CD (RK755AJ).
        return [_pick(rng, LETTERS, 2), _pick(rng, DIGITS, 3), _pick(rng, LETTERS, 2)], "eu_lnl"
    if r < 0.6:
        # Polish-like WA 56660 / WA 1234X.
        tail = _pick(rng, DIGITS, 5) if rng.random() < 0.6 else _pick(rng, DIGITS, 4) + _pick(rng, LETTERS, 1)
        return [_pick(rng, LETTERS, 2), tail], "eu_pl"
    if r < 0.75:
        # Dutch-like sidecodes: 12-ABC-3, AB-123-C, 1-ABC-23 ...
        pats = [("DD", "LLL", "D"), ("LL", "DDD", "L"), ("D", "LLL", "DD"), ("LLL", "DD", "L"), ("LL", "DD", "LL")]
        pat = pats[int(rng.integers(0, len(pats)))]
        return ["".join(_pick(rng, DIGITS if c == "D" else LETTERS, 1) for c in g) for g in pat], "eu_nl"
    # Fully random mixture of letters and digits in 2-3 groups, 5-8 chars (M5XSX, BA123XY ...).
    n = int(rng.integers(5, 9))
    text = "".join(_pick(rng, LETTERS if rng.random() < 0.6 else DIGITS, 1) for _ in range(n))
    cut = sorted(rng.choice(np.arange(1, n), size=int(rng.integers(1, 3)), replace=False))
    groups, prev = [], 0
    for c in list(cut) + [n]:
        groups.append(text[prev:c])
        prev = c
    return groups, "eu_rand"


UK_GENERATORS = [(uk_current, 0.55), (uk_prefix, 0.15), (uk_suffix, 0.1), (uk_dateless, 0.1), (uk_ni, 0.1)]


def random_uk_text(rng):
    gens, weights = zip(*UK_GENERATORS)
    i = rng.choice(len(gens), p=np.array(weights) / sum(weights))
    return gens[i](rng)


def random_plate_text(rng, p_uk=0.65):
    """(groups, kind): a UK plate with probability p_uk, else a generic European one."""
    return random_uk_text(rng) if rng.random() < p_uk else eu_generic(rng)
