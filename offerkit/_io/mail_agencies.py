"""How agencies and search firms write about the client they submit a person to (issue #24): the agency's own
domain (:data:`_AGENCY`), the client named at once ("I've submitted your CV to my client, Pennine Foods"), kept unnamed
("our client, a leading MNC") or named in a later mail ("The client is Northwind Health", "Es handelt sich um ...").
The words only; :mod:`.mail_names` reads a mail's employer with them.
"""

from __future__ import annotations

import re

from .mail_roles import _GERMAN_INFLECTED
from .phrases import _I

#: A staffing agency or search firm writes about its client: the client is the employer, named in the mail.
_AGENCY = re.compile(
    r"staffing|recruit|talent|personnel|placement|headhunt|search-?partners|executive-?search|seleccion|selección|"
    r"rrhh|recrutement|personalberatung|personalvermittlung|"
    # the staffing firms' own names (teksystems.com, insightglobal.com, roberthalf.com, ...)
    r"teksystems|insightglobal|roberthalf|kforce|randstad|adecco|manpower|michaelpage|pagegroup|aerotek|actalent|"
    r"apexsystems|experis|kellyservices|spherion|cybercoders|motionrecruitment|harveynash|^hays$|"
    # retained executive search
    r"spencerstuart|kornferry|heidrick|egonzehnder|russellreynolds|boyden|wittkieffer|diversifiedsearch|odgers|"
    r"caldwell|hunt-?scanlon",
    _I,
)


