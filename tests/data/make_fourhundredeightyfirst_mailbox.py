"""A four-hundred-and-eighty-first mailbox, written as a held-out check after the four-hundred-and-eightieth (issue
#24).

Sarah Mitchell, a data scientist from Melbourne working in Tokyo, keeps her search in Gmail and exports it with
Takeout.  Bilingual recruiters in Japan write English: "I have recommended you to Rakuten for the Senior Data
Scientist position", "Rakuten would like to invite you to a first interview (一次面接) next Tuesday", "the second
interview will be with the department head", "Rakuten has extended a job offer (内定)", her "I would like to accept
Rakuten's offer", a second recruiter's "Mercari has decided not to move forward after the first interview", a
company's own Greenhouse receipt and its coding test, and her "Could you let me know if there is any update?".
Negatives: Daijob's alert, a newsletter, a recruiter's cold "Exciting opportunity in fintech", a language school,
Suica and her brother.  Its score before any rule was changed for it is in the commit message; ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

SARAH = "sarah.mitchell.ds@gmail.com"
ME = f"Sarah Mitchell <{SARAH}>"
KENJI = "Kenji Sato <kenji.sato@bilingualcareers.example>"
EMMA = "Emma Clarke <emma.clarke@tokyotalent.example>"
SMARTNEWS = "SmartNews <no-reply@us.greenhouse-mail.io>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Rakuten",
        "applied",
        "2025-04-07",
        KENJI,
        "Rakuten - Senior Data Scientist",
        "Hi Sarah,\n\nThank you for your time on the phone. I have recommended you to Rakuten for the Senior Data "
        "Scientist position and will let you know their feedback.\n\nBest regards,\nKenji Sato\nBilingual Careers K.K.",
        "t-rak",
    ),
    (
        "Mercari",
        "applied",
        "2025-04-08",
        EMMA,
        "Mercari - ML Engineer",
        "Hi Sarah,\n\nGreat to speak today. Your application has been submitted to Mercari for the ML Engineer role.\n\n"
        "Emma Clarke\nTokyo Talent",
        "t-mer",
    ),
    (
        "SmartNews",
        "applied",
        "2025-04-09",
        SMARTNEWS,
        "Thank you for applying to SmartNews",
        "Hi Sarah,\n\nThanks for applying to SmartNews! We've received your application for Data Scientist, Ads and will "
        "be in touch.\n\nSmartNews Recruiting",
        "t-sn",
    ),
    (
        "Rakuten",
        "interview",
        "2025-04-14",
        KENJI,
        "RE: Rakuten - Senior Data Scientist",
        "Hi Sarah,\n\nGood news! Rakuten would like to invite you to a first interview (一次面接) next Tuesday at 15:00 "
        "with the hiring manager, online.\n\nKenji",
        "t-rak",
    ),
    (
        "SmartNews",
        "interview",
        "2025-04-15",
        SMARTNEWS,
        "SmartNews - coding assessment",
        "Hi Sarah,\n\nAs the next step, we'd like you to complete a 90-minute coding assessment on CodeSignal within the "
        "next 7 days.\n\nSmartNews Recruiting",
        "t-sn",
    ),
    (
        "Mercari",
        "interview",
        "2025-04-16",
        EMMA,
        "RE: Mercari - ML Engineer",
        "Hi Sarah,\n\nMercari would like to meet you for a first interview with the engineering manager on Friday at "
        "11:00.\n\nEmma",
        "t-mer",
    ),
    (
        "Rakuten",
        "onsite",
        "2025-04-23",
        KENJI,
        "RE: Rakuten - Senior Data Scientist",
        "Hi Sarah,\n\nThe first interview went very well. The second and final interview will be with the department "
        "head at their Futako-Tamagawa office on April 30.\n\nKenji",
        "t-rak",
    ),
    (
        "Mercari",
        "rejected",
        "2025-04-25",
        EMMA,
        "RE: Mercari - ML Engineer",
        "Hi Sarah,\n\nI'm sorry to share that Mercari has decided not to move forward after the first interview. I'll "
        "keep an eye out for other roles.\n\nEmma",
        "t-mer",
    ),
    (
        "SmartNews",
        "follow_up",
        "2025-05-07",
        ME,
        "RE: SmartNews - coding assessment",
        "Hi,\n\nI completed the coding assessment on April 18. Could you let me know if there is any update?\n\n"
        "Thanks,\nSarah",
        "t-sn",
    ),
    (
        "Rakuten",
        "offer",
        "2025-05-09",
        KENJI,
        "RE: Rakuten - Senior Data Scientist",
        "Hi Sarah,\n\nCongratulations! Rakuten has extended a job offer (内定): JPY 11,000,000 per year. The offer "
        "letter will follow.\n\nKenji",
        "t-rak",
    ),
    (
        "Rakuten",
        "accepted",
        "2025-05-12",
        ME,
        "RE: Rakuten - Senior Data Scientist",
        "Hi Kenji,\n\nThank you so much. I would like to accept Rakuten's offer.\n\nBest,\nSarah",
        "t-rak",
    ),
]

_NEGATIVES = [
    (
        "Daijob <alert@daijob.example>",
        "New jobs: Data Scientist (English OK)",
        "alert",
        "Data Scientist - Minato-ku. ML Engineer - Shibuya. View jobs.",
    ),
    (
        "Tokyo Dev <newsletter@tokyodev.example>",
        "TokyoDev monthly",
        "newsletter",
        "Companies hiring international developers. Unsubscribe.",
    ),
    (
        "Ryo Tanaka <ryo.tanaka@fintechsearch.example>",
        "Exciting opportunity in fintech",
        "outreach",
        "Hi Sarah, I came across your profile on LinkedIn. I'm working with a fintech client in Otemachi hiring a Lead "
        "Data Scientist. Open to a chat?",
    ),
    (
        "Sakura Japanese School <info@sakuraschool.example>",
        "Your lesson schedule",
        "other",
        "Your next lesson is on Thursday at 19:00.",
    ),
    (
        "Mobile Suica <noreply@suica.example>",
        "Charge complete",
        "other",
        "Your Suica was charged with JPY 3,000.",
    ),
    (
        "Tom Mitchell <tom.mitchell@gmail.example>",
        "footy",
        "personal",
        "Did you see the Demons game? Call me.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=SARAH,
        own_to={"Rakuten": KENJI, "SmartNews": SMARTNEWS},
        offset="+0900",
        clock="12:00:00",
        neg_start="2025-04-06",
        neg_step=5,
        neg_clock="21:30:00",
        tag="fourhundredeightyone",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
