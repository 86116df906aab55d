"""A three-hundred-and-fortieth mailbox, written as a held-out check after the three-hundred-and-thirty-ninth (issue
#24).

Gabriel, an electrician in Calgary, reads his mail in Thunderbird and exports it as a plain mbox. The trades as they
hire: his own mail after a Kijiji ad, the contractor's answer from Gmail ("can you come by the shop Monday 7am for a
quick interview? bring your tickets"), an oil sands contractor's SuccessFactors receipt and its "not successful at this
time", a staffing firm's "I've submitted your resume to Bow River Mechanical for the Journeyman Electrician role", "they
want to meet you at the site trailer Thursday", "they're offering $52/hr plus LOA", and his own "sounds good, I'll take
it". Negatives: the union's newsletter, a tool supplier's flyer, an Alberta Health notice, an ATB statement, a hockey
league schedule, his buddy. Its score before any rule was changed for it is in the commit message; ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

GABE = "gabriel.tremblay.elec@telus.example"
ME = f"Gabriel Tremblay <{GABE}>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Northern Lights Oilfield Services",
        "applied",
        "2025-03-03",
        "Northern Lights Oilfield Services <noreply@successfactors.com>",
        "Thank you for your application",
        "Dear Gabriel,\n\nThank you for applying for the Industrial Electrician (Rotational 14/14) position at Northern "
        "Lights Oilfield Services. We will review your application.\n\nTalent Acquisition",
        None,
    ),
    (
        "Bow River Mechanical",
        "applied",
        "2025-03-04",
        "Tanya Blake <tanya@prairietradesstaffing.example>",
        "Journeyman Electrician - Bow River Mechanical",
        "Hi Gabriel,\n\nThanks for the call. I've submitted your resume to Bow River Mechanical for the Journeyman "
        "Electrician role on their Seton hospital project.\n\nTanya Blake\nPrairie Trades Staffing",
        None,
    ),
    (
        "Chinook Electric",
        "applied",
        "2025-03-04",
        ME,
        "Journeyman electrician - resume",
        "Hi,\n\nSaw your ad on Kijiji for a journeyman electrician. I have 9 years commercial and industrial, Red Seal, "
        "and my own truck. Resume attached.\n\nGabriel Tremblay\n403-555-0188",
        None,
        "Chinook Electric <chinookelectric.yyc@gmail.com>",
    ),
    (
        "Chinook Electric",
        "interview",
        "2025-03-05",
        "Chinook Electric <chinookelectric.yyc@gmail.com>",
        "Re: Journeyman electrician - resume",
        "Hey Gabriel, thanks for reaching out. Can you come by the shop Monday 7am for a quick interview? Bring your "
        "tickets.\n\nDan",
        2,
    ),
    (
        "Bow River Mechanical",
        "interview",
        "2025-03-06",
        "Tanya Blake <tanya@prairietradesstaffing.example>",
        "RE: Journeyman Electrician - Bow River Mechanical",
        "Gabriel - they want to meet you at the site trailer Thursday at 2 with the general foreman. Steel toes and "
        "hard hat.\n\nTanya",
        1,
    ),
    (
        "Northern Lights Oilfield Services",
        "rejected",
        "2025-03-10",
        "Northern Lights Oilfield Services <noreply@successfactors.com>",
        "Update on your application",
        "Dear Gabriel,\n\nThank you for your interest. Unfortunately you were not successful at this time for the "
        "Industrial Electrician position.\n\nTalent Acquisition",
        None,
    ),
    (
        "Chinook Electric",
        "rejected",
        "2025-03-11",
        "Chinook Electric <chinookelectric.yyc@gmail.com>",
        "Re: Journeyman electrician - resume",
        "Gabriel, good meeting you Monday. We went with a guy who's done more service work. Good luck.\n\nDan",
        3,
    ),
    (
        "Bow River Mechanical",
        "offer",
        "2025-03-12",
        "Tanya Blake <tanya@prairietradesstaffing.example>",
        "RE: Journeyman Electrician - Bow River Mechanical",
        "Gabriel - good news, they're offering $52/hr plus LOA, start Monday the 17th. Let me know!\n\nTanya",
        4,
    ),
    (
        "Bow River Mechanical",
        "accepted",
        "2025-03-12",
        ME,
        "RE: Journeyman Electrician - Bow River Mechanical",
        "Sounds good, I'll take it. Send me the paperwork.\n\nGabe",
        7,
        "Tanya Blake <tanya@prairietradesstaffing.example>",
    ),
]

_NEGATIVES = [
    (
        "IBEW Local 424 <news@ibew424.example>",
        "Local 424 newsletter - March",
        "newsletter",
        "Membership meeting, apprenticeship updates and the spring golf tournament.",
    ),
    (
        "Gescan <flyers@gescan.example>",
        "Spring tool sale",
        "shop",
        "Save up to 25% on Milwaukee and Klein tools this month.",
    ),
    (
        "Alberta Health Services <noreply@ahs.example>",
        "Your lab results are available",
        "other",
        "Your lab results are available in MyHealth Records.",
    ),
    (
        "ATB Financial <alerts@atb.example>",
        "Your statement is ready",
        "other",
        "Your February statement is ready in online banking.",
    ),
    (
        "Calgary Adult Hockey <schedule@cahl.example>",
        "Playoff schedule",
        "newsletter",
        "Playoff schedule is posted. Your team plays Sunday at 9:45 PM.",
    ),
    (
        "Jay Bouchard <jay.bouchard@gmail.example>",
        "fishing",
        "personal",
        "bow river this weekend? i'll bring the boat",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=GABE,
        own_to={},
        offset=lambda d: "-0700",
        clock="06:40:00",
        neg_start="2025-03-02",
        neg_step=3,
        neg_clock="20:30:00",
        tag="threehundredforty",
        host="telus.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the inbox as Thunderbird exports it (a plain mbox, "Inbox") into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox", msgs if msgs is not None else messages())