#: An agency naming its client: "to my client, Pennine Foods", "a nuestro cliente, Ribera Energía", "à notre client
#: Loire Pharma", "unserem Kunden Nordwerk".
_CLIENT = re.compile(
    # ("The client, Sandton Asset Managers, would like to meet you": the name between commas)
    # (or between dashes: "The client - Tessaro Group - would like to offer you the role")
    # (or in brackets, said: "the client (it's Revolut) wants to set up a technical interview")
    r"(?:(?i:(?:the|my|our) client)\s+\((?i:it's|it is|that's|that is|namely|i\.e\.,?)(?=\s+[A-Z])|"
    # (or after the role, in brackets: "to a client downtown for the Executive Assistant role (it's with Ibotta - please
    # keep that confidential)")
    r"(?i:\bclient\b)[^()\n.]{0,100}\((?i:it's|it is)(?: (?i:with|for))?(?=\s+[A-Z])|"
    r"(?i:the client)\s+[-–—](?=\s+[A-Z][\w&.'\-]*(?:\s+(?:&\s+)?[A-Z][\w&.'\-]*){0,3}\s+[-–—])|"
    r"(?i:the client),(?=\s+[A-Z][\w&.'\-]*(?:\s+(?:&\s+)?[A-ZÀ-ÖØ-Þ][\w&.'\-]*){0,3},)|"
    # (a Spanish sending's "tu hoja de vida fue enviada al cliente, Postobón, para el cargo ...")
    r"(?i:al cliente),(?=\s+[A-ZÀ-ÖØ-Þ])|"
    # (IT staffing's "with our end client, Mesquite Insurance", "the end client Lone Star Bank")
    # (and a label on its own line: "Client: Deccan Motors Ltd.\nInterview scheduled: ...")
    r"(?i:(?:my|our|the) end[- ]client)|(?i:client(?:'s)? name(?: is)?\s*[:\-–]?)|(?:(?<=\n)|^)(?i:client)[ \t]*:|(?i:(?:my|our) client|(?:nuestro|mi) cliente|(?:notre|mon) client|(?:unserem|unseren|meinem|meinen|unseres) "
    # (and the nominative: "Mein Klient, die Donau Versicherung AG, möchte Sie gerne kennenlernen")
    r"(?:kunden|mandanten|klienten|auftraggeber)|(?:unser|mein) (?:kunde|mandant|klient|auftraggeber)|(?:unsere|meine) "
    # (and in brackets: "My client (Highveld Platinum) has requested a first interview")
    # (and after a colon: "the Implementation Partner for the End Client: Garden Valley Insurance")
    r"(?:kundin|mandantin|klientin|auftraggeberin))|(?i:(?:onze|mijn|de) (?:klant|opdrachtgever)))[,:]?\s+\(?(?:(?:der|die|das|the|la|el|le)\s+)?"
    # ("unserem Kunden, der Firma Isar Logistik GmbH")
    r"(?:(?i:firma|unternehmen)\s+)?"
    # ("à notre client, la société Prayon", "a nuestro cliente, la empresa Alpina"; in small letters: "Société
    # Générale" is a name)
    r"(?:(?:société|entreprise|compagnie|empresa|compañía)\s+)?"
    # (a sentence's end is the name's: "our end client, Mesquite Insurance. I will update you")
    # (with a name's small word: "a nuestro cliente, Banco de Chile", "my client Bank of Valletta")
    # (and "+": "unseren Kunden, die Kühne + Nagel")
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w&.'\-]*(?:(?<![a-z][a-z]\.)\s+(?:(?:&|\+|de|del|de la|du|des|of|von|van|für)\s+)?"
    r"[A-ZÀ-ÖØ-Þ][\w&.'\-]*){0,3})"
)
#: An agency describing its client, then naming it in brackets: "my client, a leading life insurer (AIA)", "nuestro
#: cliente, una multinacional del sector energético (Iberdrola)".
_CLIENT_BRACKETED = re.compile(
    r"(?i:(?:my|our) client|(?:nuestro|mi) cliente|(?:notre|mon) client|(?:unserem|meinem) (?:kunden|mandanten))[,:]?"
    # (the brackets closing the description, not a title's after it: "a Japanese fintech company in Shibuya, for the
    # Backend Engineer (Go) position")
    r"\s+(?i:an?|una?|une?|eine[mnr]?)\s(?:(?!\b(?i:for|para|pour|für|als)\b)[^()\n.]){3,80}?\((?P<name>[A-ZÀ-ÖØ-Þ][\w&.'\-]*(?:\s+[A-ZÀ-ÖØ-Þ&][\w&.'\-]*){0,3})\)"
)
#: An agency keeping its client unnamed: "our client, a leading MNC in retail", "nuestro cliente, una multinacional",
#: "notre client, un groupe industriel", "unserem Kunden, einem Versicherer".
_CLIENT_UNNAMED = re.compile(
    r"(?i:(?:my|our) client|one of (?:my|our) clients|(?:nuestro|mi) cliente|uno de nuestros clientes|(?:notre|mon) client|"
    r"l'un de nos clients|"
    r"(?:unserem|unseren|meinem|meinen|unseres) "
    # ("my client - a tier 2 builder on the Sunshine Coast": after a dash too)
    r"(?:kunden|mandanten|klienten|auftraggeber)),?\s+(?:[-–—]\s*)?(?i:an?|one of|una?|une?|eine[mnr]?|ein)\s"
    # ("a client of ours in the renewables space")
    r"|(?i:\ba client of (?:ours|mine)\b)"
    # ("a una empresa cliente del sector logístico": unnamed, with its sector)
    r"|(?i:(?:una|la) empresa cliente del?\s)"
    # ("unserem Kunden aus dem Maschinenbau": a client by its industry)
    r"|(?i:(?:unserem|unseren|meinem|meinen|einem|einen) (?:kunden|mandanten|klienten|auftraggeber) (?:aus|in) (?:dem|der|den)\s)"
    # ("one of our hospital partners in Phoenix", "one of our schools in central Auckland", "my client's Wichita
    # hangar")
    r"|(?i:one of (?:my|our) (?:[\w-]+ ){0,2}(?:clients|partners|schools|hospitals|facilities|customers|accounts|"
    r"employers)\b|(?:my|our) client's\s)"
)
#: An agency naming the client it kept unnamed: "ya le puedo decir que el cliente es Helios Energía", "I can now
#: tell you the client is Northwind Power", "le client est Solvane", "der Kunde ist die Rheinwerk AG".
_CLIENT_IS = re.compile(
    r"(?i:(?:the|our|my) (?:end[- ])?client is|(?:el|nuestro|mi) cliente es|(?:puedo decir|te puedo decir|decirte) que se trata de|(?:le|notre|mon) client est|(?:der|unser|mein) "
    r"(?:kunde|mandant|klient|auftraggeber) ist|es handelt sich (?:dabei )?um|"
    # "Bonne nouvelle : il s'agit des Assurances du Rhône"
    r"il s['’]agit (?:de la|des|du|de|d['’](?=\w))),?\s*(?:(?:die|der|das|den|the|la|el|le)\s+)?"
    r"(?:(?i:firma|unternehmen)\s+)?"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w&.'\-]*(?:\s+(?:(?:&|du|de|des|de la|del|of)\s+)?[A-ZÀ-ÖØ-Þ][\w&.'\-]*){0,3})"
)
#: An agency's "I've submitted your CV to Clifton Insurance for the Platform Engineer contract": the client named.
_SUBMITTED_TO = re.compile(
    # (a legal recruiter's "I submitted your materials to Sidley Austin")
    r"(?i:(?:(?:submitted|sent|forwarded|put|presented|introduced|shared) (?:your (?:cv|resume|résumé|profile|details|"
    r"application|background|candidacy|credentials|materials)|you) "
    r"(?:forward |over |across |along |through |in )?(?:to|with)(?: the (?:hiring (?:team|manager)|team) at)?)"
    # "your application has gone to Ridgeway Capital", "Your CV is now with Helix Biotech", "You're officially
    # submitted to Lumen Robotics", "You are officially submitted to Lehigh Regional Hospital", "Got you submitted over
    # at Orchard Foods"
    r"|(?i:your (?:application|cv|resume|résumé|profile) (?:has gone|went|is now) (?:over |across |through )?(?:to|with))"
    # "your profile is now with the hiring manager at Crestline Bank", "Your CV is with Ashdown Insurance now", "I've
    # passed your details on to the team at Kestrel Aerospace", "sent on your behalf to Oakridge Hospital", "We applied
    # on your behalf to Tidewater Logistics", "Your profile has been shared with Vardhan Technologies"
    r"|(?i:your (?:application|cv|resume|résumé|profile|details) is (?:now )?with(?: the (?:hiring (?:team|manager)|"
    r"team|recruiting team) (?:at|of))?)"
    r"|(?i:passed your (?:details|cv|resume|résumé|profile) on to(?: the (?:hiring )?team at)?)"
    r"|(?i:put your (?:cv|resume|résumé|profile|details) (?:across|over|through) to)"
    # "I've now formally represented you to Arden Housing Group"
    r"|(?i:represented you to)"
    # "I've popped your resume through to Coorparoo Constructions"
    r"|(?i:(?:popped|pinged|fired|shot|flicked|whacked) your (?:cv|resume|résumé|profile|details|application) "
    r"(?:through |over |across |off )?to)"
    r"|(?i:(?:sent|submitted|forwarded) on your behalf to|applied on your behalf (?:to|for|at|with))"
    r"|(?i:(?:profile|cv|resume|résumé|application|details) (?:has|have) been shared with)"
    # "wir haben Ihre Bewerbung an die Firma Rheinblick GmbH weitergeleitet", "J'ai transmis votre CV à la société
    # Garonne Énergie", "Hemos enviado tu perfil a la empresa Altamar Seguros"
    r"|(?i:(?:ihre|deine) (?:bewerbung|bewerbungsunterlagen|unterlagen|profil|cv|lebenslauf) an (?:die firma|das "
    r"unternehmen|die|das|den))"
    # "Ich habe Sie heute bei der Isarwerke Versorgung AG ins Gespräch gebracht"
    r"|(?i:(?:habe|hab|haben) (?:ich |wir )?(?:sie|dich) (?:heute |gestern |bereits |direkt )?bei(?: der| dem| den)?)"
    r"(?=\s[^.\n?]{2,60}? (?i:ins gespräch gebracht))"
    # (and Québec's "tu": "j'ai soumis ta candidature chez Desjardins")
    r"|(?i:(?:transmis|envoyé|présenté|soumis|proposé) (?:votre|ta|ton) (?:cv|candidature|profil|dossier) (?:à|au|"
    r"auprès de|chez)"
    r"(?: la société| l'entreprise| la| l'|)(?=\s|[A-Z]))"
    r"|(?i:votre (?:cv|candidature|profil|dossier) a été (?:présentée?|transmise?|envoyée?|soumise?) (?:à|au|auprès de)"
    r"(?: la société| l'entreprise)?)"
    r"|(?i:(?:he|hemos) (?:enviado|compartido|presentado|remitido) (?:tu|su) (?:perfil|cv|candidatura|hoja de vida|"
    r"currículum) a (?:la empresa|la compañía))"
    # "your CV has been sent to Larkfield Homes", "your details have been passed on to Fenwick Energy"
    r"|(?i:your (?:cv|resume|résumé|profile|details|application) (?:has|have) (?:now )?been (?:sent|submitted|"
    r"forwarded|passed|presented) (?:over |across |on )?to)"
    r"|(?i:you(?:'?re| are|'?ve been| have been) (?:now |officially |formally )?submitted (?:to|at|with)|got you "
    r"submitted (?:over )?(?:at|to|with))"
    # a travel-nurse agency's "you've been submitted to Sutter Roseville Medical Center", "your profile has been
    # submitted to Casco Bay Medical Center"
    r"|(?:you(?:'ve| have)? been|your profile (?:has been|was)) (?:submitted|sent|presented) to"
    # "Sent your resume to Polaris Energy", "Confirming your submission to Northwind Health", "Your resume is now in
    # front of the hiring manager at Lumen Robotics", "He enviado tu CV a Helios Energía"
    r"|sent your (?:cv|resume|résumé|profile|details) (?:over |across |in |through )?to|confirm(?:s|ing|ed)? your "
    r"submission (?:to|with)"
    r"|your (?:cv|resume|résumé|profile|application) is (?:now )?in front of (?:the (?:hiring manager|hiring team|team)"
    r" (?:at|of)|the)?|(?:he enviado|envié|he presentado|presenté|he compartido|compartí|he mandado|mandé) (?:tu|su) "
    r"(?:cv|perfil|candidatura|hoja de vida|currículum) (?:a|al|con))"
    # (a capital with its accent: "Garonne Énergie", "Óptica Norte")
    # (within its line, and closed by its sentence's end: "à Kehl Logistique.\nVotre ...")
    # (and a public body's "of": "to the Department of Home Affairs", "the Department of the Treasury")
    r"\s+(?:the\s+)?(?P<name>[A-ZÀ-ÖØ-Þ][\w&.'\-]*(?:(?<![a-z][a-z]\.)[ \t]+(?:(?:&|of|of the)[ \t]+)?"
    r"[A-ZÀ-ÖØ-Þ][\w&.'\-]*){0,5})"
)
#: An agency relaying its client's answer: "I've heard back from Coastal Mutual", "feedback from Avon Outdoor".
_HEARD_FROM = re.compile(
    r"(?i:heard back from|had feedback from|have feedback from|got feedback from|feedback (?:is )?(?:in |back )?from|"
    r"news from)\s+"
    r"(?:the client,?\s+)?(?P<name>[A-Z][\w&'\-]*(?:\s+(?:&\s+)?[A-Z][\w&'\-]*){0,3})"
)
# (and a French name's elided article: "Laiteries de l'Erdre", "Caisse d'Épargne")
_NAME = r"[A-Z][\w&.'\-]*(?:[ \t]+(?:(?:&|\+|of|and|du|de|des|del|de la|von|van|der|y|et|und)[ \t]+|(?:de )?l['’]|d['’])?[A-ZÀ-ÖØ-Þ][\w&.'\-]*){0,3}"
#: How an agency's recruiter names, in a later mail, the client it submitted the person to without naming it: "I can
#: now share that the client is Northwind Health", "The firm is Ridgeway Capital", "It's Summit Legal - they've come
#: back", "Orchard Foods (the client) wants a phone screen", "The hiring manager at Helix Biotech has reviewed your
#: CV", "Castlegate Insurance would like to invite you", "Brightwave Energy have come back".  Read only in a mail from
#: a writer whose submission named no client (:func:`_client_named_later`).
_CLIENT_LATER = re.compile(
    rf"(?:\b(?i:(?:the|our|my) (?:client|firm|company|organi[sz]ation|business|employer|bank|practice|hospital|school|"
    rf"agency|facility|clinic|district|group|brand|startup|fund|insurer|retailer|manufacturer|builder|charity|trust)"
    rf"(?: in question)? is|client's name is|se trata de(?: la empresa)?|il s'agit de(?: la société)?|(?:es handelt sich|dass es sich) "
    rf"(?:dabei )?um(?: die firma)?|la empresa es|l'entreprise est|la société est|das unternehmen ist|die firma ist|"
    # "Je peux désormais vous révéler le nom de notre client : Laiteries de l'Erdre", "el nombre del cliente es"
    rf"nom de (?:notre|mon) client(?: est)?\s*:?|nombre (?:del|de nuestro|de mi) cliente(?: es)?\s*:?|"
    rf"name (?:des|unseres|meines) (?:kunden|mandanten)(?: ist| lautet)?\s*:?|client(?:'s)? name(?: is)?\s*:|"
    # "Le client, c'est Forgeval : ils souhaitent vous rencontrer", "el cliente es Grupo Solera", "der Kunde ist die
    # Brenner GmbH"
    rf"(?:le|notre|mon) client,? c'est|(?:le|notre|mon) client est|(?:el|nuestro|mi) cliente,? es|"
    rf"(?:der|unser|mein) (?:kunde|mandant|auftraggeber),? ist)"
    rf"\s+(?:(?i:the|la|el|le|die|der|das)\s+)?(?P<a>{_NAME})"
    # ("great news from the media group - it's Northgate Media, and they'd like ...": after a dash too)
    # ("For confidentiality I can now share it is Lindqvist Private Bank")
    # ("I can finally tell you who it is - Marlowe Foods!")
    rf"|(?i:(?:tell|show) you|share|reveal|say|confirm) who (?i:it|the client|they) (?i:is|are)[ \t]*[-–—:][ \t]*(?P<f>{_NAME})"
    rf"|(?:^|(?<=[\n.!?:\-–—])[ \t]*|(?i:update|news|so|well)[:,]?[ \t]+|(?i:share|say|tell you|confirm|reveal)"
    rf"(?i: now)?(?i: that)?[ \t]+)(?i:it'?s|it is)[ \t]+(?P<b>{_NAME})"
    # ("Client's come back keen - it's Pilbara Iron Ore and they want a phone interview")
    r"(?:[ \t]*[-–—,.!;]|[ \t]+and[ \t]+(?:they|we|she|he)\b)"
    rf"|(?P<c>{_NAME})[ \t]+\((?i:the|my|our) client\)"
    rf"|(?i:hiring manager|team|hr team|recruiter|recruiting team|head of \w+) (?i:at|from) (?P<d>{_NAME})"
    # ("I just heard back - unfortunately Maple Leaf has decided to go with an internal candidate")
    rf"|(?:^|(?<=[\n.!?:\-–])[ \t]*|(?i:good news|great news|update|news|say|said|that|confirm|unfortunately|sadly|"
    rf"regrettably|leider|malheureusement|lamentablemente|desafortunadamente)[:,!]?[ \t]*"
    rf"(?:[-–—][ \t]*)?)"
    # (a sentence's first word that is no name's: "Unfortunately Severn Trent have decided", read from its second)
    r"(?!(?i:unfortunately|sadly|regrettably|fortunately|happily|luckily|leider|malheureusement|lamentablemente|"
    r"desafortunadamente)\b)"
    rf"(?P<e>{_NAME})[ \t]+"
    r"(?i:would (?:like|love) to|(?:has|have) come back|wants? (?:to|a|an|you)\b|(?:has|have) (?:decided|reviewed|asked|"
    r"invited|offered|shortlisted|extended)|(?:has|have) made you an? (?:\w+ )?offer|(?:is|are) offering\b|"
    r"(?:has|have) been in touch\b|(?:loved|liked|enjoyed) (?:your|you|meeting|speaking)\b|(?:was|were) impressed\b|"
    r"(?:is|are) keen to|(?:is|are) (?:happy|pleased|excited) to|"
    # "Nordwerk Maschinenbau möchte Sie gerne ... einladen", "Garonne Énergie souhaite vous faire une proposition",
    # "Ribera Energía ha decidido no continuar"
    r"(?:möchte|möchten|würde|würden) (?:sie|dich)\b|(?:hat|haben) sich\b|(?:souhaite|souhaitent|aimerait|aimeraient|"
    r"voudrait|voudraient|veut|veulent) vous\b|(?:vous|nous) (?:propose|proposent)\b|(?:a|ont) décidé\b|"
    r"(?:ha|han) decidido\b|(?:quiere|quieren|desea|desean) (?:conocerte|conocerle|entrevistarte|hacerte|ofrecerte)|"
    r"(?:te|le) (?:quiere|quieren) (?:conocer|entrevistar|ofrecer)))",
    re.M,
)


