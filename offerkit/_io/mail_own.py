"""The person's own mail by phrase (issue #24): an application sent by mail, a thank-you, a follow-up, a withdrawal, an
offer accepted or declined.
"""

from __future__ import annotations

import re

from .phrases import _I, _any

#: A shop's words: an "offer" beside them is a discount, not a job.
_PROMO = _any(r"exclusive", r"% off", r"\$\d+ off", r"discount", r"\bsale\b", r"coupon", r"promo", r"rabatt", r"soldes")

#: A thank-you that looks back on a meeting days ago (with a check-in it is a follow-up).
_PAST_MEETING = _any(
    r"last week",
    r"the other day",
    r"(?:a few|couple of|several|two|three) (?:days|weeks) ago",
    r"earlier this (?:week|month)",
    r"last month",
)

#: Thanks for an invitation ("thank you for the interview invitation", "thanks for inviting me to interview").
_THANKS_FOR_INVITATION = _any(r"invit(?:ation|e|ing)\b", r"reaching out")
#: A meeting that has happened ("today's interview", "meeting the team yesterday", "enjoyed our conversation").
_MET = _any(
    r"\btoday\b",
    r"\byesterday\b",
    r"this morning",
    r"this afternoon",
    r"earlier",
    r"\benjoyed\b",
    r"great (?:to meet|meeting|speaking|talking|chatting)",
    r"(?:was|it's been) (?:great|lovely|a pleasure)",
)

#: The person's own mail.
#: A yes that accepts only when an offer was made ("Kim - yes, let's do it! Please send over the paperwork"; a bare
#: "¡Acepto!", "J'accepte !", "Ich nehme an!"): among the accepting rules, and :data:`_INFORMAL_YES`, which the reader
#: checks an offer against.
_YES_ONLY = (
    r"(?:yes,? )?let'?s do (?:it|this)[!.]?",
    r"¡?\bacepto\s?[!.]|\bj'accepte\s?[!.]|\bich nehme (?:es |das angebot )?an\s?[!.]",
    r"\bi'?ll be there\b|\b(?:allí|ahí) estaré\b|\bj'y serai\b",
    # a contractor's "Brilliant, happy to go ahead - please confirm with them"
    r"\bhappy to (?:go ahead|proceed)\b",
    # an Australian "Stoked, let's lock it in!"
    r"\b(?:let'?s|please|yes,? please) lock it in\b",
    # a British "That's brilliant - please accept on my behalf!"
    r"\b(?:please )?accept (?:it |the offer |the role |the post |the job )?on my behalf\b",
    # an Irish "Delighted, go on so - accept it!" (an instruction to the recruiter, not a question)
    # (and "yes!! accept it, thank you so much Shaz")
    r"(?:^|[-–—,.!:]\s*|\bgo on so\s*[-–—,]?\s*|\bplease\s+)accept (?:it|the offer|their offer|that)\s*[!.,]",
    # "Yes, I confirm. Please proceed with the onboarding."
    r"\bplease (?:proceed|go ahead) with (?:the |my )?onboarding\b",
    # (and a date: "Yes! Thank you so much Deb, see you on the 25th.")
    r"(?:i'll |i will )?see you (?:on |at )?(?:monday|tuesday|wednesday|thursday|friday|orientation|then|"
    r"the \d{1,2}(?:st|nd|rd|th)?)\b",
    # a crew member's "Yes! I'd love to. Thank you so much!" to a manager's "we'd love to have you join our crew"
    # (not "Yes! I'd love to join the team. I accept": the acceptance its own words say)
    r"\byes[!.,]*\s+i'?d (?:love|be (?:happy|glad|delighted|thrilled)) to\s*[!.]",
    # a German "sehr gerne, bitte sagen Sie zu!" to the consultant relaying the offer (zusagen: to accept)
    r"\bbitte sagen sie (?:für mich |gerne |in meinem namen )?zu\b",
)
_INFORMAL_YES = re.compile("|".join(_YES_ONLY), _I)

