"""The senders a mailbox's application mail comes from (issue #24): tracking systems, job sites and job boards,
e-signature services, free mail; each a list of domains (a subdomain is its domain's: :func:`_under`).
"""

from __future__ import annotations

import functools

#: The e-signature services an employer sends an offer through: their mail is about an application, but a lease
#: or an NDA comes the same way (no tracking system's mail for the rules that trust one).
_ESIGN_SENDERS = (
    "docusign.net",
    "docusign.com",
    "hellosign.com",
    "dropboxsign.com",
    "echosign.com",
    "adobesign.com",
    "pandadoc.net",
    "pandadoc.com",
    # employers of record, whose contract is an employer's offer: Deel, Remote, Oyster
    "deel.com",
    "remote.com",
    "oysterhr.com",
)
#: Job sites that send application mail themselves: tracking-system senders (:data:`ATS_DOMAINS`) and job sites
#: (:data:`_BOARDS`) both.
_JOB_SITE_SENDERS = (
    "linkedin.com",
    "indeed.com",
    "stepstone.de",
    "welcometothejungle.com",
    "jobteaser.com",
    "jobup.ch",
    "meteojob.com",
    "cadremploi.fr",
    "arbeitsagentur.de",
    "wellfound.com",
    # Y Combinator's "Work at a Startup": "Your application to Fathom (YC W24) was sent"
    "workatastartup.com",
    # pilots' applications, kept current for many airlines at once
    "airlineapps.com",
    "otta.com",
    "reed.co.uk",
    "totaljobs.com",
    "cv-library.co.uk",
    "occ.com.mx",
    "magneto365.com",  # (Colombia's Magneto: "¡Tu hoja de vida llegó a Rappiflex!")
    "joinhandshake.com",
)