#: The person's papers, in any of the four languages (and Dutch): "your CV", "tu perfil", "votre dossier", "Ihren
#: Lebenslauf", "je cv".
_PAPERS = re.compile(
    r"\b(?:your|tu|su|votre|vos|ta|ton|tes|ihr|ihre|ihren|dein|deine|deinen|je|jouw|uw) (?:[\w-]+ )?(?:cv|resume|résumé|profile|"
    r"details|application|candidacy|candidature|dossier|perfil|candidatura|currículum|curriculum|hoja de vida|"
    r"lebenslauf|unterlagen|bewerbung|bewerbungsunterlagen|profil|kandidatuur|sollicitatie|info|information|"
    r"particulars|credentials|background|datos|informations|daten|materials|writing sample|transcript)\b"
    # (or the person: "I've put you forward to one of our partner schools", "I've submitted you to a client of ours")
    r"|\b(?:put|submitted|presented|introduced|recommended|proposed|put forward|represented|registered) you\b"
    # (or the papers without their owner, first in a consultant's line: "CV sent to Arla for the Demand Planner role")
    r"|(?:^|(?<=[.!?\n]))[ \t]*(?:cv|resume|résumé|profile)[ \t]+(?:sent|submitted|forwarded|gone (?:over|in))\b"
    r"|\byou(?:'re| are|'ve been| have been) (?:now |officially |formally )?(?:submitted|put forward)\b|\byour name\b"
    # (a British consultant's "That's you submitted for the Category Buyer role with my FMCG client")
    r"|\bthat(?:'s| is) you (?:now |officially )?(?:submitted|put forward|registered)\b"
    # (a Texan recruiter's "Just wanted to confirm I have you submitted to LyondellBasell for the Process Engineer role")
    r"|\b(?:i|we)(?:'ve| have) (?:got )?you (?:now |officially )?(?:submitted|put forward|presented)\b"
    # (a US recruiter's "Submitted! You're in for the Java Developer contract with Redwood Financial")
    r"|\byou(?:'re| are) (?:now |officially )?in for the\b"
    # (and in Spanish, French and German: "te presenté a Transportes del Valle", "je vous ai présentée à", "habe ich
    # Sie bei ... vorgestellt")
    r"|\bte (?:presenté|postulé|propuse|recomendé|referí|presentamos|postulamos|propusimos|recomendamos)\b|"
    r"\bte (?:he|hemos) (?:presentado|postulado|propuesto|recomendado|referido)\b|\b(?:je vous ai|je t'ai) (?:présentée?|proposée?|"
    r"recommandée?)\b|\bhabe (?:ich )?(?:sie|dich) (?:[\w-]+ ){0,8}(?:vorgestellt|vorgeschlagen|empfohlen)\b"
    # (and German's performative "darf ich vorstellen", said, not asked: "Wie besprochen darf ich Sie unserem
    # Mandanten, einem mittelständischen Automobilzulieferer, vorstellen.")
    r"|\bdarf ich (?:sie|dich|ihr(?:en)? (?:profil|lebenslauf|unterlagen))\b[^.?!\n]{0,120}\b(?:vorstellen|präsentieren)\b"
)
#: A client, in those languages (not "client-facing").
_CLIENT_NOUN = re.compile(
    r"\b(?:client|clients|cliente|clientes|kunden?|kundin|mandanten?|mandantin|klienten?|klant|opdrachtgever|"
    r"auftraggeber)\b(?!-)"
    # ("one of our partner schools", "one of our hospital partners")
    r"|\bpartner (?:schools?|hospitals?|companies|company|facilities|facility|employers?|firms?)\b|\bhospital partners?\b"
    # (or the client by its kind: "I also sent your materials to an AmLaw 50 firm's private equity practice")
    # ("... for the Project Engineer role with a leading ASX-listed miner": the client by its kind after "with" too)
    r"|\b(?:to|with) (?:a|an) (?:[\w&-]+ ){0,4}(?:firm|company|bank|hospital|school|practice|group|start-?up|business|"
    r"organi[sz]ation|employer|manufacturer|retailer|insurer|brand|fund|builder|utility|university|miner|"
    # ("I've put you forward to a tier-one contractor for the Senior Engineer role")
    r"contractor|consultancy|housebuilder|operator|provider|producer|explorer|lender|fintech|multinational)(?:'s)?\b"
)
#: The words :data:`_CLIENT_NOUN` needs one of, looked for first.
_CLIENT_WORDS = (
    "client",
    "kund",
    "mandant",
    "klient",
    "klant",
    "opdrachtgever",
    "auftraggeber",
    "partner",
    "to a",
    "with a",
)
#: A verb of sending, done: "sent", "popped ... through", "trasladado", "transmis", "weitergegeben".
_SENT = re.compile(
    r"\b(?:sent|submitted|forwarded|passed|shared|presented|introduced|recommended|endorsed|proposed|put|popped|pinged|"
    r"fired|shot|"
    r"flicked|"
    r"whacked|"
    r"chucked|gone|went|"
    r"registered|provided|given|handed|enviado|presentado|trasladado|remitido|compartido|mandado|envié|presenté|"
    # (and after a feminine noun: "tu hoja de vida fue enviada al cliente, Postobón")
    r"enviada|presentada|trasladada|remitida|compartida|mandada|"
    # (and the person put forward: "Te postulé con nuestro cliente, Ternium")
    r"postulé|postulamos|"
    # (and Argentina's "pasar el CV": "te cuento que ya pasé tu CV a Naranja X para la búsqueda")
    r"pasé|pasamos|pasado|"
    r"transmis|transmise|envoyé|envoyée|présenté|présentée|soumis|soumise|proposé|adressé|remis|communiqué|"
    # (and the person put forward, a woman: "Je t'ai proposée à notre client")
    r"proposée|recommandé|recommandée|adressée|remise|communiquée|"
    r"weitergeleitet|weitergegeben|vorgestellt|vorgelegt|zugeleitet|weitergereicht|geschickt|gesendet|übermittelt|eingereicht|präsentiert|doorgestuurd|"
    r"voorgesteld|ingediend|bezorgd|landed|tiene|tienen|recibido|received|erhalten|reçu)\b"
    # (a state that says it was sent: "Your details are with my client as of this morning")
    r"|\b(?:is|are) (?:now )?(?:sitting |sat )?with\b|\brepresented\b|\byou(?:'re| are) (?:now |officially )?in for\b"
    # (and in its contraction: "Done - your CV's with Harbor Bank's FP&A lead now")
    r"|(?<=\w)['’]s (?:now |already )?(?:sitting |sat )?with\b"
    # ("Your resume is in the hands of my client", "Votre dossier est désormais entre les mains de mon client", "Ihr
    # Profil liegt jetzt bei meinem Kunden", "ya he hecho llegar tu candidatura a nuestro cliente")
    r"|\bin the hands of\b|\bentre les mains de\b|\ben (?:manos|poder) del?\b|\bliegt (?:jetzt |nun |bereits )?bei\b|"
    r"\bhecho llegar\b"
    # ("wie besprochen liegen Ihre Unterlagen nun unserem Kunden, der Lanxess AG, vor")
    r"|\bliegen (?:ihre|deine) (?:unterlagen|bewerbungsunterlagen|bewerbung|profil)\b[^.?!\n]{0,80}\bvor\b"
    r"|\b(?:unterlagen|bewerbungsunterlagen|bewerbung|profil) (?:liegen|liegt)\b[^.?!\n]{0,80}\bvor\b"
    r"|\bdarf ich\b[^.?!\n]{0,120}\b(?:vorstellen|präsentieren)\b(?![^.?!\n]*\b(?:wenn|falls|sofern|sobald)\b)"
)
#: The ways a sending names whom the papers went to by name, in a sentence kept in its case: "sent to Harlow
#: Pharmaceuticals", "is in with Corvid Analytics", "an die Brenner Maschinenbau GmbH übermittelt", "présentée ce jour
#: à Sauveterre Assurances", "parti chez Vallée Verte", "remitido tu candidatura a Altamira Logística"; or the
#: recipient first, "Lindqvist & Berg now have your CV", "Hartmann Logistik hat Ihre Unterlagen", or last, "Ya tiene
#: tu CV Grupo Solera".
_NAME_RUN = (
    r"[A-ZÀ-ÖØ-Þ][\w&.'’\-]*(?:[ \t]+(?:(?:&|\+|of|de|du|des|del|für|y|and|und|et|"
    # (a public body's "for": "Transport for NSW", "Department for Education", not a role's "Acme for Project Manager")
    r"(?:(?<=Transport )|(?<=Department )|(?<=Centre )|(?<=Center )|(?<=Institute )|(?<=Ministry )|(?<=Office )|"
    r"(?<=Commission )|(?<=Foundation ))for)[ \t]+)?[A-ZÀ-ÖØ-Þ][\w&.'’\-]*){0,4}"
)
_TO_NAMED = re.compile(
    # (not a place: "un équipementier basé à Blagnac", "a bank based in Geneva")
    r"(?<!bas[ée] )(?<!basée )(?<!situé )(?<!située )(?<!based )(?<!located )"
    r"\b(?:to|with|in with|an(?: die| den| das| der)?|bei(?: der| dem| den)?|à|au|chez)[ \t]+(?:the[ \t]+|la[ \t]+|"
    r"le[ \t]+|(?i:firma|unternehmen)[ \t]+|"
    # (a French consultant's "votre CV a été proposé à l'entreprise Bonduelle", "transmis à la société Roquette")
    r"(?:l['’]entreprise|la soci[ée]t[ée]|le groupe|l['’]enseigne)[ \t]+)?"
    rf"(?P<name>{_NAME_RUN})"
)
#: ... and in Spanish, where "a" is the preposition ("he remitido tu candidatura a Altamira Logística"), not the
#: English article ("to a European private bank").
#: ... and through a person there: "presented you to the board of Thameside Housing Group", "Your CV is now with the
#: CFO at Albion Retail", "sent your CV to the hiring manager at Harlow".
_TO_SOMEONE_AT = re.compile(
    r"\b(?:to|with)[ \t]+the[ \t]+(?:[\w&-]+[ \t]+){0,3}?(?:of|at)[ \t]+(?:the[ \t]+)?"
    rf"(?P<name>{_NAME_RUN})"
)
#: ... and as the job's employer: "Your CV has gone in for the BA role at Coastal Water".
_FOR_ROLE_AT = re.compile(
    r"\bfor[ \t]+(?:the|a|an|your)[ \t]+(?:[\w&/()-]+[ \t]+){0,5}?(?:role|position|job|contract|vacancy|opening|post)"
    rf"[ \t]+(?:at|with)[ \t]+(?:the[ \t]+)?(?P<name>{_NAME_RUN})"
)
_TO_NAMED_ES = re.compile(
    # ("te hemos presentado como candidata a la empresa Stellantis")
    rf"\b(?:a|al)[ \t]+(?:la[ \t]+(?:empresa|compañía|firma|entidad)[ \t]+)?(?P<name>{_NAME_RUN})"
    # (or as the job's employer: "Te presenté para la posición de Backend Developer en Globant")
    r"|\bpara (?:la|el) (?:posición|posicion|puesto|cargo|vacante|rol|búsqueda)\b[^.\n]{0,60}?[ \t]en[ \t]+"
    rf"(?P<at>{_NAME_RUN})"
)
#: ... and in German, the person presented to a dative without a preposition: "habe ich Sie der DekaBank für die
#: Position ... vorgestellt".
_TO_NAMED_DE = re.compile(
    # (or the papers: "Ich habe Ihr Dossier heute der UBS vorgestellt")
    # (and the papers lying with it: "Ihre Unterlagen liegen nun der Deutschen Bank ... vor")
    r"\b(?i:sie|dich|(?:ihr|ihre|ihren|dein|deine|deinen)[ \t]+(?:dossier|profil|lebenslauf|cv|unterlagen|"
    r"bewerbungsunterlagen))[ \t]+(?:(?i:liegen|liegt)[ \t]+)?"
    r"(?:(?i:heute|gerade|soeben|bereits|jetzt|nun)[ \t]+)?(?i:der|dem)[ \t]+"
    rf"(?P<name>{_NAME_RUN})"
)
_NAMED_HOLDS = re.compile(
    rf"(?:^|[:,–—-][ \t]*)(?P<name>{_NAME_RUN}?)[ \t]+(?i:(?:now|already|jetzt|nun|bereits)[ \t]+)?"
    r"(?i:have|has|hat|haben|a|ont|tiene|tienen)[ \t]+(?i:(?:got|now|jetzt|bien|ya)[ \t]+)?"
    r"(?i:your|ihre|ihr|deine|dein|votre|ton|tu|su)\b"
)
_HOLDS_NAMED = re.compile(
    rf"\b(?i:tiene|tienen)[ \t]+(?i:tu|su)[ \t]+(?i:cv|candidatura|perfil|currículum)[ \t]+(?P<name>{_NAME_RUN})"
)
#: A sending done in a sentence that names no client (and so is not :func:`_submits_to_client`'s): the state words
#: of a recipient holding the papers, besides :data:`_SENT`'s verbs.
_SENT_TO_NAMED = re.compile(
    r"\b(?:is|are) (?:now )?in with\b|\bparti chez\b|\bvorliegen\b|\b(?:now|already|jetzt|bereits) (?:have|has|hat|haben)\b|"
    r"\b(?:have|has) got your\b|\bgot (?:your|you)\b[^.\n]{0,40}\b(?:across|over|through|in front of|to)\b"
)


