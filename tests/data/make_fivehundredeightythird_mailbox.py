"""A five-hundred-and-eighty-third mailbox, written as a held-out check after the five-hundred-and-eighty-second
(issue #24).

Ravi Kumar, a backend engineer from Chennai who moved to Berlin, keeps his search in Gmail and exports it with Takeout.
Berlin's companies write to him in English, with German in the footers and the odd German line: Zalando's
SmartRecruiters "Thank you for your application - Zalando SE", N26's Greenhouse "Thanks for applying to N26", Delivery
Hero's Workday receipt, N26's recruiter's "a 30 min intro call (Teams)", Zalando's "coding challenge on HackerRank",
Delivery Hero's "Leider müssen wir Ihnen mitteilen ... Unfortunately we have decided not to continue with your
application" (both languages), Zalando's "onsite day (virtual): system design, coding and a values interview", N26's
"we've decided to move forward with another candidate", Zalando's "Vertragsangebot / contract offer", his "I'm happy to
accept" and his thanks after the onsite day. Negatives: StepStone's English alert, a Berlin tech newsletter, a
recruiter's cold mail, Zalando's own order confirmation (a company he applied to), the Ausländerbehörde's appointment
and his brother. Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

RAVI = "ravi.kumar.be@gmail.com"
ME = f"Ravi Kumar <{RAVI}>"
ZAL = "Zalando SE <noreply@zalando.smartrecruiters.example>"
N26 = "N26 <no-reply@us.greenhouse-mail.example>"
DH = "Delivery Hero <deliveryhero@myworkday.example>"
LAURA = "Laura Schmidt <laura.schmidt@n26.example>"
JONAS = "Jonas Weber <jonas.weber@zalando.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Zalando",
        "applied",
        "2025-09-01",
        ZAL,
        "Thank you for your application - Zalando SE",
        "Dear Ravi,\n\nThank you for your application for Senior Backend Engineer (Java/Kotlin) at Zalando. We will "
        "review it and get back to you.\n\nYour Zalando Talent Acquisition Team\n\nZalando SE, Valeska-Gert-Straße 5, "
        "10243 Berlin",
        "t-zal",
    ),
    (
        "N26",
        "applied",
        "2025-09-02",
        N26,
        "Thanks for applying to N26",
        "Hi Ravi,\n\nThanks for applying for the Backend Engineer - Payments role at N26! We'll be in touch.\n\nN26 "
        "Talent",
        "t-n26",
    ),
    (
        "Delivery Hero",
        "applied",
        "2025-09-02",
        DH,
        "We received your application",
        "Hi Ravi,\n\nThank you for applying for Senior Software Engineer (Go) at Delivery Hero. We are reviewing your "
        "application.\n\nDelivery Hero Talent Acquisition",
        "t-dh",
    ),
    (
        "N26",
        "screen",
        "2025-09-05",
        LAURA,
        "N26 - Backend Engineer",
        "Hi Ravi,\n\nI'm a recruiter at N26. Would you be free for a 30 min intro call (Teams) this week to talk about "
        "the role?\n\nLaura",
        "t-n262",
    ),
    (
        "Zalando",
        "interview",
        "2025-09-08",
        JONAS,
        "Zalando - next step",
        "Hi Ravi,\n\nThanks for your interest! As a next step we'd like you to complete a coding challenge on "
        "HackerRank within 5 days.\n\nJonas\nTalent Acquisition, Zalando",
        "t-zal2",
    ),
    (
        "Delivery Hero",
        "rejected",
        "2025-09-10",
        DH,
        "Ihre Bewerbung / Your application",
        "Sehr geehrter Herr Kumar,\n\nleider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter "
        "berücksichtigen können.\n\nDear Ravi,\n\nUnfortunately we have decided not to continue with your application."
        "\n\nDelivery Hero Talent Acquisition",
        "t-dh",
    ),
    (
        "Zalando",
        "onsite",
        "2025-09-16",
        JONAS,
        "RE: Zalando - next step",
        "Hi Ravi,\n\nGreat result on the challenge! We'd like to invite you to our onsite day (virtual): system design, "
        "coding and a values interview, on September 24.\n\nJonas",
        "t-zal2",
    ),
    (
        "N26",
        "rejected",
        "2025-09-18",
        LAURA,
        "RE: N26 - Backend Engineer",
        "Hi Ravi,\n\nThanks for your time. We've decided to move forward with another candidate for this role.\n\n"
        "Laura",
        "t-n262",
    ),
    (
        "Zalando",
        "thank_you",
        "2025-09-24",
        ME,
        "RE: Zalando - next step",
        "Hi Jonas,\n\nThank you for organizing today's onsite day - I really enjoyed the system design session.\n\n"
        "Ravi",
        "t-zal2",
    ),
    (
        "Zalando",
        "offer",
        "2025-10-01",
        JONAS,
        "Vertragsangebot / contract offer",
        "Hi Ravi,\n\nCongratulations! We are happy to send you our contract offer (Vertragsangebot) for the Senior "
        "Backend Engineer position.\n\nJonas",
        "t-zal3",
    ),
    (
        "Zalando",
        "accepted",
        "2025-10-02",
        ME,
        "RE: Vertragsangebot / contract offer",
        "Hi Jonas,\n\nThank you - I'm happy to accept! Looking forward to joining.\n\nRavi",
        "t-zal3",
    ),
]

_NEGATIVES = [
    (
        "StepStone <jobagent@stepstone.example>",
        "New jobs for you: Backend Engineer in Berlin",
        "alert",
        "Backend Engineer - Berlin. Go Developer - Potsdam. See all jobs.",
    ),
    (
        "Berlin Tech Weekly <newsletter@berlintech.example>",
        "Berlin Tech Weekly #88",
        "newsletter",
        "This week in Berlin tech. Unsubscribe.",
    ),
    (
        "Max Braun <max@techhunters.example>",
        "Staff Engineer role - Munich",
        "outreach",
        "Hi Ravi, I'm hiring a Staff Engineer for a client in Munich. Open to a chat?",
    ),
    (
        "Zalando <service@zalando.example>",
        "Your order has been confirmed",
        "shop",
        "Thank you for your order no. 10442291.",
    ),
    (
        "Ausländerbehörde Berlin <termin@berlin.example>",
        "Terminbestätigung",
        "other",
        "Ihr Termin am 15.09. um 10:00 Uhr ist bestätigt.",
    ),
    (
        "Arjun Kumar <arjun.kumar@gmail.example>",
        "call",
        "personal",
        "Call Amma this weekend",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=RAVI,
        own_to={"Zalando": JONAS},
        offset="+0200",
        clock="11:35:00",
        neg_start="2025-08-31",
        neg_step=5,
        neg_clock="20:20:00",
        tag="fivehundredeightythree",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
