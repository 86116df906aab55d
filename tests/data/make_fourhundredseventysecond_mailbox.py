"""A four-hundred-and-seventy-second mailbox, written as a held-out check after the four-hundred-and-seventy-first
(issue #24).

Sipho Dlamini, a Java developer in Johannesburg, saves his job-search mail from Outlook as .eml files.  South African
IT contracting agencies send forms: "CANDIDATE SUBMISSION\nClient: Discovery\nRole: Senior Java Developer\nStatus:
Submitted", "INTERVIEW CONFIRMATION\nClient: Discovery\nDate: ...", "Status: Unsuccessful - client feedback: looking for
more Kafka", a second agency's "Your CV has been presented to Standard Bank for the Java Developer contract", "Standard
Bank would like you to complete a technical assessment on Codility", "Standard Bank have approved your appointment -
12 month contract at R750/hour", his "Confirmed - I accept the contract", and a bank's own SuccessFactors "Thank you
for your application" and its "Regret".  Negatives: Careers24's alert, an OfferZen newsletter, an agency's "Hot
contracts", a Takealot promotion, Gautrain and his sister.  Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

SIPHO = "sipho.dlamini.dev@outlook.example"
ME = f"Sipho Dlamini <{SIPHO}>"
ITALENT = "iTalent Submissions <submissions@italent-sa.example>"
REZA = "Reza Patel <reza@codecraftrecruit.example>"
NEDBANK = "Nedbank Careers <careers@successfactors.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Discovery",
        "applied",
        "2025-08-04",
        ITALENT,
        "Candidate Submission - Sipho Dlamini",
        "CANDIDATE SUBMISSION\n\nCandidate: Sipho Dlamini\nClient: Discovery\nRole: Senior Java Developer\nStatus: "
        "Submitted\n\nYour consultant will contact you with feedback.\n\niTalent Recruitment",
        None,
    ),
    (
        "Standard Bank",
        "applied",
        "2025-08-05",
        REZA,
        "Java Developer contract - Standard Bank",
        "Hi Sipho,\n\nThanks for your time. Your CV has been presented to Standard Bank for the Java Developer contract "
        "(12 months, Rosebank).\n\nRegards,\nReza Patel\nCodeCraft Recruitment",
        None,
    ),
    (
        "Nedbank",
        "applied",
        "2025-08-06",
        NEDBANK,
        "Thank you for your application",
        "Dear Sipho,\n\nThank you for your application for the position of Java Engineer at Nedbank. We will review "
        "your application.\n\nNedbank Talent Acquisition",
        None,
    ),
    (
        "Discovery",
        "interview",
        "2025-08-11",
        ITALENT,
        "Interview Confirmation - Sipho Dlamini",
        "INTERVIEW CONFIRMATION\n\nCandidate: Sipho Dlamini\nClient: Discovery\nRole: Senior Java Developer\nDate: "
        "Thursday 14 August 2025, 10:00\nFormat: MS Teams (technical)\n\niTalent Recruitment",
        None,
    ),
    (
        "Standard Bank",
        "interview",
        "2025-08-12",
        REZA,
        "RE: Java Developer contract - Standard Bank",
        "Hi Sipho,\n\nStandard Bank would like you to complete a technical assessment on Codility before the interview. "
        "You'll get the link today - 90 minutes.\n\nReza",
        None,
    ),
    (
        "Nedbank",
        "rejected",
        "2025-08-15",
        NEDBANK,
        "Regret - Java Engineer",
        "Dear Sipho,\n\nThank you for your interest in Nedbank. We regret to inform you that your application was not "
        "successful.\n\nNedbank Talent Acquisition",
        None,
    ),
    (
        "Discovery",
        "rejected",
        "2025-08-19",
        ITALENT,
        "Submission Update - Sipho Dlamini",
        "SUBMISSION UPDATE\n\nCandidate: Sipho Dlamini\nClient: Discovery\nRole: Senior Java Developer\nStatus: "
        "Unsuccessful - client feedback: looking for more Kafka experience\n\niTalent Recruitment",
        None,
    ),
    (
        "Standard Bank",
        "offer",
        "2025-08-22",
        REZA,
        "RE: Java Developer contract - Standard Bank",
        "Hi Sipho,\n\nGreat news! Standard Bank have approved your appointment - 12 month contract at R750/hour, "
        "starting 1 September.\n\nReza",
        None,
    ),
    (
        "Standard Bank",
        "accepted",
        "2025-08-22",
        ME,
        "RE: Java Developer contract - Standard Bank",
        "Hi Reza,\n\nConfirmed - I accept the contract. Thanks for all the help!\n\nSipho",
        REZA,
    ),
]

_NEGATIVES = [
    (
        "Careers24 <alerts@careers24.example>",
        "New Java Developer jobs in Gauteng",
        "alert",
        "Java Developer - Sandton. Backend Engineer - Midrand. Apply now.",
    ),
    (
        "OfferZen <hello@offerzen.example>",
        "The state of the SA developer nation",
        "newsletter",
        "Read the report. Unsubscribe.",
    ),
    (
        "CodeCraft Recruitment <jobs@codecraftrecruit.example>",
        "Hot contracts this week",
        "newsletter",
        "Java - Sandton - R700/h. .NET - Centurion - R650/h. Send us your CV. Unsubscribe.",
    ),
    (
        "Takealot <deals@takealot.example>",
        "Blue Dot Sale starts now",
        "shop",
        "Shop the deals. Unsubscribe.",
    ),
    (
        "Gautrain <noreply@gautrain.example>",
        "Gold Card top-up",
        "other",
        "Your Gautrain card was loaded.",
    ),
    (
        "Nomvula Dlamini <nomvula.d@gmail.example>",
        "Sunday",
        "personal",
        "Come for lunch on Sunday, Gogo is visiting.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="+0200",
        clock="10:25:00",
        neg_start="2025-08-03",
        neg_step=4,
        neg_clock="20:30:00",
        tag="fourhundredseventytwo",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), SIPHO)