def _named_submissions(head):
    r"""The sentences of a mail's ``head`` (in its case) in which an agency says it sent the person's papers to a
    recipient it names, each as ``(sentence match, names)``: the candidate names whom the papers went to, in the
    order written (the caller keeps the first that is an employer's).  As :func:`_submits_to_client`: a sending done
    (not asked, wished or planned), the person's papers, not passed within the agency.

    >>> [n for _, n in _named_submissions("Hi Pat,\n\nYour CV has now been sent to Harlow Pharmaceuticals for the QA role.")]
    [['Harlow Pharmaceuticals']]
    >>> [n for _, n in _named_submissions("Hallo Pat,\n\nHartmann Logistik hat Ihre Unterlagen jetzt vorliegen.")]
    [['Hartmann Logistik']]
    >>> _named_submissions("May I send your CV to Harlow Pharmaceuticals?"), _named_submissions("I'd love to send your CV to Harlow.")
    ([], [])
    """
    out = []
    for m in _sendings(head):
        sentence = m.group(0)
        low = sentence.lower()
        names = [
            n.group("name")
            for n in sorted(
                (*_TO_NAMED.finditer(sentence), *_TO_SOMEONE_AT.finditer(sentence), *_FOR_ROLE_AT.finditer(sentence)),
                key=lambda n: n.start("name"),
            )
        ]
        if re.search(
            r"\b(?:tu|su) (?:cv|candidatura|perfil|currículum|curriculum)\b|\bte (?:presenté|postulé|propuse|"
            r"recomendé|referí|presentamos|postulamos|propusimos|recomendamos)\b|\bte (?:he|hemos) (?:presentado|postulado|propuesto|recomendado|referido)\b",
            low,
        ):
            names += [n.group("name") or n.group("at") for n in _TO_NAMED_ES.finditer(sentence)]
        if re.search(r"\b(?:vorgestellt|vorgeschlagen|empfohlen|präsentiert)\b|\b(?:liegen|liegt)\b.*\bvor\b", low):
            # (the dative's adjective as its name has it: "der Deutschen Bank" is the Deutsche Bank)
            names += [_GERMAN_INFLECTED.sub(r"\1e", n.group("name")) for n in _TO_NAMED_DE.finditer(sentence)]
        names += [n.group("name") for n in (*_NAMED_HOLDS.finditer(sentence), *_HOLDS_NAMED.finditer(sentence))]
        # ("Westbrook Energy's talent team", "Orchid Bank's Head of Compliance": the company, not its team)
        names = [re.split(r"['’]s\b", n)[0].strip(" .-") for n in names]
        if names:
            out.append((m, names))
    return out


