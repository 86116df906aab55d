"""Which employer a mail is about (issue #24): the company from the subject or body, the sender's display name, a
tracking system's tenant, a signature or the sender's own domain (the senders' domains are :mod:`.mail_senders`');
names compared without legal suffixes (:func:`company_key`).  What a job title is lives in :mod:`.mail_roles`;
whether two names are one employer, and a name's fuller form, in :mod:`.mail_same`.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

from .mail_agencies import (
    _AGENCY,
    _CLIENT,
    _CLIENT_BRACKETED,
    _CLIENT_IS,
    _CLIENT_LATER,
    _CLIENT_NOUN,
    _CLIENT_UNNAMED,
    _HEARD_FROM,
    _PAPERS,
    _SUBMITTED_TO,
    _named_submissions,
    _sendings,
    _submits_to_client,
    _to_sentence_end,
)
from .mail_domains import (
    _abbreviated_by,
    _company_domain,
    _domain_name,
    _domain_spelled,
    _is_board,
    _spelled_by_domain,
    _spelled_out,
    _spelled_with_and,
    _with_ending,
    _words,
)
from .mail_keys import (
    _LEGAL,
    _LEGAL_DOTTED,
    _NAME_ENDINGS,
    _SENDER_SUFFIX,
    _translit,
    _unaccented,
    company_key,
)
from .mail_roles import (
    _BUSINESS_WORDS,
    _DEPARTMENT_NAME,
    _GERMAN_INFLECTED,
    _JOB_LABEL_START,
    _LEADING_TRADE_WORDS,
    _MAIL_WORDS,
    _ROLE_TITLE,
    _ROLE_WORDS,
    _THROUGH,
    _TITLE_AREA_GOES_ON,
    _TITLE_DE,
    _TRADE_WORDS,
    _is_role,
    _names_a_company,
)
from .mail_rules import (
    _AGENCY_SUBMISSION,
    _REPLY_SUBJECT,
    _without_footer,
)
from .mail_same import (
    _ACADEMIC,
    _AGENCY_NAME,
    _COUNCIL,
    _COUNTRIES,
    _COUNTRY_END,
    _DEPARTMENT_AFTER,
    _DOTTED,
    _FIRM_ENDING,
    _INITIALISM,
    _INSTITUTION,
    _KEPT_COMMA,
    _KEPT_DOT,
    _PARTICLES,
    _PARTNERS,
    _PUBLIC_NAME,
    _SCHOOL_DISTRICT,
    _same_company,
    _signed_by_domain,
    _without_country,
)
from .mail_senders import (
    _ATS_SET,
    _ESIGN_SET,
    _FREEMAIL,
    _under,
)
from .phrases import _I, _any, _Lowered

#: An address written in a mail's text ("Dana Fox\ndana.fox@acmerobotics.com" under an e-signing service's "sent you
#: a document").
_ADDRESS_IN_TEXT = re.compile(r"\b([a-z0-9][\w.+-]*)@((?:[a-z0-9-]+\.)+[a-z]{2,})\b", _I)
#: The last word of a site's name: "Spire Murrayfield Hospital", "Harbor Mall Store".
_SITE_END = re.compile(r"\s(?:Hospital|Clinic|Store|Centre|Center|Campus|Branch|Plant|Warehouse|Hotel)$")


_COMPANY_AFTER = re.compile(
    r"(?i:(?:application|applying) to [^.\n]{1,90}? at(?: the)?|applying (?:to|at|for a position at)|application (?:to|at|with)|(?:successfully )?submitted to|your interest in|interest in joining|"
    r"(?:tu|su) interés en(?: formar parte de)?|intérêt que vous (?:portez|avez porté) (?:à|au|aux|pour)(?: la| l')?|"
    r"position (?:at|with)|role (?:at|with)|(?:vacancy|opening) (?:at|with)|opportunity at|offer from|sent to|update from|bewerbung beim?|bewerbung wurde an(?: die(?! (?:Personal|Fach|Recruiting|Firma\b|Arbeitgeber)))?|"
    # karriere.at's "deine Bewerbung als Controller (m/w/d) wurde erfolgreich an Alpenmilch Genossenschaft übermittelt"
    # (and StepStone's "... wurde erfolgreich an die Deutsche Bahn übermittelt")
    r"bewerbung (?:als|auf|für) [^.\n]{1,80}? wurde (?:erfolgreich |soeben )?an(?: die(?! (?:Personal|Fach|Recruiting|Firma\b|Arbeitgeber)))?|bewerbung (?:über [\w.-]+ )?(?:als|auf|für) .{1,80}? beim?|"
    # "bewerbe ich mich auf die ausgeschriebene Stelle ... beim Landratsamt Nordsachsen"; a relay's "on behalf of
    # Front Range Medical Center", "im Auftrag der Stadt Leipzig"
    # (a signature's "Im Auftrag" over the signer's name is no cue)
    r"bewerbe (?:ich )?mich (?:als|auf|für|um) .{1,100}? beim?|on behalf of|im auftrag(?= (?:der|des|von) )|"
    # Computrabajo's "Has aplicado correctamente a la oferta Ejecutivo de Cobranza Bilingüe en Grupo Recupera"
    r"(?:has aplicado|aplicaste|postulaste) (?:correctamente )?a (?:la )?(?:oferta|vacante) [^.\n(]{1,80}? en|"
    r"candidature (?:chez|à|au sein de)|candidature (?:pour|au|à l'|à la|à) [^.\n]{1,80}? chez|"
    # (a title, then where: "Tu postulación a Analista Financiero Sr en Grupo Nopal fue enviada", InfoJobs' "tu
    # candidatura a Especialista SEO en Idealista sigue en proceso", before the title is read as the name)
    r"(?:postulaste|postularte|postulado|postulación|solicitud|candidatura) (?:a|al|para) [^.\n]{1,60}? en|"
    r"postulación (?:en|a)|"
    # (Magneto's "¡Tu hoja de vida llegó a Rappiflex para la vacante Product Designer!")
    r"(?:hoja de vida|cv|postulación|candidatura) (?:llegó|ha llegado|ya llegó) a|candidatura (?:en|a)|de la empresa|careers at|jobs at|team at|"
    r"(?:hr|human resources|talent acquisition|recruiting|people) at|(?:a |the )?recruiter (?:with|at|for)|"
    r"(?:fue |ha sido )?enviad[ao] a|(?:application|applied|applying|apply) (?:for|to) [^.\n]{1,90}? (?:at(?: the)?|with(?: the)?)|"
    # (Work at a Startup's "You applied to Pallet (YC W20)", after "applied to Teller at Harbor Bank")
    r"(?<=you )applied (?:to|at)|"
    # ("your application for the campaign Social Care Worker, Disability Services, HSE South West (Campaign Reference
    # SW25-0142) with the Health Service Executive": a long title before "with"; "at" so far off is a place's)
    r"(?:application|applied|applying|apply) (?:for|to) [^.\n]{91,150}? with(?: the)?|"
    # (not a day's place after the title: "for the role of Senior DevOps Engineer on 24 June at Cathays Park")
    r"(?:position|role|post) of (?:(?! on (?:\d|the \d|mon|tue|wed|thu|fri|sat|sun))[^.\n]){1,60}? at(?: the)?|time to consider|"
    r"welcome to|(?:oferta|vacante) (?:[^.\n]|(?<=Sr)\.|(?<=Jr)\.|(?<=Ssr)\.){1,60} de|(?:se ha enviado|enviada) a|(?:transmise?|envoyée) à|"
    r"bewerbung für [^.\n]{1,80}? bei|(?:sollicitatie|kandidatuur) (?:voor|als) [^.\n]{1,80}? bij|(?:sollicitatie|kandidatuur) bij|la empresa|(?:postulaste|postularte|postulación|solicitud) (?:a|al|para) [^.\n]{1,60}? en|» (?:de|chez|du)|(?:al|el) aviso [^.\n]{1,60}? [-–]|(?:interest in )?employment (?:with|at)|career at|(?:employment |career |job )?opportunit(?:y|ies) with|invited by|working (?:at|with|for)|considering|(?:be |being )?(?:a )?part of)"
    # (a name's words on its line: "on behalf of Front Range Medical Center" over a footer's "We're hiring!"; the
    # text's wrapped lines are joined before)
    r"\s+(?:(?:the|der|dem)\s+)?(?P<name>[A-Z0-9ÄÖÜ][\w&.'\-]*(?:[ \t]+"
    # ("Bread for the City", "Coalition for the Homeless", "Bank of the West")
    r"(?:(?:&|y|and|und|et|of(?: the)?|for(?: the)?|des|du|de|del|de la|für|zur|zum)[ \t]+)?"
    r"[A-Z0-9ÄÖÜÉ][\w&.'\-]*){0,5}"
    # (and a British public body's tail: "Bradford District Care NHS Foundation Trust")
    r"(?:\s+(?:NHS\s+)?(?:Foundation\s+)?Trust\b)?)"
)
#: Words of a programme or a job after a name's "for" ("Acme for the Summer Internship", "for the 2026 Graduate
#: Scheme"), where a name's own "for" goes on with its name ("Bread for the City").
_PROGRAMME_WORDS = re.compile(
    r"\b(?:intern(?:ship)?s?|program(?:me)?s?|scheme|summer|graduate|fellowship|apprenticeship|position|role|vacancy|"
    r"opportunit(?:y|ies)|job|team|\d{4})\b",
    re.I,
)
#: The place of a name of the form "The X at Y" after its X ("The Reserve| at Brookside").
_THE_X_AT_Y = re.compile(r"[ \t]+at[ \t]+([A-Z][\w'&.\-]*(?:[ \t]+[A-Z][\w'&.\-]*){0,2})(?=[\s.,;:!?)]|$)")
#: ... and a cue's "applying to the X at" before its Y, when X is no role ("applying to the Inn at| Little Washington").
_THE_X_BEFORE_AT = re.compile(
    r"(?i:applying|application|applied) (?i:to) (?i:the) ([A-Z][\w'&.\-]*(?: [A-Z][\w'&.\-]*){0,2}) (?i:at)\s+$"
)
#: ... and its "The X" before an "at" ("Good news! The Reserve| at Brookside is interested").
_THE_X_BEFORE = re.compile(r"(?:^|[.!?:]\s+)The\s+([A-Z][\w'&.\-]*(?:\s+[A-Z][\w'&.\-]*){0,2})\s*$")
#: The noun after a job's title ("the Science Interventionist position", "the Analyst role").
_TITLE_NOUN = re.compile(r"\s+(?:position|role|opening|vacancy|job|post)\b", _I)
#: ... and a title that runs on to it, after "the" ("the Seasonal| Team Member - Flow position"), with no "and", "at"
#: or comma that would start another part of the sentence.
_TITLE_RUNS_ON = re.compile(
    r"(?:(?!\s(?:and|at|with|for|in|of)\s)[^.,;:!?\n]){0,40}?\s(?:position|role|opening|vacancy|post)\b", _I
)
#: A medical specialty, as a residency's name gives it.
_SPECIALTY = (
    r"(?:(?:Internal|Family|Emergency|Preventive|Physical|Nuclear|Sports|Occupational|Transitional|Hospital) Medicine|"
    r"(?:General |Orthopa?edic |Plastic |Vascular |Thoracic |Neurological )?Surgery|Pediatrics|Paediatrics|Psychiatry|"
    r"Neurology|Anesthesiology|(?:Diagnostic |Interventional )?Radiology|Pathology|Dermatology|Ophthalmology|"
    r"Otolaryngology|Urology|OB/?GYN|Obstetrics (?:and|&) Gynecology|Transitional Year|Med-Peds|Cardiology|"
    r"IM|FM|EM|Peds)"
)
#: A hospital's unit after its name ("Casco Bay Medical Center CVICU").
_UNIT = r"(?:ICU|CVICU|MICU|SICU|NICU|PICU|PCU|CCU|ED|ER|Telemetry|Med-Surg|Stepdown|L&D|Oncology)"
#: A residency or a fellowship, after its specialty.
_RESIDENCY = rf"\s+(?:{_SPECIALTY}\s+)?(?:\((?:Categorical|Preliminary)\)\s+)?(?:Residency|Fellowship)\b"
#: A programme's words after an employer's name ("Finance Graduate Scheme", "Summer Internship Programme").
_PROGRAM = re.compile(
    r"\s+(?:Graduate|Summer (?:Internship|Analyst|Program)|Internship|Apprenticeship|Placement|Early Careers|Trainee|"
    r"Leadership Development|Future Leaders)\b|\s+(?:Scheme|Programme|Program)$"
    # an English law firm's "Training Contract 2027", "Summer Vacation Scheme", "Spring Insight" programme
    r"|\s+(?:(?:Summer|Winter|Spring|Easter) )?(?:Training Contract|Vacation Scheme|Solicitor Apprenticeship)\b"
    r"|\s+(?:Summer|Winter|Spring|Easter) Insight\b"
    # ... and its year and its line of work before "Graduate Programme" ("Deloitte 2026 Audit & Assurance Graduate
    # Programme": the employer is the name before the year)
    r"|\s+20\d\d\b(?=[^\n]*\b(?:Graduate|Programme|Program|Scheme|Internship|Apprenticeship)\b)"
    # a chain's store or site after its name ("Brightmart Store #1847", "Parcelwise ATL4")
    r"|\s+(?:Store\s*#?\d+|#\d+|[A-Z]{3}\d{1,2})$"
    # a residency's or a fellowship's specialty ("Mountain View Regional Hospital Internal Medicine Residency
    # Program", "St. Brendan's IM Residency")
    rf"|{_RESIDENCY}"
    # ... and a specialty or a unit alone after an institution ("Mountain View Regional Hospital Internal Medicine",
    # "Casco Bay Medical Center CVICU")
    rf"|(?:(?<=Hospital)|(?<=Center)|(?<=Centre)|(?<=Health)|(?<=University)|(?<=Clinic)|(?<=Institute)|(?<=College)|"
    rf"(?<=System)|(?<=Healthcare))\s+(?:{_SPECIALTY}|{_UNIT})$"
)
#: An amount read as a name: "COP 9" of "COP 9.500.000", "USD 120", "CHF 118'000".
_MONEY = re.compile(r"(?:[A-Z]{3}|US\$|R\$|S\$|[$€£])\s?\d|(?:Step|Grade|Band|Level|Range|Tier)\s\d")
#: (the second reads a pay scale's place: "the position of GIS Analyst II at Step 3 ($7,412/month)")
#: Words no job title holds: "for the 20-minute intro call with me to talk through the role" names no role.
_NOT_ROLE = re.compile(
    r"\b(?:interview|call|chat|decision|minutes?|tomorrow|today|current|next|talk|update|meeting|conversation|"
    r"me|your|our|this|that|ich|mich|zurück|je|moi|yo)\b",
    _I,
)


def _clean_role(role) -> str:
    """A role read from "for the ... position" when it is a job's title ("Frontend Developer"), else ""."""
    role = re.split(r"\b(?:(?:for|about|on|of) the|(?:position|post) of)\b", role, flags=_I)[-1].strip(" ,.-")
    head, comma, team = role.partition(", ")
    # ("the Senior Product Manager, Platform role": a title, then its team after a comma, is the title whole)
    titled = _is_role(role) or (comma and _is_role(head) and re.fullmatch(r"[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2}", team))
    return role if titled and not _NOT_ROLE.search(role) and len(role.split()) <= 6 else ""


#: A role after an application subject's dash: "Application received - Data Engineer".
_SUBJECT_ROLE = re.compile(
    r"(?i:application|applying|bewerbung|candidature|postulación|candidatura)\b[^-–|:\n]{0,30}(?:\s[-–|]|\s?:)\s*"
    r"(?P<role>[^-–|:\n]{3,60}?)\s*$"
)
#: The word each of :data:`_COMPANY_AFTER`'s cues cannot do without, found in lower case first: a text without
#: one has no cue, and none starts more than 16 characters before its word ("being a part of", "interest in
#: employment with").  The speed trick beside the plain search it must equal (``tests/io/test_mailbox.py``).
_COMPANY_CUE_WORD = re.compile(
    r"apply|application|applied|interest in|position at|role at|position with|role with|opportunit|offer from|sent to|update from|"
    r"vacancy at|vacancy with|opening at|opening with|"
    r"position of|role of|post of|submitted to|invited by|"
    r"bewerbung|candidatur|postulación|la empresa|careers at|jobs at|team at|enviad|time to consider|welcome to|"
    r"hr at|resources at|acquisition at|recruiting at|people at|recruiter with|recruiter at|recruiter for|"
    r"oferta|vacante|transmis|envoyée|employment|career at|working|considering|part of|postulaste|solicitud|"
    r"postularte|aviso|interés en|intérêt que|»|sollicitatie|kandidatuur|bewerbe|behalf of|im auftrag|aplicado|aplicaste|"
    r"postulado|llegó|llegado"
)


def _companies_after(text, most=4):
    """The first ``most`` of :func:`_company_after`'s cues in ``text``, one after another (a cue naming a title or a
    department, "your interest in the Unit Secretary position", "I'm with HR at Columbus Metro", gives way to the
    next)."""
    pos = 0
    for _ in range(most):
        m = _company_after(text, pos)
        if not m:
            return
        # ("the post of Policy Officer on Wednesday at 2pm at Waverley Court", "... on 20 February 2025 at 14:00": a
        # time of day, read where the name starts, not a name)
        if not _CLOCK.match(m.group("name")) and not _CLOCK.match(text, m.start("name")):
            yield m
        pos = m.end()


#: A span of time after a number that a name's run of words took ("Harbor Bank 2| weeks ago").
_AGO = re.compile(r"\s+(?:weeks?|days?|months?|years?|hours?|minutes?)\b")
#: A French name's lower-case adjective and the particle and name after it ("Caisse| populaire du Plateau", "Crédit|
#: agricole de Bretagne").
_FRENCH_TAIL = re.compile(
    r"[ \t]+(?:populaire|agricole|mutuel(?:le)?|générale?|nationale?|régionale?|municipale?|coopérative|fédérale?)"
    r"(?:[ \t]+(?:du|de|des|de la|d')[ \t]*[A-ZÀ-Ý][\w'\-]*(?:[ \t]+[A-ZÀ-Ý][\w'\-]*){0,2})?"
)
#: A time of day where a cue's name would be: "2pm", "10:30", "14h", "9 Uhr".
_CLOCK = re.compile(r"\d{1,2}(?:[:.]\d{2}(?!\d)|\s*(?:am|pm|a\.m\.|p\.m\.|h|uhr)\b)", re.I)


