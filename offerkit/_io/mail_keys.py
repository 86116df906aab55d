"""How two spellings of one employer meet (issue #24): :func:`company_key` (no legal suffix, no accent, no
leading article), the legal forms and the words a name ends on; shared by :mod:`.mail_names` and
:mod:`.mail_domains`.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from .phrases import _I

_SENDER_SUFFIX = re.compile(
    # ("City of Cape Town e-Recruitment", "Acme eRecruitment": a system's "e-" before the department's word)
    r"\s*(?:[-|,–]\s*)?(?:\be-?(?=recruit)|\b)(?:recruiting|recruitment|careers?|talent(?: acquisition)?|hiring(?: team)?|"
    r"jobs?|hr|people(?: team)?|team|notifications?|no-?reply|via \w+|personal|reception|front desk|enquiries|"
    r"karriere|recrutement|reclutamiento|rrhh|rh|recursos humanos|ressources humaines|drh|personalabteilung|"
    r"personalamt|personalservice|personalstelle|personaldezernat|dezernat personal|hauptamt|bewerbermanagement|"
    r"human resources|graduate recruitment|graduate|early careers|student recruitment|emerging talent|"
    r"campus recruiting|campus(?: team)?|university recruiting|university relations|talento|talentos|selección|seleccion|capital humano|gestión humana|"
    r"gestion humana|carreras|carrières|recrutamento|convocatorias|"
    # (Canada's "ESDC Staffing / Dotation EDSC": a department's staffing office, in either language)
    r"staffing(?=[ \t]*/)|"
    # ("REWE Group Ausbildung": an employer's apprenticeship office)
    r"ausbildung|ausbildungsteam|azubi-?team|"
    # ("Yarra Grammar Employment": a school's employment office, the display's last word; not "Employment and Social
    # Development Canada")
    r"employment(?:[ \t]+(?:office|services|team))?(?=[ \t]*$)|"
    # ("Inditex Empleo": Spanish for the same, the display's last word)
    r"empleos?(?=[ \t]*$))\b.*$",
    _I,
)


_LEGAL = re.compile(
    # ("Nordlicht GmbH & Co. KG": a German partnership's whole form at once)
    r"[\s,]+(?:(?:gmbh|ag|se|ug)\s*&\s*co\.?\s*(?:kgaa|kg|ohg)|"
    # South Africa's "(Pty) Ltd", Thailand's "Public Company Limited"
    r"\(pty\)\s*(?:ltd\.?|limited)?|"
    # the Gulf's free-zone forms, Japan's, Poland's, Malaysia's: "Falcon Media FZ-LLC", "Kumo Games K.K.", "Wisła
    # Software sp. z o.o.", "Ombak Tech Sdn Bhd"
    r"fz-?llc|fz-?e|fzco|dmcc|llc-?fz|w\.?l\.?l\.?|pjsc|k\.k\.?|kk|kabushiki kaisha|g\.k\.|sp\.? z o\.?o\.?|"
    # India's "Kaveri Analytics Pvt. Ltd." (Private Limited), Pakistan's "(Pvt) Ltd"
    r"sp\.? k\.?|sdn\.? bhd\.?|bhd\.?|\(?pvt\.?\)?\s*(?:ltd\.?|limited)|\(pvt\.?\)|private limited|public (?:company|co\.?,?)(?: limited| ltd\.?)?|inc\.?|llc|ltd\.?|limited|gmbh|ag|se|sa|s\.a\.|sas|plc|corp\.?|"
    r"corporation|co\.?|group|"
    # "Delaware Valley Mutual Insurance Company": the line of business after a name, as its careers mail drops it
    r"company|insurance|"
    r"holdings?|technologies|b\.v\.|bv|oy|ab|pvt\.?|private|llp|pte\.?|pty\.?|s\.?r\.?l\.?|sarl|kg|s\.?p\.?a\.?|"
    r"n\.?v\.?|a/s|s\.?a\.? de c\.?v\.?|ltda\.?|s\.?a\.?s\.?|s\.?l\.?u?\.?|s\.?a\.?u\.?|mbh|eg|kgaa|ohg|"
    # Peru's "Andina Alimentos S.A.C." (closed, open), "E.I.R.L."; Argentina's "S.R.L." is above
    r"s\.?a\.?c\.?|s\.?a\.?a\.?|e\.?i\.?r\.?l\.?|"
    # "Taunus Revision GmbH Wirtschaftsprüfungsgesellschaft": a German firm's kind after its legal form
    r"wirtschaftsprüfungsgesellschaft|steuerberatungsgesellschaft|rechtsanwaltsgesellschaft)$",
    _I,
)


#: A legal form written with dots, anywhere in a name's run of words ("Zuidas Verzekeringen N.V. We").
_LEGAL_DOTTED = re.compile(
    r"[\s,]+(?:n\.v\.|b\.v\.|s\.a\.(?: de c\.v\.)?|s\.l\.|s\.p\.a\.|s\.r\.l\.|s\.a\.s\.|s\.a\.c\.|e\.i\.r\.l\.|inc\.|"
    r"ltd\.|corp\.)(?=\s|$)",
    _I,
)


#: An initialism (two capitals at least: "KPMG", "EY", "PwC") and a country's name (or "Bank") after it, the whole name.
_INITIALISM_COUNTRY = re.compile(
    r"^(?=[A-Z][a-z&]*[A-Z])([A-Z][A-Za-z&]{1,4})\s+(?i:Ireland|Deutschland|Germany|France|España|Spain|Italia|Italy|"
    r"Canada|Australia|India|Schweiz|Suisse|Switzerland|Österreich|Austria|Nederland|Netherlands|Belgium|Belgique|"
    r"Singapore|México|Mexico|Brasil|Brazil|Polska|Poland|Portugal|Sverige|Sweden|Danmark|Denmark|Norge|Norway|"
    # (and a bank's word: "DBS Bank" and "DBS", "HSBC Bank" and "HSBC"; not "Deutsche Bank")
    r"Bank)$"
)


_US_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|"
    "Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|"
    "Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|"
    "Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|"
    "West Virginia|Wisconsin|Wyoming"
)
#: A US state's name ending a name.
_STATE_END = re.compile(rf"\s+(?:{_US_STATES})$")
#: Words before a state's name that make it the name's own ("University of Arizona", "Northern California").
_STATE_OWNED = frozenset(
    "of de for in at northern southern eastern western central north south east west upstate".split()
)


def _without_state(text) -> str:
    """``text`` without a US state's name after a name of two words or more (a campus's: "Mayo Clinic Arizona").

    >>> _without_state("Mayo Clinic Arizona"), _without_state("University of Arizona"), _without_state("Go Texas")
    ('Mayo Clinic', 'University of Arizona', 'Go Texas')
    """
    m = _STATE_END.search(text)
    if not m:
        return text
    before = text[: m.start()].split()
    if len(before) < 2 or before[-1].lower() in _STATE_OWNED:
        return text
    return text[: m.start()]


@functools.lru_cache(maxsize=8192)
def company_key(name) -> str:
    """The key two spellings of one employer share: lower case, no legal suffix ("Zillow Group" → "zillow").

    Examples
    --------
    >>> company_key("Zillow Group"), company_key("zillow"), company_key("Acme, Inc."), company_key("Vayu Pvt. Ltd.")
    ('zillow', 'zillow', 'acme', 'vayu')
    >>> company_key("Atelier Lumière") == company_key("Atelier Lumiere"), company_key("Quill & Data")
    (True, 'quilldata')
    >>> company_key("Taunus Revision GmbH Wirtschaftsprüfungsgesellschaft")
    'taunusrevision'
    >>> company_key("Delaware Valley Mutual Insurance Company") == company_key("Delaware Valley Mutual")
    True
    >>> company_key("Ticketly.com") == company_key("Ticketly")
    True
    >>> company_key("The Coca-Cola Company") == company_key("Coca-Cola")
    True
    >>> company_key("La Clinique du Lac") == company_key("Clinique du Lac")
    True
    >>> company_key("Deloitte UK") == company_key("Deloitte"), company_key("Oxfam GB"), company_key("UK")
    (True, 'oxfam', 'uk')
    >>> company_key("KPMG Ireland"), company_key("PwC Deutschland"), company_key("Air Canada"), company_key("Bank of Ireland")
    ('kpmg', 'pwc', 'aircanada', 'bankofireland')
    >>> company_key("DBS Bank"), company_key("DZ BANK AG"), company_key("HSBC Bank plc"), company_key("Deutsche Bank")
    ('dbs', 'dz', 'hsbc', 'deutschebank')
    >>> company_key("Kellogg's") == company_key("Kellogg"), company_key("McDonald’s"), company_key("Land O'Lakes")
    (True, 'mcdonald', 'landolakes')
    """
    # "Ticketly.com" and "Ticketly": a web address's ending is no part of the name
    text = re.sub(r"(?<=\w)\.(?:com|io|ai|co|net|org|app|dev)$", "", str(name).strip(), flags=re.I)
    for _ in range(3):  # "Vayu Fintech Pvt. Ltd.", "GmbH & Co. KG"
        text = _LEGAL.sub("", text)
    # "Deloitte UK" and "Deloitte" meet, and "Oxfam GB" and "Oxfam": a country's code in capitals after a name of
    # its own (not "UK" alone; nor "Air Canada", "Banco de Chile": a country's name may be the name's)
    text = re.sub(r"(?<=\S)\s+(?:UK|GB|US|USA|U\.S\.|U\.K\.)$", "", text)
    # ... and "KPMG Ireland" and "KPMG", "IBM Deutschland" and "IBM": an initialism's national firm, by the
    # country's name (only after an initialism: "Air Canada", "Sport England" are names of their own); "DBS Bank"
    text = _INITIALISM_COUNTRY.sub(r"\1", text)
    # ... and "Mayo Clinic Arizona" and "Mayo Clinic": a US state's name after a name of two words or more, its
    # campus's (not "University of Arizona", "Bank of Hawaii", "Northern California": the state is then the name's)
    text = _without_state(text)
    # "Kellogg's" and "Kellogg" meet, as do "Sainsbury's" and "Sainsbury": a possessive's "'s" is how a name is said,
    # and mail drops it ("at Kellogg's" read as the possessive before a noun); "Land O'Lakes" keeps its apostrophe
    text = re.sub(r"(?<=\w)['’]s\b", "", text)
    # "The Home Depot" and "Home Depot" meet; so do "La Clinique du Lac" and "Clinique du Lac"
    text = re.sub(r"^(?:the|la|le|les|el|los|las|die|der|das)\s+(?=\S)", "", text, flags=re.I)
    text = unicodedata.normalize("NFKD", text.lower())  # "Lumière" and "Lumiere" (a domain's spelling) meet
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"&|\b(?:and|und|et)\b", " ", text)  # "Quill & Data" and "Quill and Data" meet
    return re.sub(r"[^\w]+", "", text)


def initials_key(name) -> str:
    """The key of the initials a long name is known by ("HM Revenue and Customs" → "hmrc"), "" for a shorter name.

    A capitalised word gives its first letter, an initialism all its letters; small words ("and", "of") none.  Only
    names of three words or more with three initials or more have one: "Acme Health" is never "AH".

    Examples
    --------
    >>> initials_key("HM Revenue and Customs"), initials_key("Royal Bank of Canada"), initials_key("Acme Health")
    ('hmrc', 'rbc', '')
    """
    words = str(name).split()
    if len(words) < 3:
        return ""
    letters = "".join(w if w.isupper() else w[0] for w in words if w[:1].isupper())
    return letters.lower() if len(letters) >= 3 and letters.isalpha() else ""


_NAME_ENDINGS = frozenset(
    "fulfillment logistics freight health healthcare medical dental hospital pharmacy foods market markets insurance "
    "bank financial energy robotics analytics systems software airlines motors media studios games labs capital "
    "partners consulting industries manufacturing construction retail brands hotels hospitality architects "
    "architecture engineers engineering design".split()
)


#: Capitalised runs of words in a mail's text: the names a domain may shorten.
_CAPITALISED_RUN = re.compile(r"[A-Z][\w&'\-]*(?:\s+(?:&\s+)?[A-Z][\w&'\-]*){1,4}")


_CAPITALISED_LINE_RUN = re.compile(r"[A-Z][\w&'\-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&'\-]*){1,4}")


@functools.lru_cache(maxsize=4096)
def _unaccented(word) -> str:
    """``word`` without its accents ("universität": "universitat")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _translit(key) -> str:
    """German spelling in domains: "zuerichdata" for "Zürich Data" (ue, oe, ae for ü, ö, ä)."""
    return key.replace("ue", "u").replace("oe", "o").replace("ae", "a")