#: Application-tracking systems and job sites that send application mail (by the sender's domain).
ATS_DOMAINS = (
    *_JOB_SITE_SENDERS,
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
    # (its careers pages under its other countries' domains: "hotelesalbufera.jobs.personio.es")
    "personio.es",
    "personio.fr",
    "personio.it",
    "personio.nl",
    "personio.at",
    "personio.ch",
    "jobvite.com",
    "indeedemail.com",
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
    # Ireland's public appointments service; Canada's federal one (GC Jobs, the Public Service Commission)
    "publicjobs.ie",
    "psc-cfp.gc.ca",
    # school districts' job boards and tracking systems
    "edjoin.org",
    "applitrack.com",
    "schoolspring.com",
    "k12jobspot.com",
    # the federal hiring systems behind USAJOBS
    "usastaffing.gov",
    "usahire.opm.gov",
    "monstergov.com",
    "governmentjobs.com",
    "schooljobs.com",
    "calopps.org",
    # a testing network that books public employers' entry exams ("Agency applied to: ...")
    "nationaltestingnetwork.com",
    "interfolio.com",
    "academicjobsonline.org",
    # international schools' tracking system and agencies: Schrole, Search Associates, Teacher Horizons
    "schrole.com",
    "searchassociates.com",
    "teacherhorizons.com",
    # the German public service's job board
    "interamt.de",
    # the residency match: programs' invitations through Thalamus, the match's result from the NRMP, ERAS
    "thalamusgme.com",
    "nrmp.org",
    "aamc.org",
    "mail.dover.com",
    "peopleadmin.com",
    "jobaps.com",
    "careers.vic.gov.au",
    "apsjobs.gov.au",
    "iworkfor.nsw.gov.au",
    "smartjobs.qld.gov.au",
    "pageuppeople.com",
    "jobadder.com",
    # New Zealand's and Australia's public and mid-size employers' systems
    "snaphire.com",
    "applynow.net.au",
    "elmotalent.com.au",
    "scouttalent.net",
    "martianlogic.com",
    "myrecruitmentplus.com",
    "jobs.govt.nz",
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
    # more of the UK's and Ireland's and Australia's systems: Webrecruit, Applied, Occupop, LiveHire
    "webrecruit.co.uk",
    "beapplied.com",
    "occupop.com",
    "livehire.com",
    "jobs.ac.uk",
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
    *_ESIGN_SENDERS,
    "hirevue.com",
    "hackerrank.com",
    "hackerrankforwork.com",
    "pymetrics.com",
    "pymetrics.ai",
    "arcticshores.com",
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
_ESIGN_SET = frozenset(_ESIGN_SENDERS)


#: The top-level names reserved for examples and tests (RFC 2606, RFC 6761): no real mail comes from them.
_RESERVED_TLDS = frozenset({"example", "test", "invalid", "localhost"})


@functools.lru_cache(maxsize=None)
def _labels(domains) -> frozenset:
    """The names of ``domains`` (a frozenset) before their ending: "hirevue" for "hirevue.com", "teamtailor-mail"
    for "teamtailor-mail.com" (``"jobs.ac.uk"`` gives "jobs.ac")."""
    return frozenset(d.rsplit(".", 1)[0] for d in domains)


def _under(domain, domains) -> bool:
    """Whether ``domain`` is one of ``domains`` (a set) or a subdomain of one ("us.greenhouse-mail.io").

    A domain under a reserved top-level name ("noreply@hirevue.example", as mailboxes written for tests and
    documentation name senders) is matched by its name before that ending: "hirevue.example" is HireVue's.

    >>> _under("us.greenhouse-mail.io", {"greenhouse-mail.io"}), _under("hirevue.example", frozenset({"hirevue.com"}))
    (True, True)
    >>> _under("hirevue.co", {"hirevue.com"})
    False
    """
    parts = domain.split(".")
    if any(".".join(parts[i:]) in domains for i in range(len(parts) - 1)):
        return True
    if parts[-1] not in _RESERVED_TLDS or len(parts) < 2:
        return False
    labels = _labels(frozenset(domains) if not isinstance(domains, frozenset) else domains)
    return any(".".join(parts[i:-1]) in labels for i in range(len(parts) - 1))


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
    # (Ireland's, Canada's, Britain's, Italy's and India's internet providers' and webmail's: small businesses write
    # from them too, "smileclinic.cork@eircom.net")
    "eircom.net",
    "telus.net",
    "blueyonder.co.uk",
    "yahoo.ie",
    "hotmail.ie",
    "live.ie",
    "outlook.ie",
    "tiscali.it",
    "alice.it",
    "gmx.com",
    "yahoo.in",
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


class _Webmail(frozenset):
    """:data:`_FREEMAIL`, which also holds a webmail's name under a reserved top-level name ("gmail.example", as
    mailboxes written for tests and documentation name a person's address; :func:`_under` does the same for tracking
    systems).

    >>> "gmail.example" in _FREEMAIL, "gmail.com" in _FREEMAIL, "orange.example" in _FREEMAIL
    (True, True, False)
    """

    _NAMES = frozenset(
        "gmail googlemail yahoo hotmail outlook icloud gmx aol protonmail live web t-online bluewin btinternet "
        "bigpond eircom".split()
    )

    def __contains__(self, domain):
        if frozenset.__contains__(self, domain):
            return True
        name, _, tld = domain.rpartition(".")
        return tld in _RESERVED_TLDS and name in self._NAMES


_FREEMAIL = _Webmail(_FREEMAIL)


#: Job boards: their mail confirms an application, or carries a recruiter's message (outreach) and alerts.
_BOARDS = (
    *_JOB_SITE_SENDERS,
    "tes.com",  # (teachers' job board: "Teacher of Chemistry" / the school / its city, a line each)
    "glassdoor.com",
    "ziprecruiter.com",
    "azubiyo.de",
    "ausbildung.de",
    "xing.com",
    "hired.com",
    "infojobs.net",
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
    "occ.com.mx",  # (Mexico's OCC Mundial: "Tu postulación a Analista Financiero Sr en Grupo Nopal fue enviada")
    "jobstreet.com",
    "jobillico.com",
    "workopolis.com",
    "glints.com",
    "mycareersfuture.gov.sg",
    "jobsdb.com",
    "kalibrr.com",
    # the boards of hourly and tech work in the US and UK: "You applied to Desert Spoke Cycles" (Snagajob)
    "snagajob.com",
    "jobcase.com",
    "careerbuilder.com",
    "simplyhired.com",
    "dice.com",
    "builtin.com",
    "hcareers.com",
    "caterer.com",
    "jora.com",
    "adzuna.com",
    "adzuna.co.uk",
    "talent.com",
    "jooble.org",
)
_BOARD_SET = frozenset(_BOARDS)
#: Job sites known by name under any country's domain ("stepstone.be", "jobstreet.com.ph", "computrabajo.com.pe").
_BOARD_NAMES = frozenset(
    "linkedin indeed glassdoor ziprecruiter stepstone xing welcometothejungle jobteaser jobup meteojob cadremploi "
    "arbeitsagentur wellfound totaljobs infojobs computrabajo jobstreet jobillico workopolis glints jobsdb kalibrr "
    "naukri naukrigulf bumeran zonajobs laborum elempleo multitrabajos instahyre cutshort iimjobs hirist foundit "
    "jobat ictjob monster seek bayt gulftalent jobindex jobnet snagajob jobcase careerbuilder simplyhired jora "
    "adzuna jooble "
    # national and specialist boards: Singapore's, Canada's job banks, finance's, Poland's and Brazil's
    "mycareersfuture efinancialcareers jobbank cvlibrary otta idealist pracuj catho vagas trabajando apec".split()
)
