"""The mailbox as one more reader (definitions §3.6, issue #24): a job search read from the emails themselves, offline.

Inputs: an mbox (a Google Takeout ``All mail Including Spam and Trash.mbox``
or any other), a folder of ``.eml`` files, a single ``.eml``, or a ``.zip``
of either.  Messages are read one at a time (``mailbox.mbox`` keeps only a
table of contents; a zip's mbox is copied to a temporary file piece by
piece), with a ``tqdm`` progress bar on long mailboxes.

Which messages matter is decided by rules, never a model and never the
network:

* **skipped, counted by kind**: job alerts, "your application was viewed"
  notices, recruiters' cold outreach, newsletters (a ``List-Unsubscribe``
  header without an application phrase);
* **employer events** by phrase, in English, German, French and Spanish,
  checked in this order: rejection, offer, onsite/final, interview (an
  assessment is an interview round, definitions §3.2), screen, "still reviewing"
  (a reply), application received (applied); a sender on an
  application-tracking system's domain (Greenhouse, Lever, Workday, Ashby,
  SmartRecruiters, iCIMS, SuccessFactors, Taleo, Workable, Teamtailor,
  Personio, Jobvite, LinkedIn, Indeed, ...) raises the confidence;
* **the person's own mail** (From the owner's address, or Takeout's
  ``Sent`` label): thank-you notes, follow-ups and withdrawals.

The company comes from the subject or body ("Thank you for applying to
Acme", "Ihre Bewerbung bei Acme"), else the sender's display name ("Acme
Recruiting"), else a Workday tenant or the sender's own domain; names are
compared without legal suffixes ("Zillow" and "Zillow Group" meet).  A
message that names no company takes its thread's (``In-Reply-To``,
``References``, ``X-GM-THRID``).  Each event is dated by the message's
``Date`` header in the person's time zone (``tz``, default the machine's).

The result is an event log with, per row, the rule that fired, a confidence,
the sender, the subject and the Message-ID, for the user to review
(``offerkit mail MBOX --out FILE.csv``); mail bodies are never kept.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import email
import email.errors
import email.header
import email.parser
import email.utils
import functools
import html as _html
import mailbox as _mailbox
import math
import os
import re
import shutil
import tempfile
import unicodedata
import warnings
import zipfile
import zoneinfo
from pathlib import Path

import pandas as pd

from .._core.errors import DataError
from .phrases import Phrases

__all__ = ["MailReading", "is_mailbox", "read_mailbox"]

MAIL_COLUMNS = [
    "candidate",
    "application_id",
    "company",
    "role",
    "event",
    "date",
    "confidence",
    "rule",
    "sender",
    "subject",
    "message_id",
]

#: Application-tracking systems and job sites that send application mail (by the sender's domain).
ATS_DOMAINS = (
    "greenhouse.io",
    "greenhouse-mail.io",
    "lever.co",
    "myworkday.com",
    "myworkdayjobs.com",
    "workday.com",
    "ashbyhq.com",
    "smartrecruiters.com",
    "icims.com",
    "successfactors.com",
    "successfactors.eu",
    "sapsf.com",
    "taleo.net",
    "oracle.com",
    "workablemail.com",
    "workable.com",
    # hourly hiring's chat assistants and text-first systems
    "paradox.ai",
    "fountain.com",
    "workstream.us",
    "workstream.is",
    "teamtailor.com",
    "teamtailor-mail.com",
    "personio.de",
    "personio.com",
    "jobvite.com",
    "linkedin.com",
    "indeed.com",
    "indeedemail.com",
    "occ.com.mx",
    "recruitee.com",
    "bamboohr.com",
    "breezy.hr",
    "applytojob.com",
    "jazzhr.com",
    "rippling.com",
    "dover.com",
    "gem.com",
    "hirebridge.com",
    "jobs2web.com",
    "avature.net",
    # more tracking systems and HR suites
    "pinpointhq.com",
    "factorialhr.com",
    "talentclue.com",
    "bizneohr.com",
    "flatchr.io",
    "hellowork.com",
    "apec.fr",
    "onlyfy.jobs",
    "karriere.at",
    "jobs.ch",
    "dvinci-mail.com",
    "dvinci.de",
    "softgarden.io",
    "softgarden.de",
    "rexx-systems.com",
    "stepstone.at",
    "stepstone.de",
    "dayforcehcm.com",
    "ultipro.com",
    "ukg.com",
    "adp.com",
    "paylocity.com",
    "paycomonline.net",
    "paycomonline.com",
    "trakstar.com",
    "recruiterbox.com",
    "applicantstack.com",
    "recruiterflow.com",
    "catsone.com",
    "comeet.com",
    "talentlyft.com",
    "jobscore.com",
    "jobdiva.com",
    "oraclecloud.com",
    "phenompeople.com",
    "eightfold.ai",
    "usajobs.gov",
    "governmentjobs.com",
    "schooljobs.com",
    "calopps.org",
    "interfolio.com",
    "academicjobsonline.org",
    "mail.dover.com",
    "peopleadmin.com",
    "jobaps.com",
    "careers.vic.gov.au",
    "apsjobs.gov.au",
    "iworkfor.nsw.gov.au",
    "smartjobs.qld.gov.au",
    "pageuppeople.com",
    "jobadder.com",
    "vervoe.com",
    "beamery.com",
    "manatal.com",
    "zohorecruit.com",
    "comeet.co",
    "homerun.co",
    "clearcompany.com",
    "applicantpro.com",
    "csod.com",
    "talentreef.com",
    "paycor.com",
    "isolvedhire.com",
    "apploi.com",
    "phenompeople.com",
    "hireology.com",
    "harri.com",
    "ceipal.com",
    "bullhornstaffing.com",
    "hrmdirect.com",
    "trinethire.com",
    "peopleadmin.com",
    "silkroad.com",
    "hiringthing.com",
    "join.com",
    "welcometothejungle.com",
    "jobteaser.com",
    "jobup.ch",
    "meteojob.com",
    "cadremploi.fr",
    "arbeitsagentur.de",
    "wellfound.com",
    "otta.com",
    "hirehive.com",
    "freshteam.com",
    # the United Kingdom's recruitment systems and boards
    "jobtrain.co.uk",
    "jobs.nhs.uk",
    "civilservicejobs.service.gov.uk",
    "hiringroom.com",
    "buk.co",
    "buk.cl",
    "careers.gov.sg",
    "trac.jobs",
    "csjobs.cabinetoffice.gov.uk",
    "oleeo.co.uk",
    "oleeo.com",
    "eploy.net",
    "eploy.co.uk",
    "tribepad.com",
    "jobs.ac.uk",
    "reed.co.uk",
    "totaljobs.com",
    "cv-library.co.uk",
    "networxrecruitment.com",
    "hireful.co.uk",
    "vacancy-filler.co.uk",
    "cezannehr.com",
    "lumesse.com",
    "talentlink.com",
    # the tools an employer schedules, tests and signs with: their mail is about its application
    "goodtime.io",
    "modernloop.io",
    "calendly.com",
    "prelude.co",
    "docusign.net",
    "docusign.com",
    "hellosign.com",
    "dropboxsign.com",
    "echosign.com",
    "adobesign.com",
    "hirevue.com",
    "hackerrank.com",
    "codility.com",
    "codesignal.com",
    "testgorilla.com",
    "coderpad.io",
    "karat.io",
    # India's tracking systems and test platforms
    "darwinbox.in",
    "darwinbox.com",
    "keka.com",
    "zohorecruit.in",
    "zohorecruit.com",
    "freshteam.com",
    "hackerearth.com",
    "mettl.com",
    "interviewbit.com",
    "imocha.io",
    "superset.com",
)
_ATS_SET = frozenset(ATS_DOMAINS)


def _under(domain, domains) -> bool:
    """Whether ``domain`` is one of ``domains`` (a set) or a subdomain of one ("us.greenhouse-mail.io")."""
    parts = domain.split(".")
    return any(".".join(parts[i:]) in domains for i in range(len(parts) - 1))


_FREEMAIL = {
    "gmail.com",
    "googlemail.com",
    "yahoo.com",
    "outlook.com",
    "hotmail.com",
    "icloud.com",
    "gmx.de",
    "gmx.net",
    "web.de",
    "proton.me",
    "protonmail.com",
    "aol.com",
    "live.com",
    "mail.com",
    "fastmail.com",
    "fastmail.fm",
    "me.com",
    "mac.com",
    "hey.com",
    "pm.me",
    "zoho.com",
    "yahoo.fr",
    "yahoo.de",
    "yahoo.es",
    "yahoo.co.uk",
    "hotmail.fr",
    "hotmail.de",
    "hotmail.es",
    "hotmail.co.uk",
    "outlook.fr",
    "outlook.de",
    "orange.fr",
    "free.fr",
    "laposte.net",
    "sfr.fr",
    "wanadoo.fr",
    "t-online.de",
    "gmx.at",
    "gmx.ch",
    "btinternet.com",
    "comcast.net",
    "verizon.net",
    "att.net",
    "videotron.ca",
    "sympatico.ca",
    "shaw.ca",
    "rogers.com",
    "libero.it",
    "yandex.ru",
    "qq.com",
    "163.com",
    "bluewin.ch",
    "sunrise.ch",
    "hispeed.ch",
    "gmx.fr",
    "aon.at",
    "chello.at",
    "yahoo.ca",
    "yahoo.com.au",
    "bigpond.com",
    "optusnet.com.au",
    "hotmail.it",
    "virgilio.it",
    "telenet.be",
    "skynet.be",
    "hetnet.nl",
    "ziggo.nl",
    "kpnmail.nl",
    "ono.com",
    "telefonica.net",
    "yahoo.com.mx",
    "prodigy.net.mx",
    "rediffmail.com",
    "yahoo.co.in",
    "naver.com",
    "msn.com",
    "ymail.com",
    "rocketmail.com",
    "tutanota.com",
    "posteo.de",
    "mailbox.org",
    "freenet.de",
    "arcor.de",
    "online.de",
    "email.cz",
    "seznam.cz",
    "wp.pl",
    "sapo.pt",
    "clix.pt",
    "netcabo.pt",
    "uol.com.br",
    "bol.com.br",
    "terra.com.br",
    "yahoo.com.br",
    "hotmail.com.br",
    "mail.ru",
    "126.com",
    "o2.pl",
    "onet.pl",
    "interia.pl",
    "yahoo.it",
    "yahoo.co.jp",
    "live.fr",
    "live.de",
    "live.co.uk",
    "outlook.es",
    "hotmail.ca",
    "sky.com",
    "virginmedia.com",
    "ntlworld.com",
    "talktalk.net",
    "xtra.co.nz",
    "cox.net",
    "charter.net",
    "sbcglobal.net",
    "bellsouth.net",
    "earthlink.net",
    "juno.com",
    "frontier.com",
    "optonline.net",
}

_I = re.IGNORECASE


def _any(*phrases):
    """One pattern of lower-case phrases, searched in lower-cased text (a case-blind search costs a third more).

    The pattern is a :class:`~offerkit._io.phrases.Phrases`: the alternation, searched after a look for the words its
    phrases need (most mail holds none of a rule's words; 3 times faster).

    A phrase's leading ``\\b`` is checked after its first letter (``\\bloan`` as ``l(?<!\\wl)oan``, the same
    match): one phrase that starts with an assertion makes ``re`` try every phrase at every position of the text,
    where phrases that start with letters let it skip the positions no phrase can start at (2-4 times faster).

    >>> bool(_any(r"\\bloan\\b").search("a car loan")), bool(_any(r"\\bloan\\b").search("a carloan"))
    (True, False)
    """
    fast = [
        f"{p[2]}(?<!\\w{p[2]}){p[3:]}" if p.startswith("\\b") and len(p) > 2 and p[2].isalpha() else p for p in phrases
    ]
    return Phrases(fast)


#: Messages that are not applications, by kind (checked first).
SKIP_RULES = [
    (
        "job alert",
        _any(
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
            r"open to a (?:quick )?chat",
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
            r"our (?:blog|newsletter|magazine|show|channel)",
            r"(?:speak|speaker|talk) at (?:our|the) (?:conference|meetup|event)",
            r"for (?:an|our) (?:article|story|feature)",
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
            r"comment s'est passée? (?:l'entretien|l'entrevue|ton entretien|ton entrevue)",
            r"(?:cómo|como) te fue en la entrevista",
        ),
    ),
    (
        # practice with a coach or a friend is no employer's step (an employer's own prep notes are read)
        "interview practice",
        _any(
            r"mock interview",
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
        ),
    ),
    (
        # "Reminder: your interview is tomorrow": a step already read from its invitation, not a new one
        "reminder",
        _any(
            r"^(?:\[?(?:automatic |friendly )?reminder\]?|erinnerung|rappel|recordatorio)\b",
            r"^[^\n]{0,40}\b(?:is|starts) (?:tomorrow|today|in \d+ (?:hours?|minutes))\b",
        ),
    ),
    (
        # "please take a moment to complete a short survey about our application process"
        "survey",
        _any(
            r"\bsurvey\b",
            r"candidate experience",
            r"umfrage",
            r"questionnaire de satisfaction",
            r"encuesta",
            r"how (?:did|was) your (?:interview|application)",
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
        # an application, but not for a job: a credit card, a flat, a university place, a visa
        "not a job application",
        _any(
            r"credit card",
            r"(?:gold|platinum|green|debit|store|rewards) card",
            r"your (?:new )?card (?:will|is|has)",
            r"\bloan\b",
            r"mortgage",
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
            r"beta (?:program|programme|access|tester)",
            r"(?:developer|partner|affiliate|creator|ambassador|reseller|seller|referral) (?:program|programme)",
            r"(?:application|apply|applied) for (?:a |an |the )?(?:payment plan|credit|loan|account|permit|grant|benefit|"
            r"subsidy|allowance|parking)",
            r"\b(?:master'?s|bachelor'?s|doctoral|phd|graduate|undergraduate) (?:programme|program|degree|studies)",
            # the same in the other languages: a card, a loan, a grant, a flat, an enrolment
            r"tarjeta de crédito",
            r"\bpréstamo",
            r"solicitud de (?:crédito|tarjeta|préstamo|beca|visa|pasaporte|inscripción|admisión)",
            r"\bbeca\b",
            r"demande de (?:crédit|prêt|carte|bourse|logement|visa|passeport)",
            r"kredit(?:antrag|karte)",
            r"(?:wohnungs|miet|stipendien|visum)(?:antrag|bewerbung)",
        ),
    ),
]

#: Employer events by phrase (checked in this order: a rejection often thanks you for applying too).
#: A time booked for a step of hiring after the choice ("pick a time for your pre-hire appointment", a drug
#: screen, an orientation): no interview round.
_NOT_ONBOARDING = (
    r"(?![^.\n]{0,30}\b(?:pre-?hire|new[- ]hire|onboarding|orientation|drug (?:test|screen)|background check|"
    r"fingerprint|i-9|badge photo|first day))"
)
EVENT_RULES = [
    (
        "rejected",
        _any(
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
            r"(?:did|does) not meet the minimum qualifications",
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
            # ("we are still interviewing other candidates" is a wait: the reply rule below reads it)
            # (the look-behinds after "other": a phrase that starts with one makes every phrase slow, and one
            # after its first letter is tried at every "o")
            r"other(?<!interviewing other)(?<!meeting other)(?<!meeting with other)(?<!speaking with other)"
            r"(?<!speaking to other)(?<!talking to other)(?<!talking with other) candidates",
            r"(?:have|has) not been selected",
            r"(?:chosen|selected|picked|hired|gone with|going with|went with|offered the (?:role|position|job) to) an? "
            r"(?:candidate|applicant) (?:with|who|whose)",
            # "we have selected candidates with pediatric critical care experience"
            r"(?:have|has|we) (?:selected|chosen) (?:other )?(?:candidates|applicants) (?:with|who|whose)",
            r"not selected",
            r"position has been filled",
            r"will not be proceeding",
            r"no longer under consideration",
            r"not a match at this time",
            r"move forward with (?:a |the )?(?:candidates?|applicants?|someone) (?:who|whose)",
            r"(?:selected|chosen|hired|offered the (?:role|position) to) (?:another|a different|an?other) "
            r"(?:candidate|applicant|person)",
            r"(?:role|position|job|vacancy|opening) (?:has|had) (?:now )?been filled",
            r"accepted by (?:another|a different|an?other) (?:candidate|applicant|person)",  # "offered to and ..."
            r"(?:have|has) filled the (?:role|position)",
            r"unsuccessful\b",
            r"not (?:been )?successful",
            r"not (?:be )?progress(?:ing)? (?:with )?your application",
            r"decided not to (?:proceed|progress|continue)",
            r"(?:unable|not able) to offer you",
            r"(?:going|go) in a different direction",
            r"(?:go|going|proceed|move forward) with (?:another|a different|an?other|other) (?:candidate|applicant)",
            r"not (?:to )?proceed with your (?:candidacy|application)",
            r"(?:pursue|proceed with|move forward with|continue with|go with) (?:other |another |different )?"
            r"(?:candidates?|applicants?|profiles?) (?:whose|who|that)",
            r"keep your (?:resume|résumé|cv|information|details|profile) on file",
            # composed: a negation before a verb of going on ("will not be moving your application forward")
            # ("n't" inside "aren't"/"won't" has no word boundary before it)
            r"(?:not|n't|unable to|cannot)\s+(?:be\s+)?(?:able to\s+)?(?:move|moving|"
            r"proceed|proceeding|progress|progressing|advance|advancing|continue|continuing|take|taking|go|going|"
            r"pursue|pursuing)\b[^.\n]{0,40}\b(?:forward|further|ahead|application|candidacy|candidature|process|"
            r"(?:interview|next|final) (?:stage|round|step))",
            r"(?:not|n't) allow us to (?:take|move|bring|progress|proceed|consider)",
            r"(?:not|n't|unable to|cannot)\s+(?:be\s+)?(?:able to\s+)?(?:extend|extending|make|making)\s+(?:you\s+)?"
            r"(?:an offer|a callback)",
            r"(?:not|n't|unable to|cannot)\s+(?:be\s+)?(?:able to\s+)?(?:offer|offering|"
            r"select|selecting|extend|extending)\s+you\b",
            r"(?:fill|filled|filling) (?:the|this) (?:role|position|internship|job|opening|vacancy|spot|place)",
            r"ended up (?:going|hiring|choosing|selecting|filling|moving)",
            r"(?:hire|hired|hiring|go with|gone with|chosen|selected|select|picked|offer(?:ed)? the (?:role|position) "
            r"to)\s+(?:someone|somebody) else",
            r"no longer (?:being )?consider",
            r"did not make it (?:to|into|through|past)",
            r"(?:does|do|did) not (?:match|meet|fit|align with) (?:our|the) (?:current )?(?:needs|requirements|criteria)",
            r"reject(?:ed|ing)? your (?:application|candidacy)",
            r"pass on your (?:application|candidacy)",
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
            r"progressing)(?: (?:forward|ahead|on))? with (?:an?|another|other|different|some|the)? ?(?:\w+ )?"
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
            r"(?:avons|a|ont) (?:finalement )?retenu (?:un|une|la|le) (?:autre )?(?:candidat|candidate|candidature|profil)",
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
            r"(?:requisition|position|role|opening|vacancy|job|posting)\b[^.\n]{0,40}\b(?:has been|was|is) (?:now )?"
            r"(?:cancel+ed|closed|filled|on hold|paused|withdrawn)",
            # ("todavía está entrevistando a otros candidatos" is a wait: the reply rule below reads it)
            r"otr(?<!entrevistando a otr)(?<!entrevistando otr)(?<!conociendo a otr)[oa]s? "
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
            r"(?:poste|offre) (?:a été|est déjà) pourvue?",
            r"stelle (?:wurde|ist) (?:bereits )?(?:besetzt|vergeben)",
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
            r"ne correspond(?:ent)? pas (?:au|à|aux) (?:profil|poste|besoins|attentes|critères)",
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
            r"(?:avanzar|seguir|continuar) con (?:otras |otros )?(?:personas|perfiles|candidat\w*) (?:cuyo|cuya|que|con)",
            r"se alinea(?:n)? más",
            r"no seguir adelante",
            r"(?:role|position|opening|job|vacancy)\b[^.\n]{0,40}\bno longer (?:available|open)",
            r"(?:hiring|role|position|search|requisition|recruitment)[^.\n]{0,12} on (?:pause|hold)",
            r"(?:pause|paused|pausing) (?:this |the |our )?(?:hiring|search|recruitment)",
        ),
    ),
    (
        "offer",
        _any(
            r"(?:pleased|happy|delighted|excited|thrilled) to (?:extend|offer you)",
            r"extend (?:you )?an offer",
            r"make you an offer",
            r"confirm (?:our|the|my|your) (?:verbal |formal |conditional )?offer\b",
            r"(?:written|formal|verbal) offer",
            r"offer (?:details|package)",
            r"offer letter",
            r"letter of offer",
            r"offer of employment",
            r"job offer",
            r"we(?:'d| would) like to offer you",
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
            r"(?:love|like|happy) to have you join (?:us|the team|\w+)",
            r"(?:nos complace|nos alegra) ofrecerte",
            r"(?:fuiste|has sido|ha sido) seleccionad[ao] para (?:el|ocupar el|la) (?:cargo|puesto|posición|vacante)",
            r"(?:adjuntamos|te enviamos|te compartimos|anexamos|te adjunto|le adjunto|te env[ií]o) la (?:oferta "
            r"laboral|carta oferta|propuesta)",
            r"quedaste seleccionad[oa] para (?:el puesto|la posición|el cargo|la vacante)",
            r"propuesta laboral",
            r"ofrecerte el puesto",
            r"le plaisir de vous proposer le poste",
            r"(?:freuen uns|möchten),? ihnen (?:die stelle|eine stelle|ein angebot)",
            r"ihnen die stelle [^.\n]{0,30}anbieten",
            r"ihnen ein (?:vertrags)?angebot",
            r"angebot für die (?:position|stelle)",
            r"vertragsentwurf",
            r"\byou got the job\b",
            r"congratulations[^.\n]{0,40}(?:you got the|welcome (?:to the team|aboard))",
            r"vertragsangebot",
            r"arbeitsvertrag",
            r"proposition d'embauche",
            r"promesse d'embauche",
            r"convention de stage",
            r"(?:faire|adresser|soumettre|transmettre) une proposition (?:pour le poste|d'embauche|de poste|de contrat)",
            r"proposition (?:de poste|d'embauche|de contrat)",
            r"(?:k€|€|euros?) bruts? (?:annuels|par an)",
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
            r"joining us as",
            r"für sie entschieden(?<!nicht für sie entschieden)",
            r"\bzusage\b(?! oder)(?<!oder zusage)(?<!keine zusage)",
            r"dienstvertrag",
            r"vertragsunterlagen",
            r"(?:sie|dich) (?:gerne )?(?:als [^.\n]{1,40} )?einstellen (?:möchten|werden|wollen)",
            r"einstellungszusage",
            r"has sido seleccionad[ao] (?:para|como)",
            r"propuesta (?:económica|salarial|de contratación)",
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
            r"on-?site interview",
            r"\bonsite\b",
            r"final (?:round|interview)",
            r"final (?:[\w-]+ ){1,2}(?:round|interview)s?\b",
            r"superday",
            r"in-?person interview",
            r"interview loop",
            r"finales? gespräch",
            r"entretien final",
            r"entrevista final",
            r"(?:virtual|in-?person) (?:onsite|on-?site|final)",
            r"final (?:stage|step|panel|set of interviews)",
            r"bring you in",
            r"bring you (?:on-?site|onsite|in-?house)",
            r"(?:last|final) (?:stage|round|step) (?:is|will be|of)",
            r"probe(?:arbeits)?tag",
            r"campus visit",
            r"(?:invite|welcome|bring|host) you (?:to|on) (?:our )?campus",
            r"on-?campus interview",
            r"selection interview",
            r"(?:als )?letzten? schritt",
            r"(?:dernière|ultime) étape",
            r"\bthe (?:last|final) step\b",
            r"working interview",
            r"shadow(?:ing)? (?:shift|day)",
            r"(?:dernier|ultime) entretien",
            r"entretien sur (?:notre )?site",
            r"journée d'immersion",
            r"(?:último|ultimo) paso",
            r"(?:half|full)[- ]day (?:\w+ ){0,3}(?:at our|in our|on-?site|in person|with the (?:team|product|design))",
            r"back-to-back (?:interviews|conversations|meetings)",
            r"assessment[- ]?(?:centre|center|day)",
            r"(?:gespräch|interview|kennenlernen)\w* vor ort",
            # "zu einem Zweitgespräch mit unserem CPO in unser Büro in der Leopoldstraße einladen"
            r"(?:in unser|zu uns ins|bei uns im) (?:büro|office|headquarter|firmensitz)\b",
            r"(?:fase|ronda|entrevista) final",
            r"(?:última|ultima) (?:fase|entrevista|ronda|etapa)",
            r"etapa final",
            r"letzte (?:runde|gesprächsrunde)",
            r"(?:come|visit) (?:to )?our (?:office|offices|campus|headquarters)",
            # "I'd like to invite you to our downtown office on Tuesday to meet me, our CFO and ..."
            r"(?:invite|bring|have) you (?:in )?to our (?:[\w-]+ )?(?:office|offices|campus|headquarters)\b",
            # a small employer's "come by the shop Tuesday at 8 and meet the crew leads"
            r"come (?:by|down to|into|in to) (?:the|our) (?:shop|office|store|restaurant|yard|warehouse|plant|garage)\b",
            # a law firm's callback: the interviews at the office after the screening one
            r"callback interview",
        ),
    ),
    (
        "screen",
        _any(
            r"phone (?:interview|screen)",
            r"telephone interview",
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
            r"entretien (?:rh|par téléphone)",
            r"kurze[sn]? telefonat",
            r"telefonat von (?:ca\. |etwa )?\d+ minuten",
            r"(?:trentaine|vingtaine|quinzaine) de minutes",
            r"llamada telefónica",
            r"telephonic (?:round|discussion|interview|call|conversation|screening|chat)",
            r"referred to the (?:hiring manager|selecting official|hiring (?:official|team|department))",
        ),
    ),
    (
        "interview",
        _any(
            r"invite you (?:to|for) (?:an? )?(?:interview|conversation|chat|call)",
            r"invite you (?:to|for) (?:an? |the )?(?:[\w-]+ ){0,2}interview",
            r"book you (?:in )?for (?:an? |the |your )?(?:[\w-]+ ){0,2}(?:interview|meeting|conversation)",
            r"(?:do|complete|prepare|make) a (?:small |short |quick |little )?case\b",
            r"oral (?:panel |board )?(?:examination|exam|interview|board)",
            r"panel (?:examination|exam)\b",
            r"schedule (?:an? |your )?(?:\w+ )?interview",
            r"interview (?:invitation|invite|request|confirm|scheduled)",
            r"your interview (?:is|has been) (?:confirmed|scheduled|booked)",
            r"interview @",
            r"interview with [^@\n]{1,80} @ ",
            r"would like to interview you",
            r"set up (?:an? )?(?:\w+ )?interview",
            r"(?:selected|short[- ]?listed|chosen|invited) for (?:an? |the )?(?:\w+ or an? )?(?:interview|next round)",
            r"(?:choose|pick|select|book) (?:an? |your )?interview (?:\w+ )?(?:slot|time)",
            r"slot for (?:your|an|the) (?:\w+ )?interview",
            r"(?:confirmed|scheduled|booked) for (?:an? |your )?(?:\d+[- ]minute )?(?:[\w-]+ )?interview",
            r"upcoming interview",
            r"(?:advanced|advance|advancing|move|moving|moved|proceed|proceeding) (?:you )?(?:to|with) (?:the )?interviews\b",
            r"(?:move|moving|advance|advancing|invite) you (?:forward )?to the next (?:round|stage|step)",
            r"next round of interviews",
            r"hiring manager (?:would|'d) (?:like|love) to (?:speak|talk|meet|chat)",
            r"(?:conversation|call|chat|interview|meeting) with [^.\n]{0,30}\b(?:cto|ceo|founders?|co-?founders?|"
            r"vp|head of|engineering manager)\b",
            r"(?:video call|call|meeting|conversation|chat) with the hiring manager",
            r"(?:video|virtual|zoom|teams|panel) interview",
            r"invite you to (?:the |our )?(?:next|second) (?:step|round|stage)",
            r"coding (?:challenge|exercise|test)",
            r"technical (?:challenge|exercise|test)",
            # a named test, the employer's step: "a 45-minute Excel skills assessment", "a numerical reasoning test",
            # a public employer's written exam ("you have been selected to write the exam")
            r"(?:skills?|aptitude|cognitive|personality|numerical|verbal|reasoning|psychometric|accounting|excel|"
            r"typing|written) (?:assessment|test|exam|examination)\b",
            r"(?:write|sit|take) (?:the|an?|your) (?:\w+ )?(?:exam|examination)\b",
            # a small team's round: "a paired exercise with our lead analyst", "a pair-programming session"
            r"pair(?:ed|ing)?[- ](?:programming|coding|exercise|session|interview)",
            r"(?:practical|live|trial) (?:exercise|task|session)",
            r"technical interview",
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
            r"fach(?:gespräch|interview)",
            r"zweitgespräch",
            r"persönliche[mns]? gespräch",
            r"zu einem (?:ersten |kurzen )?(?:gespräch|kennenlernen|interview)",
            r"gespräch (?:einladen|ein\b)",
            r"entretien",
            r"entrevista(?!ndo)",  # ("está entrevistando a otros candidatos": a wait)
            r"(?:une|l'|votre|en|d'une|d') ?entrevue\b",
            r"interview (?:times|slots?|availability|schedule)",
            r"(?:booked|registered|scheduled|signed up|confirmed) for (?:our|the|a|an upcoming) hiring event",
            r"select (?:your )?(?:interview )?times",
            r"(?:portfolio|design|case study|code|system design) (?:review|presentation|walkthrough|session)",
            r"(?:case|strategy|product|final|panel) presentation",
            r"(?:design|case|written|home|technical|coding|data|product|model(?:l)?ing|excel|sql|analysis|research|"
            r"writing) (?:exercise|assignment|task|case study)",
            r"c(?<!your c)(?<!your own c)ase study",  # ("loved your case study on the check-in flow": their portfolio)
            r"(?:would|'d) (?:like|love) to (?:meet|speak with|talk with|talk to|speak to) you\b",
            r"(?:like|love|want) (?:you )?to meet (?:you|the team|with)",
            r"meet (?:you )?on (?:zoom|teams|google meet|meet)",
            r"meeting invite",
            r"vous rencontrer",
            r"une rencontre",
            r"échanger avec vous",
            r"en visio",
            r"kennenlernen",
            r"technical (?:conversation|discussion|session|screen)",
            r"hiring manager (?:conversation|interview|call|chat|screen)",
            r"panel interview",
            r"videollamada",
            r"invitation to (?:an? )?interview",
            r"prueba (?:técnica|de código|práctica)",
            r"(?:avanzas|pasas|avanzaste|pasaste) a la siguiente (?:etapa|fase|ronda)",
            r"siguiente (?:etapa|fase|paso) (?:del proceso )?(?:es|será)",
            r"caso en vivo",
            r"evaluación (?:psicométrica|psicológica|técnica|de conocimientos|en línea)",
            r"(?:ha|has) sido preseleccionad[ao]",
            r"(?:prueba|examen|test) (?:psicométric\w*|de conocimientos|en línea)",
            r"test (?:psychotechnique|de personnalité|de logique)",
            r"(?:online-test|eignungstest|einstellungstest)",
            r"caso práctico",
            r"test technique",
            r"étude de cas",
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
            r"(?:chat|conversation|call|meeting) with [^.\n]{0,30}\b(?:director|hiring manager|team lead|head)\b",
            # Mexico's "platicar": "una plática técnica", "¿te late platicar el viernes con Ana, nuestra líder de
            # producto?"
            r"(?:plática|charla|conversación|sesión) técnica",
            r"(?:platicar|conversar|charlar|reunirte|hablar|plática|charla|conversación|reunión)\b[^.?\n]{0,30}\bcon "
            r"[^.?\n]{0,40}\b(?:líder|lider|director|directora|gerente|cto|ceo|jefe|jefa|fundador|fundadora)\b",
        ),
    ),
    (
        "screen",
        _any(
            r"phone screen",
            r"recruiter call",
            r"(?:platicar|conversar|charlar|hablar) (?:\d+|unos|quince|veinte|treinta) minutos",
            r"(?:charla|llamada|conversación|entrevista) (?:inicial|telefónica)",
            # "tener una primera charla de 20 minutos por Meet", "una breve llamada"
            r"(?:primera|breve|corta) (?:charla|llamada|conversación)",
            r"(?:charla|llamada|conversación) (?:de|por) (?:\d+|unos|quince|veinte|treinta|media hora|meet|zoom|teams)",
            r"(?:quick|short|brief|introductory|intro|initial|screening) (?:call|chat|conversation)",
            r"\d+[- ]minute (?:phone )?(?:call|chat|conversation)",
            r"\d+\s*-?\s*min\.? (?:phone |video |intro |introductory )?(?:call|chat|conversation)",
            r"get to know you",
            r"phone (?:call|conversation)",
            r"hop on a (?:quick )?call",
            # a small employer's "can I give you a call tomorrow around 10 to talk about the job?"
            r"give you a (?:quick )?call\b[^.\n]{0,40}\b(?:talk|chat|discuss|go over)\b",
            # "want to grab a virtual coffee chat?" (a calendar's "Coffee chat with Sam Ortiz" is networking)
            r"(?:grab|have|do) a (?:virtual |quick |casual )?coffee chat|(?:virtual|quick) coffee chat",
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
            r"kurzes? (?:telefonat|gespräch am telefon)",
            r"(?:erste[snm]?|kurze[snm]?) telefon(?:gespräch|at|interview)",
            r"telefongespräch",
            # "ein kurzes telefonisches Erstgespräch (ca. 20 Minuten)"
            r"erstgespräch",
            r"telefonische[sn]? (?:gespräch|interview|kennenlernen)",
        ),
    ),
    (
        # scheduling without saying which round: after the screen's phrases ("book a time for an intro call")
        "interview",
        _any(
            r"schedule (?:an? |your )?(?:call|conversation)",
            r"schedule a time to (?:talk|chat|speak|meet)",
            r"(?:pick|select|choose|book) a time" + _NOT_ONBOARDING,
            r"calendly\.com",
            r"(?:have|got) \d+ minutes",
            r"(?:free|available) for a (?:quick |short |brief |first )?(?:chat|call|conversation)",
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
            r"conocerte",
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
            r"still (?:reviewing|under review|in review|interviewing)",
            r"still (?:working|going) through (?:the )?(?:applications|candidates|resumes|the pool)",
            r"hope to have (?:an update|news|a decision)",
            r"remains under review",
            r"continu\w* to review",
            r"noch in prüfung",
            r"toujours en cours",
            r"sigue en revisión",
            r"seguimos en (?:el )?proceso",
            r"(?:todavía|aún) (?:está|están|estamos|seguimos) (?:entrevistando|conociendo)",
            # a wait, however sorry it sounds ("Leider können wir Ihnen noch keine Entscheidung mitteilen")
            r"noch keine (?:entscheidung|rückmeldung)",
            r"zwischenbescheid",
            r"(?:benötigen|brauchen) (?:wir )?noch (?:etwas )?zeit",
            r"need (?:a (?:bit|little) )?more time",
            r"besoin d'un peu plus de temps",
            r"necesitamos (?:algo|un poco) más de tiempo",
            r"still (?:meeting|interviewing|speaking (?:with|to)|talking (?:with|to)|in (?:talks|conversations?|"
            r"discussions?) with) (?:other |a few |some |a couple of "
            r"|several |two |three )?(?:other )?(?:candidates|applicants|people)",
            r"(?:have|make|reach) a decision (?:early |by |later )?(?:next|this) week",
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
            r"leider",
            r"malheureusement",
            r"lamentablemente",
            r"desafortunadamente",
        ),
    ),
    (
        "applied",
        _any(
            r"thank(?:s| you) for (?:applying|your application|your interest)",
            r"application (?:received|submitted)",
            r"application has been (?:submitted|sent|received)",
            # an agency's: "I've now submitted your CV to my client, Pennine Foods"; "put you forward for the role"
            r"(?:submitted|sent|forwarded|passed|presented) (?:over )?your (?:cv|resume|résumé|profile|details|"
            r"application)(?: and (?:portfolio|profile|cv|resume))? (?:over |across )?(?:to|for) (?:my|our|the) client",
            r"put you forward (?:to|for)",
            # "j'ai présenté votre candidature à notre client Loire Pharma"
            r"(?:présenté|transmis|envoyé|soumis|proposé) votre (?:candidature|cv|profil|dossier) (?:à|au|auprès de) ",
            r"present(?:é|ado|amos) (?:tu|su) (?:candidatura|cv|perfil|postulación) (?:a|al|ante) ",
            r"(?:te he|le he|os he|te hemos|le hemos) presentado (?:a|al|ante) (?:nuestro|mi) cliente",
            r"(?:vorgestellt|weitergeleitet)[^.\n]{0,40}(?:unserem|meinem) (?:kunden|mandanten)",
            r"(?:ihre|deine) (?:bewerbung|unterlagen|profil) (?:an|bei) (?:unseren|meinen) (?:kunden|mandanten)",
            # "habe ich Ihr Dossier unserem Kunden, Sihl Logistik AG, ... weitergeleitet"
            r"(?:ihr|ihre|dein|deine) (?:dossier|bewerbung|unterlagen|profil|cv|lebenslauf) (?:an )?(?:unserem|unseren|"
            r"meinem|meinen) (?:kunden|mandanten)",
            # "I've submitted your resume to Ledgerly for the Senior Backend Engineer role": the client named
            r"(?:i'?ve|i have|we'?ve|we have) (?:now )?(?:submitted|sent|forwarded|passed) (?:over )?your "
            r"(?:cv|resume|résumé|profile|application) (?:over )?to (?!(?:the|our|my|a) (?:hiring|team|manager|"
            r"recruit))",
            r"received your application",
            r"application confirm",
            r"appreciate your interest",
            r"your application (?:to|for|at|was sent)",
            r"vielen dank für ihre bewerbung",
            r"eingangsbestätigung",
            r"ihre bewerbung (?:bei|als|ist)",
            r"(?:merci|remercions|remercier)[^.\n]{0,30} (?:pour|de) votre candidature",
            r"merci (?:pour|de) votre candidature",
            r"nous avons bien reçu votre candidature",
            r"candidature (?:[^.\n]{0,80} )?a (?:bien )?été (?:envoyée|reçue|transmise|enregistrée)",
            r"accus(?:é|ons) (?:de )?réception de votre candidature",
            r"(?:tu|su) candidatura [^.\n]{0,120}(?:se ha enviado|ha sido (?:enviada|recibida|registrada))",
            # a job board's "deine Bewerbung für Ausbildung Bankkauffrau ... wurde erfolgreich verschickt"
            r"bewerbung\b[^.\n]{0,120}(?:wurde|ist) (?:erfolgreich )?(?:verschickt|versendet|übermittelt|abgeschickt)",
            # LinkedIn in German: "Ihre Bewerbung wurde an Lindenhof Analytics gesendet"
            r"bewerbung wurde an [^.\n]{1,80}? (?:gesendet|gesandt|übermittelt|geschickt|weitergeleitet)",
            r"te has inscrito (?:correctamente )?en la oferta",
            r"te postulaste",
            r"(?:has|ha) aplicado (?:a|para)",
            r"aplicaste (?:a|para)",
            r"gracias por postularte",
            r"recepción de (?:tu|su) (?:postulación|solicitud|hoja de vida|candidatura)",
            r"(?:tu|su) (?:postulación|solicitud)\b[^.\n]{0,100}(?:fue enviada|se envió|ya está|fue recibida|"
            r"se realizó con éxito|fue realizada|ha sido registrada)",
            r"postulación (?:exitosa|realizada con éxito|enviada con éxito)",
            r"gracias por (?:tu|su) (?:postulación|candidatura|solicitud)",
            r"hemos recibido (?:tu|su)",
            # Latin America's preterite: "te confirmamos que recibimos tu solicitud"
            r"recibimos (?:correctamente )?(?:tu|su) (?:solicitud|postulación|cv|candidatura|hoja de vida)",
            r"gracias por presentar (?:tu|su) (?:solicitud|candidatura|postulación)",
            r"confirmación de (?:tu|su) (?:solicitud|candidatura|postulación)",
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
            # receipts without "applying" ("This confirms receipt of your application", "Thanks for your
            # submission", "Your application has been recorded", "We've received your materials")
            r"receipt of your (?:application|submission|cv|resume|résumé|documents)",
            r"(?:received|receive|got) your (?:materials|submission|documents|details|cv|resume|résumé)",
            r"(?:thank(?:s| you)(?: so much| very much)? for|appreciate) (?:your|submitting your) (?:submission|application)",
            r"thank(?:s| you) for submitting",
            r"application (?:has been|was|is) (?:recorded|logged|registered|saved)",
            r"bewerbung [^.\n]{0,80}(?:erfolgreich )?(?:versendet|übermittelt|eingegangen|abgeschickt|gesendet)",
            r"(?:danke|vielen dank|herzlichen dank) für (?:ihre|deine) bewerbung",
            r"(?:dich|sich) (?:bei uns )?beworben",
            r"eingang ihrer bewerbung",
            r"réception de votre candidature",
            r"d'avoir postulé",
            r"(?:unterlagen|bewerbung\w*) (?:sind|ist) (?:bei uns )?(?:gut |wohlbehalten )?eingegangen",
            r"candidature a (?:bien )?été prise en compte",
        ),
    ),
]

#: A sentence about what may happen ("if your background matches, a recruiter will reach out to schedule an
#: interview"; "you may be invited to complete an assessment"): it names no step that has happened.
_CONDITIONAL = re.compile(
    r"\b(?:if(?<!know if)(?<!ask if)(?<!wondering if)(?<!wonder if)(?<!wondered if)(?<!curious if)(?<!asking if)(?<!see if)(?<!check if)(?<!whether or if) "
    r"(?:your|you|we|there|selected|shortlisted|successful)|should (?:you|your|we)|may be invited|"
    r"might be invited|in the event|sans (?:réponse|nouvelles|retour) de notre part|will reach out to|will contact you (?:to|if)|in case|"
    # German, French and Spanish: "Falls Sie keine Unterlagen einreichen, können wir Sie nicht berücksichtigen";
    # "sobald wir entschieden haben, erhalten Sie eine Zusage oder Absage" ("auch wenn" concedes, in a real one)
    r"wenn(?<!auch wenn)(?<!selbst wenn)|falls|sofern|sobald|si (?:vous|votre|vos|tu|ta|tes|nous|su|sus|usted)|au cas où|"
    r"en caso de|(?:les|aux) (?:personnes|candidat\w*) retenu\w*|only (?:those|candidates|applicants) "
    r"(?:selected|shortlisted|whose)|(?:contact|reach out to) (?:only )?(?:those|the candidates|shortlisted)|"
    r"which you(?:'ll| will) receive (?:shortly|soon|separately)|"
    r"nur (?:ausgewählte|geeignete)|(?:solo|únicamente) (?:con )?(?:los|las) (?:candidat|seleccionad))\b"
)
_SENTENCE_ENDS = re.compile(r"([.!?\n])")


#: A clause about a later step ("... a brief phone call to learn more about you before we schedule committee
#: interviews"): the step the sentence names is the one before it.
_LATER_CLAUSE = re.compile(
    r"(?:b(?<!\wb)efore|a(?<!\wa)head of) (?:we|our team|the team|you|the committee) (?:schedule|set up|invite|"
    r"move|arrange|bring)[^.!?\n]*"
)


def _firm(low):
    """``low`` without its sentences about what may happen (a cheap search first: most mail has none), and without
    its clauses about a later step ("before we schedule committee interviews").

    >>> _firm("a brief phone call before we schedule committee interviews. thanks")
    'a brief phone call . thanks'
    """
    if "before" in low or "ahead of" in low:
        low = _LATER_CLAUSE.sub("", low)
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
    r"canceled|cancelled|accepted|declined|tentatively accepted|tentative|new time proposed|"
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
    if not calendar and msg.is_multipart():
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
    r"(?:call|chat|conversation) with (?:our|a|one of our) (?:recruit\w*|talent partner)",
)
#: The mail names an interview, in any of the four languages ("a first round interview", "una entrevista con el
#: equipo", "convocation à un entretien"): a recruiter inviting to one invites to a round, not to their own call.
_INTERVIEW_NOUN = re.compile(r"interview|entretien|entrevista|entrevue|vorstellungsgespräch")
#: A round that is a test, not a conversation ("online assessment", "take-home", "case study", "work sample").
_TEST_WORDS = re.compile(
    r"assess|test|take-?home|case|sample|exercise|challenge|aufgabe|étude|prueba|cuestionario|questionnaire|"
    r"fragebogen|evaluación|évaluation|quiz",
    _I,
)
#: An agency submitting the person to its client ("I have submitted your CV to my client, Jacaranda").
_AGENCY_SUBMISSION = _any(
    r"(?:submitted|sent|forwarded|passed|presented) (?:over )?your (?:cv|resume|résumé|profile|details|application)"
    r"(?: and (?:portfolio|profile|cv|resume))? (?:over |across )?(?:to|for) (?:my|our|the) client",
    r"put you forward (?:to|for) (?:my|our|the) client",
    r"(?:présenté|transmis) votre (?:candidature|cv|profil) (?:à|au|auprès de) (?:notre|mon) client",
    r"present(?:é|ado|amos) (?:tu|su) (?:candidatura|cv|perfil) (?:a|al) (?:nuestro|mi) cliente",
    r"(?:te he|le he|os he|te hemos|le hemos) presentado (?:a|al) (?:nuestro|mi) cliente",
    r"(?:ihr|ihre|dein|deine) (?:dossier|bewerbung|unterlagen|profil|cv|lebenslauf) (?:an )?(?:unserem|unseren|meinem|"
    r"meinen) (?:kunden|mandanten)",
)
#: A test named anywhere in a mail ("the online psychometric assessment", "a take-home", "a case study").
_NAMED_TEST = _any(
    r"\b(?:psychometric|online|aptitude|numerical|verbal|cognitive|skills?|technical|coding|personality|"
    r"situational judg(?:e)?ment)\s+(?:assessments?|tests?)\b",
    r"\btake-?home\b",
    r"\bcase study\b",
)
#: Who a later round is with: a call with them is an interview, not a screen.
_INTERVIEWERS = _any(
    r"technical",
    r"(?:engineering|product|design|data|marketing|team|line|division|department|analytics|program|programme) "
    r"manager\b",
    r"teamleit\w*",
    r"(?:abteilungs|bereichs)?leiter(?:in)?\b",
    r"fach(?:gespräch|interview|bereich)",
    r"responsable (?:de|d')",
    r"directeur|directrice|director[a]?\b",
    r"engineers?\b",
    r"hiring manager",
    r"\bpanel\b",
    r"director",
    r"founder",
    r"\bcto\b",
    r"\bceo\b",
    r"head of",
    r"team lead",
    r"(?:product|design|data|engineering|tech|analytics|research) lead\b",  # "an interview with our product lead"
    r"(?:meet|with|join|speak to|talk to) (?:the|our) (?:[\w-]+ ){0,2}team\b",  # "come in and meet the data team"
    r"search committee",
    # a hospital's, a shop's, a plant's: "a peer interview with two of our staff nurses", "the nurse manager"
    r"peer (?:interview|panel)",
    r"(?:nurse|unit|store|shift|clinic|practice|office|general|restaurant|site|plant) manager\b",
    r"(?:staff|charge) nurses?\b",
)

#: The writer naming their own role ("Moritz here, one of the founders", "I'm the CTO"): the person asking for a
#: first conversation, not another interviewer brought in.
_SELF_INTRO = re.compile(
    r"(?:\bi'?m|\bi am|\w+ here,?|this is \w+,?)\s+(?:one of\s+)?(?:the\s+|our\s+|a\s+)?(?:co-?)?"
    r"(?:founders?|ceo|cto)\b"
    # or signing with it: "Rebecca\nFounder & CEO, Lox & Co"
    r"|(?m:^[ \t]*(?:co-?)?(?:founder|ceo|cto)\b[^\n]{0,60}$)"
)

#: "the Data Engineer role", "about our Engineering Manager position": a job's title, not who the call is with.
_TITLE_PHRASE = re.compile(
    r"\b(?:for|about|as|the|our|this|your|an?)\s+(?:[\w&/-]+\s+){0,5}?(?:role|position|opening|job|vacancy)\b"
)


#: A call named by no round: "videollamada", "a video call", "une visio".
_ROUNDLESS_CALL = re.compile(r"(?:video ?llamada|video ?call|visio(?:conférence)?|videocall|videogespräch)", _I)


def _without_signature(low_body) -> str:
    """A mail's text without its closing lines (short lines at its end: "un saludo,", "marta ferrer", "responsable
    de personas"): the writer's own title is no interviewer brought in."""
    lines = _without_footer(low_body).split("\n")  # (a mailing footer's lines under the signature, however long)
    while len(lines) > 1 and len(lines[-1]) <= 60 and not lines[-1].rstrip().endswith("?"):
        lines.pop()
    return "\n".join(lines)


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
    r"política de privacidad|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados"
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
    ("onsite", _any(r"\bonsite\b", r"on-site interview", r"final (?:round|interview|stage)")),
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
OWN_RULES = [
    (
        # an offer turned down is the offer's own end (``declined``), not a withdrawal
        "declined",
        _any(
            r"declin(?:e|ing) (?:the|your|this|your kind|the kind|your generous) (?:\w+ )?offer",
            r"(?:not|unable to|cannot|can't) (?:to )?accept (?:the|your|this) (?:\w+ )?offer",
            r"(?:not be able to|unable to|cannot|can't) accept (?:it|the loi|your loi|the letter of intent)\b",
            r"turn(?:ing)? down (?:the|your|this) (?:\w+ )?offer",
            r"(?:have to|need to|must|going to|'ll have to|will have to) turn (?:it|this|that) down",
            r"décliner (?:votre|l'|cette) ?offre",
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
            r"withdraw (?:my|from)",
            r"withdraw me from",
            r"withdrawing my application",
            r"ziehe (?:hiermit )?meine bewerbung [^.\n]{0,20}zurück",
            r"ziehe (?:ich )?(?:hiermit )?meine bewerbung\b[^.\n]{0,60}zurück",
            r"ziehe (?:ich )?(?:hiermit )?meine (?:kandidatur|unterlagen)\b[^.\n]{0,60}zurück",
            r"(?:eine )?andere (?:stelle|position|arbeitsstelle) angenommen",
            r"rückzug meiner bewerbung",
            r"rücknahme meiner bewerbung",
            r"bewerbung\b[^.\n]{0,60}zurückziehen",
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
            r"withdraw my (?:candidacy|candidature)",
            r"accept(?:ed)? (?:an|another|a) (?:[\w-]+ ){0,2}(?:offer|position|role|job)\b(?! (?:with|at) (?:you|your))",
            r"(?:have|had|need) to (?:say no|pass)\b",
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
            r"(?:happy|pleased|delighted|thrilled|excited|glad) to (?:formally |officially )?accept (?:the|your) "
            r"(?:\w+ )?(?:offer|position|role)",
            r"(?:formally |officially )?accept(?:ed|ing)? (?:the|your|this) (?:[\w-]+ )?offer",
            r"(?:signed|countersigned) (?:the |my )?(?:job |formal |employment |written )?(?:offer|offer letter|contract|"
            r"documents|paperwork|copy)",
            r"(?:thrilled|happy|delighted|excited|pleased|glad) to say yes",
            r"(?:thrilled|happy|delighted|excited|pleased|glad) to (?:formally |officially )?accept\b"
            r"(?! (?:the|your|this|an?) (?:\w+ )?(?:invitation|interview|meeting|call|chat))",
            r"signed the (?:offer )?letter",
            r"signed everything",
            r"signed and (?:sent|returned)(?: it)? back",
            # "Dana - thank you! I accept, and I'm excited to get started": a short yes to an offer
            r"\bi (?:happily |gladly |hereby )?accept[!.,]",
            r"(?:consider|treat) this (?:e-?mail|mail|message) as my (?:formal )?acceptance",
            r"my acceptance of (?:the|your) (?:offer|loi)",
            r"(?:i'?m|i am) officially (?:on board|joining|in)\b",
            r"unterschriebenen? (?:arbeits)?(?:vertrag|vertragsunterlagen)",
            r"vertrag unterschrieben",
            r"accepte (?:votre|l'|cette) ?offre",
            r"j'accepte (?:avec (?:grand |beaucoup de )?plaisir )?(?:votre|ta|cette|la) (?:proposition|offre)",
            r"que j'accepte",
            r"j'accepte avec (?:grand |beaucoup de )?plaisir",
            # "je suis ravie d'accepter votre proposition"
            r"(?<!pas )(?:ravie?|heureuse?|enchantée?|contente?) d'accepter",
            r"d'accepter (?:votre|cette|la|ta) (?:proposition|offre)",
            r"promesse (?:d'embauche )?signée",
            # "je vous remercie pour votre proposition et vous confirme mon accord"
            r"(?:vous |te )confirme mon accord",
            r"acepto (?:la|su|tu) (?:\w+ )?(?:oferta|propuesta)",
            r"(?:con gusto|encantad[ao] de) (?:la |lo )?acepto",
            r"(?:confirmar(?:os|le|te|les)?|confirmo) que (?:la |lo )?acepto",
            r"(?:confirmo|le confirmo|te confirmo) mi aceptación",
            r"sage (?:ihnen |dir |euch )?(?:sehr )?gerne zu",
            r"acepto (?:encantad[oa] |con gusto )?(?:la|su|tu|vuestra) (?:\w+ )?(?:oferta|propuesta)",
            r"nehme [^.\n]{0,30}angebot [^.\n]{0,20}an\b",
            r"nehme [^.\n]{0,30}(?:ausbildungsplatz|studienplatz|stelle|vertrag) [^.\n]{0,30}an\b",
        ),
    ),
    (
        "thank_you",
        _any(
            r"thank you for (?:your time|taking the time|the (?:conversation|interview|chat))",
            r"pass (?:on |along )?my thanks",
            # "please pass along my thanks to Mr. Singh ... for their time this morning"
            r"\bfor (?:their|his|her) time\b",
            r"enjoyed (?:the|our|my|today's) (?:panel|interview|conversation|chat|call|meeting|visit)",
            r"thank[^.\n]{0,60}\b(?:interview|conversation|meeting|chat|call|speaking|talking|your time|"
            r"assessment (?:centre|center|day)|site visit|showing me around|having me)",
            r"(?:vielen |herzlichen )?dank für (?:das|den|unser|unseren|ihr|dein) (?:\w+ )?(?:gespräch|interview|"
            r"telefonat|kennenlernen|probearbeitstag|probetag|schnuppertag)",
            r"merci pour (?:l'entretien|votre temps)",
            # "je tenais à vous remercier, ainsi que toute l'équipe, pour l'accueil chaleureux"
            r"remercier[^.\n]{0,60}\bpour (?:l'|votre |cet |cette |le |la |notre )?(?:accueil|entretien|échange|"
            r"rencontre|temps)",
            r"gracias por (?:la entrevista|su tiempo|tu tiempo)",
            r"agradezco (?:mucho |muchísimo )?(?:su|tu|el) tiempo",
            r"agradezco (?:mucho )?la oportunidad de la entrevista",
            r"agradecimiento por la entrevista",
            r"thank(?:s| you) (?:so much |very much )?for (?:the|today's|yesterday's|this morning's|our) "
            r"(?:interview|conversation|chat|call|meeting)",
            r"merci (?:beaucoup |encore )?pour (?:l'entrevue|l'entretien|la rencontre|notre échange|nos échanges|"
            r"notre (?:rencontre|entretien|discussion|conversation))",
            r"thank you for the opportunity to (?:interview|speak|meet)",
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
            r"(?:te|le|les|os) escribo de nuevo",
            r"sigo (?:muy )?interesad[oa]",
            r"por si (?:has|ha|habéis|han) tenido ocasión",
            r"how (?:the process|things) (?:is|are) (?:tracking|going|progressing)",
            r"wanted to (?:touch base|check in|follow up)",
            r"wanted to check (?:whether|if|on)\b",
            r"wonder(?:ed|ing)? (?:if|whether) there(?:'s| is) (?:a|an|any) (?:timeline|update|news)",
            r"timeline for (?:the )?(?:next steps|a decision|decisions)",
            r"had (?:a|the) chance to (?:look|review|go through)",
            r"any (?:update|news)",
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
            r"(?:estado|novedades|seguimiento) (?:de|sobre) mi (?:candidatura|solicitud)",
            r"en qué estado",
            r"suivi de ma candidature",
            r"(?:stand|sachstand) meiner bewerbung",
        ),
    ),
    (
        "applied",
        _any(
            r"(?:please find|attached (?:is|are)?) (?:attached )?my (?:updated |latest |current )?"
            r"(?:cv|resume|résumé|application|cover letter)",
            r"\bpfa (?:my|the) (?:updated |latest )?(?:cv|resume|résumé|profile)",
            r"i(?:'d| would) like to apply",
            r"i am (?:writing|applying) (?:to apply )?for",
            # a contractor's "I give Westgate Talent the right to represent me for the Cloud Engineer contract"
            r"right to represent me\b",
            r"ich bewerbe mich",
            r"bewerbe ich mich",
            r"je vous adresse ma candidature",
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
            r"my (?:cv|resume|résumé)(?: and cover letter)? (?:is|are) attached",
            r"(?:have )?attached my (?:cv|resume|résumé|application)",
            r"(?:love|like|want|wish|keen|eager) to apply",
            r"(?:cv|resume|résumé|portfolio)(?: and [\w ]{1,20})? (?:is |are )?attached",
            r"(?:i am|i'm) (?:applying|writing to apply)",
            r"(?:anbei|hiermit) (?:sende|schicke|übersende) ich (?:ihnen|euch|dir) meine[nr]? "
            r"(?:lebenslauf|bewerbung|unterlagen|cv)",
        ),
    ),
]
#: The follow-up rule alone (a thank-you that looks back and asks where things stand is one).
_FOLLOW_UP_RULES = [rule for rule in OWN_RULES if rule[0] == "follow_up"]

