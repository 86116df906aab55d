"""What a sender's domain spells (issue #24): the name under its registrable suffix (:func:`_domain_name`), an
employer's own domain as opposed to a tracking system's, a job site's or free mail, and whether a name in the mail is
the one a domain abbreviates or spells (:func:`_abbreviated_by`, :func:`_domain_spelled`).
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

from .mail_keys import (
    _CAPITALISED_LINE_RUN,
    _CAPITALISED_RUN,
    _LEGAL,
    _NAME_ENDINGS,
    _SENDER_SUFFIX,
    _translit,
    _unaccented,
)
from .mail_senders import _ATS_SET, _BOARD_NAMES, _BOARD_SET, _FREEMAIL, _under


def _company_domain(address):
    """The sender's domain when it is an employer's own (not a tracking system, a job site or free mail)."""
    domain = address.rsplit("@", 1)[-1].lower()
    if not domain or domain in _FREEMAIL or _under(domain, _ATS_SET) or _is_board(domain):
        return ""
    return domain


def _spelled_by_domain(name, domain) -> bool:
    """Whether the sender's own ``domain`` spells ``name`` (``grupoaltamira.com.mx``: "Grupo Altamira").

    >>> _spelled_by_domain("Grupo Altamira", "grupoaltamira.com.mx"), _spelled_by_domain("Software", "acme.com")
    (True, False)
    """
    key = _translit(re.sub(r"[^a-z0-9]", "", name.lower()))
    return bool(domain) and len(key) >= 3 and _translit(re.sub(r"[^a-z0-9]", "", _domain_name(domain).lower())) == key


def _spelled_out(name, text):
    """The name in ``text`` that spells ``name`` (two words or more) out with particles and hyphens, else ``name``:
    the sender "CIUSSS Centre-Ouest", the body's "au CIUSSS du Centre-Ouest-de-l'Île-de-Montréal".

    Examples
    --------
    >>> _spelled_out("CIUSSS Centre-Ouest", "au CIUSSS du Centre-Ouest-de-l'Île-de-Montréal. Nous")
    "CIUSSS du Centre-Ouest-de-l'Île-de-Montréal"
    >>> _spelled_out("Unity Health Toronto", "Unity Health Toronto Talent Acquisition")
    'Unity Health Toronto'
    """
    words = name.split()
    if len(words) < 2 or words[0] not in text:
        return name
    joint = r"(?:\s+(?:du|de|des|de la|d'|of|the|of the)\s*|\s+)"
    link = r"(?:-(?:(?:de|du|des|la|le|les)-)?(?:l'|d')?[A-ZÀ-Ý][\w’]*|\s+(?:du|de|des|of|of the)\s+[A-ZÀ-Ý][\w'’-]*)"
    m = re.search(rf"\b{joint.join(map(re.escape, words))}{link}*", text)
    return m.group(0) if m and len(m.group(0)) > len(name) else name


def _domain_spelled(name, domain):
    """``name``, or the longer name the sender's own ``domain`` spells with it and an industry word (see above)."""
    if not domain:
        return name
    spelled = _domain_name(domain)
    label = re.sub(r"[^a-z0-9]", "", spelled.lower())
    key = re.sub(r"[^a-z0-9]", "", name.lower())
    rest = label[len(key) :] if key and label.startswith(key) else ""
    if rest in _NAME_ENDINGS:
        return f"{name} {rest.capitalize()}"
    words, more = name.lower().split(), spelled.split()
    if rest and len(more) > len(words) and [w.lower() for w in more[: len(words)]] == words:
        # "Recrutement Confluence" at confluence-mobilite.fr: the domain's hyphen spells the name's next word
        tail = " ".join(more[len(words) :])
        if sorted(re.sub(r"[^a-z0-9]", "", tail.lower())) == sorted(key):
            # ("ESDC" at esdc-edsc.gc.ca: the initials again, as the other language orders them)
            return name
        return name if _SENDER_SUFFIX.fullmatch(f" {tail}") else f"{name} {tail}"
    return name


