"""The mail that is no application, by kind (issue #24): job alerts, "viewed" notices, recruiters' cold outreach,
newsletters, reminders, surveys, a credit card's or a flat's application, ... (checked before any step).
"""

from __future__ import annotations

from .phrases import _any

#: Messages that are not applications, by kind (checked first).
SKIP_RULES = [
    (
        # "Automatic reply: Interview - Backend Developer II", "Out of Office: Re: your application": a mail program's
        # answer for someone away, whatever words of the thread its subject repeats
        "auto reply",
        _any(
            r"^(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response)|out of (?:the )?office|ooo)\b",
            r"^(?:abwesenheitsnotiz|automatische antwort|réponse automatique|absence du bureau|respuesta automática|"
            r"fuera de la oficina|automatisch antwoord|afwezig)\b",
        ),
    ),
    (
        # a mail server's word about the person's own mail: "Delivery Status Notification (Failure)" with the
        # application quoted below it, "Undeliverable: RE: Offer", Outlook's read receipt "Read: Application - ..."
        "delivery notice",
        _any(
            r"^(?:delivery status notification|undeliverable|undelivered mail|(?:mail )?delivery (?:failed|failure|"
            r"has failed|delayed|incomplete|notification)|mail delivery subsystem|returned mail|failure notice|"
            r"message not delivered|returned to sender|unzustellbar|nicht zustellbar|non remis|non distribuable|"
            r"échec de (?:la )?remise|no se puede entregar|no entregado|mensaje no entregado)\b",
            r"^(?:read|not read|delivered|gelesen|ungelesen|zugestellt|lu|non lu|remis|leído|no leído|entregado)\s*:",
            r"^(?:read|return|delivery) receipt\b",
        ),
    ),
    (
        # a recruitment scam: "Congratulations! You have been selected for a job in Canada. Pay the processing fee of
        # N50,000 to confirm your slot" (an employer asks no fee; its footer's "we never ask you to pay a fee" is read
        # as no scam where the rule is used)
        "job scam",
        _any(
            r"pay (?:the |a |an |your |our )?(?:small |one-time |one time |refundable |mandatory |required )?(?:processing|"
            r"registration|application|visa|training|placement|onboarding|medical|documentation|clearance|"
            r"verification) (?:fee|charges?|deposit)\b",
            r"(?:processing|registration|placement|visa|verification|training) fee (?:of|to confirm|to secure)\b",
        ),
    ),
    (
        # a freelance marketplace's own mail: "A client invited you to interview for the job 'Build a Tableau
        # dashboard'", "The client has declined your proposal" (contracts, not applications to an employer)
        "freelance platform",
        _any(
            r"\b(?:a|the) client (?:has )?(?:invited you to interview|declined your proposal|hired you|sent you an "
            r"offer)\b",
            r"your proposal (?:was|has been) (?:declined|withdrawn|viewed|accepted)\b",
            r"(?:respond to|view) (?:the|this) invitation on (?:upwork|fiverr|freelancer)\b",
        ),
    ),
    (
        "job alert",
        _any(
            # a sign-up to an employer's mailing of jobs: "Thank you for joining our Talent Community!"
            r"(?:joining|joined|join) (?:our|the) (?:\w+ )?(?:talent (?:community|network|pool)|career (?:community|"
            r"network))",
            # a mass-hiring advert: "Walk-in interviews daily. Interested? Just reply with your resume!"
            r"walk-in interviews? (?:daily|every ?day|monday to|mon-)",
            r"job alert",
            r"jobs? (?:for you|you may be interested in|matching)",
            r"new jobs?\b",
            r"recommended jobs?",
            r"\d+ new [\w ,/+#-]{0,40}jobs?\b",
            r"\d+ more jobs?\b",
            r"jobs? you (?:may|might) (?:like|be interested in)",
            # an employer's own alert: "more roles like the one you applied to", "roles you might like"
            r"(?:more|other|similar) (?:[\w-]+ )?(?:roles|jobs|openings|positions) like the one you applied",
            r"(?:roles|openings|positions) you (?:may|might) (?:like|be interested in)",
            r"we found (?:new )?jobs? for you",
            r"jobs? near you",
            r"jobs? recommendations?",
            r"stellenangebote für sie",
            r"neue jobs",
            r"offres d'emploi pour vous",
            r"alerte emploi",
            r"ofertas de empleo para ti",
            r"alerta de empleo",
            r"jobs we think you",
            r"matching your (?:job )?alert",
            r"manage your (?:job )?alerts",
            r"saved jobs? (?:expir|closing)",
            # a marketplace's digest: "5 companies want to interview you this week", "companies like Acme are
            # interested": employers named as examples, not an application of yours
            r"\d+ (?:new )?(?:companies|employers) (?:want|are|would|have)\b",
            r"(?:companies|employers) (?:like|such as) \w",
        ),
    ),
    (
        "application viewed",
        _any(
            r"\bviewed your application",
            r"application was viewed",
            r"your application was seen",
            r"hat ihre bewerbung angesehen",
            # StepStone's "Ihre Bewerbung ... wurde vom Arbeitgeber gelesen", InfoJobs' "Tu CV ha sido visto"
            r"bewerbung[^.\n]{0,60}\bwurde (?:vom arbeitgeber |vom unternehmen )?(?:gelesen|angesehen|geöffnet)\b",
            r"(?:tu|su) (?:cv|candidatura|postulación) (?:ha sido|fue) (?:vist[oa]|leíd[oa])\b",
            r"(?:votre|ta) candidature a été (?:vue|consultée|lue)\b",
        ),
    ),
    (
        # an agency's own no before any submission: "I've had a look and I'm not going to put you forward for this one
        # - it's more of a payroll role" (no application was made)
        "agency not submitting",
        _any(
            r"(?:not going to|won'?t be|will not be|can'?t|cannot|am not able to|won'?t) (?:put|putting|submit|"
            r"submitting|send|sending|present|presenting) (?:you|your (?:cv|resume|résumé|profile|details)) "
            r"(?:forward |across |over )?(?:for|to) (?:this|that|the) (?:one|role|position|job|vacancy)\b",
        ),
    ),
    (
        "cold outreach",
        _any(
            r"(?:came across|found|saw|noticed) your (?:profile|background|resume|résumé|cv|details)",
            r"my client (?:is|has|needs)",
            r"are you open to (?:new )?(?:opportunities|a chat)",
            r"opportunity that (?:might|may) interest you",
            r"i'?m a recruiter",
            r"would you be interested in (?:a|this) (?:role|position|opportunity)",
            r"(?:i|we) (?:have|am working with) a client",
            # "I'm working with a Series B fintech client on an exciting Senior Backend role"
            r"(?:i'?m|i am|we'?re|we are) (?:currently )?(?:working|partnering|partnered) with an? (?:[\w-]+ ){0,4}client\b",
            r"open to a (?:quick )?chat",
            # "I'm working on a BA contract with a major bank in the CBD. Keen for a quick chat?"
            r"(?:i'?m|i am|we'?re|we are) (?:currently )?working on an? (?:[\w&/-]+ ){0,4}(?:role|contract|position|"
            r"vacancy|opening|assignment|search|mandate)\b",
            # a marketplace's "Orbit sent you an interview request for Senior Engineer ... Log in to accept or decline"
            r"sent you an? (?:new )?interview request\b",
            r"\binterview request[^.\n]{0,80}\blog in to (?:accept|respond|view)",
            # ("You have a new interview request from Umbrella Labs ... Log in to accept or decline the interview request")
            r"\blog in to (?:accept|respond|view)[^.\n]{0,40}\binterview request",
            r"\bnew interview request from\b",
            # an InMail's "I'm recruiting for a Senior Engineer at a fintech ... Interested?"
            r"(?:i'?m|i am|we'?re|we are) (?:currently )?recruiting for (?:a|an)\b",
            r"reaching out (?:because|regarding|about|as)",
            r"your (?:profile|background|experience) (?:caught|stood out)",
            r"(?:a client|clients) of (?:ours|mine)",
        ),
    ),
    (
        # a podcast, a talk or an article asking to "interview" you: not an application
        "not about an application",
        _any(
            r"podcast",
            r"webinar",
            r"our (?:blog|newsletter|magazine|show|channel)\b",
            # advice under a headline: "How to decline a job offer gracefully", "7 interview questions you should be
            # ready for", "Today's management tip"
            r"^how to\b",
            r"^(?:\d+|three|five|seven|ten) (?:[\w-]+ )?(?:ways|tips|questions|mistakes|things|signs|reasons|habits)\b",
            r"(?:management|career|job search|resume|interview) (?:tip|tips|advice) (?:of the day|for|from|to)\b|"
            r"today's (?:management |career )?tip\b",
            r"(?:speak|speaker|talk) at (?:our|the) (?:conference|meetup|event)",
            r"for (?:an|our) (?:article|story|feature)",
            # a reporter's "Could I interview you for 15 minutes ... for a story on layoffs", "Interview request for a
            # story", "writing about tech layoffs"
            r"(?:for|in) (?:a|an|our|my) (?:story|article|piece|feature|report|documentary|research study|study|thesis|"
            r"dissertation|book|episode)\b(?: (?:on|about|for)\b)",
            r"(?:i'?m|i am) (?:a )?(?:reporter|journalist)\b",
            # a newsletter's issue: "This week: how to negotiate your next offer"
            r"(?:^|\n)this week(?:'s)?\s*[:\-–]|in this (?:week's )?issue\b",
            r"\brsvp\b",
            r"\bmeetup\b",
            r"listed you as a reference",
            r"provide a reference for",
            r"prep(?:aration)? course",
            r"upgrade to premium",
            r"recruiter searches",
        ),
    ),
    (
        # a friend or a colleague asking about an interview ("Heard you had a panel interview this week - how did it
        # go?", "good luck tomorrow!"): no employer's step
        "personal",
        _any(
            r"how did (?:it|the interview|your interview|the (?:\w+ )?interview|the call) go\b",
            r"how was (?:it|the interview|your interview|the (?:\w+ )?interview)\?",
            r"heard you had (?:a|an|the|your)\b",
            r"good luck (?:tomorrow|today|with (?:the|your) interview|on (?:the|your) interview)",
            r"fingers crossed",
            r"(?:you're|you are|you'll) (?:going to )?(?:smash|nail|crush|ace) it",
            r"wie (?:lief|war) (?:das|dein|ihr) (?:gespräch|interview|vorstellungsgespräch)",
            # "Hab gehört, du hast das Assessment Center geschafft?! Wie lief es?", "how'd it go?", "¿cómo te fue?"
            r"wie (?:lief|war|ging) (?:es|'s)\b|wie ist es gelaufen",
            r"hab(?:e)? gehört,? (?:du|dass du)\b",
            r"how'?d (?:it|the interview|your interview) go\b",
            r"comment (?:ça|ca|c'est|cela) s'est passé",
            r"(?:cómo|como) te fue\b",
            r"comment s'est passée? (?:l'entretien|l'entrevue|ton entretien|ton entrevue)",
            r"(?:cómo|como) te fue en la entrevista",
            r"(?:qué|que) tal (?:la|tu) entrevista",
        ),
    ),
    (
        # networking: an informational interview, a coffee chat, an introduction ("happy to do a 20-minute
        # informational interview about research at Trailhead"): no employer's step
        "networking",
        _any(
            r"\binfo(?:rmational)? (?:interview|chat|call|conversation|meeting)s?\b",
            r"coffee chat",
            r"(?:grab|get|have) (?:a )?(?:quick |virtual )?coffee\b",
            r"coffee (?:next|this) week",
            r"thanks?(?: you)?,? \w+,? for the intro(?:duction)?\b",
            r"^(?:re: )?intro(?:duction)?:? [^\n]{0,40}<>",
        ),
    ),
    (
        # practice with a coach or a friend is no employer's step (an employer's own prep notes are read)
        "interview practice",
        _any(
            r"career coach(?:ing)?\b",
            r"mock interview",
            # a university careers service's "mock assessment centre" workshop
            r"mock (?:assessment|assessment cent(?:re|er)|case|group exercise|video interview)",
            r"practice interview",
            r"interview (?:prep|practice|coaching|training)\b",
            r"coaching session",
            r"entretien blanc",
            r"simulacro de entrevista",
            r"probe-?(?:interview|gespräch)",
            r"bewerbungstraining",
        ),
    ),
    (
        # the public employment service's own mail (a registration, a counsellor's "entretien d'accompagnement"):
        # the person's own file with it, no employer's step
        "employment service",
        _any(
            r"(?:inscription|inscrite?) comme (?:chercheu|demandeu)\w+ d'emploi",
            r"entretien d'accompagnement",
            # "Convocation à un entretien avec votre conseiller" (France Travail's summons, its name only in the
            # sender's); a Jobcenter's "Einladung zu einem Gespräch mit Ihrer Arbeitsvermittlerin"
            r"(?:entretien|rendez-vous|rdv) (?:obligatoire )?avec votre conseill(?:er|ère)\b",
            r"(?:ihre[mr]?|ihrem) (?:persönlichen )?(?:arbeitsvermittler(?:in)?|ansprechpartner(?:in)? im jobcenter|"
            r"fallmanager(?:in)?)\b",
            r"(?:cita|entrevista) con (?:su|tu) (?:orientador|orientadora|tutor|tutora) de empleo",
            r"(?:pôle emploi|france travail|actiris|le forem|vdab)\b",
            r"(?:arbeitsuchend|arbeitslos) ?(?:gemeldet|meldung)",
            r"(?:agentur für arbeit|jobcenter)\b",
            r"demandante de empleo",
            r"(?:oficina|servicio) (?:público |pública )?de empleo",
            r"jobseeker'?s? allowance",
            r"universal credit",
            r"\bwork coach\b",
        ),
    ),
    (
        # an interview notetaker's notice that an interview will be recorded (BrightHire, Metaview): the step was
        # read from its invitation
        "recording notice",
        _any(
            r"record and transcribe",
            r"uses? (?:brighthire|metaview|pillar|otter(?:\.ai)?) to",
            r"(?:interview|conversation)s? (?:will|may) be recorded",
            r"to record (?:your |our |the )?interviews?\b",
        ),
    ),
    (
        # "The status of your application has changed. Please log in to view the update": a tracking system's
        # notice that names no step (one that names it, "... we have selected another candidate", is read)
        "status notice",
        _any(
            r"status of your (?:job )?application\b[^.\n]{0,100} (?:has )?(?:changed|been (?:changed|updated))",
            r"application status (?:has )?(?:changed|been updated)",
            # "your application has been forwarded to the hiring manager for review"
            r"(?:has been|was) (?:forwarded|sent|passed) (?:on )?to the hiring (?:manager|team)",
            r"status ihrer bewerbung [^.\n]{0,60}(?:geändert|aktualisiert)",
            r"statut de votre candidature [^.\n]{0,60}(?:changé|modifié|mis à jour)",
            r"estado de (?:tu|su) (?:candidatura|postulación|solicitud) [^.\n]{0,60}(?:cambiado|actualizado)",
        ),
    ),
    (
        # "kindly provide the contact details of two references": checking a candidate's references is no step of
        # the ladder (an offer or a refusal that mentions them is read: see below)
        "reference check",
        _any(
            r"reference checks?\b",
            r"(?:contact details|names|details) (?:of|for) (?:two|three|\d|your) (?:professional )?(?:references|referees)",
            r"provide (?:two|three|\d|some|your) (?:professional )?(?:references|referees)",
            r"referenzen",
            r"références professionnelles",
            r"referencias (?:laborales|profesionales)",
            # an application system's notice that a referee's letter came in ("A reference letter from Prof. Berg
            # has been uploaded for your application")
            r"(?:reference|recommendation) letter (?:from|has been|was|received|uploaded|submitted)\b",
            r"letter of (?:reference|recommendation) (?:from|has been|was)\b",
        ),
    ),
    (
        # "Reminder: your interview is tomorrow": a step already read from its invitation, not a new one
        "reminder",
        _any(
            r"^(?:\[?(?:automatic |friendly )?reminder\]?|erinnerung|rappel|recordatorio)\b",
            # a meeting service's or a calendar's own: "Meeting reminder: Lakeshore Payments Interview",
            # "Notification: Phone screen @ Tue Oct 14, 2025 10am - 10:30am"
            r"^(?:meeting|event|upcoming meeting|zoom meeting) reminder\b",
            r"^notification: [^\n]{1,120} @ ",
            r"^[^\n]{0,40}\b(?:is|starts) (?:tomorrow|today|in \d+ (?:hours?|minutes))\b",
            # "Your interview has been rescheduled": a step already read, moved (the subject's own words; an
            # invitation's "if you need to reschedule" is no reminder)
            r"^[^\n]{0,40}\b(?:interview|call|meeting|screen|conversation|itinerary|schedule) (?:has been |was |is )?"
            r"(?:rescheduled|moved|postponed|updated|changed)\b",
        ),
    ),
    (
        # "please take a moment to complete a short survey about our application process"
        "survey",
        _any(
            # (not a job's title: "the Survey Statistician position", a "Survey Technician")
            r"\bsurvey\b(?! (?:statisticians?|technicians?|analysts?|methodologists?|researchers?|interviewers?|"
            r"crew|party|manager|engineers?|assistants?|clerks?|specialists?|coordinators?|scientists?|officers?)\b)",
            r"candidate experience",
            r"umfrage",
            r"questionnaire de satisfaction",
            r"encuesta",
            r"how (?:did|was) your (?:interview|application)",
            # ("Tell us about your interview experience")
            r"\b(?:your|the) interview experience\b",
            # a job site's "Did you get an interview with Harbor Bank? Let us know so we can improve ..."
            r"did you (?:get|land|hear back|receive|have) (?:an interview|a response|an offer|any news|back)\b",
            r"rate your (?:interview|experience)",
            r"comment s'est passé",
            r"donnez votre avis",
            r"wie war (?:dein|ihr)",
            r"bewerte (?:dein|ihr)",
            r"cómo te fue en (?:la|tu) entrevista",
            r"danos tu opinión",
        ),
    ),
    (
        # a reminder to finish an application never sent: no application yet
        "unfinished application",
        _any(
            r"(?:complete|finish|continue) (?:your|the) (?:job )?application",
            r"you started an application",
            r"(?:didn'?t|did not|haven'?t|have not) (?:submit|finish|complete)",
            r"incomplete application",
            r"application (?:is )?(?:still )?incomplete",
            r"finish (?:it|applying) now",
        ),
    ),
    (
        # a tracking system's nudge about the candidate's profile: "add your LinkedIn and portfolio to your candidate
        # profile to help the team get to know you" (no step, whatever its words)
        "profile reminder",
        _any(
            r"(?:complete|update|finish|improve|add to) your (?:candidate |applicant |job seeker |career )?profile\b",
            r"add your (?:linkedin|portfolio|resume|cv|website)[^.\n]{0,40}\b(?:to your|profile)\b",
        ),
    ),
    (
        # an application, but not for a job: a credit card, a flat, a university place, a visa
        "not a job application",
        _any(
            r"credit card",
            # "your application for the Chase Sapphire Preferred card has been approved", "a credit line increase"
            r"\bcard (?:has been|was|is) (?:approved|declined)\b",
            r"application for (?:the |a |your )?(?:[\w-]+ ){0,4}card\b",
            # "Thank you for applying for the Discover it Student Card"
            r"(?:apply|applying|applied) for (?:the |a |an |your )?(?:[\w-]+ ){0,4}card\b",
            r"credit (?:line|limit)\b",
            r"(?:gold|platinum|green|debit|store|rewards) card",
            r"your (?:new )?card (?:will|is|has)",
            r"\bloan\b",
            r"mortgage",
            # the tax office's "your income tax assessment is ready", "notice of assessment"; a council's rates
            r"(?:income )?tax (?:assessment|return|refund|summary|bill)\b",
            r"notice of assessment",
            r"rates (?:notice|assessment|instalment)",
            r"rental application",
            r"applying to live",
            r"\blease\b",
            r"\bleasing\b",
            r"\bunit \d+\w?\b",
            r"landlord",
            r"property management",
            r"apartment",
            r"application for admission",
            r"admissions? (?:office|decision|committee)",
            r"visa application",
            r"passport",
            r"insurance (?:application|policy)",
            r"scholarship",
            r"membership application",
            r"\b(?:postgraduate|undergraduate|graduate school|degree) (?:application|programme|program)",
            r"\bucas\b",
            r"tenancy",
            r"referencing (?:will|has|is)",
            r"payment plan",
            r"driver'?s? licen[cs]e",
            r"real id\b",
            r"pps number",
            r"medicare card",
            r"(?:replacement|new) (?:\w+ )?(?:card|passport)",
            r"(?:electric|electricity|gas|water|internet|broadband|utility) service",
            r"service application",
            r"(?:social security|national insurance|tax|sozialversicherungs)[- ]?(?:number|card|nummer)",
            r"(?:identity|id) card",
            r"(?:building|parking|work|residence|fishing|hunting) permit",
            r"(?:unemployment|social security|medicaid|snap|housing) (?:benefits?|application|claim)",
            r"\bsponsors\b",
            r"wait ?list",
            # "thank you for applying to volunteer with the food bank" (not a "Volunteer Coordinator" job)
            r"(?:apply|applying|applied|application) (?:to|for) volunteer(?:ing)?\b(?! (?:coordinator|manager|"
            r"program|programme|services|engagement|recruit))",
            r"volunteer (?:application|orientation|shift)",
            r"beta (?:program|programme|access|tester)",
            r"(?:developer|partner|affiliate|creator|ambassador|reseller|seller|referral) (?:program|programme)",
            r"(?:application|apply|applied) for (?:a |an |the )?(?:payment plan|credit|loan|account|permit|grant|benefit|"
            r"subsidy|allowance|parking)",
            # "your application for the community arts grant"; an MBA's "admissions interview"; a home's offer
            r"applica\w* for (?:a |an |the |our |this )?(?:[\w-]+ ){1,3}(?:grant|scholarship|fellowship award)\b"
            r"(?! (?:writer|manager|coordinator|specialist|officer|administrator|analyst|accountant))",
            r"\bmba (?:program|programme|application|admissions?)\b|\badmissions? interview\b",
            # a school's "parent interview for Aria's Casa placement", a "family interview" (a child's place, not a job)
            r"\b(?:parent|parents'?|family|student) interview\b",
            # a mentoring program, a bootcamp, an accelerator; a grant's, a journal's or a conference's decision on a
            # proposal, a manuscript or a talk ("your proposal was not selected for funding")
            r"\b(?:mentor(?:ing|ship)?|bootcamp|accelerator|incubator) (?:program|programme|cohort)\b",
            r"\b(?:proposal|manuscript|abstract|paper|submission|talk)\b[^.\n]{0,40}\b(?:was|has been|is|were) (?:not )?"
            r"(?:selected|accepted|rejected|declined|approved|funded)\b",
            r"\b(?:not )?selected for funding\b|\bgrant (?:application|proposal|outcome|decision)\b",
            r"\bescrow\b|earnest money|home inspection|\bsellers? (?:accepted|countered|rejected|declined)\b",
            # (not an employer's "Graduate Programme" or "graduate program": a job)
            r"\b(?:master'?s|bachelor'?s|doctoral|phd|undergraduate) (?:programme|program|degree|studies)",
            r"\bgraduate (?:degree|studies)\b",
            # the same in the other languages: a card, a loan, a grant, a flat, an enrolment
            r"tarjeta de crédito",
            r"\bpréstamo",
            r"solicitud de (?:crédito|tarjeta|préstamo|beca|visa|pasaporte|inscripción|admisión)",
            r"\bbeca\b",
            r"demande de (?:crédit|prêt|carte|bourse|logement|visa|passeport)",
            r"kredit(?:antrag|karte)",
            r"(?:wohnungs|miet|stipendien|visum)(?:antrag|bewerbung)",
            # a flat's "Bewerbung": "Ihre Bewerbung für die Wohnung Sonnenallee 112", "andere Mietinteressenten"
            r"bewerbung (?:um|für|auf) (?:die|eine|ihre|unsere) (?:\w+ )?wohnung\b",
            r"mietinteressent",
            r"besichtigungstermin",
            r"(?:dossier|candidature) (?:de location|pour (?:l'|le |la |un |une )?(?:appartement|logement|location))",
            r"(?:solicitud|postulación) (?:de|para el|al) (?:alquiler|piso|departamento|apartamento)",
        ),
    ),
]


#: The job scam's own asks, whoever sends it: a check to buy equipment from "our approved vendor", an interview held
#: over a chat app ("contact our hiring manager on Telegram @davidwilsonhr for your online interview").
_SCAM_ASK = _any(
    r"send you a (?:check|cheque)\b",
    r"(?:check|cheque) (?:to|for|which you will use to) (?:purchase|buy)\b",
    r"(?:approved|designated|certified|preferred) (?:vendor|supplier)\b",
    r"\b(?:on|via|through) (?:telegram|whatsapp|signal|google hangouts|wire app)\b[^.\n]{0,80}\binterview",
    r"\binterview\b[^.\n]{0,80}\b(?:on|via|through) (?:telegram|whatsapp|signal|google hangouts)\b",
    r"telegram:? @\w+",
)