_COMPANY_AFTER = re.compile(
    r"(?i:(?:application|applying) to [^.\n]{1,90}? at(?: the)?|applying (?:to|at|for a position at)|application (?:to|at|with)|(?:successfully )?submitted to|your interest in|interest in joining|"
    r"(?:tu|su) interés en(?: formar parte de)?|intérêt que vous (?:portez|avez porté) (?:à|au|aux|pour)(?: la| l')?|"
    r"position (?:at|with)|role (?:at|with)|(?:vacancy|opening) (?:at|with)|opportunity at|offer from|sent to|update from|bewerbung bei|bewerbung wurde an|bewerbung (?:als|auf|für) .{1,80}? bei|"
    r"candidature (?:chez|à|au sein de)|candidature pour (?:le poste|l'offre|le stage|l'affichage)[^.\n]{1,80}? chez|postulación (?:en|a)|candidatura (?:en|a)|de la empresa|careers at|jobs at|team at|"
    r"(?:hr|human resources|talent acquisition|recruiting|people) at|"
    r"(?:fue |ha sido )?enviad[ao] a|(?:application|applied|applying|apply) (?:for|to) [^.\n]{1,90}? at(?: the)?|(?:position|role|post) of [^.\n]{1,60}? at(?: the)?|time to consider|"
    r"welcome to|(?:oferta|vacante) (?:[^.\n]|(?<=Sr)\.|(?<=Jr)\.|(?<=Ssr)\.){1,60} de|(?:se ha enviado|enviada) a|(?:transmise?|envoyée) à|"
    r"bewerbung für [^.\n]{1,80}? bei|la empresa|(?:postulaste|postularte|postulación|solicitud) (?:a|al|para) [^.\n]{1,60}? en|» (?:de|chez|du)|(?:al|el) aviso [^.\n]{1,60}? [-–]|(?:interest in )?employment (?:with|at)|career at|(?:employment )?opportunity with|working (?:at|with|for)|considering|(?:be |being )?(?:a )?part of)"
    r"\s+(?:(?:the|der|dem)\s+)?(?P<name>[A-Z0-9ÄÖÜ][\w&.'\-]*(?:\s+(?:(?:&|y|and|und|et|of|for|des|du|de|del|de la)\s+)?"
    r"[A-Z0-9ÄÖÜÉ][\w&.'\-]*){0,3})"
)
#: The noun after a job's title ("the Science Interventionist position", "the Analyst role").
_TITLE_NOUN = re.compile(r"\s+(?:position|role|opening|vacancy|job|post)\b", _I)
#: A programme's words after an employer's name ("Finance Graduate Scheme", "Summer Internship Programme").
_PROGRAM = re.compile(
    r"\s+(?:Graduate|Summer (?:Internship|Analyst|Program)|Internship|Apprenticeship|Placement|Early Careers|Trainee|"
    r"Leadership Development)\b|\s+(?:Scheme|Programme|Program)$"
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
    return role if _is_role(role) and not _NOT_ROLE.search(role) and len(role.split()) <= 6 else ""


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
    r"position of|role of|post of|submitted to|"
    r"bewerbung|candidatur|postulación|la empresa|careers at|jobs at|team at|enviad|time to consider|welcome to|"
    r"hr at|resources at|acquisition at|recruiting at|people at|"
    r"oferta|vacante|transmis|envoyée|employment|career at|working|considering|part of|postulaste|solicitud|"
    r"postularte|aviso|interés en|intérêt que|»"
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
        yield m
        pos = m.end()


def _company_after(text, pos=0):
    """``_COMPANY_AFTER.search(text, pos)``, started where a cue can first start (3-4 times faster; the same match)."""
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer ("İ"): positions differ, search it all
        return _COMPANY_AFTER.search(text, pos)
    word = _COMPANY_CUE_WORD.search(low, pos)
    return _COMPANY_AFTER.search(text, max(pos, word.start() - 16)) if word else None


_ROLE = re.compile(
    r"(?:for the|for our|for an?|(?:applying|applied|apply) to the|interest in the|als|pour le poste de|"
    r"para el puesto de)\s+"
    r"(?P<role>[A-Za-zÄÖÜäöü0-9/ ,.+#\-]{3,60}?)\s+(?:position|role|opening|job|stelle|bei|at)\b",
    _I,
)
#: A job title where an application names it ("your application for Product Data Analyst.", "interest in the
#: Senior Data Scientist position"): capitalised words after applying / interest, up to the role word or the
#: sentence's end.  Only to find which earlier application a mail naming no company is about.
_TITLE_NAMED = re.compile(
    r"(?i:application|applying|applied|interest|interview)\s+(?i:for|to|in)\s+(?i:the\s+|our\s+|an?\s+)?"
    r"((?:[A-Z][\w/+#&\-]*|of|and|&|in|for)(?:\s+(?:[A-Z][\w/+#&\-]*|of|and|&|in|for|I{1,3}|\d+)){0,7}?)"
    r"\s*(?=\s(?i:position|role|opening|job|vacancy|at|with|bei|chez)\b|[.,;:!?(\n]|$)"
)
_SENDER_SUFFIX = re.compile(
    r"\s*(?:[-|,–]\s*)?\b(?:recruiting|recruitment|careers?|talent(?: acquisition)?|hiring(?: team)?|"
    r"jobs?|hr|people(?: team)?|team|notifications?|no-?reply|via \w+|personal|"
    r"karriere|recrutement|reclutamiento|rrhh|rh|recursos humanos|ressources humaines|drh|personalabteilung|"
    r"human resources|graduate recruitment|graduate|early careers|student recruitment|emerging talent|"
    r"campus recruiting|university recruiting|university relations|talento|talentos|selección|seleccion|capital humano|gestión humana|"
    r"gestion humana|carreras|carrières|recrutamento|convocatorias)\b.*$",
    _I,
)
#: A department's word before the employer's name: "Personal Zürichsee Immobilien", "Recruiting Acme Bank".
_DEPARTMENT_PREFIX = re.compile(
    r"^(?:personal|personalabteilung|personaldienst|hr|rh|rrhh|recrutement|reclutamiento|recursos humanos|"
    r"ressources humaines)\s+(?=[A-ZÄÖÜÉ])",
    _I,
)


def _sender_name(display) -> str:
    """A sender's display name without the department before or after it ("Acme Recruiting", "Personal Acme").

    Examples
    --------
    >>> _sender_name("Personal Zürichsee Immobilien"), _sender_name("Acme Careers"), _sender_name("Careers Victoria")
    ('Zürichsee Immobilien', 'Acme', '')
    >>> _sender_name("The Acme Talent Team"), _sender_name("Careers at Acme Health"), _sender_name("The Home Depot")
    ('Acme', 'Acme Health', 'The Home Depot')
    """
    display = _AT_EMPLOYER.sub("", display)
    name = _SENDER_SUFFIX.sub("", _DEPARTMENT_PREFIX.sub("", display)).strip(" -|,")
    if name != display.strip(" -|,"):
        name = _TEAM_ARTICLE.sub("", name)  # "The Acme Talent Team": the article was the team's
    return name


#: A department "at" its employer, before the employer's name: "Careers at Acme", "Jobs @ Acme", "Talent bei Acme".
_AT_EMPLOYER = re.compile(
    r"^\s*(?:the\s+)?(?:careers?|jobs?|talent|recruiting|recruitment|hiring|people|life|work)\s+(?:at|@|with|bei|chez)\s+"
    r"(?=\S)",
    _I,
)
#: The article of a team's name ("The Acme Talent Team", "Your Acme hiring team").
_TEAM_ARTICLE = re.compile(r"^(?:the|your)\s+(?=\S)", _I)


_LEGAL = re.compile(
    r"[\s,]+(?:inc\.?|llc|ltd\.?|limited|gmbh|ag|se|sa|s\.a\.|sas|plc|corp\.?|corporation|co\.?|group|"
    # "Delaware Valley Mutual Insurance Company": the line of business after a name, as its careers mail drops it
    r"company|insurance|"
    r"holdings?|technologies|b\.v\.|bv|oy|ab|pvt\.?|private|llp|pte\.?|pty\.?|s\.?r\.?l\.?|sarl|kg|s\.?p\.?a\.?|"
    r"n\.?v\.?|a/s|s\.?a\.? de c\.?v\.?|ltda\.?|s\.?a\.?s\.?|s\.?l\.?u?\.?|s\.?a\.?u\.?|mbh|eg|kgaa|ohg|"
    # "Taunus Revision GmbH Wirtschaftsprüfungsgesellschaft": a German firm's kind after its legal form
    r"wirtschaftsprüfungsgesellschaft|steuerberatungsgesellschaft|rechtsanwaltsgesellschaft)$",
    _I,
)
#: A legal form written with dots, anywhere in a name's run of words ("Zuidas Verzekeringen N.V. We").
_LEGAL_DOTTED = re.compile(
    r"[\s,]+(?:n\.v\.|b\.v\.|s\.a\.(?: de c\.v\.)?|s\.l\.|s\.p\.a\.|s\.r\.l\.|s\.a\.s\.|inc\.|ltd\.|corp\.)(?=\s|$)",
    _I,
)
_BLOCK_END = re.compile(r"<(?:br|/p|/div|/tr|/li|/h[1-6]|/table)\b[^>]*>", re.IGNORECASE)
_TAGS = re.compile(r"<(?:script|style)\b.*?</(?:script|style)>|<[^>]+>", re.DOTALL | _I)


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
    """
    # "Ticketly.com" and "Ticketly": a web address's ending is no part of the name
    text = re.sub(r"(?<=\w)\.(?:com|io|ai|co|net|org|app|dev)$", "", str(name).strip(), flags=re.I)
    for _ in range(3):  # "Vayu Fintech Pvt. Ltd.", "GmbH & Co. KG"
        text = _LEGAL.sub("", text)
    text = unicodedata.normalize("NFKD", text.lower())  # "Lumière" and "Lumiere" (a domain's spelling) meet
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"&|\b(?:and|und|et)\b", " ", text)  # "Quill & Data" and "Quill and Data" meet
    return re.sub(r"[^\w]+", "", text)


@dataclasses.dataclass
class MailReading:
    """What :func:`read_mailbox` found: the events, and the messages skipped by kind."""

    events: pd.DataFrame
    messages: int
    skipped: dict
    notes: list

    def summary_line(self) -> str:
        skipped = ", ".join(f"{n} {k}" for k, n in sorted(self.skipped.items(), key=lambda kv: -kv[1]))
        apps = self.events["application_id"].nunique() if len(self.events) else 0
        return (
            f"read as a mailbox: {self.messages} message(s), {len(self.events)} event(s) of {apps} application(s)"
            + (f"; skipped: {skipped}" if skipped else "")
        )


def _starts_like_mbox(handle) -> bool:
    return handle.read(5) == b"From "


def _mail_files(folder, depth=0):
    """A folder's mail, in order: ``.eml`` files, and mbox files by content (Thunderbird's extensionless
    ``Inbox``, Apple Mail's ``INBOX.mbox/mbox``), in its subfolders too (``Inbox/``, ``Sent/``, Thunderbird's
    ``.sbd``), four levels down at most; hidden files and links are passed over."""
    out = []
    for p in sorted(folder.iterdir()):
        if p.is_symlink() or p.name.startswith("."):
            continue
        if p.is_file():
            if p.suffix.lower() == ".eml":
                out.append(("eml", p))
            elif p.suffix.lower() in ("", ".mbox", ".mbx") and p.stat().st_size:
                with open(p, "rb") as handle:
                    if _starts_like_mbox(handle):
                        out.append(("mbox", p))
        elif p.is_dir() and depth < 4:
            out.extend(_mail_files(p, depth + 1))
    return out


def _zip_mail(z):
    """A zip's mail members: ``.eml`` files, and mbox files by name or by content."""
    out = []
    for info in z.infolist():
        if info.is_dir():
            continue
        name = info.filename.lower()
        if name.endswith(".eml"):
            out.append(("eml", info))
        elif name.endswith((".mbox", ".mbx")) or Path(name).suffix == "":
            with z.open(info) as handle:
                if _starts_like_mbox(handle):
                    out.append(("mbox", info))
    return out