def _company_after(text, pos=0):
    """``_COMPANY_AFTER.search(text, pos)``, started where a cue can first start (3-4 times faster; the same match)."""
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer ("İ"): positions differ, search it all
        return _COMPANY_AFTER.search(text, pos)
    word = _COMPANY_CUE_WORD.search(low, pos)
    return _COMPANY_AFTER.search(text, max(pos, word.start() - 16)) if word else None


_ROLE = re.compile(
    r"(?:(?:for the|for our|for an?|(?:applying|applied|apply) to the|interest in the|als|pour le poste de|"
    r"(?:au|du) poste de|para el puesto de)\s+|(?:au|du) poste d')"
    r"(?P<role>[A-Za-zÀ-ÿ0-9/ ,.+#\-]{3,60}?)\s+(?:position|role|opening|job|stelle|bei|at|chez)\b",
    _I,
)
#: The words a title follows where an application names it: "your application for", "interest in the".
_TITLE_LEAD = r"(?i:application|applying|applied|interest|interview)\s+(?i:for|to|in)\s+(?i:the\s+|our\s+|an?\s+)?"
#: A job title where an application names it ("your application for Product Data Analyst.", "interest in the
#: Senior Data Scientist position"): capitalised words after applying / interest, up to the role word or the
#: sentence's end.  Only to find which earlier application a mail naming no company is about.
_TITLE_NAMED = re.compile(
    _TITLE_LEAD + r"((?:[A-Z][\w/+#&\-]*|of|and|&|in|for)(?:\s+(?:[A-Z][\w/+#&\-]*|of|and|&|in|for|I{1,3}|\d+)){0,7}?)"
    r"\s*(?=\s(?i:position|role|opening|job|vacancy|at|with|bei|chez)\b|[.,;:!?(\n]|$)"
)
#: ... and a title with a dash of its own, "the Registered Nurse - Emergency position" (only to tie the person's own
#: mail to the application that named the same title: an application's role is read without it).
_DASHED_TITLE = re.compile(
    _TITLE_LEAD + r"((?:[A-Z][\w/+#&\-]*)(?:\s+(?:[A-Z][\w/+#&\-]*|of|and|&|in|for|I{1,3}|\d+)){0,4}\s+[-–]\s+"
    r"[A-Z][\w/+#&\-]*(?:\s+(?:[A-Z][\w/+#&\-]*|of|and|&|in|for)){0,3}?)"
    r"\s*(?=\s(?i:position|role|opening|job|vacancy)\b|[.,;:!?(\n]|$)"
)
#: ... and a public competition's title, named by its competition ("successful at the shortlisting stage of the
#: Statistician (Graduate) competition").
_COMPETITION_TITLE = re.compile(
    r"\b(?i:the)\s+((?:[A-Z][\w/+#&\-]*)(?:\s+(?:[A-Z][\w/+#&\-]*|of|and|&|in|for|I{1,3}|\d+)){0,6}?)"
    r"(?:\s+\([^)\n]{1,30}\))?\s+(?i:competition|campaign|recruitment campaign)\b"
)
#: A department's word before the employer's name: "Personal Zürichsee Immobilien", "Recruiting Acme Bank".
_DEPARTMENT_PREFIX = re.compile(
    r"^(?:personal|personalabteilung|personaldienst|personalamt|dezernat|hr|rh|rrhh|recrutement|reclutamiento|"
    # ("Selección BCP" <seleccion@viabcp.com>, "Recruiting Acme")
    r"selección|seleccion|sélection|recruiting|recruitment|"
    # (Canada's "Staffing ESDC", "Dotation EDSC")
    r"staffing|dotation|"
    r"recursos humanos|ressources humaines|"
    # "Atracción de Talento Grupo Altavista", "Gestión de Talento Banco Andino", "Talent Acquisition Lakeshore Bank"
    r"atracción de talentos?|atraccion de talentos?|adquisición de talentos?|gestión (?:de|del) talentos?|"
    r"capital humano|gestión humana|talent acquisition|human resources|people & culture|people and culture)"
    r"\s+(?=[A-ZÄÖÜÉ])"
    # ("HR Department", "HR Team": the department's whole name, no employer after it)
    r"(?!(?:Department|Dept|Team|Office|Services)\b)",
    _I,
)


#: A name cut after its particle where a department's word was dropped ("Atracción de| Talento", "Office of| Talent").
_CUT_AT_PARTICLE = re.compile(r"\s(?:de|del|du|des|de la|of|for)$", _I)


def _sender_name(display) -> str:
    """A sender's display name without the department before or after it ("Acme Recruiting", "Personal Acme").

    Examples
    --------
    >>> _sender_name("Personal Zürichsee Immobilien"), _sender_name("Acme Careers"), _sender_name("Careers Victoria")
    ('Zürichsee Immobilien', 'Acme', '')
    >>> _sender_name("The Acme Talent Team"), _sender_name("Careers at Acme Health"), _sender_name("The Home Depot")
    ('Acme', 'Acme Health', 'The Home Depot')
    >>> _sender_name("Inditex Empleo"), _sender_name("Empleo Público")
    ('Inditex', 'Empleo Público')
    """
    display = _AT_EMPLOYER.sub("", display)
    name = _SENDER_SUFFIX.sub("", _DEPARTMENT_PREFIX.sub("", display)).strip(" -|,")
    if " / " in name:
        # a bilingual name, each language's after the other ("Emploi Canada / Employment Canada"): the first
        name = name.split(" / ", 1)[0].strip()
    name = "" if _CUT_AT_PARTICLE.search(name) else name  # ("Atracción de Talento", "Office of Talent")
    if name != display.strip(" -|,"):
        name = _TEAM_ARTICLE.sub("", name)  # "The Acme Talent Team": the article was the team's
    return name


#: A department "at" its employer, before the employer's name: "Careers at Acme", "Jobs @ Acme", "Talent bei Acme".
_AT_EMPLOYER = re.compile(
    r"^\s*(?:the\s+)?(?:careers?|jobs?|talent|recruiting|recruitment|hiring|people|life|work)\s+(?:at|@|with|bei|chez)\s+"
    # (not an article: Y Combinator's board "Work at a Startup" names no employer)
    r"(?=\S)(?!an?\s)",
    _I,
)
#: The article of a team's name ("The Acme Talent Team", "Your Acme hiring team").
_TEAM_ARTICLE = re.compile(r"^(?:the|your)\s+(?=\S)", _I)


#: A college's careers or placement office's words (:data:`_CAREERS_OFFICE`, and among :data:`_RELAY_NAMES`).
_CAREERS_OFFICE_WORDS = (
    r"placement cell|training (?:&|and) placement|placement office|careers? (?:services?|office|centre|center)\b|"
    r"career development cent(?:re|er)"
)
#: Sender names that are the relay (the tracking system or job site), not the employer (searched case-blind, its
#: words looked for first: asked some twenty times a mail; ``_RELAY_NAMES.plain`` is the plain pattern).
_RELAY_NAMES = _Lowered(
    # (a system's name as a word only where an employer's name may hold it: "Unilever", "Mettler-Toledo",
    # "Phenomenex", "Unstoppable Domains", "Deploy Solutions")
    r"@|no-?reply|linkedin|indeed|greenhouse|\blever\b|workday|ashby|smartrecruiters|personio|workable|teamtailor|"
    r"icims|jobvite|taleo|successfactors|recruitee|bamboohr|breezy|jazzhr|rippling|glassdoor|ziprecruiter|stepstone|"
    r"docusign|goodtime|modernloop|calendly|hirevue|hackerrank|codility|codesignal|pinpoint|dayforce|wellfound|work at a startup|"
    r"welcome to the jungle|\bvia\b|^nhs$|^civil service$|reed\.co|totaljobs|cv-library|jobs\.ac|jobtrain|tribepad|"
    r"\beploy\b|oleeo|infojobs|factorial|talent ?clue|bizneo|hellowork|^apec$|flatchr|karriere\.at|jobs\.ch|softgarden|"
    r"d\.vinci|naukri|instahyre|cutshort|iimjobs|hirist|foundit|shine\.com|\bunstop\b|darwinbox|\bkeka\b|zoho recruit|"
    r"freshteam|hackerearth|\bmettl\b|usajobs|usa staffing|usa hire|gc jobs|emplois gc|^gc$|edjoin|schoolspring|applitrack|monstergov|publicjobs|neogov|governmentjobs|interfolio|academicjobsonline|interamt|national testing network|\bdeel\b|^remote$|oyster hr|^tes(?: jobs)?$|schrole|search associates|teacher horizons|thalamus|\bnrmp\b|\beras\b|myeras|\baamc\b|\bajo\b|avature|\bphenom\b|eightfold|jobteaser|\bseek\b|pageup|jobadder|vervoe|careers victoria|bumeran|zonajobs|laborum|elempleo|magneto|multitrabajos|computrabajo|\bxing\b|jobup|meteojob|cadremploi|arbeitsagentur|jobstreet|jobillico|workopolis|glints|hiringroom|\bbuk\b|"
    # a college's careers or placement office, writing for many employers
    rf"{_CAREERS_OFFICE_WORDS}|"
    r"mycareersfuture|jobsdb|kalibrr|handshake|snagajob|jobcase|careerbuilder|simplyhired|\bdice\b|built ?in\b|"
    r"hcareers|caterer\.com|\bjora\b|adzuna|jooble|"
    # payroll suites and hourly hiring tools writing in their own names ("Paylocity", "ADP Recruiting")
    r"paylocity|paycom|paycor|paychex|\badp\b|\bukg\b|ultipro|kronos|isolved|trinet|justworks|ceridian|"
    r"^gusto$|^fountain$|^paradox$|\bharri\b|workstream|hireology|apploi|applicantpro|hiringthing|bullhorn|"
    r"jobdiva|ceipal|snaphire|livehire|^dover$|occ mundial|magneto ?365|\bharver\b"
)
#: "Role - Company - Place" (or with · or |), as job sites write the job an application went to.
_JOB_LINE = re.compile(
    r"(?m)^\W*[^\n·|–-]{3,60}?\s+[-·|–]\s+(?P<name>[A-Z0-9][^\n·|–-]{1,60}?)\s+[-·|–]\s+[^\n]{2,60}$"
)
#: "Company - City, ST" / "Company · Remote" on a line or in a sentence of its own (Indeed, LinkedIn; an HTML
#: mail's cells run together into one line).
_COMPANY_PLACE = re.compile(
    # (a brand written in lower case before LinkedIn's middot: "idealista · Madrid (Híbrido)")
    r"(?m)(?:^|[.!]\s+)\W*(?P<name>[A-Z0-9][^\n·|–.!-]{1,60}?|[a-z][\w&'.-]{2,30}(?=\s+·))\s+[-·|–]\s+"
    r"(?:[A-Z][\w.' ]+,\s*[A-Z]{2}\b|Remote\b|[A-Z][\w.' ]+\((?:On-site|Remote|Hybrid|Híbrido|Remoto|Presencial|"
    r"Hybride|Télétravail|Sur site|Vor Ort|Remote)\))(?:[^\n]{0,60}$|(?=[.!]\s))"
)
#: A job site's card of three lines: the title, the employer, the place ("Product Lead" / "Kopi Labs" /
#: "Singapore", "Sydney NSW", "Remote").
_STACKED_NAME = re.compile(r"[A-Z0-9][^\n·|:!?]{1,60}")
#: ... and a name of capitalised words alone, for a card with no place line ("Temasek Polytechnic").
_CAPITALISED_NAME_LINE = re.compile(
    r"[A-Z0-9][\w&.'’-]*(?:[ \t]+(?:(?:&|of|and|de|du|des|der|la|le|y)[ \t]+)?[A-Z0-9][\w&.'’-]*){0,5}"
)
_STACKED_PLACE = re.compile(r"(?:[A-Z][\w.'-]*(?:[ ,]+[A-Z][\w.'-]*){0,3}|Remote)(?:\s*\((?:On-site|Remote|Hybrid)\))?")
#: ... and "Company - Köln", "Company - Strasbourg (67)": a single place name ending its own line (job sites in
#: Europe), taken only when the name before it is no job title.
_COMPANY_TOWN = re.compile(
    r"(?m)^\W*(?P<name>[A-Z0-9][^\n·|–.!-]{1,60}?)\s+[-·|–]\s+[A-ZÄÖÜÉ][a-zäöüßéèàçí'-]+"
    # ("Villeneuve-d'Ascq (59)", "Aix-en-Provence", "Saint-Étienne": a French town's joined words)
    r"(?:[ -](?:(?:d'|d’|l'|sur|en|le|la|les|de|du|lès|sous)[ -]?)*[A-ZÄÖÜÉ][a-zäöüßéèàçí'-]+){0,2}"
    r"(?:\s*\(\d{2,5}\))?"
    # (a British postcode's district, or whole, after the town: "Glasgow G2", "Leeds LS1 4AP"; Dublin's "Dublin 2")
    r"(?:\s+[A-Z]{1,2}\d[A-Z\d]?(?:\s+\d[A-Z]{2})?|\s+\d{1,2})?\s*$"
)
#: A person's name as a display name ("Priya Shah"): the employer is then the sender's domain.
#: "Dana Whitfield", "Mary J. Blige", and "Karthik S" (a surname as an initial, common in India)
_NAME_PART = r"[A-Z](?:['’][A-Z])?[a-zà-ÿ]+(?:-?[A-Z][a-zà-ÿ]+)?"  # "Dana", "O'Shea", "McKenzie", "Jean-Luc"
#: ... and "Sanne de Vries", "Ludwig van der Berg", "Ana dos Santos": particles before a surname
_PERSON = re.compile(
    rf"^{_NAME_PART}(?:(?:\s+[A-Z]\.?)?(?:\s+(?:(?:de|van|der|den|von|da|di|du|le|la|del|dos|das|ten|ter|bin|al)\s+)*"
    rf"{_NAME_PART}){{1,2}}|\s+[A-Z]\.?)$"
)
#: A shared mailbox's address ("careers@", "noreply@", "rh@"): its display name is an organisation's, however
#: much "Camden Council" or "Thistle Bank" looks like a person's name.
_ROLE_ADDRESS = re.compile(
    r"^(?:no-?reply|do-?not-?reply|donotreply|jobs?|careers?|recruit\w*|talent\w*|hr|people|hiring|notifications?|"
    r"info|team|hello|contact|admin|apply|applications?|candidates?|rh|rrhh|empleos?|karriere|bewerbung\w*|"
    r"recrutement|emplois?|vacanc\w*|resourcing|staffing|schedul\w*|mail|news|personal|personalabteilung|"
    r"personaldienst|personalamt|personalservice|stellen|reclutamiento|seleccion|contratacion)\b",
    _I,
)


#: (one or more, with Austria's and Germany's academic titles: "Mag. Petra Huber", "Prof. Dr. Jonas Weber")
#: Titles and ranks before a person's name ("Dr.", "Frau", "Det. Ray Alvarez", "Sgt. Maria Lopez").
_HONORIFIC = re.compile(
    r"^(?:(?:dr|prof|mr|mrs|ms|mx|herr|frau|mme|m|sr|sra|mag|mmag|di|dipl\.-?ing|ing|det|detective|sgt|sergeant|lt|"
    r"lieutenant|capt|captain|cpl|corporal|ofc|officer|deputy|cmdr|commander|maj|major|col|colonel|rev)\.?\s+)+",
    _I,
)


def _business_mailbox(address) -> str:
    """The business a free mailbox's address names, when it ends a part on a trade's word ("leevalleydental@gmail.com":
    "Leevalley Dental"; "smileclinic.cork@eircom.net": "Smile Clinic Cork"), else "".

    Examples
    --------
    >>> _business_mailbox("leevalleydental@gmail.com"), _business_mailbox("smileclinic.cork@eircom.net")
    ('Leevalley Dental', 'Smile Clinic Cork')
    >>> _business_mailbox("brian.walsh@gmail.com"), _business_mailbox("sinead.oc@gmail.com")
    ('', '')
    """
    parts = [p for p in re.split(r"[._-]+", re.sub(r"\d+", "", address.split("@", 1)[0].lower())) if p]
    # ("greenfieldbakery.jobs@gmail.com": the mailbox's hiring word is no part of the business's name)
    parts = [p for p in parts if p not in ("jobs", "job", "careers", "career", "hiring", "hr", "recruiting", "apply")]
    words, found = [], False
    for part in parts:
        trade = next((w for w in _TRADE_WORDS if part.endswith(w) and len(part) > len(w) + 2), "")
        if part in _TRADE_WORDS or trade:
            found = True
            words += [part[: -len(trade)], trade] if trade else [part]
        else:
            words.append(part)
    return " ".join(w.capitalize() for w in words) if found and len(words) >= 2 else ""


#: A tracking system's subdomains that name no employer's account ("us.greenhouse-mail.io", "talent.icims.com").
_NO_TENANT = frozenset(
    "us eu uk ca au de fr app apps mail email emails em e m mg mx send smtp notify notifications noreply no-reply "
    "hire jobs careers career talent recruiting recruit system ats api www web secure portal candidate candidates "
    "messages message reply bounce news info jobs2web".split()
)


@functools.lru_cache(maxsize=2048)
def _tenant(domain) -> str:
    """The employer's account a tracking system's subdomain names ("fernwood.workablemail.com": "Fernwood"), or "".

    >>> _tenant("fernwood.workablemail.com"), _tenant("us.greenhouse-mail.io"), _tenant("acme.com")
    ('Fernwood', '', '')
    """
    parts = domain.lower().split(".")
    for i in range(1, len(parts) - 1):
        if ".".join(parts[i:]) in _ATS_SET:
            label = parts[i - 1]
            if len(label) >= 3 and label.isalpha() and label not in _NO_TENANT:
                return label.capitalize()
            return ""
    return ""


