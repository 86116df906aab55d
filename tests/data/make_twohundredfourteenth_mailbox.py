"""A two-hundred-and-fourteenth mailbox, written as a held-out check after the two-hundred-and-thirteenth (issue #24).

Jonas, an embedded Rust developer in Berlin, reads mail in mutt and keeps it as a Maildir (a file per message in
``cur/`` and ``new/``, his sent mail in ``.Sent``), as offlineimap syncs it.  He answers a "who's hiring" thread by
mail, applies through Recruitee, Greenhouse and Personio, and start-ups write back casually: a founder's "virtual
coffee", a pairing session, a take-home, an on-site day, an offer he declines for another.  Negatives that use the
words of a search: a GitHub notification titled "Offer a blocking SPI trait", a mailing list's thread, a flat's
"Bewerbung" (an application for a flat, in German), the immigration office's appointment for his residence permit
application, a recruiter's cold mail, a meetup.  Its score before any rule was changed for it is in the commit
message; one truth was changed after it (a "Kennenlerngespräch" is the first interview, as the 90th decided); ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JONAS = "jonas@kessler.dev"
ME = f"Jonas Kessler <{JONAS}>"

# (company, event, day, sender, subject, body, parent index or None[, to]) in date order
_POSITIVES = [
    (
        "Ferrite Labs",
        "applied",
        "2025-11-03",
        ME,
        "Rust firmware engineer (HN who's hiring, November)",
        'Hi,\n\nI saw your post in this month\'s HN "Who is hiring" thread for a Rust firmware engineer (Berlin / '
        "remote EU). I've spent four years on embedded Rust (nRF52, STM32, embassy) and maintain a couple of HAL "
        "crates. CV and GitHub below.\n\nCheers,\nJonas Kessler\nhttps://github.com/jkessler",
        None,
        "Ferrite Labs Jobs <jobs@ferritelabs.io>",
    ),
    (
        "Nordwerk Robotics",
        "applied",
        "2025-11-04",
        "Nordwerk Robotics <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Nordwerk Robotics",
        "Hi Jonas,\n\nThanks for your interest in Nordwerk Robotics! We've received your application for Senior "
        "Embedded Software Engineer (Rust) and our team is reviewing it.\n\nBest,\nThe Nordwerk Robotics Talent "
        "Team",
        None,
    ),
    (
        "Spreewerk Energie",
        "applied",
        "2025-11-05",
        "Spreewerk Energie GmbH <noreply@spreewerk-energie.jobs.personio.de>",
        "Eingangsbestätigung Ihrer Bewerbung als Embedded Software Engineer (m/w/d)",
        "Hallo Herr Kessler,\n\nvielen Dank für Ihre Bewerbung als Embedded Software Engineer (m/w/d). Wir haben Ihre "
        "Unterlagen erhalten und melden uns in den nächsten zwei Wochen bei Ihnen.\n\nViele Grüße\nIhr "
        "Recruiting-Team der Spreewerk Energie GmbH",
        None,
    ),
    (
        "Ferrite Labs",
        "screen",
        "2025-11-06",
        "Mira Olsen <mira@ferritelabs.io>",
        "Re: Rust firmware engineer (HN who's hiring, November)",
        "Hey Jonas - loved the embassy PRs. Want to grab a virtual coffee with me next week? 30 min, no prep, just "
        "getting to know each other. Tue or Wed afternoon?\n\nMira\nco-founder, Ferrite Labs",
        0,
    ),
    (
        "Helix Mobility",
        "applied",
        "2025-11-07",
        "Helix Mobility <jobs@helixmobility.recruitee.com>",
        "We got it! Thanks for applying to Helix Mobility",
        "Hi Jonas,\n\nWe got your application for Firmware Engineer - Rust and we're excited to take a look. "
        "Someone from the team will get back to you within 10 days, whatever the outcome.\n\nTalk soon,\nHelix "
        "Mobility",
        None,
    ),
    (
        "Nordwerk Robotics",
        "interview",
        "2025-11-11",
        "Paula Brandt <paula.brandt@nordwerk-robotics.com>",
        "Nordwerk Robotics - take-home exercise",
        "Hi Jonas,\n\nThanks for the chat last week! As a next step we'd like to send you our take-home: a small "
        "no_std driver for a (simulated) IMU, around 3-4 hours. You'll find the repo link below; please send it back "
        "within a week.\n\nBest,\nPaula Brandt\nTechnical Recruiter | Nordwerk Robotics",
        None,
    ),
    (
        "Ferrite Labs",
        "interview",
        "2025-11-13",
        "Mira Olsen <mira@ferritelabs.io>",
        "Re: Rust firmware engineer (HN who's hiring, November)",
        "Great talking yesterday! Next up would be a 90-minute pairing session with Tomasz and Ines on your own "
        "machine - we'll hack on a real bug in our BLE stack. Here's a link to pick a slot: "
        "https://cal.com/ferrite/pairing\n\nMira",
        3,
    ),
    (
        # (written "screen"; the 90th and nine other corpora call a "Kennenlerngespräch" the first interview)
        "Spreewerk Energie",
        "interview",
        "2025-11-14",
        "Svenja Hoffmann <svenja.hoffmann@spreewerk-energie.de>",
        "Einladung zum Kennenlerngespräch",
        "Hallo Herr Kessler,\n\nvielen Dank für Ihr Interesse an Spreewerk Energie. Wir würden Sie gerne in einem "
        "30-minütigen Kennenlerngespräch per Teams näher kennenlernen. Passt Ihnen Dienstag, der 18.11., um 10 "
        "Uhr?\n\nViele Grüße\nSvenja Hoffmann\nTalent Acquisition\nSpreewerk Energie GmbH",
        None,
    ),
    (
        "Helix Mobility",
        "rejected",
        "2025-11-17",
        "Helix Mobility <jobs@helixmobility.recruitee.com>",
        "Your application for Firmware Engineer - Rust",
        "Hi Jonas,\n\nThanks again for applying. We've had a close look and decided to go ahead with candidates "
        "whose experience is closer to automotive AUTOSAR stacks. We know this isn't the news you were hoping for "
        "and we wish you the best with your search.\n\nHelix Mobility",
        None,
    ),
    (
        "Ferrite Labs",
        "rejected",
        "2025-11-21",
        "Mira Olsen <mira@ferritelabs.io>",
        "Re: Rust firmware engineer (HN who's hiring, November)",
        "Hey Jonas,\n\nThanks for the pairing session - Tomasz and Ines really enjoyed it. It was a tough call, but "
        "we've decided not to proceed; we need someone with more RF/BLE depth right now. Would love to stay in "
        "touch as we grow.\n\nMira",
        6,
    ),
    (
        "Nordwerk Robotics",
        "onsite",
        "2025-11-24",
        "Paula Brandt <paula.brandt@nordwerk-robotics.com>",
        "Nordwerk Robotics - on-site day in Munich",
        "Hi Jonas,\n\nGreat news: the team loved your take-home! We'd like to invite you to our on-site day in "
        "Munich on December 3rd: a design session, a hardware-in-the-loop walkthrough and lunch with the team. "
        "We'll cover your travel.\n\nBest,\nPaula",
        None,
    ),
    (
        "Spreewerk Energie",
        "withdrew",
        "2025-11-26",
        ME,
        "Re: Einladung zum Kennenlerngespräch",
        "Hallo Frau Hoffmann,\n\nvielen Dank für das nette Gespräch. Ich habe mich inzwischen entschieden, meine "
        "Bewerbung zurückzuziehen, da ich in einem anderen Prozess schon weit fortgeschritten bin.\n\nViele Grüße\n"
        "Jonas Kessler",
        7,
        "Svenja Hoffmann <svenja.hoffmann@spreewerk-energie.de>",
    ),
    (
        "Nordwerk Robotics",
        "offer",
        "2025-12-05",
        "Paula Brandt <paula.brandt@nordwerk-robotics.com>",
        "Offer - Senior Embedded Software Engineer (Rust)",
        "Hi Jonas,\n\nI'm delighted to tell you that we'd like to offer you the Senior Embedded Software Engineer "
        "role! EUR 92,000 plus VSOP, 30 days of holiday, Berlin or Munich. The contract is attached; let me know "
        "if you have any questions.\n\nBest,\nPaula",
        None,
    ),
    (
        "Nordwerk Robotics",
        "accepted",
        "2025-12-08",
        ME,
        "Re: Offer - Senior Embedded Software Engineer (Rust)",
        "Hi Paula,\n\nThat's wonderful - I'm in! Signed contract attached. Looking forward to starting in "
        "February.\n\nJonas",
        12,
        "Paula Brandt <paula.brandt@nordwerk-robotics.com>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Lina Park <notifications@github.com>",
        "Re: [rust-embedded/embedded-hal] Offer a blocking SPI trait (PR #612)",
        "newsletter",
        "@jkessler approved these changes. LGTM - happy to merge once CI is green.\n\n--\nReply to this email "
        "directly or view it on GitHub.",
    ),
    (
        "Daniel Egger <daniel@eggers-club.example>",
        "[rust-embedded] Re: interview with the RTIC maintainers for the newsletter",
        "newsletter",
        "We're doing a short interview with the RTIC maintainers for This Week in Embedded. Send questions by Friday.",
    ),
    (
        "Wohnungsbaugesellschaft Neukölln <vermietung@wbg-nk.example>",
        "Ihre Bewerbung für die Wohnung Sonnenallee 112, 2. OG links",
        "newsletter",
        "Sehr geehrter Herr Kessler,\n\nvielen Dank für Ihre Bewerbung um die Wohnung Sonnenallee 112. Leider "
        "haben wir uns für andere Mietinteressenten entschieden.\n\nMit freundlichen Grüßen\nIhre Vermietung",
    ),
    (
        "Landesamt für Einwanderung <noreply@lea-berlin.example>",
        "Terminbestätigung: Antrag auf Aufenthaltserlaubnis (Blaue Karte EU)",
        "newsletter",
        "Ihr Termin zur Vorsprache wurde bestätigt: 09.12.2025, 08:40 Uhr. Bitte bringen Sie Ihren Arbeitsvertrag "
        "und Ihren Pass mit.",
    ),
    (
        "Tobias Wendt <tobias@hyperhire.example>",
        "Senior Rust role - stealth robotics startup",
        "recruiter",
        "Hi Jonas, I found your profile on GitHub and have a client in stealth robotics hiring senior Rust engineers "
        "(EUR 100-120k). Open to a quick chat?",
    ),
    (
        "Rust Berlin <meetup@rust-berlin.example>",
        "Rust Berlin: December talks + Glühwein",
        "newsletter",
        "Two talks on async embedded and a Glühwein after. RSVP on the meetup page.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=JONAS,
        offset=lambda d: "+0100",
        clock="09:40:00",
        neg_start="2025-11-02",
        neg_step=6,
        neg_clock="19:30:00",
        tag="twohundredfourteen",
        host="kessler.dev",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as offlineimap keeps it for mutt: a Maildir (``cur/``, ``new/``, ``tmp/``), received mail
    in its root (what was read in ``cur/``, the last week's in ``new/``), the sent mail in ``.Sent``; return it."""
    import mailbox

    root = Path(folder) / "Mail"
    root.parent.mkdir(parents=True, exist_ok=True)
    store = mailbox.Maildir(root)
    sent = store.add_folder("Sent")
    for i, (msg, _) in enumerate(msgs if msgs is not None else messages()):
        m = mailbox.MaildirMessage(msg)
        if i % 4:
            m.set_subdir("cur")
            m.add_flag("S")
        (sent if JONAS in str(msg["From"]) else store).add(m)
    return root
