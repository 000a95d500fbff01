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


# Letters the real-photo evaluation confused (M/H, W/M, K/M, J/I, N): drawn more often when a
# generator is called with boost=True, so the OCR sees enough of them.
BOOST = {"M": 2.0, "W": 2.0, "H": 1.7, "K": 1.7, "J": 1.8, "N": 1.5, "I": 1.2, "U": 1.2, "V": 1.2}


def _wpick(rng, chars, n, boost=True):
    """Like _pick, but letters in BOOST are more likely (if boost)."""
    if not boost:
        return _pick(rng, chars, n)
    w = np.array([BOOST.get(c, 1.0) for c in chars])
    return "".join(chars[i] for i in rng.choice(len(chars), size=n, p=w / w.sum()))


def _number(rng, lo_len, hi_len):
    """A number without a leading zero, length in [lo_len, hi_len]."""
    n = int(rng.integers(lo_len, hi_len + 1))
    return _pick(rng, "123456789", 1) + _pick(rng, DIGITS, n - 1)


def uk_current(rng, boost=False):
    # Age identifier: March = two-digit year (02..), September = year + 50 (51..); 01 never issued.
    year = int(rng.integers(2, 26))
    age = year + (50 if rng.random() < 0.5 else 0)
    if age == 1:
        age = 2
    return [_wpick(rng, CUR_TAG, 2, boost) + f"{age:02d}", _wpick(rng, CUR_TAIL, 3, boost)], "uk_current"


def uk_prefix(rng, boost=False):
    return [_wpick(rng, PREFIX_LETTER, 1, boost) + _number(rng, 1, 3), _wpick(rng, PREFIX_TAIL, 3, boost)], "uk_prefix"


def uk_suffix(rng, boost=False):
    return [_wpick(rng, LETTERS, 3, boost), _number(rng, 1, 3) + _wpick(rng, SUFFIX_LETTER, 1, boost)], "uk_suffix"


def uk_dateless(rng, boost=False):
    # 1-3 letters then 1-4 digits, or the reverse, at most 7 characters.
    nl = int(rng.integers(1, 4))
    nd = int(rng.integers(1, min(4, 7 - nl) + 1))
    letters, digits = _wpick(rng, LETTERS, nl, boost), _number(rng, nd, nd)
    groups = [letters, digits] if rng.random() < 0.6 else [digits, letters]
    return groups, "uk_dateless"


def uk_ni(rng, boost=False):
    # Northern Ireland: the two-letter code contains I or Z, optional leading letter, 1-4 digits.
    code = rng.choice(["IA", "IB", "IG", "IJ", "IL", "IW", "JZ", "KZ", "LZ", "MZ", "NZ", "OI",
                       "AZ", "BZ", "CZ", "DZ", "EZ", "FZ", "GZ", "HZ", "RZ", "SZ", "TZ", "UI", "XI", "YZ"])
    lead = _wpick(rng, LETTERS, 1, boost) if rng.random() < 0.8 else ""
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


# --- Plate specifications: national structures, separators, one or two lines -----------------
#
# A PlateSpec says what to draw: the text groups of each line and, between consecutive groups,
# a separator token. Separators are printed or stuck on the plate but are NEVER part of the label:
#   "gap"     plain space                    "none"    no extra space (e.g. SK 755AJ)
#   "dash"    printed hyphen                 "dot"     small printed dot (CH, some DE)
#   "shield"  coat of arms (SK/AT/HR/HU...)  "sticker" round inspection sticker (CZ, PL, ...)
#   "seals"   German slot: HU sticker above district seal (or one of them, or empty)
#   "emblem"  small PL-style emblem or empty gap
# The renderer (render.render_spec) chooses the mark's look; formats only choose where.

from dataclasses import dataclass, field


@dataclass
class PlateSpec:
    kind: str                      # generator tag, e.g. "uk_current", "eu_sk", "eu_rand"
    country: str                   # "UK", "SK", "CZ", ... ("" for generic)
    lines: list                    # [[group, ...], ...]: one or two lines of groups
    seps: list                     # per line: separator tokens between its groups
    shield: str = ""               # coat-of-arms family for "shield" separators
    extra: dict = field(default_factory=dict)

    @property
    def label(self):
        return "".join(g for line in self.lines for g in line)

    @property
    def two_line(self):
        return len(self.lines) > 1


