"""Whether two names are one employer, and a name's fuller form (issue #24): :func:`_same_company` (a domain's or a
mail's short name for a company applied to: initials, particles, a trade's or a group's word, an institution, a
council), a country after a subsidiary's name (:func:`_without_country`), and the signature, the institution or the
initials that give a name in full (:func:`_signed_in_full`, :func:`_institution_named`, :func:`_initials_spelled`).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from .mail_domains import (
    _TRADE_SHORT,
)
from .mail_keys import (
    _CAPITALISED_LINE_RUN,
    _LEGAL,
    _SENDER_SUFFIX,
    _translit,
    _unaccented,
    company_key,
)
from .mail_roles import _DEPARTMENT_NAME, _is_role, _names_a_company
from .phrases import _I


def _without_country(name, *texts) -> str:
    r"""``name`` without the country a subsidiary's legal name carries before its form in ``texts``.

    >>> _without_country("Sahel Agritech Nigeria", "Regards,\nSahel Agritech Nigeria Limited")
    'Sahel Agritech'
    >>> _without_country("Air Canada", "Air Canada Inc."), _without_country("Bank of Canada", "Bank of Canada Ltd")
    ('Air Canada', 'Bank of Canada')
    """
    if not name:
        return name
    bare = name
    for _ in range(3):  # ("Equity Bank Kenya Limited": a sender's name keeps its legal form)
        bare = _LEGAL.sub("", bare).strip(" ,")
    m = _COUNTRY_END.match(bare)
    if m and " " in m.group("stem") and not _STEM_ENDS_SMALL.search(m.group("stem")):
        if bare != name.strip(" ,"):
            return m.group("stem")  # the name itself carried the form after its country
        before_form = re.compile(re.escape(name) + _COUNTRY_FORM)
        if any(before_form.search(text) for text in texts):
            return m.group("stem")
    return name


#: A country or region a subsidiary's legal name ends with, before its form ("... Philippines, Inc.", "... India
#: Private Limited", "... Deutschland GmbH", "... (Hong Kong) Limited").
_COUNTRIES = (
    r"Philippines|Nigeria|India|Kenya|Ghana|South Africa|Egypt|Morocco|Singapore|Malaysia|Indonesia|Vietnam|Thailand|"
    r"Pakistan|Bangladesh|Sri Lanka|Japan|Korea|China|Hong Kong|Taiwan|Australia|New Zealand|Canada|USA|U\.S\.A?\.?|"
    r"US|UK|GB|U\.K\.|Ireland|Deutschland|Germany|Österreich|Austria|Schweiz|Switzerland|Suisse|France|España|Spain|"
    r"Portugal|Italia|Italy|Nederland|Netherlands|Belgium|Belgique|Polska|Poland|Sverige|Sweden|Danmark|Denmark|"
    r"Norge|Norway|Finland|México|Mexico|Brasil|Brazil|Argentina|Chile|Colombia|Perú|Peru|UAE|Middle East|Europe|"
    r"EMEA|APAC|Asia Pacific|Asia|Americas|North America|Latin America|Latam"
)


#: A name ending with a country (the stem is the employer; of two words at least, but where the sender names it).
_COUNTRY_END = re.compile(rf"(?P<stem>\S+(?:\s+\S+)*?)\s+\(?(?:{_COUNTRIES})\)?$")


#: ... not "Bank of| Canada", "Banco de| México": the country is then the name's.
_STEM_ENDS_SMALL = re.compile(r"\s(?:of|de|del|do|da|für|for|and|&|y|et|und)$", _I)


#: ... and the legal form that must follow it in the mail ("Philippines, Inc.", "Nigeria Limited").
_COUNTRY_FORM = (
    r"\)?,?\s+(?i:inc\b|llc\b|ltd\b|limited\b|pvt\b|private limited\b|pte\b|pty\b|plc\b|corp\b|corporation\b|gmbh\b|"
    r"ag\b|s\.?a\.?(?:\s|$|,)|s\.?l\.?u?\b|s\.?r\.?l\b|b\.?v\b|n\.?v\b|sdn\.? bhd\b|ltda\b|k\.?k\b|co\.,? ltd\b)"
)


#: A public body's name, "County of Placer", "City of Austin", "University of Leeds": its domain names the place.
#: A city's or a county's own department: "Chula Vista Police Department", "Austin Fire Department" (group 1: the place).
_CITY_DEPARTMENT = re.compile(
    r"^(?:the\s+)?(.+?)\s+(?:police|fire(?:[- ]rescue)?|public works|parks (?:and|&) recreation|public library|"
    r"water|utilities)(?:\s+(?:department|dept\.?|services|division))?$",
    _I,
)


_PUBLIC_BODY = re.compile(r"(?:county|city|state|town|university|department|ville|stadt|ciudad) of\s", _I)


#: A government body's name: "Ministry for Coastal Affairs", "Department of Conservation", "Office of the Auditor".
_MINISTRY = re.compile(r"(?:ministry|department|office|agency|bureau|commission|authority) (?:of|for)\s", _I)


#: A public employer named in a notice: "Department of Veterans Affairs", "City of Austin", "University of Leeds".
_PUBLIC_NAME = re.compile(
    r"\b(?:(?:U\.S\.\s)?Department|Office|Bureau|Agency|Administration|Ministry|County|City|State|University|Ville|"
    r"Stadt) (?:of|for) (?:the )?[A-Z][\w&'-]*(?:[ \t]+(?:of|and|the|for|[A-Z][\w&'-]*)){0,4}"
)


@functools.lru_cache(maxsize=8192)
def _bare(name):
    """A name without particles and signs, as a domain spells it ("Fromagerie du Jura" → fromageriejura)."""
    # ("The Reserve at Brookside" → reservebrookside; not AT&T's "at")
    return re.sub(
        r"\b(?:du|de|des|la|le|les|der|die|das|von|of|the|del|y|et|und|and|at(?!&))\b|[^a-z0-9]", "", name.lower()
    )


@functools.lru_cache(maxsize=8192)
def _initialled(name):
    """A name as a domain may shorten it, its last words to their initials: "Columbus Metro Credit Union" → cmcu,
    columbusmcu, columbusmetrocu; "Ridings Building Society" → rbs, ridingsbs (two initials at least)."""
    words = [w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in ("of", "and", "the", "for", "&")]
    out = {"".join(words[:i]) + "".join(w[0] for w in words[i:]) for i in range(len(words) - 1)}
    # (a German compound gives its last part's initial too: "Zürcher Kantonalbank" → zkb, "Bernische Kraftwerke" →
    # bkw)
    plain = [w for w in re.findall(r"[a-z0-9]+", _translit(_unaccented(name.lower()))) if w not in _SMALL_NAME_WORDS]
    split = [
        part for w in plain for part in (_COMPOUND_END.fullmatch(w).groups() if _COMPOUND_END.fullmatch(w) else (w,))
    ]
    if len(split) > len(plain):
        out |= {"".join(w[0] for w in split)}
    return out


#: A German compound's last part a domain's initials give a letter to ("Kantonal-bank", "Kraft-werke").
_COMPOUND_END = re.compile(r"([a-z]{4,}?)(bank|versicherungen|versicherung|kasse|bahnen|bahn|werke|werk|post)")


@functools.lru_cache(maxsize=8192)
def _abbreviates(key, name) -> bool:
    """Whether a domain's ``key`` spells ``name`` word by word, each word whole, cut to three letters or more, or its
    initial: "tcmedsupply" for "Twin Cities Medical Supply", "bhfoods" for "Blue Harbor Foods"; every word has a
    part, and two words at least give their initials, or two at least give more.

    >>> _abbreviates("tcmedsupply", "Twin Cities Medical Supply"), _abbreviates("bhfoods", "Blue Harbor Foods")
    (True, True)
    >>> _abbreviates("acmem", "Acme Medical"), _abbreviates("acme", "Acme Medical")
    (False, False)
    >>> _abbreviates("mpie", "Max-Planck-Institut für Eisenforschung")
    True
    """
    # (a name's small words give no letter: "Max-Planck-Institut für Eisenforschung" is mpie)
    words = [w for w in re.findall(r"[a-z0-9]+", _translit(_unaccented(name.lower()))) if w not in _SMALL_NAME_WORDS]
    if len(words) < 2 or len(key) < 4:
        return False

    @functools.lru_cache(maxsize=None)
    def ways(i, at):  # (initials, longer parts) of each way words[i:] spell key[at:]
        if i == len(words):
            return frozenset({(0, 0)}) if at == len(key) else frozenset()
        word, found = words[i], set()
        for n in {1, *range(3, len(word) + 1)}:
            if key.startswith(word[:n], at):
                found |= {(a + (n == 1), b + (n > 1)) for a, b in ways(i + 1, at + n)}
        return frozenset(found)

    return any(a >= 2 or b >= 2 for a, b in ways(0, 0))


@functools.lru_cache(maxsize=8192)
def _without_particles(name):
    """A name's words run together without its particles, as a domain may spell it: "Banco del Pacífico Sur" →
    bancopacificosur."""
    text = unicodedata.normalize("NFKD", name.lower())
    words = re.findall(r"[a-z0-9]+", "".join(c for c in text if not unicodedata.combining(c)))
    return _translit("".join(w for w in words if w not in _PARTICLES))


_PARTICLES = frozenset("de del la las los el y of the and und der die das von du des le et".split())


#: The words a domain's letters skip in a name (:func:`_abbreviates`).
_SMALL_NAME_WORDS = frozenset("of and the & für fur fuer zu zur zum".split())


#: A name's last word that says what the company is ("Yum! Brands", "Kin Group"): its domain may drop it.
_WHAT_IT_IS = frozenset("brands group holdings foods company companies industries".split())


#: US federal employers' domain names (af.mil, va.gov) and the words of the names they write as (through USAJOBS).
_FEDERAL_DOMAINS = {
    "af": "air force",
    "usaf": "air force",
    "army": "army",
    "navy": "navy",
    "usmc": "marine corps",
    "uscg": "coast guard",
    "va": "veterans affairs",
    "dhs": "homeland security",
    "irs": "internal revenue",
    "ssa": "social security",
    "usda": "agriculture",
    "nasa": "aeronautics and space",
    "nih": "national institutes of health",
    "cdc": "disease control",
    "hhs": "health and human services",
    "epa": "environmental protection",
    "gsa": "general services",
    "opm": "personnel management",
    "dla": "defense logistics",
    "disa": "defense information systems",
}


#: A word of region or reach a domain adds to a name's first words ("greatheartsamerica", "acmeglobal").
_DOMAIN_REACH = frozenset("america americas usa global worldwide international world group careers jobs".split())


@functools.lru_cache(maxsize=8192)
def _first_words(name):
    """A name's first words run together, from two words on ("desertstar" of "Desert Star Resort & Casino"): a
    domain may be those and a short tail (desertstarlv.com, its town's letters)."""
    words = [w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in ("the", "&")]
    return {"".join(words[:i]) for i in range(2, len(words))}


#: An initialism written with dots before a name's next word ("U.S. Census Bureau", "J.P. Morgan").
_INITIALISM = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}(?=\s*[A-Z])")


