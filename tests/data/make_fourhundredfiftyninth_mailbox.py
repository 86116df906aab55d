"""A four-hundred-and-fifty-ninth mailbox, written as a held-out check after the four-hundred-and-fifty-eighth (issue
#24).

Kelly Walsh, a supply planner in Manchester, keeps her search in Gmail and exports it with Takeout.  Her agency
consultants write the way they text, in a line or two: "CV sent to Arla for the Demand Planner role, speak soon",
"Arla want you in Thurs 11am at Stockport - ok?", "Arla passed - went internal. Sorry hun", "ARLA OFFER!!! 36k +
bonus, call me", her "yes!! accept it", a second consultant's "Popped you over to Kellogg's for the Supply Planner
job", "Kellogg's have come back - they want a Teams call with the supply chain manager Weds", "They've gone with
someone else", a direct Workday application to Boots with its receipt and its "we will not be taking your
application further", and her nudge to the second consultant ("any word from Kellogg's?").  Negatives: Reed's alert,
CV-Library's newsletter, a consultant's "are you still looking?", a pizza deal, the Bee Network and her mum.  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KELLY = "kellywalsh88@gmail.com"
ME = f"Kelly Walsh <{KELLY}>"
SHAZ = "Shaz Ahmed <shaz@northernsupplyrec.example>"
DAN = "Dan Fletcher <dan.fletcher@logisticspeople.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Arla",
        "applied",
        "2025-03-03",
        SHAZ,
        "Arla",
        "CV sent to Arla for the Demand Planner role, speak soon\n\nShaz",
        "t-arla",
    ),
    (
        "Boots",
        "applied",
        "2025-03-04",
        "Boots <boots@myworkday.com>",
        "Thank you for applying to Boots",
        "Hi Kelly,\n\nThank you for applying for Supply Planner (R-118274) at Boots. We'll review your application "
        "and be in touch.\n\nBoots Talent Acquisition",
        "t-boots",
    ),
    (
        "Kellogg's",
        "applied",
        "2025-03-05",
        DAN,
        "Supply Planner - Kellogg's",
        "Hi Kelly, popped you over to Kellogg's for the Supply Planner job this morning. Fingers crossed!\n\nDan",
        "t-kel",
    ),
    (
        "Arla",
        "interview",
        "2025-03-06",
        SHAZ,
        "RE: Arla",
        "Arla want you in Thurs 11am at Stockport - ok?\n\nShaz",
        "t-arla",
    ),
    (
        "Kellogg's",
        "follow_up",
        "2025-03-12",
        ME,
        "RE: Supply Planner - Kellogg's",
        "Hi Dan, any word from Kellogg's? x",
        "t-kel",
    ),
    (
        "Kellogg's",
        "interview",
        "2025-03-13",
        DAN,
        "RE: Supply Planner - Kellogg's",
        "Hi Kelly, yes - Kellogg's have come back, they want a Teams call with the supply chain manager Weds at 2. I'll "
        "send the invite.\n\nDan",
        "t-kel",
    ),
    (
        "Arla",
        "rejected",
        "2025-03-14",
        SHAZ,
        "RE: Arla",
        "Arla passed - went internal. Sorry hun, plenty more out there\n\nShaz",
        "t-arla",
    ),
    (
        "Boots",
        "rejected",
        "2025-03-18",
        "Boots <boots@myworkday.com>",
        "Your application for Supply Planner",
        "Hi Kelly,\n\nThank you for your interest in Boots. On this occasion we will not be taking your application "
        "further.\n\nBoots Talent Acquisition",
        "t-boots",
    ),
    (
        "Kellogg's",
        "rejected",
        "2025-03-24",
        DAN,
        "RE: Supply Planner - Kellogg's",
        "Hi Kelly, bad news I'm afraid, they've gone with someone else. Onwards!\n\nDan",
        "t-kel",
    ),
    (
        "Arla",
        "interview",
        "2025-03-19",
        SHAZ,
        "Arla - 2nd",
        "Arla have reopened it!! They want you back for a 2nd with the head of planning Monday 9am. OK?\n\nShaz",
        "t-arla2",
    ),
    (
        "Arla",
        "offer",
        "2025-03-26",
        SHAZ,
        "RE: Arla - 2nd",
        "ARLA OFFER!!! 36k + bonus, call me\n\nShaz",
        "t-arla2",
    ),
    (
        "Arla",
        "accepted",
        "2025-03-26",
        ME,
        "RE: Arla - 2nd",
        "yes!! accept it, thank you so much Shaz xx",
        "t-arla2",
    ),
]

_NEGATIVES = [
    (
        "Reed <jobalerts@reed.example>",
        "New Supply Planner jobs in Manchester",
        "alert",
        "Supply Planner - Trafford Park. Demand Planner - Salford. View all.",
    ),
    (
        "CV-Library <news@cv-library.example>",
        "5 ways to stand out in 2025",
        "newsletter",
        "Career tips from CV-Library. Unsubscribe.",
    ),
    (
        "Gemma Lowe <gemma@planningrecruit.example>",
        "are you still looking?",
        "outreach",
        "Hi Kelly, are you still looking? Got a couple of planner roles in Cheshire. Give me a ring.",
    ),
    (
        "Domino's <offers@dominos.example>",
        "2-for-Tuesday is back",
        "shop",
        "Order now.",
    ),
    (
        "Bee Network <noreply@beenetwork.example>",
        "Your tap and go journeys",
        "other",
        "Your weekly cap was applied.",
    ),
    (
        "Mum <carolwalsh@btinternet.example>",
        "sunday",
        "personal",
        "Roast at ours Sunday love?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=KELLY,
        own_to={"Kellogg's": DAN, "Arla": SHAZ},
        offset="+0000",
        clock="12:10:00",
        neg_start="2025-03-02",
        neg_step=5,
        neg_clock="20:00:00",
        tag="fourhundredfiftynine",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
