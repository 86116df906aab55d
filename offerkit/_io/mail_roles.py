"""What a job's title is, and whether a name can be an employer's (issue #24): the head words of roles and titles in
the four languages (:data:`_ROLE_WORDS`, :data:`_TITLE_AREAS`), a subject's words that are no company
(:data:`_MAIL_WORDS`), :func:`_is_role` and :func:`_names_a_company`; read by :mod:`.mail_names` and
:mod:`.mail_same`.
"""

from __future__ import annotations

import re

from .mail_keys import (
    _NAME_ENDINGS,
)
from .phrases import _I

#: A job title's head word, wherever it stands in the name ("Développeur Python", "Engineer, Growth").
_ROLE_TITLE = re.compile(
    r"\b(?:analyst|engineer|developer|designer|scientist|architect|researcher|administrator|coordinator|specialist|"
    r"intern|professor|lecturer|postdoctoral|officer|trainee|recruit|dispatcher|technician|teacher|analista|ingenier[oa]|desarrollador[a]?|analyste|ingénieure?|développeur|développeuse|"
    # (and German compounds: "Konstruktionsingenieur", "Softwareentwicklerin", "Servicetechniker")
    r"\w*(?:entwickler|ingenieur)(?:in)?|\w+techniker(?:in)?|\w*(?:direktor|leiter|referent|sachbearbeiter|pfleger|disponent|konstrukteur)(?:in)?|\w*fachkraft|"
    # "the Director of Programs search", "Head of Growth"
    r"(?:director|head|vice president) of (?=\w))\b",
    _I,
)


def _names_a_company(name) -> bool:
    """Whether a name found in a subject or a signature can be an employer's: no job title, no mail words, no
    department ("Team Member Recruitment", "Global Talent Acquisition"), no number ("Invitation to interview -
    412233")."""
    words = name.split()
    return (
        not _is_role(name)
        # ("Product Owner Assurance": a title, then its sector)
        and not any(_is_role(" ".join(words[:n])) for n in range(2, len(words)))
        and not _MAIL_WORDS.search(name)
        and not _DEPARTMENT_NAME.search(name)
        and not re.fullmatch(r"[\d\s#/-]+", name)
        and not _JOB_LABEL_START.match(name)
        and not _NAVIGATION.fullmatch(name.strip())
    )


#: A portal's links ("Careers Home | Job Alerts | My Applications"): no name.
_NAVIGATION = re.compile(
    r"(?i:job alerts?|my (?:applications?|profile|account|jobs|dashboard)|careers? home|home|sign in|log ?in|help|"
    r"settings|saved jobs|search jobs|(?:view|all|find) jobs?|unsubscribe|privacy(?: policy)?|contact us|faqs?)"
)


#: A job's number, labelled, where a name would be: "applying to Job ID 224455", "Req 88120".
_JOB_LABEL_START = re.compile(
    r"(?i:job|req(?:uisition)?|vacancy|posting|reference)(?:\s*(?i:id|#|no\.?|number))?\s*[:#]?\s*[A-Z]{0,4}-?\d"
)


#: A department's name: it ends on what the department does.
_DEPARTMENT_NAME = re.compile(
    r"\b(?:recruitment|recruiting|talent acquisition|human resources|hr|careers|staffing|people (?:team|operations|ops)|"
    r"hiring team|talent team|personalabteilung|personalamt|dezernat(?: \w+)?|recrutement|reclutamiento|rrhh|"
    r"recursos humanos|ressources humaines|talento humano|gestión humana|"
    # a hospital's office of graduate medical education
    r"gme(?: office)?|graduate medical education(?: office)?)$",
    _I,
)


def _is_role(name) -> bool:
    """Whether a name is a job's title ("Data Analyst III", "Développeur Python"), not an employer's, or a title's
    area alone ("Datos" out of "vacante de Analista de Datos"; "Quai des Données" stays a company)."""
    if _PUBLIC_EXECUTIVE.search(name):
        return False  # "Health Service Executive", "Scottish Executive": a public body, not a sales executive
    # ("Investment Banking Summer Associate Program": a title's programme is the title's)
    name = re.sub(r"\s+(?:program|programme|scheme|cohort)$", "", name.strip(), flags=_I)
    # ("Coordinador/a de Tráfico", "Técnico(a)", "Projektleiter/in": a title written for both sexes)
    name = _BOTH_SEXES.sub("", name) if "/" in name or "(" in name else name
    # ("Cobranza Bilingüe" of "Ejecutivo de Cobranza Bilingüe": an area with its qualifier)
    area = _AREA_QUALIFIER.sub("", name.strip(" .")).lower()
    return bool(_ROLE_WORDS.search(name) or _ROLE_TITLE.search(name)) or area in _TITLE_AREAS