def _recruiter_at_relay(name, address, body, *, via=False) -> bool:
    """Whether a tracking system's mail comes in a recruiter's own name: a person's name at the system's address
    that is the address's own, its words parted as a person's are ("maya-chen@fernwood.workablemail.com", not
    "mesagrocers@csod.com"), or that signs the mail above a title at any of its addresses, the display name saying
    it came "via" the system (``via``) or the title's line naming the employer ("Alexis Monroe via Greenhouse
    <no-reply@us.greenhouse-mail.io>" signing "Alexis Monroe / Talent Partner, Fernbrook", "Jonas Berg
    <noreply@jobs.personio.de>" signing "Jonas Berg / Recruiter | Nordlicht"); a name at a no-reply address is
    otherwise told apart by the thread (``_read_one``).

    >>> _recruiter_at_relay("Maya Chen", "maya-chen@fernwood.workablemail.com", "Hi Noor, ...")
    True
    >>> _recruiter_at_relay("Mesa Grocers", "mesagrocers@csod.com", "Thank you for applying.")
    False
    """
    domain = address.rsplit("@", 1)[-1].lower()
    if not name or not _under(domain, _ATS_SET) or not _PERSON.match(name) or len(name.split()) > 3:
        return False
    if _signs_as_person(name, body) and (via or _titled_company(_without_footer(body)[-300:])):
        # (not "Allied Shield Security via Indeed", signed by its branch manager; nor "Groupe Vendée Agro" closing
        # its own mail above a title: a company's line, unless the system says a person sent it or the title line
        # names the employer after it)
        return True
    parts = [p for p in re.split(r"[._-]+", address.split("@", 1)[0].lower()) if p]
    return len(parts) >= 2 and parts == [w.lower() for w in name.split()]


def _person_at_shared_mailbox(name, address, body) -> bool:
    r"""Whether ``name`` is a person writing from an organisation's shared mailbox: "Pilar Moreno
    <rrhh@distribucionesjarama.es>" signing "Pilar" (where "Camden Council <jobs@camden.gov.uk>",
    "Kanton Zürich <noreply@refline.ch>" and "Hafenbetriebe Altenwerder <bewerbung@hba-karriere.de>" are the
    organisation's own names: they sign no mail with a first name alone).

    >>> _person_at_shared_mailbox("Pilar Moreno", "rrhh@distribucionesjarama.es", "Hola,\n\nGracias.\n\nPilar")
    True
    >>> _person_at_shared_mailbox("Kanton Zürich", "noreply@refline.ch", "Grüsse\nKanton Zürich\nAmt für Wirtschaft")
    False
    """
    words = name.split()
    if len(words) != 2 or not _PERSON.match(name.strip()) or not _ROLE_ADDRESS.match(address.split("@", 1)[0]):
        return False
    label = re.sub(r"[^a-z]", "", _unaccented(address.rsplit("@", 1)[-1].split(".")[0].lower()))
    keys = [re.sub(r"[^a-z]", "", _unaccented(w.lower())) for w in words]
    if any(len(k) >= 3 and (k in label or label in k) for k in keys) or _DEPARTMENT_NAME.search(name):
        return False
    if any(w.lower().strip(".,") in _BUSINESS_WORDS or w.lower().strip(".,") in _NAME_ENDINGS for w in words):
        return False
    # (signed by the first name alone: "Gracias por tu tiempo el viernes. ... Pilar"; an organisation signs with its
    # whole name, "Kanton Zürich\nAmt für Wirtschaft")
    lines = [line.strip(" ,.-") for line in body.strip().splitlines() if line.strip()][-4:]
    return words[0] in lines


#: A title and a surname, with initials between: "Mrs J Okafor", "Dr. Weber", "Frau Braun".
_TITLED_SURNAME = re.compile(r"(?:mr|mrs|ms|miss|dr|frau|herr|mme)\.?\s+(?:[A-Z]\.?\s+)*[A-Z][a-z'’-]+$", _I)


def _is_person(name, address) -> bool:
    """Whether a display name is a person's: it reads as one and the address is not a shared mailbox."""
    local = address.split("@", 1)[0]
    if _TITLED_SURNAME.match(name.strip()):
        # "Mrs J Okafor <office@moorside.manchester.sch.uk>": a title and a surname are a person's, at any mailbox
        return True
    if _ROLE_ADDRESS.match(local):
        return False
    squeezed = re.sub(r"[^a-z0-9]", "", name.lower())
    if (
        len(squeezed) >= 6
        and re.sub(r"[^a-z0-9]", "", local.lower()).startswith(squeezed)
        and _under(address.rsplit("@", 1)[-1].lower(), _ATS_SET)
    ):
        return False  # "Mesa Grocers <mesagrocers@csod.com>": a tracking system's mailbox named for the employer
    # "Dana <dana@acme.com>": a single first name that is the address's own
    first = name.strip().lower()
    if len(name.split()) >= 2 and (
        any(
            w.lower().strip(".,") in _BUSINESS_WORDS or w.lower().strip(".,") in _NAME_ENDINGS for w in name.split()[1:]
        )
        or name.split()[0].lower() in _LEADING_TRADE_WORDS
    ):
        # "Sparks Electric <sparkselectric614@gmail.com>", "Smile Clinic Cork <smileclinic.cork@eircom.net>": a
        # shop's or a practice's name, not a person's
        return False
    return bool(_PERSON.match(_HONORIFIC.sub("", name))) or (
        len(first) >= 3 and first.isalpha() and re.split(r"[._-]", local.lower())[0] == first
    )


_JOB_SITES = (
    "indeed",
    "linkedin",
    "glassdoor",
    "ziprecruiter",
    "stepstone",
    "occ.com",
    "computrabajo",
    "infojobs",
    "hellowork",
    "apec.fr",
    "jobteaser",
    "welcometothejungle",
    "xing.com",
    "jobs.ch",
    "jobup.ch",
    "meteojob",
    "cadremploi",
    "arbeitsagentur",
)


def _signs_as_person(name, body) -> bool:
    r"""Whether a person-shaped sender name signs the mail above a job title ("Zanele Khumalo" then "HR Officer"):
    a person writing from a shared mailbox, whose name is no employer's.

    Examples
    --------
    >>> _signs_as_person("Zanele Khumalo", "Kindly confirm.\nRegards\nZanele Khumalo\nHR Officer")
    True
    >>> _signs_as_person("Camden Council", "Apply online.\nCamden Council\nRecruitment Team")
    False
    >>> _signs_as_person("Alexis Monroe", "Here's my link.\n\nAlexis Monroe\nSr. Technical Recruiter, Brightpath")
    True
    >>> _signs_as_person("Tapatío Software", "Saludos,\nTapatío Software\nSenior Talent Acquisition Partner")
    False
    """
    if not name or not _PERSON.match(name) or name.split()[-1].lower() in _NAME_ENDINGS:
        return False  # ("Tapatío Software" above a recruiter's title: a company's line of business ends its name)
    if _COUNCIL.search(name) or _ACADEMIC.search(name):
        return False  # ("Sandwell Borough Council" above "Senior Talent Acquisition Partner": a council's name)
    tail = _without_footer(body)[-300:]
    if name not in tail:
        return False
    lines = [line.strip(" \t,|-") for line in tail.split("\n")]
    for line, after in zip(lines, lines[1:]):
        if line == name and 2 <= len(after) <= 60:
            # ("Sr. Technical Recruiter, Brightpath", "Talent Partner | Acme", "Recruiter at Acme": the title first)
            title = re.split(r"\s*(?:,|\||\s[-–]\s|\sat\s|\s@\s)\s*", after)[0]
            return bool(
                _ROLE_WORDS.search(after) or _ROLE_TITLE.search(after) or _ROLE_WORDS.search(title)
            ) and not _DEPARTMENT_NAME.search(after)
    return False


#: An introduction's subject, two parties either side of "<>" or " x ": "Brightpath <> DeShawn", "Maya x Loomwork".
_INTRO_SUBJECT = re.compile(
    r"^(?:(?:re|fwd?|aw|tr):\s*)*(?:intro:?\s*)?(?P<a>[A-Z][\w&.'\-]*(?:\s+[A-Z][\w&.'\-]*){0,3})\s*(?:<>|<->|\sx\s|"
    r"\s/\s)\s*(?P<b>[A-Z][\w&.'\-]*(?:\s+[A-Z][\w&.'\-]*){0,3})\s*$",
    _I,
)
#: The greeting that names the person a mail is to: "Hey DeShawn,", "Hi Noor -", "Dear Ms. Patel,".
_GREETED = re.compile(
    r"^\s*(?:hi|hey|hello|dear|good (?:morning|afternoon)|hola|bonjour|hallo)\s+(?P<name>[A-Z][\w'\-]*)", _I
)


#: A greeting at a line's start: "Hi Priya -", "Dear Oliver,", "Hola Camila!" (anywhere in the mail: an
#: e-signature service's note comes below its own line).
_GREETING_LINE = re.compile(
    r"(?m)^[ \t]*(?i:hi|hey|hello|dear|hola|bonjour|hallo|liebe[rs]?|querid[oa]|ciao)[ \t]+(?P<name>[A-Z][\w'\-]+)\b"
)


def _greets(body, name) -> bool:
    r"""Whether ``name`` reads as a person's whose first name the mail greets ("Priya Venkataraman" in a mail that says
    "Hi Priya"): the person the mail is to, no employer.

    >>> _greets("Jordan sent you a document.\n\nHi Priya - here is your offer.", "Priya Venkataraman")
    True
    >>> _greets("Hi Priya,", "Priya Health Partners"), _greets("Hi Sam,", "Priya Venkataraman")
    (False, False)
    """
    words = name.split()
    if not 2 <= len(words) <= 3 or not _is_person(name, ""):
        return False
    first = words[0].lower()
    return any(m.group("name").lower() == first for m in _GREETING_LINE.finditer(body))


def _introduced(subject, body) -> str:
    r"""The company an introduction's subject names beside the person it greets: "Brightpath <> DeShawn" to "Hey
    DeShawn," is Brightpath's; "" when the greeting names neither side.

    >>> _introduced("Brightpath <> DeShawn", "Hey DeShawn,\n\nThanks for applying"), _introduced("A <> B", "Hi C")
    ('Brightpath', '')
    """
    m = _INTRO_SUBJECT.match(subject.strip())
    greeted = _GREETED.match(body)
    if not m or not greeted:
        return ""
    who = greeted.group("name").lower()
    sides = [m.group("a"), m.group("b")]
    others = [s for s in sides if s.split()[0].lower() != who]
    return others[0] if len(others) == 1 and _names_a_company(others[0]) else ""


def _signer_company(person, body, names) -> str:
    r"""The employer of the person an e-signing service sends for ("Dana Fox via DocuSign"): the domain of their
    address, which the service prints in the mail, when its local part spells their name.

    Examples
    --------
    >>> _signer_company("dana fox", "Dana Fox sent you a document.\nDana Fox\ndana.fox@acmerobotics.com", {})
    'Acmerobotics'
    >>> _signer_company("dana fox", "Questions? support@docusign.com", {})
    ''
    """
    words = [w for w in re.split(r"[^a-z]+", person.lower()) if len(w) >= 3]
    for local, domain in _ADDRESS_IN_TEXT.findall(body[:4000]):
        local, domain = local.lower(), domain.lower()
        if not words or not any(w in local for w in words) or not _company_domain(f"x@{domain}"):
            continue
        name = _domain_name(domain)
        return _same_company(name, names) or name
    return ""


#: The small words a name in capitals keeps in lower case after its first ("Bank of America").
_SMALL_WORDS = frozenset("of and the for de du des la le el los las y e und der die das van von di da".split())


def _unshouted(name) -> str:
    """A name a job site writes in capitals ("TURIA INDUSTRIAL SA") in its words' usual case; a name in capitals
    of one word, or of initials only, stays as written ("IBM", "NVIDIA", "HSBC UK").

    Examples
    --------
    >>> _unshouted("TURIA INDUSTRIAL SA")
    'Turia Industrial SA'
    >>> _unshouted("BANK OF AMERICA")
    'Bank of America'
    >>> _unshouted("USA TODAY")
    'USA Today'
    >>> _unshouted("HSBC UK")
    'HSBC UK'
    >>> _unshouted("NVIDIA")
    'NVIDIA'
    """
    words = name.split()
    if len(words) < 2 or name != name.upper() or name == name.lower():
        return name

    def cased(i, word):
        core = re.sub(r"[^\w]", "", word).lower()
        if i and core in _SMALL_WORDS:
            return word.lower()
        if len(core) <= 3 or not re.search(r"[aeiouy]", core) or not core.isalpha():
            return word  # "SA", "UK", "USA", "HSBC", "3M": a legal form's or an initialism's letters
        return word[:1] + word[1:].lower()

    return " ".join(cased(i, w) for i, w in enumerate(words))


#: A job site's "te postulaste al aviso Analista de Datos Financieros de Yerba Labs.": the employer is the name
#: after the last "de" that ends the sentence (a title's own "de", "Analista de Datos", is followed by more words).
_AVISO_DE = re.compile(
    # (a title's abbreviation keeps its full stop: "al aviso Analista Contable Sr. de Lácteos del Plata S.A.")
    r"(?i:aviso|oferta|búsqueda|busqueda|vacante|puesto|offre|poste)\s+(?:[^.\n]|(?<=\bSr)\.|(?<=\bSsr)\.|(?<=\bJr)\.)"
    r"{1,80}?\s+(?i:de|d')\s*"
    # (a registry's name in capitals keeps its particle: "de PAGAMÁS SERVICIOS DE PAGO SL.")
    r"(?P<name>[A-Z][\w&.'\-]*(?:[ \t]+(?:(?:&|y|del|de la|DE|DEL|DE LA|Y)[ \t]+)?[A-Z][\w&.'\-]*){0,4})[ \t]*"
    # (or the sentence's verb after it: "... de Grupo Pampa fue enviada con éxito")
    # (and in French: "à l'offre Responsable Approvisionnements de Maison Berthier a été transmise au recruteur")
    r"(?:[.!,;\n]|$|(?=(?:fue|ha sido|se ha|se envió|está|a été|est|vient d'être)\b))"
)


#: A Spanish receipt's "fue enviada a Grupo Cafetalero del Sur", "ha sido enviada a la empresa TeleServicios del Norte".
_SENT_TO_ES = re.compile(
    r"(?i:fue|ha sido|se ha|se) (?i:enviad[ao]|envió|remitid[ao]|entregad[ao])(?: (?i:con éxito|correctamente))? "
    r"(?i:a|al)\s+(?:(?i:la empresa|la compañía)\s+)?"
    r"(?P<name>[A-ZÁÉÍÓÚÑ][\w&.'\-]*(?:(?<![a-z][a-z]\.)[ \t]+(?:(?:&|y|del|de la|de|DE|DEL|Y)[ \t]+)?"
    r"[A-ZÁÉÍÓÚÑ][\w&.'\-]*){0,5})"
)
#: Any of :data:`_JOB_SITES` in an address (one search instead of a loop over the names).
_JOB_SITE = re.compile("|".join(re.escape(site) for site in _JOB_SITES))
#: The words :data:`_AVISO_DE` starts on, found first (the speed trick beside the search it must equal: a text
#: without one of them has no match).
_AVISO_WORD = re.compile(r"aviso|oferta|b[uú]squeda|vacante|puesto|offre|poste", _I)


def _abbreviation_closed(name) -> str:
    """``name`` with the full stop a sentence's end took from its legal form ("Grupo Tolteca S.A" → "... S.A.")."""
    name = name.strip()
    return name + "." if re.search(r"\b[A-Z](?:\.[A-Z])+$", name) else name


#: What follows a name that speaks of an organisation, not a person: British English's plural ("Skanska have come
#: back"), or a decision only an employer makes ("has made you an offer", "has decided").
_AS_ORGANISATION = re.compile(
    r"[ \t]+(?:have|are|were)\b|[ \t]+(?:has|have) (?:offered|made you an? (?:\w+ )?offer|decided|extended)\b|"
    r"[ \t]+(?:is|are) offering\b"
)


def _client_named_later(body, agency="", person="") -> str:
    r"""The client an agency's later mail names (:data:`_CLIENT_LATER`), or "" (not the agency's own name, not a
    person's, not a title).

    >>> _client_named_later("Hi Pat,\n\nThe firm is Ridgeway Capital - they want to meet you.", "Hughes Recruitment")
    'Ridgeway Capital'
    >>> _client_named_later("Hi Pat,\n\nIt's Summit Legal - unfortunately they went another way.")
    'Summit Legal'
    >>> _client_named_later("Hi Pat,\n\nGreat news - Brightwave Energy have come back with an offer!")
    'Brightwave Energy'
    >>> _client_named_later("Hi Pat,\n\nIt's Monday, so no news yet."), _client_named_later("Sarah would like to chat")
    ('', '')
    >>> _client_named_later("Hi Pat,\n\nBrilliant news - Skanska have come back and would like to offer you the role!")
    'Skanska'
    >>> _client_named_later("Hi Pat,\n\nGood news - Sarah has come back to me.")
    ''
    """
    heard = _HEARD_FROM.search(body[:3000])
    # ("Feedback in from Halden Bank - sadly they won't be taking you forward": the client the answer came from)
    heard = [heard] if heard and " " in heard.group("name").strip() else []
    for m in [*_CLIENT_LATER.finditer(body[:3000]), *heard]:
        # ("the company is Lumen Robotics. Unfortunately ...": a sentence's end closes the name)
        name = _to_sentence_end(next(g for g in m.groups() if g))
        key = company_key(name)
        if (
            not key
            or (agency and key == company_key(agency))
            or (person and key in company_key(person))
            or _is_role(name)
            or not _names_a_company(name)
            or _WEEKDAYS.fullmatch(name.lower())
            or (" " not in name and name.lower() in _FIRST_WORDS)
            # ("Sarah would like to meet you", "It's Sarah from the team": a single word where a person's name can
            # stand is taken only where the mail calls it the client, or speaks of it as an organisation: "Skanska have
            # come back", "Skanska has made you an offer")
            or (" " not in name and (m.group("b") or (m.group("e") and not _AS_ORGANISATION.match(body, m.end("e")))))
        ):
            continue
        return name
    return ""


#: A site's noun after a place's name: "the Rickenbacker distribution center", "the Channelview plant" (a staffing
#: firm's client's site, named for its place, not its company).
_SITE_AFTER = r"\s+(?:distribution|fulfil?l?ment|warehouse|plant|site|depot|cross-?dock|facility|dc)\b"


