"""A three-hundred-and-sixty-second mailbox, written as a held-out check after the three-hundred-and-sixty-first
(issue #24).

Liam, a commerce student in Melbourne, exports Gmail with Takeout.  Australian graduate programs as they write: "Thank
you for applying to the Southern Cross Bank 2026 Graduate Program", a game-based assessment ("Your next step: complete
the Arctic Shores assessment"), a HireVue video interview, "We'd love to invite you to our Virtual Assessment Centre",
"you have not been successful in progressing to the next stage", a Big Four firm's "Congratulations! We're delighted
to offer you a place in our 2026 Graduate Program", his acceptance through the portal's mail, and a consulting firm's
receipt then its refusal after the first round.  Negatives: GradConnection's alert, Prosple's newsletter, a Myki
notice, a university careers fair invitation, a JB Hi-Fi sale, his flatmate.  Its score before any rule was changed for
it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LIAM = "liam.nguyen.commerce@gmail.com"
ME = f"Liam Nguyen <{LIAM}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Southern Cross Bank",
        "applied",
        "2025-03-10",
        "Southern Cross Bank Graduate Recruitment <graduates@southerncrossbank.com.au>",
        "Thank you for applying to the Southern Cross Bank 2026 Graduate Program",
        "Hi Liam,\n\nThank you for applying to the Southern Cross Bank 2026 Graduate Program (Technology & Data "
        "stream). We'll be in touch with next steps soon.\n\nGraduate Recruitment Team",
        "l1",
    ),
    (
        "Harbourline Partners",
        "applied",
        "2025-03-11",
        "Harbourline Partners <careers@harbourline.com.au>",
        "Application received: 2026 Graduate Consultant",
        "Dear Liam,\n\nThanks for your application for the 2026 Graduate Consultant role at Harbourline Partners. Our "
        "team is reviewing applications and will contact shortlisted candidates.\n\nHarbourline Talent Team",
        "l2",
    ),
    (
        "Ashgrove & Finch",
        "applied",
        "2025-03-12",
        "Ashgrove & Finch Careers <no-reply@ashgrovefinch.com.au>",
        "Ashgrove & Finch - Application Submitted",
        "Hi Liam,\n\nYou have successfully submitted your application for the Audit & Assurance Graduate Program 2026 "
        "at Ashgrove & Finch.\n\nAshgrove & Finch Graduate Recruitment",
        "l3",
    ),
    (
        "Southern Cross Bank",
        "interview",
        "2025-03-17",
        "Southern Cross Bank Graduate Recruitment <graduates@southerncrossbank.com.au>",
        "Your next step: complete the online assessment",
        "Hi Liam,\n\nCongratulations on progressing! Your next step is to complete our game-based assessment powered by "
        "Arctic Shores within 5 days.\n\nGraduate Recruitment Team",
        "l1",
    ),
    (
        "Ashgrove & Finch",
        "interview",
        "2025-03-19",
        "Ashgrove & Finch Careers <no-reply@ashgrovefinch.com.au>",
        "Invitation to video interview",
        "Hi Liam,\n\nWe're pleased to invite you to complete a HireVue video interview for the Audit & Assurance "
        "Graduate Program. It should take about 20 minutes.\n\nAshgrove & Finch Graduate Recruitment",
        "l3",
    ),
    (
        "Harbourline Partners",
        "interview",
        "2025-03-20",
        "Zara Patel <zara.patel@harbourline.com.au>",
        "Harbourline Partners - first round interview",
        "Hi Liam,\n\nWe'd like to invite you to a first round interview with two of our managers on Tuesday 25 March at "
        "11am via Teams. It will include a short case.\n\nZara Patel\nGraduate Recruitment Lead",
        "l2",
    ),
    (
        "Southern Cross Bank",
        "rejected",
        "2025-03-26",
        "Southern Cross Bank Graduate Recruitment <graduates@southerncrossbank.com.au>",
        "Update on your application",
        "Hi Liam,\n\nThank you for completing the assessment. Unfortunately you have not been successful in progressing "
        "to the next stage of the 2026 Graduate Program.\n\nGraduate Recruitment Team",
        "l1",
    ),
    (
        "Ashgrove & Finch",
        "onsite",
        "2025-03-28",
        "Ashgrove & Finch Careers <no-reply@ashgrovefinch.com.au>",
        "Invitation to our Virtual Assessment Centre",
        "Hi Liam,\n\nWe'd love to invite you to our Virtual Assessment Centre on 8 April, the final stage of our "
        "selection process: a group exercise, a partner interview and a case study.\n\nAshgrove & Finch Graduate "
        "Recruitment",
        "l3",
    ),
    (
        "Harbourline Partners",
        "rejected",
        "2025-04-01",
        "Zara Patel <zara.patel@harbourline.com.au>",
        "Harbourline Partners - first round outcome",
        "Hi Liam,\n\nThank you for your time last week. After much deliberation we won't be progressing your "
        "application to the final round this year.\n\nZara",
        "l2",
    ),
    (
        "Ashgrove & Finch",
        "offer",
        "2025-04-15",
        "Ashgrove & Finch Careers <no-reply@ashgrovefinch.com.au>",
        "Congratulations from Ashgrove & Finch!",
        "Hi Liam,\n\nCongratulations! We're delighted to offer you a place in our 2026 Audit & Assurance Graduate "
        "Program. Your offer pack is available in the candidate portal.\n\nAshgrove & Finch Graduate Recruitment",
        "l3",
    ),
    (
        "Ashgrove & Finch",
        "accepted",
        "2025-04-17",
        "Ashgrove & Finch Careers <no-reply@ashgrovefinch.com.au>",
        "Thank you for accepting your offer",
        "Hi Liam,\n\nThank you for accepting your offer to join our 2026 Graduate Program! We'll be in touch about "
        "pre-start events.\n\nAshgrove & Finch Graduate Recruitment",
        "l3",
    ),
]

_NEGATIVES = [
    (
        "GradConnection <alerts@gradconnection.example>",
        "New graduate jobs in Melbourne",
        "alert",
        "15 new graduate programs are open: Deloitte, Telstra, ANZ. Apply now.",
    ),
    (
        "Prosple <hello@prosple.example>",
        "How to ace your assessment centre",
        "newsletter",
        "Tips from recent graduates on group exercises and case studies.",
    ),
    (
        "Myki <noreply@myki.example>",
        "Your myki auto top up",
        "other",
        "Your myki was topped up with $20.",
    ),
    (
        "Melbourne University Careers <careers@unimelb.example>",
        "Careers Fair next week",
        "newsletter",
        "Meet 80 employers at the Autumn Careers Fair on Wednesday.",
    ),
    (
        "JB Hi-Fi <news@jbhifi.example>",
        "Tech deals this weekend",
        "shop",
        "Save on laptops and headphones.",
    ),
    (
        "Josh Tran <joshtran99@gmail.example>",
        "rent",
        "personal",
        "rent's due friday, can you transfer your half?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=LIAM,
        own_to={},
        offset="+1100",
        clock="13:40:00",
        neg_start="2025-03-09",
        neg_step=5,
        neg_clock="19:10:00",
        tag="threehundredsixtytwo",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
