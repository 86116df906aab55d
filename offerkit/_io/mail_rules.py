"""The patterns the mailbox reader asks of a mail's words (issue #24): sentences about what may happen, a
signature's and a footer's lines, a calendar's notices, the words of a mail about an application, a subject's and an
attachment's steps, Gmail's labels; and :func:`first_rule`, which reads a rule list in order.

The rule lists themselves are their own modules' (:mod:`.mail_skips`, :mod:`.mail_steps`, :mod:`.mail_own`); each
rule is a :class:`~offerkit._io.phrases.Phrases`.
"""

from __future__ import annotations

import re

from .mail_steps import _AGENCY_SUBMITS, _ONSITE, EVENT_RULES
from .phrases import _I, _any

#: A sentence about what may happen ("if your background matches, a recruiter will reach out to schedule an
#: interview"; "you may be invited to complete an assessment"): it names no step that has happened.
_CONDITIONAL = re.compile(
    r"\b(?:if(?<!know if)(?<!ask if)(?<!wondering if)(?<!wonder if)(?<!wondered if)(?<!curious if)(?<!asking if)(?<!see if)(?<!check if)(?<!whether or if)"
    r"(?<!yours if) "
    # (the person's hedge about openings, no condition on what they do: "my CV is attached - keen to chat if you have
    # anything coming up", "if you're hiring")
    r"(?!you have anything|you(?:'re| are) hiring|there(?:'s| is) anything)"
    # (a hiring bot's "I'll text you if the hiring manager would like to meet")
    r"(?:your|you|we|they|there|selected|shortlisted|successful|the (?:hiring |store |general |department )?"
    r"(?:manager|team|employer|recruiter|company))|should (?:you|your|we)|may be invited|"
    r"might be invited|shortlisted (?:students|candidates|applicants|individuals) (?:will|shall|would)|in the event|sans (?:réponse|nouvelles|retour) de notre part|will reach out to|will contact you (?:to|if)|in case|"
    # a hiring assistant's promise in its receipt: "Thanks for applying to Chipotle! I'll text you soon to schedule
    # your interview" (a step to come, not one asked for)
    r"(?:will|'ll) (?:text|call|email|e-mail|message|contact) you (?:soon |shortly |later |again )?to (?:schedule|set up|"
    r"book|arrange)|"
    # the Australian Public Service's merit pool: "an offer of employment may or may not follow"
    r"may or may not (?:follow|be made|result|be offered)|"
    # a warehouse's receipt: "Next, pick a time for your pre-hire appointment to complete your contingent offer"
    r"to (?:complete|finali[sz]e|receive|get|unlock) your (?:contingent |conditional |job )?offer|"
    # the process told to everyone: "Interview invitations will be sent through Thalamus beginning in mid-October"
    r"interview (?:invitations|invites) (?:will|are going to) (?:be )?(?:sent|go out|extended|issued|released)|"
    # German, French and Spanish: "Falls Sie keine Unterlagen einreichen, können wir Sie nicht berücksichtigen";
    # "sobald wir entschieden haben, erhalten Sie eine Zusage oder Absage" ("auch wenn" concedes, in a real one)
    r"wenn(?<!auch wenn)(?<!selbst wenn)|falls|sofern|sobald|si (?:vous|votre|vos|tu|ta|tes|nous|su|sus|usted)|au cas où|"
    r"en caso de|(?:les|aux) (?:personnes|candidat\w*) retenu\w*|only (?:those |the )?(?:candidates |applicants "
    r"|individuals |people )?(?:selected|shortlisted|whose|who)|only shortlisted|(?:contact|reach out to) (?:only )?(?:those|the candidates|shortlisted)|"
    # a rule for everyone, not a decision about you: "candidates who are not selected will be notified"
    r"(?:candidates|applicants|those) who (?:are|were|have) not|"
    # Hong Kong's footer: "Applicants not contacted within 6 weeks may consider their application unsuccessful"
    r"(?:candidates|applicants|those|individuals) not (?:being |been )?(?:contacted|hearing|shortlisted|selected|"
    r"invited)|(?:may|should|can) (?:consider|assume|take it that) (?:that )?(?:their|your|the) applications? |"
    r"which you(?:'ll| will) receive (?:shortly|soon|separately)|"
    # a receipt's "applications will be accepted until the position is filled"
    r"until (?:the|this) (?:position|role|job|vacancy|opening|post) (?:is|has been) filled|"
    # a receipt's "we will let you know within two weeks whether we would like to meet you"
    r"(?:let you know|inform you|tell you|decide|determine)(?: [\w-]+){0,3} whether|"
    r"nur (?:ausgewählte|geeignete)|(?:solo|únicamente) (?:con )?(?:los|las) (?:candidat|seleccionad))\b"
)
_SENTENCE_ENDS = re.compile(r"([.!?\n])")


#: A clause about a later step ("... a brief phone call to learn more about you before we schedule committee
#: interviews"): the step the sentence names is the one before it.
_LATER_CLAUSE = re.compile(
    r"(?:b(?<!\wb)efore|a(?<!\wa)head of) (?:we|our team|the team|you|the committee) (?:schedule|set up|invite|"
    r"move|arrange|bring)[^.!?\n,]*"  # (up to a comma: "Before we move ahead, can we hop on a quick call")
)


#: An exercise the person has done, thanked for, received or passed: "thank you for completing the coding
#: assessment", "got your take-home", "congratulations on passing the oral board" (no round to come by itself).
_EXERCISE = (
    r"(?:the |your |our |a )?(?:[\w-]+ ){0,3}?(?:take-?home|take home|assessment|assignment|exercise|case study|"
    r"challenge|task|test|oral board|examination|exam)(?: (?:exercise|assignment|challenge|task|test))?\b"
)
_DONE_EXERCISE = re.compile(
    r"(?:thank(?:s| you)(?: so much| again)? for (?:completing|submitting|sending(?: over| in| through)?|finishing|"
    r"doing|taking)|(?:got|received|have received|we've received) your|(?:congratulations on|after) passing|"
    # "the team loved your take-home!"
    r"(?:loved|liked|enjoyed|(?:were|was) (?:really )?impressed (?:by|with)|really liked) your|"
    rf"you (?:have )?passed)(?: completed)? {_EXERCISE}(?:,? (?:and|&) {_EXERCISE})?"
)


def _firm(low):
    """``low`` without its sentences about what may happen (a cheap search first: most mail has none), and without
    its clauses about a later step ("before we schedule committee interviews").

    >>> _firm("a brief phone call before we schedule committee interviews. thanks")
    'a brief phone call . thanks'

    An exercise the person has done is no step to come ("got your take-home - thanks!"):

    >>> _firm("got your take-home - thanks! more next week.")
    '  - thanks! more next week.'
    """
    if "before" in low or "ahead of" in low:
        low = _LATER_CLAUSE.sub("", low)
    if "your" in low or "thank" in low or "passed" in low or "passing" in low:
        low = _DONE_EXERCISE.sub(" ", low)
    if not _CONDITIONAL.search(low):
        return low
    return "".join(part for part in _SENTENCE_ENDS.split(low) if not _CONDITIONAL.search(part))


#: A mail server's tag before a subject from outside ("[EXTERNAL] Re: Interview", "EXT: Offer", "[Extern] AW: ...",
#: "*EXTERNAL*", "[CAUTION: External]"): no part of what the sender wrote.
_EXTERNAL_TAG = re.compile(
    r"^(?:[\[(*]\s*(?:external(?: email| sender| message)?|ext|extern|externe|externo|caution(?::? external)?)\s*[\])*]"
    r"\s*:?\s*|(?:external|ext|extern|externe)\s*:\s*)+",
    re.IGNORECASE,
)
#: A reply's or a forward's subject ("Re:", "AW:", "RE :", "TR:", "Fwd:").
_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|wg|tr|sv|vs|rv|fw|fwd|antw)\s?:", _I)