#: A title's ending for both sexes: "Coordinador/a", "Técnico(a)", "Projektleiter/in".
_BOTH_SEXES = re.compile(r"(?<=\w)(?:/(?:a|as|o|os|e|in|innen|ne)|\((?:a|o|e|in)\))(?=\s|$)")


#: A qualifier after a title's area ("Cobranza Bilingüe", "Ventas Senior").
_AREA_QUALIFIER = re.compile(
    r"\s+(?:bilingüe|bilingue|bilingual|senior|junior|sr|jr)\.?$"
    # ... or a school's programme before a subject ("IB Chemistry", "AP Biology", "IGCSE Physics")
    r"|^(?:IB|AP|IGCSE|GCSE|A-?Level|DP|MYP)\s+(?=\w)",
    _I,
)


#: A public body named "... Executive".
_PUBLIC_EXECUTIVE = re.compile(r"\b(?:Service|Health|Scottish|Northern Ireland|Welsh|Public) Executive$")


#: A job title's area, read alone as a name ("Analista de Datos" → "Datos"), and the departments that sign
#: mail ("Sabine Krüger / HR"): no employer.
_TITLE_AREAS = frozenset(
    "datos producto ventas sistemas finanzas operaciones données produit daten vertrieb marketing hr rh rrhh drh "
    "personal personalabteilung recruiting recrutement people talent talento selección seleccion proyectos projets "
    "projekte tecnología "
    "technologie ingeniería ingénierie comunicación communication diseño calidad qualité compras achats logística "
    "logistique mantenimiento university campus procesos producción manufactura contabilidad auditoría nómina "
    "tesorería administración planeación abastecimiento almacén infraestructura soporte riesgos crédito cobranza "
    "atención tráfico trafico transporte expediciones flota turno "
    # a sales territory's therapeutic area ("Specialty Sales Representative - Neurology")
    "neurology oncology immunology cardiology dermatology rheumatology endocrinology gastroenterology hematology "
    "nephrology psychiatry pediatrics ophthalmology urology radiology vaccines respiratory virology hepatology "
    "production maintenance méthodes comptabilité produktion einkauf buchhaltung principal superintendent "
    "dean headteacher dezernat personalamt "
    # a school subject or an English title's field after its dash ("Classroom Teacher - Mathematics")
    "mathematics maths math english science sciences physics chemistry biology history geography music drama art "
    "economics accounting engineering sales operations nursing pharmacy analytics research legal primary secondary "
    "humanities languages french spanish german pdhpe".split()
) | frozenset(
    {
        "assistant principal",
        "ausbildungsleiterin",
        "ausbildungsleiter",
        "ausbilderin",
        "ausbilder",
        "personalreferentin",
        "personalreferent",
        "vice principal",
        "head of school",
        "head teacher",
        "mejora continua",
        "recursos humanos",
        "cadena de suministro",
        "atención a clientes",
        "servicio al cliente",
        "ressources humaines",
        "talent acquisition",
        "human resources",
        "hr department",
        "hr services",
        "hr team",
        "people team",
        "people & culture",
        "people and culture",
        "recruitment team",
        "recruiting team",
        "talent team",
    }
)