#: ... and an abbreviation a name starts a word with ("Dr. Martens", "St. Jude Children's Research Hospital").
_DOTTED = re.compile(rf"{_INITIALISM.pattern}|\b(?:Dr|St|Mt|Ft|Ste)\.(?=\s+[A-Z])")


#: A dot kept inside a name while the name is cut at its sentence's end (put back after).
_KEPT_DOT = "\u2024"


#: A firm's name of partners, its commas kept: "Harlow, Pierce & Wendt", "Skadden, Arps, Slate, Meagher & Flom".
_PARTNERS = re.compile(r"\b[A-Z][\w'’-]+(?:, [A-Z][\w'’-]+)+,? (?:&|and) [A-Z][\w'’-]+")


_KEPT_COMMA = "\u02bc"  # (a letter: the name's words run on through it)


#: The kind of institution a one-word name is short for ("Mayo Clinic", "Harvard University").
_INSTITUTION = r"(?:Clinic|University|College|Hospital|Health(?: ?care| System)?|Medical Center|Foundation|Institute)"


_INSTITUTION_WORDS = re.compile(rf"\s+{_INSTITUTION}", re.I)


def _institution_of(word, name) -> bool:
    """Whether ``name`` is the one ``word`` (lower case) and an institution's kind: "Mayo Clinic" for "mayo"."""
    return name.lower().startswith(word) and bool(_INSTITUTION_WORDS.fullmatch(name, len(word)))


