"""A four-hundred-and-thirty-sixth mailbox, written as a held-out check after the four-hundred-and-thirty-fifth
(issue #24).

Priya, a data engineer from Pune living in Amsterdam, keeps her search in Outlook and saves it as .eml files.  Dutch
recruiters and employers write her English as Dutch speakers do: "I have introduced you to my client, a scale-up in
the payments sector", "My client is Tulip Pay and they would like to invite you for a first interview at their office
at the Zuidas", "They decided to continue with other candidates", "Good news: Tulip Pay would like to make you an
offer!", a company's Recruitee "We have received your application" and its "Unfortunately we have decided not to
continue with your application", a bank's "We would like to invite you for an online assessment"; her "I gladly accept
the offer".  Negatives: Indeed NL's alert, a recruiter's "Vacatures van de week", a meetup, NS and her sister.  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

PRIYA = "priya.deshpande.data@outlook.example"
ME = f"Priya Deshpande <{PRIYA}>"
SANNE = "Sanne de Vries <sanne@oranjetalent.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Tulip Pay",
        "applied",
        "2025-03-03",
        SANNE,
        "Data Engineer - payments scale-up",
        "Hi Priya,\n\nThank you for the nice call. I have introduced you to my client, a scale-up in the payments sector, "
        "for the Data Engineer position. I will let you know their feedback.\n\nKind regards,\nSanne de Vries\nOranje "
        "Talent",
        None,
    ),
    (
        "Dijkstra Logistics",
        "applied",
        "2025-03-04",
        "Dijkstra Logistics <jobs@dijkstralogistics.recruitee.com>",
        "We have received your application",
        "Dear Priya,\n\nThank you for your application for the position of Data Engineer at Dijkstra Logistics. We have "
        "received your application and will come back to you within two weeks.\n\nKind regards,\nTeam Dijkstra",
        None,
    ),
    (
        "Grachtenbank",
        "applied",
        "2025-03-05",
        "Grachtenbank <grachtenbank@myworkday.com>",
        "Thank you for applying",
        "Dear Priya,\n\nThank you for applying for the role of Data Engineer (R-3302) at Grachtenbank.\n\nTalent "
        "Acquisition",
        None,
    ),
    (
        "Tulip Pay",
        "interview",
        "2025-03-07",
        SANNE,
        "RE: Data Engineer - payments scale-up",
        "Hi Priya,\n\nGood news! My client is Tulip Pay and they would like to invite you for a first interview at their "
        "office at the Zuidas on Wednesday at 14:00, with the head of data.\n\nKind regards,\nSanne",
        None,
    ),
    (
        "Grachtenbank",
        "interview",
        "2025-03-10",
        "Grachtenbank <grachtenbank@myworkday.com>",
        "Next step in your application",
        "Dear Priya,\n\nWe would like to invite you for an online assessment (numerical and logical reasoning) as the next "
        "step for the Data Engineer role. Please complete it within 5 days.\n\nTalent Acquisition",
        None,
    ),
    (
        "Dijkstra Logistics",
        "rejected",
        "2025-03-12",
        "Dijkstra Logistics <jobs@dijkstralogistics.recruitee.com>",
        "Your application at Dijkstra Logistics",
        "Dear Priya,\n\nThank you for your interest. Unfortunately we have decided not to continue with your application."
        "\n\nKind regards,\nTeam Dijkstra",
        None,
    ),
    (
        "Grachtenbank",
        "rejected",
        "2025-03-18",
        "Grachtenbank <grachtenbank@myworkday.com>",
        "Your application for Data Engineer",
        "Dear Priya,\n\nThank you for completing the assessment. They decided to continue with other candidates for this "
        "role.\n\nTalent Acquisition",
        None,
    ),
    (
        "Tulip Pay",
        "offer",
        "2025-03-20",
        SANNE,
        "RE: Data Engineer - payments scale-up",
        "Hi Priya,\n\nGood news: Tulip Pay would like to make you an offer! EUR 78,000 plus 8% holiday allowance, "
        "starting 1 May.\n\nSanne",
        None,
    ),
    (
        "Tulip Pay",
        "accepted",
        "2025-03-21",
        ME,
        "RE: Data Engineer - payments scale-up",
        "Hi Sanne,\n\nThank you! I gladly accept the offer. Please let Tulip Pay know.\n\nPriya",
        SANNE,
    ),
]

_NEGATIVES = [
    (
        "Indeed <alert@indeed.example>",
        "Data Engineer vacatures in Amsterdam",
        "alert",
        "Data Engineer - Adyen. Analytics Engineer - Booking.",
    ),
    (
        "Oranje Talent <vacatures@oranjetalent.example>",
        "Vacatures van de week",
        "newsletter",
        "Data Engineer - Utrecht. BI Developer - Rotterdam.",
    ),
    (
        "Amsterdam Data Meetup <info@meetup.example>",
        "New event: Lakehouse in practice",
        "newsletter",
        "Join us on 27 March. RSVP.",
    ),
    (
        "NS <noreply@ns.example>",
        "Your travel overview",
        "other",
        "Your trips in February.",
    ),
    (
        "Anjali Deshpande <anjali.d@gmail.example>",
        "call mom",
        "personal",
        "Mom wants a video call on Sunday.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="+0100",
        clock="10:35:00",
        neg_start="2025-03-02",
        neg_step=4,
        neg_clock="19:55:00",
        tag="fourhundredthirtysix",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), PRIYA)