#: A calendar's invitation ("Invitation: Maya / Acme - Portfolio Review @ Thu Oct 16, 2025 10am - 11am (PDT)
#: (maya@gmail.com)", Google Calendar; "Einladung:", "Invitation :", "Invitación:"): group 1 is the event's title.
_INVITATION_SUBJECT = re.compile(
    r"^(?:invitation|einladung|invitación|invitacion|invito|uitnodiging)\s?:\s*(.+?)(?:\s@\s.*)?$", _I
)
#: A calendar's notice about an event already invited to: moved, cancelled, or the guests' answers ("Updated
#: invitation:", "Canceled event:", "Accepted:", "Declined:", "Aktualisierte Einladung:", "Événement annulé :").
_CALENDAR_CHANGE = re.compile(
    r"^(?:updated invitation|invitation updated|updated event|canceled event|cancelled event|event canceled|"
    r"canceled|cancelled|accepted|declined|tentatively accepted|tentative|new time proposed|notification|reminder|"
    r"erinnerung|benachrichtigung|rappel|notificación|recordatorio|"
    r"aktualisierte einladung|abgesagt|angenommen|abgelehnt|mit vorbehalt angenommen|"
    r"invitation mise à jour|événement annulé|annulé|accepté|refusé|"
    r"invitación actualizada|evento cancelado|cancelado|aceptado|rechazado)"
    r"(?: with note| avec remarque)?\s?:\s",
    _I,
)
#: What a calendar writes in its notices ("You have been invited to the following event", "Invitation from Google
#: Calendar", "has accepted this invitation", "This event has been canceled").
_CALENDAR_WORDS = _any(
    r"invited to the following event",
    r"invitation from google calendar",
    r"has (?:accepted|declined|tentatively accepted) this invitation",
    # Outlook's answer to a meeting request: "Marc Tremblay has accepted this meeting."
    r"has (?:accepted|declined|tentatively accepted) this meeting",
    r"this event has been (?:updated|changed|canceled|cancelled)",
    r"event has been (?:canceled|cancelled) and removed",
    r"zu folgendem termin eingeladen",
    r"einladung von google kalender",
    r"hat diese einladung (?:angenommen|abgelehnt)",
    r"dieser termin wurde (?:geändert|abgesagt|aktualisiert)",
    r"invitée? à l'événement suivant",
    r"invitation de google agenda",
    r"a (?:accepté|refusé) cette invitation",
    r"cet événement a été (?:modifié|annulé|mis à jour)",
    r"invitación para el siguiente evento",
    r"invitación de google calendar",
    r"ha (?:aceptado|rechazado) esta invitación",
    r"este evento se ha (?:modificado|cancelado|actualizado)",
)
#: A calendar invitation's own lines, not the sender's words: the answer buttons and the footer
#: ("Reply for maya@gmail.com Yes No Maybe More options", "Invitation from Google Calendar ... modify your RSVP").
_CALENDAR_FOOTER = re.compile(
    r"(?:\n[ \t]*(?:reply for|antwort für|répondre pour|responder para) \S+@\S+|\n[ \t]*(?:invitation from "
    r"google calendar|einladung von google kalender|invitation de google agenda|invitación de google calendar)|"
    r"\n[ \t]*you are receiving this (?:email|courtesy email) (?:because|at the account))",
    _I,
)


def _calendar(msg, subject, body):
    """``(kind, subject, body)`` of a calendar's mail: ``"invitation"`` (the subject becomes the event's title,
    the calendar's own lines are cut from the body), ``"change"`` (a moved or cancelled event, a guest's answer),
    or ``""`` for any other mail (subject and body unchanged).

    Examples
    --------
    >>> from email.message import EmailMessage
    >>> m = EmailMessage()
    >>> _calendar(m, "Invitation: Dana / Acme - Portfolio Review @ Thu Oct 16, 2025 10am (PDT) (d@x.com)",
    ...           "You have been invited to the following event.")[:2]
    ('invitation', 'Dana / Acme - Portfolio Review')
    >>> _calendar(m, "Accepted: Dana / Acme - Portfolio Review @ Thu Oct 16, 2025", "Dana has accepted this invitation.")[0]
    'change'
    >>> _calendar(m, "Accepted: your offer", "Great to have you on board!")[0]
    ''
    """
    head = body[:600].lower()
    change = _CALENDAR_CHANGE.match(subject)
    invite = None if change else _INVITATION_SUBJECT.match(subject)
    if not change and not invite:
        return "", subject, body
    calendar = bool(_CALENDAR_WORDS.search(head)) or " @ " in subject
    if not calendar:
        # (a calendar part, or an invitation sent as nothing but its calendar: a text/calendar message of one part)
        calendar = any(part.get_content_type() == "text/calendar" for part in msg.walk())
    if not calendar:
        return "", subject, body
    if change:
        return "change", subject, body
    cut = _CALENDAR_FOOTER.search(body)
    body = body[: cut.start()] if cut else body
    body = re.sub(
        r"(?i)you have been invited to the following event\.?|sie wurden zu folgendem termin eingeladen\.?|"
        r"vous avez été invitée? à l'événement suivant\.?|has recibido una invitación para el siguiente evento\.?",
        "",
        body,
    )
    return "invitation", invite.group(1).strip(), body


