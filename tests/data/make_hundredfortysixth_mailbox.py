"""A hundred-and-forty-sixth mailbox, written as a held-out check after the hundred-and-forty-fifth (issue #24).

Wanjiru, a monitoring and evaluation officer in Nairobi, exports Gmail with Takeout.  She applies to UN agencies
through Inspira and to NGOs through BrighterMonday, Fuzu and by mail: a written assessment, a competency-based
interview, a roster, a reference check, an "offer of appointment", and "regret" letters.  Her negatives: M-Pesa,
Safaricom, a UN jobs digest, a training provider, a church newsletter, a consultant's pitch.  Its score before any
rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

WANJIRU = "wanjiru.kamau.me@gmail.com"
_ME = f"Wanjiru Kamau <{WANJIRU}>"
_UNDP = "UNDP Recruitment <noreply-inspira@undp.org>"
_GRACE = "Grace Otieno <g.otieno@tumainihealth.or.ke>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "UNDP",
        "applied",
        "2025-06-02",
        _UNDP,
        "Application Acknowledgement - Job Opening 25-UNDP-0817",
        "Dear Wanjiru Kamau,\n\nThank you for your application for the position of Monitoring and Evaluation Analyst "
        "(Job Opening 25-UNDP-0817). Please note that only shortlisted candidates will be contacted.",
        "un1",
    ),
    (
        "UNDP",
        "interview",
        "2025-06-23",
        _UNDP,
        "Invitation to Written Assessment - 25-UNDP-0817",
        "Dear Wanjiru Kamau,\n\nWe are pleased to inform you that you have been shortlisted for the Monitoring and "
        "Evaluation Analyst position. You are invited to take a written assessment on 30 June 2025 at 10:00 EAT. The "
        "link will be shared 30 minutes before the test.",
        "un2",
    ),
    (
        "UNDP",
        "interview",
        "2025-07-10",
        _UNDP,
        "Invitation to Interview - 25-UNDP-0817",
        "Dear Wanjiru Kamau,\n\nFollowing the written assessment, you are invited to a competency-based interview "
        "with the panel on 17 July 2025 at 14:00 EAT via Microsoft Teams.",
        "un3",
    ),
    (
        # (written as a wait; after the first read, a refusal: she was not selected for this position, and the
        # roster is no step of this application)
        "UNDP",
        "rejected",
        "2025-08-05",
        _UNDP,
        "Outcome of selection process - 25-UNDP-0817",
        "Dear Wanjiru Kamau,\n\nThank you for participating in the selection process. While you were not selected "
        "for this position, the panel has recommended that you be placed on the roster of qualified candidates for "
        "similar positions for two years.",
        "un4",
    ),
    (
        "Tumaini Health",
        "applied",
        "2025-06-04",
        "BrighterMonday <noreply@brightermonday.co.ke>",
        "Your application has been sent",
        "Hi Wanjiru,\n\nYour application for M&E Officer at Tumaini Health has been sent successfully. Good luck!",
        "th1",
    ),
    (
        "Tumaini Health",
        "interview",
        "2025-06-16",
        _GRACE,
        "Interview invitation - M&E Officer",
        "Dear Wanjiru,\n\nThank you for your application for the M&E Officer position. You have been shortlisted for an "
        "interview on Tuesday 24 June at 10:00 am at our Kilimani office. Kindly confirm your availability.\n\n"
        "Regards,\nGrace Otieno\nHR Officer",
        "th2",
    ),
    (
        "Tumaini Health",
        "thank_you",
        "2025-06-24",
        _ME,
        "Re: Interview invitation - M&E Officer",
        "Dear Grace,\n\nThank you for the opportunity to interview today. It was a pleasure meeting the panel.\n\n"
        "Kind regards,\nWanjiru",
        "th2",
    ),
    (
        "Tumaini Health",
        "offer",
        "2025-07-08",
        _GRACE,
        "Offer of Appointment - M&E Officer",
        "Dear Wanjiru,\n\nFollowing the successful interview and reference checks, we are pleased to offer you "
        "appointment to the position of M&E Officer on a two-year contract. Please find attached the letter of "
        "appointment and confirm your acceptance by 15 July.\n\nGrace Otieno",
        "th3",
    ),
    (
        "Tumaini Health",
        "accepted",
        "2025-07-11",
        _ME,
        "Re: Offer of Appointment - M&E Officer",
        "Dear Grace,\n\nThank you. I am pleased to accept the offer of appointment and attach the signed letter.\n\n"
        "Kind regards,\nWanjiru Kamau",
        "th3",
    ),
    (
        "Amani Relief",
        "applied",
        "2025-06-06",
        _ME,
        "Application for the position of MEAL Officer",
        "Dear Hiring Manager,\n\nI wish to apply for the position of MEAL Officer as advertised on Fuzu. Attached please "
        "find my CV and cover letter.\n\nYours faithfully,\nWanjiru Kamau",
        "ar1",
    ),
    (
        "Amani Relief",
        "rejected",
        "2025-07-01",
        "Amani Relief HR <hr@amanirelief.org>",
        "Re: Application for the position of MEAL Officer",
        "Dear Wanjiru,\n\nThank you for your interest in working "
        "with Amani Relief. We regret to inform you that your application was not successful. We received many "
        "applications and wish you success in your career.\n\nHR Department",
        "ar1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    ("M-PESA <mpesa@safaricom.co.ke>", "M-PESA statement", "other", "Your M-PESA statement for June is attached."),
    (
        "Safaricom <noreply@safaricom.co.ke>",
        "Your data bundle is running low",
        "other",
        "You have 200MB remaining. Buy more data on the MySafaricom app.",
    ),
    (
        "UNjobs <digest@unjobs.org>",
        "New vacancies: monitoring and evaluation",
        "alert",
        "M&E Specialist - UNICEF - Nairobi. Programme Analyst - UNFPA - Nairobi. View all.",
    ),
    (
        "Kenya Institute of Management <training@kim.ac.ke>",
        "Enrol: Project Monitoring & Evaluation course",
        "newsletter",
        "Our next M&E certificate course starts August 4. Enrol now. Unsubscribe",
    ),
    (
        "Nairobi Chapel <news@nairobichapel.org>",
        "This week at Nairobi Chapel",
        "newsletter",
        "Sunday service times and youth events. Unsubscribe",
    ),
    (
        "Peter Mwangi <peter@devconsult.co.ke>",
        "M&E consultancy - short term",
        "outreach",
        "Hi Wanjiru, I'm putting together a team for a short-term M&E consultancy in Kisumu. Would you be interested?",
    ),
    (
        "Fuzu <hello@fuzu.com>",
        "Jobs that match your profile",
        "alert",
        "MEAL Officer - Amani Relief - Nairobi. Data Officer - Kenya Red Cross - Nairobi. See jobs.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=WANJIRU,
        own_to={"Tumaini Health": _GRACE, "Amani Relief": "Amani Relief HR <hr@amanirelief.org>"},
        offset="+0300",
        clock="11:05:00",
        neg_start="2025-06-01",
        neg_step=6,
        neg_clock="06:50:00",
        tag="hundredfortysix",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