def _sendings(head):
    """The sentences of a mail's ``head`` (in its case) in which an agency says it sent the person's papers, to
    whomever: a sending verb done (not asked, wished or planned), the person's papers, not passed within the agency."""
    out = []
    for m in _STATEMENT.finditer(head[:3000]):
        low = m.group(0).lower()
        verb = _SENT.search(low) or _SENT_TO_NAMED.search(low)
        if (
            verb
            and (_PAPERS.search(low) or re.search(r"\b(?:shared|sent|forwarded|passed) it\b", low))
            and not _NOT_DONE.search(low, 0, verb.start())
            and not _WITHIN.search(low)
        ):
            out.append(m)
    return out


#: Words that make the sending a wish, a question, a condition or a plan, not a thing done ("May I send your CV to my
#: client?", "I'd love to put your profile forward to my client", "once you confirm, I'll send ...").
_NOT_DONE = re.compile(
    r"\b(?:would|could|can|may|might|shall|will|going to|like to|love to|happy to|keen to|want to|wish to|if|once|"
    r"before|permission|consent|interested|open to|let me know|please|agree|ok to|okay to|por favor|puedo|podría|"
    r"podemos|quieres|si|souhaitez|voulez|pouvez|merci de|bitte|darf(?! ich\b[^.?!\n]{0,120}\b(?:vorstellen|präsentieren)\b)|kann|können|möchten|wenn|falls|vais|voy|vamos|"
    r"werde|werden|allez|avant|antes|bevor)\b|'ll\b|'d\b|¿"
)
#: Papers passed within the agency, not to a client: "I've shared your profile with my colleague Dan, who looks after
#: our hospitality clients".
_WITHIN = re.compile(
    r"\b(?:with|to) (?:my|a|our) (?:colleague|team ?mate|manager|boss)\b|\b(?:mi|un|una) (?:compañer[oa]|colega)\b|"
    r"\b(?:mon|ma|un|une) (?:collègue)\b|\b(?:meine[mnr]?|eine[mnr]?) (?:kolleg\w*)\b"
)
#: A sentence that does not ask (one ending in "?" is no match: its words are read up to a full stop or a line's end).
_STATEMENT = re.compile(r"[^.?!\n]{12,300}(?=[.!\n]|$)")


