"""Event vocabulary, stage ladder and the synonym tables for labels and columns.

Labels and column names are compared after :func:`normalize`: accents folded
(``ä`` → ``a``, ``ß`` → ``ss``), lower case, every character that is not a
letter or a digit removed, so ``"HR/ recruiter call"``, ``"hr recruiter-call"``
and ``"HRRecruiterCall"`` are one key, and ``"Vorstellungsgespräch"`` is
``"vorstellungsgesprach"``.

Besides the events, a label may mean:

* :data:`NOT_APPLIED` — saved, wish list, trash: never applied, not an application;
* :data:`WAITING` — a state that records no event (pending, awaiting
  response, under review, open, active): the application is kept, nothing is
  added, nothing is reported as a problem.

The synonyms are drawn from real trackers and from the common words in
German, French, Spanish and Portuguese.
"""

from __future__ import annotations

import re
import unicodedata

import pandas as pd

__all__ = [
    "DECISIONS",
    "NO_WAIT_AFTER",
    "EVENTS",
    "LADDER",
    "TIE_ORDER",
    "COLUMN_ROLES",
    "NOT_APPLIED",
    "WAITING",
    "normalize",
    "prefix_label",
    "check_mapping",
    "label_table",
    "column_table",
]

#: The event vocabulary of SPEC 3.2, in the order used for the categorical.
EVENTS = (
    "applied",
    "screen",
    "interview",
    "onsite",
    "offer",
    "rejected",
    "reply",
    "accepted",
    "declined",
    "withdrew",
    "follow_up",
    "thank_you",
    "ghosted",
)

#: The stage ladder, lowest first.
LADDER = ("applied", "screen", "interview", "onsite", "offer")
#: Events that decide an application: nothing follows them (SPEC 4.3 ``closed``, ``advanced`` at offer).
DECISIONS = ("rejected", "withdrew", "accepted", "declined")
#: Events after which no wait opens (SPEC 4.1): an offer, or a decision.
NO_WAIT_AFTER = ("offer", *DECISIONS)

#: Order of events that share a date (SPEC 4.1).
TIE_ORDER = (
    "applied",
    "screen",
    "interview",
    "onsite",
    "offer",
    "reply",
    "thank_you",
    "follow_up",
    "ghosted",
    "rejected",
    "accepted",
    "declined",
    "withdrew",
)

EVENT_DTYPE = pd.CategoricalDtype(list(EVENTS))