def _named_submission(body, subject, display, address):
    r"""The first sentence of ``body`` in which an agency says it sent the person's papers to an employer it names,
    and that name, as ``(match, name)``, or ``None`` (:func:`_named_submissions`' names, kept where they are an
    employer's: no title, no weekday, not the agency itself, not a word a sentence starts with, not a person the
    sentence describes ("to Dan Reyes, their Head of Talent"), not a single word ("I've sent your CV to Sarah" names a
    person, "a European private bank" a kind).

    >>> _named_submission("Hi Pat,\n\nDone - I've passed your application over to Westbrook Energy's talent team.",
    ...                   "Westbrook Energy", "Nina Shah", "nina.shah.talent@gmail.com")[1]
    'Westbrook Energy'
    >>> _named_submission("Hi Pat,\n\nI've sent your CV to Sarah, who runs our finance desk.", "Finance", "Dan", "d@x.com")
    """
    low = body[:3000].lower()
    if not _PAPERS.search(low) and not re.search(r"\b(?:shared|sent|forwarded|passed) it\b", low):
        return None  # (the speed trick beside the search it must equal: no papers, no sentence sending them)
    domain = _company_domain(address)
    agency = company_key(_domain_name(domain)) if domain else ""
    for m, names in _named_submissions(body):
        for name in names:
            key = company_key(name)
            if (
                not key
                or (agency and (key == agency or key in agency or agency in key))
                or (display and key in company_key(display))
                or name.lower() in _NOT_RECIPIENTS
                or _WEEKDAYS.fullmatch(name.lower())
                or _is_role(name)
                or not _names_a_company(name)
                # (a site, not its company: "submitted you to the Rickenbacker distribution center", a place's)
                or re.search(r"\bthe\s+" + re.escape(name) + _SITE_AFTER, m.group(0), _I)
                # (a person, by what follows the name: "to Dan Reyes, their Head of Talent", "to Sarah, who ...")
                or re.search(
                    re.escape(name) + r",\s+(?:their|his|her|our|my|the|who|from|head|vp|director|manager)\b",
                    m.group(0),
                    _I,
                )
                # (a single word only as a job's employer or a person's at it: "for the BA role at Harbourline", "to
                # the hiring manager at Cyberloom", never "to Sarah")
                or (
                    " " not in name.strip()
                    # (a word with a capital inside is no person's: "submitted to LyondellBasell", "to PepsiCo"; but a
                    # kind's, "to an AmLaw 50 firm", is no name)
                    and not (
                        re.search(r"[a-z][A-Z]", name)
                        and not re.search(
                            r"\b(?i:a|an)\s+" + re.escape(name) + r"|" + re.escape(name) + r"\s+\d", m.group(0)
                        )
                    )
                    and not re.search(
                        r"\b(?:(?:role|position|job|contract|vacancy|opening|post)[ \t]+(?:at|with)|(?:to|with)[ \t]+the"
                        r"[ \t]+(?:[\w&-]+[ \t]+){0,3}?(?:at|of)"
                        # (or the German dative the person was presented to: "habe ich Sie der DekaBank ... vorgestellt")
                        r"|(?i:sie|dich|(?:ihr|ihren|dein|deinen)[ \t]+(?:dossier|profil|lebenslauf|cv|unterlagen))"
                        r"[ \t]+(?:\w+[ \t]+)?(?i:der|dem)"
                        # (or French's "chez", at a company: "j'ai soumis ta candidature chez Desjardins"; or
                        # Spanish's job "en" its employer: "para la posición de Backend Developer en Globant")
                        r"|(?i:chez)|(?i:posición|posicion|puesto|cargo|vacante|rol|búsqueda)\b[^.\n]{0,60}?[ \t]en"
                        # (or a talent marketplace's match: "You've been matched with Fathom ..., and I've sent them
                        # your profile")
                        r"|(?i:matched (?:with|to))"
                        # (or a company's noun before it: "proposé à l'entreprise Bonduelle", "an die Firma Wacker")
                        r"|(?i:l['’]entreprise|la soci[ée]t[ée]|le groupe|l['’]enseigne|firma|unternehmen|la empresa|"
                        r"la compañía))"
                        r"[ \t]+(?:the[ \t]+)?" + re.escape(name) + r"\b",
                        m.group(0),
                    )
                    # (or the subject's own word: "CV sent to Arla for the Demand Planner role" under "Arla")
                    and not (
                        re.search(rf"(?<!\w){re.escape(name)}(?!\w)", subject)
                        and re.search(
                            # (or its team's: "shared your CV with UOB's Compliance team for the AVP role")
                            re.escape(name)
                            + r"(?:['’]s[ \t]+(?:[\w&-]+[ \t]+){0,3}?)?[ \t]*for[ \t]+(?:the|a|an)[ \t]+"
                            r"(?:[\w&/()-]+[ \t]+){0,5}?(?i:role|position|job|contract|vacancy|opening|post)\b",
                            m.group(0),
                        )
                    )
                )
            ):
                continue
            return m, _LEGAL.sub("", name).strip(" ,") or name
    for m in _sendings(body):
        # a name written in lower case, as some brands write theirs ("I've submitted your profile to bp for the
        # Senior Process Engineer role" under "Senior Process Engineer - bp"): the recipient the subject ends on
        for low_name in _LOWER_RECIPIENT.findall(m.group(0)):
            if re.search(r"[-–|:]\s*" + re.escape(low_name) + r"\s*$", subject):
                return m, low_name
    return None


#: A recipient written in lower case after a sending's "to"/"with" (checked against the subject's last part).
_LOWER_RECIPIENT = re.compile(r"\b(?:to|with)[ \t]+([a-z][a-z0-9&-]{1,15})\b")


#: Words that start a sentence or a greeting, where a name that holds the papers would stand ("Ya tiene tu CV ...").
_NOT_RECIPIENTS = frozenset(
    "ya hola hi hello dear i we they he she it this that there here just done quick great good thanks thank bonjour "
    "hallo ich votre ihr your you te je j'ai nous wir our my mein meine".split()
)


#: A weekday's or a month's name, where a name would be ("It's Monday").
_WEEKDAYS = re.compile(
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|january|february|march|april|may|"
    r"june|july|august|september|october|november|december)(?: \w+)?"
)
#: Words a sentence starts with that are no name ("It's Good", "Unfortunately they ...").
_FIRST_WORDS = frozenset(
    "good great unfortunately sadly also just still not only all they we i you he she it this that there here".split()
)


#: "Acme Bank would like to interview you", "Acme has reviewed your application": the name before the phrase.
_COMPANY_BEFORE = re.compile(
    r"(?P<name>[A-Z][\w&.'\-]*(?:\s+(?:&\s+)?[A-Z][\w&.'\-]*){0,3})\s+(?:would like to (?:interview|move forward|invite|"
    r"meet)|has reviewed your application|is (?:excited|happy|pleased) to|möchte (?:Sie|dich) (?:gerne )?"
    r"(?:kennenlernen|einladen)|quiere (?:conocerte|entrevistarte)|souhaite vous rencontrer)"
)
#: Canada's public service's notice: "selection process 25-ESDC-EA-NCR-612204, Policy Analyst (EC-04), Employment and
#: Social Development Canada." (the department after the process's number and the title).
_SELECTION_PROCESS = re.compile(
    r"(?i:selection process|processus de sélection)\s+(?:[A-Z0-9]+-){2,}[A-Z0-9]+,\s+[^,\n]{2,80},\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+(?:and|of|for|the|[A-Z][\w'’-]+)){0,8})(?=[ \t]*(?:[.,\n]|$))"
)
#: A recruitment process outsourcer writing for the employer: "I'm a recruiter with Alexander Mann Solutions, working
#: on behalf of Salesforce", "(recruiting on behalf of Pfizer)".
_ON_BEHALF = re.compile(
    r"(?i:(?:working|recruiting|hiring|writing|reaching out|partnering|recruiter|partner|acquisition) on behalf of)\s+"
    r"(?:the\s+)?(?P<name>[A-Z][\w&.'\-]*(?:\s+(?:&\s+)?[A-Z][\w&.'\-]*){0,3})"
)
#: "Interview confirmed: Acme Bank - Risk Analyst": the name after a subject's colon, before the role.
_SUBJECT_COMPANY_ROLE = re.compile(r":\s*(?P<name>[A-Z][\w&.']*(?:\s+[A-Z][\w&.']*){0,3})\s+[-–|]\s+\S")


#: A subject that names its sender's company: "Thank you from Ambervale", "Interview with Driftwood for ...",
#: "Update on your application - Yarrow Bio", "Next steps - Data Engineer @ Pinewood Media".
_SUBJECT_COMPANY = re.compile(
    r"(?:(?i:thank you|thanks|an update|update|news|greetings|a message|invitation|offer|(?:an )?update (?:on|about|"
    r"regarding) your (?:job )?application|interview (?:request|invitation)) from|(?i:interviews?|"
    r"interviewing|chat|call|scheduled|confirmed|meeting) with|\s[-–|@]|\sat)\s+"
    # ("Bank of America", "Employment and Social Development Canada", "Collegio Internazionale di Milano": "of", "and"
    # and a particle between a name's words)
    r"(?P<name>[A-Z0-9][\w&.']*(?:\s+(?:(?:&|and|of|di|de|du|des|del|della|der|von|van)\s+)?[A-Z0-9][\w&.']*){0,4})"
    # ("Team Leader at Vistamar Global Services Philippines, Inc.": a legal form may end the subject)
    r"(?=\s*$|\s+(?:for|about|on|is|has been|-|–|\|)\s|,?\s+(?i:inc|llc|ltd|limited|pte|pty|plc|corp|gmbh|ag|sa)\b\.?"
    r"(?:\s+(?i:ltd)\.?)?\s*$)"
)
#: A tracking system's subject that starts with the employer: "Meridian Health: Application Received", "Oakhurst
#: Bank - Your Application".
_SUBJECT_LEAD = re.compile(
    r"(?P<name>[A-Z0-9][\w&.'-]*(?:\s+(?:&\s+)?[A-Z0-9][\w&.'-]*){0,4})\s*[:|\-–]\s+(?i:your (?:job )?application\b|"
    r"thank(?:s| you) for (?:applying|your application)|application (?:received|submitted|confirmation|"
    r"acknowledg(?:e)?ment|update|status))"
)
#: A tracking system's subject that ends with the employer after its step: "Interview Request: Juniper Grid".
_SUBJECT_TAIL = re.compile(
    r"(?i:interview (?:request|invitation|confirmation|scheduled|details)|invitation to (?:an )?interview|"
    r"application (?:received|update|status|confirmation)|your application|thank you for applying|next steps)"
    r"\s*[:|\-–]\s+(?P<name>[A-Z0-9][\w&.'-]*(?:\s+(?:&\s+)?[A-Z0-9][\w&.'-]*){0,4})\s*$"
)
#: A job site's subject with the employer as its actor: "Northwind Traders wants to interview you", "Acme AI is
#: interested in you", "Blue Yonder has invited you to an assessment", "Ferro Systems invites you to a video interview".
_SUBJECT_ACTOR = re.compile(
    # ("The Reserve at Brookside is interested in your application": a name of the form "The X at Y")
    r"(?P<name>(?:The\s+[A-Z][\w&.']*(?:\s+[A-Z][\w&.']*){0,2}\s+at\s+)?[A-Z0-9][\w&.']*(?:\s+(?:&\s+)?[A-Z0-9][\w&.']*){0,3})\s+(?:wants to|would like to|is interested|"
    r"has invited|invited you|invites you|is inviting you|has sent you a contract|sent you a contract|"
    # InfoJobs' "Ebro Cargo Logística ha actualizado el estado de tu candidatura"
    r"ha actualizado el estado|has updated (?:the status|your application)|hat den status|"
    # (a test platform's "Mercado Libre te invitó a resolver una evaluación técnica", "Doctolib vous invite à passer
    # un test")
    r"te invitó|te ha invitado|te invita|vous invite|t'invite|vous a invitée?|t'a invitée?)\b"
)
#: A job site's body with the employer as its actor, at a sentence's start: "Vistamar Global Services Philippines,
#: Inc. has received your application".
_BODY_ACTOR = re.compile(
    r"(?:^|(?<=[.!?])[ \t]+)(?P<name>[A-Z0-9][\w&.'\-]*(?:[ \t]+(?:&[ \t]+)?[A-Z0-9][\w&.'\-]*){0,5}?)"
    r"(?:,?[ \t]+(?i:inc|llc|ltd|limited|pte|pty|corp|gmbh)\b\.?(?:[ \t]+(?i:ltd)\.?)?)?[ \t]+has received your application",
    re.M,
)
#: A subject's words of a mail, not a name ("Thanks for applying", "We received your application").
_SUBJECT_MAIL_PART = re.compile(
    r"(?i)\b(?:thanks?|thank you|application|applying|applied|received|confirmation|update|status|next steps?|"
    r"interview|offer|your|we|welcome)\b"
)
#: "Update on your Maplewood Foods application", "Kingsmere has received your application".
_SUBJECT_YOUR_NAME = re.compile(
    r"\byour (?P<a>[A-Z][\w&.'\-]*(?:\s+[A-Z][\w&.'\-]*){0,4}) application\b"
    r"|^(?P<b>[A-Z][\w&.'\-]*(?:\s+[A-Z][\w&.'\-]*){0,4}) has received your application\b"
)


def _subject_parts_company(subject) -> str:
    """The company a tracking system's subject names among its parts, the job's title and the mail's words aside.

    >>> _subject_parts_company("Alderbrook Health | Data Analyst"), _subject_parts_company("Ski Technician (Seasonal)")
    ('Alderbrook Health', '')
    >>> _subject_parts_company("Elmstead Labs: Data Analyst - Thanks for applying")
    'Elmstead Labs'
    >>> _subject_parts_company("Update on your Maplewood Foods application"), _subject_parts_company("Data Analyst")
    ('Maplewood Foods', '')
    """
    m = _SUBJECT_YOUR_NAME.search(subject)
    if m:
        name = m.group("a") or m.group("b")
        return name if _names_a_company(name) and not _is_role(name) else ""
    # (not a title's parenthesis: "Ski Technician (Seasonal)", "Operations Manager (Band 7)")
    parts = [p.strip(" []") for p in re.split(r"\s+[|\-–—]\s+|:\s+", subject) if p.strip(" []")]
    if len(parts) < 2 or not any(_is_role(p) for p in parts):
        return ""  # (a title among the parts says which part is the job; without one, no part is sure)
    names = [
        p
        for p in parts
        if not _is_role(p)
        and not _SUBJECT_MAIL_PART.search(p)
        and _names_a_company(p)
        and re.fullmatch(r"[A-Z0-9][\w&.'\-]*(?:\s+(?:&\s+|of\s+|and\s+)?[A-Z0-9][\w&.'\-]*){0,4}", p)
        and not _RELAY_NAMES.search(p)
    ]
    return names[0] if len(names) == 1 else ""


#: A job site's "offer Title (Company)": the employer in parentheses after the job's title.
_OFFER_PAREN = re.compile(
    r"(?i:offre|offer|oferta|stelle|job|applied for|application for)\s[^()\n]{3,80}\((?P<name>[A-Z][^()\n]{1,60})\)"
)


def _relay_hiring_itself(name, address) -> bool:
    """Whether a tracking system's or a job site's own name is the employer: its own mail about applying to it
    ("Thank you for applying to Greenhouse" from greenhouse.io, "Thanks for applying to Lever" from hire.lever.co).

    >>> _relay_hiring_itself("Greenhouse", "no-reply@greenhouse.io"), _relay_hiring_itself("Lever", "x@greenhouse.io")
    (True, False)
    """
    key = company_key(name)
    labels = address.rsplit("@", 1)[-1].lower().split(".")[:-1]
    return len(key) >= 4 and any(label.startswith(key) for label in labels)


#: The parts of a signature's line: "Mark Chen | Recruiter", "Senior Recruiter, Kaiser Permanente".
_SIGNATURE_PARTS = re.compile(r"\s*[|,]\s*|\s+[-–]\s+")


def _titled_signature(closing, address) -> str:
    r"""The employer a signature names after its writer's title: "Talent Acquisition Specialist | Atlantic Health
    System" on one line, or "Mark Chen | Recruiter" (or "HR Generalist") then "Cleveland Clinic" on the next; else "".

    Examples
    --------
    >>> _titled_signature("Jane Miller\nTalent Acquisition Specialist | Atlantic Health System", "jane@ahs.org")
    'Atlantic Health System'
    >>> _titled_signature("Thanks,\nMark Chen | Recruiter\nCleveland Clinic", "chenm3@ccf.org")
    'Cleveland Clinic'
    >>> _titled_signature("Best,\nDana\nData Engineering, Platform", "dana@acme.com")
    ''
    """
    lines = [line.strip() for line in closing.strip().split("\n")[-4:] if line.strip()]
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        parts = _SIGNATURE_PARTS.split(line)
        if len(parts) >= 2 and _is_role(parts[-2]) and not _is_role(parts[-1]):
            candidate = parts[-1]  # "Senior Recruiter, Kaiser Permanente"
        elif (
            i > 0
            and len(lines[i - 1]) <= 60
            and not lines[i - 1].rstrip().endswith((".", "!", "?", ":"))
            and _is_role(_SIGNATURE_PARTS.split(lines[i - 1])[-1])
            and "," not in line
        ):
            candidate = line  # a title's line, then the employer's
        else:
            continue
        if (
            re.fullmatch(r"[A-Z][\w&.'’-]*(?:\s+(?:of|the|for|and|&|de)?\s*[A-Z][\w&.'’-]*){0,5}", candidate)
            and _names_a_company(candidate)
            # (no person's name test: a name after a title is the employer's, "Atlantic Health System" reads as one)
            and not _DEPARTMENT_WORDS.search(candidate)
        ):
            return candidate
        return ""
    return ""


#: A team's or a function's words: "Data Engineering", "Platform", "People Operations" sign no employer.
_DEPARTMENT_WORDS = re.compile(
    r"\b(?:engineering|platform|operations|human resources|talent|recruiting|recruitment|people|team|department|"
    r"division|office of|hr)\b",
    re.I,
)


def _fuller(name, display, address):
    """The sender's own name when it spells ``name`` out ("Bayou Methodist Hospital" sending "thank you for applying
    to Bayou Methodist"), else ``name``: the name an employer signs with is the one a person keeps.

    Examples
    --------
    >>> _fuller("Bayou Methodist", "Bayou Methodist Hospital", "x@myworkday.com")
    'Bayou Methodist Hospital'
    >>> _fuller("Acme", "Acme Recruiting", "jobs@acme.com"), _fuller("Acme", "Acme Dana Smith", "dana@acme.com")
    ('Acme', 'Acme')
    """
    own = _sender_name(display)
    if (
        own.lower().startswith(name.lower() + " ")
        and len(own.split()) <= len(name.split()) + 2
        and not _RELAY_NAMES.search(own)
        and not _is_role(own)
        and not _is_person(own[len(name) :].strip(), address)  # ("Acme Dana Smith": a person signing for Acme)
    ):
        return own
    return name