#: Canada's provinces' and territories' domains: ciussnord.qc.ca, a hospital's under Québec's.
_CA_PROVINCES = frozenset("ab bc mb nb nf nl ns nt nu on pe qc sk yk".split())


_AU_STATES = frozenset("nsw vic qld wa sa tas act nt".split())


def _domain_name(domain):
    """The name a domain spells: "Acme" for acme.com, jobs.acme.co.uk, hiring.acme.com; "Placer" for placer.ca.gov;
    "Arsd" for arsd.k12.co.us (a school district); "Moorside" for moorside.manchester.sch.uk (a school).

    >>> _domain_name("moorside.manchester.sch.uk"), _domain_name("jobs.acme.co.uk"), _domain_name("mfe.govt.nz")
    ('Moorside', 'Acme', 'Mfe')
    """
    parts = domain.split(".")
    if parts[-1] == "gov":  # placer.ca.gov, bmv.ohio.gov: the body is before the state
        parts = [p for p in parts[:-1] if p not in ("co", "com", "org", "net", "ac", "gov")]
        base = parts[-2] if len(parts) >= 2 else parts[0] if parts else ""
    else:
        parts = parts[:-1] if len(parts) > 1 else parts  # the top-level domain
        while len(parts) > 1 and (
            parts[-1]
            in (
                "co",
                "com",
                "org",
                "net",
                "ac",
                "gov",
                "edu",
                "gob",
                "gouv",
                "nhs",
                "gc",
                # New Zealand's government and schools (mfe.govt.nz, rangitoto.school.nz), Japan's and Korea's (go.jp,
                # or.jp), Austria's (gv.at), the military (mil)
                "govt",
                "school",
                "mil",
                "go",
                "or",
                "ne",
                "gv",
            )
            or (domain.endswith(".ca") and parts[-1] in _CA_PROVINCES)
        ):
            # acme.co.uk, acme.com.au; a Canadian department's ec.gc.ca, a province's (ciussnord.qc.ca,
            # mtess.gouv.qc.ca)
            parts.pop()
        if domain.endswith((".edu.au", ".gov.au")) and len(parts) > 1 and parts[-1] in _AU_STATES:
            parts.pop()  # an Australian state's school or agency: stcatherines.nsw.edu.au
        if "k12" in parts[1:]:  # a US school district: arsd.k12.co.us
            parts = parts[: parts.index("k12", 1)]
        if domain.endswith(".sch.uk") and len(parts) >= 2:  # an English school: moorside.manchester.sch.uk
            parts = parts[:1]
        base = parts[-1] if parts else ""
    return " ".join(w.capitalize() for w in base.split("-") if w) if base else ""


#: A trade's short form at a domain's end ("clintonvillefamilyrx.com"), and the word it stands for.
_TRADE_SHORT = {
    "rx": "pharmacy",
    "pharm": "pharmacy",
    "med": "medical",
    "dent": "dental",
    "vet": "veterinary",
    # biotech's own short forms: halcyontx.com for "Halcyon Therapeutics", a "Dx" for diagnostics
    "tx": "therapeutics",
    "dx": "diagnostics",
}


