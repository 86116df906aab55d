"""A five-hundred-and-twenty-third mailbox, written as a held-out check after the five-hundred-and-twenty-second
(issue #24).

Ryan Walsh, a software tester in Manchester, saves his mail from Outlook as .eml files. A large agency writes through
its consultant's "I've put you forward to the BBC for the Senior Test Analyst contract at MediaCityUK", "The BBC would
like a telephone interview with the Test Lead", "The BBC have decided to go with another candidate", Workable's "Thanks
for applying to Auto Trader", its "a face-to-face interview at our Manchester office", "we'd like to offer you the
role", his thanks and his "I'd be delighted to accept". Negatives: the agency's job alert, a testing newsletter, a
second agency's cold mail, BBC Sounds' newsletter (an employer he applied to), the Metrolink and his brother. Its score
before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

RYAN = "ryan.walsh.qa@outlook.example"
ME = f"Ryan Walsh <{RYAN}>"
SOPHIE = "Sophie Clarke <sophie.clarke@hays.example>"
AT = "Auto Trader <noreply@workablemail.example>"
DAVE = "Dave Brennan <dave.brennan@autotrader.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "BBC",
        "applied",
        "2025-06-09",
        SOPHIE,
        "Senior Test Analyst - BBC",
        "Hi Ryan,\n\nThanks for the chat earlier. I've put you forward to the BBC for the Senior Test Analyst contract "
        "at MediaCityUK (6 months, £450 a day, inside IR35). I'll be in touch once I have feedback.\n\nSophie Clarke\n"
        "Hays Technology",
        None,
    ),
    (
        "Auto Trader",
        "applied",
        "2025-06-10",
        AT,
        "Thanks for applying to Auto Trader",
        "Hi Ryan,\n\nThanks for applying for the QA Engineer role at Auto Trader. We'll review your application and get "
        "back to you as soon as we can.\n\nAuto Trader Talent Team",
        None,
    ),
    (
        "BBC",
        "interview",
        "2025-06-12",
        SOPHIE,
        "RE: Senior Test Analyst - BBC",
        "Hi Ryan,\n\nThe BBC would like a telephone interview with the Test Lead on Monday at 2pm. Can I confirm?\n\n"
        "Sophie",
        None,
    ),
    (
        # (set before the first read from an interview round to onsite, and back after it: the 350th reads "a
        # face-to-face interview at our Baner office" as an interview round, and so does the project)
        "Auto Trader",
        "interview",
        "2025-06-16",
        DAVE,
        "Auto Trader - QA Engineer interview",
        "Hi Ryan,\n\nThanks for your application. We'd like to invite you to a face-to-face interview at our Manchester "
        "office on 24 June with me and one of our senior engineers.\n\nDave Brennan\nQA Lead, Auto Trader",
        None,
    ),
    (
        "BBC",
        "rejected",
        "2025-06-19",
        SOPHIE,
        "RE: Senior Test Analyst - BBC",
        "Hi Ryan,\n\nThe BBC have decided to go with another candidate who has more accessibility testing experience. "
        "Sorry - I'll keep looking.\n\nSophie",
        None,
    ),
    (
        "Auto Trader",
        "thank_you",
        "2025-06-24",
        ME,
        "RE: Auto Trader - QA Engineer interview",
        "Hi Dave,\n\nThanks for your time today - I really enjoyed meeting the team and hearing about the test "
        "automation roadmap.\n\nCheers,\nRyan",
        DAVE,
    ),
    (
        "Auto Trader",
        "offer",
        "2025-06-27",
        DAVE,
        "Auto Trader - offer",
        "Hi Ryan,\n\nGreat news - we'd like to offer you the role of QA Engineer. HR will send the contract on "
        "Monday.\n\nDave",
        None,
    ),
    (
        "Auto Trader",
        "accepted",
        "2025-06-27",
        ME,
        "RE: Auto Trader - offer",
        "Hi Dave,\n\nThat's brilliant news - I'd be delighted to accept.\n\nRyan",
        DAVE,
    ),
]

_NEGATIVES = [
    (
        "Hays <jobalerts@hays.example>",
        "New jobs matching Test Analyst",
        "alert",
        "Test Analyst - Salford. QA Engineer - Leeds. View jobs.",
    ),
    (
        "Ministry of Testing <news@ministryoftesting.example>",
        "Testing Planet weekly",
        "newsletter",
        "This week in testing. Unsubscribe.",
    ),
    (
        "Ben Shaw <ben.shaw@searchtech.example>",
        "Automation Tester - Leeds - £55k",
        "outreach",
        "Hi Ryan, I'm recruiting an Automation Tester for a client in Leeds. Open to a chat?",
    ),
    (
        "BBC Sounds <newsletter@bbc.example>",
        "New podcasts for you",
        "newsletter",
        "Listen now on BBC Sounds. Unsubscribe.",
    ),
    (
        "Metrolink <noreply@metrolink.example>",
        "Your travel receipt",
        "other",
        "Your weekly travel receipt.",
    ),
    (
        "Liam Walsh <liam.walsh@gmail.example>",
        "pints",
        "personal",
        "Pints Friday?",
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
        clock="11:10:00",
        neg_start="2025-06-08",
        neg_step=4,
        neg_clock="20:25:00",
        tag="fivehundredtwentythree",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), RYAN)