_LABELS = {
    "applied": [
        "applied", "apply", "application", "applicationsent", "applicationsubmitted",
        "submitted", "sent", "appliedonline", "applieddate", "applicationcomplete", "appsubmitted", "resumesent",
        "cvsent", "easyapply", "appliedviareferral", "emailed", "submittedapplication",
        # de, fr, es, pt
        "beworben", "bewerbunggesendet", "bewerbungverschickt", "bewerbungabgeschickt", "gesendet", "verschickt",
        "candidatureenvoyee", "candidature", "postule", "envoye", "envoyee",
        "aplicado", "aplique", "postulado", "postule", "enviado", "enviada", "solicitudenviada", "postulacionenviada",
        "candidaturaenviada", "inscrito", "inscrita", "candidatado", "aplicada",
    ],
    "screen": [
        "screen", "screening", "phonescreen", "phonecall", "phoneinterview",
        "recruitercall", "recruiterscreen", "hrcall", "hrrecruitercall",
        "recruiterhrcall", "hrscreen", "initialcall", "introcall", "recruiterscreening", "phonescreening",
        "screeningcall", "recruiterinterview", "hrinterview", "recruitercontact", "recruiterreachedout",
        "firstcall", "discoverycall", "screened", "phonescreened", "telefoninterview", "telefonat", "entretientelephonique", "appeltelephonique",
        "entrevistatelefonica", "llamada", "entrevistacomrh", "triagem",
    ],
    "interview": [
        "interview", "interviews", "interviewing", "technicalinterview", "techinterview",
        "techscreen", "technicalscreen", "hiringmanager", "hiringmanagerinterview",
        "assessment", "codingchallenge", "takehome", "takehomeassignment",
        "videointerview", "secondinterview", "firstinterview", "oa", "onlineassessment", "hirevue",
        "technical", "technicalround", "caseinterview", "casestudy", "managerinterview",
        "interviewed", "interviewdone", "interviewcompleted", "hadinterview", "interviewscheduled", "interviewrequest", "interviewrequested", "interviewinvite", "invitedtointerview",
        "interviewinvitation", "takehomesent", "takehomeassessment", "takehomechallenge", "takehometest",
        "hackerrank", "codesignal", "codility", "leetcode", "codingtest", "codinginterview", "codingassessment",
        "technicalassessment", "technicaltest", "skillsassessment", "onlinetest", "oasent", "oareceived",
        "assignment", "homework", "test", "inprogressinterview", "behavioralinterview", "culturefit",
        "vorstellungsgesprach", "bewerbungsgesprach", "gesprach", "einladung", "entretien", "entretiens",
        "entrevista", "entrevistas", "entrevistatecnica", "pruebatecnica", "testetecnico",
    ],
    "onsite": [
        "onsite", "finalround", "finalinterview", "panel", "panelinterview",
        "superday", "onsiteinterview", "final", "finalinterviews", "finalstage", "loop", "onsiteloop",
        "virtualonsite", "finalrounds", "lastround", "entretienfinal", "entrevistafinal",
    ],
    "offer": ["offer", "offerreceived", "offered", "gotoffer", "offermade", "negotiating", "negotiation", "offerstage",
              "joboffer", "verbaloffer", "writtenoffer", "offerextended", "offerpending", "receivedoffer",
              "zusage", "angebot", "jobangebot", "offre", "offredemploi", "oferta", "ofertarecibida", "proposta",
              "propostarecebida"],
    "rejected": [
        "rejected", "rejection", "reject", "autorejected", "autorejection",
        "notselected", "declinedbyemployer", "turneddown", "denied", "notmovingforward", "rejectedbyemployer",
        "unsuccessful", "positionfilled", "noloc", "negative", "nocurrentopportunity", "applicationclosed",
        "jobclosed", "positionclosed", "rolefilled", "postingclosed", "jobfilled", "closedbyemployer", "reqclosed",
        "notmovingforward", "notprogressing", "notshortlisted", "declinedme", "notchosen", "nothired", "refused",
        "nooffer", "failed", "dead", "norolefit", "nolongerconsidered", "rejectedme", "rejectedemail",
        "rejectionemail", "gotrejected",
        "absage", "abgelehnt", "ablehnung", "abgesagt", "refus", "refuse", "refusee", "rejete", "rejetee",
        "candidaturerefusee", "rechazado", "rechazada", "rechazo", "norseleccionado", "noseleccionado",
        "rejeitado", "rejeitada", "reprovado", "reprovada", "recusado", "recusada", "naoselecionado",
    ],
    "reply": ["reply", "response", "yes", "heardback", "gotresponse", "gotreply", "responsereceived", "stillreviewing", "responded", "replied", "update", "applicationreceived",
              "acknowledged", "receivedconfirmation", "confirmationreceived", "autoreply", "autoresponse",
              "eingangsbestatigung", "accusedereception", "acusederecibo"],
    "accepted": ["accepted", "offeraccepted", "accept", "hired", "acceptedoffer", "signed", "joined",
                 "angenommen", "accepte", "acceptee", "aceptado", "aceptada", "aceito", "aceita", "contratado"],
    "declined": ["declined", "offerdeclined", "decline", "declinedoffer", "ideclined", "declinedbyme",
                 "turneddownoffer", "rejectedoffer", "abgelehntvonmir", "declineparmoi"],
    "withdrew": ["withdrew", "withdrawn", "withdraw", "withdrawal", "withdrewapplication", "iwithdrew", "candidatewithdrew",
                 "pulledout", "applicationwithdrawn", "notinterested", "nolongerinterested", "dropped", "zuruckgezogen", "retire",
                 "retiree", "desiste", "retirado", "retirada", "desisti", "desistencia"],
    "follow_up": ["followup", "followupemail", "followupsent", "nudge", "followedup"],
    "thank_you": ["thankyou", "thankyounote", "thankyouemail", "thankyousent", "thanks"],
    "ghosted": ["ghosted", "noresponse", "noreply", "noanswer", "ghost", "silent", "notresponded", "noresponseyet",
                "suspectedghostjob", "ghostjob", "ghosting", "noword", "noreplyyet", "neverheardback",
                "appliednoanswer", "appliednoresponse", "appliednoreply", "noresponsereceived",
                "keineantwort", "keinerueckmeldung", "keinerruckmeldung", "sansreponse", "pasdereponse",
                "sinrespuesta", "semresposta", "semretorno"],
}