def _abbreviated_by(domain_name, text, tld=""):
    r"""The name in ``text`` that a domain's name spells or shortens (its words whole, the last one whole or cut to
    three or more letters: "Carolinamillscap" for "Carolina Mills Capital", "Lumenanalytics" for "Lumen
    Analytics"), or ``""``.

    Examples
    --------
    >>> _abbreviated_by("Carolinamillscap", "I read about Carolina Mills Capital's growth fund")
    'Carolina Mills Capital'
    >>> _abbreviated_by("Lumenanalytics", "Cheers, Tom. Founder, Lumen Analytics")
    'Lumen Analytics'
    >>> _abbreviated_by("Acme", "Acme Corp is hiring")
    ''
    >>> _abbreviated_by("Eko Agro", "Tunde Adebayo, HR Officer, Eko Agro Processing Ltd")
    'Eko Agro Processing'

    A name that goes on with its domain's ending ("Lakeshore Logistics Tech" at lakeshorelogistics.tech, "Lumen AI"
    at lumen.ai) keeps that word:

    >>> _abbreviated_by("Lakeshorelogistics", "Paul Reyes, VP of Sales, Lakeshore Logistics Tech", "tech")
    'Lakeshore Logistics Tech'

    Its last words may be initials ("fresnopd.org"):

    >>> _abbreviated_by("Fresnopd", "Sgt. Maria Lopez\nFresno Police Department")
    'Fresno Police Department'

    or a trade's short form ("clintonvillefamilyrx.com"):

    >>> _abbreviated_by("Clintonvillefamilyrx", "a pharmacist at Clintonville Family Pharmacy")
    'Clintonville Family Pharmacy'

    or within it ("austinvetemergency.com"), and the name may follow its writer's first name on the lines above
    ("Shane" over "Red Dirt Diesel Pty Ltd"):

    >>> _abbreviated_by("Austinvetemergency", "Medical Director\nAustin Veterinary Emergency & Specialty")
    'Austin Veterinary Emergency'
    >>> _abbreviated_by("Reddirtdiesel", "Cheers,\nShane\nRed Dirt Diesel Pty Ltd")
    'Red Dirt Diesel'

    and a university's "uni" (uni-leipzig.de):

    >>> _abbreviated_by("Unileipzig", "Dezernat Personal\nUniversität Leipzig")
    'Universität Leipzig'
    """
    label = re.sub(r"[^a-z0-9]", "", domain_name.lower())
    probe = domain_name.lower().split()[0][:3] if domain_name.strip() else ""
    # (the name's first letters are not in the mail, its words' spaces aside ("Red Dirt" for reddirtdiesel): no name)
    if len(label) < 6 or probe not in text.lower().replace(" ", ""):
        return ""
    # (a run of capitals may cross lines, "Sgt. Maria Lopez\nFresno Police Department", or be cut where a line's
    # run goes on: "DVM\nMedical Director\nLakeside Veterinary" / "Hospital & Urgent Care"; each line's runs after)
    runs = itertools.chain(_CAPITALISED_RUN.finditer(text), _CAPITALISED_LINE_RUN.finditer(text))
    for m in runs:
        # (a word's accents as a domain drops them: "Universität" is "universitat" in uni-leipzig.de's eyes)
        words = [re.sub(r"[^a-z0-9]", "", _unaccented(w.lower())) for w in re.sub(r"'s$", "", m.group(0)).split()]
        for end in range(len(words), 1, -1):
            head, last = "".join(words[: end - 1]), words[end - 1]
            rest = label[len(head) :]
            if head and label.startswith(head) and 3 <= len(rest) <= len(last) and last.startswith(rest):
                run = re.sub(r"'s$", "", m.group(0)).split()
                # "Eko Agro Processing Ltd" for eko-agro.com: a legal form closes the company's whole name
                legal = next((i for i in range(end, min(end + 3, len(run))) if _LEGAL.search(f" {run[i]}")), None)
                if legal is None and tld and end < len(run) and run[end].lower().strip(".,") == tld:
                    end += 1
                return " ".join(run[: legal if legal is not None and legal > end else end])
        for first, cut in ((f, c) for f in range(len(words) - 1) for c in range(f + 1, len(words))):
            # "clintonvillefamilyrx.com" for "Clintonville Family Pharmacy": a trade's short form ends the name
            head = "".join(words[first:cut])
            if label.startswith(head) and _TRADE_SHORT.get(label[len(head) :]) == words[cut]:
                return " ".join(re.sub(r"'s$", "", m.group(0)).split()[first : cut + 1])
        for first, cut in ((f, c) for f in range(len(words) - 2) for c in range(f + 1, len(words) - 1)):
            # "fresnopd.org" for "Fresno Police Department": the name's first words whole, its last ones by initials
            # (the name may start within a run of capitals: "Maria Lopez\nFresno Police Department")
            head = "".join(words[first:cut])
            rest = label[len(head) :]
            if (
                label.startswith(head)
                and 2 <= len(rest) <= len(words) - cut
                and "".join(w[:1] for w in words[cut : cut + len(rest)]) == rest
            ):
                return " ".join(re.sub(r"'s$", "", m.group(0)).split()[first : cut + len(rest)])
        for first in range(len(words) - 1):
            # "austinvetemergency.com" for "Austin Veterinary Emergency" (a trade's short form within the name), and
            # "reddirtdiesel.com.au" for the "Red Dirt Diesel" of a run that starts with its writer's "Shane"
            end = _spelled_through(label, words, first)
            if end:
                return " ".join(re.sub(r"'s$", "", m.group(0)).split()[first:end])
    return ""