#: A recruiter speaking for themself ("I'm on the recruiting team", "talent partner here").
_RECRUITER_VOICE = _any(
    r"\b(?:i'?m|i am|this is)\b[^.\n]{0,40}\b(?:recruit\w*|talent|sourc\w*|people team)",
    r"recruiter here",
    r"from the [^.\n]{0,30}(?:recruiting|talent) team",
    r"talent (?:partner|acquisition)",
    r"equipo de (?:selección|talento|rrhh|recursos humanos|reclutamiento)",
    r"équipe (?:recrutement|rh|talent)",
    r"(?:recruiting|personal)-?team",
    # "ich bin Julia aus dem Talent-Team von Raisin" (as "from the talent team")
    r"aus dem (?:talent|recruiting|people|hr|personal)(?:-| |-acquisition-)team",
    r"(?:call|chat|conversation) with (?:our|a|one of our) (?:recruit\w*|talent partner)",
)
#: The mail names an interview, in any of the four languages ("a first round interview", "una entrevista con el
#: equipo", "convocation à un entretien"): a recruiter inviting to one invites to a round, not to their own call.
_INTERVIEW_NOUN = re.compile(r"interview|entretien|entrevista|entrevue|vorstellungsgespräch")
#: A round that is a test, not a conversation ("online assessment", "take-home", "case study", "work sample").
_TEST_WORDS = re.compile(
    r"assess|test|\bexams?\b|take-?home|case|sample|exercise|challenge|aufgabe|étude|prueba|cuestionario|questionnaire|"
    # (a home assignment, Israel's and the Netherlands' word for a take-home)
    r"fragebogen|evaluación|évaluation|quiz|assignment|thuisopdracht|"
    # (a group exercise, whoever invites to it: "una dinámica de grupo con otros candidatos")
    r"dinámica|group exercise|gruppenübung",
    _I,
)
#: An agency submitting the person to its client ("I have submitted your CV to my client, Jacaranda").
_AGENCY_SUBMISSION = _any(
    r"(?:submitted|sent|forwarded|passed|presented) (?:over )?your (?:cv|resume|résumé|profile|details|application|background|candidacy|credentials|materials)"
    r"(?: and (?:portfolio|profile|cv|resume))? (?:over |across |through )?(?:to|for) (?:my|our|the) client",
    r"put you forward (?:to|for) (?:my|our|the) client",
    # "I've now registered your interest with my client, a national 3PL", "Your CV has gone across to my client", "your
    # application is now with our client", "I went ahead and sent your resume to the hiring manager at my client's
    # Wichita hangar", "submitted your profile to one of our hospital partners in Phoenix", "I've passed your
    # application through to one of our schools"
    r"registered your interest with (?:my|our|the) client",
    r"(?:formally |now )*represented you to (?!you\b|me\b)\w",
    r"(?:has|have) gone (?:across |over |through )?to (?:my|our|the) client",
    r"\b(?:is|are) now with (?:my|our|the) client\b",
    r"(?:to|with) the hiring (?:manager|team) at (?:my|our) client",
    r"(?:submitted|sent|forwarded|passed|presented|shared) your (?:cv|resume|résumé|profile|details|application|candidacy) "
    r"(?:across |over |along |on |through )?(?:to|with) one of (?:my|our) (?:[\w-]+ ){0,2}(?:clients|partners|schools|"
    r"hospitals|facilities|customers|accounts|employers)\b",
    r"\bsent over your (?:cv|resume|résumé|profile|details)\b(?![^.\n]{0,80}\?)",
    r"(?:shared|introduced) (?:your (?:cv|resume|résumé|profile|details)|you) (?:with|to) (?:my|our) client\b(?![^.\n]{0,80}\?)",
    r"submitted (?:your candidacy|you) (?:formally )?to (?:my|our) client",
    r"(?:submitted|sent|shortlisted and submitted) to (?:my|our) client\b",
    # French, German, Spanish: "votre candidature a été présentée à notre client", "habe ich Ihren Lebenslauf an meinen
    # Kunden ... geschickt", "ich habe Ihr Profil soeben unserem Kunden aus dem Maschinenbau vorgestellt", "Tu perfil ya
    # está en manos de nuestro cliente"
    r"a été (?:présentée?|transmise?|envoyée?|soumise?|adressée?) (?:à|au|auprès de) (?:notre|mon) client",
    r"(?:ihren|deinen) (?:lebenslauf|cv|bewerbungsunterlagen) (?:\w+ ){0,2}(?:an|bei) (?:unseren|meinen|einen) "
    r"(?:kunden|mandanten|klienten|auftraggeber)\b[^.\n]{0,80}\b(?:geschickt|weitergeleitet|weitergegeben|vorgestellt|"
    r"übermittelt|gesendet)",
    r"(?:ihr|ihre|ihren|dein|deine) (?:dossier|bewerbung|unterlagen|profil|cv|lebenslauf) (?:\w+ ){0,2}(?:unserem|meinem|"
    r"einem) (?:kunden|mandanten|klienten|auftraggeber)\b[^.\n]{0,80}\b(?:vorgestellt|präsentiert|empfohlen)",
    r"(?:tu|su) (?:perfil|cv|candidatura|currículum) (?:ya )?está en (?:manos|poder) de (?:nuestro|mi|un|una) (?:cliente|empresa)",
    # a Personaldienstleister's "haben wir Sie heute unserem Kunden, der Firma Isar Logistik GmbH, als Schichtleiter
    # vorgestellt" (the person, not their papers)
    r"(?:haben wir|habe ich) sie (?:\w+ ){0,4}(?:unserem|meinem|einem) (?:kunden|mandanten|auftraggeber)\b[^.\n]{0,120}"
    r"\b(?:vorgestellt|präsentiert|empfohlen|vorgeschlagen)\b",
    # an Irish consultant's "Delighted to say I've got you in front of one of my clients, a large Irish retailer"
    r"(?<!to )(?<!can )(?<!could )(?<!i'll )(?:got|gotten|put|getting|putting) you in front of (?:one of )?(?:my|our|the) "
    r"clients?\b(?![^.\n]{0,80}\?)",
    # an Australian consultant's "I've put your CV in front of Mark, their Payroll Manager", "you're now in the running
    # for the Payroll Officer role with Coastline Freight" (not "I could put your CV in front of them?")
    r"(?<!to )(?<!can )(?<!could )(?<!i'll )(?<!happy to )(?:got|gotten|put|placed) your (?:cv|resume|résumé|profile|"
    r"details|application) in front of (?!you\b|me\b)\w(?![^.\n]{0,80}\?)",
    r"(?:you're|you are) (?:now )?(?:officially )?in the running for\b",
    # "votre CV est désormais entre les mains de la DRH de Pyrénées Hydraulique", "your CV is now in the hands of the
    # hiring manager at Crestline" (the Spanish "en manos de nuestro cliente" below)
    r"(?:votre|ton) (?:cv|dossier|candidature|profil) est (?:désormais |maintenant |à présent )?entre les mains d",
    r"your (?:cv|resume|résumé|profile|application|details) (?:is|are) (?:now )?in the hands of\b",
    # a retained search's "I'm pleased to present you as a candidate to our client, a PE-backed distributor"
    r"(?<!like to )(?<!shall i )(?<!may i )(?<!can i )present(?:ing|ed)? (?:you|your candidacy) (?:as a candidate )?to "
    r"(?:our|my) client\b(?![^.\n]{0,80}\?)",
    # Dutch: "heb ik je cv doorgestuurd naar onze klant Scheldt Chemicals", "je kandidatuur voorgesteld aan de klant"
    r"(?:je|jouw|uw) (?:cv|kandidatuur|profiel|sollicitatie) (?:doorgestuurd|bezorgd|voorgesteld|ingediend) (?:naar|aan|"
    r"bij) (?:onze|mijn|de) (?:klant|opdrachtgever)\b",
    # "I'd like to put you forward for the Finance Business Partner role with my client, a leading media group ... I've
    # sent your CV over this afternoon" (not a question: "shall I put you forward for the role with my client?")
    # (and "submitted your CV for a Payroll Administrator role with our client, a well-known insurer")
    r"(?<!me )(?<!i )(?:put you forward|(?:submitted|sent|forwarded|presented) (?:you|your (?:cv|resume|résumé|profile|"
    r"details|application))) for (?:the |a |an )?[^.\n?]{0,80}\b(?:with|to|at) (?:my|our|the) client\b"
    r"(?![^.\n]{0,80}\?)",
    # "Great to speak with you this morning. As discussed, I'd like to present you to my client, Alewife Therapeutics":
    # the consent given on the call
    r"(?:as discussed|as agreed|as we discussed|following our (?:call|conversation|chat))[^.\n]{0,40}\b(?:like to|will|"
    r"'ll|going to) (?:present|put|submit|introduce|put forward) you (?:forward )?(?:to|for|with) (?:my|our) client\b",
    r"(?:i'?ve|i have|we'?ve|we have) (?:just |now )?sent your (?:cv|resume|résumé|profile|details) (?:over|across)\b"
    r"(?![^.\n]{0,80}\?)",
    # a British agency's "I've put your CV forward to Avon Outdoor for the Marketing Manager role"
    # (not a question: "would you be open to me putting your CV forward for a Senior BA role?")
    r"(?:put|putting|sent|sending)(?<!me put)(?<!me putting) your (?:cv|resume|résumé|profile|details) forward "
    r"(?:to|for)\b",
    # a Singapore headhunter's "I have put your profile across to my client, a European private bank"
    r"(?<!me )(?:put|putting) your (?:cv|resume|résumé|profile|details) (?:across|over|through) to\b(?![^.\n]{0,80}\?)",
    # an Australian recruiter's "I've popped your resume through to Coorparoo Constructions"
    # (and "I've whacked your resume in for the Maintenance Planner FIFO role with my client")
    r"(?:popped|pinged|fired|shot|flicked|whacked|chucked) (?:your|you) (?:cv|resume|résumé|profile|details|"
    r"application)? ?(?:through|over|across|off|in)? ?(?:to|for) (?!you\b|me\b)\w",
    # a US staffing agency's submittal: "I submitted your resume to Lone Star Mutual for the Data Engineer role",
    # "you've been submitted to Prairie Health Systems", "thanks for the RTR" (the right to represent you)
    # (not a friend's "I passed your resume along to Jordan Blake, my old manager": a person, introduced)
    r"(?:submitted|sent over|forwarded|presented) your (?:cv|resume|résumé|profile|details|materials) to (?!you\b|me\b)"
    r"(?![a-z]+ [a-z]+, (?:my|our|his|her|their)\b)\w",
    # "I've sent your CV across to Avon Outdoor", "I went ahead and submitted you to Polaris Energy", "your profile
    # has been submitted to our client Garden State Bank", "I've forwarded your application to Coastal Mutual"
    r"(?:submitted|sent|forwarded|passed|presented) your (?:cv|resume|résumé|profile|details|application|background|candidacy|credentials) "
    r"(?:across |over |along |on |through )(?:to|for) (?!you\b|me\b|(?:the|our|my) (?:hiring|team|manager|recruit))"
    r"(?![a-z]+ [a-z]+, (?:my|our|his|her|their)\b)\w",
    r"(?:i|we) (?:have |'ve )?(?:went ahead and )?(?:forwarded|submitted) your application to (?!you\b|me\b|the hiring|"
    r"our hiring|the team|our team)\w",
    r"submitted you (?:to|for)\b",
    # a Philippine agency's "Your CV has been endorsed to Royal Berkshire NHS Foundation Trust for the ... role"
    r"(?:cv|resume|résumé|profile|application) (?:has been|have been|was|is) endorsed to\b",
    r"endorsed (?:you|your (?:cv|resume|résumé|profile|application)) to\b(?![^.\n]{0,80}\?)",
    # a bilingual recruiter in Japan: "I have recommended you to Rakuten for the Senior Data Scientist position"
    r"(?:have |'ve |just )recommended you (?:to|for)\b(?![^.\n]{0,80}\?)",
    # an ETT's "hemos presentado tu candidatura para un puesto de mozo de almacén en DHL Supply Chain"
    r"(?:hemos|he) (?:presentado|enviado|remitido|propuesto) (?:tu|su) (?:candidatura|cv|perfil|currículum) para (?:un|el) "
    r"puesto\b",
    *_AGENCY_SUBMITS,
    r"(?:profile|cv|resume|application) (?:has been|was) (?:submitted|sent|forwarded|presented) to (?:our|my|the) "
    r"client",
    r"you(?:'ve| have)? been submitted (?:to|for)\b",
    # "Done - you've been put forward for the Transport Planner role with my client", "That's you submitted for ..."
    r"(?<!have )(?<!to )you(?:'ve| have) been put forward (?:to|for)\b",
    r"\bthat(?:'s| is) you (?:now |officially )?(?:submitted|put forward) (?:to|for)\b",
    # a South African agency's "Your CV has been submitted for the Financial Accountant vacancy at Karoo Foods" (not
    # an employer's "your CV has been forwarded to the hiring manager": a wait)
    r"your (?:cv|resume|résumé|profile) (?:has|have) (?:now )?been (?:submitted|sent|forwarded|presented|put forward) "
    r"(?:to|for) (?!you\b|me\b|(?:the|our|my) (?:hiring|team|manager|recruit|panel|department))\w",
    # a travel-nurse agency's "Your profile has been submitted to Casco Bay Medical Center for the CVICU position"
    r"your profile (?:has been|was) (?:submitted|sent|presented) to (?!you\b|me\b|(?:the|our|my) (?:hiring|team|"
    r"manager|recruit))\w",
    r"\bsubmittal\b",
    r"\b(?:the|your|an|signed|confirm) rtr\b",
    # "Please reply with your right to represent for the Business Analyst contract at Trinity Bank"
    r"right to represent\b",
    r"(?:présenté|transmis|envoyé) votre (?:candidature|cv|profil|dossier) (?:à|au|auprès de) (?:notre|mon) client",
    # "Comme convenu, je vous confirme l'envoi de votre dossier à notre client, un acteur majeur de l'agroalimentaire"
    r"(?:l'envoi|la transmission|la présentation) de votre (?:candidature|cv|profil|dossier) (?:à|au|auprès de) (?:notre|"
    r"mon) client",
    # (and "presentamos tu CV al cliente esta semana")
    r"present(?:é|ado|amos|aremos) (?:tu|su) (?:candidatura|cv|perfil) (?:a|al) (?:(?:nuestro|mi) )?cliente\b",
    r"(?:te he|le he|os he|te hemos|le hemos) presentado (?:a|al) (?:nuestro|mi) cliente",
    # ("Te presentamos a nuestro cliente, Banco de Chile, para el cargo de Ejecutiva de Negocios")
    r"\b(?:te|le|os) (?:presentamos|presenté|propusimos|propuse) (?:a|al|ante|con) (?:nuestro|mi) cliente\b",
    # an ETT's "Hemos enviado tu candidatura a una empresa cliente del sector logístico"
    r"(?:enviado|presentado|remitido|mandado|trasladado) (?:tu|su) (?:candidatura|cv|perfil|currículum|curriculum) "
    r"(?:a|al) (?:una empresa cliente|un cliente|uno de nuestros clientes|nuestro cliente|mi cliente|la empresa cliente)\b",
    # a temporary work agency's "Te hemos preseleccionado para un puesto ... en nuestro cliente Plaza Frío", "Ya he
    # presentado tu candidatura al cliente"
    r"presentado (?:tu|su) (?:candidatura|cv|perfil) (?:al|a nuestro|a mi) cliente",
    # ("tu perfil fue preseleccionado para una búsqueda de nuestro cliente, una importante cadena")
    r"preseleccionad[oa] para [^.\n]{0,80}\b(?:en|con|para|de) (?:nuestro|mi) cliente\b",
    # "habe ich Ihr Profil an einen namhaften Kunden aus der Automobilbranche weitergeleitet"
    r"(?:ihr|ihre|dein|deine) (?:dossier|bewerbung|unterlagen|profil|cv|lebenslauf) (?:an|bei) (?:einen|einem) "
    r"(?:[\w-]+ ){0,3}(?:kunden|mandanten|klienten|auftraggeber)\b[^.\n]{0,60}\b(?:weitergeleitet|vorgestellt|präsentiert|eingereicht)",
    # "habe ich Ihr Profil heute bei unserem Kunden Holsten Kühllogistik für die Position ... vorgestellt"
    r"(?:ihr|ihre|dein|deine)(?<!darf ich ihr)(?<!darf ich ihre)(?<!kann ich ihr)(?<!kann ich ihre) (?:dossier|"
    r"bewerbung|unterlagen|profil|cv|lebenslauf) (?:\w+ ){0,2}(?:an|bei) (?:unserem|unseren|meinem|meinen|unserer|"
    r"meiner) (?:kunden|mandanten|kundin|mandantin|klienten|klientin|auftraggeber)\b[^.\n]{0,80}\b(?:vorgestellt|weitergeleitet|präsentiert|"
    r"eingereicht|übermittelt|weitergegeben|geschickt|zugeschickt|gesendet|vorgeschlagen)",
    # "Ich habe Sie heute bei der Isarwerke Versorgung AG ins Gespräch gebracht"
    r"(?:habe|hab|haben) (?:ich |wir )?(?:sie|dich) (?:\w+ ){0,2}bei [^.\n?]{2,60}? ins gespräch gebracht",
    r"(?:ihr|ihre|dein|deine)(?<!darf ich ihr)(?<!darf ich ihre)(?<!kann ich ihr)(?<!kann ich ihre)"
    r" (?:dossier|bewerbung|unterlagen|profil|cv|"
    r"lebenslauf) (?:an )?(?:unserem|unseren|meinem|"
    r"meinen) (?:kunden|mandanten|klienten|auftraggeber)",
)
#: A test named anywhere in a mail ("the online psychometric assessment", "a take-home", "a case study").
_NAMED_TEST = _any(
    r"\b(?:psychometric|online|aptitude|numerical|verbal|cognitive|skills?|technical|coding|personality|"
    r"situational judg(?:e)?ment)\s+(?:assessments?|tests?)\b",
    r"\btake-?home\b",
    r"\bcase study\b",
)
#: The onsite rule's words for a last step that name no meeting ("the final step is", "último paso").
_LAST_STEP = re.compile(
    r"(?:last|final) (?:stage|round|step) (?:is|will be|of)|the (?:last|final) step|(?:als )?letzten? schritt|"
    r"(?:dernière|ultime) étape|(?:último|ultimo) paso",
    _I,
)
#: A task sent to do, not a meeting: a case, a take-home, a test.
_TASK = _any(
    r"caso práctico",
    r"prueba (?:técnica|práctica)",
    r"\bcase study\b",
    r"take-?home",
    r"\b(?:written|online) (?:test|exercise|assessment)",
    r"étude de cas",
    r"cas pratique",
    # "Dernière étape avant notre décision : un petit test technique à faire chez vous"
    r"test (?:technique|pratique|écrit)",
    r"(?:technical|coding|skills?) (?:test|exercise|assessment)",
    r"(?:technischer?|fachlicher?) test",
    r"fallstudie",
    r"(?:probe|test)aufgabe",
)
#: Who a later round is with: a call with them is an interview, not a screen.
_INTERVIEWERS = _any(
    # (not the writer's own title: "Technical Recruiter, HubSpot" under a footer that keeps it from being cut)
    r"technical(?! (?:recruit\w*|sourc\w*|talent\b|hiring\b))",
    r"(?:engineering|product|design|data|marketing|team|line|division|department|analytics|program|programme|sales|"
    r"sdr|bdr|account|operations|finance|regional|district|store|general) manager\b",
    r"teamleit\w*",
    r"(?:abteilungs|bereichs)?leiter(?:in)?\b",
    r"fach(?:gespräch|interview|bereich)",
    r"responsable (?:de|d')",
    r"directeur|directrice|director[a]?\b",
    # (a mine's or a plant's: "a phone interview with the superintendent Thursday arvo")
    r"\bsuperintendent\b",
    r"engineers?\b",
    r"hiring manager",
    # (a law or an accounting firm's: "screening interviews with two partners"; not a talent or business partner)
    r"(?<!talent )(?<!business )(?<!recruiting )(?<!hiring )(?<!channel )\bpartners\b",
    # (a public employer's: "I'm the hiring supervisor for this position")
    r"hiring supervisor",
    r"\bpanel\b",
    r"director",
    r"founder",
    r"\bcto\b",
    r"\bceo\b",
    # a finance team's: "a 30 min Teams call with their FD", "with the CFO", "the Financial Controller"
    r"\b(?:fd|cfo|coo|md|finance director|managing director|financial controller)\b",
    r"head of",
    r"team lead",
    # "an interview with our product lead", "a telephone interview with the Test Lead"
    r"(?:product|design|data|engineering|tech|technical|analytics|research|test|testing|qa|quality|dev|development|"
    r"delivery) lead\b",
    # "come in and meet the data team" (not the recruiters': "a telephone interview with our Talent Acquisition team")
    r"(?:meet|with|join|speak to|talk to) (?:the|our) (?!(?:talent|recruit\w*|hr|human resources|people|ta|"
    r"staffing|resourcing)\b)(?:[\w-]+ ){0,2}team\b",
    r"search committee",
    # a hospital's, a shop's, a plant's: "a peer interview with two of our staff nurses", "the nurse manager"
    r"peer (?:interview|panel)",
    r"(?:nurse|unit|store|shift|clinic|practice|office|general|restaurant|site|plant) manager\b",
    # a travel nurse's "the ICU manager at Sutter Roseville would like a phone interview"
    r"\b(?:icu|cvicu|micu|sicu|nicu|picu|pcu|ccu|telemetry|med-surg|stepdown|emergency department) (?:nurse )?manager\b",
    r"(?:staff|charge) nurses?\b",
    # a staffing recruiter's "a 30-minute phone interview with the Beaker manager" (any team's manager, not a
    # recruiting one)
    # (nor "their legal recruiting manager": no recruiting word among the words before "manager")
    r"\b(?:with|to|meet) (?:the|our|their|your|its) (?!(?:hr|recruiting|recruitment|talent|people|human|hiring "
    r"coordinator|account)\b)(?:(?!(?:hr|recruiting|recruitment|talent|people|human|account)\b)[\w-]+ ){0,2}manager\b",
)