def _signed_in_full(name, text) -> str:
    r"""The fuller name a mail's signature line gives a name found in its subject or text ("Thanks for applying to
    Fenwick Data", signed "Fenwick Data & Analytics Partners Ltd"), else "".

    >>> _signed_in_full("Fenwick Data", "Best wishes,\nFenwick Data & Analytics Partners Ltd")
    'Fenwick Data & Analytics Partners'
    >>> _signed_in_full("Fenwick Data", "Best wishes,\nFenwick Data"), _signed_in_full("Acme", "Acme Recruiting Team")
    ('', '')
    >>> _signed_in_full("Calder & Rowe", "Calder & Rowe Consulting - Graduate Recruitment")
    'Calder & Rowe Consulting'
    >>> _signed_in_full("Calder & Rowe", "Calder & Rowe Consulting - Manchester, UK")
    ''
    """
    if not name or name not in text:
        return ""
    m = re.search(
        rf"(?m)^[ \t]*{re.escape(name)}((?:[ \t]+(?:&[ \t]+|and[ \t]+)?[A-Z][\w&'’.-]*){{1,4}})"
        # ("Calder & Rowe Consulting - Graduate Recruitment": the employer's line with its department after a dash)
        r"(?P<team>[ \t]+[-–—|][ \t]+[^\n]{3,40})?[ \t]*$",
        text[-400:],
    )
    if not m or (m.group("team") and _SENDER_SUFFIX.sub("", f"x {m.group('team').strip(' -–—|')}") != "x"):
        return ""
    full = f"{name}{m.group(1)}"
    for _ in range(3):  # ("... India Private Limited")
        full = _LEGAL.sub("", full).strip()
    # ("Orbitra Software India Private Limited": a subsidiary's country is no part of the employer's name)
    full = _without_country(full, text)
    if (
        full == name
        or not re.search(r"[a-z]{2}", full[len(name) :])  # ("Minera Altiplano S.A.A.": a legal form's letters)
        or _DEPARTMENT_NAME.search(full)
        or _SENDER_SUFFIX.sub("", full) != full
        # ("EPIK Office": the name and its office's word)
        or re.fullmatch(r"\s*(?:Office|Desk|Unit|Secretariat|Division|Department|Headquarters|HQ)", m.group(1))
    ):
        return ""  # ("Acme Recruiting Team": a department's line)
    return full