def _spelled_with_and(domain_name, text) -> str:
    """The name in ``text`` with an ampersand that the domain spells with "and" ("Quill & Co." at quillandco.com),
    else "".

    >>> _spelled_with_and("Quillandco", "Zoom interview - Quill & Co. Copywriter"), _spelled_with_and("Acme", "A & B")
    ('Quill & Co.', '')
    """
    label = re.sub(r"[^a-z0-9]", "", domain_name.lower())
    if len(label) < 6 or "&" not in text:
        return ""
    for m in re.finditer(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+&\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*", text):
        words = m.group(0).split()
        for end in range(len(words), 2, -1):  # ("Quill & Co. Copywriter": the shortest run the domain spells whole)
            name = " ".join(words[:end])
            if re.sub(r"[^a-z0-9]", "", _unaccented(name.lower().replace("&", "and"))) == label:
                return name
        for end in range(3, len(words)):
            name = " ".join(words[:end])
            if re.sub(r"[^a-z0-9]", "", _unaccented(name.lower().replace("&", "and"))) == label:
                return name
    return ""


def _with_ending(name, text) -> str:
    """``name``, or the name ``text`` gives it with a business's last word the domain dropped ("Summit Ridge" at
    summitridge.com, "Summit Ridge Partners" in the subject).

    >>> _with_ending("Summit Ridge", "Summit Ridge Partners - First Round Interview"), _with_ending("Acme", "Acme Inc")
    ('Summit Ridge Partners', 'Acme')
    """
    m = re.search(rf"\b{re.escape(name)}[ \t]+([A-Z][a-z]+)\b", text) if name else None
    return f"{name} {m.group(1)}" if m and m.group(1).lower() in _NAME_ENDINGS else name


#: The trade's words a short form stands for ("veterinary": "vet"), and a university's "uni" (uni-leipzig.de).
_TRADE_LONG = {long: [s for s, lg in _TRADE_SHORT.items() if lg == long] for long in _TRADE_SHORT.values()} | {
    word: ["uni"] for word in ("universitat", "university", "universite", "universidad", "universita")
}


def _spelled_through(label, words, first):
    """The end of the run of ``words`` from ``first`` that spells ``label`` whole, each word written out or as its
    trade's short form (two words at least), or 0."""
    at, end = 0, first
    while at < len(label) and end < len(words):
        word = words[end]
        if word and label.startswith(word, at):
            at += len(word)
        else:
            cut = next((s for s in _TRADE_LONG.get(word, ()) if label.startswith(s, at)), None)
            if cut is None:
                return 0
            at += len(cut)
        end += 1
    return end if at == len(label) and end - first >= 2 else 0


def _is_board(domain) -> bool:
    """Whether ``domain`` is a job site's, under any country's domain.

    >>> _is_board("noreply.stepstone.be"), _is_board("mail.jobat.be"), _is_board("stepstone-logistics.com")
    (True, True, False)
    """
    return _under(domain, _BOARD_SET) or _domain_name(domain).lower() in _BOARD_NAMES


@functools.lru_cache(maxsize=8192)
def _words(text) -> str:
    """Text as space-separated lower-case words without accents or "and"/"&" (" sable finch échange ")."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    return " " + " ".join(w for w in re.findall(r"\w+", text) if w not in ("and", "und", "et")) + " "