#: The writer naming their own role ("Moritz here, one of the founders", "I'm the CTO"): the person asking for a
#: first conversation, not another interviewer brought in.
_SELF_INTRO = re.compile(
    # ("soy Pablo, CTO de Nube Verde", "je suis Claire, cofondatrice", "ich bin Jonas, CTO")
    r"(?:\bi'?m|\bi am|\bsoy|\bje suis|\bich bin|\w+ here,?|this is \w+,?)\s+(?:\w+,\s+)?"
    r"(?:one of\s+|uno de\s+|una de\s+|l'une? des\s+|einer der\s+)?(?:the\s+|our\s+|a\s+|los\s+|el\s+|la\s+|"
    r"les?\s+|der\s+|die\s+)?(?:co-?)?(?:founders?|ceo|cto|(?:co)?fundador(?:a|es)?|(?:co)?fondat(?:eur|rice)s?|"
    r"(?:mit)?gründer(?:in)?)\b"
    # or signing with it: "Rebecca\nFounder & CEO, Lox & Co"
    r"|(?m:^[ \t]*(?:co-?)?(?:founder|ceo|cto)\b[^\n]{0,60}$)"
)

#: "the Data Engineer role", "about our Engineering Manager position": a job's title, not who the call is with.
_TITLE_PHRASE = re.compile(
    # (not one who hires for it: "I'm the hiring supervisor for this position")
    r"\b(?:for|about|as|the|our|this|your|an?)\s+(?:(?!(?:for|this|that|with)\s)[\w&/-]+\s+){0,5}?"
    r"(?:role|position|opening|job|vacancy)\b"
)