#: A mail's closing lines "Dana Whitfield" then "Ambervale": the signer's company.
_SIGNATURE = re.compile(
    # (a title with its small words: "Director of Sales", "Head of People and Culture")
    r"(?m)^[A-Z][a-zà-ÿ'’\-]+(?:\s+(?:(?:of|and|&|for|the|in)\s+)?[A-Z][a-zà-ÿ'’\-]+){1,3}\s*\n\s*"
    r"(?P<name>[A-Z0-9][\w&.']*(?:\s+(?:&\s+)?"
    r"[A-Z0-9][\w&.']*){0,3})\s*\Z"
)
#: A line a recruiter's signature or a system ends on under the company's line: a title, a telephone number, a link,
#: a line of parts ("Dana Fox (she/her) | Talent Partner"), a careers site's, an app's or a survey's ask.
_EXTRA_LINE = re.compile(
    r"^\s*(?:\+?[\d().\s/-]{7,}|[\w.+-]+@[\w.-]+\.\w+|.*https?://\S+.*|.*\s\|\s.*\s\|\s.*|.*\b(?:we'?re hiring|"
    r"careers? (?:page|site|app)|download (?:our|the)|app store|google play|survey|how did we do|candidate experience|"
    # a template's button and its last line: "View your application", "Please do not reply to this email."
    r"view (?:your|the) application|do not reply|help cent(?:re|er))\b.*)"
    r"\s*$",
    _I,
)


def _without_extras(closing) -> str:
    r"""A mail's closing without the lines under its signature's company line (:data:`_EXTRA_LINE`, or a title
    alone), four at most.

    >>> _without_extras("Tanya Price\nDirector of Sales\nCobalt Freight\n\nSenior Talent Partner\n+1 (555) 010-2233")
    'Tanya Price\nDirector of Sales\nCobalt Freight'
    """
    lines = closing.rstrip().split("\n")
    dropped = 0
    while len(lines) > 2 and dropped < 4:
        last = lines[-1].strip()
        alone = len(last.split()) <= 6 and (
            _is_role(last) or re.search(r"\b(?:talent|recruit\w*|acquisition|hr|people|hiring)\b", last, _I)
        )
        if last and not (_EXTRA_LINE.match(last) or alone):
            break
        lines.pop()
        dropped += bool(last)
    return "\n".join(lines).rstrip()


#: A team's signature: "The NVIDIA Recruiting Team", "Your Truveta hiring team", "Stryker's Talent Acquisition Team".
_TEAM_SIGNATURE = re.compile(
    r"(?m)^[ \t]*(?:(?i:the|your)[ \t]+)?(?P<name>[A-Z][\w&.\-]*(?:[ \t]+[A-Z][\w&.\-]*){0,3}?)(?:'s|’s)?[ \t]+"
    # ("Kestrel Systems University Recruiting": a campus team's name is no part of its employer's)
    r"(?i:(?:university|campus|graduate|student|early[- ]careers?|early[- ]talent|emerging talent)[ \t]+(?:recruiting|"
    r"recruitment|relations|programs?|talent|hiring)|recruiting|recruitment|talent acquisition|talent|hiring|careers|"
    r"people|hr|university relations)(?:\s+(?i:team))?"
    r"\s*$"
)
#: A department signing for its employer: "Recruitment Team" then "Aire Valley NHS Foundation Trust", "HR Services"
#: then "Kirkgate College" (the department's line alone is no company: :data:`_TITLE_AREAS`).
_DEPARTMENT_SIGNATURE = re.compile(
    r"(?m)^[ \t]*(?:(?i:the|your)\s+)?(?i:recruitment|recruiting|talent acquisition|talent|hr|human resources|people|"
    r"hiring|resourcing|personnel|careers|personalamt|personalabteilung|dezernat [A-ZÄÖÜ]\w+|"
    r"(?:department|school|faculty|college) of [A-Z][\w&]*(?:[ \t]+(?:and|&)[ \t]+"
    r"[A-Z][\w&]*)?)(?:[ \t]+(?i:team|services|department|office|operations))?[ \t]*\n\s*"
    r"(?P<name>[A-Z][\w&.'\-]*(?:[ \t]+(?:(?:&|of|and|for|the)[ \t]+)?[A-Z][\w&.'\-]*){0,5})\s*\Z"
)
#: A closing "Regards,\nGarda Capital Partners": the last line after the valediction, when it is the company's.
_CLOSING = re.compile(
    r"(?im)^\s*(?:all the best|best regards|kind regards|warm regards|regards|sincerely|best|thanks|thank you|"
    r"cheers|respectfully|cordialement|mit freundlichen grüßen|(?:mit )?freundlichen? grü(?:ß|ss)en?|"
    r"(?:beste|herzliche|liebe) grü(?:ß|ss)e|meilleures salutations|salutations distinguées|bien à vous|"
    r"belle journée|saludos|un saludo),?\s*\n\s*"
    r"(?P<name>[A-Z][\w&.,'\-]*(?:[ \t]+[A-Z&][\w&.,'\-]*){0,3})\s*\Z"
)
#: ... and a closing's longer name, five or six words ("Atlantic Coast Regional Medical Center", "Bradford District
#: Care NHS Foundation Trust"), asked after a team's and a department's signatures.
_LONG_CLOSING = re.compile(
    _CLOSING.pattern.replace(r"[\w&.,'\-]*){0,3})\s*\Z", r"[\w&.,'\-]*){4,5})\s*\Z"), _CLOSING.flags
)

#: Words a "... at X" / "Bewerbung bei X" phrase may end on that are no employer (pronouns, articles).
_NOT_NAMES = frozenset(
    {
        "our",
        "the",
        "us",
        "you",
        "your",
        "this",
        "a",
        "an",
        "ihnen",
        "uns",
        "dir",
        "euch",
        "ihr",
        "ihrem",
        "vous",
        "nous",
        "usted",
        "ustedes",
        "nosotros",
    }
)


#: "Department: Office for National Statistics": an employer named on a labelled line (public-sector systems).
_COMPANY_LABEL = re.compile(
    r"(?im)^\s*(?:department|organi[sz]ation|employer|company|hiring organi[sz]ation|(?:school )?district|unternehmen|arbeitgeber|"
    r"entreprise|employeur|empresa)\s*:\s*(?P<name>[^\n:]{2,60}?)\s*$"
)


#: ... and an agency's form naming its client on a line of its own: "Client: Discovery" (after "Candidate: ...").
_CLIENT_LABEL = re.compile(
    r"(?im)^[ \t]*(?:end[ \t]+)?client(?:[ \t]+name)?[ \t]*:[ \t]*(?P<name>[^\n:]{2,60}?)[ \t]*$"
)


#: A testing network's reservation for a public employer's exam: "Agency applied to: Palomar County Sheriff's Office -
#: Deputy Sheriff Trainee" (the employer, then the title).
_AGENCY_LABEL = re.compile(
    r"(?im)^[ \t]*agenc(?:y|ies) applied (?:to|for)[ \t]*:[ \t]*(?P<name>[^\n:]{2,60}?)(?:[ \t]+[-–][ \t]+[^\n]*)?[ \t]*$"
)
#: The NRMP's result: "You matched to:" over the programme's hospital, its specialty and its city, a line each.
_MATCHED_TO = re.compile(r"(?i:you (?:have )?matched (?:to|with|at)):?[ \t]*\n\s*(?P<name>[A-Z][^\n:]{2,60}?)[ \t]*\n")
#: A faculty search service's receipt, the title then the institution between commas: "Your application for
#: Assistant Professor of Biology (Tenure-Track), Carroway College, has been delivered to the search committee".
_TITLE_THEN_NAME = re.compile(
    # (or after a dash, a public competition's: "Your application for the competition Staff Officer (Payroll) - Fingal
    # County Council has been received", a name of two words or more)
    # (the title may hold commas of its own: USAJOBS' "Your application for Logistics Management Specialist,
    # GS-0346-11, announcement NE25-112233, Naval Supply Systems Command, has been received")
    # (a federal department's "and": "..., Policy Analyst (EC-04), Employment and Social Development Canada, has been
    # submitted")
    r"(?i:application (?:for|to)) (?:[^\n]{3,160}?, (?P<name>[A-Z][\w&.'\-]*(?:[ \t]+(?:(?:of|&|at|for|de|du|and)"
    r"[ \t]+)?[A-Z][\w&.'\-]*){0,6})"
    # (then its duty station, a town's one word: Inspira's "Job Opening 24511, Monitoring and Evaluation Analyst, UNDEF,
    # Nairobi, has been received")
    r"(?:, [A-Z][a-zà-ÿ]+(?=,? (?i:has been|was|is) ))?"
    r"|[^,\n]{3,90}? [-–] (?P<dashed>[A-Z][\w&.'\-]*(?:[ \t]+(?:(?:of|&|de|du)[ \t]+)?"
    r"[A-Z][\w&.'\-]*){1,6}))"
    # (and its department after it: "Northridge University, Department of Biology, has been submitted")
    r"(?:, (?i:department|dept\.?|school|faculty|division|office|program|programme)\b[^,\n]{0,60})?"
    # (or a campaign's reference: "Graduate Engineer, EirGrid Networks (Campaign 25-0871) has been received")
    r"(?P<ref> \((?i:campaign|ref|reference|competition|requisition|job|vacancy)\b[^)\n]{1,40}\))?"
    r",? (?i:has been|was|is) (?i:delivered|submitted|received|sent|forwarded)\b"
    # (not where it went on to name whom it was sent to: "Team Leader - Voice Account has been sent to Island BPO")
    r"(?![ \t]+(?i:to|with)[ \t]+(?:(?i:the)[ \t]+)?[A-Z])"
)


def _company_from(subject, body, display, address, domains=None):
    """The company a mail names and how it was found (``("", "")`` for none): :func:`_company_named`, without a
    country the name carried only before its legal form ("Vistamar Global Services Philippines, Inc.", "Sahel
    Agritech Nigeria Limited": the employer is "Vistamar Global Services", "Sahel Agritech")."""
    name, how = _company_named(subject, body, display, address, domains)
    name = _without_country(name, subject, body[:3000], display)
    bare = _LEGAL.sub("", name).strip(" ,") if name and how == "subject or body" else ""
    national = _COUNTRY_END.match(bare) if bare else None
    # (the country before a legal form only: "MTN Nigeria" is the name the operator trades under)
    formed = national and " " not in national.group("stem") and bare != name.strip(" ,")
    own_domain = _company_domain(address) if formed else ""
    if own_domain and company_key(_domain_name(own_domain)) == company_key(national.group("stem")):
        # "Thank you for applying to Unilever Nigeria Plc" from careers@unilever.com: the employer's own domain names
        # it without the country its subsidiary's legal name carries (one word alone: "Air Canada" keeps its own)
        name = national.group("stem")
    founder = _founders_firm(name, display, body[:3000]) if how == "subject or body" else ""
    if founder:
        name = founder
    m = _COUNTRY_END.match(name) if name and display else None
    if m and " " not in m.group("stem") and company_key(_sender_name(display)) == company_key(m.group("stem")):
        # "applying to Accenture Philippines" from "Accenture <careers@...>": the sender names the employer, the
        # text its country's office
        name = m.group("stem")
    elif (
        m
        and how in ("subject or body", "sender's name", "sender's domain")
        and " " not in m.group("stem")
        and company_key(_sender_name(display)) == company_key(name)
        and re.search(
            rf"(?<!\w){re.escape(m.group('stem'))}(?![\w&]|\s+\(?{re.escape(name[len(m.group('stem')) :].strip(' ('))})",
            f"{subject}\n{body[:3000]}",
        )
    ):
        # "Deloitte UK Graduate Recruitment" writing "applying to the Deloitte 2026 Audit & Assurance Graduate
        # Programme" (or its subject: "Thank you for applying to Deloitte"): the text names the employer without the
        # country its sender's name carries
        name = m.group("stem")
    if name and display and how == "subject or body":
        # "with the Department of Climate Change, Energy, the Environment and Water (DCCEEW)" from "DCCEEW Recruitment":
        # the initials the employer signs with, given after its long name (cut at its first comma)
        acronym = _sender_name(display)
        if (
            re.fullmatch(r"[A-Z]{3,8}", acronym)
            and acronym != name
            and re.search(re.escape(name) + r"[^()\n]{0,80}\(" + acronym + r"\)", body[:3000])
        ):
            name = acronym
    if how == "sender's name" and re.fullmatch(r"\S+ (?:[A-Z][a-z]+[A-Z][a-z]+|[a-z]+[A-Z]\w*)", name or ""):
        # "TCS NextStep <nextstep@tcs.com>", "TCS iON <noreply@tcsion.com>": the employer's name, then its careers
        # portal's (a word with a capital inside), where the domain spells the first alone or the two together
        domain = _company_domain(address)
        if domain and company_key(_domain_name(domain)) in (
            company_key(name.split()[0]),
            company_key(name.replace(" ", "")),
        ):
            name = name.split()[0]
    if name and display and how == "subject or body" and _CAREERS_ACCOUNT.search(display):
        # "Thanks for applying to Dishoom Shoreditch" from "Dishoom Careers": the employer's own careers account
        # names it; the one word more is its site's place ("Lindqvist Baer Architects", "Acme Robotics", "Mayo Clinic"
        # and "Accenture Philippines" go on with what the company is, and keep it)
        sender = _sender_name(display)
        rest = name[len(sender) :].strip() if sender and name.lower().startswith(sender.lower() + " ") else ""
        if (
            # ("at UPS Kent" from "UPS Jobs": an initialism's three letters are a name too)
            (len(sender) >= 4 or re.fullmatch(r"[A-Z]{3}", sender))
            and re.fullmatch(r"[A-Z][a-z]+", rest)
            and rest.lower() not in _BUSINESS_WORDS
            and rest.lower() not in _NAME_ENDINGS
            and rest.lower() not in _BRAND_ENDINGS
            and not re.fullmatch(rf"{_INSTITUTION}|{_FIRM_ENDING}|{_COUNTRIES}", rest)
            and not _LEGAL.fullmatch(rest)
        ) or (
            # (and a health system's hospital: "at OhioHealth Riverside Methodist Hospital" from "OhioHealth
            # Careers", whose rejection says "Your application with OhioHealth": the system employs, the hospital is
            # the job's site; "Mayo Clinic" from "Mayo Careers" keeps its one word)
            len(sender) >= 4
            and re.fullmatch(
                r"(?:[A-Z][\w'’.-]*\s+){1,4}(?:Hospital|Medical Cent(?:er|re)|Campus|Health Cent(?:er|re))", rest
            )
        ):
            name = sender
    place = _SUBJECT_PLACE.search(subject) if name and " " in name and how.startswith("subject or body") else None
    if (
        place
        and name.endswith(" " + place.group(1))
        and len(name) - len(place.group(1)) > 3
        and not any(
            word in _BUSINESS_WORDS or word in _NAME_ENDINGS or word in _BRAND_ENDINGS
            for word in place.group(1).lower().split()
        )
        and not _SITE_END.search(name)
        # (nor a public body's own words: "Department of Home Affairs" under "APS6 Business Analyst - Home Affairs")
        and not re.search(r"\s(?:of|of the|for|de|du|des|del|and|&)$", name[: -len(place.group(1))].rstrip(), _I)
    ):
        # "I've sent your CV in to Pfizer Ringaskiddy" under "QA Specialist - Ringaskiddy": the subject gives the
        # last word as the job's place, so the name before it is the employer's ("Pfizer have shortlisted you")
        name = name[: -len(place.group(1))].strip()
    sender = _sender_name(display) if name and display and " " in name else ""
    if " " in sender and (_SITE_END.search(name) or _words_within(sender, name)):
        # "the Theatre Nurse role at Spire Murrayfield Hospital" from "Spire Healthcare <spirehealthcare@myworkday.com>":
        # the employer's own account with its tracking system names the employer, the text one of its sites; so does
        # "at HCA Houston Healthcare Clear Lake" from "HCA Healthcare <hcahealthcare@taleo.net>" (a division's
        # hospital, the sender's words within its name), whose rejection comes from "HCA Healthcare" alone
        domain = address.rsplit("@", 1)[-1].lower()
        account = (
            address.split("@", 1)[0].lower()
            if "myworkday" in domain or domain.startswith("taleo.")
            else _tenant(domain)
        )
        if (
            account
            and company_key(account) == company_key(sender)
            and name.split()[0].lower() == sender.split()[0].lower()
            and company_key(name) != company_key(sender)
        ):
            name = sender
    return name, how


#: Lines of work a graduate programme is named for ("Audit Graduate Programme", "Tax Summer Internship").
_LINES_OF_WORK = frozenset(
    "audit assurance tax advisory consulting finance technology risk deals actuarial markets operations engineering "
    "marketing sales legal law hr people strategy data analytics".split()
)


def _line_of_works_programme(name) -> bool:
    """Whether ``name`` is a programme named for a line of work and no employer ("Audit Graduate Programme", "Audit &
    Assurance Graduate Scheme"; not "Irwell Energy Graduate Scheme").

    >>> _line_of_works_programme("Audit Graduate Programme"), _line_of_works_programme("Irwell Energy Graduate Scheme")
    (True, False)
    """
    program = _PROGRAM.search(name)
    if not program or program.start() == 0:
        return False
    words = re.split(r"\s*(?:&|\band\b)\s*|\s+", name[: program.start()].strip().lower())
    return all(w in _LINES_OF_WORK for w in words if w)


def _founders_firm(name, display, text) -> str:
    """The surname a firm named for its founder signs with, where its mail gives its legal name in full: "Robert
    Bosch GmbH" from "Bosch Recruiting" is Bosch, "Carl Zeiss AG" from "ZEISS Careers" Zeiss ("" otherwise).

    >>> _founders_firm("Robert Bosch", "Bosch Recruiting", "bei der Robert Bosch GmbH.")
    'Bosch'
    >>> _founders_firm("Deutsche Telekom", "Telekom", "der Deutsche Telekom AG"), _founders_firm("Robert Bosch", "Bosch", "")
    ('', '')
    """
    if not name or not display:
        return ""
    bare = name
    for _ in range(2):
        bare = _LEGAL.sub("", bare).strip(" ,")
    words, sender = bare.split(), _sender_name(display)
    if (
        len(words) == 2
        and " " not in sender
        and len(sender) >= 4
        and words[1].lower() == sender.lower()
        # (a given name's shape, not an adjective's: "Deutsche Telekom", "Allgemeine Zeitung", "General Electric")
        and not re.search(r"(?:sche|che|ische|ene|ale|ral|nal|ted|can|ish)$", words[0].lower())
        and _is_person(bare, "x@x.example")
        # (its legal form written after it in the mail: a firm's legal name)
        and re.search(
            re.escape(bare) + r",?\s+(?:GmbH|AG|KG|SE|Inc\.?|Ltd\.?|LLC|plc|PLC|S\.A\.|SAS|B\.V\.)(?!\w)", text
        )
    ):
        return words[1]
    return ""


