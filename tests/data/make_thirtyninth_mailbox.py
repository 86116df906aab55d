"""A thirty-ninth mailbox, written as a held-out check after the thirty-eighth's fixes (issue #24).

Elin, a UX researcher in Stockholm, applies across the Nordics and the Netherlands and exports Gmail with Takeout.
English written by Swedes, Danes and Dutch ("we have chosen to go further with other candidates", "you are warmly
welcome", "we would like to book you for an interview"), Teamtailor, Jobvite, Taleo, iCIMS, Recruitee, Varbi;
bodies sent base64 and quoted-printable, HTML-only tables.  Its score before any rule was changed for it is in the
commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ELIN = "elin.sjoberg.ux@gmail.com"
_ME = f"Elin Sjöberg <{ELIN}>"

# (company, event, day, sender, subject, body, thread); a body starting "B64:" is sent base64, "QP:"
# quoted-printable, "HTML:" as HTML only
_POSITIVES = [
    # Fjällvind (Teamtailor; a first interview, a case, an offer she accepts)
    (
        "Fjällvind",
        "applied",
        "2025-09-01",
        "Fjällvind <noreply@teamtailor.com>",
        "Thank you for your application to Fjällvind!",
        "B64:Hi Elin!\n\nThank you for your application for the role UX Researcher. We will go through all "
        "applications after the last application day and get back to you as soon as possible.\n\nBest regards,\n"
        "Fjällvind",
        "fv1",
    ),
    (
        "Fjällvind",
        "interview",
        "2025-09-11",
        "Sara Lindqvist <sara.lindqvist@fjallvind.se>",
        "UX Researcher at Fjällvind",
        "Hi Elin,\n\nWe would like to book you for a first interview with me and our Design Lead. Would Tuesday 16/9 "
        "at 13.00 or Wednesday 17/9 at 09.00 suit you? It will be held at our office in Hornstull.\n\nKind regards,\n"
        "Sara",
        "fv2",
    ),
    (
        "Fjällvind",
        "interview",
        "2025-09-22",
        "Sara Lindqvist <sara.lindqvist@fjallvind.se>",
        "Next step - case",
        "Hi Elin,\n\nThank you for a nice meeting! As a next step we would like you to do a small case: plan a "
        "research study for our booking flow, and present it to the team on 2/10.\n\nKind regards,\nSara",
        "fv3",
    ),
    (
        "Fjällvind",
        "offer",
        "2025-10-06",
        "Sara Lindqvist <sara.lindqvist@fjallvind.se>",
        "Offer",
        "QP:Hi Elin,\n\nWe are so happy to tell you that we want you on board as UX Researcher at Fjällvind! The "
        "employment contract is attached: monthly salary 52 000 SEK, start 1 December.\n\nYou are warmly welcome!"
        "\n\nSara",
        "fv4",
    ),
    (
        "Fjällvind",
        "accepted",
        "2025-10-07",
        _ME,
        "Re: Offer",
        "Hi Sara,\n\nThank you so much, I am very happy to say yes! I have signed the contract.\n\nBest,\nElin",
        "fv4",
    ),
    # Havsbris Energi (Varbi; not selected)
    (
        "Havsbris Energi",
        "applied",
        "2025-09-02",
        "Havsbris Energi <noreply@varbi.com>",
        "Confirmation of your application",
        "Hello Elin Sjöberg,\n\nThank you for your interest in Havsbris Energi. We hereby confirm that we have received "
        "your application for the position Service Designer.\n\nHavsbris Energi",
        "hb1",
    ),
    (
        "Havsbris Energi",
        "rejected",
        "2025-09-25",
        "Havsbris Energi <noreply@varbi.com>",
        "Regarding your application",
        "Hello Elin Sjöberg,\n\nThank you for your application to the position Service Designer. We have now finished "
        "the selection and unfortunately we have chosen to go further with other candidates.\n\nHavsbris Energi",
        "hb2",
    ),
    # Kanalhuis (Recruitee, Amsterdam; an interview, a refusal after it)
    (
        "Kanalhuis",
        "applied",
        "2025-09-03",
        "Kanalhuis <no-reply@recruitee.com>",
        "We have received your application",
        "Dear Elin,\n\nThanks for applying for UX Researcher at Kanalhuis. We will review your application and come "
        "back to you within two weeks.\n\nTeam Kanalhuis",
        "kh1",
    ),
    (
        "Kanalhuis",
        "interview",
        "2025-09-12",
        "Daan de Boer <daan@kanalhuis.nl>",
        "Interview UX Researcher",
        "HTML:<table><tr><td><p>Dear Elin,</p><p>We enjoyed reading your application and would like to invite you for "
        "a video interview with our research team on Thursday 18 September at 10:00 CET.</p><p>Kind regards,<br>"
        "Daan de Boer</p></td></tr></table>",
        "kh2",
    ),
    (
        "Kanalhuis",
        "rejected",
        "2025-09-26",
        "Daan de Boer <daan@kanalhuis.nl>",
        "Re: Interview UX Researcher",
        "Dear Elin,\n\nThank you for your time last week. It was a tough choice, but we have decided to continue the "
        "procedure with another candidate who has more experience with B2B research.\n\nKind regards,\nDaan",
        "kh2",
    ),
    # Nordhavn Shipping (Taleo; no answer; her follow-up)
    (
        "Nordhavn Shipping",
        "applied",
        "2025-09-04",
        "Nordhavn Shipping <nordhavn@taleo.net>",
        "Nordhavn Shipping - Application Acknowledgement",
        "Dear Elin Sjöberg,\n\nThank you for applying for the position of Senior UX Researcher (Copenhagen). Your "
        "application has been registered.\n\nNordhavn Shipping Talent Acquisition",
        "nh1",
    ),
    (
        "Nordhavn Shipping",
        "follow_up",
        "2025-09-29",
        _ME,
        "Senior UX Researcher - my application",
        "Dear Nordhavn Shipping recruitment team,\n\nI applied for the Senior UX Researcher position on 4 September "
        "and would like to ask whether there is any news regarding the process.\n\nKind regards,\nElin Sjöberg",
        "nh2",
    ),
    # Polarlys Games (Jobvite; a recruiter call; she withdraws)
    (
        "Polarlys Games",
        "applied",
        "2025-09-05",
        "Polarlys Games <notification@jobvite.com>",
        "Polarlys Games - thanks for applying",
        "Hi Elin,\n\nThanks for applying to Player Research Lead at Polarlys Games in Oslo. We'll be in touch if "
        "there's a match.\n\nPolarlys Games Talent",
        "pg1",
    ),
    (
        "Polarlys Games",
        "screen",
        "2025-09-15",
        "Ingrid Hansen <ingrid.hansen@polarlysgames.no>",
        "Player Research Lead - a first chat?",
        "Hi Elin,\n\nI'm the recruiter for Player Research Lead. Do you have time for a 20 minute phone call on "
        "Thursday to talk about the role and what you are looking for?\n\nBest wishes,\nIngrid",
        "pg2",
    ),
    (
        "Polarlys Games",
        "withdrew",
        "2025-10-08",
        _ME,
        "Re: Player Research Lead - a first chat?",
        "Hi Ingrid,\n\nThank you for the call last month. I have now accepted a position in Stockholm, so I would like "
        "to withdraw from the process.\n\nBest wishes,\nElin",
        "pg2",
    ),
    # Tulpen Bank (iCIMS; an assessment; not selected)
    (
        "Tulpen Bank",
        "applied",
        "2025-09-08",
        "Tulpen Bank Careers <careers-tulpenbank@icims.com>",
        "Your application at Tulpen Bank",
        "Dear Elin,\n\nThank you for applying to Tulpen Bank for the UX Research Specialist role. We're reviewing your "
        "application.\n\nTulpen Bank Recruitment",
        "tb1",
    ),
    (
        "Tulpen Bank",
        "interview",
        "2025-09-16",
        "Tulpen Bank Careers <careers-tulpenbank@icims.com>",
        "Invitation: online assessment",
        "Dear Elin,\n\nAs part of our selection process, we invite you to complete two online assessments (cognitive "
        "ability and a personality questionnaire) within five working days.\n\nTulpen Bank Recruitment",
        "tb2",
    ),
    (
        "Tulpen Bank",
        "rejected",
        "2025-09-30",
        "Tulpen Bank Careers <careers-tulpenbank@icims.com>",
        "Your application at Tulpen Bank",
        "Dear Elin,\n\nThank you for completing the assessments. Regrettably, your results do not allow us to take your "
        "application further at this moment.\n\nTulpen Bank Recruitment",
        "tb3",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "UX Researcher in Stockholm: 9 new jobs",
        "job alert",
        "New jobs for you: UX Researcher at Fjällvind, Service Designer at Havsbris Energi. See all. Unsubscribe",
    ),
    (
        "Arbetsförmedlingen <noreply@arbetsformedlingen.se>",
        "Nya jobb som matchar din bevakning",
        "job alert",
        "5 nya annonser: UX-designer, UX Researcher. Se alla annonser. Avsluta bevakning",
    ),
    (
        "Johan Berg <johan.berg@nordictalent-example.se>",
        "UX Research Lead - fintech",
        "cold outreach",
        "Hi Elin, I came across your profile and I'm recruiting a UX Research Lead for a fintech client in Stockholm. "
        "Would you be open to a short call?",
    ),
    (
        "UX Collective <hello@uxcollective.example>",
        "Research ops in 2026",
        "newsletter",
        "This week: research repositories, and how to ace your portfolio interview. Unsubscribe",
    ),
    (
        "Skatteverket <noreply@skatteverket.se>",
        "Din ansökan har kommit in",
        "not a job application",
        "Din ansökan om flyttanmälan har kommit in och handläggs.",
    ),
    ("SJ <noreply@sj.se>", "Din biljett", "not about an application", "Här är din biljett Stockholm C - Göteborg C."),
    (
        "Mamma <karin.sjoberg@telia.com>",
        "lycka till!",
        "not about an application",
        "Lycka till med intervjun imorgon gumman! Kram",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import sent_as, takeout_corpus

    out = takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ELIN,
        own_to={
            "Fjällvind": "Sara Lindqvist <sara.lindqvist@fjallvind.se>",
            "Nordhavn Shipping": "Nordhavn Shipping Recruitment <recruitment@nordhavnshipping.com>",
            "Polarlys Games": "Ingrid Hansen <ingrid.hansen@polarlysgames.no>",
        },
        offset="+0200",
        clock="10:30:00",
        neg_start="2025-09-02",
        neg_step=5,
        neg_clock="07:15:00",
        tag="thirtynine",
    )
    return sent_as(out)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