def is_mailbox(path) -> bool:
    """Whether ``path`` is a mailbox: an mbox, an ``.eml``, a folder holding ``.eml`` files or mbox files
    (Apple Mail's ``INBOX.mbox/mbox``, Thunderbird's extensionless ``Inbox``), or a zip of those."""
    path = Path(path)
    if path.is_dir():
        try:
            return bool(_mail_files(path))
        except OSError:
            return False
    if not path.is_file():
        return False
    suffix = path.suffix.lower()
    if suffix in (".mbox", ".eml", ".mbx"):
        return True
    try:
        with open(path, "rb") as handle:
            head = handle.read(5)
    except OSError:
        return False
    if head == b"From ":
        return True
    if head[:4] == b"PK\x03\x04" and suffix == ".zip":
        try:
            with zipfile.ZipFile(path) as z:
                return bool(_zip_mail(z))
        except (zipfile.BadZipFile, OSError, RuntimeError):
            return False
    return False


def _messages(path):
    """Yield ``(message, labels)`` one at a time (``labels``: Takeout's ``X-Gmail-Labels``)."""
    path = Path(path)
    if path.is_dir():
        mboxes = []
        for kind, p in _in_date_order(_mail_files(path), lambda p: p.open("rb")):
            if kind == "recipients":
                yield p
            elif kind == "eml":
                with open(p, "rb") as handle:
                    yield email.message_from_binary_file(handle)
            else:
                mboxes.append(p)
        if mboxes:  # Inbox.mbox and Sent.mbox read as one mailbox, in the order the mail was sent
            yield from _mbox_messages(*mboxes)
        return
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as z, tempfile.TemporaryDirectory() as tmp:
            targets = []
            for kind, info in _in_date_order(_zip_mail(z), z.open):
                if kind == "recipients":
                    yield info
                elif kind == "eml":
                    with z.open(info) as handle:
                        yield email.message_from_binary_file(handle)
                else:
                    targets.append(Path(tmp) / f"mail{len(targets)}.mbox")
                    with z.open(info) as src, open(targets[-1], "wb") as dst:
                        shutil.copyfileobj(src, dst, 1 << 20)  # piece by piece: never the whole mailbox in memory
            if targets:
                yield from _mbox_messages(*targets)
        return
    if path.suffix.lower() == ".eml":
        with open(path, "rb") as handle:
            yield email.message_from_binary_file(handle)
        return
    yield from _mbox_messages(path)