def _words_within(short, long) -> bool:
    """Whether the words of ``short`` come in order within the longer ``long`` ("HCA Healthcare" within "HCA Houston
    Healthcare Clear Lake").

    >>> _words_within("HCA Healthcare", "HCA Houston Healthcare Clear Lake"), _words_within("Acme Bank", "Acme")
    (True, False)
    """
    words = iter(long.lower().split())
    small = short.lower().split()
    return len(small) < len(long.split()) and all(w in words for w in small)


#: A display name of an employer's own careers account: "Dishoom Careers", "Northwind Talent Acquisition".
_CAREERS_ACCOUNT = re.compile(r"\s(?:Careers|Jobs|Recruiting|Recruitment|Talent(?: Acquisition)?|Hiring)$")
#: Words a company's name goes on with that say what it is, besides :data:`_BUSINESS_WORDS` and ``_NAME_ENDINGS``.
_BRAND_ENDINGS = frozenset(
    "holdings international global worldwide ventures corporation bank aerospace biosciences therapeutics "
    "pharmaceuticals pharma bio biotech networks communications telecom digital interactive entertainment "
    "education learning security water power solar mining resources properties investments asset management "
    "insurance mutual credit union trust fund studio labs lab works design designs partners".split()
)
#: A subject's last part, after a title and a dash, when it is one or two capitalised words: the job's place ("QA
#: Specialist - Ringaskiddy").
_SUBJECT_PLACE = re.compile(r"\w\s+[-–]\s+([A-Z][a-z'’]+(?:\s[A-Z][a-z'’]+)?)\s*$")


#: A scheduling tool's or a calendar's subject and the event it books: "Confirmed: Brightline Foods Recruiter Screen with
#: Jordan Ellis on Tuesday, June 10", "Invitation: Pat Doe <> Tidewater Labs - Hiring Manager Interview @ Wed Oct 15".
_BOOKED = re.compile(
    r"^(?:(?:re|fwd?):\s*)*(?:confirmed|new event|invitation|updated invitation|booking confirmed|scheduled|"
    r"interview confirmation|event confirmed)\s*:\s*(?P<title>.+?)(?:\s+with [A-Z][^@\n]*?)?(?:\s+(?:on|@|at)\s+"
    r"(?:mon|tue|wed|thu|fri|sat|sun|\d)[^\n]*)?\s*$",
    _I,
)
#: The round's words that close an event's title ("Recruiter Screen", "30 Minute Hiring Manager Interview").
_ROUND_WORDS = re.compile(
    r"(?:(?:^|[\s\-–|:]+)(?:\d+[ -]?min(?:ute)?s?|recruiter|recruiting|phone|intro(?:ductory)?|initial|hiring manager|"
    r"technical|final|first|second|round|screen(?:ing)?|interview|call|chat|meeting|conversation|video|zoom|teams))+$",
    _I,
)
#: Scheduling tools and calendars that write for many employers.
_SCHEDULERS = re.compile(
    r"@(?:[\w.-]+\.)?(?:calendly|goodtime|modernloop)\.[a-z]{2,}$|^calendar-notification@google\.com$"
)


def _booked_company(subject, address) -> str:
    """The company a scheduling tool's event title names beside the round and the person, or "".

    >>> _booked_company("Confirmed: Brightline Foods Recruiter Screen with Jordan Ellis on Tuesday, June 10, 2025",
    ...                 "notifications@calendly.com")
    'Brightline Foods'
    >>> _booked_company("Invitation: Pat Doe <> Tidewater Labs - Hiring Manager Interview @ Wed Oct 15, 2025 2pm",
    ...                 "calendar-notification@google.com")
    'Tidewater Labs'
    >>> _booked_company("New Event: Pat Doe - 20 Minute Recruiter Call", "notifications@calendly.com")
    ''
    """
    if not _SCHEDULERS.search(address.lower()):
        return ""
    m = _BOOKED.match(subject.strip())
    # (a calendar invitation's subject reaches here as its event's title alone, "Pat Doe <> Tidewater Labs - ...")
    title = m.group("title") if m else subject if address.lower().startswith("calendar-notification@") else ""
    parts = [p.strip() for p in re.split(r"\s+(?:<>|<->|x|/|\||[-–])\s+", title) if p.strip()]
    names = []
    for part in parts:
        name = _ROUND_WORDS.sub("", part).strip()
        # (the person's own name, "Pat Doe", reads as a person's; a round alone leaves nothing)
        if (
            name[:1].isalpha()
            # ("Intro call between Priya Nair and Jane Lee": a meeting's own words are no name)
            and not re.search(r"(?i)\b(?:call|interview|screen(?:ing)?|chat|meeting|between|with|and)\b", name)
            and not _is_person(name, "")
            and _names_a_company(name)
            and not _is_role(name)
        ):
            names.append(name)
    return names[0] if len(names) == 1 else ""