#: A call named by no round: "videollamada", "a video call", "une visio".
_ROUNDLESS_CALL = re.compile(r"(?:video ?llamada|video ?call|visio(?:conférence)?|videocall|videogespräch)", _I)


#: A valediction on a line of its own, over the writer's name.
_VALEDICTION_LINE = re.compile(
    r"(?m)^[ \t]*(?:all the best|best regards|kind regards|warm regards|warmly|regards|sincerely|best|thanks|thank you|"
    r"many thanks|cheers|respectfully|cordialement|bien à vous|saludos|un saludo|atentamente|mit freundlichen grüßen|"
    r"freundliche grüße|viele grüße|beste grüße|met vriendelijke groet)[ \t]*[,.!]?[ \t]*$"
)


def _without_signature(low_body) -> str:
    """A mail's text without its closing lines (short lines at its end: "un saludo,", "marta ferrer", "responsable
    de personas"): the writer's own title is no interviewer brought in."""
    lines = _without_footer(low_body).split("\n")  # (a mailing footer's lines under the signature, however long)
    # (and a signature's line of parts, "dana fox (she/her) | talent partner | book a call with me anytime", and a
    # line of a link however long the link: "book time with me: https://calendly.com/jlee-recruiting/30min")
    # (a valediction among the last lines closes the mail, whatever a mail program or a system adds under it:
    # "un saludo,\nmarta ferrer\nresponsable de personas\n\nplease do not reply to this email ...")
    closing = next(
        (i for i in range(len(lines) - 1, max(len(lines) - 10, 0), -1) if _VALEDICTION_LINE.match(lines[i])), None
    )
    if closing is not None:
        lines = lines[:closing]
    while (
        len(lines) > 1
        and (len(_LINK.sub("", lines[-1])) <= 60 or (lines[-1].count(" | ") >= 2 and len(lines[-1]) <= 140))
        and not lines[-1].rstrip().endswith("?")
    ):
        lines.pop()
    return "\n".join(lines)


#: A web link in a mail's text.
_LINK = re.compile(r"https?://\S+")


def _without_footer(body) -> str:
    """``body`` without a mailing footer's closing lines (:data:`_FOOTER_LINE`): its signature is its end again.

    >>> _without_footer("Best,\\nJosh Reed\\nAcme\\n© 2025 All rights reserved. Unsubscribe")
    'Best,\\nJosh Reed\\nAcme'
    """
    lines = body.rstrip().split("\n")
    while len(lines) > 1 and _FOOTER_LINE.search(lines[-1].lower()):
        lines.pop()
    return "\n".join(lines)