#: A job's title, not an employer: "your interest in Data Analyst III" names the role.
_ROLE_WORDS = re.compile(
    r"\b(?:analyst|engineer|designer|developer|scientist|manager(?:in)?|specialist|director|lead|intern|associate|consultant|"
    r"coordinator|administrator|architect|researcher|position|role|opening|[ivx]{2,3}|sr|jr|analista|ingenier[oa]|"
    r"desarrollador[a]?|consultor[a]?|técnic[oa]|responsable|jef[ea]|analyste|ingénieur|développeur|entwickler(?:in)?|"
    r"ingenieur(?:in)?|berater(?:in)?|bi|ux|qa|back-?end|front-?end|full-?stack|devops|sde|sre|firmware|"
    r"co-?founder|founder|fondat(?:eur|rice)|gründer(?:in)?|fundador[a]?|ceo|cto|coo|cfo|cio|cmo|chro|vp|svp|evp|avp|"
    r"treasurer|inhaber(?:in)?|gérant[e]?|"
    # a title's letters: "Pagoflex - CSM", "SDR", "TPM", "CNA" (not "AE" or "BA", a legal form's or an airline's)
    r"csm|sdr|bdr|pm|tpm|swe|csr|cna|mle|"
    r"directeur|directrice|geschäftsführer(?:in)?|président[e]?|advis[eo]r|generalist|partner(?:in)?|representative|"
    r"secretary|receptionist|recruiter(?:in)?|assistant|technician|trainee|clerk|cashier|barista|driver|nurse|dispatcher|"
    r"supervisor|operator|selector|officer|agent|pharmd|rn|lpn|professor|lecturer|instructor|postdoc|dean|provost|"
    r"chair|fellow|spécialiste|specialiste|chargée?|gestionnaire|assistante|leiter(?:in)?|sachbearbeiter(?:in)?|"
    r"referent(?:in)?|spezialist(?:in)?|assistent(?:in)?|koordinator(?:in)?|personal|rh|hr|talent|recrutement|senior|junior|semi-?senior|trainee|practicante|"
    r"reclutador[a]?|selección|accountant|auditor|bookkeeper|controller|actuary|economist|lawyer|attorney|paralegal|"
    r"solicitor|teacher|tutor|pharmacist|therapist|physician|surgeon|dentist|hygienist|chef|cook|bartender|"
    r"electrician|plumber|mechanic|welder|machinist|carpenter|planner|buyer|merchandiser|writer|editor|copywriter|"
    r"journalist|producer|photographer|marketer|strategist|underwriter|adjuster|broker|teller|banker|trader|"
    r"inspector|estimator|surveyor|programmer|tester|statistician|librarian|curator|counsel(?:l)?or|psychologist|"
    r"dietitian|paramedic|caregiver|housekeeper|custodian|courier|stocker|buchhalter(?:in)?|comptable|counsel|"
    r"contador[a]?|auditor[a]?|owner|master|steward|executive|residency|fellowship|cohort|"
    # a Spanish title of one word: "Candidatura - Administrativa", "Recepcionista"
    r"administrativ[oa]|recepcionista|dependient[ea]|camarer[oa]|cociner[oa]|teleoperador[a]?|repartidor[a]?|"
    r"enfermer[oa]|secretari[oa]|"
    # the trades and the hourly jobs: "HD Fitter", "Ski Technician", "Lift Attendant", "Dog Groomer"
    r"fitter|boilermaker|rigger|scaffolder|labou?rer|apprentice|lineworker|landscaper|painter|roofer|installer|"
    r"porter|dishwasher|server|lifeguard|attendant|valet|groomer|stylist|esthetician)\.?(?:\s+[ivx]{1,3})?$"
    # a French or Spanish title's head word before its area: "Chef de projet", "Contrôleur de gestion", "Chargée de
    # communication", "Jefe de ventas"
    # an English title's head word before its area: "Director of Programs", "Head of People", "VP of Sales"
    r"|^(?:(?:senior |associate |assistant |deputy |managing )?director|head|vp|svp|evp|vice president|chief) of\b"
    r"|^(?:chef|chargée?|contrôleu(?:r|se)|conseill(?:er|ère)|technicien(?:ne)?|jef[ea]|encargad[oa]|"
    r"coordinad(?:or|ora)|gerente|directeur|directrice|responsable|ingénieure?|analyste|gestionnaire) (?:de|d'|du|des|en)\b"
    # a French title's head word before its area, in any tongue: "Responsable Supply Chain", "Directeur Achats"
    r"|^(?:responsable|directeur|directrice|gestionnaire|acheteu(?:r|se)|juriste|contrôleu(?:r|se)|"
    r"technicien(?:ne)?|ingénieure?|analyste)\s+\w+(?:\s+\w+){0,2}$"
    # a German title's head word before its area: "Referentin Budgetcontrolling", "Leiter Rechnungswesen"
    # a Spanish title's head word before its adjective: "Contadora Pública", "Analista Contable"
    r"|^(?:contador|analista|asistente|auxiliar|ejecutiv[oa]|gerente|técnic[oa]|ingenier[oa]|desarrollador|controller|"
    r"diseñador|vendedor|administrativ[oa]|abogad[oa]|enfermer[oa]|docente|profesor|agente|representante|"
    r"promotor|operador|cajer[oa]|supervisor|coordinador|recepcionista|capturista|telefonista)(?:a|as|es|os)?\s+\w+$"
    r"|^(?:referent|sachbearbeiter|leiter|mitarbeiter|assistent|spezialist|berater|buchhalter|bilanzbuchhalter|"
    r"projektleiter|teamleiter|ingenieur|entwickler|werkstudent|praktikant|kaufm[aä]nn|sekretär)(?:in|innen)?\s+"
    r"(?:für\s+)?\w+$",
    _I,
)