def _company_named(subject, body, display, address, domains=None):
    booked = _booked_company(subject, address) if "@" in address else ""
    if booked:
        return booked, "subject or body (the event booked)"
    district = _SCHOOL_DISTRICT.search(display) if display else None
    if district and not _RELAY_NAMES.search(display):
        # "Riverbend School District" inviting to interview "for the 5th Grade Teacher position at Lincoln
        # Elementary": a district's school is where the job is, the district the employer
        # ("Careers at Elm Fork ISD": the department's words before it too)
        named = re.sub(
            r"^(?i:careers|jobs|recruiting|recruitment|hr|human resources|talent)\s+(?:at|with|@)\s+", "", display
        )
        return _SENDER_SUFFIX.sub("", named).strip(" ,.-|") or named, "sender's name"
    m = _CLIENT_LABEL.search(body[:3000]) if "lient" in body[:3000] else None
    if m and _names_a_company(m.group("name")) and not _is_role(m.group("name")):
        # an agency's form: "CANDIDATE SUBMISSION\nCandidate: Sipho Dlamini\nClient: Discovery\nRole: ..."
        return m.group("name").strip(" ."), "subject or body (an agency's client)"
    m = (
        _COMPANY_LABEL.search(body[:3000])
        or _MATCHED_TO.search(body[:3000])
        or _AGENCY_LABEL.search(body[:3000])
        or (_SELECTION_PROCESS.search(body[:3000]) if "election process" in body[:3000] else None)
    )
    if m:
        return m.group("name").strip(" ."), "subject or body"
    head = body[:3000]
    m = (
        _TITLE_THEN_NAME.search(head)
        if "pplication " in head and (" has been" in head or "been deliver" in head)
        else None
    )
    # (between commas only where a comma closes it too, "..., Carroway College, has been delivered": "Data
    # Scientist, Pricing has been received" names a team)
    # (a reference after the name only after a comma's: "Graduate Engineer, EirGrid Networks (Campaign 25-0871) has been
    # received"; "Administrative Assistant - Front Office (Job ID 7731) has been submitted" names the title's desk)
    named = m and (
        (m.group("dashed") if not m.group("ref") else "")
        or (m.group("name") if ", has been" in head or "been deliver" in head or m.group("ref") else "")
    )
    if (
        named
        and _names_a_company(named)
        and not _is_role(named)
        and not re.match(r"(?i:department|dept|school|faculty|division|office)\b", named)
    ):
        return named.strip(" ."), "subject or body"
    sender = address.rsplit("@", 1)[-1].lower()
    job_board = _is_board(sender) or bool(_JOB_SITE.search(sender))
    m = _SENT_TO_ES.search(body[:3000]) if ("enviad" in body[:3000] or "se envió" in body[:3000]) else None
    if m and _names_a_company(m.group("name")) and not _is_role(m.group("name")):
        # "Tu postulación a la vacante Analista de Marketing Digital fue enviada a Grupo Cafetalero del Sur": whom it
        # went to, not the title's area
        return _abbreviation_closed(m.group("name").rstrip(".")), "job line of the body"
    if job_board and _AVISO_WORD.search(body[:3000]):
        # a job site's "en la oferta Analista de Marketing Digital de Naranja Digital.": the name that ends the
        # sentence, before any cue reads the title's own "de" as the employer's
        m = _AVISO_DE.search(body[:3000])  # (the body's sentence, not the subject's title that ends its line)
        if m and not _is_role(m.group("name")) and not _RELAY_NAMES.search(m.group("name")):
            return _abbreviation_closed(m.group("name").rstrip(".")), "job line of the body"
    domain = _company_domain(address)
    head = body[:3000]
    m = (
        _CLIENT_IS.search(head)
        if (
            "lient" in head
            or "unde" in head
            or "andant" in head
            or "handelt" in head
            or "agit" in head
            or "uftraggeber" in head
        )
        else None
    )
    if m and not _is_role(m.group("name")):
        # ("Es handelt sich um die Limmat Versicherungen AG. Der Leiter Pricing ...": a sentence's end closes the name)
        return _to_sentence_end(m.group("name")), "subject or body (an agency's client)"
    heard = _HEARD_FROM.search(head) if domain and "from" in head else None
    if (
        heard
        and " " in heard.group("name").strip()  # (not "heard back from Dana", a person)
        and not _is_person(heard.group("name"), address)
        and _names_a_company(heard.group("name"))
        and company_key(heard.group("name")) != company_key(_domain_name(domain))
    ):
        # a recruiter relaying an employer's answer from the recruiter's own firm: "I just heard back from Harbor
        # Logistics - they've decided not to move forward" (from logipeople.example)
        return heard.group("name").strip(), "subject or body"
    unnamed_client = False
    lowered = head.lower()
    if (
        (domain and _AGENCY.search(domain.split(".")[0]))
        or _AGENCY_SUBMISSION.search(lowered)
        or _submits_to_client(lowered)
        # (a consultant's own sending to an employer it names: a person writes it, not a job site's or a system's
        # receipt, "Votre candidature a bien été envoyée à Marjane Distribution")
        or (
            not job_board
            and not _under(sender, _ATS_SET)
            and _is_person(display, address)
            and _named_submission(head, subject, display, address)
        )
    ):
        # a staffing agency's domain, or a recruiter who writes from a personal address that they submitted you
        # to their client ("I've submitted your resume to my client Polaris"): the client is the employer
        m = (
            _CLIENT.search(body[:3000])
            or (_CLIENT_BRACKETED.search(body[:3000]) if "(" in body[:3000] else None)
            or _SUBMITTED_TO.search(body[:3000])
            or _HEARD_FROM.search(body[:3000])
            or _COMPANY_BEFORE.search(body[:3000])
            or _ON_BEHALF.search(body[:3000])
        )
        if (
            m
            and not _is_role(m.group("name"))
            # (not a site named for its place: "to the Rickenbacker distribution center")
            and not re.match(_SITE_AFTER, body[:3000][m.end("name") :], _I)
        ):
            # ("Mesquite Insurance." at a sentence's end: without its full stop, not a legal form's; "Halcyon Health's
            # recruiting team": without the possessive)
            name = re.sub(r"['’]s$", "", m.group("name").strip().rstrip("."))
            # (and "UOB's Compliance team": the company before its department; "St Anne's Catholic School" is a name)
            if re.search(r"['’]s\s+[A-Z]", name) and re.match(
                r"\s+(?:team|department|division|unit|function|practice|desk)\b", body[:3000][m.end("name") :]
            ):
                name = re.split(r"['’]s\s", name)[0]
            return _abbreviation_closed(name), "subject or body (an agency's client)"
        # ("La empresa es Transportes Guadalquivir y quieren hacerte una entrevista", "The firm is Ridgeway Capital"
        # under the subject's "RE: Auxiliar administrativa - Polígono Store": the body's naming before the subject's)
        # ("I've passed your application over to Westbrook Energy's talent team", "Lindqvist & Berg now have your
        # CV": the employer the papers went to, named in the sending's own sentence)
        named = (
            _named_submission(head, subject, display, address)
            if not job_board and not _under(sender, _ATS_SET) and _is_person(display, address)
            else None
        )
        if named:
            return _abbreviation_closed(named[1]), "subject or body (an agency's client)"
        later = _client_named_later(head, _domain_name(domain) if domain else "", display)
        if later:
            return _abbreviation_closed(later), "subject or body (an agency's client)"
        m = _SUBJECT_COMPANY_ROLE.search(subject)
        if m and _names_a_company(m.group("name")):  # (not "RTR - Business Analyst - Trinity Bank"'s "RTR")
            return m.group("name").strip(), "subject or body (an agency's client)"
        # "Búsqueda Analista Financiero - Ribera Energía": after the title ("RTR - Business Analyst - Trinity Bank":
        # after every part that names none)
        # (but a recruiter who keeps the client unnamed in the mail, "with our client, a leading MNC in retail", does
        # not name it in the subject: "Senior Data Analyst - Bangalore" is the job's place)
        # (nor one that speaks of its client without naming it: "I've now passed your profile along to my client"
        # under "DevOps Engineer - Remote", "your application went to my client" under "Naval Architect - Bergen": an
        # agency's subject names the job and its place; a client named there is named in the body too)
        unnamed_client = bool(_CLIENT_UNNAMED.search(head) or _CLIENT_NOUN.search(lowered))
        for m in () if unnamed_client else _SUBJECT_COMPANY.finditer(subject):
            if (
                _names_a_company(m.group("name"))
                and not _is_role(m.group("name"))
                # ("Financial Analyst - Sandton" over "my client, a leading asset manager in Sandton": a place)
                # ("Auxiliar administrativa - Polígono Store" over "una empresa cliente ... en el Polígono Store")
                and not re.search(
                    rf"\b(?:in|near|around|outside|en|en el|en la|à|au|près de|bei|im|nahe) {re.escape(m.group('name').strip())}\b",
                    head,
                )
                # ("Rickenbacker - 2nd shift" over "I've submitted you to the Rickenbacker distribution center": a site)
                and not re.search(rf"\bthe {re.escape(m.group('name').strip())}{_SITE_AFTER}", head, _I)
                # ("Senior Compliance Officer - Private Banking" over "our client, a Swiss private bank": a sector)
                and not _is_sector(m.group("name"))
            ):
                return m.group("name").strip(), "subject or body (an agency's client)"
    if domain and domains and domain in domains:  # this domain's mail already named its company
        known_name = domains[domain]
    else:
        known_name = ""
    for text in (subject, body[:3000]):
        if "," in text and ("&" in text or " and " in text):
            text = _PARTNERS.sub(lambda i: i.group(0).replace(",", _KEPT_COMMA), text)  # "Harlow, Pierce & Wendt"
        for m in _companies_after(text):
            # "at Zuidas Verzekeringen N.V. We will review": a dotted legal form ends the name, not its first dot
            name = _LEGAL_DOTTED.sub(".", m.group("name"))
            if _AGO.match(text, m.end("name")):
                name = re.sub(r"\s+\d+$", "", name)  # ("you applied to Teller at Harbor Bank 2 weeks ago")
            tail = _FRENCH_TAIL.match(text, m.end("name")) if " " not in m.group("name").strip() else None
            if tail:
                # "l'intérêt que vous portez à la Caisse populaire du Plateau": a French name's small adjective
                name += tail.group(0)
            for _ in range(3):  # "Grupo Tolteca S.A. de C.V.": the legal form goes before the name is cut at "."
                name = _LEGAL.sub("", name)
            # "the U.S. Census Bureau", "J.P. Morgan": an initialism's dots are no sentence's end
            name = _DOTTED.sub(lambda i: i.group(0).replace(".", _KEPT_DOT), name)
            _, _, tail = name.partition(" for ")
            # "Acme for Data Analyst": a role follows; "Office for National Statistics" is one name
            cut = (
                "for|as"
                if not tail
                or _ROLE_WORDS.search(tail.split(" (")[0].strip())
                # ("Acme Corp for the Summer Internship": a programme follows; "Bread for the City" is one name)
                or _PROGRAMME_WORDS.search(tail.split(" (")[0])
                # ("PIXELFORGE for the Environment Artist (Unreal) position": a job's noun after the name, or a
                # worker's word in it, "for the Night Auditor.")
                or (tail.startswith("the ") and re.search(r"\w(?:er|or|ist|ian|ant)s?\b", tail.split(" (")[0]))
                or (
                    tail.startswith("the ")
                    and re.match(
                        r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?(?i:position|role|job|opening|vacancy|post)\b",
                        text[m.end("name") :],
                    )
                )
                else "as"
            )
            # ("Department for Work and Pensions", "Marks and Spencer": an "and" before a name's word stays)
            name = (
                re.split(
                    rf"\s+(?:{cut}|and(?!\s+(?!(?:We|I|You|Our|Thank|Please|The)\b)[A-Z])|in|on|to|!|-)\s+|[!.,:;()]|"
                    r"\s+(?i:team|recruiting)\b",
                    name,
                )[0]
                .strip(" .'")
                .replace(_KEPT_DOT, ".")
                .replace(_KEPT_COMMA, ",")
            )
            name = _LEGAL.sub("", name)  # ("MERLION LOGISTICS PTE. LTD.": the first legal form, cut at its dot)
            inn = _THE_X_BEFORE_AT.search(m.group(0)[: m.start("name") - m.start()])
            if name and m.group("name").startswith(name) and inn and not _is_role(inn.group(1)):
                # "Thank you for applying to the Inn at Little Washington": no role before the "at", a name's "X"
                name = f"{inn.group(1)} at {name}"
            elif name == m.group("name").strip() and re.search(
                r"\bthe\s*$", m.group(0)[: m.start("name") - m.start()], _I
            ):
                # "Leasing Consultant at The Reserve at Brookside": a name of the form "The X at Y" (an apartment
                # community, a hotel, a senior living home) goes on after its "at"
                at = _THE_X_AT_Y.match(text, m.end("name"))
                name = f"{name} at {at.group(1)}" if at else name
            residency = re.search(_RESIDENCY, name) if _is_role(name) else None
            if residency and residency.start() > 0 and not _is_role(name[: residency.start()]):
                # "your application to the St. Luke's Emergency Medicine Residency Program": the hospital's
                name = name[: residency.start()].strip()
            if (
                name
                and name.lower() not in _NOT_NAMES
                and not _JOB_LABEL_START.match(name)  # ("Thank you for applying to Job ID 224455, Senior ...")
                # ("Thanks for applying to Veridian HR" from "Veridian HR": a company named for what it sells, not
                # a department, when it signs with the name it was applied to)
                and (
                    not _is_role(name)
                    or (
                        re.search(r"\s(?:HR|People)$", name)
                        # (however the tracking system dresses the name: "The Veridian HR Talent Team")
                        and re.search(rf"(?:^|^the\s+|\bat\s+){re.escape(name)}(?:\s|$)", display.strip(), _I)
                    )
                )
                # "your interest in the Science Interventionist position": a title, the word after it says so
                and not (name == m.group("name").strip() and _TITLE_NOUN.match(text, m.end("name")))
                # ("your interest in Service Delivery Team Lead": a title cut at its "Team", not "Acme Team")
                and not re.match(
                    rf"{re.escape(name)}\s+(?i:team)\s+(?i:lead|leader|manager|member|coordinator|supervisor)\b",
                    m.group("name").strip(),
                )
                # "your interest in the Seasonal Team Member - Flow position": the title runs on to its noun
                and not (
                    re.search(r"\bthe\s*$", m.group(0)[: m.start("name") - m.start()], _I)
                    and _TITLE_RUNS_ON.match(text, m.end("name"))
                )
                and (not _RELAY_NAMES.search(name) or _relay_hiring_itself(name, address))
                and not _MONEY.match(name)  # "salario integral de COP 9.500.000"
                # "L'équipe Welcome to the Jungle" read as "Jungle"
                # ("Ihre Bewerbung über Interamt auf die Stelle ... beim Landkreis Harburg": the relay it went through)
                and (not _RELAY_NAMES.search(_THROUGH.sub("", m.group(0))) or _relay_hiring_itself(name, address))
                # "la vacante Analista de Pruebas de Software" from Grupo Altamira's own domain: the title's own "de"
                # (a job site's own name is no employer: "la oferta ... de Distribuidora Rímac" from Computrabajo)
                and not (
                    _TITLE_DE.match(m.group(0))
                    and not job_board
                    and (
                        _spelled_by_domain(_sender_name(display), domain)
                        # (or a tracking system's mailbox named for it: "Banco Meridiano <bancomeridiano@myworkday.com>"
                        # and "la vacante Analista de Inteligencia de Mercado")
                        or _spelled_by_domain(_sender_name(display), address.split("@", 1)[0] + ".com")
                    )
                )
                # "la vacante Agente Bilingüe de Atención a Clientes fue enviada a TeleServicios del Norte": the title's
                # area, its object after it
                and not (_TITLE_DE.match(m.group(0)) and _TITLE_AREA_GOES_ON.match(text, m.end("name")))
                # "... en Grupo Recupera (Ciudad de México)": a place in brackets, not the employer
                and m.group(0).count("(") <= m.group(0).count(")")
            ):
                program = _PROGRAM.search(name)
                if program:
                    # "the Irwell Energy Finance Graduate Scheme": the employer is the sender's name it starts with
                    name = name[: program.start()].strip()
                    own_name = _sender_name(display)
                    if own_name and name.lower().startswith(own_name.lower()):
                        name = own_name
                if re.search(r"\b(?:der|dem|den)\s+$", m.group(0)[: m.start("name") - m.start()]):
                    # "Ihre Bewerbung bei der Hanseatischen Versorgung AG": the adjective as German inflects it after
                    # the article ("Hanseatische Versorgung")
                    name = _GERMAN_INFLECTED.sub(r"\1e", name)
                department = _DEPARTMENT_AFTER.match(text, m.end("name"))
                if department and name == m.group("name").strip() and _AGENCY_NAME.search(name):
                    # "the Veterans Health Administration, Department of Veterans Affairs": a federal agency as
                    # USAJOBS names it, its department after it (the employer its later mail names)
                    name = _INITIALISM.sub(lambda i: i.group(0).replace(".", ""), department.group(1))
                # ("vimos tu postulación en Bumeran": a job site is no employer)
                return _fuller(name, display, address), "subject or body"
    shared = _ROLE_ADDRESS.match(address.split("@", 1)[0])  # noreply@ an unknown domain may be a relay
    if known_name and not shared and not (display and _CAREERS_OFFICE.search(display)):
        return known_name, "sender's domain"
    name = _sender_name(display)
    if display and _CAREERS_OFFICE.search(display):
        # a college placement cell's "Shortlist for technical round: Vertex Infotech", "Results: Crestline Systems":
        # the office writes for many employers, and its subject names the one
        m = _SUBJECT_AFTER_COLON.search(subject)
        if m and _names_a_company(m.group("name")) and not _is_role(m.group("name")):
            return m.group("name").strip(), "subject or body"
        name = ""
    paren = _PERSON_PAREN.fullmatch(name)
    if paren and (_ROLE_WORDS.search(paren.group("inner")) or _is_role(paren.group("inner"))):
        name = paren.group("person")  # "Kim Park (Recruiter)": a person and her title
    elif paren and _names_a_company(paren.group("inner")) and not _RELAY_NAMES.search(paren.group("inner")):
        return paren.group("inner").strip(), "sender's name"  # "Taylor (Cobalt Freight)": a person and her employer
    piped = _PERSON_PIPE.fullmatch(name)
    if piped and _names_a_company(piped.group("company")) and not _is_role(piped.group("company")):
        name = piped.group("company")  # "Morgan Blake | Westbrook Labs": a person, then her employer
    # (a display name with a department's word after it, "Ontario Public Service Careers", is an organisation's,
    # whoever signs above a title)
    if (
        domain
        and _signs_as_person(name, body)
        and not _SENDER_SUFFIX.search(display)
        # (not a name its domain spells: "Sparkasse KölnBonn <ausbildung@sparkasse-koelnbonn.de>" signing over a
        # recruiter's title)
        and not _translit(company_key(name)).startswith(_translit(company_key(_domain_name(domain))))
    ):
        name = ""  # "Zanele Khumalo <hr@umhlangalogistics.co.za>" signing "Zanele Khumalo / HR Officer": a person
    elif (
        domain
        and _ROLE_ADDRESS.match(address.split("@", 1)[0])
        and _PERSON.fullmatch(name)
        # (not an organisation's name of a person's shape: "Sandwell Borough Council", "Cork County Council")
        and not any(w.lower() in _NAME_ENDINGS or w.lower() in _BUSINESS_WORDS for w in name.split()[1:])
        and not _COUNCIL.search(name)
        and not _ACADEMIC.search(name)
        # (signing above a department or a title: "Rocío Márquez / RRHH"; "Human Resources Department / Cork County
        # Council" signs as the council)
        and (
            signed := re.search(
                rf"(?m)^[ \t]*{re.escape(name)}[ \t]*\n[ \t]*([^\n]{{2,60}})$", _without_footer(body)[-300:]
            )
        )
        and (_DEPARTMENT_NAME.search(signed.group(1)) or _ROLE_WORDS.search(signed.group(1)))
        and not _translit(company_key(name)).startswith(_translit(company_key(_domain_name(domain))))
    ):
        # "Rocío Márquez <rrhh@clinicasantajusta.es>" signing "Rocío Márquez / RRHH": a person at the shared
        # mailbox of the employer its domain names
        name = ""
    # "Talent at Acme", "Recrutement de Lumière" (not "Sanne de Vries", a person's name with its particle); "Maya |
    # Brightloop": a first name, then the company
    m = (
        None
        if _is_person(name, address)
        else re.search(
            # ("de" after a department's word only: "CISSS de la Montérégie-Centre", "Ville de Québec" are names)
            # (not an article after "at": Y Combinator's board "Work at a Startup" names no employer)
            r"(?:\b(?:at|from|@|bei|chez)\s+(?!an?\s)|^(?i:recrutement|recrutements|ressources humaines|rh|drh|dotation|"
            r"carrières?|emplois?|talents?|équipe|l'équipe|service|direction|reclutamiento|selección|empleo|empleos|"
            r"talento|recursos humanos|rrhh|carreras)\s+(?:de|du|des|de la|d')\s*|"
            # (... or its particle left where the department's word was cut: "Recrutement de Lumière")
            r"^(?:de la|de|du|des|d')\s+|"
            r"^[A-Z][a-z]+\s*\|\s*)(.+)$",
            name,
        )
    )
    if m:
        name = m.group(1).strip()
    elif not domain and _is_person(name, address) and address.rsplit("@", 1)[-1].lower() in _FREEMAIL:
        # a person writing from their own mailbox (a friend, a relative): not an employer; but a practice's or a
        # shop's mailbox on free mail, "Dr. Brian Walsh <leevalleydental@gmail.com>", is named by its address
        name = _business_mailbox(address)
        if name:
            return name, "sender's address"
    elif (
        domain
        and (_is_person(name, address) or _person_at_shared_mailbox(name, address, body))
        and not _translit(company_key(name)).startswith(_translit(company_key(_domain_name(domain))))
    ):
        name = ""  # a recruiter writing in their own name: the employer is the domain (below)
    elif not domain and _recruiter_at_relay(name, address, body, via=bool(re.search(r"\svia\s", display, _I))):
        # "Sarah Lee <no-reply@us.greenhouse-mail.io>" signing "Sarah Lee / Recruiter, Brightloop", "Maya Chen
        # <maya-chen@fernwood.workablemail.com>": a recruiter writing through the tracking system, no employer
        name = ""
    business = _business_mailbox(address) if name and address.rsplit("@", 1)[-1].lower() in _FREEMAIL else ""
    if business and len(name.split()) == 1 and company_key(name) not in company_key(business):
        return (
            business,
            "sender's address",
        )  # "Niamh <smileclinic.cork@eircom.net>": a first name at a practice's mailbox
    if name and not _RELAY_NAMES.search(name):
        return _spelled_out(_domain_spelled(name, domain), body[:3000]), "sender's name"
    intro = _introduced(subject, body)
    if intro:
        return intro, "subject or body"
    job_site = bool(_JOB_SITE.search(address.lower()))
    board = job_site or _is_board(address.rsplit("@", 1)[-1].lower())
    m = _OFFER_PAREN.search(body[:3000]) if board else None
    if m:
        return m.group("name").strip(), "job line of the body"  # "applied for Lead Engineer (Nimbus Devices)"
    # (not where an agency keeps its client unnamed: "Auxiliar administrativa - Polígono Store" is the job's place)
    m = None if unnamed_client else _SUBJECT_COMPANY.search(subject)
    if m and _line_of_works_programme(m.group("name")):
        m = None  # "Assessment Centre invitation - Audit Graduate Programme": a programme, no employer's name
    if m and _names_a_company(m.group("name")) and not _shift_or_place(m.group("name"), body[:3000]):
        # a relay's bare address: "Thank you from Ambervale", "Invitation to interview - Oakhurst Capital"
        the_x = _THE_X_BEFORE.search(subject, 0, m.start()) if m.group(0).lstrip()[:2] == "at" else None
        # ("Good news! The Reserve at Brookside is interested": the "at" of a name "The X at Y")
        return (f"{the_x.group(1)} at " if the_x else "") + m.group("name").strip(), "subject or body"
    m = None if unnamed_client else (_SUBJECT_LEAD.match(subject) or _SUBJECT_TAIL.search(subject))
    if m and _names_a_company(m.group("name")) and not _RELAY_NAMES.search(m.group("name")):
        # a relay's "Meridian Health: Application Received": the name the subject starts with
        return m.group("name").strip(), "subject or body"
    closing = _without_footer(body)  # (the mail's end, above a mailing footer: its signature's lines)
    # ... and above the lines a signature or a system adds under its company's line (a title, a telephone, a link)
    # (for a signature's shape alone: "Regards\nZanele Khumalo\nHR Officer" without its title is a closing's name)
    trimmed = _without_extras(closing)
    m = _SIGNATURE.search(closing[-300:]) or _SIGNATURE.search(trimmed[-300:])
    # ("Freundliche Grüsse" then "Martina Keller": a valediction in capitals above the person's name)
    if m and _names_a_company(m.group("name")) and not _is_person(m.group("name"), address):
        return m.group("name").strip(), "signature"  # "Dana Whitfield / Ambervale" closing a relay's mail
    m = _CLOSING.search(closing[-300:])
    if m:
        name = _SENDER_SUFFIX.sub("", m.group("name")).strip(" ,.")
        name = "" if _CUT_AT_PARTICLE.search(name) else name  # ("Atracción de Talento": a department's whole name)
        # a single word closing a mail is a first name ("Thanks,\nOllie") unless the mail names it again
        first = display.split()[0].lower() if display.split() else ""
        if (
            name  # ("Sincerely,\nTalent Acquisition": a department's word alone, no name left)
            and not _is_person(name, address)
            and not _is_role(name)
            and (" " in name or body.count(name) >= 2)
            and name.lower() != first  # "Soy Núria ... Saludos, Núria": the sender's own first name
        ):
            return name, "signature"
    m = _DEPARTMENT_SIGNATURE.search(closing[-300:])
    if m and _names_a_company(m.group("name")) and not _RELAY_NAMES.search(m.group("name")):
        return m.group("name").strip(), "signature"
    m = _TEAM_SIGNATURE.search(closing[-600:])
    if (
        m
        and _names_a_company(m.group("name"))
        and not _is_person(m.group("name"), address)
        and m.group("name").lower()
        not in ("team member", "associate", "employee", "colleague", "global", "campus", "the", "your", "our", "a")
    ):
        return m.group("name").strip(), "signature"  # "The NVIDIA Recruiting Team", "Stryker's Talent Acquisition Team"
    m = _LONG_CLOSING.search(closing[-300:])
    if m and _names_a_company(m.group("name")) and _SENDER_SUFFIX.sub("", m.group("name")) == m.group("name"):
        # "Kind regards,\nAtlantic Coast Regional Medical Center": a closing's name of five or six words (the
        # shorter ones are :data:`_CLOSING`'s; a team's line is no name)
        return _LEGAL.sub("", m.group("name")).strip(" ,."), "signature"
    own_domain = _company_domain(address)
    name = (
        (_titled_signature(closing[-400:], address) or _titled_signature(trimmed[-400:], address)) if own_domain else ""
    )
    name = _LEGAL.sub("", name).strip() if name else ""
    label = re.sub(r"[^a-z0-9]", "", _domain_name(own_domain).lower()) if name else ""
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w.lower() not in _PARTICLES).lower()
    if name and (
        _same_company(_domain_name(own_domain), {company_key(name): name})
        or (len(initials) >= 2 and label.startswith(initials))  # ccf.org: "Cleveland Clinic" (Foundation)
        or (
            re.search(r"\.(?:edu|ac\.\w+)$", own_domain)  # umich.edu: "University of Michigan"
            and re.search(r"\b(?:University|College|Institute)\b", name)
        )
    ):
        # "Talent Acquisition Specialist | Atlantic Health System" from atlantichealth.org, "Cleveland Clinic" from
        # ccf.org: the employer's whole name, where its domain spells or shortens it (a committee or a team signing
        # after a title is no employer)
        return name, "signature"
    m = _PUBLIC_NAME.search(body[:3000]) if _under(address.rsplit("@", 1)[-1].lower(), _ATS_SET) else None
    if m:
        # a public system's notice naming the agency: "announcement CBTE-12645789, Department of Veterans Affairs"
        return re.sub(r"\s+(?:of|and|the|for)$", "", m.group(0)).strip(), "subject or body"
    if board:  # ("l'offre Analyste (Banque Part-Dieu)" was read above, before the subject)
        # a job site's confirmation: "Data Scientist - Stark Industries - New York", or "Acme Health - Boston, MA"
        # ("Backend Engineer - Chicago, IL" under the employer's own line is the job's title and place)
        m = next((j for j in _JOB_LINE.finditer(body[:3000]) if _names_a_company(j.group("name"))), None) or next(
            (p for p in _COMPANY_PLACE.finditer(body[:3000]) if not _is_role(p.group("name"))), None
        )
        if m:
            return m.group("name").strip(), "job line of the body"
        # ("Nurse (RGN) - Days" over "Oakwood Care Group - Stockport": a title and its shift, then the employer)
        m = next(
            (
                t
                for t in _COMPANY_TOWN.finditer(body[:3000])
                if not _SHIFT.fullmatch(t.group(0).rsplit("-", 1)[-1].rsplit("–", 1)[-1].strip())
            ),
            None,
        )
        if m and not _is_role(m.group("name")):
            return m.group("name").strip(), "job line of the body"
    lines = [line.strip() for line in body[:3000].split("\n")] if board else []
    for title, name, place in zip(lines, lines[1:], [*lines[2:], ""]):
        # JobStreet's and SEEK's card: "Product Lead" / "Kopi Labs" / "Singapore", a line each (or no place, the
        # title the subject's and the name in capitalised words: "Application submitted: Compliance Executive" over
        # "Compliance Executive" / "Temasek Polytechnic")
        if (
            3 <= len(title) <= 60
            and _STACKED_NAME.fullmatch(name)
            and (
                _STACKED_PLACE.fullmatch(place)
                or (title.lower() in subject.lower() and _CAPITALISED_NAME_LINE.fullmatch(name))
            )
            # ("HD Fitter - Civil Fleet": a title, then its team or shift)
            and (_is_role(title) or _is_role(re.split(r"\s+[-–|]\s+", title)[0]))
            and not _is_role(name)
            and not _is_role(place)
            and _names_a_company(name)
            and not _RELAY_NAMES.search(name)
        ):
            return name, "job line of the body"
    m = _SUBJECT_ACTOR.match(subject)
    sender_domain = address.rsplit("@", 1)[-1].lower()
    if (
        m
        and _names_a_company(m.group("name"))
        and (_is_board(sender_domain) or _under(sender_domain, _ATS_SET) or _under(sender_domain, _ESIGN_SET))
    ):
        # a job site's "Northwind Traders wants to interview you"; an employer of record's "Northwind Analytics has
        # sent you a contract to review and sign"
        return m.group("name").strip(), "subject or body"
    m = _BODY_ACTOR.search(body[:1500]) if "received your application" in body[:1500] else None
    if m and _names_a_company(m.group("name")) and (_is_board(sender_domain) or _under(sender_domain, _ATS_SET)):
        # a job site's "Vistamar Global Services Philippines, Inc. has received your application for ..."
        return m.group("name").strip(), "subject or body"
    domain = address.rsplit("@", 1)[-1].lower()
    local = address.split("@", 1)[0].lower()
    if "myworkday" in domain and local not in ("noreply", "no-reply", "donotreply"):
        # ("hsbc.careers@myworkday.com": the tenant, without its careers account's word)
        local = re.sub(r"(?<=\w)[._-](?:careers?|jobs|recruiting|recruitment|talent|hr)$", "", local)
        return local.capitalize(), "Workday tenant"
    tenant = _tenant(domain)
    if tenant:
        # "maya-chen@fernwood.workablemail.com", "jobs@helixmobility.recruitee.com": the system's subdomain is the
        # employer's account with it
        return tenant, "Workday tenant"
    if _company_domain(address):
        own = _domain_name(_company_domain(address))
        m = _COPYRIGHT.search(body[-500:])
        if (
            m
            and _ROLE_ADDRESS.match(address.split("@", 1)[0])
            and _names_a_company(m.group("name"))
            and not _RELAY_NAMES.search(m.group("name"))
            and company_key(own) not in re.sub(r"[^a-z0-9]", "", f"{subject}\n{body}".lower())
        ):
            # a careers site's no-reply on a vendor's domain the mail never spells ("copperline.jobs.example-hr.com"),
            # signed "Talent Acquisition" above "© 2025 Copperline Mining Company. All rights reserved."
            return m.group("name").strip(), "signature"
        # "carolinamillscap.com" and "Carolina Mills Capital's growth fund" in the mail: the name it shortens
        tld = _company_domain(address).rsplit(".", 1)[-1]
        text = f"{subject}\n{body[:3000]}"
        spelled = _abbreviated_by(own, text, tld) or _spelled_with_and(own, text)
        if spelled:
            return _with_ending(spelled, text), "sender's domain"
        # "Mark Ruiz\nTalent Acquisition Partner, Bluefin Analytics" from mark@bfanalytics.com: the signature's
        # company, whose letters the domain keeps in order
        signed = _signed_by_domain(own, _without_footer(body)[-400:], display)
        return (signed, "signature") if signed else (_with_ending(own, text), "sender's domain")
    m = _COPYRIGHT.search(body[-500:])
    if m and _names_a_company(m.group("name")) and not _RELAY_NAMES.search(m.group("name")):
        # "© 2025 Piedmont Energy Corporation. All rights reserved." under a tracking system's unsigned mail
        return m.group("name").strip(), "signature"
    relayed = _under(address.rsplit("@", 1)[-1].lower(), _ATS_SET)
    named = _titled_company(_without_footer(body)[-300:]) if relayed else ""
    if named:
        # a recruiter writing through the system, signing "Alexis Monroe / Talent Partner, Fernbrook"
        return named, "signature"
    named = _subject_parts_company(subject) if relayed else ""
    if named:
        # a tracking system's bare address, its mail naming no company but in the subject's parts: "Alderbrook
        # Health | Data Analyst", "Elmstead Labs: Data Analyst - Thanks for applying", "Update on your Maplewood
        # Foods application"
        return named, "subject or body"
    return "", ""