#: A line of a mail's closing footer ("You are receiving this email because you applied ... Unsubscribe | Privacy
#: Policy", "© 2025 Acme Inc. All rights reserved.", "Powered by Greenhouse"), in lower case.
_FOOTER_LINE = re.compile(
    r"unsubscribe|privacy (?:policy|notice)|all rights reserved|^\s*(?:©|\(c\) \d{4})|you are receiving this|"
    r"(?:this|the) (?:e-?mail|message) was sent (?:to|by|from|automatically)|^\s*powered by|email preferences|"
    r"abmelden|datenschutz|se désabonner|désinscri|confidentialité|darse de baja|aviso de privacidad|"
    r"política de privacidad|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|"
    # (a tracking system's closing line: "Download our careers app to get job alerts ...", "How did we do? Tell us
    # about your candidate experience in a 2-minute survey.")
    r"^\s*download our (?:[\w-]+ )?app\b|\bcandidate experience\b[^\n]{0,40}\bsurvey\b"
)


def _brings_interviewers(low_body) -> bool:
    """Whether a mail's body names someone to be interviewed by (an engineer, a hiring manager, the founder),
    beyond its writer introducing themself ("Moritz here, one of the founders") and the job's own title ("the Data
    Engineer role").  Mail a subject's title ("Data Engineer @ Acme") is left out by the caller.

    Examples
    --------
    >>> _brings_interviewers("moritz here, one of the founders. fancy a video call about the data engineer role?")
    False
    >>> _brings_interviewers("would you be free for a call with our engineering manager?")
    True
    """
    return bool(_INTERVIEWERS.search(_TITLE_PHRASE.sub(" ", _SELF_INTRO.sub(" ", _without_signature(low_body)))))


#: An application's mail that no phrase reads: the step its subject names (mail about an application only).
SUBJECT_RULES = [
    (
        "offer",
        _any(r"\boffer\b", r"\boferta\b", r"\boffre\b", r"\bangebot\b", r"\bvertrag\b", r"proposition de poste"),
    ),
    ("onsite", _any(_ONSITE, r"on-site interview", r"final (?:round|interview|stage)", r"panel interview")),
    ("screen", _any(r"phone screen", r"recruiter (?:call|screen)", r"intro call")),
    (
        "interview",
        _any(r"interview", r"entrevista", r"entretien", r"entrevue", r"vorstellungsgespräch", r"\bgespräch\b"),
    ),
]
#: The step an attachment's name gives ("Offer_Letter.pdf", "Absage_Data_Analyst.pdf", "Contrat de travail.pdf").
ATTACHMENT_RULES = [
    (
        "offer",
        _any(
            r"\boffer\b",
            r"angebot",
            r"\bvertrag",
            r"arbeitsvertrag",
            r"contrat",
            r"promesse",
            r"\boferta\b",
            r"\bcontrato\b",
            r"propuesta",
        ),
    ),
    ("rejected", _any(r"absage", r"\brejection\b", r"\bregret\b", r"\brefus\b", r"\brechazo\b")),
    ("interview", _any(r"\binterview\b", r"einladung", r"convocation", r"\bentretien\b", r"\bentrevista\b")),
]


def _attachments(msg):
    """The names of a message's attached files (never their content)."""
    names = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        try:
            name = part.get_filename()
        except (ValueError, TypeError, LookupError):
            name = None
        if name:
            names.append(str(name))
    return names


#: Words of a mail about an application: an employer's event phrase counts only beside one of them (or from a
#: tracking system, or in a known application's thread).
_CONTEXT_WORDS = (
    r"applica",
    # a college placement cell's "campus drive" (an employer's hiring at the college)
    r"\b(?:campus|placement|recruitment) drive\b",
    # "We appreciate you considering a career with Acme Corp. This note confirms we have received your materials"
    r"\bcareers? (?:with|at)\b",
    r"your materials\b",
    r"sollicit",
    r"kandidatuur",
    r"\bappl(?:y|ied|ying)\b",
    r"candida",
    r"\bposition\b",
    r"\brole\b",
    r"\bjob\b",
    r"interview",
    r"recruit",
    r"hiring",
    r"\bresume\b",
    r"\bcv\b",
    r"vacanc",
    r"\bopening\b",
    r"employment",
    r"offer letter",
    r"bewerb",
    r"\bstelle\b",
    r"lebenslauf",
    r"vorstellungsgespräch",
    r"\bposte\b",
    r"entretien",
    r"postula",
    r"\bpuesto\b",
    # ("Hemos recibido tu solicitud para la posición de Ingeniera de Procesos")
    r"\b(?:la|una|esta) posición de\b",
    r"vacante",
    r"entrevista",
    r"assessment",
    r"next steps?\b",
    r"proceso de selecci",
    r"processus de (?:recrutement|sélection)",
    r"auswahlverfahren",
    # the public service's "Stellenausschreibung 50/2025", "in die engere Auswahl gekommen", "Auswahlgespräch"
    r"ausschreibung",
    r"engere(?:n)? auswahl",
    r"auswahlgespräch",
    r"auswahlkommission",
    r"\bperfil\b",
    # Colombia's and Peru's "hoja de vida", "has sido preseleccionado", "el cargo de", "continuar en el proceso"
    r"hoja de vida",
    r"preseleccionad",
    r"\bcargo\b",
    r"en el proceso\b",
    r"onsite",
    r"entrevue",
    r"lettre d'offre",
    r"inscrito en la oferta",
    r"\boferta\b",
    r"kandidatur",
    r"\bunterlagen\b",
    r"\bdossier\b",
    r"bewerbungsgespräch",
    r"sollicitatie",
    r"kandidatuur",
    r"vacature",
)
_CONTEXT = _any(*_CONTEXT_WORDS)
#: ... of which an agency's submission needs one beyond its own words ("your details have been passed to Harbor
#: Mutual Insurance" is a quote's, "your application has been forwarded to Riverside Animal Shelter" an adoption's):
#: not the words any application shares.
_SUBMISSION_CONTEXT = _any(
    # (a recruitment firm's word: "passed your application over to Westbrook Energy's talent team"; staffing's
    # "13-week ICU contract", "travel assignment", "$85/hr C2C")
    r"\btalent\b",
    r"\b\d+[- ]weeks? (?:\w+ )?(?:contract|assignment)\b",
    r"\bassignment\b",
    r"\d/(?:hr|hour)\b",
    r"\bc2c\b",
    r"\blocum\b",
    # (a nursing agency's "I've submitted your profile to Mater Private Hospital for the casual ED pool")
    r"\b(?:casual|relief|float|per diem|prn) (?:[\w-]+ )?pool\b",
    # (a legal recruiter's "I submitted your materials to Sidley Austin ... for their Chicago M&A group": a law firm's
    # practice group, or a lateral move)
    r"\b(?:practice|m&a|corporate|litigation|transactional|restructuring|finance|tax|ip|real estate) group\b",
    r"\blateral\b",
    # (a travel-nursing recruiter's "I submitted your profile to HonorHealth Scottsdale Shea for the CVICU need")
    r"\b(?:icu|cvicu|picu|nicu|micu|sicu|pcu|er|ed|or|med[- ]?surg|telemetry|tele|step-?down|l&d) (?:need|contract|"
    r"assignment|opening)\b",
    *(
        w
        for w in _CONTEXT_WORDS
        if w
        not in (
            r"applica",
            r"\bappl(?:y|ied|ying)\b",
            r"your materials\b",
            r"next steps?\b",
            r"\bperfil\b",
            r"\bunterlagen\b",
            r"\bdossier\b",
        )
    ),
)


#: Words of a mail about the reader's own application (what a newsletter or a recruiter's cold mail lacks).
_YOUR_APPLICATION = _any(
    r"(?:je|jouw|uw) (?:sollicitatie|kandidatuur)",
    r"your (?:job )?application",
    r"you applied",
    r"\bapplying\b",
    r"your candidacy",
    r"your interest in (?:the|our|joining)",
    r"ihre bewerbung",
    r"votre candidature",
    r"(?:tu|su) (?:candidatura|postulación|solicitud)",
    # "Aplicaste a la oferta ...", "Has aplicado correctamente", "Te postulaste a", "vous avez postulé", "Sie haben sich
    # ... beworben": you applied, in the other languages
    r"\baplicaste\b",
    r"\bhas aplicado\b",
    r"\b(?:te )?postulaste\b",
    r"vous avez postulé",
    r"(?:sie haben|du hast) (?:sich|dich) [^.\n]{0,60}\bbeworben\b",
)