def _in_date_order(entries, opener):
    """``[(kind, item)]`` with the ``.eml`` files in the order of their ``Date`` headers, then the mbox files.

    A folder of .eml files has no order of its own (``Inbox/`` and ``Sent/`` sort apart), but the reading does:
    an application you sent by mail should come before the reply to it.  Only each file's header is read here.
    """
    parser = email.parser.BytesHeaderParser()
    recipients = Recipients({})

    def when(item):
        try:
            with opener(item) as handle:
                head = parser.parsebytes(handle.read(16384))
            recipients.add(head.get("To"))
            return email.utils.parsedate_to_datetime(str(head.get("Date"))).timestamp()
        except (OSError, TypeError, ValueError, IndexError, OverflowError, KeyError, RuntimeError):
            return float("inf")  # undated: last, in the folder's order

    emls = [(when(item), i, kind, item) for i, (kind, item) in enumerate(entries) if kind == "eml"]
    emls.sort(key=lambda e: (e[0], e[1]))
    first = [("recipients", recipients)] if recipients.counts else []
    return first + [(kind, item) for _, _, kind, item in emls] + [(k, item) for k, item in entries if k != "eml"]


@dataclasses.dataclass
class Recipients:
    """How often each address is a message's only recipient, counted in the pass that orders the messages by date:
    the most frequent one is the person's, known before the first message is read (an export with no labels and
    no ``Delivered-To`` whose first messages are the person's own applications)."""

    counts: dict

    def add(self, to) -> None:
        if to is None:
            return
        value = str(to)
        if "," in value or ";" in value:
            return
        address = _base_address(_address(value)[1].lower())
        if address:
            self.counts[address] = self.counts.get(address, 0) + 1

    def merge(self, other: "Recipients") -> None:
        """Add ``other``'s counts to these."""
        for address, n in other.counts.items():
            self.counts[address] = self.counts.get(address, 0) + n


def _mbox_index(handle):
    """Where each message of an mbox starts and stops, when it was sent (its ``Date``; +inf if unreadable), and
    its single recipients counted (:class:`Recipients`).

    One pass over the lines, as ``mailbox.mbox`` makes to index a file, that also keeps each message's date.
    """
    starts, stops, when = [], [], []
    recipients = Recipients({})
    pos, in_head, blank_before = 0, False, False
    for line in handle:
        if line.startswith(b"From "):
            if starts:
                stops.append(pos - 1 if blank_before else pos)  # the blank line before "From " is the separator
            starts.append(pos)
            when.append(math.inf)
            in_head = True
        elif in_head:
            if line in (b"\n", b"\r\n"):
                in_head = False
            elif line[:3].lower() == b"to:":
                recipients.add(line[3:].decode("latin-1").strip())
            elif line[:5].lower() == b"date:":
                try:
                    when[-1] = email.utils.mktime_tz(email.utils.parsedate_tz(line[5:].decode("latin-1")))
                except (TypeError, ValueError, OverflowError, IndexError):
                    pass
        blank_before = line in (b"\n", b"\r\n")
        pos += len(line)
    if starts:
        stops.append(pos)
    return starts, stops, when, recipients


def _mbox_messages(path, *more):
    """An mbox's messages in the order they were sent (an export's own order is by folder or thread, and the
    reading needs an application before its answers), one at a time: the file is read twice, never held whole.

    Several mbox files (Apple Mail's ``Inbox.mbox`` and ``Sent Messages.mbox``, a Takeout export by label) are
    read as one mailbox: their messages merged in the order they were sent, so the person's own application in
    the Sent file comes before the answers in the Inbox one.
    """
    if more:
        yield from _merged_mbox_messages([path, *more])
        return
    with open(path, "rb") as handle:
        starts, stops, when, recipients = _mbox_index(handle)
        if recipients.counts:
            yield recipients
        order = range(len(starts))
        if any(b < a for a, b in zip(when, when[1:])):
            order = sorted(order, key=when.__getitem__)  # stable: undated messages keep their place among equals
        for i in order:
            handle.seek(starts[i])
            data = handle.read(stops[i] - starts[i])
            yield email.message_from_bytes(data[data.find(b"\n") + 1 :])  # without its "From " line


def _merged_mbox_messages(paths):
    """The messages of several mbox files in the order they were sent (see :func:`_mbox_messages`)."""
    with contextlib.ExitStack() as stack:
        handles = [stack.enter_context(open(p, "rb")) for p in paths]
        index, recipients = [], Recipients({})
        for handle in handles:
            starts, stops, when, counted = _mbox_index(handle)
            recipients.merge(counted)
            index.append((starts, stops, when))
        if recipients.counts:
            yield recipients
        order = [(k, i) for k, (starts, _, _) in enumerate(index) for i in range(len(starts))]
        order.sort(key=lambda ki: index[ki[0]][2][ki[1]])  # stable: undated ones keep their file's place
        for k, i in order:
            starts, stops, _ = index[k]
            handles[k].seek(starts[i])
            data = handles[k].read(stops[i] - starts[i])
            yield email.message_from_bytes(data[data.find(b"\n") + 1 :])


#: Typography the rules need not spell: curly quotes ("won’t", "l’intérêt") are straight, non-breaking and
#: zero-width spaces (an HTML "&nbsp;") are spaces or nothing.
_PLAIN = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\ufeff": None,
    }
)


def _text(msg, whole=False) -> str:
    """The message's text: its plain part, else its HTML part without tags (bodies are never kept); a reply's
    quoted history is cut unless ``whole``.

    Parts are decoded by hand (``compat32`` messages: the modern header
    objects cost more than all the rules together).
    """
    plain = html = None
    for part in msg.walk():
        if part.is_multipart():
            continue
        kind = part.get_content_type()
        if kind == "text/plain" and plain is None:
            plain = part
        elif kind == "text/html" and html is None:
            html = part
    part = plain if plain is not None else html
    if part is None:
        return ""
    content = _decoded(part)
    if part is plain:
        content = _WRAPPED.sub(r"\1 ", content)
    if part is plain and html is not None and len(content) < 300 and _STUB.search(content):
        # "View this email in your browser.": a plain part that only points to the HTML one (the HTML is decoded
        # only then: most short plain parts are whole mails)
        rich = _html_text(_decoded(html))
        if len(rich.strip()) > len(content.strip()):
            content = rich
    elif part is html:
        content = _html_text(content)
    content = content.translate(_PLAIN)
    if not whole:
        content = _QUOTED.split(content, maxsplit=1)[0]  # a reply's quoted history is an earlier message's
        content = re.sub(r"(?m)^[ \t]*>.*$", "", content)
        content = _without_notices(content)
    # spaces folded, line breaks kept (a job site's "Company - City" line is a line of its own)
    return re.sub(r"[ \t\r\f\v]+", " ", re.sub(r"\n\s*\n+", "\n", content)).strip()[:20000]


#: A forward's subject: "Fwd:", "FW:", "WG:" (German), "TR:" (French), "RV:" (Spanish), "Enc:" (Portuguese).
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|wg|tr|rv|enc)\s?:", _I)
#: The first line of a forwarded message's header block: "From: Acme <jobs@acme.com>", "Von:", "De :".
_FORWARD_FROM = re.compile(r"(?im)^[ \t>]*(?:from|von|de|da)[ \t]?:[ \t]*(?P<value>\S[^\n]*)$")
#: A header line of that block, and what it names.
_FORWARD_LINE = re.compile(r"^[ \t>]*(?P<key>[A-Za-zÀ-ÿ]{1,10}(?: [A-Za-zÀ-ÿ]{1,6})?)[ \t]?:[ \t]*(?P<value>[^\n]*)$")
_FORWARD_KEYS = {
    **dict.fromkeys(("from", "von", "de", "da"), "from"),
    **dict.fromkeys(("date", "sent", "gesendet", "datum", "envoyé", "enviado", "fecha", "data"), "date"),
    **dict.fromkeys(("subject", "betreff", "objet", "asunto", "oggetto", "assunto"), "subject"),
    **dict.fromkeys(("to", "an", "à", "a", "para", "cc"), "to"),
}


def _forwarded(text, forwarder, own):
    r"""``(display, address, subject, body, date)`` of the message a person forwarded, or ``None``.

    Read when the person forwards mail that reached them: their own forward (``own``), or a forward from another of
    their addresses whose forwarded header was addressed to it ("Fwd:" from jlee27@umich.edu of mail "To:
    <jlee27@umich.edu>").  ``date`` is the forwarded header's (``NaT`` when it cannot be read).

    Examples
    --------
    >>> text = ("FYI\n---------- Forwarded message ---------\nFrom: Acme <jobs@acme.com>\n"
    ...         "Date: Mon, Sep 8, 2025 at 9:41 AM\nSubject: Interview\nTo: <me@uni.edu>\n\nWe'd like to interview you.")
    >>> display, address, subject, body, date = _forwarded(text, "me@uni.edu", False)
    >>> address, subject, body, str(date.date())
    ('jobs@acme.com', 'Interview', "We'd like to interview you.", '2025-09-08')
    >>> _forwarded(text, "friend@gmail.com", False) is None  # a friend's forward of their own mail
    True
    """
    m = _FORWARD_FROM.search(text)
    if m is None:
        return None
    head, lines = {"from": m.group("value")}, text[m.end() :].split("\n")
    used = 0
    for line in lines[1:8]:
        h = _FORWARD_LINE.match(line)
        if h is None or _FORWARD_KEYS.get(h.group("key").strip().lower()) is None:
            break
        head.setdefault(_FORWARD_KEYS[h.group("key").strip().lower()], h.group("value").strip())
        used += 1
    if "date" not in head or not ("subject" in head or "to" in head):
        return None
    if not own and forwarder.lower() not in head.get("to", "").lower():
        return None
    display, address = email.utils.parseaddr(head["from"].replace("[mailto:", "<").replace("]", ">"))
    if "@" not in address:
        return None
    body = "\n".join(lines[1 + used :])
    body = _QUOTED.split(body, maxsplit=1)[0]
    body = re.sub(r"[ \t\r\f\v]+", " ", re.sub(r"\n\s*\n+", "\n", body)).strip()
    raw = re.sub(r"^[^\d,]*,\s*|\s+(?:at|um|à|a las)\s+|\s+\(?[A-Z]{2,5}\)?$", " ", head["date"]).strip()
    try:
        date = email.utils.parsedate_to_datetime(head["date"])
    except (TypeError, ValueError, IndexError):
        date = None
    if date is None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            date = pd.to_datetime(raw, errors="coerce")
    date = pd.Timestamp(date) if date is not None and not pd.isna(date) else pd.NaT
    if date is not pd.NaT and date.tzinfo is not None:
        date = date.tz_localize(None)
    return display, address.lower(), head.get("subject", ""), body, date.normalize() if date is not pd.NaT else date


