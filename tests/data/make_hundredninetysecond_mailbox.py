"""A hundred-and-ninety-second mailbox, written as a held-out check after the hundred-and-ninety-first (issue #24).

Jack, a heavy-duty fitter in Perth looking for fly-in fly-out work in the Pilbara, exported Gmail with Takeout.
Australian mining hires in its own words: SEEK's "successfully submitted", a miner's SuccessFactors ("we'll be in
touch if your application progresses"), a dealer's PageUp, "you've been shortlisted" for an assessment centre, a
"yarn" on the phone, a contractor's owner writing "G'day", "unsuccessful on this occasion" and a "letter of offer"
followed by a pre-employment medical.  Negatives: SEEK's alerts and profile nudges, a ticket-training provider, a
workwear shop, a union newsletter, the pre-employment medical booking, a mate.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JACK = "jack.obrien.hdfitter@gmail.com"
ME = f"Jack O'Brien <{JACK}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Ironbark Minerals",
        "applied",
        "2025-05-05",
        "Ironbark Minerals Careers <noreply@successfactors.com>",
        "Thank you for your application - Heavy Duty Fitter FIFO (Req 40521)",
        "Dear Jack,\n\nThank you for your application for the position of Heavy Duty Fitter - Mobile Plant, FIFO "
        "8/6 roster, with Ironbark Minerals. We have received your application and will be in touch if your "
        "application progresses to the next stage.\n\nKind regards,\nIronbark Minerals Talent Acquisition",
        "i1",
    ),
    (
        "Coastline Earthmoving",
        "applied",
        "2025-05-05",
        "SEEK <noreply@s.seek.com.au>",
        "Your application was successfully submitted",
        "Hi Jack,\n\nYour application was successfully submitted.\n\nHD Fitter - Civil Fleet\nCoastline Earthmoving\n"
        "Karratha WA\n\nTrack your application status in your SEEK profile.\n\nSEEK",
        "c1",
    ),
    (
        "WestPlant Equipment",
        "applied",
        "2025-05-06",
        "WestPlant Equipment <westplant@pageuppeople.com>",
        "Application received: Field Service Technician - Pilbara",
        "Hi Jack,\n\nThanks for applying for the Field Service Technician - Pilbara role with WestPlant Equipment. "
        "Your application is now with our recruitment team. Due to the high number of applications, only "
        "shortlisted candidates will be contacted.\n\nCheers,\nWestPlant Recruitment",
        "w1",
    ),
    (
        "Red Dirt Diesel",
        "applied",
        "2025-05-07",
        ME,
        "HD fitter - Jack O'Brien",
        "G'day Shane,\n\nMate of mine, Dave Pearce, said you're after a fitter for the new shutdown crew. I've got "
        "9 years on CAT and Komatsu haul trucks, current MR licence, working at heights and confined space tickets. "
        "Resume attached. Happy to chat whenever suits.\n\nCheers,\nJack O'Brien\n0412 555 018",
        "r1",
    ),
    (
        "Red Dirt Diesel",
        "screen",
        "2025-05-08",
        "Shane Doyle <shane@reddirtdiesel.com.au>",
        "Re: HD fitter - Jack O'Brien",
        "G'day Jack,\n\nThanks mate, Dave speaks highly of you. Happy to have a yarn on the phone Thursday arvo "
        "about the shutdown work - I'll give you a bell around 3 if that suits.\n\nShane\nRed Dirt Diesel Pty Ltd",
        "r1",
    ),
    (
        "Coastline Earthmoving",
        "rejected",
        "2025-05-12",
        "Coastline Earthmoving <careers@coastlineearthmoving.com.au>",
        "HD Fitter - Civil Fleet",
        "Hi Jack,\n\nThank you for your interest in the HD Fitter - Civil Fleet role. We have received a large number "
        "of applications and, unfortunately, on this occasion you have not been successful in progressing to the "
        "next stage.\n\nWe'll keep your details on file and wish you all the best.\n\nCoastline Earthmoving HR",
        "c2",
    ),
    (
        "Ironbark Minerals",
        "screen",
        "2025-05-14",
        "Kylie Tran <kylie.tran@ironbarkminerals.com.au>",
        "Heavy Duty Fitter - phone interview",
        "Hi Jack,\n\nThanks for your application for the Heavy Duty Fitter role at our Marandoo Ridge site. I'd like "
        "to book in a 20 minute phone interview to run through your experience, your tickets and the roster. Are "
        "you free Friday morning?\n\nKind regards,\nKylie Tran\nRecruitment Advisor | Ironbark Minerals",
        "i2",
    ),
    (
        "Red Dirt Diesel",
        "offer",
        "2025-05-16",
        "Shane Doyle <shane@reddirtdiesel.com.au>",
        "Shutdown crew - start date",
        "Jack,\n\nGood yarn yesterday. Happy to put you on for the June shutdown at Ironbark's Marandoo Ridge - 14 "
        "days on, $68 an hour plus travel and site allowance. Paperwork's attached, sign and send it back and "
        "I'll book your flights.\n\nShane",
        "r2",
    ),
    (
        "Ironbark Minerals",
        "onsite",
        "2025-05-20",
        "Ironbark Minerals Careers <noreply@successfactors.com>",
        "You've been shortlisted - Assessment Centre invitation",
        "Dear Jack,\n\nCongratulations, you've been shortlisted for the Heavy Duty Fitter - Mobile Plant role. We'd "
        "like to invite you to attend an assessment centre at our Perth office, 125 St Georges Terrace, on "
        "Tuesday 27 May from 8:00am to 1:00pm. It includes a practical assessment, a safety values interview and a "
        "site overview.\n\nPlease bring photo ID and your trade certificate.\n\nIronbark Minerals Talent "
        "Acquisition",
        "i3",
    ),
    (
        "Red Dirt Diesel",
        "declined",
        "2025-05-21",
        ME,
        "Re: Shutdown crew - start date",
        "G'day Shane,\n\nReally appreciate the offer mate. I've got a permanent FIFO role in the works with Ironbark "
        "directly, so I'm going to pass on the shutdown this time. Hope to work with you down the track.\n\n"
        "Cheers,\nJack",
        "r2",
    ),
    (
        "WestPlant Equipment",
        "rejected",
        "2025-05-23",
        "WestPlant Equipment <westplant@pageuppeople.com>",
        "Your application with WestPlant Equipment",
        "Hi Jack,\n\nThank you for the time you have taken to apply for the Field Service Technician - Pilbara "
        "role. After careful consideration we will not be progressing your application further on this occasion."
        "\n\nWe wish you every success.\n\nWestPlant Recruitment",
        "w2",
    ),
    (
        "Ironbark Minerals",
        "offer",
        "2025-06-02",
        "Kylie Tran <kylie.tran@ironbarkminerals.com.au>",
        "Letter of Offer - Heavy Duty Fitter",
        "Hi Jack,\n\nCongratulations! Following the assessment centre, we're pleased to offer you the position of "
        "Heavy Duty Fitter - Mobile Plant on an 8/6 FIFO roster out of Perth. Your letter of offer is attached; "
        "it is conditional on a pre-employment medical and drug and alcohol test.\n\nPlease sign and return it "
        "within five business days.\n\nKylie Tran\nRecruitment Advisor | Ironbark Minerals",
        "i4",
    ),
    (
        "Ironbark Minerals",
        "accepted",
        "2025-06-03",
        ME,
        "Re: Letter of Offer - Heavy Duty Fitter",
        "Hi Kylie,\n\nThanks heaps - signed letter attached. Looking forward to getting started.\n\nJack",
        "i4",
    ),
]

_OWN_TO = {
    "Red Dirt Diesel": "Shane Doyle <shane@reddirtdiesel.com.au>",
    "Ironbark Minerals": "Kylie Tran <kylie.tran@ironbarkminerals.com.au>",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "SEEK <noreply@s.seek.com.au>",
        "8 new jobs for Heavy Duty Fitter in All Perth WA",
        "alert",
        "HD Fitter FIFO - Pilbara Plant Hire - Port Hedland WA\nMaintenance Fitter - Sandfire Labour - Perth WA\n"
        "View all jobs.",
    ),
    (
        "SEEK <noreply@s.seek.com.au>",
        "Jack, employers are searching for candidates like you",
        "alert",
        "Keep your SEEK Profile up to date so employers can find you. Add your licences and certifications.",
    ),
    (
        "Skills Ticket Training <bookings@skillsticket.example>",
        "Limited spots: Working at Heights and Confined Space this Saturday",
        "newsletter",
        "Get your tickets sorted before your next swing. Book now for Saturday's combined course in Welshpool.",
    ),
    (
        "Workwear Depot <deals@workweardepot.example>",
        "EOFY sale: 30% off hi-vis and steel caps",
        "shop",
        "Stock up on hi-vis, steel caps and coveralls before the end of financial year.",
    ),
    (
        "AMWU WA <news@amwu.example>",
        "Member update: FIFO rosters and the new enterprise agreement",
        "newsletter",
        "This month: roster changes across the Pilbara, the new enterprise agreement vote and member benefits.",
    ),
    (
        "Ironbark Minerals Onboarding <noreply@successfactors.com>",
        "Pre-employment medical booking - action required",
        "onboarding",
        "Dear Jack, your pre-employment medical and drug and alcohol screen is booked for Thursday 5 June at 7:30am "
        "at Osborne Park Medical. Please bring photo ID.",
    ),
    (
        "Dave Pearce <davepearce.hd@gmail.com>",
        "shane",
        "personal",
        "Gave Shane your number, he's a good bloke. Beers Friday?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=JACK,
        own_to=_OWN_TO,
        offset="+0800",
        clock="14:25:00",
        neg_start="2025-05-03",
        neg_step=5,
        neg_clock="06:15:00",
        tag="hundredninetytwo",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