#: A job's plainest words in English.
_JOB_NOUNS = (r"\bjobs?\b", r"\bposition\b", r"\brole\b", r"hiring", r"recruit", r"interview", r"career")
#: A job's words in any of the four languages (what a receipt for a card, a flat or a permit lacks).
_JOB_CONTEXT = _any(
    *_JOB_NOUNS,
    r"\bcv\b",
    r"resume",
    r"résumé",
    r"vacanc",
    r"opening",
    r"employ",
    r"talent",
    r"\bstelle\b",
    r"bewerbung",
    r"lebenslauf",
    r"\bposte\b",
    r"recrutement",
    r"emploi",
    r"candidature",
    r"\bpuesto\b",
    r"vacante",
    r"empleo",
    r"postulaci",
    r"candidatura",
    r"selecci",
    r"\bteam\b",
    r"personal",
    r"offre",
    r"oferta",
    r"opportunit",
    r"\bappl(?:ying|ied)\b",
    r"beworben",
    r"postulé",
    r"postulaste",
    r"human resources",
    # "your application for Marketing Manager": a title after "application for" (a card or a flat has none)
    # (a public portal's reference before it: "your application for 389211 - Policy Adviser")
    r"application for (?:the )?(?:\d{5,8} [-–] )?(?:[a-z&-]+ ){0,3}(?:manager|director|assistant|associate|"
    r"representative|technician|consultant|accountant|nurse|teacher|supervisor|officer|clerk|driver|lead|advis[eo]r|"
    r"economist|statistician|surveyor|planner)\b",
)
#: A job's words that keep a receipt from the "not a job application" skip (narrower than :data:`_JOB_CONTEXT`).
_JOB_WORDS = _any(
    *_JOB_NOUNS,
    # a title that starts with a thing's word: "your application for Account Executive", "Loan Officer", "Credit
    # Analyst", "Leasing Consultant", "Grant Writer", "Insurance Agent" (an account, a loan or a grant applied for
    # has no such noun after it)
    # (after "for" or "as" only: a rental application's "the property manager will review it")
    r"\b(?:for|as) (?:the |an? |our )?(?:(?:position|role|post) of )?(?:account|loan|credit|mortgage|leasing|property|"
    r"insurance|parking|permit|grant|card|tax|visa|admissions?|"
    r"passport|benefits?|scholarship|payments?|claims?) (?:[\w-]+ )?(?:executive|officer|analyst|underwriter|processor|"
    r"specialist|representative|rep|consultant|agent|coordinator|attendant|technician|writer|manager|director|"
    r"associate|advis[oe]r|clerk|assistant|administrator|counsell?or|strategist|lead|supervisor|examiner|preparer|"
    r"accountant|inspector|adjuster|broker|originator)s?\b",
    r"offer letter",
    r"join (?:the|our) team",
    # a travel nurse's marketplace receipt: "Your application to St. Joseph's Hospital (ICU, 13 weeks, Phoenix) was
    # submitted" (a hospital's unit and a contract's length: a job, not a patient's)
    r"\b(?:icu|cvicu|picu|nicu|micu|sicu|pcu|med[- ]?surg|telemetry|step-?down)\b[^.\n]{0,40}\b\d+[- ]weeks?\b",
    r"\b\d+[- ]weeks?,? (?:nights|days|contract|assignment)\b",
    r"\btravel (?:contract|assignment|nurse|nursing)\b",
    r"\bvacantes?\b",
    r"\bpuesto\b",
    r"\bempleo\b",
    r"entrevista",
    r"\bstelle\b",
    r"\bposte\b",
    r"\bemploi\b",
    r"entretien",
    r"\bfunctie\b",
    r"\bvacature\b",
    r"sollicitatie",
    r"kandidatuur",
    r"apprentice",
    r"\btrainee\b",
)


_BULK_SENDER = re.compile(r"^(?:newsletters?|news|digest|marketing|promo(?:tions)?)\b", _I)
_UNSUBSCRIBE = _any(
    r"\bunsubscribe\b",
    r"\babmelden\b",
    r"abbestell",
    r"désabonn",
    r"désinscri",
    r"darse de baja",
    r"\bbaja\b",
    # "Cancelar suscripción", "desuscribirte", "dejar de recibir estos correos"
    r"(?:cancelar|anular) (?:la |tu |su |mi )?suscripci[oó]n",
    r"desuscrib",
    r"dejar de recibir",
)


#: Words of mail that answers something the person sent: an invitation without them, from a stranger, is outreach.
_ANSWERS_YOU = _any(
    r"(?:je|jouw|uw) (?:sollicitatie|kandidatuur)",
    # a college placement cell's "Your registration for the Vertex Infotech campus drive has been confirmed"
    r"your registration (?:for|in) (?:the )?[^.\n]{0,60}\b(?:campus|placement|recruitment) drive\b",
    r"your (?:job |online )?application",
    r"\bappl(?:ied|ying)\b",
    r"your (?:candidacy|submission|interest in)",
    r"your (?:cv|resume|résumé|lebenslauf|unterlagen)",
    # a recruiter's "As discussed I've forwarded your details to Elmbridge Logistics" from her own Gmail: the details
    # the person gave her
    r"(?:submitted|sent|forwarded|passed|presented|put|shared) (?:over |across |on |along )?your (?:details|profile|"
    r"background|credentials|materials)\b",
    # "Gracias por enviarme tu CV", "merci pour votre CV"
    r"\b(?:tu|su|votre|ton) (?:cv|currículum|curriculum|hoja de vida)\b",
    r"bewerbung",
    r"candidature",
    r"postula",
    r"candidatura",
    r"\bsolicitud\b",
    r"\bhas aplicado\b",
    r"te has inscrito",
    # a reply to the person's own mail: "Re: Application - Dental Nurse", "thanks for your email"
    r"^re:[^\n]*\bapplication\b",
    r"thank(?:s| you) (?:so much )?for (?:your|the) (?:e-?mail|message|note)\b",
)
#: A recruiter's pitch: the words of outreach ("open to a quick call?", "a client of mine", "caught my eye").
_PITCH = _any(
    r"open to",
    r"interested in (?:a|an|this|the|hearing|learning|exploring)",
    r"(?:might|may|could|would) (?:interest|suit) you",
    r"would you (?:be|have)",
    r"are you (?:open|interested|available|free|looking)",
    r"keen to",
    r"fancy a",
    r"up for",
    r"hop on",
    r"exploratory",
    r"confidential (?:search|role|position|opportunity)",
    r"on behalf of(?! (?:the|our) (?:[\w-]+ ){0,3}(?:search|hiring|selection|recruitment|recruiting|interview) "
    r"(?:committee|team|panel))",
    r"(?:i'?m|i am|we'?re|we are) (?:hiring|recruiting|looking|searching)",
    r"hiring for",
    r"(?:a|my|our) client",
    r"your (?:profile|background|experience|github|work|talk|portfolio)\b",
    r"caught my (?:eye|attention)",
    r"came across",
    r"(?:perfect|great|strong|good) (?:fit|match)",
    r"aufmerksam geworden",
    r"spannende",
    # ("ich habe eine interessante Controlling-Position in Düsseldorf. Hätten Sie Zeit für ein kurzes Telefonat?")
    r"interessante[nmrs]? (?:[\w-]+ )?[\w-]*(?:position|stelle|aufgabe|vakanz|herausforderung)",
    r"hätten sie interesse",
    r"wären sie (?:offen|interessiert)",
    r"opportunit",
    r"retenu mon attention",
    # (not "Seriez-vous disponible pour un entretien", an employer's question too)
    r"seriez-vous (?:ouverte?|intéressée?)",
    r"pourrait vous intéresser",
    r"me gustaría presentarte",
)


