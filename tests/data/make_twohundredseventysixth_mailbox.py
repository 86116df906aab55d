"""A two-hundred-and-seventy-sixth mailbox, written as a held-out check after the two-hundred-and-seventy-fifth
(issue #24).

Jaylen, nineteen, looks for hourly work in Phoenix and exports Gmail with Takeout.  Hourly hiring by bots and
platforms, most of it sent as HTML only: a grocery chain's conversational assistant ("Olivia from Sunvale Grocers"),
Fountain's and Workstream's mail in a restaurant's and a gym's names, Snagajob's receipt, Indeed's "Interview
request from", a rescheduled interview, "we are moving forward with other applicants", a same-day offer ("Welcome to
the team!"), an orientation and a background check (no steps of their own), and his own short replies.  Negatives:
Snagajob's and Indeed's job mail, a "Your resume was viewed" notice, a phone carrier, a sneaker drop, a friend.  Its
score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.

One truth changed after the first read: the rescheduled interview is no new step (the template mails' decision), so
its mail is to be read as nothing; it had been written as a second interview, and the reader had already skipped it.
"""

from __future__ import annotations

from pathlib import Path

JAYLEN = "jaylen.brooks.az@gmail.com"
ME = f"Jaylen Brooks <{JAYLEN}>"

_OWN_TO = {
    "Cactus Bowl Poke": "Cactus Bowl Poke <hiring@cactusbowlpoke.example>",
    "Sunvale Grocers": "Olivia <olivia@sunvalegrocers.example>",
    "Desert Spoke Cycles": "Dave Kessler <dave@desertspokecycles.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Sunvale Grocers",
        "applied",
        "2025-06-02",
        "Olivia from Sunvale Grocers <olivia@sunvalegrocers.example>",
        "Thanks for applying to Sunvale Grocers!",
        "HTML:<html><body><p>Hi Jaylen! 👋 I'm Olivia, Sunvale Grocers' virtual recruiting assistant.</p><p>Thanks for "
        "applying to be a <b>Courtesy Clerk</b> at our Tempe - Rural Rd store! I'll text you if the hiring manager "
        "would like to meet.</p></body></html>",
        "s1",
    ),
    (
        "Cactus Bowl Poke",
        "applied",
        "2025-06-02",
        "Cactus Bowl Poke <no-reply@fountain.com>",
        "Application received - Team Member",
        "HTML:<html><body><table><tr><td><img alt='Cactus Bowl Poke'></td></tr><tr><td>Hey Jaylen, thanks for "
        "applying to be a Team Member at Cactus Bowl Poke (Mill Ave). We'll reach out soon about next steps!</td></tr>"
        "</table></body></html>",
        "c1",
    ),
    (
        "Ironside Fitness",
        "applied",
        "2025-06-03",
        "Ironside Fitness <notifications@workstream.us>",
        "We got your application!",
        "HTML:<html><body><p>Hi Jaylen,</p><p>Ironside Fitness - Scottsdale got your application for Front Desk "
        "Associate. Keep an eye on your phone and email.</p></body></html>",
        "i1",
    ),
    (
        "Desert Spoke Cycles",
        "applied",
        "2025-06-04",
        "Snagajob <noreply@snagajob.com>",
        "You applied to Desert Spoke Cycles",
        "HTML:<html><body><h2>Application sent!</h2><p>Bike Shop Associate</p><p>Desert Spoke Cycles - Phoenix, AZ</p>"
        "<p>We sent your profile to the employer. Good luck!</p></body></html>",
        "d1",
    ),
    (
        "Sunvale Grocers",
        "interview",
        "2025-06-04",
        "Olivia from Sunvale Grocers <olivia@sunvalegrocers.example>",
        "Your interview is confirmed",
        "HTML:<html><body><p>Great news, Jaylen! Your interview with Marcus (Store Manager) is confirmed:</p><p>"
        "Friday, June 6 at 3:30 PM<br>Sunvale Grocers, 1810 S Rural Rd, Tempe</p><p>Please check in at customer "
        "service. Reply R to reschedule.</p></body></html>",
        "s1",
    ),
    (
        "Cactus Bowl Poke",
        "interview",
        "2025-06-05",
        "Cactus Bowl Poke <no-reply@fountain.com>",
        "Schedule your interview",
        "HTML:<html><body><p>Hey Jaylen! The Mill Ave team would love to meet you. Pick a time for a 15 minute "
        "in-person interview with our shift lead:</p><p><a href='https://fountain.com/s/abc'>Choose a time</a></p>"
        "</body></html>",
        "c1",
    ),
    (
        "Sunvale Grocers",
        "interview",
        "2025-06-06",
        "Olivia from Sunvale Grocers <olivia@sunvalegrocers.example>",
        "Your interview has been rescheduled",
        "HTML:<html><body><p>Hi Jaylen, your interview with Marcus has been rescheduled to <b>Saturday, June 7 at 10:00 "
        "AM</b> at the same store. See you then!</p></body></html>",
        "s1",
    ),
    (
        "Ironside Fitness",
        "rejected",
        "2025-06-09",
        "Ironside Fitness <notifications@workstream.us>",
        "Update on your application",
        "HTML:<html><body><p>Hi Jaylen,</p><p>Thanks for your interest in Ironside Fitness. We are moving forward with "
        "other applicants for the Front Desk Associate position at this time. Feel free to apply again in 90 days."
        "</p></body></html>",
        "i1",
    ),
    (
        "Sunvale Grocers",
        "offer",
        "2025-06-07",
        "Olivia from Sunvale Grocers <olivia@sunvalegrocers.example>",
        "Welcome to the team, Jaylen!",
        "HTML:<html><body><p>Congratulations Jaylen! 🎉 Marcus would like to offer you the Courtesy Clerk position at "
        "$15.50/hour. Tap below to accept your offer and start your background check.</p><p><a href='#'>Accept "
        "offer</a></p></body></html>",
        "s1",
    ),
    (
        "Cactus Bowl Poke",
        "withdrew",
        "2025-06-08",
        ME,
        "Re: Schedule your interview",
        "hey, i got a job at a grocery store so i dont need the interview anymore. thanks tho!",
        "c1",
    ),
    (
        "Sunvale Grocers",
        "accepted",
        "2025-06-08",
        "Olivia from Sunvale Grocers <olivia@sunvalegrocers.example>",
        "Offer accepted - next steps",
        "HTML:<html><body><p>Thanks for accepting your offer, Jaylen! Next: complete your background check and your "
        "I-9 documents. Orientation is Thursday, June 12 at 9:00 AM.</p></body></html>",
        "s1",
    ),
    (
        "Desert Spoke Cycles",
        "interview",
        "2025-06-10",
        "Dave Kessler <dave@desertspokecycles.example>",
        "bike shop job",
        "Hey Jaylen, got your application through Snagajob. Can you swing by the shop Thursday around 4 and we'll "
        "talk? Ask for Dave.\n\n-Dave\nDesert Spoke Cycles",
        "d2",
    ),
    (
        "Desert Spoke Cycles",
        "withdrew",
        "2025-06-10",
        ME,
        "Re: bike shop job",
        "hey Dave thanks for reaching out! i actually just took a job at sunvale so im gonna pass. appreciate it!",
        "d2",
    ),
]

