"""An employer's steps by phrase (issue #24): the receipt, the screen, an interview, the final round, an offer, a
refusal and a wait, in English, German, French, Spanish and Dutch, checked in order
(:func:`~offerkit._io.mail_rules.first_rule`).
"""

from __future__ import annotations

import re

from .phrases import _any

#: Employer events by phrase (checked in this order: a rejection often thanks you for applying too).
#: A time booked for a step of hiring after the choice ("pick a time for your pre-hire appointment", a drug
#: screen, an orientation): no interview round.
_NOT_ONBOARDING = (
    r"(?![^.\n]{0,30}\b(?:pre-?hire|new[- ]hire|onboarding|orientation|drug (?:test|screen)|background check|"
    r"fingerprint|i-9|badge photo|first day))"
)
#: A test sent to be done ("please complete your SQL assessment", "complete a short Python challenge"): a round,
#: unless the mail is the receipt that sends it to everyone who applies (mailbox.py reads that one as the application).
_COMPLETE_TEST = re.compile(
    r"complete (?:a|an|the|your|our|this) (?:[\w-]+ ){0,4}(?<!drug )(?<!urine )(?<!covid )(?<!tb )(?<!medical )"
    r"(?:assessments?|tests?|challenge|exercise)\b"
)
#: A receipt's own words ("thanks for applying", "we have received your application").
_RECEIPT = re.compile(
    r"(?:thanks|thank you) for (?:applying|your application)|(?:received|receipt of) your (?:\w+ )?application"
    # (a public-sector undertaking's "your online application ... has been successfully registered")
    r"|application\b[^.\n]{0,120}\bsuccessfully registered"
)
#: A job site's receipt of the person's own application ("Application submitted", "your application was sent to
#: Sorrel Health", "the following items were sent to ...").
_SENT_TO = re.compile(
    r"\bapplication (?:was )?(?:submitted|sent to|delivered to)\b|following items were sent to|"
    r"(?:received|receipt of) your (?:\w+ )?application|thanks? (?:you )?for (?:applying|your application)"
)
#: A later mail's words about when there will be news ("I expect to have more clarity by next Wednesday", "we'll have
#: an answer for you shortly after", "I'll keep you posted"): both what will come and when, in one sentence.
_WAIT_NEWS = re.compile(
    r"\b(?:update|decisions?|feedback|news|clarity|answer|keep you posted|let you know|hear (?:back|anything|from)|"
    r"get back to you|follow up|patience|reviewing|review stage|in consideration|an? (?:update|response)|"
    r"reach out(?! to (?:them|him|her|your|the|my|our))|"
    r"know more|(?:be|get) in touch|in the loop|share (?:where|more|an update|news)|where things (?:land|stand)|"
    r"timing|next steps|(?:an? |the )?outcomes?|advise|(?:be )?contacted|contact you)\b"
)
_WAIT_WHEN = re.compile(
    r"\b(?:yet|soon|shortly|next week|this week|early next|by (?:monday|tuesday|wednesday|thursday|friday|the end|end of|"
    r"mid-?\w+)|next (?:monday|tuesday|wednesday|thursday|friday)|in (?:a|two|three|a few) (?:days|weeks)|along the way|"
    r"the moment|as soon as|within (?:a|two|three|the next)|right now|currently|still|either way)\b"
)


def _waits(low) -> bool:
    """Whether a sentence of ``low`` says news will come and when (a wait: the reply step).

    >>> _waits("things are moving slower than we hoped, but i expect to have more clarity by next wednesday.")
    True
    >>> _waits("looking forward to speaking with you next week!")
    False
    """
    return any(_WAIT_NEWS.search(s) and _WAIT_WHEN.search(s) for s in _SENTENCES.split(low) if s)


_SENTENCES = re.compile(r"[.!?\n]+")
#: The fallback rule's sorry words alone ("unfortunately"): sorry about a wait when the mail says news will come.
_SORRY_ALONE = re.compile(r"unfortunately|regrettably|leider|malheureusement|lamentablemente|desafortunadamente")
#: "onsite" as a round, not as where a job is done ("Location: Newark, NJ (Onsite)", "Onsite/Hybrid").
_ONSITE = (
    r"\bonsite\b(?<!\(onsite)(?<!/onsite)(?<!hybrid onsite)(?<!remote onsite)(?<!or onsite)(?<!\d days onsite)"
    r"(?!\)|\s*/|,? (?:or |and )?(?:remote|hybrid)|(?: \d)? days?\b| role| position| job| work| only| presence)"
)
#: An agency's words of a submission, read both as the application's step (``EVENT_RULES``) and as the sign of an
#: agency writing (``mail_rules._AGENCY_SUBMISSION``): naming its client ("I've presented your resume to Summit Legal",
#: "I've shared your profile with the hiring team at Brightwave Energy", "your application has gone to Ridgeway
#: Capital", "Your CV is now with Helix Biotech", "You're officially submitted to Lumen Robotics", "Got you submitted
#: over at Orchard Foods") or not yet ("I have endorsed your application to our client, a US healthcare account",
#: "Gracias por enviarme tu CV. Ya lo compartí con mi cliente, una empresa del sector retail").
_AGENCY_SUBMITS = (
    r"(?:i'?ve|i have|we'?ve|we have|just) (?:now )?(?:submitted|sent|forwarded|passed|presented|introduced|shared)"
    r"(?: over| across| along| on)? (?:you|your (?:cv|resume|résumé|profile|details|application|candidacy))"
    r"(?: over| across| along| forward| in| through)? (?:to|with) (?!you\b|me\b|us\b|them\b|the hiring manager\b|our hiring|the team\b|"
    r"our team|my team|a few|some|several|other|a couple|my colleague|a colleague|our colleague|my manager|my boss)\w",
    r"your (?:application|cv|resume|résumé|profile) (?:has gone|went|is now) (?:over )?(?:to|with) "
    r"(?!(?:you|me|us|them|our|the|my|your|a|an|their|its)\b)\w",
    r"you(?:'?re| are|'?ve been| have been) (?:now |officially |formally )?submitted (?:to|at|with)\b",
    r"got you submitted\b",
    # a British agency's "your CV has been sent to Larkfield Homes", "your details have been passed on to Fenwick"
    r"your (?:cv|resume|résumé|profile|details|application) (?:has|have) (?:now )?been (?:sent|submitted|forwarded|"
    r"passed|presented) (?:over |across |on )?to (?!(?:you|me|us|them|our|the|my|your|a|an|their|its)\b)\w",
    r"(?:endorsed|shared|referred|introduced|recommended|submitted|presented) (?:you|your (?:cv|resume|résumé|profile|"
    r"details|application|candidacy)) (?:on |over |across )?(?:to|with) (?:my|our|the) client\b",
    r"(?:lo |la )?(?:compartí|he compartido|envié|he enviado|presenté|mandé) (?:tu (?:cv|perfil|candidatura) )?"
    r"(?:con|a|al) (?:mi|nuestro) cliente\b",
    # "Sent your resume to Polaris Energy for the Senior Analyst contract", "Confirming your submission to Northwind
    # Health", "Your resume is now in front of the hiring manager at Lumen Robotics", "He enviado tu CV a Helios
    # Energía para la posición de Analista"
    r"(?:^|[.!?\n]\s*)sent your (?:cv|resume|résumé|profile|details) (?:over |across )?to (?!you\b|me\b|(?:the|our|my) "
    r"(?:hiring|team|manager|recruit))\w",
    r"confirm(?:s|ing|ed)? your submission (?:to|for|with) (?!you\b|me\b)\w",
    # "your profile is now with the hiring manager at Crestline Bank", "Your CV is with Ashdown Insurance now"
    r"your (?:cv|resume|résumé|profile|application|details) is (?:now )?with (?:the (?:hiring (?:manager|team)|team|"
    r"recruiting team) (?:at|of) )?(?!(?:you|me|us|them|our|my|your|a|an|their|its|the)\b)\w",
    r"(?:passed|sent|forwarded) your (?:details|cv|resume|résumé|profile) on to\b",
    # "you've been shortlisted and presented to our client Meadowbrook Foods"
    r"(?:presented|introduced|submitted) (?:you )?to (?:our|my) client\b",
    r"(?:sent|submitted|forwarded) on your behalf (?:to|for|at|with)\b",
    r"(?:i|we) (?:have |'ve )?applied on your behalf\b",
    r"(?:profile|cv|resume|résumé|application|details) (?:has|have) been shared with (?!(?:you|me|us|them|our|the "
    r"hiring|my)\b)\w",
    # "wir haben Ihre Bewerbung an die Firma Rheinblick GmbH weitergeleitet"
    r"(?:ihre|deine) (?:bewerbung|bewerbungsunterlagen|unterlagen|profil|cv|lebenslauf) an (?:die firma|das unternehmen"
    r"|die|den|das) [^.\n]{1,60}\b(?:weitergeleitet|übermittelt|geschickt|gesendet|vorgestellt)",
    r"(?:he|hemos) (?:enviado|compartido|presentado|remitido) (?:tu|su) (?:perfil|cv|candidatura|hoja de vida|"
    r"currículum) a (?:la empresa|la compañía)\b",
    # "J'ai transmis votre CV à la société Garonne Énergie", "j'ai positionné votre candidature auprès de mon client",
    # "votre dossier a été présenté à la société Saône Logistique"
    # "te he propuesto para un proceso con uno de nuestros clientes", "le hemos presentado a nuestro cliente"
    r"(?:te|le|os) (?:he|hemos) (?:propuesto|presentado|postulado) (?:para|a|al|en|ante) (?:un proceso|una posición|el "
    r"puesto|la vacante|nuestro cliente|mi cliente|uno de nuestros clientes)\b",
    r"(?:présenté|transmis|envoyé|soumis|proposé|positionné) votre (?:candidature|cv|profil|dossier) (?:à|au|auprès "
    r"de|chez) (?:la société|l'entreprise|mon client|notre client)\b",
    r"votre (?:candidature|cv|profil|dossier) a été (?:présentée?|transmise?|envoyée?|soumise?|positionnée?) (?:à|au|"
    r"auprès de|chez) (?!vous\b|moi\b|nous\b)\w",
    r"your (?:cv|resume|résumé|profile|application) is (?:now )?in front of\b",
    r"(?:he enviado|envié|he presentado|presenté|he compartido|compartí|he mandado|mandé) (?:tu|su) (?:cv|perfil|"
    r"candidatura|hoja de vida|currículum) (?:a|al|con) (?!(?:ti|usted|mí|el equipo|la empresa|el área|el cliente|"
    r"mi cliente|nuestro cliente)\b)[A-ZÁÉÍÓÚÑ\w]",
)