#: The steps in their order (what "a later call" is measured against).
_STEP_ORDER = {"applied": 1, "screen": 2, "interview": 3, "onsite": 4, "offer": 5}
#: What follows an accepted offer: checks and paperwork ("background check authorization", "pre-employment
#: checks", "drug screen", "orientation", "I-9", "Personalfragebogen", "dossier d'embauche", "alta en la empresa").
_ONBOARDING = _any(
    r"background (?:check|screening)",
    r"pre-?employment (?:check|screen|drug|health|medical)",
    r"drug (?:screen|test)",
    r"onboarding",
    r"orientation",
    r"\bi-9\b",
    r"new[- ]hire (?:paperwork|forms|portal)",
    r"personalfragebogen",
    r"dossier d'embauche",
    r"alta en la (?:empresa|seguridad social)",
)
#: A subject about an offer ("Re: Proposition - Analyste", "AW: Ihr Vertragsangebot").
#: ("offre", "oferta" and "Stellenangebot" are also a job's posting: not these)
_OFFER_SUBJECT = _any(
    r"\boffer\b",
    r"proposition",
    r"promesse d'embauche",
    r"propuesta",
    r"carta oferta",
    r"angebot(?<!stellenangebot)",
    r"\bvertrag",
)
#: Scheduling that names no round ("pick a time", "free for a chat this Thursday?", a Calendly link).
_SCHEDULING = next(pattern for name, pattern in EVENT_RULES if name == "interview" and pattern.search("calendly.com"))
#: The phrases that name the screen itself ("phone screen", "entretien téléphonique"): the first screen rule.
_NAMED_SCREEN = next(pattern for name, pattern in EVENT_RULES if name == "screen")
#: Both screen rules (the named rounds first, the short calls after the interview invitations).
_SCREEN_RULES = [(name, pattern) for name, pattern in EVENT_RULES if name == "screen"]
#: A tool's words that name an interview but not its round ("Interview Confirmation", "your interview is scheduled").
_GENERIC_INTERVIEW = re.compile(
    r"interview (?:invitation|invite|request|confirm|scheduled)|your interview (?:is|has been) "
    r"(?:confirmed|scheduled|booked)"
)


#: Gmail's "Sent" and "Inbox" labels as Takeout writes them in the account's language ("Gesendet", "Messages
#: envoyés", "Enviados", "Posta inviata", "Verzonden", ...): a German account's own mail is labelled "Gesendet".
_SENT_LABELS = frozenset(
    {
        "sent",
        "sent mail",
        "gesendet",
        "gesendete nachrichten",
        "envoyés",
        "messages envoyés",
        "enviados",
        "enviadas",
        "e-mails enviados",
        "correo enviado",
        "enviats",
        "posta inviata",
        "inviati",
        "verzonden",
        "verzonden berichten",
        "skickat",
        "sendt",
        "wysłane",
        "odeslané",
    }
)
_INBOX_LABELS = frozenset(
    {
        "inbox",
        "posteingang",
        "boîte de réception",
        "recibidos",
        "bandeja de entrada",
        "entrada",
        "caixa de entrada",
        "posta in arrivo",
        "postvak in",
        "inkorgen",
        "innboks",
        "indbakke",
        "odebrane",
        "doručená pošta",
    }
)


def _sent_label(labels) -> bool:
    """Whether Takeout's labels (lower case) say the person sent the mail: a "Sent" label and no "Inbox" one."""
    if not labels:
        return False
    names = {x.strip() for x in labels.split(",")}
    return bool(names & _SENT_LABELS) and not names & _INBOX_LABELS


def first_rule(rules, low):
    """``(event, match)`` of the first of ``rules`` that reads lower-case ``low``, or ``("", None)``.

    Sentences about what may happen ("if your background matches, a recruiter will reach out to schedule an
    interview") are set aside first: they name no step that has happened.

    Examples
    --------
    >>> first_rule(EVENT_RULES, "we received your application. if selected, we will schedule an interview.")[0]
    'applied'
    >>> first_rule(EVENT_RULES, "unfortunately the manager is away, so please pick a time next week.")[0]
    'interview'
    >>> first_rule(EVENT_RULES, "we're still talking to a couple of other candidates; more by friday.")[0]
    'reply'

    A call named as past is not the step of a mail that invites to the round after it:

    >>> first_rule(EVENT_RULES, "following our phone screen, we'd like to invite you to interview on friday.")[0]
    'interview'
    >>> first_rule(EVENT_RULES, "thanks for the phone screen today! we'll be in touch next week.")[0]
    'screen'
    """
    firm = _firm(low)
    for name, pattern in rules:
        m = pattern.search(firm)
        while (
            m is not None and name == "rejected" and "other" in m.group(0) and _STILL_BEFORE.search(firm, 0, m.start())
        ):
            # "we're still talking to a couple of other candidates": a wait (the reply rule's), not a no
            m = pattern.search(firm, m.end())
        while (
            m is not None
            and name == "onsite"
            and (
                _BEFORE_LAST.search(firm, max(0, m.start() - 30), m.start())
                or _PAST_ROUND.search(firm, max(0, m.start() - 40), m.start())
            )
        ):
            # "Antes de la última fase te enviamos una prueba técnica", "ahead of the final round, a short exercise":
            # the last round is ahead; the mail's step is what comes before it ("You did very well at the Assessment
            # Centre. The final interview is with the Chief Risk Officer": a round named as past, the next one's)
            m = pattern.search(firm, m.end())
        if m and name == "screen" and _PAST_CALL.search(firm, max(0, m.start() - 40), m.start()):
            # "Following our phone screen, we'd like you to interview with the hiring manager", "Suite à notre
            # échange téléphonique, nous vous proposons un entretien": the call named is past, the round invited to
            # is the mail's step (the call alone, thanked for, is still the screen)
            later = next((m2 for n2, p2 in rules if n2 == "interview" and (m2 := p2.search(firm))), None)
            if later is not None:
                return "interview", later
        if m:
            return name, m
    return "", None


#: Words before a call that say it has happened ("following our phone screen", "thanks for the call yesterday",
#: "suite à notre échange téléphonique", "nach unserem kurzen Telefonat", "tras nuestra llamada").
_PAST_CALL = re.compile(
    r"\b(?:following|after|since|thanks? (?:you )?for|enjoyed|suite à|après|nach|im anschluss an|tras|después de|"
    # Indian HR English: "Congratulations on clearing the HR round. Your first technical round is scheduled"
    r"clearing|cleared|passing|passed|"
    r"gracias por)\s+(?:our|your|the|yesterday's|today's|notre|votre|unserem|unser|ihrem|nuestra|la|el)\b[^.!?\n]{0,25}$"
)


#: Words before the last round that put it ahead of the mail's step ("antes de la última fase", "ahead of the final
#: round", "avant l'entretien final", "vor der letzten Runde").
_BEFORE_LAST = re.compile(
    r"\b(?:before|ahead of|prior to|antes de|avant|vor)\s+(?:(?:the|our|your|a|la|el|le|l'|der|dem|die|unserer|"
    r"unserem|notre|votre)\s*)?$"
)


#: Words before a round that say it has happened ("you did very well at the Assessment Centre", "well done at the
#: assessment centre", "following the assessment day", "thank you for attending our assessment centre").
_PAST_ROUND = re.compile(
    r"\b(?:did (?:very |really |so |extremely )?well (?:at|in|on)|well done (?:at|in|on)|following|after|"
    r"thank(?:s| you) for (?:attending|coming to)|congratulations on (?:passing|completing)) (?:the|your|our) $"
)


#: A wait for the others just before a rejection's "other candidates" ("we're still talking to a couple of other
#: candidates", "still in conversations with several other applicants").
_STILL_BEFORE = re.compile(
    r"\bstill (?:meeting|interviewing|speaking|talking|in (?:talks|conversations?)|(?:finishing|wrapping up|completing|"
    r"conducting|doing|holding|having) (?:our |the |some )?(?:interviews|conversations|calls|meetings))\b[^.!?\n]{0,30}$"
)