# Real letter sets where they are restricted (confusable letters are often excluded).
CZ_REGION = "ABCEHJKLMPSTUZ"
CZ_LETTERS = "ABCDEFHIJKLMNPRSTUVXYZ"          # no G, O, Q, W
PL_RESOURCE = "ACEFGHJKLMNPRSTUVWXY"           # no B, D, I, O, Z
FR_LETTERS = "ABCDEFGHJKLMNPQRSTVWXYZ"         # no I, O, U
IT_LETTERS = "ABCDEFGHJKLMNPRSTVWXYZ"          # no I, O, Q, U
ES_LETTERS = "BCDFGHJKLMNPRSTVWXYZ"            # consonants
NL_LETTERS = "BDFGHJKLNPRSTVXZ"
NO_LETTERS = "ABCDEFHJKLNPRSTUVWXYZ"
SK_DISTRICTS = ["BA", "BB", "BJ", "BL", "BN", "BR", "BS", "BY", "CA", "DK", "DS", "DT", "GA", "GL",
                "HC", "HE", "IL", "KA", "KE", "KK", "KM", "KN", "KS", "LC", "LE", "LM", "LV", "MA",
                "MI", "ML", "MT", "MY", "NI", "NM", "NO", "NR", "NZ", "PB", "PD", "PE", "PK", "PN",
                "PO", "PP", "PT", "PU", "RA", "RK", "RS", "RV", "SA", "SB", "SC", "SE", "SI", "SK",
                "SL", "SN", "SO", "SP", "SV", "TN", "TO", "TR", "TS", "TT", "TV", "VK", "VT", "ZA",
                "ZC", "ZH", "ZI", "ZM", "ZV"]
DE_DISTRICTS = ["A", "B", "D", "E", "F", "H", "K", "L", "M", "N", "S", "W", "AA", "AC", "BM", "BN",
                "DO", "DU", "HH", "HB", "HN", "KA", "KI", "KN", "KW", "MH", "MK", "MW", "NW", "WN",
                "WM", "HM", "HK", "JL", "JE", "MKK", "HSK", "WES", "MYK", "NWM", "HWI", "KWS",
                "MSH", "WHV", "JUL", "HMU", "KLE", "MZG", "WAF", "NMS", "MTK", "HEW", "WND", "KMW"]
CH_CANTONS = ["ZH", "BE", "LU", "UR", "SZ", "OW", "NW", "GL", "ZG", "FR", "SO", "BS", "BL", "SH",
              "AR", "AI", "SG", "GR", "AG", "TG", "TI", "VD", "VS", "NE", "GE", "JU"]
AT_DISTRICTS = ["W", "G", "L", "S", "K", "I", "B", "GU", "MD", "WN", "KB", "KO", "HL", "JO", "LL",
                "MU", "NK", "WL", "WU", "ZT", "KI", "HO", "JE", "MI", "VK", "WY", "KS", "BM"]
HR_CITIES = ["ZG", "ST", "RI", "OS", "ZD", "SB", "KA", "VZ", "PU", "DU", "SK", "BJ", "KR", "MA",
             "NA", "PZ", "VK", "ZU", "KZ", "GS", "DA", "SI", "KC", "PS", "VU"]


def _d(rng, n):
    return _pick(rng, DIGITS, n)


def _L(rng, chars, n):
    return _wpick(rng, chars, n, True)


def _from(rng, items):
    return str(items[int(rng.integers(0, len(items)))])


def _pattern(rng, pat, letters=LETTERS):
    """'L' -> letter, 'D' -> digit, anything else literal."""
    return "".join(_L(rng, letters, 1) if c == "L" else _d(rng, 1) if c == "D" else c for c in pat)


def spec_sk(rng):
    tail = _d(rng, 3) + _L(rng, LETTERS, 2)
    sep = "shield" if rng.random() < 0.65 else "dash"
    return PlateSpec("eu_sk", "SK", [[_from(rng, SK_DISTRICTS), tail]], [[sep]], shield="sk")


def spec_cz(rng):
    if rng.random() < 0.15:
        # Pre-2001 format: ULA 12-34.
        return PlateSpec("eu_cz_old", "CZ", [[_L(rng, CZ_LETTERS, 3), _d(rng, 2), _d(rng, 2)]], [["gap", "dash"]])
    third = _L(rng, CZ_LETTERS, 1) if rng.random() < 0.4 else _d(rng, 1)
    head = _pick(rng, "123456789", 1) + _L(rng, CZ_REGION, 1) + third
    return PlateSpec("eu_cz", "CZ", [[head, _d(rng, 4)]], [["sticker" if rng.random() < 0.55 else "gap"]])


def spec_pl(rng):
    if rng.random() < 0.55:
        dist = _L(rng, LETTERS, 2)
        pat = _from(rng, ["DDDDD", "DDDDL", "DDDLL", "DLDDD", "DLLDD", "DDDDD", "DDDDD"])
    else:
        dist = _L(rng, LETTERS, 3)
        pat = _from(rng, ["DDDD", "DDLL", "LDDD", "DDDL", "DLDD", "DLLD", "LLDD", "DDDD"])
    return PlateSpec("eu_pl", "PL", [[dist, _pattern(rng, pat, PL_RESOURCE)]],
                     [["emblem" if rng.random() < 0.5 else "gap"]])