def _institution_named(name, text) -> str:
    """The institution a name (a domain's, "Mayo"; a sender's, "St. Brendan's") is short for where the mail names it
    whole ("On behalf of Mayo Clinic", "the Residency Program at St. Brendan's Hospital"), else "".

    >>> _institution_named("Mayo", "On behalf of Mayo Clinic, I am pleased"), _institution_named("Acme", "Acme Corp")
    ('Mayo Clinic', '')
    >>> _institution_named("St. Brendan's", "the Internal Medicine Residency Program at St. Brendan's Hospital.")
    "St. Brendan's Hospital"

    A professional firm's name goes on with what it is ("Thank you for applying to Lindqvist Baer", then "your
    interest in Lindqvist Baer Architects"):

    >>> _institution_named("Lindqvist Baer", "Thanks for your interest in Lindqvist Baer Architects!")
    'Lindqvist Baer Architects'
    """
    if not name:
        return ""
    # (not a campus team: "Kestrel Systems University Recruiting")
    m = re.search(
        rf"\b{re.escape(name)}\s+({_INSTITUTION}|{_FIRM_ENDING})\b"
        r"(?![ \t]+(?i:recruiting|recruitment|relations|programs?|talent|hiring|careers)\b)",
        text,
    )
    return f"{name} {m.group(1)}" if m else ""


#: What a professional firm's name ends on ("Lindqvist Baer Architects", "Hale & Ortiz Engineers").
_FIRM_ENDING = r"(?:Architects|Architecture|Engineers|Associates|Attorneys)"


