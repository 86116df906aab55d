"""A two-hundred-and-fifty-sixth mailbox, written as a held-out check after the two-hundred-and-fifty-fifth
(issue #24).

Daniel, a backend engineer from Ohio, looks for work in Tokyo and saved his Outlook mail as .eml files.  Japanese
employers write in English with their own forms: "K.K." and "Co., Ltd." after names, a "casual interview" (kajual
mendan) as the first talk, a "first interview" and a "final interview with our CTO", a coding test on Track, an
"offer meeting" (offer mendan) where the offer is presented, and a "naitei" (informal job offer) notice; an
agency ("a recruitment consultancy for bilingual professionals") presents him to "a Japanese fintech company" and
names it at the interview.  Negatives: a job board's matches, a Suica charge, a Japanese class, a cold recruiter,
a friend.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DANIEL = "daniel.brooks.dev@outlook.com"
ME = f"Daniel Brooks <{DANIEL}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Sakura Pay",
        "applied",
        "2025-06-02",
        "Kenji Watanabe <k.watanabe@bilingualbridge.example>",
        "Backend Engineer - Japanese fintech",
        "Hi Daniel,\n\nThank you for the call. As agreed, I have submitted your resume to my client, a Japanese fintech "
        "company in Shibuya, for the Backend Engineer (Go) position. I will let you know their feedback.\n\nBest "
        "regards,\nKenji Watanabe\nBilingual Bridge Recruitment",
        None,
    ),
    (
        "Hoshino Logistics",
        "applied",
        "2025-06-03",
        "Hoshino Logistics Recruiting <recruit@hoshino-logi.co.jp>",
        "Thank you for your application",
        "Dear Daniel Brooks,\n\nThank you very much for applying to Hoshino Logistics Co., Ltd. We have received your "
        "application for the Software Engineer (Platform) position and will contact you after our review.\n\nBest "
        "regards,\nRecruiting Team\nHoshino Logistics Co., Ltd.",
        None,
    ),
    (
        "Kumo Games",
        "applied",
        "2025-06-04",
        "Kumo Games K.K. <no-reply@hrmos.co>",
        "[Kumo Games] Application received",
        "Hi Daniel,\n\nThanks for applying to Kumo Games K.K.! Our team will review your application and contact you "
        "within one week.\n\nKumo Games Recruiting",
        None,
    ),
    (
        "Kumo Games",
        "screen",
        "2025-06-06",
        "Aya Suzuki <aya.suzuki@kumogames.jp>",
        "Casual interview invitation",
        "Hi Daniel,\n\nThank you for your interest in Kumo Games! Before the formal selection, we would like to have a "
        "casual interview (30 min, online) to introduce our team and hear about your career. Please choose a slot "
        "from the link.\n\nBest,\nAya Suzuki\nRecruiter",
        None,
    ),
    (
        "Sakura Pay",
        "interview",
        "2025-06-09",
        "Kenji Watanabe <k.watanabe@bilingualbridge.example>",
        "RE: Backend Engineer - Japanese fintech",
        "Hi Daniel,\n\nGood news! The client is Sakura Pay, and they would like to arrange a first interview with the "
        "engineering manager on Thursday at 10:00 JST.\n\nBest regards,\nKenji",
        None,
    ),
    (
        "Hoshino Logistics",
        "rejected",
        "2025-06-11",
        "Hoshino Logistics Recruiting <recruit@hoshino-logi.co.jp>",
        "Result of document screening",
        "Dear Daniel Brooks,\n\nThank you for your patience. After careful consideration of your documents, we regret "
        "to inform you that we will not be able to proceed with your application this time.\n\nBest regards,\n"
        "Recruiting Team",
        None,
    ),
    (
        "Kumo Games",
        "interview",
        "2025-06-13",
        "Aya Suzuki <aya.suzuki@kumogames.jp>",
        "Coding test and first interview",
        "Hi Daniel,\n\nThank you for the casual interview. The next step is a coding test on Track, followed by a first "
        "interview with two engineers.\n\nBest,\nAya",
        None,
    ),
    (
        "Sakura Pay",
        "onsite",
        "2025-06-17",
        "Kenji Watanabe <k.watanabe@bilingualbridge.example>",
        "RE: Backend Engineer - Japanese fintech",
        "Hi Daniel,\n\nSakura Pay would like to move you to the final interview with their CTO and the HR director at "
        "their Shibuya office next Tuesday.\n\nBest regards,\nKenji",
        None,
    ),
    (
        "Kumo Games",
        "rejected",
        "2025-06-20",
        "Aya Suzuki <aya.suzuki@kumogames.jp>",
        "Selection result",
        "Hi Daniel,\n\nThank you for taking the time for the first interview. After careful discussion, we have decided "
        "not to move forward to the next selection stage. We truly appreciate your interest.\n\nBest,\nAya",
        None,
    ),
    (
        "Sakura Pay",
        "offer",
        "2025-06-25",
        "Kenji Watanabe <k.watanabe@bilingualbridge.example>",
        "RE: Backend Engineer - Japanese fintech",
        "Hi Daniel,\n\nCongratulations! Sakura Pay has decided to extend you a naitei (informal job offer). They would "
        "like to hold an offer meeting on Friday to go through the conditions: 9.5M JPY annual salary, visa "
        "sponsorship.\n\nBest regards,\nKenji",
        None,
    ),
    (
        "Sakura Pay",
        "accepted",
        "2025-06-30",
        ME,
        "RE: Backend Engineer - Japanese fintech",
        "Hi Kenji,\n\nThank you for everything. After the offer meeting I'm happy to accept Sakura Pay's offer. Please "
        "let them know!\n\nBest,\nDaniel",
        "Kenji Watanabe <k.watanabe@bilingualbridge.example>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Japan Dev <jobs@japan-dev.example>",
        "New English-speaking engineering jobs",
        "alert",
        "Backend Engineer at a payments company; SRE at an e-commerce company; Go Developer at a start-up.",
    ),
    (
        "JR East <noreply@jreast.example>",
        "Mobile Suica charge completed",
        "other",
        "Your Mobile Suica was charged with 5,000 yen.",
    ),
    (
        "Coto Language Academy <info@coto.example>",
        "Your Japanese class schedule",
        "other",
        "Your intermediate Japanese class meets Tuesdays and Thursdays at 19:00.",
    ),
    (
        "Yuki Tanaka <y.tanaka@talentsearch.example>",
        "Exciting opportunity in Tokyo",
        "outreach",
        "Hi Daniel, I came across your profile and have an exciting Staff Engineer opportunity with a global "
        "e-commerce company in Tokyo. Would you be open to a chat?",
    ),
    (
        "Mike Chen <mike.chen@gmail.example>",
        "Izakaya Friday",
        "personal",
        "Izakaya in Shimokitazawa on Friday? 7pm.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="+0900",
        clock="11:00:00",
        neg_start="2025-06-01",
        neg_step=6,
        neg_clock="21:45:00",
        tag="twohundredfiftysix",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), DANIEL)