#: A plain part that only points to the HTML one.
_STUB = re.compile(
    r"view (?:this|it|the|our) (?:e-?mail|message|online)|(?:in|with) (?:your|a) (?:web )?browser|html", _I
)


#: A plain part's line broken where its writer's mail program wrapped it (at 72-78 characters, or format=flowed's
#: trailing space) before a line that goes on with a word: "we have decided to move\nforward with other
#: candidates" is one sentence.  A line that ends a sentence, a short line (a greeting, a signature's, a job site's
#: "Company - City"), a line before a list's dash and a line before a header's ("Date: ...", in a forward's header
#: block) are left as they are.
_HEADER_KEY = r"(?i:from|to|cc|date|sent|subject|von|an|gesendet|datum|betreff|de|à|envoyé|objet|para|enviado|fecha|asunto|da|data)"
_WRAPPED = re.compile(
    rf"(?m)^([^\n]{{54,}}[^\s.?!:;])[ \t]*\r?\n(?![ \t]*{_HEADER_KEY} ?:[ \t])(?=[ \t]*(?:[^\W_]|[(\"'«¿¡]))"
)

#: A mail server's banner over mail from outside ("CAUTION: This email originated from outside of the organization.
#: Do not click links ...", "[EXTERNAL]"): a line of its own, about no application.
_BANNER = re.compile(
    r"(?im)^[ \t]*(?:\[?external\]?[ \t]*:?[ \t]*)?(?:caution|warning|attention|notice|achtung)[ \t]*:?[ \t]*"
    r"(?:this|diese) (?:e-?mail|message|nachricht) (?:originated|came|comes|was sent|stammt|kommt) (?:from )?"
    r"(?:outside|von au(?:ß|ss)erhalb)[^\n]*$"
)
#: Where a closing legal notice starts ("CONFIDENTIALITY NOTICE: This e-mail message ... is for the sole use of the
#: intended recipient", "Diese E-Mail enthält vertrauliche Informationen", "Ce message et ses pièces jointes sont
#: confidentiels", "Este mensaje es confidencial"): the organisation's boilerplate, about no application.
_NOTICE = re.compile(
    r"(?im)^[^\n]*?(?:"
    r"confidentiality notice|privileged (?:and|&) confidential|legal disclaimer|^[ \t]*disclaimer\b|"
    r"this (?:e-?mail|message|communication|transmission)[^.\n]{0,80}\b(?:is|are|may be|contains?|may contain) "
    r"(?:intended (?:only|solely|for)|confidential|privileged|for the (?:sole|exclusive))|"
    r"if you (?:are not|have received this (?:e-?mail|message) in error)[^.\n]{0,40}(?:intended|recipient|addressee|"
    r"notify|delete)|"
    r"diese (?:e-?mail|nachricht)[^.\n]{0,60}(?:enthält|kann|könnte) (?:vertrauliche|rechtlich)|"
    r"wenn sie nicht der (?:richtige|beabsichtigte) (?:adressat|empfänger)|"
    r"ce (?:message|courriel|e-?mail)[^.\n]{0,60}(?:sont|est) (?:strictement )?(?:confidentiel|établi)|"
    r"(?:este|el presente) (?:mensaje|correo)[^.\n]{0,60}(?:es|son|contiene|puede contener) "
    r"(?:confidencial|información confidencial|privilegiad)|aviso de confidencialidad"
    r")"
)


