"""An eighty-seventh mailbox, written as a held-out check after the eighty-sixth's fixes (issue #24).

Sofia, a Portuguese data analyst living in Amsterdam, exports Gmail with Takeout.  Dutch employers write to her in
English the Dutch way ("we would like to invite you for a first interview", "we have decided not to proceed with
your application", "kind regards"), from Recruitee, Homerun, Workday and their own addresses; names carry "B.V." and
"van"; one employer's display name and subject arrive RFC 2047-encoded with non-ASCII letters; a recruiter writes
from an agency; a second interview is "the final round with the team lead and an assessment"; an offer is a
"proposal" she negotiates and accepts.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

SOFIA = "sofia.marques.data@gmail.com"
_ME = f"Sofia Marques <{SOFIA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Grachtenkracht B.V. (Recruitee; first interview; final round; proposal; accepted)
    (
        "Grachtenkracht",
        "applied",
        "2025-01-13",
        "Grachtenkracht B.V. <jobs@grachtenkracht.recruitee.com>",
        "Your application for Data Analyst at Grachtenkracht",
        "Dear Sofia,\n\nThank you for your application for the position of Data Analyst at Grachtenkracht. We have "
        "received it in good order and will come back to you within two weeks.\n\nKind regards,\nGrachtenkracht B.V.",
        "gk1",
    ),
    (
        "Grachtenkracht",
        "interview",
        "2025-01-22",
        "Femke van Dijk <femke.vandijk@grachtenkracht.nl>",
        "Invitation first interview",
        "Dear Sofia,\n\nWe would like to invite you for a first interview at our office on the Herengracht on Tuesday "
        "28 January at 14:00. You will meet me and our analytics lead.\n\nKind regards,\nFemke van Dijk\nHR Business "
        "Partner",
        "gk2",
    ),
    (
        "Grachtenkracht",
        "onsite",
        "2025-02-03",
        "Femke van Dijk <femke.vandijk@grachtenkracht.nl>",
        "Final round",
        "Dear Sofia,\n\nThank you for the pleasant conversation. We would like to invite you for the final round with "
        "the team lead and a short assessment on Monday 10 February at 10:00.\n\nKind regards,\nFemke",
        "gk3",
    ),
    (
        "Grachtenkracht",
        "offer",
        "2025-02-14",
        "Femke van Dijk <femke.vandijk@grachtenkracht.nl>",
        "Proposal",
        "Dear Sofia,\n\nWe are happy to let you know that we would like you to join Grachtenkracht. Please find "
        "attached our proposal for the position of Data Analyst, including salary, holiday allowance and the 30% "
        "ruling.\n\nKind regards,\nFemke",
        "gk4",
    ),
    (
        "Grachtenkracht",
        "accepted",
        "2025-02-19",
        _ME,
        "Re: Proposal",
        "Dear Femke,\n\nThank you for the updated proposal. I am happy to accept it and look forward to starting on 1 "
        "April.\n\nKind regards,\nSofia",
        "gk4",
    ),
    # Zuidas Verzekeringen (Workday; not proceeding)
    (
        "Zuidas Verzekeringen",
        "applied",
        "2025-01-14",
        "Zuidas Verzekeringen <zuidas@myworkday.com>",
        "Thank you for applying",
        "Dear Sofia Marques,\n\nThank you for applying for the role of Pricing Analyst at Zuidas Verzekeringen N.V. "
        "We will review your application carefully.\n\nKind regards,\nTalent Acquisition Zuidas Verzekeringen",
        "zv1",
    ),
    (
        "Zuidas Verzekeringen",
        "rejected",
        "2025-01-29",
        "Zuidas Verzekeringen <zuidas@myworkday.com>",
        "Your application at Zuidas Verzekeringen",
        "Dear Sofia Marques,\n\nThank you for your interest in the Pricing Analyst role. After careful consideration "
        "we have decided not to proceed with your application.\n\nKind regards,\nTalent Acquisition Zuidas "
        "Verzekeringen",
        "zv2",
    ),
    # Fietsfabriek Noord (Homerun; encoded display name; rejected after interview)
    (
        "Fietsfabriek Noord",
        "applied",
        "2025-01-15",
        "Fietsfabriek Noord – Recruitment <no-reply@homerun.co>",
        "Bedankt! We’ve received your application",
        "Hi Sofia,\n\nThanks for applying to Fietsfabriek Noord for the Business Intelligence Analyst role! We’ll get "
        "back to you soon.\n\nFietsfabriek Noord",
        "ff1",
    ),
    (
        "Fietsfabriek Noord",
        "interview",
        "2025-01-24",
        "Joëlle Bakker <joelle@fietsfabrieknoord.nl>",
        "Video call – Business Intelligence Analyst",
        "Hi Sofia,\n\nWe’d love to get to know you better in a 45-minute video interview with our head of data. "
        "Could you do Thursday 30 January at 11:00?\n\nGroetjes,\nJoëlle",
        "ff2",
    ),
    (
        "Fietsfabriek Noord",
        "rejected",
        "2025-02-06",
        "Joëlle Bakker <joelle@fietsfabrieknoord.nl>",
        "Re: Video call – Business Intelligence Analyst",
        "Hi Sofia,\n\nThank you for the nice conversation last week. Unfortunately we have chosen to continue with "
        "another candidate whose experience fits the role slightly better. We wish you lots of success!\n\n"
        "Groetjes,\nJoëlle",
        "ff2",
    ),
    # Amstel Analytics via an agency (applied; silence)
    (
        "Amstel Analytics",
        "applied",
        "2025-01-20",
        "Daan de Groot <daan@orangetalent.example>",
        "Your profile for Amstel Analytics",
        "Hi Sofia,\n\nThanks for the call this morning. As agreed, I have presented your profile to our client Amstel "
        "Analytics for the Senior Data Analyst role. I will update you as soon as I hear back.\n\nMet vriendelijke "
        "groet,\nDaan de Groot\nOrange Talent",
        "aa1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Nationale Vacaturebank <alerts@nationalevacaturebank.example>",
        "12 nieuwe vacatures voor Data Analyst",
        "alert",
        "Data Analyst - Grachtenkracht - Amsterdam\nBI Analyst - Fietsfabriek Noord\nBekijk alle vacatures",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Sofia, your application was viewed by Zuidas Verzekeringen",
        "viewed",
        "Your application for Pricing Analyst was viewed. Explore similar jobs.",
    ),
    (
        "IND <noreply@ind.example>",
        "Your application for a residence permit has been received",
        "not a job",
        "Dear applicant, we have received your application for a residence permit (highly skilled migrant).",
    ),
    (
        "Bol <nieuwsbrief@bol.example>",
        "Deze week in de aanbieding",
        "shop",
        "Korting op boeken en elektronica. Afmelden",
    ),
    (
        "Pieter Visser <pieter@datarecruiters.example>",
        "Data Engineer opportunity in Utrecht",
        "outreach",
        "Hi Sofia, I came across your profile and have an interesting Data Engineer opportunity in Utrecht. Open to a "
        "chat?",
    ),
    (
        "Mãe <ana.marques1964@sapo.pt>",
        "Beijinhos",
        "personal",
        "Olá filha, como correu a entrevista? Beijinhos",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=SOFIA,
        own_to={"Grachtenkracht": "Femke van Dijk <femke.vandijk@grachtenkracht.nl>"},
        offset="+0100",
        clock="10:40:00",
        neg_start="2025-01-16",
        neg_step=4,
        neg_clock="07:55:00",
        tag="eightyseven",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
