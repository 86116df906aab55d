"""A seventy-third mailbox, written as a held-out check after the seventy-second's fixes (issue #24).

Sam, a product designer in Austin, exports Thunderbird as a plain mbox (mail from a custom domain, no labels).
Start-ups write casually: a founder's "coffee chat", a "portfolio review", a "design exercise", a "final panel";
refusals "we're going to pass", "we've decided to hold off on hiring for this role"; an offer "we'd love to have you
on the team - here are the details"; Lever, Rippling and Workable; Wellfound's messages; Sam's own thank-you note,
follow-up and acceptance, and a decline.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

SAM = "sam@samrivera.design"
_ME = f"Sam Rivera <{SAM}>"

# (company, event, day, sender, subject, body, parent index or None)
_POSITIVES = [
    # Tumbleweed Health (Lever; founder's coffee chat; portfolio review; design exercise; final panel; an offer)
    (
        "Tumbleweed Health",
        "applied",
        "2025-06-02",
        "Tumbleweed Health <no-reply@hire.lever.co>",
        "Thanks for applying to Tumbleweed Health!",
        "Hey Sam,\n\nThanks for applying for the Senior Product Designer role at Tumbleweed Health. We read every "
        "application and will be in touch.\n\n- The Tumbleweed team",
        None,
    ),
    (
        "Tumbleweed Health",
        "screen",
        "2025-06-05",
        "Nina Patel <nina@tumbleweedhealth.com>",
        "coffee chat?",
        "Hey Sam!\n\nI'm one of the co-founders here. Loved your case study on the clinic check-in flow. Want to grab "
        "a virtual coffee chat this week? 30 min, super casual - I'll tell you what we're building.\n\nNina",
        None,
    ),
    (
        "Tumbleweed Health",
        "interview",
        "2025-06-11",
        "Nina Patel <nina@tumbleweedhealth.com>",
        "Re: coffee chat?",
        "Great chatting! Next up would be a portfolio review with our head of design, Owen, and two engineers - about "
        "an hour over Zoom. Does Tuesday the 17th work?\n\nNina",
        1,
    ),
    (
        "Tumbleweed Health",
        "interview",
        "2025-06-19",
        "Owen Brooks <owen@tumbleweedhealth.com>",
        "Design exercise",
        "Hi Sam,\n\nThanks for walking us through your work. As a next step we'd like you to do a short take-home "
        "design exercise (a few hours, no more). The brief is attached; send it back by next Friday.\n\nOwen",
        None,
    ),
    (
        "Tumbleweed Health",
        "onsite",
        "2025-07-01",
        "Nina Patel <nina@tumbleweedhealth.com>",
        "Final panel - Tumbleweed",
        "Hey Sam,\n\nThe team loved your exercise! Last step is a final panel at our office on East 6th: you'll present "
        "the exercise to the team and meet our CEO. Thursday July 10 at 1pm?\n\nNina",
        None,
    ),
    (
        "Tumbleweed Health",
        "thank_you",
        "2025-07-10",
        _ME,
        "Re: Final panel - Tumbleweed",
        "Hi Nina,\n\nThank you for having me today - it was great to meet everyone and I loved the discussion about "
        "the patient app.\n\nSam",
        4,
    ),
    (
        "Tumbleweed Health",
        "offer",
        "2025-07-15",
        "Nina Patel <nina@tumbleweedhealth.com>",
        "Welcome to Tumbleweed (we hope!)",
        "Sam!\n\nWe'd love to have you on the team. Here are the details: $145k base, 0.25% equity, full benefits, "
        "start whenever works in August. Formal letter coming via Rippling today.\n\nNina",
        None,
    ),
    (
        "Tumbleweed Health",
        "accepted",
        "2025-07-17",
        _ME,
        "Re: Welcome to Tumbleweed (we hope!)",
        "Nina - I'm in! Just signed the letter in Rippling. So excited.\n\nSam",
        6,
    ),
    # Bluebonnet Labs (Workable; portfolio review; "we're going to pass")
    (
        "Bluebonnet Labs",
        "applied",
        "2025-06-03",
        "Bluebonnet Labs <noreply@candidates.workablemail.com>",
        "Bluebonnet Labs - We received your application",
        "Hi Sam,\n\nThanks for your application for Product Designer at Bluebonnet Labs. Our team will review it and "
        "get back to you.\n\nBluebonnet Labs",
        None,
    ),
    (
        "Bluebonnet Labs",
        "interview",
        "2025-06-12",
        "Carla Diaz <carla@bluebonnetlabs.io>",
        "Portfolio review - Bluebonnet Labs",
        "Hi Sam,\n\nWe'd like to invite you to a portfolio review with our design lead next week. Pick any slot that "
        "works here: calendly.com/bluebonnet-design\n\nCarla",
        None,
    ),
    (
        "Bluebonnet Labs",
        "rejected",
        "2025-06-24",
        "Carla Diaz <carla@bluebonnetlabs.io>",
        "Re: Portfolio review - Bluebonnet Labs",
        "Hi Sam,\n\nThanks again for the time. The team really liked your craft, but we're going to pass for now - we "
        "need someone with more B2B dashboard experience for this one. Would love to stay in touch.\n\nCarla",
        9,
    ),
    # Pecan Street Studio (Wellfound; founder call; hold off hiring)
    (
        "Pecan Street Studio",
        "applied",
        "2025-06-04",
        "Wellfound <notifications@wellfound.com>",
        "Your application to Pecan Street Studio was sent",
        "Hi Sam,\n\nYour application to Pecan Street Studio for Founding Designer was sent. We'll let you know when "
        "they respond.\n\nWellfound",
        None,
    ),
    (
        "Pecan Street Studio",
        "screen",
        "2025-06-09",
        "Marcus Lee <marcus@pecanstreet.studio>",
        "Pecan Street Studio <> Sam",
        "Hi Sam - Marcus here, founder of Pecan Street Studio. Saw your application on Wellfound. Free for a 20 min "
        "call Thursday?\n\nMarcus",
        None,
    ),
    (
        "Pecan Street Studio",
        "rejected",
        "2025-06-27",
        "Marcus Lee <marcus@pecanstreet.studio>",
        "Re: Pecan Street Studio <> Sam",
        "Hey Sam, quick update: we've decided to hold off on hiring for this role until after our next raise. Really "
        "sorry - I enjoyed our chat.\n\nMarcus",
        12,
    ),
    # Longhorn Freight (Rippling; Sam's follow-up; an offer Sam declines)
    (
        "Longhorn Freight",
        "applied",
        "2025-06-06",
        "Longhorn Freight <no-reply@ats.rippling.com>",
        "Application received - UX Designer",
        "Hi Sam,\n\nThank you for applying to the UX Designer position at Longhorn Freight. We will review your "
        "application shortly.\n\nLonghorn Freight Recruiting",
        None,
    ),
    (
        "Longhorn Freight",
        "follow_up",
        "2025-06-20",
        _ME,
        "UX Designer application - checking in",
        "Hi Dana,\n\nI applied for the UX Designer role on June 6 and wanted to check in on where things stand. I'd "
        "love to bring my logistics design experience to Longhorn.\n\nBest,\nSam Rivera",
        None,
        "Dana Whitley <dana.whitley@longhornfreight.com>",
    ),
    (
        "Longhorn Freight",
        "interview",
        "2025-06-23",
        "Dana Whitley <dana.whitley@longhornfreight.com>",
        "Re: UX Designer application - checking in",
        "Hi Sam,\n\nThanks for reaching out! The hiring manager would like to interview you - are you free Wednesday "
        "at 10am for a video interview with him and a senior designer?\n\nDana",
        15,
    ),
    (
        "Longhorn Freight",
        "offer",
        "2025-07-08",
        "Dana Whitley <dana.whitley@longhornfreight.com>",
        "UX Designer - offer",
        "Hi Sam,\n\nGreat news - we'd like to offer you the UX Designer position at $118,000. Let me know if you have "
        "any questions.\n\nDana",
        None,
    ),
    (
        "Longhorn Freight",
        "declined",
        "2025-07-17",
        _ME,
        "Re: UX Designer - offer",
        "Hi Dana,\n\nThank you so much for the offer. After a lot of thought I've decided to accept another role, so I "
        "have to respectfully decline. I really appreciated the process.\n\nSam",
        17,
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Wellfound <notifications@wellfound.com>",
        "New startups hiring designers in Austin",
        "alert",
        "Founding Designer - Pecan Street Studio\nProduct Designer - Bluebonnet Labs\nSee all jobs",
    ),
    (
        "Dribbble <hello@dribbble.com>",
        "Top shots this week",
        "newsletter",
        "The best design work from the community this week. Unsubscribe",
    ),
    (
        "Jess Tran <jess@designtalentco.com>",
        "Lead Product Designer - fintech (remote)",
        "outreach",
        "Hi Sam! Your portfolio is lovely. I'm working on a Lead Product Designer search for a fintech client - open "
        "to a quick call?\n\nJess",
    ),
    (
        "Rippling <no-reply@rippling.com>",
        "Finish setting up your Rippling account",
        "onboarding",
        "Hi Sam,\n\nTumbleweed Health uses Rippling for onboarding. Finish setting up your account to complete your "
        "new hire paperwork.\n\nRippling",
    ),
    (
        "Figma <news@figma.com>",
        "Config 2025 recap",
        "newsletter",
        "Catch up on everything announced at Config. Unsubscribe",
    ),
    (
        "Alex Rivera <alex.rivera.atx@gmail.com>",
        "tacos friday?",
        "personal",
        "Tacos Friday? Want to hear how the Tumbleweed thing went!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=SAM,
        own_to={
            "Tumbleweed Health": "Nina Patel <nina@tumbleweedhealth.com>",
            "Longhorn Freight": "Dana Whitley <dana.whitley@longhornfreight.com>",
        },
        offset=lambda d: "-0500",
        clock="11:35:00",
        neg_start="2025-06-07",
        neg_step=6,
        neg_clock="07:20:00",
        tag="seventythree",
        host="samrivera.design",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one plain mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