_NEGATIVES = [
    (
        "Snagajob <jobs@snagajob.com>",
        "New hourly jobs near you",
        "alert",
        "HTML:<html><body><p>Cashier - Phoenix - $15/hr</p><p>Barista - Tempe - $14/hr + tips</p><p>Stocker - Mesa"
        "</p></body></html>",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Part time jobs in Tempe, AZ",
        "alert",
        "HTML:<html><body><p>Part Time Cashier - Sunvale Grocers - Tempe, AZ</p><p>Crew Member - Tempe, AZ</p>"
        "</body></html>",
    ),
    (
        "Indeed <noreply@indeed.com>",
        "Your resume was viewed",
        "viewed",
        "An employer viewed your resume on Indeed.",
    ),
    (
        "Metro Mobile <billing@metromobile.example>",
        "Your bill is ready",
        "other",
        "Your Metro Mobile bill of $40.00 is due June 20.",
    ),
    (
        "Kicks Drop <drops@kicksdrop.example>",
        "Dropping Saturday: the Sky High 1s",
        "shop",
        "Set your alarm: the Sky High 1s drop Saturday at 10 AM.",
    ),
    (
        "Andre <andre.w@gmail.example>",
        "yo",
        "personal",
        "yo u tryna hoop later",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives (most sent as HTML only)."""
    from mail_score import sent_as, takeout_corpus

    msgs = sent_as(
        takeout_corpus(
            sorted(_POSITIVES, key=lambda p: p[2]),
            _NEGATIVES,
            owner=JAYLEN,
            own_to=_OWN_TO,
            offset="-0700",
            clock="15:20:00",
            neg_start="2025-06-01",
            neg_step=3,
            neg_clock="22:10:00",
            tag="twohundredseventysix",
        )
    )
    # a moved interview is no new step (as the template mails have it): the mail is read as nothing
    return [(m, ("skip", "moved", None) if str(m["Subject"]) == _MOVED else t) for m, t in msgs]


_MOVED = "Your interview has been rescheduled"


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