def spec_de(rng):
    dist = _from(rng, DE_DISTRICTS) if rng.random() < 0.6 else _L(rng, LETTERS, int(rng.integers(1, 4)))
    mid = _L(rng, LETTERS, int(rng.integers(1, 3)))
    room = 8 - len(dist) - len(mid)
    num = _number(rng, 1, max(1, min(4, room)))
    if rng.random() < 0.06 and len(dist) + len(mid) + len(num) < 9:
        num += _from(rng, ["E", "H"])   # electric / historic suffix, part of the registration
    return PlateSpec("eu_de", "DE", [[dist, mid, num]], [["seals", "gap"]])


def spec_fr(rng):
    sep = "dash" if rng.random() < 0.85 else "gap"
    return PlateSpec("eu_fr", "FR", [[_L(rng, FR_LETTERS, 2), _d(rng, 3), _L(rng, FR_LETTERS, 2)]], [[sep, sep]])


def spec_it(rng):
    sep = "gap" if rng.random() < 0.7 else "none"
    return PlateSpec("eu_it", "IT", [[_L(rng, IT_LETTERS, 2), _d(rng, 3), _L(rng, IT_LETTERS, 2)]], [[sep, sep]])


def spec_es(rng):
    return PlateSpec("eu_es", "ES", [[_d(rng, 4), _L(rng, ES_LETTERS, 3)]], [["gap"]])


def spec_nl(rng):
    pats = [("DD", "LLL", "D"), ("LL", "DDD", "L"), ("D", "LLL", "DD"), ("LLL", "DD", "L"),
            ("LL", "DD", "LL"), ("DD", "LL", "DD"), ("L", "DDD", "LL"), ("D", "LL", "DDD"),
            ("DDD", "LL", "D"), ("LL", "LL", "DD"), ("DD", "LL", "LL"), ("LL", "DD", "DD")]
    pat = pats[int(rng.integers(0, len(pats)))]
    groups = [_pattern(rng, g, NL_LETTERS) for g in pat]
    return PlateSpec("eu_nl", "NL", [groups], [["dash", "dash"]])


def spec_no(rng):
    return PlateSpec("eu_no", "NO", [[_L(rng, NO_LETTERS, 2), _pick(rng, "123456789", 1) + _d(rng, 4)]], [["gap"]])


def spec_be(rng):
    sep = "dash" if rng.random() < 0.8 else "gap"
    return PlateSpec("eu_be", "BE", [[_pick(rng, "12", 1), _L(rng, LETTERS, 3), _d(rng, 3)]], [[sep, sep]])


def spec_at(rng):
    dist = _from(rng, AT_DISTRICTS)
    if rng.random() < 0.6:
        nd = int(rng.integers(1, 6))
        nl = int(rng.integers(1, 3)) if nd <= 4 else 1
        groups, seps = [dist, _number(rng, nd, nd), _L(rng, LETTERS, nl)], ["shield", "gap" if rng.random() < 0.6 else "none"]
    else:
        groups, seps = [dist, _L(rng, LETTERS, int(rng.integers(1, 3))), _number(rng, 1, 3)], ["shield", "gap"]
    return PlateSpec("eu_at", "AT", [groups], [seps], shield="at")


def spec_ch(rng):
    return PlateSpec("eu_ch", "CH", [[_from(rng, CH_CANTONS), _number(rng, 1, 6)]],
                     [["dot" if rng.random() < 0.35 else "gap"]], shield="ch")


def spec_hr(rng):
    tail = _L(rng, LETTERS, int(rng.integers(1, 3)))
    return PlateSpec("eu_hr", "HR", [[_from(rng, HR_CITIES), _number(rng, 3, 4), tail]], [["shield", "dash"]], shield="hr")


def spec_hu(rng):
    if rng.random() < 0.5:
        return PlateSpec("eu_hu", "HU", [[_L(rng, LETTERS, 3), _d(rng, 3)]], [["dash"]])
    return PlateSpec("eu_hu", "HU", [[_L(rng, LETTERS, 2), _L(rng, LETTERS, 2), _d(rng, 3)]], [["shield", "dash"]], shield="hu")


def spec_ro(rng):
    if rng.random() < 0.3:
        return PlateSpec("eu_ro", "RO", [["B", _d(rng, int(rng.integers(2, 4))), _L(rng, LETTERS, 3)]], [["gap", "gap"]])
    return PlateSpec("eu_ro", "RO", [[_L(rng, LETTERS, 2), _d(rng, 2), _L(rng, LETTERS, 3)]], [["gap", "gap"]])