def _initials_spelled(name, text) -> str:
    """The name in ``text`` that ``name``'s initials spell ("P&G": "Procter & Gamble", "EY": "Ernst & Young"),
    else "".

    Examples
    --------
    >>> _initials_spelled("P&G", "Thank you for applying to Procter & Gamble for the Brand Analyst role")
    'Procter & Gamble'
    >>> _initials_spelled("EY", "applying to Ernst & Young LLP"), _initials_spelled("IBM", "at IBM Research")
    ('Ernst & Young', '')
    >>> _initials_spelled("TCS", "selected for the position at Tata Consultancy Services. Please find attached")
    'Tata Consultancy Services'
    >>> _initials_spelled("M&S", "© 2025 All rights reserved. 100 Main Street, Suite 400")
    ''
    >>> _initials_spelled("MPIE", "am Max-Planck-Institut für Eisenforschung. Ihre Unterlagen")
    'Max-Planck-Institut für Eisenforschung'
    """
    if not re.fullmatch(r"[A-Z](?:&?[A-Z]){1,3}", name):
        return ""
    letters = name.replace("&", "")
    # (an ampersand in the initials stands between their words: "M&S" is "Marks & Spencer", not "Main Street")
    word = r"([A-Z][\w'’.-]+)"
    words = word + "".join(
        (r"\s+(?:&|and)\s+" if part.startswith("&") else r"\s+(?:(?:&|and)\s+)?") + word
        for part in re.findall(r"&?[A-Z]", name)[1:]
    )
    for m in re.finditer(rf"\b{words}", text):
        if "".join(w[0] for w in m.groups()) == letters and not any(w.isupper() for w in m.groups()):
            # (a sentence's full stop is no part of the name: "at Tata Consultancy Services. Please find ..."; an
            # abbreviation's is, "Johnson & Johnson Co.")
            return m.group(0)[:-1] if m.group(0).endswith(".") and len(m.groups()[-1]) > 5 else m.group(0)
    if "&" in name:
        return ""
    # ... and words joined by hyphens, with a small word between ("MPIE": "Max-Planck-Institut für Eisenforschung")
    words = r"(?:\s+|-)(?:(?:für|fur|de|der|des|du|of|and|&)\s+)?".join([r"([A-ZÄÖÜ][\w'’.]+)"] * len(letters))
    for m in re.finditer(rf"\b{words}\b", text):
        if "".join(w[0] for w in m.groups()) == letters and not any(w.isupper() for w in m.groups()):
            return m.group(0)
    return ""


#: The department after an agency's name: ", Department of Veterans Affairs" (", U.S. Department of the Interior").
_DEPARTMENT_AFTER = re.compile(
    r",\s+(?:the\s+)?((?:U\.\s?S\.\s+)?Department of (?:the )?[A-Z][\w&'-]*(?: (?:and |of )?[A-Z][\w&'-]*){0,3})"
)


#: An agency's last word ("Veterans Health Administration", "Bureau of Land Management" is named whole).
_AGENCY_NAME = re.compile(
    r"\b(?:Administration|Agency|Service|Bureau|Command|Commission|Corps|Authority|Office)$|"
    r"^(?:Bureau|Office|Administration|Agency|Service|Corps) of\b"
)


#: A country's name before a public body's ("U.S. Census Bureau", "the United States Mint").
_NATIONAL = re.compile(r"^(?:the\s+)?(?:u\.\s?s\.|us|usa|u\.s\.a\.|united states)\s+(?=\w)", re.I)


#: A university's or a college's name.
_ACADEMIC = re.compile(r"\b(?:universit\w*|college|institute|hochschule|école|school)\b", _I)