#: Roles a column can play, with the names (normalized) that claim them.
COLUMN_ROLES = {
    "candidate": ["candidate", "name", "client", "student", "candidatename", "person", "kandidat", "candidat",
                  "candidato", "candidata"],
    "application_id": ["applicationid", "appid", "id", "jobid", "application", "appno", "applicationno",
                       "applicationnumber", "reqid", "requisitionid", "postingid"],
    "company": ["company", "companyname", "employer", "organization", "organisation", "org", "employername",
                "firm", "business", "hiringcompany", "employerorganization", "firma", "unternehmen", "arbeitgeber",
                "empresa", "entreprise", "societe", "compania", "companhia", "organizacion", "organizacao"],
    "role": ["role", "jobtitle", "position", "rolename", "title", "job", "positiontitle", "jobname", "jobposition",
             "positionname", "jobrole", "roletitle", "opening", "vacancy", "stelle", "stellenbezeichnung", "puesto",
             "poste", "cargo", "vaga", "posicion", "posicao", "titre", "titulo", "intitule"],
    "source": ["source", "channel", "appliedvia", "via", "applicationsource", "appliedthrough", "platform", "foundvia",
               "foundon", "howapplied", "applicationmethod", "leadsource", "jobsource", "jobboard", "referral",
               "quelle", "fuente", "fonte", "canal", "plataforma", "origine", "origen", "origem"],
    "event": ["event", "stage", "status", "step", "eventtype", "currentstatus", "list", "pipelinestage",
              "applicationstatus", "jobstatus", "currentstage", "listname", "stagename", "statusname", "pipeline",
              "currentlist", "activity", "activitytype", "finalstatus", "laststatus", "state", "progress",
              "estado", "statut", "situacao", "etat", "stand", "etapa", "fase"],
    "date": ["date", "eventdate", "when", "day", "activitydate", "actiondate", "datum", "fecha", "data"],
    "applied_date": [
        "dateapplied", "appliedon", "applicationdate", "applieddate", "applied",
        "dateofapplication", "appliedat", "datesubmitted", "submittedon", "applydate", "submitteddate",
        "createdat", "created", "datecreated", "createdon", "daysent", "datesent", "sentdate", "senton",
        "appsubmitteddate", "appsubmitted", "applicationsubmitted", "applicationsubmitteddate", "submitdate",
        "dateofsubmission", "submissiondate", "applicationsentdate", "dateapply", "applicationdatetime",
        "beworbenam", "bewerbungsdatum", "bewerbungam", "datumderbewerbung", "bewerbungvom", "gesendetam",
        "fechadeaplicacion", "fechadepostulacion", "fechadesolicitud", "fechaaplicacion", "fechadeenvio",
        "fechapostulacion", "datedecandidature", "datedenvoi", "datecandidature", "datadecandidatura",
        "dataaplicacao", "datadeaplicacao", "datadeinscricao", "dataenvio", "datadeenvio",
    ],
    "status_date": [
        "statusdate", "lastupdated", "dateupdated", "updated", "updatedon",
        "laststatusdate", "statusupdated", "lastupdate", "updatedat", "lastmodified", "modified", "laststatuschange",
        "lastmoved", "datemoved", "movedon", "lastcontact", "lastcontacted", "lastcontactdate", "lastactivity",
        "lastactivitydate", "statuschanged", "statuschangedate", "dateoflaststatuschange", "lastupdatedat",
        "lastedited", "lasteditedtime", "stagedate", "statusupdatedate",
    ],
    "outcome": ["result", "outcome", "decision", "response", "reply", "finalresult", "finaloutcome",
                "initialresponse", "firstresponse", "firstreply", "employerresponse", "responsetype", "answer",
                "rejectionstage", "resultado", "resultat", "ergebnis", "antwort", "respuesta", "reponse",
                "resposta", "retorno"],
    "outcome_date": ["replydate", "responsedate", "outcomedate", "decisiondate", "dateofresponse", "firstreplyon",
                     "firstresponsedate", "firstreplydate", "responsereceived", "datereplied", "repliedon",
                     "respondedon", "responseon", "resultdate", "answerdate", "dateresponded", "responsereceivedon",
                     "initialresponsedate", "firstresponseon", "antwortam", "fechaderespuesta", "datedereponse",
                     "dataderesposta"],
}