EVENT_RULES = [
    (
        # an e-signature service's word that the offer letter is signed by everyone: the person's acceptance
        # (DocuSign's "Completed: Please DocuSign: Offer Letter", Dropbox Sign's "Everyone has signed")
        "accepted",
        _any(
            r"(?:everyone|all parties|all signers) (?:has|have) signed[^\n]{0,60}\b(?:offer|contract|employment)",
            r"(?:offer|contract|employment)[^\n]{0,60}\b(?:has been|was) (?:signed|completed) by (?:all parties|everyone|"
            r"all signers)",
            r"^completed:? [^\n]{0,60}\b(?:offer|employment (?:agreement|contract))",
            # a careers portal's confirmation of the person's yes: "Thank you for accepting our offer", "Offer
            # Accepted", "Status: Offer Accepted"
            r"thank(?:s| you) for accepting (?:our|the|this|your) (?:[\w-]+ )?offer",
            r"^offer accepted\b",
            r"status: (?:offer )?accepted\b",
        ),
    ),
    (
        # a careers portal's record of the person's own withdrawal: "Status: Candidate Withdrew", "your application
        # was withdrawn at your request"
        "withdrew",
        _any(
            r"candidate withdrew",
            r"status: withdrawn by (?:the )?candidate\b",
            r"withdrawn at your request",
            r"you (?:have |'ve )?(?:successfully )?withdrawn your application",
            # an employer's confirmation: "We have received your request to withdraw your application ... Your
            # application has been successfully withdrawn", "Ihre Bewerbung wurde zurückgezogen", "votre candidature a
            # bien été retirée", "tu candidatura ha sido retirada"
            r"(?:received|processed) your request to withdraw\b",
            r"your application (?:for [^.\n]{1,80} )?(?:has been|was|is now) (?:successfully )?withdrawn\b"
            r"(?! by (?:the|our) (?:company|employer|recruiter))",
            r"(?:ihre|deine) bewerbung (?:wurde|ist) (?:erfolgreich )?zurückgezogen",
            r"(?:votre|ta) candidature a (?:bien )?été retirée",
            r"(?:tu|su) candidatura (?:ha sido|fue) retirada",
        ),
    ),
    (
        "rejected",
        _any(
            # a job site's state of an application set by the employer: InfoJobs' "Nuevo estado: Descartado"
            r"(?:(?:nuevo |new )?(?:estado|status|estatus)(?: (?:de|of) (?:tu|su|your) (?:candidatura|postulación|application))?\s*:\s*)(?:descartad[oa]|no seleccionad[oa]|rechazad[oa]|no apt[oa])\b",
            # ... and "ha cambiado el estado de tu candidatura a «Descartado»", "changed the status of your application
            # to "Not selected""
            r"(?:estado|status|estatus) (?:de|of) (?:tu|su|your) (?:candidatura|postulación|application) (?:a|to) "
            r"[«\"'“]?(?:descartad[oa]|no seleccionad[oa]|rechazad[oa]|no apt[oa]|rejected|not selected|declined|"
            r"unsuccessful)\b",
            # "El estado de tu candidatura a la oferta Técnico/a de Logística de Hortas Alimentación ha cambiado a
            # «Descartado»": the offer's name between, the new state after "ha cambiado a"
            # (or the state after a colon: "ha actualizado el estado de tu candidatura a la oferta Responsable de
            # Marketing: Descartado")
            r"(?:estado|status|estatus) (?:de|of) (?:tu|su|your) (?:candidatura|postulación|application)\b[^\n]{0,160}?"
            r"(?:\b(?:ha cambiado|cambió|has changed|changed) (?:a|to) |:\s*)[«\"'“]?(?:descartad[oa]|no seleccionad[oa]|"
            r"rechazad[oa]|no apt[oa]|rejected|not selected|declined|unsuccessful)\b",
            # an agency's word for a client's no: "Whitmore passed - they're looking for someone with more fund work"
            r"(?<!you )(?<!you've )(?<!you have )(?<!has )(?<!have )(?<!had )(?<!just )\bpassed\s*(?:[-–—;!]|\.(?:\s|$))",
            # "Thornbury Homes have come back to say they'll pass on this occasion"
            # (not "We'll pass on your application to the hiring manager": passed along)
            r"(?:will|'ll|are going to|have decided to|decided to) pass (?:on (?:this occasion|this one|this time|you|"
            r"your (?:profile|candidacy|application))|this time)\b(?! (?:to|along|over)\b)",
            # an end client's answer through IT staffing: "Calloway Systems has rejected the profile"
            r"(?:has|have) (?:rejected|declined|turned down|passed on) (?:the|your) (?:profile|candidacy|candidate|"
            r"application|cv|resume|submission)\b",
            # a campus test's "Your NQT score does not meet the cut-off for this hiring cycle"
            r"(?:does|did) not (?:meet|clear|reach) the (?:minimum )?cut-?off\b",
            # "HHC passed on this one - they want someone with more Epic experience" (a client's no, relayed)
            r"(?<!you )(?<!i )(?<!we )\b(?:passed|are passing|is passing) on (?:this one|you|this occasion|this time)\b"
            r"(?! (?:to|along|over)\b)",
            # Dutch
            r"helaas[^.\n]{0,80}\b(?:niet verder|andere kandida|niet op jou|niet op u|afgewezen|niet in aanmerking|geen (?:vervolg|uitnodiging))",
            r"(?:besloten|beslist|gekozen) (?:om )?(?:niet verder|een andere kandida|voor een andere kandida)",
            r"(?:keuze|voorkeur) (?:is )?niet op (?:jou|u) (?:gevallen|uitgevallen)",
            r"niet (?:verder )?in behandeling (?:nemen|genomen)",
            r"(?:je|uw) (?:sollicitatie|kandidatuur) (?:is |werd )?afgewezen",
            r"regret to inform",
            r"not (?:to )?(?:be )?mov(?:e|ing) forward",
            r"(?:won'?t|will not|wont) be (?:moving|going|proceeding) (?:forward|ahead)",
            r"we regret\b",
            r"regret that",
            r"not (?:been )?short-?listed",
            r"(?:close|closed|cancel+ed|withdrawn) (?:this|the) (?:position|role|requisition|opening)",
            r"not be filling",
            # "the requisition has been put on hold and will not be filled at this time"
            r"(?:not|no longer) be (?:filled|filling)",
            r"hold(?:ing)? off on (?:hiring|filling)",
            r"(?:did|does|do) not (?:fully )?meet the (?:minimum |essential |key )?(?:qualifications|requirements|"
            r"criteria)\b",
            # "after the final round the team decided not to extend an offer"; "This one is a no for now"
            r"(?:decided|chose|opted|will) not (?:to )?(?:extend|make|be extending|be making) (?:you )?an? offer\b",
            r"\b(?:this|it)(?: one)?(?:'s| is) a no\b(?!-)",
            # "The team has made a hire for this role"
            r"(?:made|have made|'ve made|has made) (?:a|the|their|our) hire\b",
            # an offer taken back: "we have to rescind the offer", "your offer has been withdrawn"
            r"rescind(?:ed|ing)? (?:the|your|our|this) (?:job |employment |conditional )?offer",
            r"offer (?:has been|was|is being|will be) (?:rescinded|withdrawn|revoked)",
            # the federal touchpoints' no: "you were found ineligible", "was not referred to the hiring manager",
            # "another applicant has been selected for this position"
            r"(?:found|are|were|rated) (?:ineligible|not qualified|not eligible)\b",
            r"(?:not|n't) (?:been )?referred to the (?:hiring|selecting)",
            # USAJOBS' status word and its reason: "has been updated: Not Referred. You were not among the best
            # qualified candidates"
            r"(?:updated|status)\W{1,3}(?:to\W{1,3})?not referred\b",
            r"not among the (?:best[- ]qualified|most qualified|highest[- ]qualified|top) (?:candidates|applicants)",
            r"(?:another|a different|an?other) (?:candidate|applicant|person) (?:has|had|was) (?:been )?(?:selected|"
            r"chosen|hired)",
            # "you were not the selected candidate"; "your candidature has not been considered for the said position"
            r"not the (?:selected|successful|chosen|preferred) (?:candidate|applicant)",
            r"(?:candidature|candidacy|application|profile) (?:has|have) not been (?:considered|shortlisted|selected|"
            r"taken forward|progressed)",
            r"will not be considered further",
            # "la vacante ha quedado desierta", "el proceso de selección para esta posición ha finalizado"
            r"(?:vacante|puesto|plaza|posición|oferta)\b[^.\n]{0,60}(?:ha quedado|queda) desiert[ao]",
            r"proceso de selección\b[^.\n]{0,60}(?:se ha cerrado|ha finalizado|ha concluido|ha sido cancelado)",
            # "we're going to pass for now" (not "we'll pass your resume along")
            r"(?:going to|decided to|have to|'ll|will) pass(?: on (?:your (?:application|candidacy)|this one|"
            r"moving forward))?(?= for now|[.,;!\n]| at this| this time)",
            r"(?:position|role|opening) is no longer (?:available|open)",
            r"unable to consider",
            r"decided to (?:move forward|proceed|pursue) (?:with )?other",
            # "the hiring team has decided to explore other options"
            r"(?:decided|chosen|choose|chose|going) to explore other (?:options|candidates|applicants|directions)",
            # ("we are still interviewing other candidates" is a wait: the reply rule below reads it)
            # (the look-behinds after "other": a phrase that starts with one makes every phrase slow, and one
            # after its first letter is tried at every "o")
            r"other(?<!interviewing other)(?<!meeting other)(?<!meeting with other)(?<!speaking with other)"
            r"(?<!speaking to other)(?<!talking to other)(?<!talking with other) candidates",
            r"(?:have|has) not been selected",
            # a marketplace's "St. Joseph's Hospital declined your application for this position"
            r"\b(?:has |have )?declined your (?:job )?(?:application|candidacy|submission|profile)\b",
            # a recruiter's "Sidley has passed - they're looking for more fund formation experience", "they've passed
            # on your candidacy" (not "has passed away", nor "you have passed the exam": a word after it; nor "once the
            # closing date has passed.": a time's)
            r"\b(?<!date )(?<!deadline )(?<!time )(?<!period )(?<!window )(?<!week )(?<!weeks )(?<!day )(?<!days )"
            r"(?<!month )(?<!months )(?<!year )(?<!hour )(?<!hours )(?<!moment )(?<!stage )(?<!point )(?<!law )"
            r"(?<!bill )(?<!exam )(?<!test )(?:has|have) passed\s*(?:[-–—,.;:!]|$)",
            r"\b(?:have |has |'ve |decided to |will |going to )pass(?:ed)? on (?:you|your (?:candidacy|profile|application|"
            r"resume|cv|materials))\b",
            # "we will be pursuing other applicants at this time"
            r"(?:be |are |is )?pursuing other (?:candidates|applicants|profiles)",
            r"(?:chosen|selected|picked|hired|gone with|going with|went with|offered the (?:role|position|job) to) an? "
            r"(?:candidate|applicant) (?:with|who|whose)",
            # "we have selected candidates with pediatric critical care experience"
            r"(?:have|has|we) (?:selected|chosen|identified|found) (?:other )?(?:candidates|applicants) (?:with|who|whose)",
            # "the team has chosen to prioritize candidates with clinical data experience"
            r"(?:chosen|chose|decided|opted|going) to (?:prioriti[sz]e|focus on|favou?r) (?:other )?(?:candidates|"
            r"applicants|profiles)",
            r"not selected",
            r"position has been filled",
            # Canada's federal public service: "you have been screened out of this selection process"
            r"(?:have been|has been|were|was) screened out\b",
            # "We have filled all openings for this role at store T2215"
            r"(?:have|has) (?:now )?filled (?:all|the|our) (?:\w+ )?(?:openings|positions|vacancies|roles|spots)\b",
            r"will not be proceeding",
            r"no longer under consideration",
            r"not a match at this time",
            r"move forward with (?:a |the )?(?:candidates?|applicants?|someone) (?:who|whose)",
            r"(?:selected|chosen|hired|recommended|picked|preferred|offered the (?:role|position) to) (?:another|"
            r"a different|an?other) (?:candidate|applicant|person)",
            # "the position has now been offered to a candidate whose experience best matched"
            r"(?:has|have) (?:now )?been offered to (?:a|another|the|an?other) (?:candidate|applicant|finalist)",
            # an agency relaying its client's no: "have decided to progress candidates with more B2B SaaS experience"
            r"(?:decided|chosen|opted) to (?:progress|advance|take forward|shortlist|interview) (?:other )?"
            r"(?:candidates|applicants)\b",
            # "the position was ultimately given to a colleague from our Fresno site"
            r"(?:position|role|job|post) (?:was|has been|had been) (?:ultimately |eventually |now )?(?:given|offered|"
            r"awarded) to\b",
            # "we are not inviting you to the next stage"
            r"(?:not|n't)\s+(?:be\s+)?(?:inviting|scheduling|arranging|progressing|advancing)\s+you\b",
            # (and Britain's "post": "The post has now been filled")
            r"(?:role|position|job|vacancy|opening|post) (?:has|had) (?:now )?been filled",
            r"accepted by (?:another|a different|an?other) (?:candidate|applicant|person)",  # "offered to and ..."
            r"(?:have|has) (?:now )?filled (?:the|this|our) (?:[\w-]+ ){0,4}(?:role|position|opening|vacancy|job)\b",
            # an agency's "Phil liked you but he went with a rep who already calls on the hospitals"
            r"\b(?:went|has gone|have gone|decided to go|chose to go|opted to go) with (?:a|an|another|someone|somebody|"
            r"the other|a different) (?:[\w-]+ ){0,2}?(?:candidate|rep|representative|person|applicant|hire|one|who|that|"
            r"with|from)\b",
            # "the team decided to hire an internal candidate", "the role will be filled internally"
            r"(?:hire|hired|hiring|with|selected|chosen|chose|to) an internal (?:candidate|applicant)",
            # (an agency's "they've filled it internally")
            r"(?:fill|filled|filling|hire|hired|hiring)(?: it| (?:the|this) (?:role|position|post|job|vacancy))? "
            r"internally\b",
            # a school's "St Anne's have decided to appoint internally", "appointed an internal candidate"
            r"(?:appoint|appointed|appointing|recruit|recruited|recruiting)(?: (?:the|this) (?:role|position|post))? "
            r"(?:internally|from within)\b|\bappoint(?:ed|ing)? an internal (?:candidate|applicant)",
            # "we've decided to promote from within for this role"
            r"(?:decided|chosen|chose|going|opted) to promote (?:from within|internally|someone (?:from within|"
            r"internally|on (?:our|the) team))",
            # an agency's "He's decided to promote one of the floaters into the role"
            r"(?:decided|chosen|chose|going|opted) to promote (?:one of (?:our|the|his|her|their) [\w-]+|someone|"
            r"an? [\w-]+) (?:in)?to (?:the|this|that) (?:role|position|desk|job)\b",
            # "we have determined that you are not a fit for this position at this time"
            r"(?:you are|you're|you were|you're not|is|was) not (?:a|the) (?:right |good |strong |close )?(?:fit|match) "
            r"for (?:this|the|our)\b",
            # "we don't think it's the right match for this particular role right now"
            r"(?:not|n't) (?:think|feel|believe) (?:it'?s|it is|this is|you are|you're|there is|there's) (?:the |a )?"
            r"(?:right|good|strong) (?:match|fit)\b",
            # "you were not among the candidates selected to continue in the process"
            r"not (?:among|one of) (?:the )?(?:\w+ )?(?:candidates|applicants|finalists) (?:selected|chosen|invited|"
            r"shortlisted|who (?:will|were|are))\b",
            r"unsuccessful\b",
            r"not (?:been )?successful",
            r"not (?:be )?progress(?:ing)? (?:with )?your application",
            r"decided not to (?:proceed|progress|continue)",
            r"(?:unable|not able) to offer you",
            r"(?:going|go) in a different direction",
            # an agency's "Albion have gone another way, they've taken someone who's done it before"
            r"(?:have|has|'ve|'s|are|is|'re) (?:gone|going|went) (?:another|a different|an?other) (?:way|direction|route)\b",
            r"(?:have|has|'ve) gone in (?:another|a different|an?other) direction\b",
            r"(?:go|going|proceed|move forward) with (?:another|a different|an?other|other) (?:candidate|applicant)",
            r"not (?:to )?proceed with your (?:candidacy|application)",
            r"(?:pursue|proceed with|move forward with|continue with|go with) (?:other |another |different )?"
            r"(?:candidates?|applicants?|profiles?) (?:whose|who|that|with)\b",
            r"keep your (?:resume|résumé|cv|information|details|profile|work|portfolio) on file",
            # a studio answering a portfolio sent unasked: "We are not hiring at the moment, but ..."
            r"(?:we are not|we're not|we aren't|we are currently not) (?:currently |actively )?hiring (?:at the moment|"
            r"right now|at this time|currently|for (?:this|that|any) (?:role|position))\b",
            # composed: a negation before a verb of going on ("will not be moving your application forward")
            # ("n't" inside "aren't"/"won't" has no word boundary before it)
            r"(?:not|n't|unable to|cannot)\s+(?:be\s+)?(?:able to\s+)?(?:move|moving|"
            r"proceed|proceeding|progress|progressing|advance|advancing|continue|continuing|take|taking|go|going|"
            r"pursue|pursuing)\b[^.\n]{0,40}\b(?:forward|further|ahead|application|candidacy|candidature|process|"
            r"(?:interview|next|final) (?:stage|round|step))",
            r"(?:not|n't) allow us to (?:take|move|bring|progress|proceed|consider)",
            r"(?:not|n't) the right time to (?:bring you|hire|move forward|add)",
            # "we will not be scheduling an interview", "decided not to invite you to the next round of interviews"
            # (not "we can't schedule the interview until Monday": a wait)
            r"(?:will not be|won't be|not be|not to|unable to|not able to)\s+(?:schedul\w+|invit\w+|arrang\w+)\s+"
            r"(?:you\s+)?(?:to\s+|for\s+)?(?:an?\s+|any\s+|the\s+|further\s+)?(?:next\s+|second\s+|final\s+)?"
            r"(?:interviews?|round|stage)\b",
            # "your skills and experience are not what we are looking for at this time"
            r"not what (?:we are|we're|we were|the team is|the team was) looking for",
            r"(?:it'?s|it is) a (?:no|pass) (?:from us|for now|this time)",
            # a portal's status field: "your candidate status ... has been updated to: Declined"
            r"status\b[^.\n]{0,60}\b(?:updated|changed|set) to:? [\"']?(?:declined|rejected|not selected|"
            r"not moving forward|unsuccessful|no longer under consideration)\b",
            r"(?:hire|hired|hiring) (?:someone|somebody|a candidate|another candidate|an applicant) (?:whose|who|with)\b",
            r"(?:concluded|completed|closed|finished) (?:our|the) search and (?:have )?(?:selected|hired|chosen)",
            r"(?:selected|chosen|identified) (?:a|another) candidate for (?:the|this) (?:position|role)",
            r"(?:not|n't|unable to|cannot)\s+(?:be\s+)?(?:able to\s+)?(?:extend|extending|make|making)\s+(?:you\s+)?"
            r"(?:an offer|a callback|an? (?:interview )?invitation|an interview)",
            r"(?:not|n't|unable to|cannot)\s+(?:be\s+)?(?:able to\s+)?(?:offer|offering|"
            r"select|selecting|extend|extending)\s+you\b",
            # (not "we're still working on filling this position": a wait)
            r"(?:fill|filled|filling)(?<!working on fill)(?<!working on filling)(?<!still filling) (?:the|this) "
            r"(?:role|position|internship|job|opening|vacancy|spot|place)",
            r"ended up (?:going|hiring|choosing|selecting|filling|moving)",
            r"(?:hire|hired|hiring|go with|gone with|chosen|selected|select|picked|offer(?:ed)? the (?:role|position) "
            r"to)\s+(?:someone|somebody) else",
            r"no longer (?:being )?consider",
            r"did not make it (?:to|into|through|past)",
            r"(?:does|do|did) not (?:match|meet|fit|align with) (?:our|the) (?:current )?(?:needs|requirements|criteria)",
            r"reject(?:ed|ing)? your (?:application|candidacy)",
            # (not "we'll pass on your application to the hiring manager")
            r"pass on your (?:application|candidacy)\b(?! (?:to|along|over|on to|onto)\b)",
            r"(?:decided|chosen|opted) (?:not|against) (?:to )?(?:advance|advancing|move|moving|proceed|progress|"
            r"continue|pursue)",
            r"chosen (?:another|a different) (?:candidate|applicant)",
            r"(?:continue|proceed|move forward|go ahead)(?: the process| the recruitment)? with (?:other |another |"
            r"different )?(?:candidates?|applicants?|profiles?)\b",
            r"(?:isn'?t|is not|wasn'?t) (?:better|the) news",
            r"(?:won'?t|will not) be proceeding\b",
            r"hold off on (?:this|the) (?:hire|hiring|role|position)",
            r"nicht (?:weiter ?|mehr )?(?:zu )?(?:weiter)?verfolgen",
            # "dass wir uns nicht für Sie entschieden haben", "gegen Ihre Bewerbung entschieden"
            r"(?:nicht|gegen) (?:für )?(?:sie|dich|ihre bewerbung|deine bewerbung) entschieden",
            r"für (?:einen|eine) mitbewerber(?:in)? entschieden",
            r"entschieden,? (?:ihre bewerbung )?nicht",
            r"keine positive rückmeldung",
            r"retenu (?:un|une) autre (?:candidat|candidature|profil)",
            # "Après examen de votre profil, nous avons retenu d'autres candidatures"
            r"(?:avons|a|ont) (?:finalement )?retenu d'autres (?:candidat|candidate|candidature|profil)s?\b",
            # "your skills don't quite align with what the team needs", "yours was not among those selected for
            # interview"
            r"(?:skills|experience|background|profile|qualifications) (?:do(?:es)?n't|do(?:es)? not) (?:quite |fully )?"
            r"(?:align|match|fit)\b",
            r"\bnot (?:among )?(?:those )?selected (?:for (?:an? )?interview|to (?:proceed|progress|move forward))\b",
            # "On a finalement choisi un autre candidat"
            r"(?:choisi|sélectionné|pris) (?:un|une) autre (?:candidat|candidate|candidature|profil|personne)\b",
            # "no has quedado seleccionada para continuar en el proceso"
            r"no (?:has|ha) quedado seleccionad[oa]s?\b",
            # an owner's "Position's been filled.", "we filled the spot", "we hired someone already", "Went with someone
            # with more booth time"
            # (not a receipt's "applications are accepted until the position is filled")
            r"(?<!until the )(?<!till the )(?<!once the )(?<!when the )(?<!before the )(?<!until this )"
            r"\b(?:position|job|role|spot|opening)(?:'s| has| is) (?:been |now )?filled\b",
            r"\bwe (?:filled|have filled|'ve filled) (?:the|that) (?:spot|position|job|role|opening)\b",
            r"\bwe (?:hired|'ve hired|have hired) someone\b",
            r"\b(?:went|going|gone) with someone (?:with|who|else)\b",
            r"\bgoing to pass for now\b|\bwe'?re going to pass\b",
            # a founder's "gonna pass on this one - we need someone more senior"
            # (not "we'll pass on your application to the hiring manager")
            r"\b(?:going to|we'?ll|we will|have to|need to|decided to) pass on (?:this one|you|your application)\b"
            r"(?! (?:to|along|over)\b)",
            # Québec: "on a décidé d'aller avec quelqu'un qui a plus d'expérience", "aller de l'avant avec d'autres
            # candidatures"
            r"(?:décidé|choisi) d'aller (?:de l'avant )?avec (?:quelqu'un|un autre|une autre|d'autres)\b",
            r"aller de l'avant avec (?:un autre|une autre|d'autres) (?:candidat|candidature|profil)",
            r"\bne\b[^.\n]{0,40}(?:donner )?(?:une )?suite favorable",
            r"pas (?:pu )?(?:donner )?(?:une )?suite favorable",
            r"regrett\w+ de (?:ne pas|vous (?:informer|annoncer))",
            r"(?:did not|didn't|won't|will not|not to) select\w*(?: \w+)? for (?:further|the next)",
            r"no (?:podemos|vamos a|seguiremos|continuaremos) (?:avanzar|continuar|seguir)",
            r"not (?:be )?mov(?:e|ing) (?:you|your application|your candidacy) forward",
            r"(?:\bsie\b|\bdich\b|ihre bewerbung|deine bewerbung)[^.\n]{0,60}nicht (?:weiter |mehr )?berücksichtig",
            r"müssen wir ihnen (?:leider )?mitteilen",
            r"au regret",
            r"(?:ne|pas) donn\w* pas suite|pas (?:de )?suite (?:favorable )?à votre candidature",
            r"absage(?! oder)(?<!oder absage)(?<!terminabsage)",
            r"anderen? (?:kandidat|bewerber)",
            r"pas été retenue?",
            r"ne pas donner suite",
            r"pas retenu",
            r"no ha(?:s)? sido seleccionad",
            r"no continuar",
            # a decision for someone else, however it is worded ("decided to go with a candidate whose ...",
            # "moving ahead with other applicants", "identified other applicants whose experience ...")
            r"(?:go|going|gone|move|moving|moved|proceed|proceeding|continue|continuing|pursue|pursuing|progress|"
            r"progressing)(?: (?:forward|ahead|on))? with (?:an?|another|other|different|some|the)? ?(?:\w+ ){0,2}"
            r"(?:candidates?|applicants?|profiles?|individuals?|people|folks|someone|somebody|others)\b",
            r"(?:other|another|different) (?:candidates?|applicants?|profiles?) (?:whose|who|that)",
            r"more closely (?:align|match|fit|meet)",
            r"(?:closing(?! date)|closed|pausing|paused|pause|cancel+ing|put on hold|on hold)[^.\n]{0,20}\b(?:the|this) "
            r"(?:role|position|search|requisition|opening|vacancy)",
            r"(?:role|position|search|requisition|opening|hiring) (?:is|has been|was) (?:now )?(?:on hold|paused|"
            r"closed|cancel+ed)",
            r"(?:best of luck|good luck|(?:every|much) success|all the best|the best of luck|well) (?:with|in) your "
            r"(?:job )?(?:search|future (?:endeavou?rs|career)|career search)",
            r"future endeavou?rs",
            # French, Spanish, German: another profile chosen; the closing wishes of a refusal
            r"poursuivre (?:le |notre )?(?:processus |recrutement )?avec (?:d'autres|des|un autre|une autre|"
            r"un|une) (?:candidat|profil)",
            r"(?:fait|porté) (?:le |notre )?choix (?:d'un|d'une|sur un|sur une) (?:autre )?(?:profil|candidat)",
            # ("le client a finalement opté pour un autre profil")
            r"(?:avons|a|ont) (?:finalement )?opté pour (?:un|une) autre (?:candidat|candidate|candidature|profil)",
            # (and "Qonto a finalement choisi un profil plus junior")
            r"(?:avons|a|ont) (?:finalement )?(?:retenu|choisi|sélectionné|privilégié) (?:un|une|la|le) (?:autre )?"
            r"(?:candidat|candidate|candidature|profil)",
            r"correspond(?:ent|ait)? (?:davantage|mieux|plus)",
            r"(?:belle|bonne) continuation",
            r"(?:succès|réussite) dans (?:vos|la suite de vos) (?:recherches|démarches)",
            r"(?:éxito|suerte) en (?:tu|su) (?:búsqueda|futuro)",
            r"für ihre (?:berufliche|weitere) zukunft",
            r"viel erfolg (?:bei|für) (?:ihrer|ihre) (?:weiteren )?(?:suche|stellensuche|beruflichen)",
            r"(?:decid|chose|chosen|opted|elected)\w*\b[^.\n]{0,60}\b(?:another|a different|other) (?:direction|"
            r"finalists?|candidates?|applicants?|person|people|profiles?)",
            r"(?:move|moving|go|going|head|heading) in (?:a|another) (?:different|new) direction",
            r"(?:offer|role|position) (?:to|with) (?:another|a different|an?other) (?:finalist|candidate|person)",
            r"other finalists?",
            r"(?:focus|concentrate) on (?:other )?(?:candidates|applicants|profiles) (?:whose|who|that|with)",
            r"encourage you to (?:re-?)?apply (?:to|for) (?:other|future)",
            r"no longer accepting (?:candidates|applications|applicants)",
            r"(?:requisition|position|role|opening|vacancy|job|posting)\b[^.\n]{0,70}\b(?:has been|was|is) (?:now )?"
            r"(?:cancel+ed|closed|filled|on hold|paused|withdrawn)",
            # ("todavía está entrevistando a otros candidatos" is a wait: the reply rule below reads it)
            # (nor "una dinámica de grupo con otros candidatos": a round shared with them)
            r"otr(?<!entrevistando a otr)(?<!entrevistando otr)(?<!conociendo a otr)(?<!grupo con otr)[oa]s? "
            r"(?:perfil|perfiles|candidat[oa]s?|persona)",
            r"no (?:seguiremos|continuaremos|avanzaremos) con (?:tu|su) (?:proceso|candidatura|postulación)",
            r"(?:decidió|decidimos|hemos decidido|ha decidido) avanzar con (?:un|una) (?:candidat|perfil|persona)",
            r"no (?:fue|ha sido|has sido|fuiste) seleccionad",
            r"se ajusta(?:n)? (?:más|mejor)",
            r"einen anderen (?:kandidaten|bewerber)|eine andere (?:kandidatin|bewerberin)",
            r"on this occasion",
            r"not (?:been )?progressed",
            r"(?:decided|chosen|opted) not to take (?:it|this|your application|you|your candidacy) (?:forward|further)",
            r"not to (?:take|move|progress) (?:it|this|your application|you) (?:forward|further)",
            r"(?:gone|went|go) with (?:someone|somebody|another|a different|an?other)",
            r"reserve list",
            r"en esta ocasión",
            r"seguir adelante con otr",
            r"otras candidaturas",
            r"encaj(?:a|an|en) mejor",
            r"(?:optado|decidido|elegido|apostado) (?:por|seguir con|continuar con) otr",
            r"(?:descartado|desestimado) (?:tu|su) candidatura",
            r"candidatura (?:ha sido |fue )?(?:descartada|desestimada)",
            r"(?:puesto|vacante|posición|plaza) (?:ya )?(?:ha sido|fue|está) cubiert",
            r"se ha cubierto (?:la|el) (?:posición|puesto|vacante|plaza)",
            # an agency's "el cliente ha cubierto el puesto con una persona de su propia plantilla"
            r"(?:ha|han|hemos|habían|había) cubierto (?:ya )?(?:la|el) (?:posición|puesto|vacante|plaza)",
            # ("le poste d'Analyste Flux a été pourvu en interne")
            # an Argentine consultora's "la empresa decidió congelar la posición, así que la búsqueda fue cerrada"
            r"(?:la )?búsqueda (?:fue|ha sido|quedó|se ha) (?:cerrada|cancelada|suspendida|congelada|cerrado|cancelado)",
            r"(?:decidió|decidieron|ha decidido|han decidido) (?:congelar|cancelar|cerrar|pausar|suspender) (?:la|esta) "
            r"(?:posición|búsqueda|vacante|posicion)",
            # ("Te informamos de que la posición ha quedado cubierta")
            r"(?:posición|vacante|puesto|plaza|oferta) (?:ya )?(?:ha quedado|ha sido|está|quedó|fue) cubiert[ao]",
            # an ETT's "el cliente ha cubierto las vacantes de este proceso"
            r"(?:ha|han|hemos) cubierto (?:ya )?(?:la|las|el|los) (?:vacantes?|puestos?|plazas?|posiciones?)\b",
            # a relief agency's "Karori West have let me know they've appointed someone from their relief list"
            r"(?:has|have|'ve|had) appointed (?:someone|somebody|another (?:applicant|candidate|person|teacher)|an? "
            r"(?:internal|different|other) (?:candidate|applicant))\b",
            r"(?:poste|offre)\b[^.\n]{0,60}? (?:a été|est déjà|est désormais) pourvue?",
            r"stelle (?:wurde|ist) (?:bereits )?(?:besetzt|vergeben)",
            # "Wir haben uns entschieden, die Stelle intern zu besetzen"
            r"(?:stelle|position|vakanz) intern (?:zu )?(?:besetzen|nachzubesetzen)|intern (?:besetzt|nachbesetzt)",
            r"für (?:eine[nr]?|einen) (?:andere[nr]? )?(?:kandidat|bewerber)(?:in|en)? entschieden",
            r"(?:besser|eher|mehr) (?:zu (?:den|unseren) anforderungen|zur stelle|zu uns) pass",
            r"für (?:eine[nrm]? |einen )?andere[nrm]? (?:kandidat|bewerb|person|profil)\w* entschieden",
            r"(?:mit|für) (?:einer|einem) anderen (?:person|kandidat\w*|bewerb\w*)",
            r"stelle (?:wurde|ist) [^.\n]{0,30}(?:besetzt|vergeben)",
            r"keine positiver\w* (?:nachricht|rückmeldung)",
            r"nicht in die engere auswahl",
            r"(?:decided|chosen|opted|going) to (?:go|move forward|proceed|continue) with (?:an?|another|other|someone) "
            r"(?:\w+[ -]){0,3}?(?:whose|who|that)\b",
            r"(?:avons|ai) le regret",
            r"avec (?:un autre|une autre|d'autres) (?:profils?|candidat\w*)",
            r"ne correspond(?:ent)? pas (?:(?:tout à fait|exactement|entièrement|pleinement) )?(?:au|à|aux) (?:\w+ )?"
            r"(?:profil|poste|besoins|attentes|critères)",
            r"(?:entspricht|entsprechen) (?:leider )?nicht (?:dem|den|unseren)",
            r"für kandidierende entschieden",
            r"keine zusage",
            r"anderweitig entschieden",
            r"privilégier (?:une |un |d'autres |des )?(?:autres? )?(?:candidat\w*|profil\w*)",
            r"stelle mit (?:einer|einem) [^.\n]{0,60}besetz",
            r"für jemand\w*\b[^.\n]{0,60}entschieden",
            r"(?:decidido|optado por) no (?:seguir|continuar|avanzar)",
            r"(?:decidió|decidimos|decidieron|hemos decidido) no (?:seguir|continuar|avanzar)",
            r"no continuar(?:ás|á|as) en el proceso",
            # "te informa que el puesto Analista de Marketing ya fue cubierto", "la vacante ha sido cubierta"
            r"(?:puesto|vacante|posición|plaza|cargo)\b[^.\n]{0,80}\b(?:ya )?(?:fue|ha sido|está) cubiert[ao]\b",
            # "Lamentamos informarte que no continúas en el proceso", "ya no continúa en el proceso"
            r"no contin[uú]a[sn]? (?:participando )?en el proceso",
            r"(?:avanzar|seguir|continuar) con (?:otras |otros )?(?:personas|perfiles|candidat\w*) (?:cuyo|cuya|que|con)",
            r"se alinea(?:n)? más",
            r"no seguir adelante",
            r"(?:role|position|opening|job|vacancy)\b[^.\n]{0,40}\bno longer (?:available|open)",
            r"(?:hiring|role|position|search|requisition|recruitment)[^.\n]{0,12} on (?:pause|hold)",
            # "the Research Associate position has been put on hold indefinitely, and we are closing all applications"
            r"(?:has been|was|is being|have been) put on hold",
            r"closing (?:all|the) (?:applications|candidacies|requisition)",
            r"(?:pause|paused|pausing) (?:this |the |our )?(?:hiring|search|recruitment)",
        ),
    ),
    (
        "offer",
        _any(
            # an apprenticeship's yes: "You have been selected for indenture"
            r"(?:selected|chosen|accepted) for (?:indenture|employment|hire)\b",
            # a campus drive's result: "You have been selected by Vertex Infotech for the role of Graduate Engineer
            # Trainee" (not "selected for an interview", "for the next round")
            r"(?:you have been|you've been|you are|you're|have been) (?:finally )?selected (?:by [^.\n]{1,40}? )?(?:for|as) "
            r"(?:the )?(?:role|position|post|job) (?:of|as)\b",
            # "Great news - the team has approved your offer!"
            r"(?:approved|finali[sz]ed) (?:your|an|the) offer\b(?! letter template)",
            # "nous souhaitons vous recruter au poste d'analyste", "queremos contratarte"
            r"(?:souhaitons|souhaiterions|voulons|aimerions|désirons) vous (?:recruter|embaucher|engager)\b",
            r"(?:queremos|quisiéramos|nos gustaría) (?:contratarte|contratarle|incorporarte|incorporarle)\b",
            # an ETT's "¡Enhorabuena! Hoteles Retiro quiere incorporarte el lunes 3 de marzo"
            r"(?:quiere|quieren|desea|desean) (?:contratarte|contratarle|incorporarte|incorporarle|ficharte)\b",
            # "El cliente es Bodegas Sierra Alta y te quieren hacer una oferta"
            r"(?:te|le) (?:quiere|quieren|queremos|van a) hacer una oferta\b|(?:quiere|quieren) hacer(?:te|le) una oferta\b",
            # "the panel has recommended you for appointment" (not "... recommended another applicant"); "you've got
            # the job!"
            r"recommended you for (?:appointment|the (?:post|position|role))\b",
            r"you(?:'ve| have) got the (?:job|role|position)\b",
            # a travel nurse's recruiter: "YOU GOT THE OFFER!! Start date 10/6"
            r"\byou(?:'ve| have)? got the (?:job|offer|role|position|contract|assignment)\b(?! (?:at|with) (?:another|a different))",
            # a studio's booking: "We'd like to book you for 14 weeks on an unannounced feature ... at $42/hour"
            # (not "We would like to book you for a first interview": a stretch of work, or a show)
            r"(?:would|'d) (?:love|like) to book you (?:for (?:\d+|a few|several|two|three|four|six|eight|ten|twelve) "
            r"(?:weeks?|months?|days?)|on (?:an?|the|our) (?:[\w-]+ ){0,2}(?:show|feature|project|film|series|"
            r"production))\b",
            # an agency's shout: "ARLA OFFER!!! 36k + bonus, call me" (an offer and its salary)
            # "Standard Bank have approved your appointment - 12 month contract at R750/hour"
            r"(?:has|have|'ve) approved your (?:appointment|hire|hiring|placement|start)\b",
            r"\boffer\b[!:\s-]{0,6}(?:£|\$|€)?\d{2,3}(?:[.,]\d+)?k\b",
            # "wir freuen uns, dir einen Ausbildungsplatz als Industriekauffrau ab dem 1. August 2026 anbieten zu können"
            r"(?:dir|ihnen|euch) (?:einen|eine|den|die) (?:ausbildungsplatz|studienplatz|arbeitsvertrag|vertrag|stelle|"
            r"position|praktikumsplatz)\b(?:[^.\n]|(?<=\d)\.){0,80}\banbieten\b",
            # a family firm's owner's "Wir möchten Sie gerne einstellen, zum 1. April"
            r"\b(?:möchten|würden|wollen) (?:sie|dich) (?:sehr )?(?:gerne? )?einstellen\b",
            # "The client has agreed to offer you RM 7,500 per month" (not "has not agreed to offer you")
            r"(?<!not )(?:has|have|'ve) (?:now )?agreed to offer you\b",
            # "Moreland Foods have offered you the role at $135k!", "Taylor Wimpey have offered you the FP&A Manager role"
            # (not "offered you the opportunity to interview for the role")
            r"(?:has|have|'ve) offered you the (?!(?:opportunity|chance|option)\b)(?:[\w&/+.-]+ ){0,4}?"
            r"(?:role|job|position|post)\b",
            # "they've made you an offer of $118k", "they have made you a verbal offer"
            r"(?:has|have|'ve) made you an? (?:\w+ )?offer\b",
            # a British agency's "Elmbridge are making you an offer!" (not "... making you an offer is unlikely?")
            r"(?:is|are|'re) making you an? (?:\w+ )?offer\b(?![^.\n]{0,40}\?)",
            # an IT vendor's "Tri-State Payments has selected you for the role - start date 11/3" (not "... for an
            # interview")
            r"(?:has|have|'ve) selected you for the (?:role|position|job|contract|post)\b",
            # an agency's "They've come back with an offer - $95k plus super"
            r"(?:come|came|coming) back with an? (?:verbal |written |formal |firm |great |strong )?offer\b",
            # Dutch
            r"(?:een )?aanbod (?:willen |te )?doen",
            # "We bieden je graag de functie van HR Business Partner aan" (Flemish and Dutch)
            r"(?:bieden|willen) (?:je|u) (?:graag )?(?:de|deze) (?:functie|job|baan|positie|rol)\b[^.\n]{0,80}\baan(?:bieden)?\b",
            r"arbeidsvoorwaardenvoorstel",
            r"(?:je|u) (?:graag )?(?:een )?(?:arbeids)?contract aan(?:bieden)?",
            # "We willen je graag een arbeidsovereenkomst aanbieden"
            r"(?:je|u) (?:graag )?(?:een )?(?:vaste )?arbeidsovereenkomst aan(?:bieden|te bieden)",
            r"(?:pleased|happy|delighted|excited|thrilled) to (?:extend|offer you)",
            # Italian and Spanish employers' English: "We are glad to propose you the position of Marketing Coordinator"
            r"(?:pleased|happy|delighted|glad) to propose (?:to )?you (?:the|this|a) (?:position|role|job|post)\b",
            # a staffing recruiter's "Offer is $85/hr W2 for 6 months", "Offer: £550/day"
            r"\boffer(?: is|:)\s*(?:\$|£|€|usd ?|eur ?|gbp ?)\d",
            # "they're offering $52/hr plus LOA, start Monday" (a recruiter relaying a client's offer)
            r"(?:they|we|the client|the company)(?:'re| are| is) offering (?:you )?(?:\$|£|€|usd ?|cad ?|aud ?)\d",
            # "they've offered $95/hr for the 12-month contract"
            # (and after a dash: "Pilbara Iron Ore have offered - $165k plus super")
            # ("Avon Foods have offered GBP 48k plus 10% bonus")
            # ("They've offered!! £29k plus bonus")
            r"(?:has|have|'ve) offered(?:!+)? (?:you )?(?:[-–—:]\s*)?(?:[$£€]\s?\d|(?:usd|gbp|eur|cad|aud|nzd|chf|zar|inr) ?\d|"
            r"\d[\d,.]*\s?(?:k|/hr|an hour|per hour|eur|usd|gbp|cad|aud))",
            r"extend (?:you )?an offer",
            # a travel-nursing recruiter's "BANNER OFFERED!! Can you accept by 5pm today?" (an exclamation: the news)
            r"\b(?:has |have |'ve )?offered!+",
            # "Mercy Ridge Hospital has extended you an offer", "they've extended an offer at the class of 2021 scale"
            # (not "we have extended an offer to someone else")
            r"(?:has|have|'ve|had) extended (?:you an? (?:\w+ )?offer\b|an? (?:\w+ )?offer\b(?! to (?:someone|another|a "
            r"different|an?other|the other|one of|a candidate)))",
            # "You've been selected for the Operations Analyst position", "the job is yours", "we'd like to bring you on
            # as our next analyst", "we are pleased to confirm your appointment as Operations Analyst"
            r"(?:you've|you have|you were|you've been) (?:been )?selected (?:for|as) (?:the |our )?(?:[\w-]+ ){0,5}"
            r"(?:position|role|job|post)\b",
            r"(?:job|role|position)(?: is|'s|’s) yours\b",
            # an Australian contractor's "Happy to put you on for the June shutdown" (to hire for a job)
            r"(?:happy|glad|keen|able) to put you on (?:for (?:the|our|a)|the (?:roster|crew|books|payroll))\b",
            r"bring you on (?:board\b|as (?:our|a|an|the)\b)",
            r"(?:confirm|offer you) your appointment as\b",
            # "management has approved your appointment as Accounts Executive"
            r"(?:approved|confirmed|sanctioned) your appointment (?:as|to)\b",
            # an employer of record's "Quantaloop has sent you a contract to review and sign" (Deel)
            r"sent you (?:a|an|your) (?:new )?(?:employment |job |work )?contract\b",
            # a travel-nurse agency's "you have an offer!", "Casco Bay came back with an auto-offer"
            r"\byou have an (?:auto-?)?offer\b",
            r"came back with an? (?:auto-?|verbal |formal )?offer\b",
            # an agency's "offer's come through from Kauri Health!", "offer's in!"
            r"\boffer(?:'s|’s| has) (?:come through|come in|landed|arrived)\b|\boffer(?:'s|’s) in\b",
            # "the team would like to move forward with an offer!", "we're putting together an offer for you"
            r"(?:move|moving) forward with an? (?:formal |verbal |written )?offer\b",
            r"(?:put|putting) together an? (?:formal |verbal |written )?offer\b",
            r"make you an offer",
            r"confirm (?:our|the|my|your) (?:verbal |formal |conditional )?offer\b",
            r"(?:written|formal|verbal) offer",
            r"offer (?:details|package)",
            r"offer letter",
            r"letter of offer",
            # South Africa's and India's "please find attached your letter of appointment"
            r"(?:your|a|the) letter of appointment\b",
            r"appointment letter\b",
            r"offer of employment",
            r"job offer",
            # the NRMP's result: "You matched to: / Front Range Medical Center / Internal Medicine (Categorical)"
            r"you (?:have )?matched (?:to|with|at)\b",
            r"we(?:'d| would) like to offer you",
            # a careers portal's status field
            r"status: (?:job )?offer(?: extended| made| pending)?\b",
            r"offer extended\b",
            # "we'd love to offer you the role", "we want to offer you the position"
            r"(?:love|want|glad|keen) to offer you (?:the|a|this|our) (?:[\w-]+ ){0,4}(?:role|position|job|post)\b",
            # "Luis - we want you! $82k plus quarterly bonus, start 9/15"
            r"we want you(?:!| on (?:the|our) team| to join (?:us|the team|our team))",
            # "We'd love for you to join Brightloop as our third backend engineer. Attached is your offer"
            r"(?:attached|enclosed|here) is your (?:formal |official |written )?offer\b",
            r"(?:love|like) (?:for )?you to join [^.\n]{1,40} as (?:our|a|an|the)\b",
            # "we would like you to join Grachtenkracht. Please find attached our proposal"
            r"(?:attached|enclosed) (?:is |you will find )?our (?:\w+ )?proposal",
            r"(?:would|'d) like (?:for )?you to join (?![^.\n]*\b(?:for|interview|round|call|meeting|session|event|"
            r"webinar|assessment)\b)[^.\n]{1,40}[.!]",
            r"(?:send|sending|send over|sent) (?:you )?(?:your|the|an|our) (?:formal |written )?offer\b",
            r"(?:send|sending|sent) (?:you )?over (?:your|the|an|our) (?:formal |written )?offer\b",
            r"(?:love|like|happy) to have you join (?:us|the team|\w+)",
            # "Good news: we would love to have you on the team! ... an arbeidsvoorwaardengesprek to go through our offer"
            r"(?:love|like|happy|glad|excited|thrilled) to have you on (?:the |our )?(?:team|board)\b",
            r"go (?:through|over) (?:our|the|your) (?:offer|proposal)\b",
            r"arbeidsvoorwaardengesprek",
            # an owner's "Want the job? $22/hr, start Tuesday", "we want you. Starting at $28. When can you start?",
            # "would like to bring you on at $65k"
            r"\bwant the (?:job|position|role|spot)\?",
            # "We'd love to move forward with you for the Engineer role. I'll send the paperwork over", "The committee
            # approved your hire!", "You got it! The hiring manager wants you on the team"
            # (not "... with you to the onsite", "... in our process", "... with next steps")
            r"(?:love|like|happy|glad|excited) to move forward with you\b(?! (?:to|for|in|into|with|and) [^.!\n]{0,30}"
            r"\b(?:round|stage|steps?|interviews?|onsite|on-site|process|call|assessment|exercise|conversation|schedul\w*)\b)",
            r"\bapproved your (?:hire|hiring|offer)\b",
            r"\bwants you on (?:the|our|his|her|their) team\b",
            r"\byou got (?:it|the (?:job|role|position))!",
            r"\bbring you on at\b",
            r"\bstarting (?:pay|rate|wage|salary) (?:is|will be|of) \$",
            r"\bwe want you[.!]",
            r"(?:nos complace|nos alegra) ofrecerte",
            r"(?:fuiste|has sido|ha sido) seleccionad[ao] para (?:el|ocupar el|la) (?:cargo|puesto|posición|vacante)",
            r"(?:adjuntamos|te enviamos|te compartimos|anexamos|te adjunto|le adjunto|te env[ií]o) la (?:oferta "
            r"laboral|carta oferta|propuesta)",
            r"quedaste seleccionad[oa] para (?:el puesto|la posición|el cargo|la vacante)",
            r"propuesta laboral",
            # "Nos da mucho gusto compartirte tu carta oferta"
            r"(?:tu|su) carta (?:de )?oferta\b",
            r"ofrecerte el puesto",
            r"(?:le plaisir|heureux|heureuse|heureuses|ravis?|ravies?) de (?:vous|te) proposer (?:le|un|ce|notre) (?:poste|stage|contrat|cdi|cdd|contrat d.alternance)\b",
            r"(?:freuen uns|möchten),? ihnen (?:die stelle|eine stelle|ein angebot)",
            r"ihnen die stelle [^.\n]{0,30}anbieten",
            r"ihnen ein (?:vertrags)?angebot",
            # "wir möchten dir gern ein Angebot machen", "Ihnen ein Angebot unterbreiten"
            r"(?:dir|ihnen|euch) (?:gerne? )?ein (?:vertrags)?angebot (?:machen|unterbreiten|schicken)",
            # a Colombian headhunter's "¡te van a hacer la oferta!"
            r"\bte (?:van|vamos) a (?:hacer|presentar|enviar) (?:la|una) (?:oferta|propuesta)\b",
            # (done: "¡Globant te hizo una oferta!", "le han hecho una propuesta")
            r"\b(?:te|le) (?:hizo|hicieron|ha hecho|han hecho) una (?:oferta|propuesta)\b",
            # ("El hospital te ofrece el puesto de Staff Nurse")
            r"\b(?:te|le) (?:ofrece|ofrecen|ofreció|ofrecieron) (?:el|la) (?:puesto|plaza|cargo|posición|trabajo)\b",
            # ("Ternium te extiende una oferta")
            r"\b(?:te|le) (?:extiende|extienden|extendió|extendieron|extendemos) una (?:oferta|propuesta)\b",
            # "Nos gustaría hacerte una oferta para unirte al equipo"
            r"(?:hacerte|hacerle|ofrecerte|ofrecerle) una (?:oferta|propuesta)\b",
            r"angebot für die (?:position|stelle)",
            # a start-up founder's "Wir würden dich sehr gerne an Bord holen! Ich schicke dir heute Abend unser Angebot"
            r"(?:würden|möchten|wollen) (?:dich|sie|euch) (?:sehr |wirklich )?(?:gerne? )?an bord (?:holen|haben|nehmen)",
            r"(?:schicke|sende|schicken|senden) (?:ich |wir )?(?:dir|ihnen|euch) (?:[\w-]+ ){0,3}(?:unser|das|ein) "
            r"(?:schriftliche[s]? )?(?:vertrags)?angebot\b",
            r"vertragsentwurf",
            r"\byou got the job\b",
            # an hourly employer's "Congrats Marcus - you're hired! Your first shift ... is Monday"
            r"(?<!if )(?<!once )(?<!when )\byou(?:'re| are|'ve been| have been) hired\b(?! (?:for|to work) (?:a|this|the) "
            r"shift\b)",
            r"congratulations[^.\n]{0,40}(?:you got the|welcome (?:to the team|aboard))",
            r"vertragsangebot",
            # the public service's yes: "die Auswahlkommission hat Sie für die Stelle ausgewählt"; "beabsichtigen wir,
            # Sie zum 1. Januar einzustellen"; an "Einstellungszusage"
            r"sie für die (?:stelle|position)\b[^.\n]{0,60}? ausgewählt",
            r"beabsichtigen wir,? sie (?:[^.\n]|(?<=\d)\.){0,80}einzustellen",
            r"einstellungszusage",
            r"arbeitsvertrag",
            r"proposition d'embauche",
            r"promesse d'embauche",
            r"convention de stage",
            # (and Switzerland's and Belgium's "proposition d'engagement")
            r"(?:faire|adresser|soumettre|transmettre) une proposition (?:pour le poste|d'embauche|de poste|de contrat|"
            r"d'engagement)",
            r"proposition (?:de poste|d'embauche|de contrat|d'engagement)",
            # "nous avons le plaisir de vous offrir le poste de conseillère"
            r"vous (?:offrir|proposer|confier) le poste\b",
            # a cabinet's "ils vous font une proposition à 68 kEUR fixe plus variable" (a sum: no interview's slot)
            # (and Québec's "tu": "Hydro-Québec te fait une offre! 82 000 $ plus les avantages")
            r"(?:vous|te) (?:font|fait|faire|ferons|fera|feront) une (?:proposition|offre)\b[^.\n]{0,30}\d",
            r"(?:k€|€|keur|euros?) (?:bruts? )?(?:annuels|par an|fixe)",
            r"contrat de travail",
            r"carta (?:de )?oferta",
            r"oferta de (?:trabajo|empleo) para ti",
            r"(?:love|like|want|thrilled|excited|delighted) (?:for you )?to (?:have you )?join (?:us|the team|our team)",
            r"your offer (?:is attached|letter|package|details|is ready|from)",
            r"offer (?:is )?attached",
            r"welcome aboard",
            # a school principal's "I am recommending you for hire ... contingent upon Board of Education approval"
            r"recommend(?:ing|ed)? you for hire",
            r"(?:would|'d) like to offer you (?:the|a|this|an)\b",
            r"(?:want|wants) to offer you (?:the|a|this|an)\b",
            r"accept your offer",
            r"recommendation for hire",
            r"lettre d'offre",
            r"offre d'emploi (?:ci-jointe|en pièce jointe)",
            r"(?:heureux|ravis) de vous (?:proposer|offrir|accueillir)",
            # a founder's "On aimerait beaucoup t'accueillir en alternance à la rentrée"
            r"(?:aimerait|aimerions|aimerais|souhaite\w*|voudrions) (?:beaucoup |vivement |vraiment )?(?:t'|vous )"
            r"accueillir (?:en (?:alternance|stage|cdi|cdd|apprentissage)|dans (?:l'|notre |mon )?équipe|parmi nous|au "
            r"sein)",
            r"(?:contingent|conditional|official|employment) offer",
            r"offer (?:packet|paperwork|documents)",
            r"(?:present|presenting) you with (?:an?|our|the) [^.\n]{0,20}offer",
            r"excited to offer you",
            r"(?:love|like|want|thrilled|excited|delighted) for you to join\b",
            r"\$\s?[\d,.]+k? (?:base|salary|annual)\b",
            r"extend (?:this|the|our) offer",
            r"this offer (?:expires|is valid|is contingent)",
            r"offer expires",
            r"base salary (?:will be|of|is)",
            r"start(?:ing)? date (?:will be|is)",
            r"compensation (?:summary|package|details)",
            r"(?:equity|option|stock) grant",
            r"signing bonus",
            r"employment (?:agreement|contract)",
            r"(?:thrilled|excited|happy|delighted) (?:that )?you(?:'ll| will) be joining",
            # ("excited about you joining us as our first designer"; not a receipt's "your interest in joining us as a ...")
            r"(?<!interest in )(?<!interested in )joining us as",
            r"für sie entschieden(?<!nicht für sie entschieden)",
            r"\bzusage\b(?! oder)(?<!oder zusage)(?<!keine zusage)",
            r"dienstvertrag",
            r"vertragsunterlagen",
            r"(?:sie|dich) (?:gerne )?(?:als [^.\n]{1,40} )?einstellen (?:möchten|werden|wollen)",
            r"einstellungszusage",
            # (not "has sido seleccionada para la siguiente etapa": a round to come)
            r"has sido (?:seleccionad|elegid)[ao] (?:para|como)(?! (?:la|el|una|un) (?:siguiente|próxim[ao]|nuev[ao]|"
            r"segund[ao]|primer[ao]?|otra) )(?! (?:la|una) (?:entrevista|evaluación|prueba|etapa|fase))(?! participar)"
            r"(?! continuar)",
            r"propuesta (?:económica|salarial|de contratación|laboral)",
            r"(?:nuestra|una) propuesta (?:para incorporarte|de incorporación)",
            r"(?:€|euros) brutos anuales",
            r"contrato indefinido",
            r"(?:condiciones|oferta) (?:económicas?|laboral(?:es)?) (?:que te|adjunt)",
            r"appoint you",
            r"offer of appointment",
            r"pre-employment checks",
            r"finali[sz]e (?:your|the) offer",
            r"background check authori[sz]ation",
            r"(?:confirmer|annoncer|confirmons) votre (?:embauche|recrutement)",
        ),
    ),
    (
        "onsite",
        _any(
            # InfoJobs' "Nuevo estado: Finalista" (one of the last candidates)
            r"(?:(?:nuevo |new )?(?:estado|status|estatus)(?: (?:de|of) (?:tu|su|your) (?:candidatura|postulación|application))?\s*:\s*)finalista\b",
            # the last rounds of an Indian hiring process: "your techno-managerial round with the Director, followed
            # by the HR round"; "final HR round"
            r"(?:techno[- ]?managerial|managerial|director(?:'s)?) round[^.\n]{0,80}\b(?:followed by|and then|then)"
            r" (?:the |an |your )?hr (?:round|discussion)",
            r"final (?:hr|managerial|techno[- ]?managerial) (?:round|discussion)",
            # a second interview with the firm's leadership: "ein Zweitgespräch mit unserer Geschäftsführung"
            r"(?:zweitgespräch|zweites gespräch|second interview|deuxième entretien|segunda entrevista)[^.\n]{0,60}"
            r"\b(?:geschäftsführ\w*|vorstand|managing director|ceo|owner|founders?|direction générale|"
            r"direct(?:eur|rice) général|director[a]? general|gerente general|dirección general)",
            # "Our department head, Mark Chen, would like to meet with you for a second interview"
            r"\b(?:department head|head of (?:the )?department|agency head|chief|ceo|managing director|owner)\b[^.\n]{0,60}"
            r"\bsecond interview\b",
            # "You are one of two finalists, and the next step is a meeting with the board" (a refusal naming the
            # finalists is read before)
            r"(?:you are|you're|you've been (?:named|selected as)) (?:one of (?:two|three|four|our|the) (?:\w+ )?finalists|"
            r"a finalist)\b",
            # Dutch
            r"(?:tweede en laatste|laatste|finale|afsluitende) (?:sollicitatie)?gesprek",
            r"tweede gesprek met (?:onze |de |het )?(?:\w+ )?(?:directeur|directie|zaakvoerder|ceo|bestuur)",
            r"on-?site interview",
            # "invite you to our on-site day in Munich" (not "3 on-site days per week")
            r"(?:an|our|the|your) on-?site (?:day|visit)\b(?!s)",
            # (not a job's place of work: "Newark, NJ (Onsite)", "Onsite/Hybrid", "remote or onsite")
            _ONSITE,
            # (not "we're holding final interviews this week": the employer's own process, a wait)
            r"final(?<!holding final)(?<!conducting final)(?<!finishing final)(?<!wrapping up final)"
            r"(?<!completing final) (?:round|interview)",
            r"final (?:[\w-]+ ){1,2}(?:round|interview)s?\b",
            r"super[- ]?day",
            r"in-?person interview",
            r"interview loop",
            # ("lädt Sie zum finalen Gespräch mit dem Bereichsleiter ein")
            r"(?:finale[sn]?|abschließende[sn]?) gespräch",
            # "zu einem Zweitgespräch mit dem CFO ..., der letzten Runde im Prozess"
            r"(?:letzte[nrm]?|finale[nrm]?) (?:runde|gesprächsrunde|auswahlrunde|auswahlstufe)\b",
            r"entretien final",
            # Québec's "entrevue finale", "dernière entrevue"; "un dernier entretien avec notre CPO"
            r"entrevue finale",
            # a pub's "Could you do a trial shift on Friday night?", a kitchen's "come in Saturday for a stage"
            r"\btrial (?:shift|day|session)\b",
            # a founder's "next (and last!) step: come hang w/ the team in SF for a half day on fri"
            r"\b(?:come )?hang (?:out )?with (?:the|our) team\b[^.\n]{0,40}\b(?:half|full)[- ]day\b",
            r"\bfor a (?:paid |unpaid )?stage (?:in (?:the|our) kitchen|shift)\b|\b(?:kitchen|paid|unpaid) stage\b",
            r"dernière entrevue",
            r"dernier entretien",
            # "Vous êtes retenue pour le dernier tour : un entretien avec notre directrice générale"
            r"dernier tour\b",
            r"entrevista final",
            r"(?:virtual|in-?person) (?:onsite|on-?site|final)",
            r"final (?:stage|step|panel|set of interviews)",
            r"bring you in",
            # "We'd like to have you in for a day with the team"
            r"have you (?:in|over|come in) for (?:a|the) (?:full |half )?day\b",
            r"(?:a|full|half)[- ]day with (?:the|our) (?:\w+ )?team\b",
            r"bring you (?:on-?site|onsite|in-?house)",
            # "We'd like to invite you on site on April 28 for a seminar ... and one-on-ones with the team"
            r"invite you (?:on-?site|onsite)\b",
            r"\bseminar\b[^.\n]{0,80}\bone-on-ones?\b|\bjob talk\b[^.\n]{0,80}\bmeetings? with\b",
            # a store manager's last round: "the district manager would like to meet you for a final Store Visit"
            r"\bfinal (?:store |site |office |campus |in-person |on-?site )?visit\b",
            # "invite you to give a 45-minute seminar on your research and meet the team on site in Watertown"
            r"\b(?:seminar|job talk|research talk)\b[^.\n]{0,80}\bon[- ]?site\b",
            r"\bmeet (?:the|our) (?:\w+ )?team on[- ]?site\b",
            # "bring you to our Auburn Hills tech center ... for a plant tour and interviews with the engineering
            # manager, two design leads and HR"
            r"bring you (?:in |out |over |down |up )?to (?:our|the) [^.\n]{0,40}\b(?:office|campus|site|plant|facility|"
            r"center|centre|headquarters|hq|studio|lab|hospital)s?\b",
            r"(?:plant|facility|site|office|lab) tour and (?:an? )?interviews?\b",
            r"(?:last|final) (?:stage|round|step) (?:is|will be|of)",
            r"probe(?:arbeits)?tag",
            # a day of cases or tasks at the employer's: "zu einem Case-Tag vor Ort am Campus Bramfeld",
            # "Assessment-Tag", "Auswahltag"
            r"\b(?:case|assessment|auswahl)-?tag(?:e?s)?\b",
            # Switzerland's trial day: "einen Schnuppertag in unserer Konstruktionsabteilung"
            r"schnupper(?:tag|arbeit\w*|woche)",
            # a nurse's day on the ward after the interview: "eine Hospitation auf unserer Intensivstation"
            r"\bhospitation\b",
            r"campus visit",
            # a practice's "We'd like to invite you for a site visit on February 6-7: clinic tours ... and dinner"
            r"(?:invite you|come|bring you (?:out|in)?) (?:for|to|on) (?:a|an|your) (?:site|clinic|practice|hospital|"
            r"office) visit\b",
            r"(?:invite|welcome|bring|host) you (?:to|on) (?:our )?campus",
            r"on-?campus interview",
            r"selection interview",
            r"(?:als )?letzten? schritt",
            r"(?:dernière|ultime) étape",
            r"\bthe (?:last|final) step\b",
            # "As our last step, we'd like to invite you to a paid trial week"
            r"\bas (?:our|the|a) (?:last|final) (?:step|stage)\b",
            # a founder's "last step: come hang out at the studio next Thursday"
            r"\b(?:last|final) (?:step|stage|round)\s*[:–-]\s",
            # "This would be the last conversation before we make a decision"
            r"\b(?:last|final) (?:conversation|meeting|interview|chat|round) before (?:we|a|the|our) (?:make|final|"
            r"decision|decide)",
            r"working interview",
            r"shadow(?:ing)? (?:shift|day)",
            # a nurse manager's "I'd love to have you shadow on the unit for a few hours next Wednesday"
            r"\bshadow(?:ing)? (?:on|in|with) (?:the|our|my) (?:unit|floor|team|department|clinic|ward|nurses)\b",
            # a practice's or a kitchen's "Would you be able to do a trial day next Tuesday?" (a Probetag), a
            # newsroom's "tryout shift", a kitchen's "come in for a stage Thursday"
            r"(?:do|come in for|for|as|arrange|schedule|book you in for) (?:a|an|the|your) (?:paid |unpaid |short )?"
            r"(?:(?:trial|tryout|try-out) (?:day|shift|session|week)|stage)\b",
            r"(?:dernier|ultime) entretien",
            r"entretien sur (?:notre )?site",
            # "un second entretien dans nos locaux du quai du Mont-Blanc" (a second round at the employer's own
            # premises; a first "entretien ... dans nos locaux" stays a round, as the 13th's and the 311th's)
            r"\b(?:second|deuxième|2e|2ème) entretien\b[^.\n]{0,30}\b(?:dans nos (?:locaux|bureaux)|à nos bureaux|en nos "
            r"locaux)\b",
            r"journée d'immersion",
            r"(?:último|ultimo) paso",
            r"(?:half|full)[- ]day (?:\w+ ){0,3}(?:at our|in our|on-?site|in person|with the (?:team|product|design))",
            r"back-to-back (?:interviews|conversations|meetings)",
            r"assessment[- ]?(?:centre|center|day)",
            r"(?:gespräch|interview|kennenlernen)\w* vor ort",
            # "zu einem Vor-Ort-Termin mit Werksführung nach Garching einladen"
            r"\bvor-ort-(?:termin|gespräch|interview|besuch|tag)\b",
            # "zu einem zweiten Gespräch mit unserer Geschäftsführung bei uns vor Ort"
            r"\bbei uns vor ort\b",
            # ("zu einem Zweitgespräch mit dem Bereichsleiter bei uns in Zürich": at the employer's, in its city)
            # (a second or last one: "zu einem Vorstellungsgespräch bei uns in Gütersloh", the first, is a round)
            r"(?:zweit|zweite[nmrs]? |weitere[nmrs]? |finale[nmrs]? |letzte[nmrs]? |abschließende[nmrs]? )"
            r"(?:gespräch|interview|kennenlernen)\w*\b[^.\n]{0,80}\bbei uns in (?!kürze\b)\w",
            # an airline's last day of interviews: "Day 2 at the Denver Training Center: a technical interview, an HR
            # interview and a simulator evaluation"
            r"\b(?:simulator|sim) (?:evaluation|eval|assessment|check|ride)\b",
            # (and "zu einem zweiten und letzten Gespräch mit der Geschäftsführung")
            r"zweite[nmrs]? (?:und letzte[nmrs]? )?(?:gespräch|interview|runde) mit (?:unserer|der|unserem|dem) (?:geschäftsführung|"
            r"geschäftsleitung|vorstand|inhaber\w*|bereichsleitung)",
            # "zu einem Zweitgespräch mit unserem CPO in unser Büro in der Leopoldstraße einladen"
            r"(?:in unser|zu uns ins|bei uns im) (?:büro|office|headquarter|firmensitz)\b",
            # ("zum Hearing mit der Abteilungsleitung in unserem Haus am Hans-List-Platz": at the employer's own house)
            r"\b(?:in unserem|bei uns im) haus\b",
            # "zu einem Zweitgespräch an unserem Containerterminal Burchardkai mit dem Terminalleiter" (a second
            # conversation at the employer's own site)
            r"zweitgespräch\w*\b[^.\n]{0,60}\b(?:an|in|auf) (?:unserem|unserer|unseren) [\w-]*(?:standort|büro|werk|"
            r"terminal|lager|zentrale|hauptsitz|niederlassung|gelände|campus)\b",
            r"(?:fase|ronda|entrevista) final",
            r"(?:última|ultima) (?:fase|entrevista|ronda|etapa)",
            r"etapa final",
            r"letzte (?:runde|gesprächsrunde)",
            # "zu einem zweiten und letzten Gespräch", "zum finalen Interview"
            # (not a look back: "nach unserem letzten Gespräch", "seit dem letzten Interview")
            r"(?<!unserem )(?<!unseren )(?<!ihrem )(?<!dem )(?<!im )\b(?:letzte[nm]|finale[nm]) (?:gespräch|interview|"
            r"vorstellungsgespräch|auswahlgespräch)\b",
            r"(?:come|visit) (?:to )?our (?:office|offices|campus|headquarters)",
            # "I'd like to invite you to our downtown office on Tuesday to meet me, our CFO and ..."
            r"(?:invite|bring|have) you (?:in )?to our (?:[\w-]+ )?(?:office|offices|campus|headquarters)\b",
            # a small employer's "come by the shop Tuesday at 8 and meet the crew leads"
            r"come (?:by|down to|into|in to) (?:the|our) (?:shop|office|store|restaurant|yard|warehouse|plant|garage|"
            r"studio|clinic|practice|agency|gallery|salon|kitchen|lab|bakery|workshop|farm)\b",
            # a law firm's callback: the interviews at the office after the screening one
            r"callback (?:interview|round)",
            # "an oral interview with the management panel": the panel of an organisation's heads is its last round
            r"(?:management|executive|senior management|board|directors'?) panel\b",
            r"panel of (?:directors|executives|senior managers|the management)\b",
            # SPEC 3.2: a panel is the final round, in mail as in a tracker's "Panel interview" (not a first one)
            r"(?<!first )(?<!first-round )(?<!first round )(?<!initial )(?<!preliminary )(?<!screening )panel "
            r"interview",
        ),
    ),
    (
        "screen",
        _any(
            # "¿Tenés disponibilidad para una entrevista con RRHH el lunes?"
            r"entrevista (?:con|de) (?:rrhh|recursos humanos|selección|el equipo de selección)\b",
            # Dutch
            r"kennismakingsgesprek",
            r"telefonisch (?:gesprek|kennismak)",
            r"belafspraak",
            # (a "technical phone screen" is an interview round, as SPEC 3.2's "tech screen")
            r"(?<!technical )(?<!tech )phone (?:interview|screen)",
            r"telephone interview",
            # a French start-up's "Ça te dit un petit call de 15 min cette semaine pour faire connaissance ?"
            r"ça te (?:dit|tente|va) (?:un|une) (?:petit |rapide |court |premier )?(?:call|appel|échange|visio)\b",
            r"\b(?:un|une) (?:petit|rapide|court) (?:call|appel|échange|visio) de \d+ ?min",
            # a recruiter's "I'd love to connect for 15-20 minutes to learn more", "can we hop on a quick call to go over
            # salary expectations"
            # (not "would love to connect for an hour-long interview": the round it names)
            r"\b(?:love|like|happy|glad) to connect (?:briefly|this week|next week)\b",
            r"\bconnect for (?:\d{1,2}(?:-\d{1,2})?|a few|fifteen|twenty|thirty) ?min",
            r"\b(?:hop|jump|get) on a (?:quick |short |brief )?(?:call|zoom|phone call)\b",
            # an owner's "Can I give you a call tonight around 6?"
            r"\bcan i (?:give you a call|call you)\b",
            # a Japanese employer's "casual interview" (kajual mendan) before the formal selection
            r"\bcasual (?:interview|meeting|talk)\b",
            # an HR manager's "Do you have 15 min for a call tomorrow about the Operations Manager role?"
            r"(?:do you have|have you got|would you have|got|are you free for|free for) (?:\d{1,2}|a few|ten|fifteen|"
            r"twenty|thirty) ?(?:min(?:ute)?s?) (?:for a|to) (?:quick |short |brief )?(?:call|chat|phone call|talk)\b",
            # ("Do you have 20 minutes this week for a quick sync about your background?": a short call, a day named)
            r"(?:do you have|have you got|would you have|are you free for) (?:[5-9]|1\d|2\d|30|a few|ten|fifteen|twenty|"
            r"thirty) ?(?:min(?:ute)?s?) (?:this week|today|tomorrow) (?:for a|to) (?:quick |short |brief )?(?:call|chat|"
            r"phone call|talk|sync|catch-?up)\b",
            # a law firm's "20-minute screening interview" at on-campus interviewing
            r"screening interview",
            r"recruiter screen",
            # Indian HR English: "a quick telephonic discussion", "HR discussion"; a recruiter's call that happened
            r"telephonic (?:discussion|round|interview|conversation|call)",
            r"\bhr (?:discussion|round|call|screening)\b",
            r"(?:thanks|thank you) for (?:the|your) time on (?:the )?(?:call|phone)",
            r"telefoninterview",
            r"entrevista telefónica",
            r"(?:échange|appel|entretien) téléphonique",
            # Québec's "entrevue": "une courte entrevue téléphonique de 20 minutes", "une brève entrevue par téléphone"
            r"entrevue (?:téléphonique|par téléphone|rh)\b",
            r"(?:courte|brève) entrevue\b",
            r"entretien (?:rh|par téléphone)",
            # "Je te propose un premier échange RH de 30 minutes en visio pour faire connaissance"
            r"(?:premier|1er|petit|court|rapide) (?:échange|entretien|appel|call) (?:rh|téléphonique|de \d+ ?min)",
            r"\béchange rh\b",
            r"kurze[sn]? telefonat",
            r"telefonat von (?:ca\. |etwa )?\d+ minuten",
            # "Lass uns gern kurz telefonieren", "wollen wir kurz telefonieren?", "telefonieren wir kurz?"
            r"kurz (?:miteinander )?telefonieren",
            r"telefonieren wir (?:gerne? )?kurz",
            # "Hättest du Zeit für einen kurzen Call von 20 Minuten am Freitag?" (a recruiter's first call)
            r"(?:einen|ein|zu einem) kurze[nms]? (?:call|anruf|videocall|video-call)\b",
            r"\bcall von (?:ca\. |etwa )?\d+ minuten",
            r"(?:trentaine|vingtaine|quinzaine) de minutes",
            r"llamada telefónica",
            # a Mexican recruiter's "¿Te puedo marcar hoy para platicar sobre la vacante?" (marcar: to phone)
            r"(?:te|le) (?:puedo|podemos|podría|podríamos) (?:marcar|llamar)\b",
            r"telephonic (?:round|discussion|interview|call|conversation|screening|chat)",
            # (not a chance: "Eligible candidates may be referred to the hiring department for consideration")
            r"(?<!may be )(?<!might be )(?<!could be )(?<!can be )"
            r"referred to the (?:hiring manager|selecting official|hiring (?:official|team|department))",
            # a school district's "reviewed by Human Resources and forwarded to the principal of Saguaro Middle School
            # for consideration" (as USAJOBS' "referred to the hiring manager": past the first review)
            r"(?:reviewed|screened)\b[^.\n]{0,60}\b(?:forwarded|referred|sent|passed on) to the (?:principal|hiring "
            r"manager|selecting official|hiring (?:official|team|department)|department|site administrator)\b",
        ),
    ),
    (
        "interview",
        _any(
            # a British recruiter's round by its stage: "they'd like a 1st stage on Teams on Thursday", "a second-stage
            # interview" (the final stage is the last round's)
            r"\b(?:a|the|your) (?:1st|first|2nd|second|initial)[- ]stage\b(?! of\b)",
            # a tracking system's status line naming the round: "The status of your application ... has changed to:
            # Interview"
            r"\b(?:status|stage)\b[^.\n]{0,80}\b(?:changed|moved|updated|set) to:?[ \t]*[\"'“]?(?:interview|"
            r"interviewing|interview scheduled|in interview)\b",
            # an owner's "Can you come by Monday at 3 to talk? Ask for Javi." (a person's own mail, read by the reader
            # only where it answers an application)
            # ("Could you pop into the Bath Street bar on Tuesday at 3 to meet our GM?")
            r"\b(?:come|stop|swing|drop|pop) (?:by|in|into|over|round)\b[^.?!\n]{0,40}?\b(?:(?:to|and|so (?:we|i) can) "
            r"(?:talk|chat|meet)|for a (?:chat|talk|coffee|cuppa))\b",
            # a small business's owner: "Can you swing by Thursday around 3? Ask for Tony.", "Stop in this week, any day
            # after 2, and we'll show you around and talk", "Come by the shop Monday at 7am and we'll talk"
            r"\b(?:come|stop|swing|drop|pop) (?:by|in|over|round)\b[^.?!\n]{0,40}?\b(?:around|at|after) \d{1,2}(?::\d\d)?"
            r"(?:\s*(?:am|pm))?\b[^\n]{0,30}?(?:\?|ask for\b|and (?:we'll|we will|i'll|i will) (?:talk|chat|show))",
            r"\band (?:we'll|we will|i'll|i will) show you around\b",
            # "Would you be able to meet with me and my partner next Wednesday at 4?"
            r"\b(?:able|available|free) to meet (?:with )?(?:me|us|the team|our team)\b",
            # ... and a French owner's "Passez me voir à la boutique samedi" (a shop's "passez nous voir" invites
            # customers)
            r"\bpasse[zr] me voir\b",
            # "Could you come in Thursday at 4 for an interview with me and our head technician?"
            r"\b(?:come|stop|swing|drop|pop) (?:by|in|over|round|into)\b[^.?!\n]{0,40}?\bfor an? (?:[\w-]+ )?interview\b",
            # a founder's "Je te propose de passer à l'agence mardi pour rencontrer l'équipe"
            r"\b(?:te|vous) propos\w* de passer (?:à l'|à la |au |nous voir|me voir)",
            # "Pourriez-vous passer au laboratoire jeudi après-midi pour en discuter ?"
            r"\b(?:pourriez|pouvez|pourrais|peux)-(?:vous|tu) passer (?:à l'|à la |au |nous voir|me voir|dans nos)",
            r"\bvene[zr] me (?:voir|rencontrer)\b",
            # after the hiring committee: "team match conversations with two managers"
            r"team[- ]match(?:ing)? (?:conversations?|calls?|meetings?|chats?|interviews?)",
            # Dutch
            r"(?:uitnodigen|uitnodiging) (?:je |u )?(?:voor|tot) (?:een |het )?(?:\w+ )?(?:sollicitatie)?gesprek",
            r"nodigen (?:wij |we )?(?:je|u) (?:graag )?uit (?:voor|tot) (?:een |het )?(?:\w+ )?(?:selectie|sollicitatie)?gesprek",
            r"\bselectiegesprek\b",
            r"(?:een|het|ons|jouw|je|uw) sollicitatiegesprek (?:op|met|van|om|in)\b",
            r"(?:praktijk|thuis)opdracht",
            # a school's round: "we'd like you to teach a 20-minute demo lesson", "a teaching demonstration"
            r"(?:demo|demonstration|sample|model|mini)[- ]lesson\b",
            r"teaching (?:demo|demonstration)\b",
            r"case(?:opdracht| interview)",
            r"invite you (?:to|for) (?:an? )?(?:interview|conversation|chat|call)",
            r"invite you (?:to|for) (?:an? |the )?(?:[\w-]+ ){0,2}interview",
            r"book you (?:in )?for (?:an? |the |your )?(?:[\w-]+ ){0,2}(?:interview|meeting|conversation)",
            r"(?:do|complete|prepare|make) a (?:small |short |quick |little )?case\b",
            r"oral (?:panel |board )?(?:examination|exam|interview|board)",
            r"panel (?:examination|exam)\b",
            r"schedule (?:an? |your )?(?:\w+ )?interview",
            # "UOB would like to arrange a first interview with the hiring manager"
            r"(?:arrange|organi[sz]e|set up|book|line up|fix) (?:an? |your |the )(?:\w+ )?interview\b",
            r"interview (?:invitation|invite|request|confirm|scheduled)",
            r"your interview (?:is|has been) (?:confirmed|scheduled|booked)",
            # "your interview with the General Manager is confirmed for Friday"; "you're invited to interview at our
            # hiring event"
            r"your (?:[\w-]+ ){0,2}interview with [^.\n]{1,60}? (?:is|has been) (?:now )?(?:confirmed|scheduled|booked)\b",
            r"(?:you'?re|you are|you have been|you've been) invited to (?:an? |the |our )?(?:[\w&-]+ ){0,2}interview\b",
            # a public competition's "you have been successful at the shortlisting stage ... and are invited to a
            # competency-based interview on 26 November"
            r"\band (?:are|have been) (?:now )?invited to (?:an? |the |your )?(?:[\w&-]+ ){0,2}interview\b",
            r"interview @",
            r"interview with [^@\n]{1,80} @ ",
            # a studio's "come by to walk us through a couple of projects" (the portfolio review)
            r"walk (?:us|me) through (?:a (?:couple|few) of |one or two of |some of )?(?:your |the )?(?:projects|"
            r"portfolio|work)\b",
            # a ski school's "Instructor Hiring Clinic": an on-snow tryout with an interview; a resort's "hiring
            # event" where "group interviews happen on the spot"
            r"hiring clinic",
            r"(?:have|do) a (?:short |brief |quick )?interview with (?:a|an|our|the|one of)\b",
            r"group interviews? (?:happen|take place|are held|will be held)",
            # "the partners would love to have you back to meet Daniel": a later round
            r"(?:love|like) to have you back (?:in )?(?:to|for)\b",
            # ("they'd like to interview you on Friday", "the client wants to interview you")
            r"(?:would|'d|’d) like to interview you",
            r"(?:wants|keen) to interview you\b",
            # "the team would like you to come in and interview with them", "we'd like you to interview with the team"
            r"(?:would|'d) like (?:for )?you to (?:come in (?:and|to) )?interview with\b",
            r"set up (?:an? )?(?:\w+ )?interview",
            # "so let's move your interview to Tuesday at 10am instead": a round moved is still the round
            r"(?:move|moved|reschedule|rescheduled|push|pushed) (?:your|the|our) (?:[\w-]+ )?(?:interview|call|chat) "
            r"(?:to|until|back to)\b",
            r"(?:selected|short[- ]?listed|chosen|invited) for (?:an? |the )?(?:\w+ or an? )?(?:interview|next round)",
            r"(?:choose|pick|select|book) (?:an? |your )?interview (?:\w+ )?(?:slot|time)",
            r"slot for (?:your|an|the) (?:\w+ )?interview",
            r"(?:confirmed|scheduled|booked) for (?:an? |your )?(?:\d+[- ]minute )?(?:[\w-]+ )?interview",
            r"upcoming interview",
            r"(?:advanced|advance|advancing|move|moving|moved|proceed|proceeding) (?:you )?(?:to|with) (?:the )?interviews\b",
            r"(?:move|moving|advance|advancing|invite) you (?:forward )?to the next (?:round|stage|step)",
            r"next round of interviews",
            r"hiring manager (?:would|'d) (?:like|love) to (?:speak|talk|meet|chat)",
            # "we'd like you to connect with Darnell, our VP of Operations, for about an hour"
            r"(?:connect|meet|sit down|speak|talk) with [^.?\n]{0,30}\b(?:our|the) (?:cto|ceo|coo|cfo|founders?|"
            r"co-?founders?|vp|svp|evp|vice president|head of|director|general manager|hiring manager)\b",
            # (not the job's own title: "chat with you about the Head of Growth role")
            r"(?:conversation|call|chat|interview|meeting) with [^.\n]{0,30}\b(?:cto|ceo|founders?|co-?founders?|"
            r"vp|head of(?![\w ]{1,30}\b(?:role|position|job|opening|vacancy)\b)|engineering manager)\b",
            r"(?:video call|call|meeting|conversation|chat) with the hiring manager",
            # a founder's "want to do a 45 min technical chat with me and our lead engineer next week?"
            r"\btechnical (?:chat|call|conversation|discussion|deep[- ]dive)\b",
            r"(?:chat|call|conversation|meeting|interview) with [^.?\n]{0,30}\b(?:lead|staff|principal|senior) "
            r"engineer\b",
            # "they want a 45 min Teams call with the platform lead" (not "a call with our lead recruiter")
            r"(?:chat|call|conversation|meeting|interview) with (?:the|their|our|its) (?:platform|team|tech|technical|"
            r"engineering|data|delivery|product|programme|program|project|design|development) lead\b",
            r"(?:video|virtual|zoom|teams|panel) interview",
            # an oil major's "invite you to complete a digital interview" (a recorded one, as HireVue's)
            r"(?:digital|recorded|one-way|on-demand|pre-recorded) (?:video )?interview\b(?! (?:tips|questions|prep|practice|guide))",
            # "Brightside Academy Trust have shortlisted you for interview on 14 March" (not "... not shortlisted")
            # (and "Petronas has shortlisted you for the 1st interview")
            r"(?<!not )(?<!n't )(?:has|have|'ve) shortlisted you for (?:an? |the )?(?:(?:1st|first|2nd|second|initial) )?"
            r"(?:interview|round)\b",
            # an agency's "Kauri Health would like a first interview on Thursday", "want to progress you to a second
            # interview with the GM"
            r"(?:would|'d) like (?:a|an) (?:first |second |initial |further |final |quick |short )?interview\b",
            r"(?:progress|move|advance|take) you (?:through |forward |on )?to (?:a|an|the) (?:first|second|next|final|"
            r"further|third) (?:interview|round|stage)\b",
            # an agency's "They're keen to chat - Tues 2pm at their Milton office?", "They're dying to meet you"
            r"(?:they(?:'re| are)|the client(?:'s| is)|client(?:'s| is)|(?:the )?hiring manager(?:'s| is)) (?:really |very "
            r"|super )?(?:keen|dying|eager|itching|desperate) to (?:chat|meet|talk|speak|interview|catch up)\b",
            # an agency's "My client (Highveld Platinum) has requested a first interview on Tuesday"
            r"(?:has|have|'ve) requested (?:an?|to) (?:(?:first|second|initial|1st|2nd|further|follow-up|face[- ]to[- ]face|"
            r"in-person|teams|zoom|video|phone|telephonic|technical) )?(?:interview|meeting|meet you)\b",
            r"invite you to (?:the |our )?(?:next|second) (?:step|round|stage)",
            # a staffing recruiter's "the hiring manager wants to get you in for a face to face next Tuesday"
            r"(?:get|have|bring) you in for an? (?:\w+ )?(?:face[- ]to[- ]face|f2f|in-person|sit-down|meeting|chat)\b",
            r"coding (?:challenge|exercise|test)",
            # "Le convocamos a una dinámica de grupo"; "a group exercise"; "une épreuve de groupe"
            r"dinámica (?:de grupo|grupal)|group (?:exercise|interview|assessment|activity)|(?:épreuve|exercice|"
            r"entretien) (?:de groupe|collectif)|gruppen(?:übung|gespräch|interview)",
            # "nous vous invitons à passer un test en ligne d'une heure"
            r"passer (?:un|le|notre) test\b|\btest en ligne\b",
            r"technical (?:challenge|exercise|test)",
            # a named test, the employer's step: "a 45-minute Excel skills assessment", "a numerical reasoning test",
            # a public employer's written exam ("you have been selected to write the exam")
            r"(?:skills?|aptitude|cognitive|personality|numerical|verbal|reasoning|psychometric|accounting|excel|"
            r"typing|written) (?:assessment|test|exam|examination)\b",
            # "please complete your SQL assessment", "complete a short Python challenge"
            _COMPLETE_TEST.pattern,
            r"(?:write|sit|take) (?:the|an?|your) (?:\w+ )?(?:exam|examination)\b",
            # a public employer's written exam in French, Spanish and German: "vous convoquer à l'examen écrit du
            # concours", "une épreuve écrite", "el examen escrito", "die schriftliche Prüfung"
            r"(?:examen|épreuve|test) (?:écrite?|de sélection|de connaissances)\b|examen escrito|"
            r"schriftliche[nm]? (?:prüfung|test|eignungstest)",
            # a consultancy's or an engineering team's round: "a case interview", "a system design interview"
            r"case interviews?\b",
            r"(?:system|architecture|pipeline|data|solution) design (?:interview|session|round)\b",
            # a small team's round: "a paired exercise with our lead analyst", "a pair-programming session"
            r"pair(?:ed|ing)?[- ](?:programming|coding|exercise|session|interview)",
            r"(?:practical|live|trial) (?:exercise|task|session)",
            r"technical interview",
            r"tech(?:nical)? (?:phone |video )?(?:screen|interview)\b",
            # an interview at a time: "would you be free to pop into the roastery for an interview on Monday the 15th"
            r"for an? (?:[\w-]+ )?interview (?:on|at|this|next|tomorrow)\b",
            # a test played as games: "Kiva Labs has invited you to complete the pymetrics games"
            r"(?:play|complete|take) (?:the |our )?(?:pymetrics |[\w-]+ )?games\b",
            # ("please complete the problem-solving game within the next 7 days")
            r"(?:play|complete|take) (?:the|our|a|your) (?:[\w-]+ ){0,2}(?:problem[- ]solving|cognitive|aptitude|"
            r"assessment|imbellus|solve) game\b",
            # "record a 2-minute cold call pitch for us", "a cold call exercise"
            r"(?:cold[- ]call|sales|elevator) (?:pitch|exercise|role-?play)\b",
            r"record (?:a|your) (?:[\w-]+ ){0,3}(?:pitch|video|call|loom)\b",
            # a start-up's "Next up is an async exercise: record a 10-minute Loom walking us through ..."
            r"\basync(?:hronous)? (?:exercise|assignment|task|challenge|video interview|interview)\b",
            # a sales round: "a mock discovery call with one of our AEs playing a prospect", "a role-play"
            r"mock (?:[\w-]+ ){0,2}(?:call|pitch|demo|presentation|interview|meeting)\b",
            r"role-?play\b",
            # "Next up is a 45-minute interview with Ben Carter, our Director of Analytics"
            r"\d+[- ]min(?:ute)?s? (?:[\w-]+ ){0,2}interviews?\b",
            r"(?:next up|the next step|the next round|next round) (?:is|will be) (?:an? )?(?:[\w-]+ ){0,3}interview",
            # a test platform's "You have been invited by Rivet to take the Backend Engineer test"
            r"invited (?:by [^.\n]{1,40} )?to (?:take|complete) (?:the|a|an|your) (?:[\w-]+ ){0,3}(?:test|assessment|"
            r"challenge)\b",
            r"(?:online|coding|technical)[- ]assessment",
            r"take-?home",
            r"hackerrank",
            r"codility",
            r"codesignal",
            r"availability for (?:an? )?interview",
            r"vorstellungsgespräch",
            r"bewerbungsgespräch",
            # a public employer's "Hearing vor der Auswahlkommission" (not "hearing from you")
            r"(?:zu einem|zum|einladung zum) hearing\b",
            r"einladung zum (?:gespräch|interview)",
            r"kennenlerngespräch",
            # an agency's "Nordlicht Games hätte Interesse an einem Gespräch mit dir"
            r"(?:hätte|hat|haben|hätten) (?:großes |starkes |sehr )?interesse an einem (?:ersten |persönlichen |kurzen )?"
            r"(?:gespräch|kennenlernen|interview|termin)\b",
            r"fach(?:gespräch|interview)",
            r"zweitgespräch",
            r"persönliche[mns]? gespräch",
            r"zu einem (?:ersten |kurzen )?(?:gespräch|kennenlernen|interview)",
            r"gespräch (?:einladen|ein\b)",
            # an Indian public-sector undertaking's "Your admit card for the Computer Based Test is now available"
            r"\badmit card\b",
            r"\bhall ticket\b",
            # the public service's "Einladung zum Auswahlgespräch", "laden Sie zu einem Auswahlgespräch ... ein"
            r"auswahlgespräch",
            # a research institute's job talk: "zu einem Probevortrag mit anschließendem Gespräch ... einladen"
            r"probevortrag",
            r"entretien",
            r"entrevista(?!ndo)",  # ("está entrevistando a otros candidatos": a wait)
            # "la siguiente etapa: una evaluación psicotécnica en línea", "una prueba de conocimientos"
            # (and in the plural: "unas pruebas psicotécnicas en línea")
            r"\b(?:evaluaci[oó]n(?:es)?|pruebas?|ex[aá]men(?:es)?|tests?) (?:psicot[eé]cnic[ao]s?|psicol[oó]gic[ao]s?|"
            r"psicolaboral(?:es)?|de conocimientos|t[eé]cnic[ao]s?|de personalidad|de aptitud(?:es)?)\b",
            r"(?:une|l'|votre|en|d'une|d') ?entrevue\b",
            r"interview (?:times|slots?|availability|schedule)",
            r"(?:booked|registered|scheduled|signed up|confirmed) for (?:our|the|a|an upcoming) hiring event",
            r"select (?:your )?(?:interview )?times",
            r"(?:portfolio|design|case study|code|system design) (?:review|presentation|walkthrough|session)",
            r"(?:case|strategy|product|final|panel) presentation",
            # "prepare a short presentation on a project you're proud of and present it to the team"
            r"\bprepare (?:a |an )?(?:short |brief |\d+[- ]minute )?presentation\b",
            # "a short growth case ... 30-min presentation to me and our CEO"
            r"\b(?:growth|marketing|business|sales|product|strategy|go-to-market|gtm) case\b(?! stud)",
            r"\bpresentation to (?:me|us|the team|our (?:\w+ )?(?:team|ceo|cto|founders?|director|manager|panel))\b",
            r"(?:design|case|written|home|technical|coding|data|product|model(?:l)?ing|excel|sql|analysis|research|"
            r"writing) (?:exercise|assignment|task|case study|challenge)",
            r"c(?<!your c)(?<!your own c)ase study",  # ("loved your case study on the check-in flow": their portfolio)
            r"(?:would|'d) (?:like|love) to (?:meet|speak with|talk with|talk to|speak to) you\b",
            r"(?:like|love|wants?|wanted) (?:you )?to meet (?:you|the team|with)",
            # a pharmaceutical rep's day in the car with the district manager: "do a field ride with him"
            r"\bfield[- ]ride\b|\bride[- ]along\b",
            # "I'd like you to meet Marcus, who leads our ML platform team"; "a technical deep dive"
            r"(?:like|love|want) you to meet\b",
            r"(?:technical|project|code|architecture) deep[- ]dive",
            r"meet (?:you )?on (?:zoom|teams|google meet|meet)",
            # a start-up's "can u do a paid trial project this week? ~6 hrs" (a round of work, as a test is)
            r"\b(?:paid |unpaid |short )?trial (?:project|task|assignment|week)\b",
            # "they would like to see you on Thursday at 10:00 ... for a competency-based interview"
            r"(?:would|'d) (?:like|love) to see you (?:on|at|for|in|next|this)\b",
            r"\bfor an? (?:[\w-]+ ){0,3}interview\b(?! (?:tips|questions|prep|practice|guide))",
            # a booking page's confirmation of an interview (Microsoft Bookings: "Booking confirmed: Interview - Budget
            # Analyst")
            r"(?:booking|appointment|reservation) (?:is )?confirmed:? [^\n]{0,20}\binterview\b",
            r"meeting invite",
            r"(?:vous|te) rencontrer\b",
            r"une rencontre",
            # (not a short call: "échanger avec vous par téléphone quelques minutes" is the late screen rule's)
            r"échanger avec vous(?![^.\n?]{0,30}\b(?:par|au) téléphone\b)",
            r"en visio",
            r"kennenlernen",
            r"technical (?:conversation|discussion|session|screen)",
            r"hiring manager (?:conversation|interview|call|chat|screen|round)",
            # ("Your hiring manager round is scheduled for Monday", "your L1 technical round ... is scheduled")
            r"\byour (?:[\w-]+ ){0,3}round\b[^.\n]{0,40}\b(?:is|has been) (?:scheduled|confirmed|booked)",
            r"panel interview",
            r"videollamada",
            r"invitation to (?:an? )?interview",
            r"prueba (?:técnica|de código|práctica)",
            # an Argentine start-up's "un challenge técnico para resolver en 72 horas"
            r"(?:challenge|desaf[ií]o|reto|ejercicio) (?:técnico|de código|práctico)",
            r"(?:avanzas|pasas|avanzaste|pasaste) a la siguiente (?:etapa|fase|ronda)",
            r"(?:siguiente|próxim[oa]) (?:etapa|fase|paso) (?:del proceso )?(?:es|será)",
            r"caso en vivo",
            r"evaluaci(?:ón|ones) (?:psicométricas?|psicológicas?|técnicas?|de conocimientos|en línea)",
            # a contact centre's "el link para tu evaluación de inglés (Versant)", "examen de inglés"
            r"(?:evaluación|examen|prueba|test) de (?:inglés|idioma|nivel de inglés)",
            r"(?:ha|has) sido preseleccionad[ao]",
            # (and in the plural: "te pedimos contestar unas pruebas psicométricas en línea")
            r"(?:pruebas?|exámenes|examen|tests?) (?:psicométric\w*|de conocimientos|en línea)",
            r"test (?:psychotechnique|de personnalité|de logique)",
            # (Austria's "Aufnahmetest")
            r"(?:online-test|eignungstest|einstellungstest|aufnahmetest)",
            r"caso práctico",
            r"test technique",
            r"étude de cas",
            # a Québec start-up's "un exercice de design à faire à la maison"
            r"\bexercice (?:de (?:design|cas|code|programmation|rédaction|conception)|pratique|technique)\b",
            r"\bexercice\b[^.\n]{0,40}\b(?:à faire|à réaliser) (?:à la maison|chez (?:toi|vous))\b",
            r"cas pratique",
            r"(?:modell?ing|business|financial|written|technical|sales) case\b",
            r"mise en situation",
            r"technische (?:aufgabe|übung)",
            r"fallstudie",
            r"zu einem (?:\w+ )?(?:gespräch|kennenlernen|interview|termin)",
            r"(?:zweite[snm]?|weitere[snm]?|nächste[snm]?) (?:gespräch|runde|interview)",
            r"video-?(?:call|gespräch|interview|konferenz)",
            r"concertar una entrevista",
            r"(?:completar|realizar|hacer|responder) (?:un|una) (?:cuestionario|prueba|test|evaluación)",
            r"cuestionario (?:online|en línea)",
            r"come in (?:and|to|for) (?:meet|an interview|a chat|a conversation)",
            r"open interviews?\b",
            r"walk-?in interviews?",
            r"just walk in",
            r"(?:have|get|bring) you in (?:for|to) (?:an? )?(?:\w+ )?(?:interview|chat|conversation|meet)",
            r"meet the (?:\w+ )?team",
            r"(?:your|the) itinerary",
            r"you(?:'ll| will) meet with",
            r"in front of the team",
            r"(?:assessments? (?:invitation|is ready|expires|link)|start (?:the |your )?test|test invitation|work sample)",
            r"(?:work|job) simulation",
            r"move ahead with the [^.\n]{0,40}process",
            r"(?:you have|you've|have been|has been) short[- ]?listed",
            r"book (?:your|an|a) (?:interview|slot)",
            r"invite you (?:in|along) for",
            # an in-person meeting answering the application: "je vous propose de nous rencontrer à l'atelier"
            r"(?:propose|proposons|proposer) de (?:nous|vous) rencontrer",
            r"(?:souhaiterions|aimerions|voudrions) vous rencontrer",
            r"passed the sift",
            r"(?:first|second|next)[- ]stage interview",
            r"(?:technical|coding|managerial|hr|system design|first|second|third|1st|2nd|3rd) round\b",
            r"\bround (?:[1-4]|one|two|three)\b",
            r"(?:chat|conversation|call|meeting) with [^.\n]{0,30}\b(?:director|hiring manager|team lead|"
            r"head(?! of[\w ]{1,30}\b(?:role|position|job|opening|vacancy)\b))\b",
            # Mexico's "platicar": "una plática técnica", "¿te late platicar el viernes con Ana, nuestra líder de
            # producto?"
            r"(?:plática|charla|conversación|sesión) técnica",
            # a client through its agency: "FD is keen to meet - it's Kingsbury Castings - Wednesday 10am work for you?"
            r"\b(?:is|are|'s|'re) (?:very |really )?keen to (?:meet|see|speak to|speak with|talk to|interview)\b",
            # a studio's "we'd like you to do a short compositing test (2 shots, 5 days)", an "art test"
            r"\b(?:like you to|ask you to|invite you to) (?:do|complete|take) (?:a|an|our) (?:short |quick |small |brief |"
            r"paid )?(?:[\w-]+ )?test\b",
            # a recruiter's "you have an interview with the unit manager tomorrow at 2 CST"
            r"\byou have an? (?:phone |video |zoom |teams |in-person |virtual |technical )?interview (?:with|at|on|"
            r"tomorrow|today|scheduled|booked|set)\b",
            # a client through its agency: "Westpac want a chat Thursday at 2pm with the security architecture lead"
            r"\b(?:want|wants|would like|'d like) (?:a|to have a) (?:quick |short |brief |first |initial )?(?:teams |zoom |"
            r"video |phone |telephone )?(?:chat|call|catch-up|meeting|conversation)\b[^.?\n]{0,40}\bwith (?:the|their|its|"
            r"his|her) [^.?\n]{0,30}\b(?:lead|manager|director|head|cto|cio|ciso|cfo|ceo|architect|partner|founder)\b",
            # an agency's line: "Arla want you in Thurs 11am at Stockport - ok?", "They want you back for a 2nd with the
            # head of planning"
            r"\b(?:want|wants|would like|'d like) (?:to see |to have )?you (?:in|back in|back for (?:a|an|the) "
            r"(?:2nd|second|3rd|third|further|final|follow-up)\b)(?! (?:the|a|an|mind|touch|charge|person)\b)"
            r"(?=[^.?\n]{0,40}\b(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|"
            r"friday|tomorrow|today|next week|\d{1,2}(?::\d{2})? ?(?:am|pm)|\d{1,2}(?:st|nd|rd|th)|with)\b)",
            # a client through its agency: "El cliente es Altamar Seguros y te quieren conocer el martes a las 10"
            r"\b(?:te|le|os) (?:quieren|quiere) conocer\b",
            r"(?:platicar|conversar|charlar|reunirte|hablar|plática|charla|conversación|reunión)\b[^.?\n]{0,30}\bcon "
            r"[^.?\n]{0,40}\b(?:líder|lider|director|directora|gerente|cto|ceo|jefe|jefa|fundador|fundadora)\b",
        ),
    ),
    (
        "screen",
        _any(
            r"phone screen",
            r"recruiter call",
            # a physician recruiter's "I'd love to set up a call to tell you about our practice"
            # (not a signature's "Book a call with me anytime")
            r"(?:set up|schedule|arrange) (?:a|an) (?:quick |short |brief |introductory |intro |phone |zoom |video |"
            r"teams )?(?:call|chat|phone call)\b(?! with (?:the|our|their|me) )",
            # Canada's federal public service: "you have been screened in to the next phase" (the screen passed; after
            # the interview rules: "You have been screened in ... We would like to invite you to an interview")
            r"(?:have been|has been|were|was) screened in\b",
            r"(?:platicar|conversar|charlar|hablar) (?:\d+|unos|quince|veinte|treinta) minutos",
            r"(?:charla|llamada|conversación|entrevista) (?:inicial|telefónica)",
            # "tener una primera charla de 20 minutos por Meet", "una breve llamada"
            r"(?:primera|breve|corta) (?:charla|llamada|conversación)",
            r"(?:charla|llamada|conversación) (?:de|por) (?:\d+|unos|quince|veinte|treinta|media hora|meet|zoom|teams)",
            # ("Would you be free for a quick phone chat on Monday morning?")
            r"(?:quick|short|brief|introductory|intro|initial|screening) (?:phone |telephone |video )?(?:call|chat|"
            r"conversation)",
            # "Are you keen for a quick korero on the phone on Friday?" (a conversation's word in any tongue)
            r"\b(?:quick|short|brief) \w+ (?:on|over) the phone\b",
            r"\d+[- ]minute (?:phone |coffee |video |zoom |intro |introductory )?(?:call|chat|conversation)",
            r"\d+\s*-?\s*min\.? (?:phone |video |intro |introductory |teams |zoom |meet |google meet )?(?:call|chat|"
            r"conversation)",
            # an agency relaying its client's ask: "Avon Foods have asked for a quick call with you"
            r"(?:has|have|'ve) asked for an? (?:quick |short |brief |first |initial )?(?:phone |teams |zoom |video )?"
            r"(?:call|chat|conversation)\b",
            r"get to know you",
            # "Would you be open to a quick Zoom this week?"
            r"\b(?:quick|short|brief) (?:zoom|teams|video|google meet|meet)(?: call| chat)?\b",
            # "Do you have a few minutes to chat by phone this week?"
            r"(?:a )?few minutes to (?:chat|talk|speak|connect)\b",
            # "Would you be open to a first call with me? Let me know a few slots"
            r"open to (?:a |an )?(?:first|quick|short|brief|intro|introductory|initial) (?:call|chat|conversation)\b",
            r"(?:chat|talk|speak|catch up) (?:by|over the) phone\b",
            # a founder's "Want to grab a virtual coffee with me next week? 30 min, just getting to know each other"
            r"get(?:ting)? to know each other",
            # a job site's introduction: "You've been introduced to Loom Labs ... Nina would like to chat with you"
            r"(?:would|'d) (?:like|love) to (?:chat|talk|speak) with you\b",
            # "they'd like to have a chat with you on Thursday arvo"
            r"(?:would|'d) (?:like|love) to have a (?:quick |short |brief )?(?:chat|talk|yarn|catch-?up) with you\b",
            # ("Mercy want to have a chat with you on Thursday arvo")
            r"\bwants? to have a (?:quick |short |brief )?(?:chat|talk|yarn|catch-?up) with you\b",
            r"you(?:'ve| have) been introduced to\b",
            r"(?:grab|have|get|do) a (?:virtual|quick|casual|short|remote) coffee\b",
            # a contractor's "Give me a call at 614-555-0199 when you get a chance"
            r"give me a (?:call|ring)\b",
            r"(?:call|text) me (?:at|back|when|on)\b",
            # "could we grab 30 min this week?"
            # ("could we do 45 minutes on Thursday to talk through the role?")
            # a start-up's relayed "want to chat Thursday for 20 minutes?"
            r"\b(?:want|like|love) to (?:chat|talk|connect)(?: \w+){0,3} for (?:\d+|fifteen|twenty|thirty) ?(?:min(?:ute)?s?)\b",
            r"(?:grab|find|get|set up|book|schedule|(?:could|can) we do) (?:\d+|fifteen|twenty|thirty|forty-five|sixty)"
            r"(?: |-)?(?:min(?:ute)?s?)\b"
            r"(?! (?:to complete|for the (?:assessment|test)))",
            # "would you have time for a call on Wednesday or Thursday?"
            r"(?:have|got|find) (?:some )?time for a (?:quick |short |brief |phone |video )?(?:call|chat)\b",
            # a practice owner's "Can you talk Thursday after 5?": a call proposed for a day or time
            r"(?:can|could) (?:you|we) (?:talk|chat|speak)(?= (?:today|tomorrow|monday|tuesday|wednesday|thursday|"
            r"friday|saturday|this|next|after|before|at \d|later|sometime)\b)",
            r"phone (?:call|conversation)",
            r"hop on a (?:quick )?call",
            # "I'd like to have an informal chat with you on Teams this week"
            r"informal (?:chat|call|conversation|discussion)",
            # "I'd love to connect for 20 minutes to hear about your sales background"
            r"(?:connect|chat|talk|speak|meet) for (?:about |around |roughly )?\d+ (?:minutes|mins)\b",
            # a small employer's "can I give you a call tomorrow around 10 to talk about the job?"
            r"give you a (?:quick )?call\b[^.\n]{0,40}\b(?:talk|chat|discuss|go over)\b",
            # "want to grab a virtual coffee chat?" (a calendar's "Coffee chat with Sam Ortiz" is networking)
            r"(?:grab|have|do) a (?:virtual |quick |casual )?coffee chat|(?:virtual|quick) coffee chat",
            # a founder's "Would you be free for a coffee chat next week?"
            r"(?:free|available|up) for an? (?:quick |short |casual |informal |virtual )?(?:coffee chat|coffee|cuppa)\b",
            # "can we connect over a call for 15 minutes tomorrow to discuss further?"
            r"(?:connect|speak|talk) (?:over|on) a (?:quick |short |brief )?(?:phone )?call",
            r"call for (?:\d+|fifteen|twenty|thirty) (?:minutes|mins)",
            r"(?:quick|short) (?:yarn|natter)",
            r"(?:yarn|chat|call|catch-?up) on the phone",
            r"entretien téléphonique",
            r"(?:breve|pequeña|rápida|primera) llamada",
            r"llamada (?:breve|rápida|corta|inicial)",
            r"\d+ minutos por teléfono",
            r"hablar por teléfono",
            r"(?:bref|court|premier) (?:échange|appel) téléphonique",
            r"(?:premier|court|bref|petit) appel\b",
            r"(?:premier|court|bref|petit) échange\b(?! (?:de mails|par (?:e-?)?mail|écrit))",
            r"échange (?:de|d'une?) (?:\d+|quinze|vingt|trente) minutes",
            r"appel (?:de|d'une?) (?:\d+|quinze|vingt|trente) minutes",
            r"point par téléphone",
            r"point téléphonique",
            # "Je souhaiterais échanger quelques minutes avec vous par téléphone"
            r"(?:échanger|parler|discuter|faire (?:un|le) point)[^.\n?]{0,40}\bpar téléphone\b",
            r"kurzes? (?:telefonat|gespräch am telefon)",
            r"(?:erste[snm]?|kurze[snm]?) telefon(?:gespräch|at|interview)",
            r"telefongespräch",
            # "ein kurzes telefonisches Erstgespräch (ca. 20 Minuten)"
            r"erstgespräch",
            # "einen kurzen telefonischen Termin mit Ihnen vereinbaren"
            r"telefonische[nmrs]? (?:termin|austausch|rückruf)",
            r"telefonische[sn]? (?:gespräch|interview|kennenlernen)",
        ),
    ),
    (
        # scheduling without saying which round: after the screen's phrases ("book a time for an intro call")
        "interview",
        _any(
            r"schedule (?:an? |your )?(?:call|conversation)",
            r"schedule a time to (?:talk|chat|speak|meet)",
            r"(?:let'?s|could we|can we) find (?:a |some )?time to (?:talk|chat|speak|meet|connect)\b",
            r"(?:pick|select|choose|book) a time" + _NOT_ONBOARDING,
            # (not a signature's own link: "Book time with me: https://calendly.com/talent-team/30min")
            r"(?<!with me: https://)(?<!with me: http://)calendly\.com",
            # a hiring manager's one line from his phone: "Can u do thurs 3pm? -Mike" (the "u" read as "you" before)
            r"\b(?:can|could) you do (?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|monday|tuesday|wednesday|thursday|friday|"
            r"tomorrow|today|next week)\w*\b[^\n?]{0,25}\?",
            r"(?:have|got) \d+ minutes",
            # ("Would you be free for a 20-minute Teams call on Monday?")
            r"(?:free|available) for a (?:quick |short |brief |first )?(?:(?:\d+|fifteen|twenty|thirty)[- ]?min(?:ute)?s? )?"
            r"(?:chat|call|conversation|zoom|teams call|video call|google meet|phone call)\b",
            # "we're moving you forward to the next round!"
            r"(?:moving|move|moved|advancing|advance|advanced|progressing|progress) you (?:forward |ahead |on )?"
            r"(?:to|into) (?:the )?next (?:round|stage|step)",
            r"get you on the phone",
            r"come (?:by|in|over) for an? (?:\w+ )?interview",
            # "we'd love to invite you in to present one of your projects to the design team"
            r"invite you (?:in|along) to (?:present|meet|talk)",
            r"present (?:one of )?your (?:work|projects?|portfolio|case stud(?:y|ies))",
            # "can you come in Tuesday at 3 to sit down with me and our director of operations?"
            r"sit down with (?:me|us|our|the)\b",
            r"(?:come in|stop by|swing by|come by)\b[^.?\n]{0,40}\bto (?:meet|chat|talk)\b",
            r"(?:grab|get|meet for|meet up for|have) (?:a )?coffee\b",
            # "Fancy a video call on Friday?", "set up a short video call"
            r"fancy a (?:quick |short |brief )?(?:video |phone |zoom )?(?:call|chat)",
            r"(?:set up|schedule|arrange|have|do) a (?:quick |short |brief |first )?video (?:call|chat)",
            r"get (?:something|a time|a call|some time) on (?:the|your|my) calendar",
            r"\d+ ?mins? (?:over|on|via) (?:google meet|meet|zoom|teams|the phone|phone)",
            r"(?:find|grab|set up|book|schedule) (?:\d+|some|a few) minutes",
            r"platicar contigo",
            r"conversar contigo",
            # (and in "usted": "Grupo Pascual quiere conocerle en sus oficinas")
            r"conocerte|conocerle|conocerla",
            r"(?:vos|tes) (?:créneaux|disponibilités)",
            r"(?:tu|su) disponibilidad",
            r"(?:select|reserve|book|pick|choose) a (?:\d+[- ]minute )?(?:slot|time)\b" + _NOT_ONBOARDING,
            r"find a time to (?:chat|talk|speak|meet)",
            r"share (?:your availability|(?:\w+ ){0,3}(?:windows|times|slots))",
            r"windows that work",
        ),
    ),
    (
        "reply",
        _any(
            # InfoJobs' "Nuevo estado: En proceso" (the employer reviewing it)
            r"(?:(?:nuevo |new )?(?:estado|status|estatus)(?: (?:de|of) (?:tu|su|your) (?:candidatura|postulación|application))?\s*:\s*)(?:en proceso|en revisión|in review|under review)\b",
            # Dutch
            r"(?:nog )?(?:bezig met|in gesprek met) (?:de |andere )?(?:gesprekken|kandidaten|selectie|sollicitaties)",
            r"(?:hoor|horen) (?:je|u) (?:uiterlijk|binnenkort|volgende week|zo snel mogelijk)",
            r"(?:je|u) (?:hoort|horen) (?:uiterlijk|binnenkort|volgende week|zo snel mogelijk|ten laatste)",
            r"(?:selectie)?procedure loopt nog",
            r"still (?:reviewing|under review|in review|interviewing)",
            # "Your application for Senior Policy Officer with Transport for NSW is progressing. The hiring manager is
            # reviewing applications."
            r"\bapplication\b[^.\n]{0,100}\bis progressing\b",
            r"(?:hiring manager|panel|hiring team|selection panel) is (?:currently )?(?:reviewing|assessing) "
            r"(?:the |all )?applications\b",
            # the Australian Public Service's "you have been found suitable and placed in a merit pool" (an offer may
            # or may not follow from it)
            r"(?:placed|included) (?:you )?in (?:a|the|our) merit (?:pool|list)",
            r"found suitable (?:and|for)\b",
            # (and Canada's public service: "you have been found qualified ... and placed in a pool")
            r"found qualified\b[^.\n]{0,80}\bplaced in (?:a|the) (?:pool|inventory)",
            # a residency's "we have placed you on our interview waitlist"; a programme's "you are on our waitlist"
            r"(?:placed|put|added) (?:you )?(?:on|to) (?:our|the|an?) (?:interview )?(?:wait ?list|waiting list)",
            r"(?:you are|you're|you remain) on (?:our|the) (?:interview )?(?:wait ?list|waiting list)",
            # a programme director after the interview: "We will be finalizing our rank list in February"
            r"(?:finaliz|finalis)\w* (?:our|the) rank(?:ing)? list",
            # "we are still in the process of reviewing applications"; "you're still very much in consideration"
            r"still in the (?:process|midst) of (?:reviewing|interviewing|evaluating|screening|assessing)",
            r"still (?:very much )?(?:in consideration|under consideration|being considered|in the running)",
            r"(?:process|timeline|decision|hiring) (?:has been|is|was) (?:a (?:bit|little) )?(?:delayed|pushed back)",
            r"still (?:working|going) through (?:the )?(?:applications|candidates|resumes|the pool)",
            # "our team is carefully working through every application" (a first receipt's is read as the receipt)
            r"(?:working|going) through (?:every|each|all(?: the| of the)?) (?:application|candidate|resume)s?\b",
            r"hope to have (?:an update|news|a decision)",
            r"remains under review",
            # an exercise received ("our team will review your results and reach out about next steps")
            r"\b(?:will|to) (?:now )?(?:review|evaluate|assess|look (?:over|at)) your (?:results|submission|responses|answers|"
            r"work)\b",
            # "you have been placed on the ranked list of eligible applicants in position 14"
            # ("placed on the district's eligibility list for Kindergarten Teacher")
            r"placed on (?:the|our|an?)(?: [\w-]+['’]s)? (?:ranked |eligib\w+ |hiring |merit |eligible )*(?:list|register|"
            r"pool|panel)\b",
            # a federal notice of results that refers no one yet: "You have been found eligible and qualified"
            r"(?:found|are|were|rated) (?:eligible and qualified|qualified and eligible)\b",
            r"continu\w* to review",
            r"noch in prüfung",
            # "Wir sind noch im Auswahlprozess und melden uns spätestens Ende des Monats bei Ihnen"
            r"noch (?:mitten )?im (?:auswahl|bewerbungs|entscheidungs)(?:prozess|verfahren)",
            r"melden (?:uns|wir uns) (?:spätestens|bis (?:ende|zum|spätestens)|in den nächsten (?:tagen|wochen)|"
            r"nächste woche)",
            r"toujours en cours",
            # (InfoJobs' "Tu candidatura sigue en proceso", an employer's state of it)
            r"sigue en (?:revisión|proceso)",
            r"seguimos en (?:el )?proceso",
            # "Seguimos con el proceso de selección; te diremos algo la semana que viene"
            r"seguimos con el proceso",
            # "El proceso va un poco más lento de lo previsto; esperamos tener novedades a finales de mes"
            r"(?:esperamos|espero|esperamos poder) (?:tener|darte|darle|daros) (?:novedades|noticias|una respuesta)",
            r"(?:te|le|os) (?:diremos|contaremos|diré|contaré) algo\b",
            r"(?:todavía|aún) (?:está|están|estamos|seguimos) (?:entrevistando|conociendo)",
            # a wait, however sorry it sounds ("Leider können wir Ihnen noch keine Entscheidung mitteilen")
            r"noch keine (?:entscheidung|rückmeldung)",
            r"zwischenbescheid",
            # "Zwischennachricht zu Ihrer Bewerbung": "dass Ihre Bewerbung noch in Bearbeitung ist"
            r"zwischennachricht",
            r"\b(?:bewerbung|unterlagen) (?:ist |sind |befindet sich |befinden sich )?noch in (?:der )?bearbeitung\b",
            # "I've passed your resume along to the hiring manager and will let you know as soon as I hear back"
            r"(?:passed|forwarded|shared|sent) (?:along )?your (?:resume|résumé|cv|application|profile) (?:along |on )?"
            r"(?:to|with) (?:the|our) (?:hiring manager|hiring team|team)",
            r"let you know (?:as soon as|once|when) (?:i|we) hear back",
            # "your profile is still under process"; "still waiting on feedback from the hiring manager and hope to
            # update you by the end of next week"; "I will update you once I receive feedback from the panel"
            r"still under process",
            r"(?:still )?waiting (?:on|for) (?:feedback|a decision|an update|the decision)",
            r"(?:update|get back to) you (?:once|as soon as|when) (?:i|we) (?:receive|get|hear|have)",
            r"hope to (?:update you|get back to you)",
            # "leider dauert die Auswahl noch etwas länger als geplant"; "taking a little longer than expected"
            r"dauert[^.\n]{0,40} länger",
            r"(?:take|takes|taking|took|taken) (?:a (?:bit|little) |slightly |somewhat )?longer(?: to \w+)? than "
            r"(?:expected|planned|"
            r"anticipated|we (?:hoped|expected|planned))",
            r"(?:prend|prendra) (?:un peu )?plus de temps que prévu",
            r"(?:tomando|tomará|llevando|llevará) (?:un poco )?más (?:tiempo )?de lo (?:previsto|esperado)",
            r"(?:benötigen|brauchen) (?:wir )?noch (?:etwas )?zeit",
            r"need (?:a (?:bit|little) )?more time",
            r"besoin d'un peu plus de temps",
            r"necesitamos (?:algo|un poco) más de tiempo",
            r"still (?:meeting|interviewing|speaking (?:with|to)|talking (?:with|to)|in (?:talks|conversations?|"
            r"discussions?) with) (?:other |a few |some |a couple of "
            r"|several |two |three )?(?:other )?(?:candidates|applicants|people)",
            r"(?:have|make|reach) a decision (?:early |by |later )?(?:next|this) week",
            # "we're still finishing interviews ... and expect to make a decision by Friday"
            r"still (?:finishing|wrapping up|completing|conducting) (?:up )?(?:our |the |some )?(?:interviews|"
            r"conversations|calls)",
            r"(?:expect|hope|plan|aim) to (?:make|have|reach|share|finali[sz]e) (?:a |our )?(?:final )?decisions?",
            # "we're still in the middle of interviews and should have news early next week"; "your application is
            # still active and being considered"; "our timeline has shifted a bit"; "we're wrapping up the last
            # couple of interviews this week and will circle back soon"
            r"(?:still )?in the (?:middle|midst) of (?:interviews|interviewing|our process|the process|reviewing)",
            r"should have (?:news|an update|a decision|more information)",
            r"(?:application|candidacy|profile) is still (?:active|open|being considered|in process|in review)",
            r"timeline (?:has|had) (?:shifted|changed|slipped|moved)",
            r"(?:finishing|wrapping up|completing) (?:up )?(?:our |the )?(?:last |final )?(?:couple of |few )?"
            r"(?:interviews|conversations)",
            r"circle back (?:soon|shortly|next week|with you soon)",
            # "we should be in a position to confirm next steps after that"; "we've had a delay with funding
            # confirmation and hope to resume the process in the new year"
            r"(?:should|will|hope to|expect to) be in a position to (?:confirm|share|update|let you know|make|decide)",
            r"(?:had|experienced|there (?:has|have) been|run into) (?:a |some )?(?:delays?|hold-?ups?)\b",
            r"resume (?:the|our) (?:process|search|hiring|recruitment)",
            # "our search committee meets every other Tuesday and will discuss the pool at its next meeting"; "we
            # haven't forgotten about you! ... we'll pick things back up when she returns"
            r"(?:committee|panel|board) (?:meets|will meet|is meeting|will discuss|has yet to meet)",
            r"at (?:its|our|their|the) next meeting",
            r"(?:haven't|have not|not) forgotten (?:about )?you",
            r"pick (?:things|this|it) (?:back )?up (?:when|once|after|again)",
            # "the search has been extended a couple of weeks ... you're still very much a candidate"; "we're running
            # a few days behind on decisions"
            r"still (?:very much )?(?:a candidate|in the (?:running|mix|process))",
            r"(?:search|process|timeline|deadline) (?:has been|was|is being) (?:extended|pushed)",
            r"running (?:a (?:few days|bit|little|week) |slightly )?behind\b",
            r"(?:derzeit|noch) nicht (?:sagen|mitteilen)",
            r"(?:not|no) (?:yet )?(?:made|reached) (?:a|any|our) (?:final )?decision",
            r"no decision (?:has been made|yet)",
            r"pas encore (?:de (?:décision|réponse)|pris (?:de|notre) décision)",
            r"(?:todavía|aún) no (?:hemos tomado|tenemos) (?:una )?(?:decisión|respuesta)",
        ),
    ),
    (
        # "unfortunately" alone: a rejection when no other step is named ("unfortunately our hiring manager is
        # travelling, so we moved your interview"; "unfortunately we cannot match your equity" in an offer)
        "rejected",
        _any(
            r"unfortunately",
            r"regrettably",
            r"\bleider\b",  # (not a Dutch "teamleider")
            r"malheureusement",
            r"lamentablemente",
            r"desafortunadamente",
            # no phrase of a step, but a decision without you ("we've made a hiring decision for the role", "we
            # don't have a suitable opening for you", "we've decided to keep looking"): after the offer's phrases,
            # which a "hiring decision" may lead into
            r"(?:made|reached) (?:a|our) (?:hiring|final) decision",
            r"(?:don't|do not) have (?:a|any) (?:suitable |matching |good |right )?(?:opening|position|role|fit|match)",
            r"(?:don't|do not) see a (?:fit|match)\b",
            r"decided to keep (?:looking|searching)",
            # "we're going to keep looking for this one"
            # (not "we'll keep looking at applications through Friday")
            r"(?:going to|will|'ll) keep (?:looking|searching)\b(?! (?:at|through|over|into|for your)\b)",
            r"application\b[^.\n]{0,30}\b(?:is|has been) no longer active\b",
            # composed, when no step's phrase is read: a negation shortly before an outcome ("your profile was not
            # one we could take further", "we're unable to consider you for the next stage") (not "only those
            # selected will be contacted")
            r"(?:not|n't|no longer|unable to|cannot)\b[^.!?\n,;]{0,40}\b(?<!only )(?<!those )(?:selected|"
            r"considered|shortlisted|chosen|picked|successful|progress(?:ed|ing)?|advanc(?:e|ed|ing)|proceed(?:ed|ing)?|"
            r"(?:move|moving|moved|take|taking|taken) (?:you |your \w+ |it )?(?:forward|ahead|further)|"
            r"(?:a|the) (?:right |good |strong |close |best |ideal |perfect )?(?:fit|match|person|candidate)|suitable|"
            r"looking for|qualif\w+|extend\w* (?:you )?an offer|offer you|invite you)\b",
            # composed, the same way: a decision shortly before someone else ("the panel has progressed other
            # applicants to the next stage", "the team has chosen someone whose background lines up more closely"),
            # not one that names you ("we've invited you and two other candidates")
            r"\b(?:decided|decision|chosen|chose|selected|recommended|offered|progressed|advanced|shortlisted|went|"
            r"gone|going|moved|moving|hired|picked)\b(?:(?!\byou\b)[^.!?\n]){0,50}\b(?:another|other|someone|"
            r"somebody|a different|an? (?:candidate|applicant|finalist))\b",
            r"(?:yours|you) (?:was|were) not (?:among|one of) (?:them|those|the)\b",
            # "so we'll be closing out your application"; "your application has been declined"; "decided to look
            # elsewhere"
            r"clos(?:e|ing) out your (?:application|candidacy)",
            # "the position has been put on hold indefinitely and we are closing all applications"; feedback that
            # decides: "we were not fully convinced about your motivation for this role"
            r"(?:are|were|will be) clos(?:ing|ed) (?:all|the) (?:applications|candidacies)\b",
            r"\bwe (?:were|are) not (?:fully |entirely |completely |yet )?convinced\b",
            # "we have extended an offer to someone else who has accepted"
            r"(?:extended|made) (?:an|the|our) offer to (?:another|someone|somebody|a different|an? (?:other|internal|"
            r"external) )",
            r"offer (?:has been |was )?(?:extended|made) to (?:another|someone|somebody|a different|an? (?:other|"
            r"internal|external) )",
            r"(?:application|candidacy)\b[^.\n]{0,60}\b(?:has been|was|is) declined\b",
            r"decided to (?:look|search) elsewhere",
            # "applicants whose skills are a better match", "candidates whose experience more closely aligns"
            # (a receipt's "we will contact candidates whose qualifications best match", "only applicants whose
            # experience ... will be contacted" is no decision)
            r"(?<!contact )(?<!contacting )(?<!reach out to )(?<!in touch with )(?<!invite )(?<!inviting )(?<!only )"
            r"(?<!interview )(?:candidates|applicants|profiles|individuals|finalists) whose (?:[\w-]+ ){0,2}"
            r"(?:experience|skills?|"
            r"background|qualifications|profiles?|expertise)",
        ),
    ),
    (
        "applied",
        _any(
            # a testing network's exam reservation naming the public employer applied to: "Agency applied to: ..."
            r"agenc(?:y|ies) applied (?:to|for)\s*:",
            # an Indian public-sector undertaking's "Your online application for the post of Engineer Trainee ... has
            # been successfully registered. Your Registration Number is ..."
            r"(?:online )?application\b[^.\n]{0,120}\b(?:has been|is|was) successfully registered",
            # a college placement cell's "Your registration for the Vertex Infotech campus drive ... has been
            # confirmed" (a campus drive is the employer's hiring at the college)
            r"(?:registration|registered) (?:for|in) (?:the )?[^.\n]{0,60}\b(?:campus|placement|recruitment|hiring|"
            r"pool) (?:drive|campaign)\b",
            # Dutch
            r"bedankt voor (?:je|jouw|uw) (?:sollicitatie|kandidatuur)",
            r"(?:ontvangst van|ontvangen) (?:je|jouw|uw) (?:sollicitatie|kandidatuur)",
            r"ontvangstbevestiging",
            r"(?:je|jouw|uw) (?:sollicitatie|kandidatuur)\b[^.\n]{0,80}\b(?:is|werd) (?:goed |succesvol |correct )?(?:ontvangen|verstuurd|verzonden)",
            r"thank(?:s| you) for (?:applying|your application|your interest)",
            r"application (?:received|submitted)",
            r"application has been (?:submitted|sent|received)",
            r"(?:was|has been) (?:submitted|received) successfully",
            # an agency's: "I've now submitted your CV to my client, Pennine Foods"; "put you forward for the role"
            r"(?:submitted|sent|forwarded|passed|presented) (?:over )?your (?:cv|resume|résumé|profile|details|"
            r"application)(?: and (?:portfolio|profile|cv|resume))? (?:over |across |through )?(?:to|for) (?:my|our|the) "
            r"client",
            r"put you forward (?:to|for)",
            r"put your (?:cv|resume|résumé|profile|details) forward (?:to|for)",
            *_AGENCY_SUBMITS,
            # a search firm's "Thank you for submitting your materials for the Director of Programs search" (not an
            # agency's "thanks for sending your CV over! I'll keep it on file": no application yet)
            r"thank(?:s| you) for (?:submitting|sending in) your (?:materials|application materials|application|"
            r"candidacy)\b",
            # "j'ai présenté votre candidature à notre client Loire Pharma"
            r"(?:présenté|transmis|envoyé|soumis|proposé) votre (?:candidature|cv|profil|dossier) (?:à|au|auprès de) ",
            r"present(?:é|ado|amos) (?:tu|su) (?:candidatura|cv|perfil|postulación) (?:a|al|ante) ",
            r"(?:te he|le he|os he|te hemos|le hemos) presentado (?:a|al|ante) (?:nuestro|mi) cliente",
            r"(?:vorgestellt|weitergeleitet)[^.\n]{0,40}(?:unserem|meinem) (?:kunden|mandanten|klienten|auftraggeber)",
            r"(?:ihre|deine) (?:bewerbung|unterlagen|profil) (?:an|bei) (?:unseren|meinen) (?:kunden|mandanten|klienten|auftraggeber)",
            # "habe ich Ihr Profil heute bei unserem Kunden Holsten Kühllogistik für die Position ... vorgestellt"
            r"(?:ihr|ihre|dein|deine)(?<!darf ich ihr)(?<!darf ich ihre)(?<!kann ich ihr)(?<!kann ich ihre) (?:dossier|"
            r"bewerbung|unterlagen|profil|cv|lebenslauf) (?:\w+ ){0,2}(?:an|bei) (?:unserem|unseren|meinem|meinen|unserer|"
            r"meiner) (?:kunden|mandanten|kundin|mandantin|klienten|klientin|auftraggeber)\b[^.\n]{0,80}\b(?:vorgestellt|weitergeleitet|präsentiert|"
            r"eingereicht|übermittelt)",
            # "habe ich Ihr Dossier unserem Kunden, Sihl Logistik AG, ... weitergeleitet"
            r"(?:ihr|ihre|dein|deine)(?<!darf ich ihr)(?<!darf ich ihre)(?<!kann ich ihr)(?<!kann ich ihre)"
            r" (?:dossier|bewerbung|unterlagen|profil|cv|"
            r"lebenslauf) (?:an )?(?:unserem|unseren|"
            r"meinem|meinen) (?:kunden|mandanten|klienten|auftraggeber)",
            # "I've submitted your resume to Ledgerly for the Senior Backend Engineer role": the client named
            r"(?:i'?ve|i have|we'?ve|we have) (?:now )?(?:submitted|sent|forwarded|passed) (?:over )?your "
            r"(?:cv|resume|résumé|profile|application|details) (?:over |through |across )?to (?!(?:the|our|my|a) "
            r"(?:hiring|team|manager|recruit))",
            r"received your application",
            # "You're all set! We have your materials", "This note confirms we have received your materials"
            r"(?:received|we have|we've got|we got) your (?:materials|application materials|submission|documents)\b",
            r"application confirm",
            r"appreciate your interest",
            r"your application (?:to|for|at|was sent)",
            r"vielen dank für ihre bewerbung",
            r"eingangsbestätigung",
            r"ihre bewerbung (?:bei|als|ist)",
            r"(?:merci|remercions|remercier)[^.\n]{0,30} (?:pour|de) (?:votre|ta) candidature",
            r"merci (?:pour|de) (?:votre|ta) candidature",
            r"nous avons bien reçu (?:votre|ta) candidature",
            r"candidature (?:[^.\n]{0,80} )?a (?:bien )?été (?:envoyée|reçue|transmise|enregistrée)",
            r"accus(?:é|ons) (?:de )?réception de (?:votre|ta) candidature",
            r"(?:tu|su) candidatura [^.\n]{0,120}(?:se ha enviado|ha sido (?:enviada|recibida|registrada))",
            # a job board's "deine Bewerbung für Ausbildung Bankkauffrau ... wurde erfolgreich verschickt"
            r"bewerbung\b[^.\n]{0,120}(?:wurde|ist) (?:erfolgreich )?(?:verschickt|versendet|übermittelt|abgeschickt)",
            # LinkedIn in German: "Ihre Bewerbung wurde an Lindenhof Analytics gesendet"
            r"bewerbung wurde an [^.\n]{1,80}? (?:gesendet|gesandt|übermittelt|geschickt|weitergeleitet)",
            r"te has inscrito (?:correctamente )?en la oferta",
            # an agency's form: "CANDIDATE SUBMISSION ... Client: Discovery ... Status: Submitted"
            r"(?:^|\n)[ \t]*status[ \t]*:[ \t]*(?:cv |profile |candidate )?(?:submitted|presented|sent to (?:the )?client)\b",
            r"te postulaste",
            # Colombia's job sites: "Te has postulado a la vacante Diseñador UX Senior en Banco Andino", Magneto's
            # "¡Tu hoja de vida llegó a Rappiflex!"
            r"(?:te has|se ha) postulado (?:correctamente |con éxito )?(?:a|en|para)\b",
            r"(?:tu|su) (?:hoja de vida|cv|postulación|candidatura) (?:llegó|ha llegado|ya llegó) a\b",
            # (Computrabajo's "Has aplicado correctamente a la oferta Analista de Ventas en ...")
            r"(?:has|ha) aplicado (?:correctamente |con éxito )?(?:a|para)",
            r"aplicaste (?:a|para)",
            # (and in Catalan: "Gràcies per la teva candidatura", "hem rebut la teva candidatura")
            r"gràcies per (?:la teva|la vostra|presentar la teva) candidatura|hem rebut la (?:teva|vostra) candidatura",
            r"gracias por postularte",
            # Latin America's and the US's Spanish: "Gracias por aplicar a la posición de ... en Pagoflex", "tu
            # aplicación fue recibida"
            r"gracias por (?:aplicar|tu aplicación|su aplicación)\b",
            r"(?:tu|su) aplicación (?:fue|ha sido) (?:recibida|enviada)",
            # Laborum's subject "Postulaste a Ingeniera de Proyectos en Constructora Andes Sur"
            r"\bpostulaste (?:a|al|en)\b",
            r"recepción de (?:tu|su) (?:postulación|solicitud|hoja de vida|candidatura)",
            # (a legal form's dots on the way: "en Constructora Andes Sur S.A. fue enviada")
            r"(?:tu|su) (?:postulación|solicitud)\b(?:[^.\n]|(?<=\b[a-z])\.){0,100}(?:fue enviada|se envió|ya está|"
            r"fue recibida|"
            r"se realizó con éxito|fue realizada|ha sido registrada)",
            r"postulación (?:exitosa|realizada con éxito|enviada con éxito)",
            # Colombia's "Tu hoja de vida fue enviada a Transportes Sabana", "enviamos tu hoja de vida a"
            r"(?:tu|su) (?:hoja de vida|cv|currículum|curriculum)\b(?:[^.\n]|(?<=\b[a-z])\.){0,60}(?:fue|ha sido) "
            r"(?:enviad[ao]|recibid[ao]|registrad[ao])",
            r"enviamos (?:tu|su) (?:hoja de vida|cv|postulación)",
            r"gracias por (?:tu|su) (?:postulación|candidatura|solicitud)",
            r"hemos recibido (?:tu|su)",
            # Latin America's preterite: "te confirmamos que recibimos tu solicitud"
            r"recibimos (?:correctamente )?(?:tu|su) (?:solicitud|postulación|cv|candidatura|hoja de vida)",
            r"gracias por presentar (?:tu|su) (?:solicitud|candidatura|postulación)",
            r"confirmación de (?:tu|su) (?:solicitud|candidatura|postulación)",
            # a Colombian bank's "Confirmamos su postulación a la vacante Profesional Contable"
            r"confirmamos (?:la recepción de )?(?:tu|su) (?:solicitud|candidatura|postulación)",
            r"(?:got|have|'ve got|'ve received|have received) your application",
            r"\breceived your application",
            r"your application (?:is in|has arrived|was received|has been received|was submitted|was completed)",
            r"putting yourself forward",
            r"(?:confirmation of|confirms that) your submission",
            r"submission [^.\n]{0,80}(?:completed|received)",
            r"candidature (?:reçue|envoyée)",
            r"(?:nous est|a) bien (?:été )?(?:parvenue|reçue)",
            r"l'intérêt que vous portez",
            r"accusé de réception",
            r"(?:receiv\w*|recib\w*|reçu\w*|erhalten)[^.\n]{0,40}\b(?:application|postulaci\w*|candidatur\w*|bewerbung)",
            r"(?:application|postulaci\w*|candidatur\w*|bewerbung)\b[^.\n]{0,40}\b(?:receiv\w*|recib\w*|reçu\w*|"
            r"erhalten|eingegangen|submitted|enviad\w*|envoy\w*)",
            r"gracias por postular",
            r"thanks for submitting",
            r"thank(?:s| you)(?: so much| very much)? for (?:your|the) (?:recent |online |job )?(?:application|applying)",
            r"(?:have|got|received) your (?:recent )?application",
            r"you'?ve applied for",
            # (not a footer's "you are receiving this email because you applied for a position")
            r"\byou (?:have )?(?:successfully )?applied (?:to|for)\b(?<!because you applied for)(?<!because you applied to)",
            r"(?:tu|su) (?:solicitud|candidatura|postulación) (?:se ha enviado|ha sido enviada|fue enviada|ha quedado)",
            r"inscripción [^.\n]{0,80}(?:realizado|registrad|completad|con éxito)",
            r"confirmación de (?:tu |su )?inscripción",
            r"gracias por postularte",
            # a New Zealand school's "Ngā mihi for your application"
            r"\b(?:ngā|nga) mihi (?:nui )?for your (?:application|interest)\b",
            # receipts without "applying" ("This confirms receipt of your application", "Thanks for your
            # submission", "Your application has been recorded", "We've received your materials")
            r"receipt of your (?:application|submission|cv|resume|résumé|documents)",
            # ("Thanks Ewan, we've received your portfolio and will be in touch": a practice's answer)
            r"(?:received|receive|got) your (?:materials|submission|documents|details|cv|resume|résumé|portfolio|"
            r"cv and portfolio|work samples)\b",
            r"(?:thank(?:s| you)(?: so much| very much)? for|appreciate) (?:your|submitting your) (?:submission|application)",
            r"thank(?:s| you) for submitting",
            r"application (?:has been|was|is) (?:recorded|logged|registered|saved)",
            r"bewerbung [^.\n]{0,80}(?:erfolgreich )?(?:versendet|übermittelt|eingegangen|abgeschickt|gesendet)",
            r"(?:danke|vielen dank|herzlichen dank) für (?:ihre|deine) bewerbung",
            r"(?:dich|sich) (?:bei uns )?beworben",
            r"eingang ihrer bewerbung",
            r"réception de (?:votre|ta) candidature",
            r"d'avoir postulé",
            r"(?:unterlagen|bewerbung\w*) (?:sind|ist) (?:bei uns )?(?:gut |wohlbehalten )?eingegangen",
            r"candidature a (?:bien )?été prise en compte",
        ),
    ),
]
