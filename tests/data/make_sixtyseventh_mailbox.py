"""A sixty-seventh mailbox, written as a held-out check after the sixty-sixth's fixes (issue #24).

Jordan, a software engineer in Seattle, exports Gmail with Takeout.  Most steps come from third parties that act for
the employer: scheduling tools (GoodTime, ModernLoop, Calendly), interview platforms (Karat, CodeSignal, HackerRank),
DocuSign for the offer letter, Checkr for the background check; the employers' own tracking systems (Ashby, Gem,
Greenhouse) say little.  Also a Greenhouse survey about the interview, a Karat practice invitation, and her
follow-up.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JORDAN = "jordan.okafor.dev@gmail.com"
_ME = f"Jordan Okafor <{JORDAN}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Larkspur Robotics (Ashby; GoodTime screen; Karat interview; onsite via ModernLoop; an offer by DocuSign)
    (
        "Larkspur Robotics",
        "applied",
        "2025-10-01",
        "Larkspur Robotics <no-reply@ashbyhq.com>",
        "Thanks for applying to Larkspur Robotics",
        "Hi Jordan,\n\nThanks for applying for the Software Engineer, Perception role. We've received your application "
        "and the team will review it.\n\nLarkspur Robotics",
        "lr1",
    ),
    (
        "Larkspur Robotics",
        "screen",
        "2025-10-06",
        "Larkspur Robotics via GoodTime <scheduling@goodtime.io>",
        "Interview Confirmation: Recruiter Call with Larkspur Robotics",
        "Hi Jordan,\n\nYour Recruiter Call with Larkspur Robotics is confirmed.\n\nWhen: Wednesday, October 8, 2025 "
        "10:00 AM - 10:30 AM PDT\nWith: Maya Lindqvist (Recruiter)\nWhere: Zoom\n\nNeed to reschedule? Use the link "
        "below.\n\nPowered by GoodTime",
        "lr2",
    ),
    (
        "Larkspur Robotics",
        "interview",
        "2025-10-10",
        "Karat <no-reply@karat.io>",
        "Schedule your Karat interview for Larkspur Robotics",
        "Hi Jordan,\n\nLarkspur Robotics has partnered with Karat to conduct its technical interviews. Please schedule "
        "your 60-minute technical interview with a Karat Interview Engineer using the link below within the next 5 "
        "days.\n\nGood luck!\nThe Karat Team",
        "lr3",
    ),
    (
        "Larkspur Robotics",
        "onsite",
        "2025-10-20",
        "Larkspur Robotics Recruiting <noreply@modernloop.io>",
        "Your Larkspur Robotics onsite interview schedule",
        "Hi Jordan,\n\nWe're excited to host you for your final round interviews on Thursday, October 23.\n\n9:30 AM "
        "System Design - Priyanka Shah\n10:30 AM Coding - Tomás Rivera\n11:30 AM Behavioral - Dana Cho\n12:15 PM "
        "Lunch with the team\n\nAddress: 2200 Western Ave, Seattle, WA\n\nLarkspur Robotics Recruiting",
        "lr4",
    ),
    (
        "Larkspur Robotics",
        "offer",
        "2025-10-29",
        "Maya Lindqvist via DocuSign <dse_na2@docusign.net>",
        "Complete with DocuSign: Larkspur Robotics - Offer Letter - Jordan Okafor",
        "Maya Lindqvist sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\nMaya Lindqvist\nmaya@"
        "larkspurrobotics.com\n\nHi Jordan, congratulations! Please review and sign your offer letter for the "
        "Software Engineer, Perception role.\n\nDo Not Share This Email",
        "lr5",
    ),
    (
        "Larkspur Robotics",
        "accepted",
        "2025-10-31",
        _ME,
        "Re: Offer - Software Engineer, Perception",
        "Hi Maya,\n\nI've signed the offer letter in DocuSign. I'm thrilled to accept and can't wait to join the "
        "team!\n\nJordan",
        "lr6",
    ),
    # Cobaltline (Greenhouse; CodeSignal assessment; a refusal)
    (
        "Cobaltline",
        "applied",
        "2025-10-02",
        "Cobaltline <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Cobaltline",
        "Hi Jordan,\n\nThank you for your interest in Cobaltline! We have received your application for Backend "
        "Engineer and will review it shortly.\n\nBest,\nCobaltline Recruiting",
        "cl1",
    ),
    (
        "Cobaltline",
        "interview",
        "2025-10-07",
        "CodeSignal <noreply@codesignal.com>",
        "Cobaltline invited you to complete a General Coding Assessment",
        "Hi Jordan,\n\nCobaltline has invited you to take the General Coding Assessment as part of your application "
        "for Backend Engineer. You have 7 days to start; once started, you will have 70 minutes.\n\nStart "
        "assessment\n\nThe CodeSignal Team",
        "cl2",
    ),
    (
        "Cobaltline",
        "rejected",
        "2025-10-16",
        "Cobaltline <no-reply@us.greenhouse-mail.io>",
        "Your application to Cobaltline",
        "Hi Jordan,\n\nThank you for taking the time to complete our coding assessment. After careful consideration, "
        "we've decided not to advance your application at this time.\n\nWe wish you the best in your search.\n\n"
        "Cobaltline Recruiting",
        "cl3",
    ),
    # Ferncliff Health (Gem outreach after she applied; Calendly screen; HackerRank interview; silence after)
    (
        "Ferncliff Health",
        "applied",
        "2025-10-03",
        "Ferncliff Health <jobs@ferncliffhealth.com>",
        "Application received: Senior Software Engineer",
        "Hi Jordan,\n\nWe received your application for Senior Software Engineer at Ferncliff Health. Our team reviews "
        "every application and will reach out if there's a fit.\n\nFerncliff Health Talent",
        "fh1",
    ),
    (
        "Ferncliff Health",
        "screen",
        "2025-10-09",
        "Calendly <notifications@calendly.com>",
        "Confirmed: Intro call with Ferncliff Health - Jordan Okafor",
        "Hi Jordan Okafor,\n\nA new event has been scheduled.\n\nEvent Type: Intro call with Ferncliff Health\n"
        "Invitee: Jordan Okafor\nEvent Date/Time: 11:00am - 11:30am (Pacific Time), Monday, October 13, 2025\n"
        "Host: Rachel Byun\n\nCancel or reschedule",
        "fh2",
    ),
    (
        "Ferncliff Health",
        "interview",
        "2025-10-15",
        "HackerRank <noreply@hackerrank.com>",
        "Ferncliff Health: Interview invitation",
        "Hi Jordan,\n\nFerncliff Health has scheduled a live coding interview with you on HackerRank.\n\nDate: "
        "October 17, 2025, 2:00 PM PDT\nInterviewer: Sam Whitaker\n\nJoin interview\n\nHackerRank",
        "fh3",
    ),
    (
        "Ferncliff Health",
        "follow_up",
        "2025-10-28",
        _ME,
        "Following up - Senior Software Engineer",
        "Hi Rachel,\n\nI hope you're well. I wanted to follow up on my interview for the Senior Software Engineer role "
        "on October 17. Is there any update on next steps?\n\nThanks,\nJordan",
        "fh4",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Cobaltline <no-reply@us.greenhouse-mail.io>",
        "How was your interview experience with Cobaltline?",
        "survey",
        "Hi Jordan,\n\nWe'd love your feedback on your candidate experience. This 2-minute survey is anonymous.\n\n"
        "Take the survey",
    ),
    (
        "Karat <no-reply@karat.io>",
        "Practice for your Karat interview",
        "interview practice",
        "Hi Jordan,\n\nWant to warm up? Try a free practice interview with Karat's sample questions before your real "
        "one.\n\nThe Karat Team",
    ),
    (
        "Checkr <no-reply@checkr.com>",
        "Larkspur Robotics has requested a background check",
        "onboarding",
        "Hi Jordan,\n\nLarkspur Robotics has requested a background check. Please complete your information so we can "
        "start your report.\n\nCheckr",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "15 new jobs for 'software engineer' in Seattle",
        "alert",
        "Software Engineer - Cobaltline - Seattle, WA\nSenior Software Engineer - Ferncliff Health\nSee all jobs",
    ),
    (
        "Ellie Park <ellie@gem.com>",
        "Staff Engineer at Quarry Labs?",
        "outreach",
        "Hi Jordan, I lead recruiting at Quarry Labs. Your work on perception stood out - would you be open to a chat "
        "about our Staff Engineer role?\n\nEllie",
    ),
    (
        "Pragmatic Engineer <pragmaticengineer@substack.com>",
        "The Pulse: hiring in late 2025",
        "newsletter",
        "This week: tech hiring, layoffs and the job market. Unsubscribe",
    ),
    (
        "Ada Okafor <ada.okafor77@gmail.com>",
        "Thanksgiving",
        "personal",
        "Are you coming home for Thanksgiving? Good luck with the interviews!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=JORDAN,
        own_to={
            "Larkspur Robotics": "Maya Lindqvist <maya@larkspurrobotics.com>",
            "Ferncliff Health": "Rachel Byun <rachel.byun@ferncliffhealth.com>",
        },
        offset="-0700",
        clock="09:50:00",
        neg_start="2025-10-08",
        neg_step=4,
        neg_clock="06:15:00",
        tag="sixtyseven",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