def _signed_by_domain(domain_name, closing, display="") -> str:
    r"""The company a signature names whose letters a shortened domain keeps in order ("bfanalytics" for "Bluefin
    Analytics", "nscu" for "Northstar Credit Union", "orchidrx" for "Orchid Pharma"), or "".

    Only a signature's line or its part between bars, not the writer's name, not a title.

    >>> _signed_by_domain("Bfanalytics", "Mark Ruiz\nTalent Acquisition Partner, Bluefin Analytics", "Mark Ruiz")
    'Bluefin Analytics'
    >>> _signed_by_domain("Orchidrx", "Raj Iyer | Talent Acquisition | Orchid Pharma | orchidrx.com", "Raj Iyer")
    'Orchid Pharma'
    >>> _signed_by_domain("Jdcorp", "Jane Doe\nRecruiter", "Jane Doe"), _signed_by_domain("Acme", "Ann Cole\nAcme")
    ('', '')
    """
    label = re.sub(r"[^a-z0-9]", "", domain_name.lower())
    if len(label) < 4:
        return ""
    writer = company_key(display) if display else ""
    for line in reversed(closing.strip().split("\n")[-8:]):
        for part in re.split(r"\s*[|,—–@]\s*|\s+-\s+|\s+at\s+", line.strip()):
            m = _CAPITALISED_LINE_RUN.fullmatch(part.strip(" .")) or re.fullmatch(r"[A-Z][\w&'\-]+", part.strip(" ."))
            if not m or not _names_a_company(part) or _is_role(part):
                continue
            name = part.strip(" .")
            for _ in range(3):
                name = _LEGAL.sub("", name).strip(" ,")
            key = company_key(name)
            if not key or key == writer or key == label or len(key) <= len(label):
                continue
            short = next((t for t in _TRADE_SHORT if label.endswith(t) and _TRADE_SHORT[t][:5] in key), "")
            if _in_order(label, key) or (short and _in_order(label[: -len(short)], key)):
                return name
    return ""


def _in_order(short, key) -> bool:
    """Whether ``short``'s letters are ``key``'s first letter and then some of its later ones, in order."""
    if not short or not key or short[0] != key[0]:
        return False
    rest = iter(key[1:])
    return all(letter in rest for letter in short[1:])


#: The words a start-up's domain puts before its name ("getpilot.com", "joinpilot.co", "heypilot.com").
#: Short forms a domain writes for a name's last word: tesseratx.com for "Tessera Therapeutics".
_DOMAIN_SHORT_ENDINGS = {"tx": ("therapeutics",), "rx": ("pharmaceuticals", "pharmacy", "pharma")}


_DOMAIN_PREFIXES = frozenset(
    # (and a group's word glued before the name: gruposantander.com for "Santander")
    # (and an airline's: flyfrontier.com for "Frontier Airlines")
    "get try join use hey go meet with hello team my work grupo group groupe gruppo fly".split()
)


#: A trade's word a small business's domain adds after its name ("thecrownpub", "theanchorinn").
_TRADE_ENDINGS = frozenset(
    "pub inn bar cafe deli bakery bistro grill kitchen restaurant hotel salon shop store".split()
)


#: A local council's name ("City of Edinburgh Council", "Leeds City Council", "Fife Council", "County of Kent").
_COUNCIL = re.compile(r"\b(?:Council|County|Borough|Municipality)\b")


#: ... and its words that are no part of the place's name.
_COUNCIL_WORDS = re.compile(
    r"\b(?i:the|city|county|borough|district|town|village|metropolitan|council|municipality|of|and)\b"
)


#: A trade's word a company's name starts with, which its domain drops ("Constructora Andes Sur" at andessur.cl).
_LEADING_TRADES = frozenset(
    "constructora inmobiliaria minera naviera aseguradora distribuidora comercializadora transportes logistica "
    "clinica farmacia laboratorio laboratorios industrias inversiones servicios consultora constructions "
    "construction transports laboratoires assurances bau baugesellschaft immobilien".split()
)


#: A group's word before its name ("Grupo Altavista", "Groupe Rivière", "Gruppo Lario").
_GROUP_LEAD = re.compile(r"(?i:grupo|groupe|gruppe|gruppo|group|corporación|corporacion|holding)\s+(?=\S)")


#: A US school district's domain name: its initials, then "k12" or a state's two letters ("mpsaz", "dpsk12").
_DISTRICT_DOMAIN = re.compile(
    r"([a-z]{2,5}?)(?:k12|al|ak|az|ar|ca|co|ct|de|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|"
    r"nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy)"
)
#: A school district's name, which employs for its schools.
_SCHOOL_DISTRICT = re.compile(
    r"\b(?:(?:unified |independent |consolidated |community |union )?school district|public schools|ISD|USD|"
    r"county schools|city schools|board of education|school board)\b",
    _I,
)


