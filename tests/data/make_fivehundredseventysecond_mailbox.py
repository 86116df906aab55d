"""A five-hundred-and-seventy-second mailbox, written as a held-out check after the five-hundred-and-seventy-first
(issue #24).

Ananya Iyer, a product manager in Bengaluru, keeps her search in Gmail and exports it with Takeout. Bengaluru's
start-ups hire through Instahyre, Cutshort and Darwinbox, and a search firm writes for its client: Instahyre's "Your
application to Swiggy has been sent", Darwinbox's "Greetings from Meesho! Thank you for applying", a search firm's "We
have forwarded your profile to our client, a leading fintech (Razorpay), for the Senior Product Manager role",
Swiggy's "We are pleased to inform you that you have been shortlisted for the next round: a product case discussion
with the Director of Product", Meesho's "your candidature has not been shortlisted", "Razorpay would like to schedule a
first round with the Head of Product", Swiggy's "final round with the VP of Product at our Bengaluru office",
Razorpay's "decided not to proceed", Swiggy's "We would like to offer you the position ... please share your acceptance
by Friday", her "I am happy to accept the offer" and her thanks after the final round. Negatives: Naukri's alert, a
product newsletter, Cutshort's "a recruiter viewed your profile", a second search firm's cold mail, Swiggy's own food
order (a company she applied to) and her father. Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ANANYA = "ananya.iyer.pm@gmail.com"
ME = f"Ananya Iyer <{ANANYA}>"
SWIGGY = "Swiggy Talent <talent@swiggy.example>"
MEESHO = "Meesho Careers <noreply@meesho.darwinbox.example>"
ROHIT = "Rohit Menon <rohit.menon@abcconsultants.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Swiggy",
        "applied",
        "2025-01-06",
        "Instahyre <noreply@instahyre.example>",
        "Your application to Swiggy has been sent",
        "Hi Ananya,\n\nYour application to Swiggy for Senior Product Manager - Instamart has been sent. The recruiter "
        "will reach out if your profile is shortlisted.\n\nTeam Instahyre",
        "t-sw",
    ),
    (
        "Meesho",
        "applied",
        "2025-01-07",
        MEESHO,
        "Thank you for applying",
        "Hi Ananya,\n\nGreetings from Meesho! Thank you for applying for the Product Manager - Supply role. Our team "
        "will review your profile.\n\nTeam Meesho",
        "t-me",
    ),
    (
        "Razorpay",
        "applied",
        "2025-01-08",
        ROHIT,
        "Senior Product Manager - fintech",
        "Hi Ananya,\n\nThank you for your time on the call. We have forwarded your profile to our client, a leading "
        "fintech (Razorpay), for the Senior Product Manager role. Will revert with feedback.\n\nRegards,\nRohit Menon\n"
        "ABC Consultants",
        "t-rz",
    ),
    (
        "Swiggy",
        "interview",
        "2025-01-13",
        SWIGGY,
        "Swiggy - next round",
        "Hi Ananya,\n\nWe are pleased to inform you that you have been shortlisted for the next round: a product case "
        "discussion with the Director of Product on 16 January at 4 PM.\n\nRegards,\nSwiggy Talent",
        "t-sw2",
    ),
    (
        "Meesho",
        "rejected",
        "2025-01-14",
        MEESHO,
        "Update on your application",
        "Hi Ananya,\n\nThank you for your interest in Meesho. We regret to inform you that your candidature has not been "
        "shortlisted for the role.\n\nTeam Meesho",
        "t-me2",
    ),
    (
        "Razorpay",
        "interview",
        "2025-01-15",
        ROHIT,
        "RE: Senior Product Manager - fintech",
        "Hi Ananya,\n\nGood news - Razorpay would like to schedule a first round with the Head of Product on Monday at "
        "11 AM.\n\nRegards,\nRohit",
        "t-rz",
    ),
    (
        "Swiggy",
        "onsite",
        "2025-01-20",
        SWIGGY,
        "Swiggy - final round",
        "Hi Ananya,\n\nCongratulations on clearing the case round. We would like to invite you for the final round with "
        "the VP of Product at our Bengaluru office on 24 January.\n\nRegards,\nSwiggy Talent",
        "t-sw3",
    ),
    (
        "Razorpay",
        "rejected",
        "2025-01-23",
        ROHIT,
        "RE: Senior Product Manager - fintech",
        "Hi Ananya,\n\nI received feedback from Razorpay - they have decided not to proceed, as they want someone with "
        "lending experience.\n\nRegards,\nRohit",
        "t-rz",
    ),
    (
        "Swiggy",
        "thank_you",
        "2025-01-24",
        ME,
        "RE: Swiggy - final round",
        "Hi,\n\nThank you for the opportunity to meet the team today. I enjoyed the discussion on Instamart's roadmap."
        "\n\nRegards,\nAnanya",
        "t-sw3",
    ),
    (
        "Swiggy",
        "offer",
        "2025-01-30",
        SWIGGY,
        "Offer - Senior Product Manager",
        "Hi Ananya,\n\nWe would like to offer you the position of Senior Product Manager - Instamart. Please find the "
        "offer letter attached and share your acceptance by Friday.\n\nRegards,\nSwiggy Talent",
        "t-sw4",
    ),
    (
        "Swiggy",
        "accepted",
        "2025-01-31",
        ME,
        "RE: Offer - Senior Product Manager",
        "Hi,\n\nThank you for the offer. I am happy to accept the offer and will join on 3 March.\n\nRegards,\nAnanya",
        "t-sw4",
    ),
]

_NEGATIVES = [
    (
        "Naukri <jobalerts@naukri.example>",
        "Jobs matching your profile: Product Manager",
        "alert",
        "Product Manager - Flipkart - Bengaluru. Senior PM - PhonePe - Bengaluru. Apply now.",
    ),
    (
        "The Product Folks <newsletter@theproductfolks.example>",
        "This week in product",
        "newsletter",
        "This week's reads. Unsubscribe.",
    ),
    (
        "Cutshort <noreply@cutshort.example>",
        "A recruiter viewed your profile",
        "viewed",
        "A recruiter from a Series B startup viewed your profile.",
    ),
    (
        "Neha Kapoor <neha.kapoor@talentpro.example>",
        "Director of Product - edtech",
        "outreach",
        "Hi Ananya, I'm hiring a Director of Product for an edtech client. Would you be open to a conversation?",
    ),
    (
        "Swiggy <noreply@swiggy-orders.example>",
        "Your Swiggy order is on the way",
        "shop",
        "Your order from Meghana Foods is on the way.",
    ),
    (
        "Appa <r.iyer@yahoo.example>",
        "call",
        "personal",
        "Call me when free.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ANANYA,
        own_to={"Swiggy": SWIGGY},
        offset="+0530",
        clock="11:40:00",
        neg_start="2025-01-05",
        neg_step=5,
        neg_clock="21:25:00",
        tag="fivehundredseventytwo",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