def spec_nordic_baltic(rng):
    r = rng.random()
    sep = "dash" if rng.random() < 0.35 else "gap"
    if r < 0.6:
        return PlateSpec("eu_abc123", "", [[_L(rng, LETTERS, 3), _d(rng, 3)]], [[sep]])
    if r < 0.8:
        return PlateSpec("eu_abc12a", "SE", [[_L(rng, LETTERS, 3), _d(rng, 2) + _L(rng, LETTERS, 1)]], [["gap"]])
    return PlateSpec("eu_dk", "DK", [[_L(rng, LETTERS, 2), _d(rng, 2), _d(rng, 3)]], [["gap", "gap"]])


def spec_pt_ie(rng):
    if rng.random() < 0.5:
        pats = [("LL", "DD", "LL"), ("DD", "LL", "DD"), ("DD", "DD", "LL"), ("LL", "DD", "DD")]
        pat = pats[int(rng.integers(0, len(pats)))]
        return PlateSpec("eu_pt", "PT", [[_pattern(rng, g) for g in pat]], [["dash", "dash"]])
    county = _from(rng, ["D", "C", "G", "L", "KE", "KY", "MH", "WW", "LK", "WX", "TS", "MO"])
    return PlateSpec("eu_ie", "IE", [[_d(rng, 2) + ("" if rng.random() < 0.7 else _pick(rng, "12", 1)), county, _number(rng, 1, 5)]],
                     [["dash", "dash"]])


_SEP_RANDOM = ["gap", "gap", "gap", "dash", "none", "shield", "sticker", "dot", "emblem"]


def spec_random(rng):
    """Unstructured: random letters/digits in 2-3 groups with random separators."""
    n = int(rng.integers(4, 9))
    p_letter = rng.uniform(0.3, 0.7)
    text = "".join(_L(rng, LETTERS, 1) if rng.random() < p_letter else _d(rng, 1) for _ in range(n))
    cut = sorted(rng.choice(np.arange(1, n), size=int(rng.integers(1, 3)), replace=False))
    groups, prev = [], 0
    for c in list(cut) + [n]:
        groups.append(text[prev:c])
        prev = c
    seps = [_from(rng, _SEP_RANDOM) for _ in groups[1:]]
    return PlateSpec("eu_rand", "", [groups], [seps], shield=_from(rng, ["sk", "at", "hr", "generic"]))


EU_SPECS = [(spec_sk, 0.11), (spec_cz, 0.12), (spec_pl, 0.11), (spec_de, 0.14), (spec_fr, 0.05),
            (spec_it, 0.05), (spec_es, 0.04), (spec_nl, 0.05), (spec_no, 0.03), (spec_be, 0.03),
            (spec_at, 0.04), (spec_ch, 0.03), (spec_hr, 0.03), (spec_hu, 0.02), (spec_ro, 0.02),
            (spec_nordic_baltic, 0.04), (spec_pt_ie, 0.02), (spec_random, 0.13)]
UK_SPEC_GENERATORS = [(uk_current, 0.55), (uk_prefix, 0.15), (uk_suffix, 0.1), (uk_dateless, 0.1), (uk_ni, 0.1)]


def _choose(rng, table):
    gens, weights = zip(*table)
    return gens[int(rng.choice(len(gens), p=np.array(weights) / sum(weights)))]


def _split_two_lines(rng, spec):
    """Turn a one-line spec into a two-line one (split at a group boundary)."""
    groups, seps = spec.lines[0], spec.seps[0]
    if len(groups) < 2:
        return spec
    if spec.country == "DE" and len(groups) == 3:
        k = 2                                   # "M AB" over "123"
    elif len(groups) == 3:
        k = int(rng.integers(1, 3))
    else:
        k = 1
    spec.lines = [groups[:k], groups[k:]]
    spec.seps = [seps[:k - 1], seps[k:]]
    return spec


def random_spec(rng, p_uk=0.5, p_two_line=0.12, uk=None, two_line=None):
    """A random PlateSpec: UK with probability p_uk (or forced by uk=True/False), two lines with
    probability p_two_line (or forced by two_line=True/False)."""
    is_uk = (rng.random() < p_uk) if uk is None else uk
    is_two = (rng.random() < p_two_line) if two_line is None else two_line
    if is_uk:
        groups, kind = _choose(rng, UK_SPEC_GENERATORS)(rng, boost=True)
        if kind == "uk_dateless" and len("".join(groups)) < 2:
            is_two = False
        spec = PlateSpec(kind, "UK", [groups], [["gap"] * (len(groups) - 1)])
    else:
        spec = _choose(rng, EU_SPECS)(rng)
    if is_two:
        spec = _split_two_lines(rng, spec)
    return spec