def _submits_to_client(low):
    """The sentence of a lower-case mail in which an agency says it sent the person's papers to a client, whatever
    its verb ("I've popped your resume through to my client", "hemos trasladado tu candidatura a nuestro cliente",
    "habe ich Ihren Lebenslauf an meinen Kunden ... geschickt"), as a match, or None: a sending verb, the person's
    papers and a client in one sentence that neither asks, wishes nor plans.

    >>> _submits_to_client("hi pat, i've popped your resume through to my client this morning.").group(0)
    "hi pat, i've popped your resume through to my client this morning"
    >>> _submits_to_client("may i send your cv to my client?"), _submits_to_client("i'd love to send your cv to my client.")
    (None, None)
    >>> _submits_to_client("your profile looks like a great fit for my client.")  # (cold outreach: nothing sent)
    >>> _submits_to_client("i've sent your cv to my client and will update you friday.") is not None
    True
    """
    if not any(word in low for word in _CLIENT_WORDS):
        return None  # (the speed trick beside the search it must equal: no client named, no sentence to find)
    text = low[:3000]
    done = -1
    for client in _CLIENT_NOUN.finditer(text):
        # (only the sentences that name a client, each read once)
        start = max(text.rfind(c, 0, client.start()) for c in ".?!\n") + 1
        if start <= done:
            continue
        m = _STATEMENT.match(text, start)
        done = start
        if m is None or m.end() < client.end():
            continue  # (a question, or a sentence too short or too long to read)
        sentence = m.group(0)
        verb = _SENT.search(sentence)
        # (the wish or the plan comes before the verb: "I've sent your CV to my client and will update you" is done)
        if (
            verb
            and _PAPERS.search(sentence)
            and not _NOT_DONE.search(sentence, 0, verb.start())
            and not _WITHIN.search(sentence)
        ):
            return m
    return None


def _to_sentence_end(name) -> str:
    """``name`` up to its sentence's end, which a name read across one runs past ("Limmat Versicherungen AG. Der
    Leiter" → "Limmat Versicherungen AG"), but not at an abbreviation's full stop ("St. Luke's Health", "Dr. Oetker").
    The patterns that stop at a sentence's end themselves (:data:`_CLIENT`, :data:`_SUBMITTED_TO`) do it with the
    look-behind ``(?<![a-z][a-z]\\.)``: a full stop after two small letters ends the sentence.

    >>> _to_sentence_end("Limmat Versicherungen AG. Der Leiter"), _to_sentence_end("St. Luke's Health")
    ('Limmat Versicherungen AG', "St. Luke's Health")
    """
    return re.split(r"(?<!\bSt)(?<!\bDr)(?<!\bMt)(?<!\bFt)\.\s+", name)[0].strip(" .")
