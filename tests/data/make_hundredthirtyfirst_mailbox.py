"""A hundred-and-thirty-first mailbox, written as a held-out check after the hundred-and-thirtieth (issue #24).

Priya, a registered nurse in Toronto, keeps her mail in Thunderbird and exports it as an mbox.  Hospitals answer
through Workday, Taleo and their own HR; she is "screened in", meets a unit manager and a "peer interview", gets a
conditional offer pending a vulnerable sector check, and a Montreal hospital answers in French ("entrevue").
Her negatives: the College of Nurses' renewal, her union's newsletter, Indeed alerts, a travel-nursing pitch,
Canada Post, her bank, the TTC.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

PRIYA = "priya.nair.rn@yahoo.ca"
_ME = f"Priya Nair <{PRIYA}>"
_KAREN = "Karen Liu <karen.liu@sinaihealth.ca>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Sinai Health",
        "applied",
        "2025-01-13",
        "Sinai Health <sinaihealth@myworkday.com>",
        "Application Received - Registered Nurse, General Internal Medicine (R-0045127)",
        "Dear Priya,\n\nThank you for your interest in Sinai Health. We have received your application for Registered "
        "Nurse, General Internal Medicine (R-0045127). Only candidates selected for an interview will be contacted.",
        None,
    ),
    (
        "Sinai Health",
        "interview",
        "2025-01-24",
        _KAREN,
        "Interview - RN, General Internal Medicine",
        "Hello Priya,\n\nYou have been screened in for the Registered Nurse position on 14 South. We would like to "
        "invite you to an interview with the Unit Manager and a Clinical Nurse Educator on Thursday, January 30 at "
        "10:00 a.m. The interview includes a short written clinical scenario. Please confirm your attendance.\n\n"
        "Karen Liu\nHuman Resources Advisor, Sinai Health",
        None,
    ),
    (
        "Sinai Health",
        "thank_you",
        "2025-01-30",
        _ME,
        "Re: Interview - RN, General Internal Medicine",
        "Hello Karen,\n\nThank you for today's interview. Please pass my thanks to the manager and educator; I would "
        "love to join 14 South.\n\nKind regards,\nPriya",
        1,
    ),
    (
        "Sinai Health",
        "offer",
        "2025-02-06",
        _KAREN,
        "Conditional Offer of Employment - Registered Nurse",
        "Hello Priya,\n\nI am delighted to offer you the permanent full-time position of Registered Nurse, General "
        "Internal Medicine, at $41.38 per hour. This offer is conditional upon a satisfactory vulnerable sector "
        "check and proof of current CNO registration. Please sign and return the attached letter by February 12."
        "\n\nKaren Liu",
        None,
    ),
    (
        "Sinai Health",
        "accepted",
        "2025-02-10",
        _ME,
        "Re: Conditional Offer of Employment - Registered Nurse",
        "Hello Karen,\n\nPlease find attached my signed offer letter. I'm thrilled to accept and look forward to "
        "starting on 14 South.\n\nPriya",
        3,
    ),
    (
        "Unity Health Toronto",
        "applied",
        "2025-01-14",
        "Unity Health Toronto <no-reply@taleo.net>",
        "Unity Health Toronto - Application Confirmation",
        "Dear Priya Nair,\n\nThank you for applying for the position Registered Nurse - Emergency Department (St. "
        "Michael's Hospital), job number 2500123. We will review your application and contact you if your "
        "qualifications match our requirements.\n\nUnity Health Toronto Talent Acquisition",
        None,
    ),
    (
        "Unity Health Toronto",
        "rejected",
        "2025-02-18",
        "Unity Health Toronto <no-reply@taleo.net>",
        "Your application - Registered Nurse - Emergency Department",
        "Dear Priya Nair,\n\nThank you for your interest in the position Registered Nurse - Emergency Department, job "
        "number 2500123. The competition for this position has now closed and we regret to advise that you were not "
        "successful on this occasion. We encourage you to apply to future postings.",
        None,
    ),
    (
        "Humber River Health",
        "applied",
        "2025-01-16",
        "Humber River Health Careers <careers@hrh.ca>",
        "Thank you for your application",
        "Dear Priya,\n\nThank you for your application for Registered Nurse - Critical Care (Posting #25-0088). Your "
        "application will be reviewed by the hiring manager.\n\nHumber River Health, People & Culture",
        None,
    ),
    (
        "Humber River Health",
        "interview",
        "2025-01-28",
        "Omar Haddad <ohaddad@hrh.ca>",
        "Peer interview invitation - RN Critical Care",
        "Hi Priya,\n\nFollowing your conversation with our recruiter, the ICU team would like to invite you to a peer "
        "interview with two staff nurses. Please choose a time on Feb 3 or Feb 4.\n\nOmar Haddad\nTalent Acquisition "
        "Specialist\nHumber River Health",
        None,
    ),
    (
        "Humber River Health",
        "withdrew",
        "2025-02-11",
        _ME,
        "Re: Peer interview invitation - RN Critical Care",
        "Hi Omar,\n\nThank you for the opportunity. I have accepted a position elsewhere and would like to withdraw "
        "my application for the Critical Care role.\n\nBest,\nPriya",
        8,
    ),
    (
        "CIUSSS du Centre-Ouest-de-l'Île-de-Montréal",
        "applied",
        "2025-01-20",
        "Recrutement CIUSSS Centre-Ouest <recrutement.ccomtl@ssss.gouv.qc.ca>",
        "Accusé de réception - Infirmière clinicienne",
        "Bonjour Madame Nair,\n\nNous accusons réception de votre candidature pour le poste d'infirmière clinicienne "
        "au CIUSSS du Centre-Ouest-de-l'Île-de-Montréal. Nous communiquerons avec vous si votre profil est retenu.",
        None,
    ),
    (
        "CIUSSS du Centre-Ouest-de-l'Île-de-Montréal",
        "interview",
        "2025-02-03",
        "Recrutement CIUSSS Centre-Ouest <recrutement.ccomtl@ssss.gouv.qc.ca>",
        "Convocation à une entrevue",
        "Bonjour Madame Nair,\n\nVotre candidature a été retenue. Nous vous convions à une entrevue par Teams le 10 "
        "février à 13 h avec la chef de service de médecine.\n\nService de recrutement",
        None,
    ),
    (
        "CIUSSS du Centre-Ouest-de-l'Île-de-Montréal",
        "withdrew",
        "2025-02-07",
        _ME,
        "Re: Convocation à une entrevue",
        "Bonjour,\n\nMerci pour l'invitation. J'ai accepté un poste à Toronto et je retire ma candidature.\n\n"
        "Cordialement,\nPriya Nair",
        11,
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "College of Nurses of Ontario <no-reply@cnomail.org>",
        "Annual Membership Renewal is now open",
        "other",
        "Renew your registration by December 31 to keep practising. Log in to the Member Portal.",
    ),
    (
        "Ontario Nurses' Association <news@ona.org>",
        "ONA News: bargaining update",
        "newsletter",
        "The latest on hospital central bargaining. Read more. Unsubscribe",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Registered Nurse jobs in Toronto, ON",
        "alert",
        "Registered Nurse - Sunnybrook - Toronto, ON. RN Emergency - Michael Garron Hospital - Toronto, ON. See more.",
    ),
    (
        "Jessica Moore <jmoore@nomadnursing.com>",
        "Travel RN contracts - $95/hr",
        "outreach",
        "Hi Priya! We have 13-week travel RN contracts in northern Ontario with housing included. Interested? "
        "Reply and I'll send details.",
    ),
    (
        "Canada Post <noreply@canadapost.postescanada.ca>",
        "Your package is on its way",
        "shop",
        "Your package is on its way and will arrive by Friday. Track it online.",
    ),
    (
        "Scotiabank <alerts@scotiabank.com>",
        "Your e-Transfer was deposited",
        "other",
        "Your Interac e-Transfer of $40.00 was deposited into your account.",
    ),
    (
        "TTC <noreply@ttc.ca>",
        "Service advisory: Line 1",
        "other",
        "Line 1 will be closed between St Clair and Union this weekend.",
    ),
    (
        "Sinai Health Foundation <foundation@sinaihealth.ca>",
        "Your gift changes lives",
        "newsletter",
        "Thank you for supporting Sinai Health Foundation. Donate today. Unsubscribe",
    ),
    (
        "Indeed <alert@indeed.com>",
        "New jobs for you: Registered Nurse",
        "alert",
        "RN - Critical Care - Humber River Health - Toronto, ON. See more jobs.",
    ),
    (
        "RNAO <info@rnao.ca>",
        "Register for Queen's Park Day",
        "newsletter",
        "Join nurses at Queen's Park. Register now. Unsubscribe",
    ),
]


def _offset(day):
    return "-0500" if day.month < 3 or (day.month == 3 and day.day < 9) else "-0400"


def messages():
    """``[(message, truth)]``: the positives, then the negatives, as Thunderbird exports them."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=PRIYA,
        own_to={
            "Sinai Health": _KAREN,
            "Humber River Health": "Omar Haddad <ohaddad@hrh.ca>",
            "CIUSSS du Centre-Ouest-de-l'Île-de-Montréal": "recrutement.ccomtl@ssss.gouv.qc.ca",
        },
        offset=_offset,
        clock="16:05:00",
        neg_start="2025-01-12",
        neg_step=4,
        neg_clock="06:45:00",
        tag="hundredthirtyone",
        host="yahoo.ca",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