#: Words an employer's name may end on that its mail's display name leaves out ("Northstar Hiring" writing from
#: northstarfulfillment.com is "Northstar Fulfillment"): industries, not hiring words ("acmecareers.com" is Acme).
#: A trade's or a small business's last word ("Sparks Electric", "Bayou Plumbing", "Heights Dental").
_BUSINESS_WORDS = frozenset(
    "electric electrical plumbing roofing landscaping hvac heating cooling mechanical builders contractors "
    "construction services solutions salon spa cafe bakery restaurant grill kitchen auto automotive dental clinic "
    "pharmacy realty properties farms trucking transport moving cleaning painting flooring welding tech technologies "
    "group company co inc llc ltd orthodontics surgery practice physio physiotherapy opticians optometry veterinary "
    "vets nursery academy montessori "
    # food and drink: "Ossington Noodle Bar <ossingtonnoodlebar@gmail.com>", "Lakeview Tavern", "Main St Diner"
    "bar pub tavern diner bistro eatery pizzeria pizza taqueria cantina brewery brewing coffee roasters deli "
    "noodle noodles ramen sushi burgers bbq smokehouse cafeteria canteen catering bakeshop patisserie "
    "creamery gelato juice taproom winery distillery inn hotel motel".split()
)


#: A trade's word that leads a business's name in German, French, Spanish and Italian, and some in English
#: ("Pflegedienst Sonnenschein", "Praxis Dr. Weber", "Boulangerie Martin", "Clínica Sonrisa", "Hotel Adler").
_LEADING_TRADE_WORDS = frozenset(
    "pflegedienst pflegeheim pflegezentrum seniorenresidenz seniorenheim praxis zahnarztpraxis arztpraxis "
    "tierarztpraxis physiotherapie ergotherapie kanzlei steuerkanzlei bäckerei konditorei apotheke autohaus "
    "friseur metzgerei gasthaus gasthof kita restaurant restaurante ristorante trattoria hotel hôtel café cafe "
    "bistro brasserie boulangerie pâtisserie pharmacie cabinet clinique clínica clinica farmacia taller "
    "panadería panaderia studio salon atelier boutique librairie fleuriste épicerie agence garage tienda "
    "peluquería peluqueria floristería estudio despacho bufete óptica optique "
    # a Spanish-speaking company's leading word: "Distribuidora Antioquia <gestionhumana@distriantioquia.example>"
    "distribuidora comercializadora constructora inmobiliaria transportes industrias inversiones almacenes "
    "laboratorios cementos aseguradora financiera cooperativa".split()
)


#: ... the longer of them all, longest first, as a free mailbox's address runs them on ("leevalleydental").
_TRADE_WORDS = sorted(
    (w for w in _BUSINESS_WORDS | _NAME_ENDINGS | _LEADING_TRADE_WORDS if len(w) >= 5), key=len, reverse=True
)


#: An adjective of a German name inflected after "der"/"dem"/"den" ("Hanseatischen", "Deutschen", "Bayerischen")
#: before the name's next word: its "-en" is the name's "-e".
_GERMAN_INFLECTED = re.compile(r"\b([A-ZÄÖÜ]\w*(?:isch|lich|ig|sch|al))en(?= [A-ZÄÖÜ])")


#: The cue of a job line that names its employer after a title's last "de" ("la vacante Analista de Ventas de Acme"),
#: which a title's own "de" fools ("la vacante Analista de Pruebas de Software").
_TITLE_DE = re.compile(r"(?:oferta|vacante)\b", _I)


#: The relay a cue names as the way an application went ("Ihre Bewerbung über Interamt", "applied via LinkedIn").
_THROUGH = re.compile(r"\b(?:über|via|through)\s+[\w.-]+", _I)


#: What goes on after a Spanish title's area: its object ("Atención a Clientes", "Servicio al Cliente").
_TITLE_AREA_GOES_ON = re.compile(r"\s+(?:a|al)\s+[A-ZÁÉÍÓÚÑ]")


#: Words of a subject that are no company ("Re: Backend Engineer - Next Step", "- Action Required").
_MAIL_WORDS = re.compile(
    r"\b(?:next|steps?|update|interview|invitation|application|confirm\w*|offer|follow\w*|reminder|thank\w*|"
    r"action|required|request|received|status|result|outcome|feedback|availability|schedul\w*|round|stage|"
    r"assessments?|psychometric|regret|shortlist\w*|acknowledg\w*|bewerbung|candidature|candidatura|postulación|"
    r"rtr|submittal|submitted|hiring freeze|freeze|on hold|withdraw\w*|cancel+ation|cancel+ed|reschedul\w*)"
    r"\b",
    _I,
)