#: Statuses of jobs saved but never applied to (tracker wish lists): such rows are set aside.
NOT_APPLIED = "_not_applied"
_NOT_APPLIED_LABELS = ["wishlist", "saved", "bookmarked", "interested", "toapply", "applying", "draft", "watching",
                       "notapplied", "notyetapplied", "planned", "trash", "trashed", "applyto", "prospective",
                       "prospect", "notcontacted", "idea", "lead", "target", "tobeapplied", "backlog", "maybe",
                       "archived", "favorite", "favourite", "researching", "gemerkt", "merkliste", "aplicarlater",
                       "porpostular", "guardado", "guardada", "asalvar", "salvo", "sauvegarde", "apostuler"]
#: States that record no event: the application is kept and nothing is added (not a problem either).
WAITING = "_waiting"
_WAITING_LABELS = ["pending", "awaitingresponse", "awaitingreply", "awaiting", "waiting", "waitingforresponse",
                   "waitingtohear", "underreview", "inreview", "reviewing", "inprocess", "inprogress", "processing",
                   "open", "active", "cold", "warm", "hot", "ongoing", "no", "noyet", "notyet", "submittedpending", "pendingreview",
                   "applicationinreview", "beingreviewed", "noupdate", "noupdates", "tbd", "unknown", "closed",
                   "waitingonthem", "followupneeded", "needsfollowup", "considering", "stillopen",
                   "inbearbeitung", "offen", "laufend", "encours", "enattente", "enproceso", "pendiente",
                   "enrevision", "emandamento", "emanalise", "aguardando", "pendente"]

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def _fold_accents(text: str) -> str:
    text = text.replace("ß", "ss").replace("æ", "ae").replace("œ", "oe")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def normalize(text) -> str:
    """Return the matching key of a label or column name (accents folded).

    Parameters
    ----------
    text : object
        A label or column name.

    Returns
    -------
    str
        Lower case, letters and digits only.

    Examples
    --------
    >>> normalize("HR/ recruiter call"), normalize("Vorstellungsgespräch")
    ('hrrecruitercall', 'vorstellungsgesprach')
    """
    text = str(text).lower()
    if not text.isascii():
        text = _fold_accents(text)
    return _NON_ALNUM.sub("", text)


def label_table(mapping=None) -> dict:
    """Return the label synonym table ``{normalized label: event}``.

    Parameters
    ----------
    mapping : dict, optional
        Extra ``{label: event}`` pairs; they override the built-in ones.
        Pairs whose value is not an event are ignored here (they are column
        synonyms, see :func:`column_table`).

    Examples
    --------
    >>> label_table({"Got a call": "screen"})["gotacall"]
    'screen'
    """
    table = {key: event for event, keys in _LABELS.items() for key in keys}
    table.update({key: NOT_APPLIED for key in _NOT_APPLIED_LABELS})
    table.update({key: WAITING for key in _WAITING_LABELS})
    for event in EVENTS:
        table[normalize(event)] = event
    check_mapping(mapping)
    for label, event in (mapping or {}).items():
        if event in EVENTS:
            table[normalize(label)] = event
        elif event in _PSEUDO_EVENTS:
            table[normalize(label)] = _PSEUDO_EVENTS[event]
    return table


#: Mapping targets that are not events: a label that means "never applied", or a state that records nothing.
_PSEUDO_EVENTS = {"not_applied": NOT_APPLIED, "waiting": WAITING}