def _shift_or_place(name, body) -> bool:
    """Whether a subject's last part is the job's shift ("Nurse (RGN) - Days") or a place the mail calls its
    employer's site ("Nurse vacancy - Stockport" over "the nurse position at our Stockport home"), not the employer.

    >>> _shift_or_place("Days", ""), _shift_or_place("Stockport", "the nurse position at our Stockport home")
    (True, True)
    >>> _shift_or_place("Oakhurst Capital", "Thank you for applying to Oakhurst Capital.")
    False
    """
    if _SHIFT.fullmatch(name.strip()):
        return True
    place = re.escape(name.strip())
    return bool(
        re.search(
            rf"\b(?:at|in) (?:our|the) {place} (?:home|site|office|branch|store|clinic|location|centre|center|"
            rf"depot|warehouse|plant|hotel|restaurant|practice|campus)\b|\b(?:based|located) in {place}\b",
            body,
        )
    )


#: A job's shift or hours, which a job site's subject ends with ("Nurse (RGN) - Days", "Barista - Part Time").
_SHIFT = re.compile(
    r"(?i:days|nights|weekends?|evenings|mornings|days/nights|nights/days|part[- ]time|full[- ]time|prn|per diem|"
    r"rotating|relief|bank|nights only|days only|temporary|permanent|fixed[- ]term)"
)


def _titled_company(closing) -> str:
    r"""The company a signature gives after the signer's title, on the line under the signer's name: "Alexis Monroe"
    then "Talent Partner, Fernbrook", "Recruiter | Nordlicht", "Head of Talent at Quillwork".

    >>> _titled_company("Thanks!\nAlexis Monroe\nTalent Partner, Fernbrook"), _titled_company("Best,\nSam\nRecruiter")
    ('Fernbrook', '')
    """
    lines = [line.strip() for line in closing.split("\n") if line.strip()]
    for name, line in zip(lines, lines[1:]):
        if not _PERSON.match(name):
            continue
        parts = re.split(r"\s*(?:,|\||\s[-–]\s|\sat\s|\s@\s)\s*", line, maxsplit=1)
        if len(parts) == 2 and (_ROLE_WORDS.search(parts[0]) or _ROLE_TITLE.search(parts[0])):
            company = parts[1].strip(" .")
            if _names_a_company(company) and not _is_role(company) and not _RELAY_NAMES.search(company):
                return company
    return ""


#: A line of business's words: a subject's "Private Banking", "Wealth Management", "Consumer Goods" is no name.
_SECTOR_WORDS = frozenset(
    "private investment retail commercial corporate global public digital consumer financial professional "
    "industrial institutional wholesale business capital real banking bank management markets services "
    "insurance healthcare health care pharma pharmaceuticals life sciences technology tech fintech energy "
    "utilities manufacturing logistics estate hospitality media telecoms telecommunications goods products "
    "wealth asset assets risk compliance advisory consulting audit tax legal sector industry".split()
)


def _is_sector(name) -> bool:
    """Whether a name is a line of business's words alone ("Private Banking", "Asset Management", "Healthcare").

    >>> _is_sector("Private Banking"), _is_sector("Lucerne Private Bank"), _is_sector("Healthcare")
    (True, False, True)
    """
    words = re.findall(r"[a-z]+", name.lower())
    return bool(words) and all(w in _SECTOR_WORDS for w in words)


#: A college's careers or placement office, writing about many employers.
_CAREERS_OFFICE = re.compile(_CAREERS_OFFICE_WORDS, _I)
#: ... whose subject names the employer after its colon: "Registration confirmed: Vertex Infotech campus drive",
#: "Congratulations! Selected in Vertex Infotech".
_SUBJECT_AFTER_COLON = re.compile(
    r"[:!]\s+(?:(?i:selected (?:in|by)|shortlisted (?:in|by|for))\s+)?(?P<name>[A-Z][\w&.'\-]*(?:\s+(?:&\s+)?"
    r"[A-Z][\w&.'\-]*){0,4}?)(?:\s+(?i:campus drive|placement drive|recruitment drive|drive|campus hiring))?\s*$"
)
#: A person's display name with a parenthesis: "Kim Park (Recruiter)", "Taylor (Cobalt Freight)".
_PERSON_PAREN = re.compile(rf"(?P<person>{_NAME_PART}(?:\s+{_NAME_PART})?)\s*\((?P<inner>[^()]{{2,60}})\)")
#: ... and a person's name, then her employer's, parted by a bar: "Morgan Blake | Westbrook Labs".
_PERSON_PIPE = re.compile(rf"{_NAME_PART}\s+{_NAME_PART}\s*\|\s*(?P<company>[A-Z0-9][^|]{{1,60}})")
#: A footer's copyright line: "© 2025 Piedmont Energy Corporation. All rights reserved."
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|(?i:copyright))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
    r"(?!(?i:all rights|alle rechte|tous droits|todos los derechos))(?P<name>[A-Z][\w&'\-]*(?:\s+(?:&\s+)?"
    r"[A-Z][\w&'\-]*){0,4})"
)


def _named_company(subject, body, names):
    """The company applied to (of ``names``, key → name) that the subject, or else the body's start, names."""
    for text in (subject, body[:1500]):
        words = _words(text)
        hits = [name for name in names.values() if len(company_key(name)) >= 4 and _words(name) in words]
        if hits:
            return max(hits, key=len)
    return ""


#: A review under way, in a tracking system's mail that names no step ("our team is reviewing your profile").
_UNDER_REVIEW = _any(
    r"\breview(?:ing|s)? (?:your|the|all|each|every)\b",
    r"(?:will|to) (?:be )?review",
    r"(?:now )?with (?:our|the) (?:recruiting|hiring|talent) team",
    r"first step",
    r"(?:prüfen|sichten) (?:ihre|deine)",
    r"(?:examiner|étudier) (?:votre|ton)",
    r"(?:revisar|evaluar) (?:tu|su)",
)
#: A tracking system's account mail (sign-up, verification): no application.
_ACCOUNT = _any(
    r"(?:creat|activat|verif|confirm)\w* (?:your|an|the) (?:candidate |talent )?(?:account|profile|email)",
    r"(?:password|verification code|sign-?in code|one-time)",
)


def _one_company(companies, names) -> str:
    """The one employer among ``companies`` (spellings of one employer count once), else ""."""
    keys = {company_key(c) for c in companies}
    return names.get(next(iter(keys)), next(iter(companies))) if len(keys) == 1 else ""


def _subject_title(subject) -> str:
    """A subject's job title, lower case: "Re: Pharmacy Technician Trainee - offer" → "pharmacy technician trainee",
    "Interview Invitation - Analyst (Data Science)" → "analyst (data science)" (the first part between dashes or
    after a colon that reads as a title), else ""."""
    subject = _REPLY_SUBJECT.sub("", subject).strip()
    for part in re.split(r"\s+[-–|:]\s+|:\s+", subject):
        part = part.strip()
        if _is_role(part) and not _MAIL_WORDS.search(part):
            return part.lower()
    return ""


def _in_address(name, addresses) -> bool:
    """Whether every word of ``name`` is a word of one of the person's ``addresses`` ("Ananya Rao", ananya.k.rao@)."""
    words = re.findall(r"[a-z]+", name.lower())
    if not words or (len(words) == 1 and len(words[0]) < 4):
        return False
    for address in addresses:
        tokens = set(re.split(r"[^a-z]+", address.split("@", 1)[0].lower()))
        if all(w in tokens for w in words):
            return True
    return False


#: The addresses a company writes to its customers from, not to its candidates: orders, alerts, account security,
#: shipment tracking, a calendar's notifications.
_CUSTOMER_ADDRESS = re.compile(
    r"(?:no\.?-?reply\.?)?(?:orders?|alerts?|account|shipment|tracking|calendar|billing|statements?|marketing|offers?|"
    r"deals|promo\w*|customer\w*|service|support|security|rewards|receipts?|store|shop|travel|reservations?|"
    r"\w*airlines?)\b",
    re.I,
)


def _role_words(role, company):
    """A role's words without the employer's name and a title's tags ("role of", "(H/F)", "m/w/d", a requisition's
    number): what two spellings of one role share."""
    text = unicodedata.normalize("NFKD", role.lower()).encode("ascii", "ignore").decode()
    name = " ".join(
        re.findall(r"[a-z]+", unicodedata.normalize("NFKD", company.lower()).encode("ascii", "ignore").decode())
    )
    # the employer's whole name, where the role holds it ("Canalside Consulting Graduate Analyst"); not one of its
    # words alone ("Analytics Engineer" at Sound Analytics is no "Engineer")
    text = " ".join(re.findall(r"[a-z]+", text))
    if name:
        text = re.sub(rf"\b{re.escape(name)}\b", " ", text)
    return set(text.split()) - _ROLE_TAGS


#: Words that tag a title without naming it: "role of", "(H/F)", "(m/w/d)", "Req", "at", "poste d'".
_ROLE_TAGS = frozenset(
    "role of the at h f m w d x req requisition job id ref position in for poste de du d l le la puesto stelle als".split()
)


#: An e-signed document's title: "Offer Letter - Priya Raman.pdf" in the mail, "Completed: Offer Letter - Priya
#: Raman" or "Please DocuSign: Offer Letter" as a subject.
_DOCUMENT = re.compile(r"^(?:completed|please docusign|please sign|signed|everyone has signed)\s*:\s*(.+)$", re.I)
_DOCUMENT_FILE = re.compile(r"^\s*(.{5,120}?)\.(?:pdf|docx?)\s*$", re.I | re.M)


def _document_title(subject, body) -> str:
    """The title of the document an e-signature service's mail is about, lower case, or ``""``.

    >>> _document_title("Completed: Offer Letter - Priya Raman", "")
    'offer letter - priya raman'
    >>> _document_title("Acme sent you a document to review and sign", "Offer Letter - Priya Raman.pdf\\nREVIEW")
    'offer letter - priya raman'
    """
    m = _DOCUMENT.match(subject.strip()) or _DOCUMENT_FILE.search(body[:2000])
    return " ".join(m.group(1).split()).lower().removesuffix(".pdf") if m else ""


def _same_role(a, b) -> bool:
    """Whether two roles' words are one role's: one holds the other's ("Graduate Analyst" in "Graduate Analyst -
    Dublin, OH"), a word written as its initials ("PM II", "Program Manager II").

    >>> _same_role({"graduate", "analyst"}, {"graduate", "analyst", "dublin", "oh"})
    True
    >>> _same_role({"pm", "ii"}, {"program", "manager", "ii"}), _same_role({"demand", "planner"}, {"logistics", "analyst"})
    (True, False)
    >>> _same_role({"sdr"}, {"sales", "development", "representative"})
    True
    """
    if not a or not b:
        return False
    if len(a) > len(b):
        a, b = b, a
    short = {w for w in a - b if 2 <= len(w) <= 3}
    if short and len(a - b) == len(short):
        # (two words or three: "PM" for Program Manager, "SDR" for Sales Development Representative)
        initials = {"".join(w[0] for w in run) for n in (2, 3) for run in itertools.permutations(b - a, n)}
        a = a - {w for w in short if w in initials}
    return a <= b


#: A job's code: an announcement, requisition or vacancy number ("VA-25-DE-12877", "R0215530", "JR-10442"): letters
#: and at least three digits, in one word or joined by dashes.
_JOB_CODE = re.compile(
    r"\b(?=[A-Z0-9-]*\d{3})(?=[0-9-]*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+)+\b|\b[A-Z]{1,4}\d{5,}\b"
    # (an EU agency's selection procedure, in slashes: "EMA/AD/2025/041")
    r"|\b[A-Z]{2,6}/[A-Z]{1,4}/\d{4}/\d{2,4}\b"
    # (Queensland's SmartJobs reference, a state's letters, a number and the year: "QLD/512774/25")
    r"|\b[A-Z]{2,6}/\d{4,8}/\d{2,4}\b"
)


#: ... and a number a vacancy, a requisition or a job is named by ("vacancy 412233", "Job ID: 2876543").
_JOB_NUMBER = re.compile(
    r"(?i:vacancy|job|req(?:uisition)?|ref(?:erence)?|posting|announcement)(?:\s+(?:id|no\.?|number|#))?[\s:#]*(\d{5,})\b"
)
#: ... and a public jobs portal's reference before the title: "Invite to interview: 389211 - Policy Adviser".
_JOB_NUMBER_LEAD = re.compile(r"(?m:(?:^|:[ \t]+|\bfor[ \t]+))(\d{5,8})(?=[ \t]+[-–][ \t]+[A-Z])")
#: ... or after the title, last on its line: "Update on your application: Policy Advisor (HEO) - 398211".
_JOB_NUMBER_TRAIL = re.compile(r"(?m:[A-Za-z)][ \t]+[-–][ \t]+(\d{5,8})[ \t]*$)")


def _domain_role_company(domain_name, subject, body, by_title, names) -> str:
    """The one company applied to whose name starts as a domain's does (four letters or more) and whose title is
    this mail's, written either way ("analyste AQ", "Analyste assurance qualité"), else ""."""
    label = re.sub(r"[^a-z0-9]", "", domain_name.lower())
    if len(label) < 4:
        return ""
    starting = {c for c in names.values() if re.sub(r"[^a-z0-9]", "", c.lower())[:4] == label[:4]}
    if not starting:
        return ""
    mine = [_role_words(t, "") for t in (_subject_title(subject), *_TITLE_NAMED.findall(body[:2000])) if t]
    hits = {
        c
        for title, companies in by_title.items()
        for c in companies
        if c in starting and any(_same_role(m, _role_words(title, "")) for m in mine if m)
    }
    return _one_company(hits, names)


#: A job's number after its label: "Job ID: 2876543", "Req 250914", "Requisition R-10431", "Announcement Number:
#: VA-25-DE-12877", "vacancy 412233", "job #29871".
_LABELLED_CODE = re.compile(
    r"(?i:job\s*id|job\s*#|job\s+number|req(?:uisition)?(?:\s*(?:id|no\.?|number|#))?|announcement(?:\s+number)?|"
    r"vacancy(?:\s+(?:id|no\.?|number))?|posting\s+id|campaign\s+ref(?:erence)?\.?(?:\s+no\.?)?|"
    # Canada's federal "selection process 25-CSD-EA-NHQ-0123456"
    r"selection\s+process(?:\s+(?:number|no\.?))?)\s*[:#]?\s*"
    r"((?=[A-Z0-9/-]*\d{4})[A-Z0-9][A-Z0-9/-]{3,})\b"
)


def _labelled_codes(text) -> set:
    """The labelled job numbers ``text`` names, upper case: {"2876543"} for "(Job ID: 2876543)"."""
    low = text.lower()
    if not any(word in low for word in _CODE_LABEL_WORDS):
        return set()  # (the speed trick beside the search it must equal: no label, no labelled number)
    return {c.upper() for c in _LABELLED_CODE.findall(text)}


#: The words one of which every label of :data:`_LABELLED_CODE` starts with, lower case (looked for first).
_CODE_LABEL_WORDS = ("job", "req", "announcement", "vacancy", "posting", "campaign", "selection")


def _job_codes(text) -> set:
    """The job codes and numbers ``text`` names."""
    return {
        *_JOB_CODE.findall(text),
        *_JOB_NUMBER.findall(text),
        *_JOB_NUMBER_LEAD.findall(text),
        *_JOB_NUMBER_TRAIL.findall(text),
        *_labelled_codes(text),
    }