def _without_notices(content) -> str:
    """A mail's text without a server's banner over it and without a closing legal notice (a notice in the first
    third of the text is left: that is the mail itself speaking)."""
    if "outside" in content or "außerhalb" in content or "ausserhalb" in content:
        content = _BANNER.sub("", content, count=1)
    if not any(word in content for word in _NOTICE_WORDS):
        return content
    m = _NOTICE.search(content, len(content) // 3)
    return content[: m.start()] if m else content


#: One of these is in every notice :data:`_NOTICE` reads (a cheap look first: most mail has none).
_NOTICE_WORDS = (
    "onfiden",
    "ONFIDEN",
    "ntended",
    "NTENDED",
    "isclaimer",
    "ISCLAIMER",
    "ertraulich",
    "rivileg",
    "dressat",
)


def _decoded(part) -> str:
    try:
        data = part.get_payload(decode=True) or b""
        return data.decode(_charset(part) or "utf-8", "replace")
    except (LookupError, ValueError, AssertionError):
        return ""


#: A plain Content-Type ("text/plain; charset=UTF-8", "text/html; charset=\"utf-8\"; format=flowed"): ASCII names
#: and values, no RFC 2231 parts, no comments, no escapes.
_FWS = r"[ \t\r\n]*"  # (a folded header's line break and indent)
_PLAIN_TYPE = re.compile(
    rf"[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+"
    rf"(?:{_FWS};{_FWS}[A-Za-z0-9_.-]+{_FWS}={_FWS}(?:\"[A-Za-z0-9_.:+/=-]*\"|[A-Za-z0-9_.:+/-]*))*{_FWS}(?:;{_FWS})?"
)
_CHARSET_PARAM = re.compile(rf";{_FWS}charset{_FWS}={_FWS}\"?([A-Za-z0-9_.:+/=-]*)", re.IGNORECASE)


def _charset(part):
    """``part.get_content_charset()``, with a fast path for a plain Content-Type (the speed trick beside the code it
    must equal: the standard library's parameter parsing was a thirtieth of the reading;
    ``tests/io/test_mail_addresses.py`` holds the two equal on every part of the written mailboxes and on odd shapes).

    Examples
    --------
    >>> _charset(email.message_from_string('Content-Type: text/plain; charset="UTF-8"\\n\\nhi'))
    'utf-8'
    """
    raw = _get(part, "Content-Type")
    if raw is None:
        return None
    if type(raw) is not str or not _PLAIN_TYPE.fullmatch(raw):
        return part.get_content_charset()
    m = _CHARSET_PARAM.search(raw)
    return m.group(1).lower() if m else None


def _html_text(content) -> str:
    """HTML as text: block ends are line ends (a job site's "Company - City" cell, a signature's lines), tags go."""
    return _html.unescape(_TAGS.sub(" ", _BLOCK_END.sub("\n", content)))


#: Where a reply's quoted history starts: "On Fri, Sep 20, 2024 Tara wrote:", "Am ... schrieb ...:",
#: "Le ... a écrit :", "El ... escribió:", Outlook's "-----Original Message-----" or "From: ... Sent: ..." (and
#: "Von: ... Gesendet:", "De : ... Envoyé :", "De: ... Enviado el:", "Van: ... Verzonden:", "Da: ... Inviato:").
_QUOTED = re.compile(
    r"(?m)^[ \t]*(?:On [^\n]{5,200}wrote:|Am [^\n]{5,200}schrieb[^\n]{0,100}:|Le [^\n]{5,200}a écrit ?:|"
    r"El [^\n]{5,200}escribió:|-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|"
    r"Mensaje original)\s*-{2,}|From: [^\n]{1,200}\n\s*(?:Sent|Date): |"
    # the same headers in the account's language: German, French, Spanish or Portuguese, Dutch, Italian
    r"Von: [^\n]{1,200}\n\s*(?:Gesendet|Datum): |De ?: [^\n]{1,200}\n\s*(?:Envoyé|Date|Enviado(?: el)?|Fecha) ?: |"
    r"Van: [^\n]{1,200}\n\s*(?:Verzonden|Datum): |Da: [^\n]{1,200}\n\s*(?:Inviato|Data): )"
)


def _get(msg, name):
    """``msg.get(name)``, from a name → raw value map built once per message (``Message.get`` scans and lowers every
    header name on each call: a tenth of the reading time)."""
    heads = msg.__dict__.get("_offerkit_heads")
    if heads is None:
        heads = {}
        for key, raw in getattr(msg, "_headers", ()):
            heads.setdefault(key.lower(), (key, raw))
        msg.__dict__["_offerkit_heads"] = heads
    found = heads.get(name.lower())
    return None if found is None else msg.policy.header_fetch_parse(*found)


def _header(msg, name) -> str:
    """A header as text, RFC 2047 words decoded ("=?utf-8?q?Ihre_Bewerbung?=" → "Ihre Bewerbung")."""
    try:
        value = _get(msg, name)
        if value is None:
            return ""
        if "=?" not in str(value):
            return str(value)
        return str(email.header.make_header(email.header.decode_header(str(value))))
    except (ValueError, TypeError, IndexError, LookupError, email.errors.HeaderParseError):
        return str(msg.get(name, "") or "")


#: Sender names that are the relay (the tracking system or job site), not the employer.
_RELAY_NAMES = re.compile(
    r"@|no-?reply|linkedin|indeed|greenhouse|lever|workday|ashby|smartrecruiters|personio|workable|teamtailor|"
    r"icims|jobvite|taleo|successfactors|recruitee|bamboohr|breezy|jazzhr|rippling|glassdoor|ziprecruiter|stepstone|"
    r"docusign|goodtime|modernloop|calendly|hirevue|hackerrank|codility|codesignal|pinpoint|dayforce|wellfound|"
    r"welcome to the jungle|\bvia\b|^nhs$|^civil service$|reed\.co|totaljobs|cv-library|jobs\.ac|jobtrain|tribepad|"
    r"eploy|oleeo|infojobs|factorial|talent ?clue|bizneo|hellowork|^apec$|flatchr|karriere\.at|jobs\.ch|softgarden|"
    r"d\.vinci|naukri|instahyre|cutshort|iimjobs|hirist|foundit|shine\.com|unstop|darwinbox|\bkeka\b|zoho recruit|"
    r"freshteam|hackerearth|mettl|usajobs|neogov|governmentjobs|interfolio|academicjobsonline|\bajo\b|avature|phenom|eightfold|jobteaser|\bseek\b|pageup|jobadder|vervoe|careers victoria|bumeran|zonajobs|laborum|elempleo|multitrabajos|computrabajo|\bxing\b|jobup|meteojob|cadremploi|arbeitsagentur|jobstreet|jobillico|workopolis|glints|hiringroom|\bbuk\b|"
    r"mycareersfuture|jobsdb|kalibrr",
    _I,
)
#: "Role - Company - Place" (or with · or |), as job sites write the job an application went to.
_JOB_LINE = re.compile(
    r"(?m)^\W*[^\n·|–-]{3,60}?\s+[-·|–]\s+(?P<name>[A-Z0-9][^\n·|–-]{1,60}?)\s+[-·|–]\s+[^\n]{2,60}$"
)
#: "Company - City, ST" / "Company · Remote" on a line or in a sentence of its own (Indeed, LinkedIn; an HTML
#: mail's cells run together into one line).
_COMPANY_PLACE = re.compile(
    r"(?m)(?:^|[.!]\s+)\W*(?P<name>[A-Z0-9][^\n·|–.!-]{1,60}?)\s+[-·|–]\s+(?:[A-Z][\w.' ]+,\s*[A-Z]{2}\b|"
    r"Remote\b|[A-Z][\w.' ]+\((?:On-site|Remote|Hybrid)\))(?:[^\n]{0,60}$|(?=[.!]\s))"
)
#: ... and "Company - Köln", "Company - Strasbourg (67)": a single place name ending its own line (job sites in
#: Europe), taken only when the name before it is no job title.
_COMPANY_TOWN = re.compile(
    r"(?m)^\W*(?P<name>[A-Z0-9][^\n·|–.!-]{1,60}?)\s+[-·|–]\s+[A-ZÄÖÜÉ][a-zäöüßéèàçí'-]+"
    r"(?:[ -][A-ZÄÖÜÉ][a-zäöüßéèàçí'-]+)?(?:\s*\(\d{2,5}\))?\s*$"
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
    r"personaldienst|stellen)\b",
    _I,
)


_HONORIFIC = re.compile(r"^(?:dr|prof|mr|mrs|ms|mx|herr|frau|mme|m|sr|sra)\.?\s+", _I)


def _is_person(name, address) -> bool:
    """Whether a display name is a person's: it reads as one and the address is not a shared mailbox."""
    local = address.split("@", 1)[0]
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
    return bool(_PERSON.match(_HONORIFIC.sub("", name))) or (
        len(first) >= 3 and first.isalpha() and re.split(r"[._-]", local.lower())[0] == first
    )


#: A job title's head word, wherever it stands in the name ("Développeur Python", "Engineer, Growth").
_ROLE_TITLE = re.compile(
    r"\b(?:analyst|engineer|developer|designer|scientist|architect|researcher|administrator|coordinator|specialist|"
    r"intern|professor|lecturer|postdoctoral|analista|ingenier[oa]|desarrollador[a]?|analyste|ingénieure?|développeur|développeuse|"
    r"entwickler(?:in)?|ingenieur(?:in)?)\b",
    _I,
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
    >>> _signs_as_person("Tapatío Software", "Saludos,\nTapatío Software\nSenior Talent Acquisition Partner")
    False
    """
    if not name or not _PERSON.match(name) or name.split()[-1].lower() in _NAME_ENDINGS:
        return False  # ("Tapatío Software" above a recruiter's title: a company's line of business ends its name)
    tail = _without_footer(body)[-300:]
    if name not in tail:
        return False
    lines = [line.strip(" \t,|-") for line in tail.split("\n")]
    for line, after in zip(lines, lines[1:]):
        if line == name and 2 <= len(after) <= 60:
            return bool(_ROLE_WORDS.search(after) or _ROLE_TITLE.search(after)) and not _DEPARTMENT_NAME.search(after)
    return False


def _names_a_company(name) -> bool:
    """Whether a name found in a subject or a signature can be an employer's: no job title, no mail words, no
    department ("Team Member Recruitment", "Global Talent Acquisition")."""
    return not _is_role(name) and not _MAIL_WORDS.search(name) and not _DEPARTMENT_NAME.search(name)


#: A department's name: it ends on what the department does.
_DEPARTMENT_NAME = re.compile(
    r"\b(?:recruitment|recruiting|talent acquisition|human resources|hr|careers|staffing|people (?:team|operations|ops)|"
    r"hiring team|talent team|personalabteilung|recrutement|reclutamiento|rrhh)$",
    _I,
)


def _is_role(name) -> bool:
    """Whether a name is a job's title ("Data Analyst III", "Développeur Python"), not an employer's, or a title's
    area alone ("Datos" out of "vacante de Analista de Datos"; "Quai des Données" stays a company)."""
    return bool(_ROLE_WORDS.search(name) or _ROLE_TITLE.search(name)) or name.strip().lower() in _TITLE_AREAS


#: A job title's area, read alone as a name ("Analista de Datos" → "Datos"), and the departments that sign
#: mail ("Sabine Krüger / HR"): no employer.
_TITLE_AREAS = frozenset(
    "datos producto ventas sistemas finanzas operaciones données produit daten vertrieb marketing hr rh rrhh drh "
    "personal personalabteilung recruiting recrutement people talent proyectos projets projekte tecnología "
    "technologie ingeniería ingénierie comunicación communication diseño calidad qualité compras achats logística "
    "logistique mantenimiento university campus procesos producción manufactura contabilidad auditoría nómina "
    "tesorería administración planeación abastecimiento almacén infraestructura soporte riesgos crédito cobranza "
    "production maintenance méthodes comptabilité produktion einkauf buchhaltung principal superintendent "
    "dean headteacher".split()
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
    r"co-?founder|founder|fondat(?:eur|rice)|gründer(?:in)?|fundador[a]?|ceo|cto|coo|inhaber(?:in)?|gérant[e]?|"
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
    r"dietitian|paramedic|caregiver|housekeeper|custodian|courier|stocker|buchhalter(?:in)?|comptable|"
    r"contador[a]?|auditor[a]?)\.?(?:\s+[ivx]{1,3})?$",
    _I,
)


def _company_domain(address):
    """The sender's domain when it is an employer's own (not a tracking system, a job site or free mail)."""
    domain = address.rsplit("@", 1)[-1].lower()
    if not domain or domain in _FREEMAIL or _under(domain, _ATS_SET) or _under(domain, _BOARD_SET):
        return ""
    return domain


#: Words an employer's name may end on that its mail's display name leaves out ("Northstar Hiring" writing from
#: northstarfulfillment.com is "Northstar Fulfillment"): industries, not hiring words ("acmecareers.com" is Acme).
_NAME_ENDINGS = frozenset(
    "fulfillment logistics freight health healthcare medical dental hospital pharmacy foods market markets insurance "
    "bank financial energy robotics analytics systems software airlines motors media studios games labs capital "
    "partners consulting industries manufacturing construction retail brands hotels hospitality".split()
)


#: The cue of a job line that names its employer after a title's last "de" ("la vacante Analista de Ventas de Acme"),
#: which a title's own "de" fools ("la vacante Analista de Pruebas de Software").
_TITLE_DE = re.compile(r"(?:oferta|vacante)\b", _I)


def _spelled_by_domain(name, domain) -> bool:
    """Whether the sender's own ``domain`` spells ``name`` (``grupoaltamira.com.mx``: "Grupo Altamira").

    >>> _spelled_by_domain("Grupo Altamira", "grupoaltamira.com.mx"), _spelled_by_domain("Software", "acme.com")
    (True, False)
    """
    key = _translit(re.sub(r"[^a-z0-9]", "", name.lower()))
    return bool(domain) and len(key) >= 3 and _translit(re.sub(r"[^a-z0-9]", "", _domain_name(domain).lower())) == key


def _domain_spelled(name, domain):
    """``name``, or the longer name the sender's own ``domain`` spells with it and an industry word (see above)."""
    if not domain:
        return name
    label = re.sub(r"[^a-z0-9]", "", _domain_name(domain).lower())
    key = re.sub(r"[^a-z0-9]", "", name.lower())
    rest = label[len(key) :] if key and label.startswith(key) else ""
    return f"{name} {rest.capitalize()}" if rest in _NAME_ENDINGS else name


def _domain_name(domain):
    """The name a domain spells: "Acme" for acme.com, jobs.acme.co.uk, hiring.acme.com; "Placer" for placer.ca.gov;
    "Arsd" for arsd.k12.co.us (a school district)."""
    parts = domain.split(".")
    if parts[-1] == "gov":  # placer.ca.gov, bmv.ohio.gov: the body is before the state
        parts = [p for p in parts[:-1] if p not in ("co", "com", "org", "net", "ac", "gov")]
        base = parts[-2] if len(parts) >= 2 else parts[0] if parts else ""
    else:
        parts = parts[:-1] if len(parts) > 1 else parts  # the top-level domain
        while len(parts) > 1 and parts[-1] in ("co", "com", "org", "net", "ac", "gov", "edu", "gob", "gouv", "nhs"):
            parts.pop()  # acme.co.uk, acme.com.au
        if "k12" in parts[1:]:  # a US school district: arsd.k12.co.us
            parts = parts[: parts.index("k12", 1)]
        base = parts[-1] if parts else ""
    return " ".join(w.capitalize() for w in base.split("-") if w) if base else ""


#: A staffing agency or search firm writes about its client: the client is the employer, named in the mail.
_AGENCY = re.compile(
    r"staffing|recruit|talent|personnel|placement|headhunt|search-?partners|executive-?search|seleccion|selección|"
    r"rrhh|recrutement|personalberatung|personalvermittlung",
    _I,
)
#: A job site's "te postulaste al aviso Analista de Datos Financieros de Yerba Labs.": the employer is the name
#: after the last "de" that ends the sentence (a title's own "de", "Analista de Datos", is followed by more words).
_AVISO_DE = re.compile(
    r"(?i:aviso|oferta|búsqueda|busqueda|vacante|puesto|offre|poste)\s+[^.\n]{1,80}?\s+(?i:de|d')\s*"
    r"(?P<name>[A-Z][\w&.'\-]*(?:[ \t]+(?:(?:&|y|del|de la)[ \t]+)?[A-Z][\w&.'\-]*){0,3})[ \t]*(?:[.!,;\n]|$)"
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


#: An agency naming its client: "to my client, Pennine Foods", "a nuestro cliente, Ribera Energía", "à notre client
#: Loire Pharma", "unserem Kunden Nordwerk".
_CLIENT = re.compile(
    r"(?i:(?:my|our) client|(?:nuestro|mi) cliente|(?:notre|mon) client|(?:unserem|unseren|meinem|meinen|unseres) "
    r"(?:kunden|mandanten)),?\s+(?:(?:der|die|das|the|la|el|le)\s+)?"
    r"(?P<name>[A-Z][\w&.'\-]*(?:\s+(?:&\s+)?[A-Z][\w&.'\-]*){0,3})"
)
#: An agency's "I've submitted your CV to Clifton Insurance for the Platform Engineer contract": the client named.
_SUBMITTED_TO = re.compile(
    r"(?i:(?:submitted|sent|forwarded|put) (?:your (?:cv|resume|résumé|profile|details|application)|you forward) "
    r"(?:over |across )?to)\s+(?:the\s+)?(?P<name>[A-Z][\w&.'\-]*(?:\s+(?:&\s+)?[A-Z][\w&.'\-]*){0,3})"
)
#: "Acme Bank would like to interview you", "Acme has reviewed your application": the name before the phrase.
_COMPANY_BEFORE = re.compile(
    r"(?P<name>[A-Z][\w&.'\-]*(?:\s+(?:&\s+)?[A-Z][\w&.'\-]*){0,3})\s+(?:would like to (?:interview|move forward|invite|"
    r"meet)|has reviewed your application|is (?:excited|happy|pleased) to|möchte (?:Sie|dich) (?:gerne )?"
    r"(?:kennenlernen|einladen)|quiere (?:conocerte|entrevistarte)|souhaite vous rencontrer)"
)
#: "Interview confirmed: Acme Bank - Risk Analyst": the name after a subject's colon, before the role.
_SUBJECT_COMPANY_ROLE = re.compile(r":\s*(?P<name>[A-Z][\w&.']*(?:\s+[A-Z][\w&.']*){0,3})\s+[-–|]\s+\S")


#: A subject that names its sender's company: "Thank you from Ambervale", "Interview with Driftwood for ...",
#: "Update on your application - Yarrow Bio", "Next steps - Data Engineer @ Pinewood Media".
_SUBJECT_COMPANY = re.compile(
    r"(?:(?i:thank you|thanks|an update|update|news|greetings|a message|invitation|offer) from|(?i:interviews?|"
    r"interviewing|chat|call) with|\s[-–|@]|\sat)\s+(?P<name>[A-Z0-9][\w&.']*(?:\s+(?:&\s+)?[A-Z0-9][\w&.']*){0,4})"
    r"(?=\s*$|\s+(?:for|about|on|-|–|\|)\s)"
)
#: A job site's subject with the employer as its actor: "Northwind Traders wants to interview you", "Acme AI is
#: interested in you", "Blue Yonder has invited you to an assessment".
_SUBJECT_ACTOR = re.compile(
    r"(?P<name>[A-Z0-9][\w&.']*(?:\s+(?:&\s+)?[A-Z0-9][\w&.']*){0,3})\s+(?:wants to|would like to|is interested|"
    r"has invited|invited you)\b"
)
#: A job site's "offer Title (Company)": the employer in parentheses after the job's title.
_OFFER_PAREN = re.compile(
    r"(?i:offre|offer|oferta|stelle|job|applied for|application for)\s[^()\n]{3,80}\((?P<name>[A-Z][^()\n]{1,60})\)"
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
    r"(?m)^[A-Z][a-zà-ÿ'’\-]+(?:\s+[A-Z][a-zà-ÿ'’\-]+){1,2}\s*\n\s*(?P<name>[A-Z0-9][\w&.']*(?:\s+(?:&\s+)?"
    r"[A-Z0-9][\w&.']*){0,3})\s*\Z"
)
#: A team's signature: "The NVIDIA Recruiting Team", "Your Truveta hiring team", "Stryker's Talent Acquisition Team".
_TEAM_SIGNATURE = re.compile(
    r"(?m)^[ \t]*(?:(?i:the|your)[ \t]+)?(?P<name>[A-Z][\w&.\-]*(?:[ \t]+[A-Z][\w&.\-]*){0,3}?)(?:'s|’s)?[ \t]+"
    r"(?i:recruiting|recruitment|talent acquisition|talent|hiring|careers|people|hr|university relations)(?:\s+(?i:team))?"
    r"\s*$"
)
#: A department signing for its employer: "Recruitment Team" then "Aire Valley NHS Foundation Trust", "HR Services"
#: then "Kirkgate College" (the department's line alone is no company: :data:`_TITLE_AREAS`).
_DEPARTMENT_SIGNATURE = re.compile(
    r"(?m)^[ \t]*(?:(?i:the|your)\s+)?(?i:recruitment|recruiting|talent acquisition|talent|hr|human resources|people|"
    r"hiring|resourcing|personnel|careers|(?:department|school|faculty|college) of [A-Z][\w&]*(?:[ \t]+(?:and|&)[ \t]+"
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
#: Words of a subject that are no company ("Re: Backend Engineer - Next Step", "- Action Required").
_MAIL_WORDS = re.compile(
    r"\b(?:next|steps?|update|interview|invitation|application|confirm\w*|offer|follow\w*|reminder|thank\w*|"
    r"action|required|request|received|status|result|outcome|feedback|availability|schedul\w*|round|stage|"
    r"assessments?|psychometric|regret|shortlist\w*|acknowledg\w*|bewerbung|candidature|candidatura|postulación)"
    r"\b",
    _I,
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
    r"(?im)^\s*(?:department|organi[sz]ation|employer|company|hiring organi[sz]ation|unternehmen|arbeitgeber|"
    r"entreprise|employeur|empresa)\s*:\s*(?P<name>[^\n:]{2,60}?)\s*$"
)


def _company_from(subject, body, display, address, domains=None):
    m = _COMPANY_LABEL.search(body[:3000])
    if m:
        return m.group("name").strip(" ."), "subject or body"
    sender = address.rsplit("@", 1)[-1].lower()
    job_board = _under(sender, _BOARD_SET) or bool(_JOB_SITE.search(sender))
    if job_board and _AVISO_WORD.search(body[:3000]):
        # a job site's "en la oferta Analista de Marketing Digital de Naranja Digital.": the name that ends the
        # sentence, before any cue reads the title's own "de" as the employer's
        m = _AVISO_DE.search(body[:3000])  # (the body's sentence, not the subject's title that ends its line)
        if m and not _is_role(m.group("name")) and not _RELAY_NAMES.search(m.group("name")):
            return _abbreviation_closed(m.group("name").rstrip(".")), "job line of the body"
    domain = _company_domain(address)
    if (domain and _AGENCY.search(domain.split(".")[0])) or _AGENCY_SUBMISSION.search(body[:3000].lower()):
        # a staffing agency's domain, or a recruiter who writes from a personal address that they submitted you
        # to their client ("I've submitted your resume to my client Polaris"): the client is the employer
        m = _CLIENT.search(body[:3000]) or _SUBMITTED_TO.search(body[:3000]) or _COMPANY_BEFORE.search(body[:3000])
        if m and not _is_role(m.group("name")):
            return m.group("name").strip(), "subject or body (an agency's client)"
        m = _SUBJECT_COMPANY_ROLE.search(subject)
        if m and not _is_role(m.group("name")):
            return m.group("name").strip(), "subject or body (an agency's client)"
        m = _SUBJECT_COMPANY.search(subject)  # "Búsqueda Analista Financiero - Ribera Energía": after the title
        if m and _names_a_company(m.group("name")) and not _is_role(m.group("name")):
            return m.group("name").strip(), "subject or body (an agency's client)"
    if domain and domains and domain in domains:  # this domain's mail already named its company
        known_name = domains[domain]
    else:
        known_name = ""
    for text in (subject, body[:3000]):
        for m in _companies_after(text):
            # "at Zuidas Verzekeringen N.V. We will review": a dotted legal form ends the name, not its first dot
            name = _LEGAL_DOTTED.sub(".", m.group("name"))
            for _ in range(3):  # "Grupo Tolteca S.A. de C.V.": the legal form goes before the name is cut at "."
                name = _LEGAL.sub("", name)
            _, _, tail = name.partition(" for ")
            # "Acme for Data Analyst": a role follows; "Office for National Statistics" is one name
            cut = "for|as" if not tail or _ROLE_WORDS.search(tail.split(" (")[0].strip()) else "as"
            # ("Department for Work and Pensions", "Marks and Spencer": an "and" before a name's word stays)
            name = re.split(
                rf"\s+(?:{cut}|and(?!\s+(?!(?:We|I|You|Our|Thank|Please|The)\b)[A-Z])|in|on|to|!|-)\s+|[!.,:;()]|"
                r"\s+(?i:team|recruiting)\b",
                name,
            )[0].strip(" .'")
            if (
                name
                and name.lower() not in _NOT_NAMES
                and not _is_role(name)
                # "your interest in the Science Interventionist position": a title, the word after it says so
                and not (name == m.group("name").strip() and _TITLE_NOUN.match(text, m.end("name")))
                and not _RELAY_NAMES.search(name)
                and not _MONEY.match(name)  # "salario integral de COP 9.500.000"
                and not _RELAY_NAMES.search(m.group(0))  # "L'équipe Welcome to the Jungle" read as "Jungle"
                # "la vacante Analista de Pruebas de Software" from Grupo Altamira's own domain: the title's own "de"
                # (a job site's own name is no employer: "la oferta ... de Distribuidora Rímac" from Computrabajo)
                and not (
                    _TITLE_DE.match(m.group(0)) and not job_board and _spelled_by_domain(_sender_name(display), domain)
                )
            ):
                program = _PROGRAM.search(name)
                if program:
                    # "the Irwell Energy Finance Graduate Scheme": the employer is the sender's name it starts with
                    name = name[: program.start()].strip()
                    own_name = _sender_name(display)
                    if own_name and name.lower().startswith(own_name.lower()):
                        name = own_name
                # ("vimos tu postulación en Bumeran": a job site is no employer)
                return _fuller(name, display, address), "subject or body"
    shared = _ROLE_ADDRESS.match(address.split("@", 1)[0])  # noreply@ an unknown domain may be a relay
    if known_name and not shared:
        return known_name, "sender's domain"
    name = _sender_name(display)
    if domain and _signs_as_person(name, body):
        name = ""  # "Zanele Khumalo <hr@umhlangalogistics.co.za>" signing "Zanele Khumalo / HR Officer": a person
    # "Talent at Acme", "Recrutement de Lumière" (not "Sanne de Vries", a person's name with its particle); "Maya |
    # Brightloop": a first name, then the company
    m = (
        None
        if _is_person(name, address)
        else re.search(r"(?:\b(?:at|from|@|bei|chez|de)\s+|^[A-Z][a-z]+\s*\|\s*)(.+)$", name)
    )
    if m:
        name = m.group(1).strip()
    elif not domain and _is_person(name, address) and address.rsplit("@", 1)[-1].lower() in _FREEMAIL:
        name = ""  # a person writing from their own mailbox (a friend, a relative): not an employer
    elif (
        domain
        and _is_person(name, address)
        and not _translit(company_key(name)).startswith(_translit(company_key(_domain_name(domain))))
    ):
        name = ""  # a recruiter writing in their own name: the employer is the domain (below)
    if name and not _RELAY_NAMES.search(name):
        return _domain_spelled(name, domain), "sender's name"
    job_site = bool(_JOB_SITE.search(address.lower()))
    board = job_site or _under(address.rsplit("@", 1)[-1].lower(), _BOARD_SET)
    m = _OFFER_PAREN.search(body[:3000]) if board else None
    if m:
        return m.group("name").strip(), "job line of the body"  # "applied for Lead Engineer (Nimbus Devices)"
    m = _SUBJECT_COMPANY.search(subject)
    if m and _names_a_company(m.group("name")):
        # a relay's bare address: "Thank you from Ambervale", "Invitation to interview - Oakhurst Capital"
        return m.group("name").strip(), "subject or body"
    closing = _without_footer(body)  # (the mail's end, above a mailing footer: its signature's lines)
    m = _SIGNATURE.search(closing[-300:])
    # ("Freundliche Grüsse" then "Martina Keller": a valediction in capitals above the person's name)
    if m and _names_a_company(m.group("name")) and not _is_person(m.group("name"), address):
        return m.group("name").strip(), "signature"  # "Dana Whitfield / Ambervale" closing a relay's mail
    m = _CLOSING.search(closing[-300:])
    if m:
        name = _SENDER_SUFFIX.sub("", m.group("name")).strip(" ,.")
        # a single word closing a mail is a first name ("Thanks,\nOllie") unless the mail names it again
        first = display.split()[0].lower() if display.split() else ""
        if (
            not _is_person(name, address)
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
        and m.group("name").lower() not in ("team member", "associate", "employee", "colleague", "global", "campus")
    ):
        return m.group("name").strip(), "signature"  # "The NVIDIA Recruiting Team", "Stryker's Talent Acquisition Team"
    m = _PUBLIC_NAME.search(body[:3000]) if _under(address.rsplit("@", 1)[-1].lower(), _ATS_SET) else None
    if m:
        # a public system's notice naming the agency: "announcement CBTE-12645789, Department of Veterans Affairs"
        return re.sub(r"\s+(?:of|and|the|for)$", "", m.group(0)).strip(), "subject or body"
    if job_site:  # ("l'offre Analyste (Banque Part-Dieu)" was read above, before the subject)
        # a job site's confirmation: "Data Scientist - Stark Industries - New York", or "Acme Health - Boston, MA"
        m = _JOB_LINE.search(body[:3000]) or _COMPANY_PLACE.search(body[:3000])
        if m:
            return m.group("name").strip(), "job line of the body"
        m = _COMPANY_TOWN.search(body[:3000])
        if m and not _is_role(m.group("name")):
            return m.group("name").strip(), "job line of the body"
    m = _SUBJECT_ACTOR.match(subject)
    sender_domain = address.rsplit("@", 1)[-1].lower()
    if (
        m
        and _names_a_company(m.group("name"))
        and (_under(sender_domain, _BOARD_SET) or _under(sender_domain, _ATS_SET))
    ):
        return m.group("name").strip(), "subject or body"  # a job site's "Northwind Traders wants to interview you"
    domain = address.rsplit("@", 1)[-1].lower()
    local = address.split("@", 1)[0].lower()
    if "myworkday" in domain and local not in ("noreply", "no-reply", "donotreply"):
        return local.capitalize(), "Workday tenant"
    if _company_domain(address):
        own = _domain_name(_company_domain(address))
        # "carolinamillscap.com" and "Carolina Mills Capital's growth fund" in the mail: the name it shortens
        return _abbreviated_by(own, f"{subject}\n{body[:3000]}") or own, "sender's domain"
    m = _COPYRIGHT.search(body[-500:])
    if m and _names_a_company(m.group("name")) and not _RELAY_NAMES.search(m.group("name")):
        # "© 2025 Piedmont Energy Corporation. All rights reserved." under a tracking system's unsigned mail
        return m.group("name").strip(), "signature"
    return "", ""


#: A footer's copyright line: "© 2025 Piedmont Energy Corporation. All rights reserved."
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|(?i:copyright))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
    r"(?!(?i:all rights|alle rechte|tous droits|todos los derechos))(?P<name>[A-Z][\w&'\-]*(?:\s+(?:&\s+)?"
    r"[A-Z][\w&'\-]*){0,4})"
)
#: Capitalised runs of words in a mail's text: the names a domain may shorten.
_CAPITALISED_RUN = re.compile(r"[A-Z][\w&'\-]*(?:\s+(?:&\s+)?[A-Z][\w&'\-]*){1,4}")


def _abbreviated_by(domain_name, text):
    """The name in ``text`` that a domain's name spells or shortens (its words whole, the last one whole or cut to
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
    """
    label = re.sub(r"[^a-z0-9]", "", domain_name.lower())
    if len(label) < 6 or label[:4] not in text.lower():  # (the name's first letters are not in the mail: no name)
        return ""
    for m in _CAPITALISED_RUN.finditer(text):
        words = [re.sub(r"[^a-z0-9]", "", w.lower()) for w in re.sub(r"'s$", "", m.group(0)).split()]
        for end in range(len(words), 1, -1):
            head, last = "".join(words[: end - 1]), words[end - 1]
            rest = label[len(head) :]
            if head and label.startswith(head) and 3 <= len(rest) <= len(last) and last.startswith(rest):
                return re.sub(r"'s$", "", " ".join(m.group(0).split()[:end]))
    return ""


#: "Acme Recruiting <jobs@acme.com>" or "jobs@acme.com": the shapes nearly every header has (the fast path of
#: :func:`_address`; anything with quotes, comments, groups or several addresses goes to the stdlib parser).
_PLAIN_ADDRESS = re.compile(
    r"[ \t]*(?:(?P<name>[^<>\"(),;:@\[\]\\]*?)[ \t]*<(?P<a>[^<>\s@\"(),;:]+@[^<>\s@\"(),;:]+)>|(?P<bare>[^<>\s@\"(),;:]+@[^<>\s@\"(),;:]+))[ \t]*"
)


def _address(value) -> tuple:
    """``email.utils.parseaddr(value)``, with a fast path for the plain shapes (the speed trick beside the code it
    must equal: ``tests/io/test_mail_addresses.py`` holds them equal on every header of the written mailboxes).

    Examples
    --------
    >>> _address("Acme  Recruiting <jobs@acme.com>"), _address('"Doe, Jane" <jane@x.org>')
    (('Acme Recruiting', 'jobs@acme.com'), ('Doe, Jane', 'jane@x.org'))
    """
    m = _PLAIN_ADDRESS.fullmatch(value)
    if m is None:
        return email.utils.parseaddr(value)
    if m.group("bare") is not None:
        return "", m.group("bare")
    return " ".join(m.group("name").split()), m.group("a")


#: A directory's "Last, First" display name ("Blake, Karen", "Ruiz Gómez, María José"), not a legal form's comma.
_SURNAME_FIRST = re.compile(
    r"(?P<last>[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)?),\s*(?P<first>[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*)?)"
)


def _name_first(display, address) -> str:
    """A person's display name in their own order: "Blake, Karen" <karen.blake@...> is "Karen Blake" (a company
    directory's form in Outlook), when the address spells one of the two names; any other name as it is.

    >>> _name_first("Blake, Karen", "karen.blake@svmc.org"), _name_first("Acme, Inc.", "jobs@acme.com")
    ('Karen Blake', 'Acme, Inc.')
    """
    m = _SURNAME_FIRST.fullmatch(display) if "," in display else None
    if m is None or _LEGAL.search(f" {m.group('first')}"):
        return display
    local = re.sub(r"[^a-z]", "", _words(address.split("@", 1)[0]))
    names = [re.sub(r"[^a-z]", "", _words(part)) for part in (m.group("first"), m.group("last"))]
    if not any(n and (n in local or local in n) for n in names):
        return display
    return f"{m.group('first')} {m.group('last')}"


def _local_date(msg, tz):
    """The day a message was sent (its ``Date``) in the person's time zone ``tz`` (a zone's name or a ``tzinfo``;
    ``None``: the header's own offset), a midnight ``Timestamp``; ``NaT`` when unreadable.

    The standard library's ``astimezone`` (the speed trick beside the code it must equal: pandas' ``tz_convert``
    cost a sixteenth of the reading; ``tests/io/test_mail_addresses.py`` holds the two equal on every date of the
    written mailboxes in several zones).

    Examples
    --------
    >>> msg = email.message_from_string("Date: Fri, 12 Dec 2025 23:30:00 -0800\\n\\n")
    >>> _local_date(msg, "Europe/Berlin"), _local_date(msg, "America/Los_Angeles")
    (Timestamp('2025-12-13 00:00:00'), Timestamp('2025-12-12 00:00:00'))
    """
    raw = _header(msg, "Date")
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return pd.NaT
    if when is None:
        return pd.NaT
    zone = _zone(tz) if tz else None
    if when.tzinfo is None or not tz or zone is not None:
        try:
            day = when.astimezone(zone) if zone is not None and when.tzinfo is not None else when
            return pd.Timestamp(day.year, day.month, day.day)
        except (OverflowError, ValueError):
            pass  # (a year pandas or the zone cannot hold: the plain way says what it makes of it)
    return _local_date_plain(when, tz)


@functools.lru_cache(maxsize=16)
def _zone(tz):
    """``tz`` as a ``tzinfo`` the standard library converts to, or ``None`` (a name ``zoneinfo`` does not know)."""
    if isinstance(tz, dt.tzinfo):
        return tz
    try:
        return zoneinfo.ZoneInfo(str(tz))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, TypeError):
        return None


def _local_date_plain(when, tz):
    """:func:`_local_date` of a parsed ``datetime``, by pandas (``NaT`` for a day it cannot hold: "Fri, 31 Dec 9999
    23:00:00 -1200" is in the year 10000 in Berlin)."""
    try:
        stamp = pd.Timestamp(when)
        if stamp.tzinfo is None:
            return stamp.normalize()
        return stamp.tz_convert(tz).tz_localize(None).normalize() if tz else stamp.tz_localize(None).normalize()
    except (OverflowError, ValueError, NotImplementedError):
        return pd.NaT


def read_mailbox(path, *, owner=None, tz=None, progress=None) -> MailReading:
    """Read a mailbox into an event log (see the module docstring for the rules).

    Parameters
    ----------
    path : str or path
        An mbox, an ``.eml``, a folder of ``.eml`` files or a ``.zip`` of either.
    owner : str, optional
        The person's address(es), comma-separated: their own mail (thank-you
        notes, follow-ups, withdrawals).  Without it, Takeout's ``Sent``
        label marks the person's own mail.
    tz : str, optional
        The person's time zone for the messages' dates (default: this machine's).
    progress : bool, optional
        A ``tqdm`` progress bar (default: for mailboxes of over 2,000 messages).

    Returns
    -------
    MailReading
    """
    tz = tz or _local_zone()
    owners = {_base_address(a.strip().lower()) for a in str(owner).split(",") if a.strip()} if owner else set()
    rows, skipped, threads, messages, ids = [], {}, {}, 0, set()
    iterator = _messages(path)
    bar = None
    big = Path(path).is_file() and os.path.getsize(path) > 20_000_000
    if progress or (progress is None and big):
        try:
            from tqdm.auto import tqdm

            bar = tqdm(iterator, desc="reading mail", unit=" messages", mininterval=1.0)
            iterator = bar
        except ImportError:  # pragma: no cover - tqdm comes with the notebook tools
            pass
    try:
        for msg in iterator:
            if isinstance(msg, Recipients):  # the whole export's recipients, counted before its first message
                counted = threads.setdefault(("to recipients",), Recipients(threads.setdefault(("to counts",), {})))
                counted.merge(msg)
                threads[("to top",)] = max(counted.counts.items(), key=lambda kv: kv[1])
                threads[("to counted",)] = True
                continue
            messages += 1
            message_id = _header(msg, "Message-ID").strip()
            if message_id:
                # one message in two files (a Takeout export by label: "Inbox.mbox" and "Important.mbox"; a folder
                # exported twice) is read once
                if message_id in ids:
                    skipped["duplicate"] = skipped.get("duplicate", 0) + 1
                    continue
                ids.add(message_id)
            row = _read_one(msg, owners, tz, threads, skipped)
            if row is not None:
                rows.append(row)
    except (OSError, _mailbox.Error, zipfile.BadZipFile, UnicodeError) as exc:
        raise DataError(
            f"{path}: this mailbox cannot be read ({type(exc).__name__}: {exc}). Export it again as an "
            "mbox (Google Takeout: Mail) or as .eml files."
        ) from None
    finally:
        if bar is not None:
            bar.close()
    if messages == 0:
        raise DataError(
            f"{path}: no mail messages in it (an mbox starts with a 'From ' line; .eml files are one message "
            "each). Export the mail again as an mbox (Google Takeout: Mail; Apple Mail: Export Mailbox) or as "
            ".eml files."
        )
    events = pd.DataFrame(rows, columns=MAIL_COLUMNS)
    notes = []
    if len(events):
        events = events.sort_values(["date", "application_id"], kind="stable").reset_index(drop=True)
    return MailReading(events=events, messages=messages, skipped=skipped, notes=notes)


def _local_zone():
    try:
        return dt.datetime.now().astimezone().tzinfo
    except (OSError, ValueError):  # pragma: no cover
        return None


#: Words of a mail about an application: an employer's event phrase counts only beside one of them (or from a
#: tracking system, or in a known application's thread).
_CONTEXT = _any(
    r"applica",
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
    r"vacante",
    r"entrevista",
    r"assessment",
    r"next steps?\b",
    r"proceso de selecci",
    r"processus de (?:recrutement|sélection)",
    r"auswahlverfahren",
    r"\bperfil\b",
    r"onsite",
    r"entrevue",
    r"lettre d'offre",
    r"inscrito en la oferta",
    r"\boferta\b",
    r"kandidatur",
    r"\bunterlagen\b",
    r"\bdossier\b",
    r"bewerbungsgespräch",
)


#: Words of a mail about the reader's own application (what a newsletter or a recruiter's cold mail lacks).
_YOUR_APPLICATION = _any(
    r"your (?:job )?application",
    r"you applied",
    r"\bapplying\b",
    r"your candidacy",
    r"your interest in (?:the|our|joining)",
    r"ihre bewerbung",
    r"votre candidature",
    r"(?:tu|su) (?:candidatura|postulación|solicitud)",
)


#: A job's words in any of the four languages (what a receipt for a card, a flat or a permit lacks).
_JOB_CONTEXT = _any(
    r"\bjobs?\b",
    r"\bposition\b",
    r"\brole\b",
    r"hiring",
    r"recruit",
    r"interview",
    r"career",
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
    r"application for (?:the )?(?:[a-z&-]+ ){0,3}(?:manager|director|assistant|associate|representative|"
    r"technician|consultant|accountant|nurse|teacher|supervisor|officer|clerk|driver|lead)\b",
)
_JOB_WORDS = _any(
    r"\bjobs?\b",
    r"\bposition\b",
    r"\brole\b",
    r"hiring",
    r"recruit",
    r"interview",
    r"career",
    r"\bvacantes?\b",
    r"\bpuesto\b",
    r"\bempleo\b",
    r"entrevista",
    r"\bstelle\b",
    r"\bposte\b",
    r"\bemploi\b",
    r"entretien",
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


#: Newsletter platforms: their mail is a publication, whoever signs it.
_BULK_DOMAINS = (
    "substack.com",
    "beehiiv.com",
    "mailchimp.com",
    "mcsv.net",
    "convertkit.com",
    "medium.com",
    "ghost.io",
    "buttondown.email",
    "mailerlite.com",
    "sendinblue.com",
    "hubspotemail.net",
)


_BULK_SET = frozenset(_BULK_DOMAINS)


def _bulk(msg, address, body, *, header=True):
    """Mailing-list mail: a ``List-Unsubscribe`` header (unless ``header`` is false), a bulk sender ("newsletter@",
    a newsletter platform), or an unsubscribe line."""
    domain = address.rsplit("@", 1)[-1]
    return bool(
        (header and _header(msg, "List-Unsubscribe"))
        or _BULK_SENDER.match(address.split("@", 1)[0])
        or _under(domain, _BULK_SET)
        or _UNSUBSCRIBE.search(body[-1500:].lower())
    )


def _seen_company(subject, body, display, address, threads):
    """Whether the mail's company already has an application in this mailbox."""
    company, how = _company_from(subject, body, display, address, threads.get(("domains",)))
    names = threads.get(("names",), {})
    own_domain = _company_domain(address)
    return (
        bool(company)
        and (
            company_key(company) in names
            or bool(_same_company(company, names))
            or (how != "subject or body" and bool(_named_company(subject, "", names)))
        )
    ) or bool(
        # arsd.k12.co.us: Aurora Ridge School District (a name read from the domain was tested above)
        own_domain and how not in ("sender's domain", "") and _domain_spells_applied(own_domain, names, threads)
    )


def _domain_spells_applied(domain, names, threads):
    """``_same_company(_domain_name(domain), names)``, remembered per domain until a new company is applied to."""
    memo = threads.setdefault(("domain spells",), {})
    hit = memo.get(domain)
    if hit is None or hit[0] != len(names):
        hit = memo[domain] = (len(names), _same_company(_domain_name(domain), names))
    return hit[1]


#: Words of mail that answers something the person sent: an invitation without them, from a stranger, is outreach.
_ANSWERS_YOU = _any(
    r"your (?:job )?application",
    r"\bappl(?:ied|ying)\b",
    r"your (?:candidacy|submission|interest in)",
    r"your (?:cv|resume|résumé|lebenslauf|unterlagen)",
    r"bewerbung",
    r"candidature",
    r"postula",
    r"candidatura",
    r"\bsolicitud\b",
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
    r"opportunit",
    r"retenu mon attention",
    r"me gustaría presentarte",
)
#: Job boards: their mail confirms an application, or carries a recruiter's message (outreach) and alerts.
_BOARDS = (
    "linkedin.com",
    "indeed.com",
    "glassdoor.com",
    "ziprecruiter.com",
    "stepstone.de",
    "azubiyo.de",
    "ausbildung.de",
    "xing.com",
    "welcometothejungle.com",
    "jobteaser.com",
    "jobup.ch",
    "meteojob.com",
    "cadremploi.fr",
    "arbeitsagentur.de",
    "wellfound.com",
    "otta.com",
    "hired.com",
    "reed.co.uk",
    "totaljobs.com",
    "cv-library.co.uk",
    "infojobs.net",
    "occ.com.mx",
    "naukri.com",
    "instahyre.com",
    "cutshort.io",
    "iimjobs.com",
    "hirist.tech",
    "hirist.com",
    "foundit.in",
    "shine.com",
    "apna.co",
    "unstop.com",
    "bumeran.com.ar",
    "bumeran.com.pe",
    "bumeran.com.mx",
    "zonajobs.com.ar",
    "laborum.cl",
    "elempleo.com",
    "multitrabajos.com",
    "computrabajo.com",
    "jobstreet.com",
    "jobillico.com",
    "workopolis.com",
    "glints.com",
    "mycareersfuture.gov.sg",
    "jobsdb.com",
    "kalibrr.com",
)
_BOARD_SET = frozenset(_BOARDS)


@functools.lru_cache(maxsize=8192)
def _words(text) -> str:
    """Text as space-separated lower-case words without accents or "and"/"&" (" sable finch échange ")."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    return " " + " ".join(w for w in re.findall(r"\w+", text) if w not in ("and", "und", "et")) + " "


def _named_company(subject, body, names):
    """The company applied to (of ``names``, key → name) that the subject, or else the body's start, names."""
    for text in (subject, body[:1500]):
        words = _words(text)
        hits = [name for name in names.values() if len(company_key(name)) >= 4 and _words(name) in words]
        if hits:
            return max(hits, key=len)
    return ""


def _translit(key) -> str:
    """German spelling in domains: "zuerichdata" for "Zürich Data" (ue, oe, ae for ü, ö, ä)."""
    return key.replace("ue", "u").replace("oe", "o").replace("ae", "a")


#: A public body's name, "County of Placer", "City of Austin", "University of Leeds": its domain names the place.
_PUBLIC_BODY = re.compile(r"(?:county|city|state|town|university|department|ville|stadt|ciudad) of\s", _I)


#: A public employer named in a notice: "Department of Veterans Affairs", "City of Austin", "University of Leeds".
_PUBLIC_NAME = re.compile(
    r"\b(?:(?:U\.S\.\s)?Department|Office|Bureau|Agency|Administration|Ministry|County|City|State|University|Ville|"
    r"Stadt) of (?:the )?[A-Z][\w&'-]*(?:[ \t]+(?:of|and|the|for|[A-Z][\w&'-]*)){0,4}"
)


@functools.lru_cache(maxsize=8192)
def _bare(name):
    """A name without particles and signs, as a domain spells it ("Fromagerie du Jura" → fromageriejura)."""
    return re.sub(r"\b(?:du|de|des|la|le|les|der|die|das|von|of|the|del|y|et|und|and)\b|[^a-z0-9]", "", name.lower())


@functools.lru_cache(maxsize=8192)
def _initialled(name):
    """A name as a domain may shorten it, its last words to their initials: "Columbus Metro Credit Union" → cmcu,
    columbusmcu, columbusmetrocu; "Ridings Building Society" → rbs, ridingsbs (two initials at least)."""
    words = [w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in ("of", "and", "the", "for", "&")]
    return {"".join(words[:i]) + "".join(w[0] for w in words[i:]) for i in range(len(words) - 1)}


@functools.lru_cache(maxsize=8192)
def _without_particles(name):
    """A name's words run together without its particles, as a domain may spell it: "Banco del Pacífico Sur" →
    bancopacificosur."""
    text = unicodedata.normalize("NFKD", name.lower())
    words = re.findall(r"[a-z0-9]+", "".join(c for c in text if not unicodedata.combining(c)))
    return _translit("".join(w for w in words if w not in _PARTICLES))


_PARTICLES = frozenset("de del la las los el y of the and und der die das von du des le et".split())


@functools.lru_cache(maxsize=8192)
def _first_words(name):
    """A name's first words run together, from two words on ("desertstar" of "Desert Star Resort & Casino"): a
    domain may be those and a short tail (desertstarlv.com, its town's letters)."""
    words = [w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in ("the", "&")]
    return {"".join(words[:i]) for i in range(2, len(words))}


def _same_company(company, names):
    """The one company applied to whose name this one shortens or extends: a domain (armadillo.dev), or a mail
    calling "Redline Robotics" "Redline" ("I'm on the recruiting team at Redline")."""
    key = _translit(company_key(company))

    def spelled(n, word):  # "Tulip & Canal" as a domain spells it: tulipandcanal ("Brezel & Byte": brezelundbyte)
        text = re.sub(r"\s*&\s*|\s+(?:and|und|et|y)\s+", f" {word} ", n.lower())
        return _translit(re.sub(r"[^0-9a-z]+", "", unicodedata.normalize("NFKD", text)))

    bare = _translit(_bare(company)) if len(key) >= 8 else None
    # (bancopacificosur.pe spells "Banco del Pacífico Sur" without its particle)
    short = len(key) >= 3
    hits = [
        n
        for k, n in ((_translit(k), n) for k, n in names.items())
        if (short and key in _initialled(n))
        or any(key.startswith(p) and len(key) - len(p) <= 3 for p in _first_words(n) if len(p) >= 8)
        or (bare is not None and _bare(n) == bare)
        or (len(key) >= 8 and _without_particles(n) == key)
        or min(len(k), len(key)) >= 5
        and (k.startswith(key) or key.startswith(k) or (_PUBLIC_BODY.match(n) and k.endswith(key)))
        # (the spelling holds the words the key drops: "Lox & Co" is "lox" but loxandco.com spells it whole)
        or len(key) >= 5
        and any(
            spelled(n, w).startswith(key) or key.startswith(spelled(n, w))
            for w in ("and", "und", "et", "y")
            if "&" in n or f" {w} " in n.lower()
        )
    ]
    return hits[0] if len(hits) == 1 else ""


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
    """
    firm = _firm(low)
    for name, pattern in rules:
        m = pattern.search(firm)
        while (
            m is not None and name == "rejected" and "other" in m.group(0) and _STILL_BEFORE.search(firm, 0, m.start())
        ):
            # "we're still talking to a couple of other candidates": a wait (the reply rule's), not a no
            m = pattern.search(firm, m.end())
        if m:
            return name, m
    return "", None


#: A wait for the others just before a rejection's "other candidates" ("we're still talking to a couple of other
#: candidates", "still in conversations with several other applicants").
_STILL_BEFORE = re.compile(
    r"\bstill (?:meeting|interviewing|speaking|talking|in (?:talks|conversations?))\b[^.!?\n]{0,30}$"
)


def _base_address(address) -> str:
    """The mailbox an address delivers to, for telling the person's own mail: no plus tag.

    (Gmail's dots are kept: the person's own name is read from the address's dotted words.)

    Examples
    --------
    >>> _base_address("tamika.jones+jobs@gmail.com")
    'tamika.jones@gmail.com'
    """
    local, at, domain = address.partition("@")
    return f"{local.split('+', 1)[0]}@{domain}" if at else address


def _read_one(msg, owners, tz, threads, skipped):
    subject = _EXTERNAL_TAG.sub("", re.sub(r"\s+", " ", _header(msg, "Subject").translate(_PLAIN)).strip())
    display, address = _address(_header(msg, "From"))
    address = address.lower()
    display = _name_first(display, address)
    labels = _header(msg, "X-Gmail-Labels").lower()
    # the mailbox's owner: given, or the address the received mail was delivered to (a Thunderbird or
    # Apple Mail export has no Gmail labels); the person's own mail is from that address
    delivered = threads.setdefault(("delivered to",), set())
    me = _base_address(address)  # ("tamika.jones+jobs@gmail.com" is delivered to tamika.jones@gmail.com)
    for name in ("Delivered-To", "X-Original-To", "Envelope-To"):
        to = _base_address(_address(_header(msg, name))[1].lower())
        if to and to != me:
            delivered.add(to)
    # without those headers (a folder of .eml files saved from Outlook): the address most received mail is to
    to_counts = threads.setdefault(("to counts",), {})
    top = threads.get(("to top",), ("", 0))
    to_header = _header(msg, "To")
    recipients = (
        [_base_address(a.lower()) for _, a in email.utils.getaddresses([to_header]) if a]
        if "," in to_header or ";" in to_header
        else [_base_address(a.lower()) for a in [_address(to_header)[1]] if a]
    )
    if len(recipients) == 1 and recipients[0] != me and not threads.get(("to counted",)):
        n = to_counts[recipients[0]] = to_counts.get(recipients[0], 0) + 1
        if n > top[1]:
            top = threads[("to top",)] = (recipients[0], n)
    own = (
        me in owners
        or (not owners and me in delivered)
        or (not owners and not delivered and me == top[0] and top[1] >= 3)
        or _sent_label(labels)
    )
    body = _text(msg)
    forwarded = _forwarded(_text(msg, whole=True), address, own) if _FORWARD_SUBJECT.match(subject) else None
    if forwarded is not None:
        # "Fwd: Interview invitation" from the person's university address, or their own forward: the step is the
        # forwarded mail's, read as it arrived (its sender, subject, text and date)
        display, address, subject, body, forward_date = forwarded
        own = _base_address(address) in owners or _base_address(address) in delivered
        labels = ""
    calendar, subject, body = _calendar(msg, subject, body)
    # an invitation's title names both sides ("Lena Ferreira x Kiezkraft - Intro"): its sender names the employer
    named_by = "" if calendar == "invitation" else subject
    if calendar == "change":
        # "Updated invitation: ... @ Fri Oct 17", "Canceled event:", "Accepted:": a step already read from its
        # invitation (or the person's own answer to it), not a new one
        skipped["calendar update"] = skipped.get("calendar update", 0) + 1
        return None
    memo = []

    def seen():  # whether the mail's company has an application here: asked up to four times, computed once
        if not memo:
            memo.append(_seen_company(named_by, body, display, address, threads))
        return memo[0]

    text = f"{subject}\n{body}"  # the subject is a sentence of its own
    message_id = _header(msg, "Message-ID").strip()
    refs = " ".join(_header(msg, h) for h in ("In-Reply-To", "References")).split()
    thread = _header(msg, "X-GM-THRID").strip()
    if forwarded is not None:  # a forward starts a thread of its own: the forwarded mail's is not in it
        thread, refs = "", []
    known = next((threads[r] for r in [thread, *refs] if r and r in threads), None)
    date = _local_date(msg, tz)
    if forwarded is not None and forward_date is not pd.NaT:
        date = forward_date
    domain = address.rsplit("@", 1)[-1]
    ats = _under(domain, _ATS_SET)
    domains = threads.setdefault(("domains",), {})
    low = text.lower()  # the rules are lower case: one lowering instead of case-blind searches
    about_yours = bool(_YOUR_APPLICATION.search(low))
    if own:
        rules = OWN_RULES
    else:
        for kind, pattern in SKIP_RULES:
            if not pattern.search(low):
                continue
            if kind == "job alert" and (
                any(p.search(subject.lower()) for n, p in EVENT_RULES if n == "rejected")
                or (
                    about_yours
                    and first_rule(EVENT_RULES, low)[0] in ("screen", "interview", "onsite", "offer", "rejected")
                )
            ):
                continue  # "Unfortunately ... new jobs for you": a step of your application that suggests other jobs
            if kind == "cold outreach" and (known or about_yours or seen() or _AGENCY_SUBMISSION.search(low)):
                continue  # a recruiter of a company you applied to, writing about it
            if kind == "not a job application" and (ats or _JOB_WORDS.search(low)):
                continue
            if kind == "not about an application" and (ats or known or about_yours):
                continue
            if kind == "personal" and (ats or known or seen()):
                continue  # (a recruiter of a company applied to: "how did the interview go? they'd like a second")
            if kind == "interview practice" and (known or seen()):
                continue  # (an interview platform's own "try a free practice interview" names no application)
            if kind == "reference check" and (
                own
                or first_rule(EVENT_RULES, low)[0] in ("offer", "rejected")
                or _OFFER_SUBJECT.search(subject.lower())
            ):
                continue  # "our offer is subject to satisfactory reference checks": the offer
            if kind == "status notice" and first_rule(EVENT_RULES, low)[0] in (
                "screen",
                "interview",
                "onsite",
                "offer",
                "rejected",
            ):
                continue  # "your application status has changed: we have selected another candidate"
            if (
                kind == "survey"
                and not _under(domain, _BOARD_SET)  # a job site's "how was your interview?" is its survey
                and (ats or known or seen())
                and first_rule(EVENT_RULES, low)[0] in ("screen", "interview", "onsite", "offer", "rejected")
            ):
                continue  # "our online assessment, which includes ... a work style survey": the step, not a survey
            kind = "not about an application" if kind == "personal" else kind  # (counted with a relative's mail)
            skipped[kind] = skipped.get(kind, 0) + 1
            return None
        if "spam" in {label.strip() for label in labels.split(",")} and not known and not ats and not seen():
            # Gmail's own verdict on mail about no application of yours: "following your application on Indeed, we
            # are pleased to offer you the position ... reply with your bank details" (an employer's refusal that
            # landed in Spam names an application here and is read, and so is a tracking system's mail)
            skipped["spam"] = skipped.get("spam", 0) + 1
            return None
        promo = any(c in labels for c in ("category promotions", "category social", "category forums"))
        # (a List-Unsubscribe header alone is a weaker sign: tracking systems' and careers sites' mail carries one
        # too, since the big mailboxes asked bulk senders for it; from a company applied to, it is that application's)
        bulk = promo or _bulk(msg, address, body, header=False)
        listed = not bulk and _header(msg, "List-Unsubscribe")
        # (or its receipt: "te has inscrito en la oferta ... de Cobalt Insurtech" from a job site)
        if (bulk or listed) and not (
            ats or known or about_yours or (listed and (seen() or first_rule(EVENT_RULES, low)[0] == "applied"))
        ):
            # a newsletter, a podcast, interview tips: mailing-list mail that speaks of no application of yours
            skipped["newsletter"] = skipped.get("newsletter", 0) + 1
            return None
        rules = EVENT_RULES
    event, rule = "", ""
    # a reply's subject names the step it answers ("RE: ... phone screen" inviting to the next round): its body
    # is read first, the subject only when the body names no step
    reply = bool(_REPLY_SUBJECT.match(subject))
    name, m = first_rule(rules, body.lower() if reply else low)
    scheduled = (  # a round-less scheduling phrase ("book a time", "videollamada de 20 minutos")
        m.group(0) if m is not None and (m.re is _SCHEDULING.regex or _ROUNDLESS_CALL.fullmatch(m.group(0))) else ""
    )
    if m:
        event, rule = name, f"{name}: {m.group(0)[:40]!r}"
        thanked = m.string[m.start() : m.end() + 20]  # ("thank you for the interview| invitation")
        if own and name == "thank_you" and _THANKS_FOR_INVITATION.search(thanked) and not _MET.search(low):
            # "thank you for the invitation to interview! I booked Wednesday": an answer to the invitation, before
            # any meeting, is no thank-you note
            event, rule = "", ""
        elif own and name == "thank_you" and _PAST_MEETING.search(low):
            later = first_rule(_FOLLOW_UP_RULES, low)
            if later[1] is not None:
                # "thanks again for the call last week; I wanted to check in on next steps": the thanks looks
                # back, the mail asks where things stand
                event, rule = "follow_up", f"follow_up (a later check-in): {later[1].group(0)[:40]!r}"
        if (
            name == "interview"
            and not _INTERVIEW_NOUN.search(low)  # "an interview with the data team", "una entrevista"
            and not _TEST_WORDS.search(m.group(0))  # an online assessment, a case study: a round, whoever sends it
            and not _NAMED_TEST.search(low)  # "shortlisted: kindly complete the psychometric assessment"
            # (in the mail's own words: a signature's "Talent Acquisition Partner" is the writer's title, whatever
            # step the mail is about)
            and _RECRUITER_VOICE.search(_without_signature(low))
            and not _INTERVIEWERS.search(low)
        ):
            # "I'm on the recruiting team; can we grab 20 minutes to talk?": a recruiter's call is the screen
            event, rule = "screen", f"screen (a recruiter's call): {m.group(0)[:40]!r}"
    if (
        event == "interview"
        and not own
        and _GENERIC_INTERVIEW.fullmatch(m.group(0))
        and first_rule(_SCREEN_RULES, subject.lower())[0]
        and not _INTERVIEWERS.search(subject.lower())
    ):
        # a scheduling tool's "Interview Confirmation: Recruiter Call with Larkspur Robotics": the round the
        # subject names is the step
        named = first_rule(_SCREEN_RULES, subject.lower())[1].group(0)
        event, rule = "screen", f"screen (the round the subject names): {named!r}"
    if event in ("screen", "interview") and not own and not known and _AGENCY_SUBMISSION.search(low):
        # "thank you for your time on the phone today; I have submitted your CV to my client, Jacaranda": the
        # agency's own call came first, the mail is the application to its client
        event, rule = "applied", f"applied (an agency's submission): {_AGENCY_SUBMISSION.search(low).group(0)[:40]!r}"
    if event == "reply" and not own and not known and EVENT_RULES[-1][1].search(low):
        # "thank you for applying; your application is under review": the first mail of an application
        if not seen():
            event, rule = "applied", f"applied: {EVENT_RULES[-1][1].search(low).group(0)[:40]!r}"
    if (
        event
        and not own
        and not ats
        and not known
        and not _CONTEXT.search(low)
        and not seen()  # an employer you applied to
    ):
        # "Unfortunately your discount expires", "pleased to offer you 20% off": an event phrase in a mail that
        # speaks of no application, from no tracking system and in no application's thread is not one
        event = ""
    board = _under(domain, _BOARD_SET)
    if (
        event == "applied"
        and not own
        and not ats
        and not known
        and not _JOB_CONTEXT.search(low)
        and not _ROLE_TITLE.search(low)
        and not seen()
    ):
        # "Your application for a replacement Medicare card has been received": a receipt that speaks of no job,
        # no title and no employer applied to, from no tracking system, is some other application
        skipped["not a job application"] = skipped.get("not a job application", 0) + 1
        return None
    if event == "offer" and not own and not known and domain in _FREEMAIL and not seen():
        # an offer from a free mailbox to an application this mailbox never saw ("Dear Applicant, we are pleased to
        # offer you the position of Remote Payroll Assistant ... your bank details"): the job scam's shape
        skipped["job scam"] = skipped.get("job scam", 0) + 1
        return None
    if event and not own and not known and domain in _FREEMAIL and not _ANSWERS_YOU.search(low) and not seen():
        # "¡Mucha suerte con las entrevistas!" from a relative: a stranger's free mailbox, in no thread of yours,
        # answering nothing you sent, is no employer's step
        skipped["not about an application"] = skipped.get("not about an application", 0) + 1
        return None
    if (
        event in ("screen", "interview", "onsite")
        and not own
        and not _ROLE_ADDRESS.match(address.split("@", 1)[0])
        and not known
        and (board or not ats)
        and not _ANSWERS_YOU.search(low)
        and _PITCH.search(_without_signature(low))  # (a signature's "We're hiring!" pitches nothing)
        and not seen()
    ):
        # "I'm hiring for a Senior Data Scientist; open to a quick call?": an invitation from a stranger that
        # answers nothing the person sent (no application, CV or thread of theirs) is a recruiter's outreach
        skipped["cold outreach"] = skipped.get("cold outreach", 0) + 1
        return None
    if not event and not own and not reply and (ats or known or seen()):
        # no phrase, but mail about an application whose subject names its step ("Offer for Data Analyst",
        # "Entrevista - Analista"): the subject's word, with less confidence
        for name, pattern in SUBJECT_RULES:
            m = pattern.search(subject.lower())
            if m and not _PROMO.search(low):
                event, rule = name, f"{name} (the subject's word): {m.group(0)[:40]!r}"
                break
    if not event and not own and calendar == "invitation" and (ats or known or seen()):
        # "Invitation: Maya / Acme - Research Portfolio Review @ Thu Oct 16": an employer's calendar invitation
        # is a conversation; its round is where the application stands (the first one after applying is the screen)
        event, rule = "interview", f"interview (a calendar invitation): {subject[:40]!r}"
        scheduled = subject
    if not event and not own and not reply and (ats or known or seen()):
        # the step is in an attachment's name ("Please find attached a letter." with Offer_Letter.pdf, Absage.pdf)
        files = " ".join(re.sub(r"[_.\-]+", " ", f).lower() for f in _attachments(msg))
        for name, pattern in ATTACHMENT_RULES:
            m = pattern.search(files) if files else None
            if m:
                event, rule = name, f"{name} (an attachment's name): {m.group(0)[:40]!r}"
                break
    if (
        not event
        and not own
        and not reply
        and ats
        and not known
        and _UNDER_REVIEW.search(low)
        and not _ACCOUNT.search(low)
        and not seen()
    ):
        # a tracking system's first mail about an employer that names no step but a review ("Congratulations on
        # taking the first step toward joining Okta! Our talent team is reviewing your profile"): the application
        m = _UNDER_REVIEW.search(low)
        event, rule = "applied", f"applied (a tracking system's first mail, a review): {m.group(0)[:40]!r}"
    if not event:
        if not own and _bulk(msg, address, body):
            skipped["newsletter"] = skipped.get("newsletter", 0) + 1
        else:
            skipped["not about an application"] = skipped.get("not about an application", 0) + 1
        return None
    company, how = (
        _company_from(named_by, body, display, address, domains) if not own else _company_from(subject, body, "", "")
    )
    own_names = threads.setdefault(("own names",), set())  # the person's own name, as their own mail gives it
    if own and display:
        own_names.add(company_key(display))
    own_name = bool(company) and (
        company_key(company) in own_names or _in_address(company, [*owners, *delivered, top[0]])
    )
    if own_name:
        # "Product Designer - Jordan Blake" (the person's subject, and the reply's): their name is no employer
        company, how = ("", "") if own else _company_from("", body, display, address, domains)
    if own and not company:
        to_display, to_address = _address(_header(msg, "To"))
        company, how = _company_from("" if own_name else subject, "", to_display, to_address, domains)
        if how == "sender's domain":  # "Carolina Mills Capital's growth fund" in a mail to carolinamillscap.com
            company = _abbreviated_by(company, body[:3000]) or company
    names = threads.setdefault(("names",), {})  # the companies applied to so far, by key
    if known and (
        not company or how in ("sender's domain", "Workday tenant") or (reply and company_key(company) not in names)
    ):
        # the thread's application outranks a guess from the sender, and a reply's subject naming no company
        # applied to ("Re: SDE 2 - Backend | Sarathi Cloud" read as "Backend")
        company, how = known[0], "thread"
    persons = threads.setdefault(("persons",), {})  # who wrote about which company
    by_title = threads.setdefault(("titles",), {})  # the job titles applications named, and their companies
    titles = [t.lower() for t in _TITLE_NAMED.findall(f"{subject}\n{body[:3000]}")]
    if own and event != "applied" and not known and company and company_key(company) not in names:
        # the person's follow-up or withdrawal names a place, not the employer ("Shift Manager - Summerlin" to
        # summerlin@cactusflowercafe.com; "Front Desk Manager - The Vantage"): the application it is about is the
        # one its recipient's domain, or else its title, names
        to_domain = _company_domain(_address(_header(msg, "To"))[1].lower())
        named = _same_company(_domain_name(to_domain), names) if to_domain else ""
        by_subject = _one_company(by_title.get(_subject_title(subject), ()), names)
        if named:
            company, how = named, "recipient's domain"
        elif by_subject:
            company, how = by_subject, "title of an application"
    if not own and how == "subject or body" and company_key(company) not in names and not known:
        # "Oferta - Analista de Marketing Digital" from marta@naranjadigital.es: a name a cue read in a title, from
        # a domain that spells a company applied to, is that company's title, not a new employer
        own_domain = _company_domain(address)
        spelled = _same_company(_domain_name(own_domain), names) if own_domain else ""
        if spelled and not _same_company(company, names):
            company, how = spelled, "sender's domain"
    person = re.sub(r"\s+via\s+.*$", "", display, flags=_I).strip().lower()
    if (
        not own
        and how in ("", "sender's name", "sender's domain", "Workday tenant")
        and company_key(company) not in names
    ):
        # a guess from the sender that names no company applied to: "Sable & Finch - échange" from
        # claire@sableetfinch.fr, "Julien Gagnon via DocuSign" sending "Lettre d'offre Maplewave"
        named = _named_company(subject, body, names) or _same_company(company, names)
        if named:
            company, how = named, "name of a company applied to"
        elif person in persons:
            company, how = persons[person], "sender's earlier mail"
        elif how == "sender's domain" and _one_company(by_title.get(_subject_title(subject), ()), names):
            # "Pharmacy Technician Trainee - offer" from amir@riversiderx.com: a domain naming no company applied to,
            # in a mail whose subject is the title of one earlier application (of Riverside Pharmacy), is that one's
            company, how = _one_company(by_title[_subject_title(subject)], names), "title of an application"
    if not company and not own:
        # a relay's bare mail naming no company but the title of one earlier application ("thank you for your
        # interest in the Product Data Analyst position. Unfortunately ..."): that application's
        named = _one_company({c for t in titles for c in by_title.get(t, ())}, names)
        if named:
            company, how = named, "title of an application"
    if not company:
        skipped["no company named"] = skipped.get("no company named", 0) + 1
        return None
    if company_key(company) not in names:
        company = _same_company(company, names) or company  # "Redline" in a mail about Redline Robotics
    key = company_key(company)
    if len(company.split()) > len(names.get(key, "").split()):
        names[key] = company  # "Pinecrest Analytics" (a subject) outranks "Pinecrestanalytics" (a domain)
    company = names[key]  # one spelling per employer in the reading
    if not own and _is_person(person.title(), address) and how != "subject or body (an agency's client)":
        persons.setdefault(person, company)
    sender_domain = _company_domain(address)
    if sender_domain and not own and how == "subject or body" and not _AGENCY.search(sender_domain):
        domains.setdefault(sender_domain, company)  # later mail from this domain (a recruiter's own) names it
    role_match = _ROLE.search(subject) or _ROLE.search(body[:2000])
    role = _clean_role(role_match.group("role")) if role_match else ""
    role = role or (known[1] if known else "")
    if not role:
        m = _SUBJECT_ROLE.search(subject)  # "Application received - Data Engineer"
        if m and _is_role(m.group("role")) and company_key(m.group("role")) != company_key(company):
            role = m.group("role").strip()
    for title in [*titles, role.lower()] if role else titles:
        by_title.setdefault(title, set()).add(company)
    key = company_key(company)
    for ref in [message_id, thread, *refs]:
        if ref:
            threads[ref] = (company, role)
    confidence = round(
        min(
            0.99,
            (0.6 if ats or own else 0.45)
            + (0.3 if how == "subject or body" else 0.15 if how else 0)
            + (0.05 if known else 0),
        ),
        2,
    )
    app_id = key + (f"-{re.sub(r'[^a-z0-9]+', '-', role.lower()).strip('-')}" if role else "")
    seen = threads.setdefault(("company", key), [])
    if not role and seen:  # a mail naming no role belongs to the company's latest application
        app_id = seen[-1]
    elif role and seen == [key]:  # the first mail named no role: this one names it (one application)
        app_id = key
    if app_id not in seen:
        seen.append(app_id)
    furthest = threads.setdefault(("furthest step",), {})  # each application's furthest step read so far
    if (
        event == "screen"
        and not own
        and _STEP_ORDER.get(furthest.get(app_id), 0) >= _STEP_ORDER["screen"]
        and (not _NAMED_SCREEN.search(low) or _INTERVIEWERS.search(low))
    ):
        # ("a technical phone interview with an engineer" after the recruiter's call is an interview round)
        # "a 30-minute call with Dana" after the screen: a second call is an interview round
        event, rule = "interview", f"interview (a call after the screen): {rule.split(': ', 1)[-1]}"
    if (
        event == "screen"
        and not own
        and re.search(r"interview", rule)
        and _brings_interviewers(body.lower())
        and _STEP_ORDER.get(furthest.get(app_id), 0) < _STEP_ORDER["screen"]
    ):
        # "their program manager has Tuesday at 1 for a phone interview", "Telefoninterview mit dem Abteilungsleiter":
        # a phone interview with the one who decides is an interview round, not a recruiter's screen
        event, rule = "interview", f"interview (a phone interview with a manager): {rule.split(': ', 1)[-1]}"
    receipt = EVENT_RULES[-1][1].search(subject.lower()) if scheduled and app_id not in furthest else None
    if event in ("screen", "interview") and not own and receipt:
        # "Application received - Scioto Grocers ... Next, pick a time to come to our hiring event": the receipt of
        # an application, inviting its next step (the step is the mail that books it)
        event, rule = "applied", f"applied (a receipt inviting a next step): {receipt.group(0)[:40]!r}"
    if (
        event == "interview"
        and not own
        and scheduled
        and furthest.get(app_id, "applied") == "applied"
        and not _brings_interviewers(body.lower())
    ):
        # "Thanks for applying! Would you be free for a chat this Thursday?": the first conversation after
        # applying, named by no round and with no interviewer, is the screen
        event, rule = "screen", f"screen (a first conversation): {scheduled[:40]!r}"
    if (
        event == "onsite"
        and not own
        and (
            (
                re.match(r"onsite: '(?:bring you in|in-?person interview|working interview)", rule)
                and furthest.get(app_id, "applied") == "applied"
            )
            # "come by the shop and meet the crew leads" after a phone call: the first meeting in person
            or (
                re.match(r"onsite: 'come (?:by|down|in)", rule)
                and furthest.get(app_id, "applied") in ("applied", "screen")
            )
        )
    ):
        # "We'd like to bring you in to meet our Director of Rooms", "your in-person interview is confirmed", "come
        # in Tuesday for a 2-hour working interview" answering the application itself: the first interview, in
        # person (after earlier rounds the same words bring a candidate to the final one)
        event, rule = "interview", f"interview (in person, the first round): {rule.split(': ', 1)[-1]}"
    if event == "withdrew" and own and (furthest.get(app_id) == "offer" or _OFFER_SUBJECT.search(subject.lower())):
        # "j'ai décidé de ne pas y donner suite" answering an offer: withdrawing from an offer is declining it
        event, rule = "declined", f"declined (a withdrawal from an offer): {rule.split(': ', 1)[-1]}"
    if (
        event == "applied"
        and not own
        and known
        and _STEP_ORDER.get(furthest.get(app_id), 0) >= _STEP_ORDER["screen"]
        and not rule.startswith("applied (an agency")
    ):
        # "Got your submission - thank you! The team will review it": in the thread of an application past its
        # first answer, receiving something is an answer that decides nothing, not a second application
        event, rule = "reply", f"reply (a receipt in the thread): {rule.split(': ', 1)[-1]}"
    if (
        event == "offer"
        and not own
        and (_ONBOARDING.search(rule) or "welcome aboard" in rule)
        and (furthest.get(app_id) == "offer" or _ONBOARDING.search(subject.lower()))
    ):
        # "Congratulations on your offer! Please complete the background check authorization", "Welcome aboard!
        # Kindly upload your certificates": after the offer, or under a subject that names the paperwork
        # ("Pre-onboarding documents"), an "offer" read from its paperwork's words is no offer of its own
        skipped["onboarding"] = skipped.get("onboarding", 0) + 1
        return None
    read = threads.setdefault(("read",), set())
    if forwarded is not None and (app_id, event, date) in read:
        # the person's forward of a mail read already ("Mom, look!!" with the offer): no second step
        skipped["forward of a mail read"] = skipped.get("forward of a mail read", 0) + 1
        return None
    read.add((app_id, event, date))
    if _STEP_ORDER.get(event, 0) > _STEP_ORDER.get(furthest.get(app_id), 0):
        furthest[app_id] = event
    return {
        "candidate": "me",
        "application_id": app_id,
        "company": company,
        "role": role,
        "event": event,
        "date": date,
        "confidence": confidence,
        "rule": f"{rule}; company from the {how}" + ("; read from your forward of it" if forwarded is not None else ""),
        "sender": address,
        "subject": subject[:200],
        "message_id": message_id,
    }


def mailbox_events(path, **kwargs) -> pd.DataFrame:
    """The mailbox's event log with ISO dates (what ``offerkit mail`` writes and ``load`` reads)."""
    reading = read_mailbox(path, **kwargs)
    out = reading.events.copy()
    out["date"] = pd.to_datetime(out["date"]).dt.strftime("%Y-%m-%d")
    out.attrs["summary"] = reading.summary_line()
    return out


def raw_mailbox(path, name=None):
    """The mailbox as a :class:`RawTable` for the loader (one more reader), with its reading in the notes."""
    from .read import raw_from_frame

    reading = read_mailbox(path)
    if not len(reading.events):
        raise DataError(
            f"{path}: a mailbox of {reading.messages} message(s), but no application mail was found in it "
            f"(skipped: {reading.skipped or 'none'}). offerkit reads mail from application-tracking "
            "systems and employers in English, German, French and Spanish."
        )
    frame = reading.events.copy()
    frame["date"] = pd.to_datetime(frame["date"]).dt.strftime("%Y-%m-%d")
    raw = raw_from_frame(frame, name=name or os.fspath(path))
    raw.notes.append(reading.summary_line() + "; mail bodies are not kept")
    return raw