def _same_company(company, names):
    """The one company applied to whose name this one shortens or extends: a domain (armadillo.dev), or a mail
    calling "Redline Robotics" "Redline" ("I'm on the recruiting team at Redline").

    >>> _same_company("Redline", {"redlinerobotics": "Redline Robotics"})
    'Redline Robotics'
    >>> _same_company("Getpilot", {"pilot": "Pilot"}), _same_company("Copilot", {"pilot": "Pilot"})
    ('Pilot', '')
    >>> _same_company("Tryloom", {"loomlabs": "Loom Labs"})
    'Loom Labs'
    >>> _same_company("Mpsaz", {"mesapublicschools": "Mesa Public Schools"}), _same_company("Mpsaz", {"mp": "Mp"})
    ('Mesa Public Schools', '')
    >>> _same_company("Greatheartsamerica", {"greatheartsacademies": "Great Hearts Academies"})
    'Great Hearts Academies'
    >>> _same_company("M&S", {"marksspencer": "Marks & Spencer"}), _same_company("MS", {"marksspencer": "Marks & Spencer"})
    ('Marks & Spencer', '')
    >>> _same_company("Af", {"departmentoftheairforce": "Department of the Air Force"})
    'Department of the Air Force'
    >>> _same_company("Yum", {"yumbrands": "Yum! Brands"}), _same_company("Yum", {"yumfoodtrucks": "Yum Food Trucks"})
    ('Yum! Brands', '')
    """
    key = _translit(company_key(company))

    def spelled(n, word):  # "Tulip & Canal" as a domain spells it: tulipandcanal ("Brezel & Byte": brezelundbyte)
        text = re.sub(r"\s*&\s*|\s+(?:and|und|et|y)\s+", f" {word} ", n.lower())
        return _translit(re.sub(r"[^0-9a-z]+", "", unicodedata.normalize("NFKD", text)))

    national = _translit(company_key(_NATIONAL.sub("", company)))  # "U.S. Environmental Protection Agency"
    country = bool(_NATIONAL.match(company))
    one_word = company.strip().lower() if " " not in company.strip() else ""
    particle_free = _without_particles(company) if len(key) >= 8 else None
    bare = _translit(_bare(company)) if len(key) >= 8 else None
    # (bancopacificosur.pe spells "Banco del Pacífico Sur" without its particle)
    short = len(key) >= 3
    # ("Chula Vista Police Department" signing for the "City of Chula Vista": a city's own department)
    department = _CITY_DEPARTMENT.match(company)
    place = _translit(company_key(department.group(1))) if department else ""
    # (a start-up's domain's name after its prefix: "pilot" of getpilot.com)
    rests = [key[len(p) :] for p in _DOMAIN_PREFIXES if key.startswith(p) and len(key) - len(p) >= 4]
    hits = [
        n
        for k, n in ((_translit(k), n) for k, n in names.items())
        if (short and (key in _initialled(n) or _abbreviates(key, n)))
        # (a US federal employer's domain: af.mil for the "Department of the Air Force", va.gov for "Veterans Affairs")
        or (key in _FEDERAL_DOMAINS and _FEDERAL_DOMAINS[key] in n.lower())
        # (a short domain that is a name's first word before a word of what it is: yum.com for "Yum! Brands")
        or (
            3 <= len(key) <= 4
            and len(n.split()) == 2
            and _translit(company_key(n.split()[0])) == key
            and n.split()[1].lower() in _WHAT_IT_IS
        )
        # ("M&S" for "Marks & Spencer": two initials around an ampersand, for a name of two words around one)
        or (len(key) == 2 and "&" in company and "&" in n and key in _initialled(n))
        # ("NPGC" for "National Power Grid", read without its "Corporation": the legal form's initial ends the key)
        or (len(key) >= 4 and key[-1] in "cli" and key[:-1] in _initialled(n))
        # (a school district's domain, its initials and its state's code or "k12": mpsaz.org for "Mesa Public
        # Schools", dpsk12.org for "Denver Public Schools")
        or (
            (district := _DISTRICT_DOMAIN.fullmatch(key)) is not None
            and _SCHOOL_DISTRICT.search(n)
            and district.group(1) in _initialled(n)
        )
        or any(key.startswith(p) and len(key) - len(p) <= 3 for p in _first_words(n) if len(p) >= 8)
        # (or those and a word of region or reach: greatheartsamerica.org for "Great Hearts Academies")
        or any(key[len(p) :] in _DOMAIN_REACH for p in _first_words(n) if len(p) >= 8 and key.startswith(p))
        or (bare is not None and _bare(n) == bare)
        or (
            len(national) >= 5
            and (country or _NATIONAL.match(n))  # (one of the two names the country)
            and national == _translit(company_key(_NATIONAL.sub("", n)))
        )
        # ("Edinburgh" from edinburgh.gov.uk, "City of Edinburgh Council" applied to: a council's place)
        or (len(key) >= 4 and _COUNCIL.search(n) and _translit(company_key(_COUNCIL_WORDS.sub(" ", n))) == key)
        # ("Andes Sur" from andessur.cl, "Constructora Andes Sur" applied to: a trade's word before its name)
        or (
            len(key) >= 5
            and " " in n.strip()
            and _unaccented(n.split()[0].lower()) in _LEADING_TRADES
            and (
                _translit(company_key(n.split(None, 1)[1])) == key
                # (andinacafe.com.co for "Distribuidora Andina del Café S.A.": without its particle too)
                or (len(key) >= 8 and _without_particles(_LEGAL.sub("", n.split(None, 1)[1])) == key)
            )
        )
        # ("Altavista" from altavista.com.mx, "Grupo Altavista" applied to: a group's word before its name)
        or (len(key) >= 4 and _GROUP_LEAD.match(n) and _translit(company_key(_GROUP_LEAD.sub("", n))) == key)
        # ("Mayo" from a domain, "Mayo Clinic" in the mail)
        or (one_word and _institution_of(one_word, n))
        or (" " not in n.strip() and _institution_of(n.strip().lower(), company))
        # ("CIUSSS Centre-Ouest" signing a mail of the "CIUSSS du Centre-Ouest-de-l'Île-de-Montréal")
        or (particle_free is not None and _without_particles(n).startswith(particle_free))
        # (a start-up's domain before its name: getpilot.com, trypilot.io, joinpilot.co, heypilot.com for "Pilot")
        or (rests and len(k) >= 4 and any(k.startswith(rest) for rest in rests))
        # (a business's domain with its article and its trade: thecrownpub.co.uk for "The Crown", crowndeli.com; or
        # with its article alone: theivycollection.com for "The Ivy Collection")
        or (
            len(k) >= 4
            and n.lower().startswith("the ")
            and key.startswith(f"the{k}")
            and (key[3 + len(k) :] in _TRADE_ENDINGS or key == f"the{k}")
        )
        # ("tesseratx" for "Tessera Therapeutics": biotech's short form of its name's last word)
        or (
            len(key) >= 6
            and key[-2:] in _DOMAIN_SHORT_ENDINGS
            and k in {key[:-2] + w for w in _DOMAIN_SHORT_ENDINGS[key[-2:]]}
        )
        # ("td" from td.com, "TD Bank" applied to: a short domain that is the name's first word, in capitals)
        or (
            2 <= len(key) <= 4
            and len(n.split()) >= 2
            and n.split()[0].isupper()
            and _translit(company_key(n.split()[0])) == key
        )
        or min(len(k), len(key)) >= 5
        and (k.startswith(key) or key.startswith(k) or (_PUBLIC_BODY.match(n) and k.endswith(key)))
        or (len(place) >= 4 and _PUBLIC_BODY.match(n) and k.endswith(place))
        # ("coastal" from coastal.govt.nz, the "Ministry for Coastal Affairs" applied to: a ministry's own word)
        or (
            len(key) >= 5
            and _MINISTRY.match(n)
            and key in {_translit(company_key(w)) for w in n.split()[2:] if w.lower() not in _PARTICLES}
        )
        # ("uvm.edu" for the "University of Vermont", "umich" for the "University of Michigan": a university's short
        # domain keeps some of its name's letters, in order, from the first)
        # (short: "unityhealth" for Unity Health Toronto keeps University Health Network's letters in order too)
        or (3 <= len(key) <= 8 and _ACADEMIC.search(n) and _in_order(key, k))
        # (the spelling holds the words the key drops: "Lox & Co" is "lox" but loxandco.com spells it whole)
        or len(key) >= 5
        and any(
            spelled(n, w).startswith(key) or key.startswith(spelled(n, w))
            for w in ("and", "und", "et", "y")
            if "&" in n or f" {w} " in n.lower()
        )
    ]
    return hits[0] if len(hits) == 1 else ""