OWN_RULES = [
    (
        # an offer turned down is the offer's own end (``declined``), not a withdrawal
        "declined",
        _any(
            r"declin(?:e|ing) (?:the|your|this|your kind|the kind|your generous) (?:\w+ )?offer",
            r"(?:not|unable to|cannot|can't) (?:to )?accept (?:the|your|this) (?:\w+ )?offer",
            # "unfortunately I won't be able to accept the offer, as I've committed to another company"
            r"(?:won'?t|will not|wouldn'?t|am not|'m not) (?:be )?able to accept (?:the|your|this) (?:\w+ )?offer",
            # "thank you so much for the offer, but I've decided not to accept it"
            r"\boffer\b[^.\n]{0,80}\b(?:decided|chosen|chose) not to accept\b",
            # "Thank you so much for the offer. After a lot of thought, I've decided it isn't the right fit for me"
            r"\boffer\b[^\n]{0,120}\b(?:decided|realized|concluded|feel) (?:that )?(?:it|this|the role)(?:'s| is)(?:n'?t| not) "
            r"(?:the )?right (?:fit|move|step|time|choice)\b",
            r"(?:not be able to|unable to|cannot|can't) accept (?:it|the loi|your loi|the letter of intent)\b",
            r"turn(?:ing)? down (?:the|your|this) (?:\w+ )?offer",
            # a law student's "I am writing to release my offer from Coyle Hartman so that it may be extended to
            # another student"
            r"\brelease (?:my|the|your|this) (?:\w+ )?offer\b",
            r"(?:say|saying) no to (?:the|your|this) (?:\w+ )?offer",
            # "I've decided to go with another company, so I'll be declining it"
            r"(?:i'll|i will|i am|i'm) (?:be )?declining (?:it|the offer|your offer|this offer)\b",
            r"(?:have to|need to|must|going to|'ll have to|will have to) turn (?:it|this|that) down",
            r"décliner (?:votre|l'|cette) ?offre",
            # "Merci pour votre proposition. Après mûre réflexion, j'ai décidé de la décliner"; "habe ich mich
            # entschieden, es nicht anzunehmen"; "Muchas gracias por la oferta, pero he decidido no aceptarla"
            r"(?:proposition|offre)[^\n]{0,120}\b(?:la |le |l')(?:décliner|refuser)\b",
            r"(?:angebot|vertrag\w*)[^\n]{0,120}\bnicht an(?:zu)?(?:nehmen|zunehmen)\b",
            r"oferta[^\n]{0,120}\bno (?:aceptarla|la acepto|puedo aceptarla|voy a aceptarla)\b",
            r"(?:pas en mesure|ne (?:peux|pourrai|pourrais) pas|impossible) d'accepter (?:votre|cette|la|ta) "
            r"(?:proposition|offre)",
            r"(?:votre|cette|ta) (?:proposition|offre)[^.\n]{0,80}(?:ne pas (?:y )?donner suite|décliner|refuser)",
            r"rechazar (?:la|su|tu) (?:\w+ )?oferta",
            r"angebot [^.\n]{0,30}(?:ablehnen|absagen|nicht annehmen)",
        ),
    ),
    (
        "withdrew",
        _any(
            # "I got into the apprenticeship so I'm going to pass on the helper job"
            # "I'm no longer looking, so please close out my application"
            r"\bclose (?:out )?my (?:application|candidacy|file)\b",
            r"\b(?:i'?m|i am) no longer (?:looking|on the market|job[- ]hunting|job[- ]searching|searching)\b",
            r"(?:going to|gonna|will|i'll|have to|need to|decided to) pass on (?:the|this|your) (?:[\w-]+ ){0,2}"
            r"(?:job|role|position|opportunity|offer)\b",
            # a short text's "i actually just took a job at sunvale so im gonna pass", "i got a job at a grocery store so
            # i dont need the interview anymore"
            r"\b(?:i'?m|im|i am) (?:going to|gonna) (?:have to )?pass\b(?! (?:it|this|that) (?:on|along|to))",
            r"\b(?:don'?t|do not|no longer|won'?t) need (?:the|this|that|my|an?) (?:interview|call|meeting|spot)\b",
            # "I took a job at a warehouse so I can't continue with the cashier position"
            r"\b(?:can'?t|cannot|won'?t be able to|will not be able to|am unable to) (?:continue|proceed|move forward) "
            r"(?:with|in) (?:the|this|your|my) (?:[\w-]+ ){0,3}(?:position|role|job|process|application|"
            r"opportunity)\b",
            # Dutch
            r"trek (?:ik )?mijn (?:sollicitatie|kandidatuur) in",
            r"mijn sollicitatie (?:in ?trekken|intrekken)",
            r"(?:andere baan|andere functie|ander aanbod) (?:heb )?aangenomen",
            r"withdraw (?:my|from)",
            r"withdraw me from",
            r"withdrawing my application",
            r"ziehe (?:hiermit )?meine bewerbung [^.\n]{0,20}zurück",
            r"ziehe (?:ich )?(?:hiermit )?meine bewerbung\b[^.\n]{0,60}zurück",
            # "I need to pull out of the interview process", "I'd like to remove myself from the process"
            r"\b(?:pull|step|back) out of (?:the|this|your) (?:[\w-]+ ){0,2}(?:process|search|running|consideration)\b",
            r"\bremove myself from (?:the|this|your|further) (?:[\w-]+ ){0,2}(?:process|consideration|search|running)\b",
            r"ziehe (?:ich )?(?:hiermit )?meine (?:kandidatur|unterlagen)\b[^.\n]{0,60}zurück",
            r"(?:eine )?andere (?:stelle|position|arbeitsstelle) angenommen",
            r"rückzug meiner bewerbung",
            r"rücknahme meiner bewerbung",
            r"bewerbung\b[^.\n]{0,60}zurück(?:zu)?ziehen",
            r"(?:ne pas|pas) (?:y )?donner suite",
            r"für ein anderes (?:angebot|stellenangebot|unternehmen) entschieden",
            r"retirer ma candidature",
            r"retirar mi candidatura",
            r"retiro mi (?:candidatura|postulación|solicitud)",
            r"(?:he aceptado|acepté) otra (?:oferta|propuesta|posición)",
            r"retirar(?:me)? (?:del proceso|mi postulación|mi solicitud)",
            r"me retirer du processus",
            r"desisto del proceso",
            r"acepté otra (?:propuesta|oferta|posición)",
            # "acabo de aceptar otra propuesta, así que prefiero no continuar en el proceso"
            r"acept\w* otra (?:propuesta|oferta|posición|vacante)",
            r"prefiero no (?:continuar|seguir)",
            r"(?:no continuar|no seguir|declinar) (?:en|con) el proceso",
            r"me permito declinar",
            r"declinar (?:mi|a mi) (?:participación|postulación|candidatura)",
            r"(?:je )?retire ma candidature",
            r"(?:je )?me désiste",
            r"me désister",
            r"accepté (?:une autre|un autre) (?:proposition|offre|poste)",
            r"remove me from (?:consideration|the process)",
            # "I'm no longer looking, so I'll have to pull out of the process"; "remove myself from consideration"
            r"(?:pull|pulling|step|stepping|bow|bowing|back|backing) (?:out|away|back) (?:of|from) (?:the|your|this) "
            r"(?:process|search|running|consideration)",
            r"remove myself from (?:consideration|the process|the running)",
            r"withdraw my (?:candidacy|candidature)",
            # ("I have accepted another firm's offer")
            r"accept(?:ed)? (?:an|another|a) (?:[\w'’-]+ ){0,2}(?:offer|position|role|job)\b(?! (?:with|at) (?:you|your))",
            r"(?:have|had|need) to (?:say no|pass)\b",
            # "I'm going to pass on Casco Bay" (not "going to pass on my references to ...")
            r"\b(?:i'?m|i am) going to pass on (?!(?:my|your|the|his|her|their|this to|that to) (?:details|feedback|"
            r"note|message|info\w*|references?|number|contact|cv|resume)\b)\w",
            # "so I'm going to pass on the shutdown this time", "so I'm going to say no for now" (to an offer: a no)
            r"(?:going to|gonna|i'll|i will) (?:say no|pass)(?: on (?:it|this|that|the [\w-]+))? (?:this time|for now|"
            r"on this one)\b",
            # "J'ai finalement choisi une autre entreprise pour mon alternance"
            r"(?:choisi|opté pour|retenu|accepté) une autre (?:entreprise|structure|agence|société|offre|proposition)",
            r"decided to decline",
            r"go(?:ing)? ahead with (?:another|a different|an?other) (?:opportunity|offer|role|position|company)",
            r"tak(?:e|ing) up (?:an|another|a) (?:[\w-]+ )?(?:offer|position|role|job)",
            r"(?:respectfully |must |have to |will )decline",
        ),
    ),
    (
        # after the withdrawals: "I have accepted another offer" withdraws from this one
        "accepted",
        _any(
            # Dutch
            r"(?:neem|accepteer|aanvaard) (?:het|jullie|uw|je) (?:aanbod|contract|voorstel)",
            # a tradesman's "Sounds good, I'll take it. Send me the paperwork." (not "I'll take it from here")
            r"\bi'?ll take (?:it|the (?:job|offer|position|role|contract))\b(?!\s*(?:from|into|under|as|up|on|off|with|"
            r"easy|over|back|out|down|to)\b)",
            # "I just accepted my offer in Workday" (not "I've accepted an offer elsewhere", a withdrawal above)
            r"\bi (?:just |have |'ve |already )?accepted (?:my|the|your) (?:\w+ )?offer\b"
            r"(?![^.\n]{0,40}\b(?:another|elsewhere|other|different)\b)",
            # "das Angebot, das ich hiermit gerne annehme"; "Je vous confirme avec plaisir mon accord pour la
            # proposition d'embauche"
            r"(?:angebot|vertrag\w*)[^.\n]{0,40}\b(?:hiermit |sehr |gerne |gern )*annehme\b",
            # (and Belgium's "Je marque mon accord sur votre proposition")
            r"(?:confirme|donne|marque) (?:avec plaisir |bien )?mon accord (?:pour|sur|à) (?:la|votre|cette|l')",
            r"contract (?:heb )?getekend",
            r"heb het contract getekend",
            r"(?:happy|pleased|delighted|thrilled|excited|glad) to (?:formally |officially )?accept (?:the|your) "
            r"(?:\w+ )?(?:offer|position|role)",
            r"(?:formally |officially )?accept(?:ed|ing)? (?:the|your|this) (?:[\w-]+ ){0,2}offer",
            # "I am writing to formally accept Whitcomb & Reyes's offer to join the 2026 Summer Associate Program"
            r"(?:writing|delighted|happy|pleased|glad|thrilled|excited) to (?:formally |officially )?accept \w[^.\n]{0,60}?"
            r"['’]s? offer\b",
            r"(?:signed|countersigned) (?:the |my )?(?:job |formal |employment |written )?(?:offer|offer letter|contract|"
            r"documents|paperwork|copy)",
            r"(?:thrilled|happy|delighted|excited|pleased|glad) to say yes",
            r"(?:thrilled|happy|delighted|excited|pleased|glad|honou?red|proud|grateful|(?:i'?d|i would) love) to "
            r"(?:formally |officially |verbally )?accept\b"
            r"(?! (?:the|your|this|an?) (?:\w+ )?(?:invitation|interview|meeting|call|chat))",
            r"signed the (?:offer )?letter",
            # "Thanks heaps - signed letter attached"
            r"signed (?:offer )?letter (?:is |are )?(?:attached|enclosed)",
            # "please find attached my signed letter of offer" (Australian and British English)
            r"signed (?:the |my )?(?:letter of (?:offer|appointment)|contract of employment|employment (?:agreement|"
            r"contract))",
            # an informal yes: "I'm in! I'll sign the paperwork tonight", "count me in"
            r"\bi'?m in[!.]",
            r"count me in\b",
            # (a yes to an offer only: the reader checks that one was made, :data:`_YES_ONLY`)
            *_YES_ONLY,
            r"(?:i'll|i will|i'm going to) sign (?:the|my) (?:paperwork|offer|offer letter|contract|documents)",
            r"signed everything",
            # an Australian "All signed! ... really looking forward to starting on the 16th"
            r"\ball (?:signed|signed and sent)\b[!.]",
            # (not a thank-you's "looking forward to starting the next stage")
            r"looking forward to starting (?:on (?:the|monday|tuesday|wednesday|thursday|friday)\b|next (?:week|month|"
            r"monday|tuesday|wednesday|thursday|friday)\b|with (?:the team|you all|everyone)\b|my new (?:role|job|position)\b)",
            # a travel nurse to her agency's recruiter: "yes! Please accept it for me"
            r"please accept (?:it|the offer|this(?: offer)?|the contract) (?:for|on behalf of) me\b",
            r"signed and (?:sent|returned)(?: it)? back",
            # "Dana - thank you! I accept, and I'm excited to get started": a short yes to an offer
            r"\bi (?:happily |gladly |hereby )?accept[!.,]",
            r"\bi (?:happily |gladly |hereby )?accept(?: and\b|\s*[-–—])",
            # "I would like to accept Rakuten's offer" (not "... your invitation to interview")
            r"\bi(?:'d| would) like to (?:formally |officially )?accept (?:[\w'’&.-]+ ){0,3}(?:offer|position|role|job|"
            r"contract|appointment)\b",
            # "Confirmed - I accept the contract."
            r"\bi (?:happily |gladly |hereby )?accept (?:the|this|your) (?:contract|offer|role|position|assignment|"
            r"placement)\b",
            r"(?:consider|treat) this (?:e-?mail|mail|message) as my (?:formal )?acceptance",
            # "Please accept this email as formal acceptance of your offer", "It is with great pleasure that I accept
            # the position of Marketing Coordinator"
            r"\bas (?:my )?(?:formal |official |written )?acceptance of (?:the|your|this|my)\b",
            r"\bthat i (?:happily |gladly |hereby |formally |officially )?accept (?:the|your|this) (?:[\w-]+ ){0,2}"
            r"(?:position|role|job|offer)\b",
            r"my acceptance of (?:the|your) (?:offer|loi)",
            # "I'm happy to confirm my acceptance of the Product Manager position"
            r"(?:confirm|confirming|communicate|send) my (?:formal )?acceptance of (?:the|your|this) (?:[\w-]+ ){0,4}"
            r"(?:position|role|job|offer)\b",
            # "Please go ahead and confirm my acceptance" (to the agency's consultant who relayed the offer)
            r"\b(?:please|go ahead and|can you|could you) (?:\w+ )?(?:confirm|communicate|pass on|relay) my "
            r"(?:formal )?acceptance\b",
            r"(?:i'?m|i am) officially (?:on board|joining|in)\b",
            r"unterschriebenen? (?:arbeits|dienst)?(?:vertrag|vertragsunterlagen)",
            r"vertrag unterschrieben",
            r"accepte (?:votre|l'|cette) ?offre",
            r"j'accepte (?:avec (?:grand |beaucoup de )?plaisir )?(?:votre|ta|cette|la) (?:proposition|offre)",
            # ("J'accepte volontiers l'offre de Nestlé")
            r"j'accepte (?:volontiers|avec (?:grand |beaucoup de )?plaisir|avec joie) (?:l'|votre |ta |cette |la )"
            r"(?:offre|proposition)",
            r"que j'accepte",
            r"j'accepte avec (?:grand |beaucoup de )?(?:plaisir|enthousiasme|joie|bonheur)",
            # (and in Spanish: "acepto con mucho gusto")
            r"acepto con (?:mucho )?(?:gusto|entusiasmo|alegría|ilusión)",
            # an ETT's worker: "¡Genial! Confirmo que me incorporo el lunes."
            r"\b(?:confirmo|te confirmo|le confirmo|os confirmo) que me incorporo\b",
            # "je suis ravie d'accepter votre proposition"
            r"(?<!pas )(?:ravie?|heureuse?|enchantée?|contente?) d'accepter",
            r"d'accepter (?:votre|cette|la|ta) (?:proposition|offre)",
            # "Je vous confirme avec plaisir mon acceptation du poste"
            r"(?:confirme|confirmer|confirmons) (?:avec plaisir |avec joie )?mon acceptation",
            r"mon acceptation (?:du poste|de (?:votre|l'|cette) ?offre|de (?:votre|la|cette) proposition)",
            r"promesse (?:d'embauche )?signée",
            # "je vous remercie pour votre proposition et vous confirme mon accord"
            r"(?:vous |te )confirme mon accord",
            r"acepto (?:la|su|tu) (?:\w+ )?(?:oferta|propuesta)",
            r"(?:con gusto|encantad[ao] de) (?:la |lo )?acepto",
            # "la acepto encantada; te envío firmada la propuesta"
            r"\b(?:la|lo) acepto (?:encantad[ao]|con (?:mucho )?gusto|con (?:mucha )?ilusión)",
            r"firmad[ao] (?:la|el) (?:propuesta|oferta|contrato|carta)",
            r"(?:la|el|mi) (?:propuesta|oferta|contrato|carta oferta|carta de oferta) firmad[ao]",
            # "Les envío mi carta oferta firmada; acepto con mucho gusto"
            r"\bacepto (?:con (?:mucho |muchísimo )?gusto|encantad[ao])\b",
            # "Kindly find attached the signed duplicate copy of my offer letter as my acceptance"
            r"\bas my (?:formal )?acceptance\b",
            r"signed (?:duplicate )?copy of (?:my |the |your )?(?:offer letter|letter of (?:offer|appointment)|contract)",
            r"(?:confirmar(?:os|le|te|les)?|confirmo) que (?:la |lo )?acepto",
            r"(?:confirmo|le confirmo|te confirmo) mi aceptación",
            r"sage (?:ihnen |dir |euch )?(?:sehr )?gerne zu",
            # "Hiermit sage ich den Ausbildungsplatz zu"
            r"\bsage ich (?:ihnen |dir |euch )?(?:hiermit )?(?:den|die|das|ihre|ihr|eure?) (?:ausbildungsplatz|stelle|angebot|"
            r"position|studienplatz|vertrag|praktikumsplatz) (?:gerne |sehr gerne )?zu\b",
            r"acepto (?:encantad[oa] |con gusto )?(?:la|su|tu|vuestra) (?:\w+ )?(?:oferta|propuesta)",
            r"nehme [^.\n]{0,30}angebot [^.\n]{0,20}an\b",
            r"nehme [^.\n]{0,30}(?:ausbildungsplatz|studienplatz|stelle|vertrag) [^.\n]{0,30}an\b",
            # "Ich freue mich, Ihr Angebot anzunehmen" (not "... nicht anzunehmen", the refusal's rule before)
            r"(?:freue mich|gerne bereit),? (?:ihr|ihre|dein|deine|das|die) (?:\w+ )?(?:angebot|stelle|vertrag\w*) "
            r"anzunehmen\b",
        ),
    ),
    (
        "thank_you",
        _any(
            # Dutch
            r"bedankt voor het (?:\w+ )?gesprek",
            r"dank(?: je wel| u wel)? voor het (?:\w+ )?gesprek",
            r"thank you for (?:your time|taking the time|the (?:conversation|interview|chat))",
            # "Thank you so much for taking the time to speak with me today", "Thanks again for organizing yesterday's
            # onsite"
            r"thank(?:s| you)(?: again| so much| very much)* for (?:taking the time|organi[sz]ing|arranging|setting up|"
            r"hosting|having me|meeting with me|speaking with me|talking with me)\b",
            # "Thank you for the time this afternoon"
            r"thank(?:s| you)(?: so much| very much)? for (?:the|your) time (?:this|today|yesterday|earlier|on)\b",
            r"pass (?:on |along )?my thanks",
            # "The interview went well - thank you for setting it up. Please let them know I appreciated their time."
            r"thank(?:s| you)(?: so much| again| very much)? for (?:setting|lining|organi[sz]ing|arranging) (?:it|this|"
            r"that|everything)(?: up)?\b",
            r"\bappreciated (?:their|his|her) time\b",
            # (a recruiter's, in the four languages: "L'entretien s'est très bien passé, merci encore de m'avoir
            # présentée")
            r"\bthe interview went (?:really |very |so )?well\b",
            r"\b(?:l'entretien|l'échange|la rencontre) s'est (?:très |vraiment |super )?bien passée?\b",
            r"\b(?:das gespräch|das interview|das kennenlernen) (?:ist|lief|war) (?:sehr |richtig |wirklich )?gut\b",
            # ("la entrevista con el equipo fue muy interesante")
            r"\bla entrevista\b[^.\n]{0,40}\b(?:fue|salió|ha ido|ha sido|estuvo) (?:muy |súper |bastante )?(?:bien|"
            r"interesante|agradable|enriquecedora|grata)\b",
            # "please pass along my thanks to Mr. Singh ... for their time this morning"
            r"\bfor (?:their|his|her) time\b",
            r"enjoyed (?:the|our|my|today's) (?:panel|interview|conversation|chat|call|meeting|visit)",
            # "Thank you for a wonderful visit" (a campus visit, a day on site)
            r"thank(?:s| you)(?: so much| again)? for (?:a|such a|the) (?:wonderful|great|lovely|terrific|productive|"
            r"fantastic|warm|memorable|brilliant) (?:visit|day|afternoon|morning|(?:assessment|discovery) (?:centre|center|"
            r"day)|insight day|superday)\b",
            # ("Thanks to you and Lena for the pairing session today": a round named by its kind of session)
            r"thank[^.\n]{0,60}\b(?:interview|conversation|meeting|chat|call|speaking|talking|your time|"
            r"assessment (?:centre|center|day)|site visit|showing me a?round|having me|(?:pairing|coding|design|"
            r"technical|whiteboard|working|case|panel) session)",
            # ("danke für das angenehme Gespräch heute", "ich bedanke mich für das nette Gespräch")
            # (and a compound's: "für das angenehme Fachgespräch heute", "das nette Vorstellungsgespräch")
            r"(?:vielen |herzlichen )?(?:danke?|bedanke mich) für (?:das|den|unser|unseren|ihr|dein) (?:\w+ )?\w*"
            r"(?:gespräch|interview|"
            r"telefonat|kennenlernen|probearbeitstag|probetag|schnuppertag|auswahltag|assessment-?center)",
            r"merci pour (?:l'entretien|votre temps)",
            # "je tenais à vous remercier, ainsi que toute l'équipe, pour l'accueil chaleureux"
            # (and "Je vous remercie pour l'entretien de cet après-midi")
            r"remercie[rs]?[^.\n]{0,60}\bpour (?:l'|votre |cet |cette |le |la |notre )?(?:accueil|entretien|échange|"
            r"rencontre|temps)",
            r"gracias por (?:la entrevista|su tiempo|tu tiempo)",
            # (a thanks to the recruiter who arranged it: "¡Gracias por la gestión! La entrevista de hoy estuvo muy
            # buena", and the interview enjoyed, as "enjoyed today's interview")
            r"gracias por (?:la|tu|su) gestión\b[^\n]{0,80}\bentrevista",
            r"la entrevista (?:de hoy|de ayer|de esta mañana) (?:estuvo|fue) (?:muy |súper |re )?(?:buena|bien|linda|genial)",
            r"agradezco (?:mucho |muchísimo )?(?:su|tu|el) tiempo",
            r"agradezco (?:mucho )?la oportunidad de la entrevista",
            r"agradecimiento por la entrevista",
            # ("Thanks for the panel today", "thank you for the onsite yesterday")
            r"thank(?:s| you) (?:so much |very much )?for (?:the|today's|yesterday's|this morning's|our) "
            r"(?:interview|conversation|chat|call|meeting|(?:portfolio |design |case study )?review|panel|onsite|"
            r"superday)\b",
            # ("Merci pour l'organisation de l'assessment center aujourd'hui", as "thank you for organising")
            r"merci (?:beaucoup |encore )?pour l'organisation\b",
            r"j'ai (?:beaucoup |vraiment )?apprécié (?:les échanges|l'échange|notre échange|la rencontre|l'entretien|"
            r"notre entretien|nos échanges)\b",
            r"merci (?:beaucoup |encore )?pour (?:l'entrevue|l'entretien|la rencontre|notre échange|nos échanges|"
            r"notre (?:rencontre|entretien|discussion|conversation)|"
            # ("Merci encore pour cet échange très intéressant ce matin")
            r"(?:cet|ce bel|ce bon) (?:échange|entretien|appel)|cette (?:rencontre|discussion|conversation))",
            r"thank you for the opportunity to (?:interview|speak|meet)",
            # "appreciate you taking the time to chat today!"; "great speaking with you"
            r"appreciate (?:you taking|your taking|you making|your) (?:the )?time",
            # "Really appreciated your time today", "Great speaking with you today! Thanks for walking me through the
            # team's roadmap"
            # (the day said: "great speaking with you last month - any update?" follows up)
            r"\bappreciated (?:you taking |your taking )?(?:your |the )?time (?:today|this (?:morning|afternoon|evening)|"
            r"earlier|yesterday)\b",
            r"\bgreat (?:speaking|talking|chatting|meeting|connecting) (?:with )?you (?:today|this (?:morning|afternoon|"
            r"evening)|earlier|yesterday)\b",
            r"thank(?:s| you)(?: so much| again)? for walking me through\b",
            r"thank(?:s| you)(?: so much| very much)? for (?:meeting|speaking|talking) (?:with|to) me",
            # "thank you both for this afternoon", "thanks all for today's session"
            r"thank(?:s| you)(?: both| all| again| so much| very much){0,2} for (?:(?:this|yesterday|this past) "
            r"(?:morning|afternoon|evening)|(?:today|yesterday|earlier)(?![\w'])|(?:the|today's|yesterday's) "
            r"(?:exercise|session|visit|tour|workshop|presentation))",
        ),
    ),
    (
        "follow_up",
        _any(
            r"follow(?:ing)?[- ]up",
            r"checking in on",
            r"check(?:ing)? in\b[^.\n]{0,40}(?:application|where things stand|status|process|role|position)",
            r"where things stand",
            r"reiterate my interest",
            r"touching base",
            # "just circling back on my note from last week - still very interested"
            r"circl(?:e|ing) back",
            r"still (?:very |really |quite )?interested\b",
            r"bump(?:ing)? (?:this|my (?:note|email|message))",
            r"(?:te|le|les|os) escribo de nuevo",
            r"sigo (?:muy )?interesad[oa]",
            r"por si (?:has|ha|habéis|han) tenido ocasión",
            r"how (?:the process|things) (?:is|are) (?:tracking|going|progressing)",
            r"wanted to (?:touch base|check in|follow up)",
            r"wanted to check (?:whether|if|on)\b",
            # "I'm writing to see if a decision has been made about the Marketing Coordinator role"
            r"(?:see|ask|check|know|find out|learn) (?:if|whether) (?:a|any|the) (?:final )?decision (?:has been|was|had "
            r"been) (?:made|reached)",
            r"wonder(?:ed|ing)? (?:if|whether) there(?:'s| is) (?:a|an|any) (?:timeline|update|news)",
            r"timeline for (?:the )?(?:next steps|a decision|decisions)",
            r"had (?:a|the) chance to (?:look|review|go through)",
            r"any (?:update|news)",
            # Indian English: "Request you to kindly update me on the status of the Kotak role."
            r"\b(?:kindly |please )?update me (?:on|about|regarding|with) (?:the )?(?:status|progress)\b",
            # a line to the agency's consultant: "any word from Kellogg's?", "did Plano ever get back to you?"
            # (not "Could I have until Friday to review the offer and get back to you?")
            r"\b(?:did|has|have) (?!i\b)[\w'&-]+(?: [\w'&-]+)? (?:ever |yet |already )?(?:get|got|gotten|come) back to "
            r"you\b",
            r"\bany word (?:from|on|back)\b",
            r"(?:news|update) on my application",
            r"status of my (?:application|profile|candidature|candidacy)",
            r"requesting (?:you to )?(?:kindly )?(?:an? )?update",
            r"nachfragen",
            r"(?:me permets|me permettre|permettez-moi) de revenir vers vous",
            r"revenir vers vous (?:concernant|au sujet de|à propos de)",
            r"nach dem (?:aktuellen |derzeitigen )?(?:stand|status)\b",
            r"(?:mich|uns) [^.\n]{0,30}erkundigen",
            r"nachfrage zu",
            r"zwischenstand",
            r"nachhaken",
            r"neuigkeiten",
            r"stand (?:meiner|der) bewerbung",
            r"relance",
            r"des nouvelles",
            r"timeline for (?:a|the|your) decision",
            r"(?:ask|inquire|inquiring|asking) (?:about|on) the (?:status|timeline)",
            r"checking on (?:the )?status",
            # ("¿Hay alguna novedad sobre el puesto de Inditex?")
            r"\bhay (?:alguna |algún |algo de )?(?:novedad|noticia|actualización|avance)\b",
            # ("Quisiera saber si hay alguna novedad.")
            r"(?:saber|consultar|preguntar) si (?:hay|existe|tienen?) (?:alguna |algún |algo de )?(?:novedad|noticia|"
            r"actualización|avance|respuesta)",
            # ("quería consultar si hay novedades sobre mi postulación")
            r"(?:estado|novedades|seguimiento|noticias) (?:de|sobre) mi (?:candidatura|solicitud|postulación|proceso)",
            r"en qué estado",
            r"suivi de ma candidature",
            r"(?:stand|sachstand) meiner bewerbung",
            # "gibt es schon eine Rückmeldung von der DekaBank?", "Haben Sie schon etwas gehört?"
            r"gibt es (?:schon |bereits |inzwischen |mittlerweile )?(?:eine |irgendeine )?(?:rückmeldung|feedback|"
            r"etwas neues|news)\b",
            r"(?:schon|bereits|inzwischen) (?:etwas|was) (?:von \w+ |vom kunden |vom mandanten )?gehört\b",
        ),
    ),
    (
        "applied",
        _any(
            # Dutch
            r"hierbij solliciteer ik",
            r"(?:stuur|zend) ik (?:je |u )?mijn (?:cv|sollicitatie)",
            r"mijn cv (?:vindt u|vind je|in de bijlage)",
            r"solliciteren naar de (?:functie|vacature)",
            r"(?:please find|attached (?:is|are)?) (?:attached )?my (?:updated |latest |current )?"
            r"(?:cv|resume|résumé|application|cover letter)",
            r"\bpfa (?:my|the) (?:updated |latest )?(?:cv|resume|résumé|profile)",
            r"i(?:'d| would) like to apply",
            r"i am (?:writing|applying) (?:to apply )?for",
            # a contractor's "I give Westgate Talent the right to represent me for the Cloud Engineer contract"
            r"right to represent me\b",
            # "I approve. I authorize Summit Staffing to represent me for the Epic Clinical Analyst role"
            r"\b(?:authori[sz]e|give|grant|allow) [^.\n]{1,60}\bto represent me\b",
            r"ich bewerbe mich",
            r"bewerbe mich (?:hiermit|daher|gerne|um|auf|als)\b",
            r"bewerbe ich mich",
            r"je vous adresse ma candidature",
            r"je (?:vous )?(?:soumets|transmets|fais parvenir|propose) ma candidature",
            r"(?:vous trouverez|veuillez trouver) mon (?:cv|curriculum)",
            r"adjunto mi (?:cv|currículum)",
            r"(?:enviar|envío|adjunto|comparto) mi (?:cv|currículum|hoja de vida)",
            r"me permito (?:enviar|postular)",
            r"ci-joint mon (?:cv|curriculum)",
            r"candidature spontanée",
            r"(?:vous )?adresser ma candidature",
            r"mon cv en pièce jointe",
            r"(?:trouver|trouverez) ci-joint",
            r"(?:attached|enclosed) (?:is|are|please find) my (?:cv|resume|résumé)",
            r"submitting my (?:job )?application",
            # a cold mail to a founder: "I saw you're hiring a frontend developer; ... Portfolio: ... Would love to
            # chat!" (an answer to a role, with the person's work or wish to talk: not a thank-you's "hiring")
            r"\b(?:saw|noticed|read|heard) (?:that )?you(?:'re| are) (?:hiring|looking for|recruiting)\b[\s\S]{0,400}?"
            r"\b(?:portfolio|my (?:cv|resume|résumé|work|site|website|github)|love to (?:chat|talk|connect|hear)|"
            r"i'?d be (?:a great|a good|glad|happy|keen))",
            r"\b(?:saw|noticed|came across) (?:your|the) (?:post|posting|job post|opening|listing|ad|advert) (?:for|about)"
            r"\b[\s\S]{0,400}?\b(?:portfolio|my (?:cv|resume|résumé)|love to (?:chat|talk|be considered)|"
            r"be considered)",
            # "Please accept this email and the attached resume as my application for the Operations Analyst position"
            r"\bas my (?:formal )?application (?:for|to)\b",
            r"my (?:cv|resume|résumé)(?: and cover letter)? (?:is|are) attached",
            r"(?:have )?attached my (?:cv|resume|résumé|application)",
            r"(?:love|like|want|wish|keen|eager) to apply",
            # "wanted to send my resume directly - I'd love to be considered"
            r"(?:send|sending|share|sharing|forward|forwarding) (?:you )?my (?:cv|resume|résumé)\b",
            r"(?:love|like|want|hope) to be considered for\b|(?:love|like|hope) to be considered\b",
            # ("resume + github attached", "CV & portfolio attached")
            r"(?:cv|resume|résumé|portfolio)(?: (?:and|\+|&) [\w ]{1,20})? (?:is |are )?(?:attached|(?:linked )?below)\b",
            # a cold mail's question: "any chance you're hiring?", "are you hiring engineers?"
            r"\bany chance (?:you'?re|you are|you guys are|y'?all are) (?:hiring|looking)\b",
            # an answer to a "who's hiring" thread: "I saw your post in this month's HN thread for a Rust firmware
            # engineer"
            r"(?:saw|found|came across|read|spotted) your (?:job )?(?:post|posting|listing|ad|advert|opening)\b"
            r"[^.\n]{0,80}\bfor (?:an?|the|your) \w",
            r"(?:i am|i'm) (?:applying|writing to apply)",
            r"(?:anbei|hiermit) (?:sende|schicke|übersende|übermittle) ich (?:ihnen|euch|dir) meine[nr]? "
            r"(?:lebenslauf|bewerbung|unterlagen|cv)",
            # "ich ... schicke dir anbei meinen Lebenslauf und mein Portfolio"
            r"(?:sende|schicke|übersende|übermittle) (?:ich )?(?:ihnen|euch|dir) (?:anbei|hiermit) meine[nr]? "
            r"(?:lebenslauf|bewerbung|unterlagen|cv|portfolio)",
        ),
    ),
]
#: The follow-up rule alone (a thank-you that looks back and asks where things stand is one).
_FOLLOW_UP_RULES = [rule for rule in OWN_RULES if rule[0] == "follow_up"]