def check_mapping(mapping) -> None:
    """Raise ``ValueError`` for a mapping target that is neither an event nor a column role.

    Examples
    --------
    >>> check_mapping({"Pending": "waiting", "Day Sent": "applied_date"})
    >>> check_mapping({"Day Sent": "applied"})
    >>> check_mapping({"Pending": "pending"})
    Traceback (most recent call last):
    ...
    ValueError: mapping {'Pending': 'pending'}: 'pending' is neither an event nor a column role. Events: applied, screen, interview, onsite, offer, rejected, reply, accepted, declined, withdrew, follow_up, thank_you, ghosted, not_applied, waiting. Column roles: candidate, application_id, company, role, source, event, date, applied_date, status_date, outcome, outcome_date.
    """
    if mapping is None:
        return
    if not isinstance(mapping, dict):
        raise ValueError(f"mapping must be a dict such as {{'Pending': 'waiting', 'Day Sent': 'applied_date'}}, "
                         f"not {type(mapping).__name__}")
    valid = set(EVENTS) | set(_PSEUDO_EVENTS) | set(COLUMN_ROLES)
    for key, target in mapping.items():
        if target not in valid:
            raise ValueError(
                f"mapping {{{key!r}: {target!r}}}: {target!r} is neither an event nor a column role. "
                f"Events: {', '.join([*_EVENT_ORDER, *_PSEUDO_EVENTS])}. Column roles: {', '.join(COLUMN_ROLES)}.")


_EVENT_ORDER = ("applied", "screen", "interview", "onsite", "offer", "rejected", "reply", "accepted", "declined",
                "withdrew", "follow_up", "thank_you", "ghosted")


def column_table(mapping=None) -> dict:
    """Return the column synonym table ``{normalized name: role}``.

    Parameters
    ----------
    mapping : dict, optional
        Extra ``{column name: role}`` pairs, ``role`` one of
        :data:`COLUMN_ROLES`.

    Examples
    --------
    >>> column_table()["dateapplied"]
    'applied_date'
    """
    check_mapping(mapping)
    table = {key: role for role, keys in COLUMN_ROLES.items() for key in keys}
    for name, role in (mapping or {}).items():
        if role in COLUMN_ROLES:
            table[normalize(name)] = role
    return table


_TRAILING_ROUND = re.compile(r"(round)?\d+$")


def match_label(key: str, table: dict):
    """Return the event for a normalized label, or ``None``.

    ``interview2`` and ``interviewround2`` match ``interview``.

    Examples
    --------
    >>> match_label("interview3", label_table())
    'interview'
    """
    if key in table:
        return table[key]
    stripped = _TRAILING_ROUND.sub("", key)
    if stripped and stripped in table:
        return table[stripped]
    return None


def prefix_label(key: str, table: dict, *, min_length=5):
    """The event of the longest known label that starts ``key`` ("interview with the hiring manager"), or ``None``.

    Only labels of at least ``min_length`` letters count, so a short word
    never claims a longer status, and never-applied labels only match exactly.

    Examples
    --------
    >>> t = label_table()
    >>> prefix_label("interviewwithhiringmanager", t), prefix_label("phonescreenwithjane", t), prefix_label("blorpfoo", t)
    ('interview', 'screen', None)
    """
    best = None
    for k, event in table.items():
        if event == NOT_APPLIED:  # "never applied" sets a row aside: only an exact label may say so
            continue
        if len(k) >= min_length and key.startswith(k) and (best is None or len(k) > len(best)):
            best = k
    return table[best] if best is not None else None


_REPEATS = re.compile(r"([a-z])\1+")


def fuzzy_label(key: str, table: dict):
    """Map a label with a typo to an event, or ``None`` (documented fuzzy rule).

    1. Repeated letters collapse (``reeejected`` → ``rejected``) and the
       result is matched exactly against the collapsed synonyms.
    2. Otherwise, a label of at least 6 letters within a similarity ratio of
       0.88 (``difflib``) of exactly one event's synonyms is mapped to it
       (``rejcted`` → ``rejected``).

    Everything else stays unknown and is reported.  Every fuzzy match is
    listed in the validation report's notes.

    Examples
    --------
    >>> t = label_table()
    >>> fuzzy_label("reeejected", t), fuzzy_label("intervew", t), fuzzy_label("blorp", t)
    ('rejected', 'interview', None)
    """
    import difflib

    if not key:
        return None
    collapsed = _REPEATS.sub(r"\1", key)
    by_collapsed = {}
    for k, event in table.items():
        by_collapsed.setdefault(_REPEATS.sub(r"\1", k), set()).add(event)
    if collapsed in by_collapsed and len(by_collapsed[collapsed]) == 1:
        return next(iter(by_collapsed[collapsed]))
    if len(key) < 6:
        return None
    close = difflib.get_close_matches(key, list(table), n=5, cutoff=0.88)
    events = {table[c] for c in close}
    return events.pop() if len(events) == 1 else None
