"""A forty-fifth mailbox, written as a held-out check after the forty-fourth's fixes (issue #24).

Aisha finishes a degree in Manchester and applies to graduate schemes, exporting Gmail with Takeout: Oleeo and
Cappfinity, HireVue and Arctic Shores, Workday, Eightfold, a Big Four firm's own portal; the UK graduate market's
stages ("online tests", "situational judgement test", "video interview", "assessment centre", "final interview"),
"we won't be progressing your application", "conditional offer", "vetting"; her own acceptance and a reneging
email.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

AISHA = "aisha.rahman.grad@gmail.com"
_ME = f"Aisha Rahman <{AISHA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Pennine & Co (Big Four style; tests, video interview, assessment centre, offer she accepts)
    (
        "Pennine & Co",
        "applied",
        "2025-10-01",
        "Pennine & Co Graduate Recruitment <gradrecruitment@pennineco.co.uk>",
        "Application received - Audit Graduate Programme 2026",
        "Dear Aisha,\n\nThank you for applying to our Audit Graduate Programme 2026 in Manchester. The next stage is our "
        "online assessment, which you'll receive shortly.\n\nPennine & Co Student Recruitment",
        "pc1",
    ),
    (
        "Pennine & Co",
        "interview",
        "2025-10-02",
        "Pennine & Co Graduate Recruitment <gradrecruitment@pennineco.co.uk>",
        "Your online assessment",
        "Dear Aisha,\n\nPlease complete your situational judgement test and numerical reasoning test within 5 days using "
        "the link below.\n\nPennine & Co Student Recruitment",
        "pc2",
    ),
    (
        "Pennine & Co",
        "interview",
        "2025-10-14",
        "Pennine & Co Graduate Recruitment <gradrecruitment@pennineco.co.uk>",
        "Congratulations - video interview",
        "Dear Aisha,\n\nCongratulations on passing the online tests! We'd now like you to complete a pre-recorded video "
        "interview on HireVue within the next 7 days.\n\nPennine & Co Student Recruitment",
        "pc3",
    ),
    (
        "Pennine & Co",
        "onsite",
        "2025-10-28",
        "Pennine & Co Graduate Recruitment <gradrecruitment@pennineco.co.uk>",
        "Invitation to our assessment centre",
        "Dear Aisha,\n\nWe're delighted to invite you to a virtual assessment centre on 6 November, including a group "
        "exercise, a written exercise and a partner interview.\n\nPennine & Co Student Recruitment",
        "pc4",
    ),
    (
        "Pennine & Co",
        "offer",
        "2025-11-12",
        "Pennine & Co Graduate Recruitment <gradrecruitment@pennineco.co.uk>",
        "Your offer from Pennine & Co",
        "Dear Aisha,\n\nCongratulations! We are delighted to offer you a place on our Audit Graduate Programme starting "
        "September 2026. Your conditional offer is subject to vetting and your final degree result.\n\nPennine & Co "
        "Student Recruitment",
        "pc5",
    ),
    (
        "Pennine & Co",
        "accepted",
        "2025-11-14",
        _ME,
        "Re: Your offer from Pennine & Co",
        "Dear Student Recruitment team,\n\nThank you so much - I'm thrilled to accept my offer and have completed the "
        "acceptance form online.\n\nKind regards,\nAisha Rahman",
        "pc5",
    ),
    # Irwell Energy (Oleeo; an SJT; not progressed)
    (
        "Irwell Energy",
        "applied",
        "2025-10-03",
        "Irwell Energy Early Careers <irwellenergy@oleeo.com>",
        "Thank you for your application",
        "Hi Aisha,\n\nThanks for applying to the Irwell Energy Finance Graduate Scheme. We'll review your application "
        "and be in touch about next steps.\n\nIrwell Energy Early Careers",
        "ie1",
    ),
    (
        "Irwell Energy",
        "rejected",
        "2025-10-20",
        "Irwell Energy Early Careers <irwellenergy@oleeo.com>",
        "Your application to Irwell Energy",
        "Hi Aisha,\n\nThank you for your interest in our graduate scheme. We received a very high number of applications "
        "and, on this occasion, we won't be progressing your application any further.\n\nIrwell Energy Early Careers",
        "ie2",
    ),
    # Mersey Bank (Cappfinity then Workday; a strengths interview; a refusal)
    (
        "Mersey Bank",
        "applied",
        "2025-10-05",
        "Mersey Bank <merseybank@myworkday.com>",
        "Mersey Bank - application submitted",
        "Hi Aisha,\n\nYou have successfully submitted your application for the Mersey Bank Technology Graduate Programme."
        "\n\nMersey Bank Emerging Talent",
        "mb1",
    ),
    (
        "Mersey Bank",
        "interview",
        "2025-10-16",
        "Mersey Bank Emerging Talent <emergingtalent@merseybank.co.uk>",
        "Next stage: strengths-based interview",
        "Hi Aisha,\n\nGreat news - you've been invited to a strengths-based interview with one of our managers. Please "
        "book a slot through the portal by Friday.\n\nMersey Bank Emerging Talent",
        "mb2",
    ),
    (
        "Mersey Bank",
        "rejected",
        "2025-11-03",
        "Mersey Bank Emerging Talent <emergingtalent@merseybank.co.uk>",
        "Update on your application",
        "Hi Aisha,\n\nThank you for taking part in the interview. Unfortunately we won't be taking your application "
        "forward to the assessment centre this time. We've included some feedback below.\n\nMersey Bank Emerging Talent",
        "mb3",
    ),
    # Canalside Consulting (Arctic Shores game; she withdraws after accepting elsewhere)
    (
        "Canalside Consulting",
        "applied",
        "2025-10-06",
        "Canalside Consulting <careers@canalsideconsulting.co.uk>",
        "We've received your application",
        "Hi Aisha,\n\nThanks for applying for the Canalside Consulting Graduate Analyst role. Next, please complete our "
        "game-based assessment from Arctic Shores.\n\nCanalside Careers",
        "cc1",
    ),
    (
        "Canalside Consulting",
        "withdrew",
        "2025-11-15",
        _ME,
        "Withdrawing my application - Aisha Rahman",
        "Hi Canalside Careers,\n\nI've accepted a graduate offer elsewhere, so please withdraw my application for the "
        "Graduate Analyst role. Thank you for the opportunity.\n\nBest wishes,\nAisha",
        "cc2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Bright Network <hello@brightnetwork.co.uk>",
        "Graduate jobs closing this week",
        "job alert",
        "12 graduate schemes closing soon. Apply now. Unsubscribe",
    ),
    (
        "Gradcracker <alerts@gradcracker.com>",
        "New engineering graduate jobs",
        "job alert",
        "New graduate jobs and placements for you. Unsubscribe",
    ),
    (
        "Prospects <newsletter@prospects.ac.uk>",
        "How to ace your assessment centre",
        "newsletter",
        "Tips for group exercises and interviews. Unsubscribe",
    ),
    (
        "University of Manchester Careers <careers@manchester.example>",
        "Careers fair this Thursday",
        "newsletter",
        "Meet 80 graduate employers at the autumn careers fair. Unsubscribe",
    ),
    (
        "Student Finance England <noreply@slc.co.uk>",
        "Your application has been received",
        "not a job application",
        "Your application for student finance for 2025/26 has been received.",
    ),
    (
        "Deliveroo <noreply@deliveroo.co.uk>",
        "Your order is on its way",
        "not about an application",
        "Your order from Rusholme Grill is on its way.",
    ),
    (
        "Amma <nasreen.rahman@hotmail.co.uk>",
        "good luck jaan",
        "not about an application",
        "Good luck with the assessment centre tomorrow jaan, we're proud of you.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=AISHA,
        own_to={
            "Pennine & Co": "Pennine & Co Graduate Recruitment <gradrecruitment@pennineco.co.uk>",
            "Canalside Consulting": "Canalside Careers <careers@canalsideconsulting.co.uk>",
        },
        offset="+0100",
        clock="11:30:00",
        neg_start="2025-10-01",
        neg_step=5,
        neg_clock="08:05:00",
        tag="fortyfive",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
