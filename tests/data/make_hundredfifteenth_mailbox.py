"""A hundred-and-fifteenth mailbox, written as a held-out check after the hundred-and-fourteenth (issue #24).

Daniel, a bilingual project manager in Tokyo, exports Gmail with Takeout and applies in English to Japanese and
international companies.  Japanese employers write a formal English of their own: "we are pleased to inform you
that you have passed the document screening", "the first interview", "the final interview with our President",
"an informal offer (naitei)", "we regret that we are unable to proceed with your application this time"; recruiting
agencies that place bilinguals (a submission to their client) and job sites (Daijob, LinkedIn).  His negatives:
an agency's newsletter, a language school, a ward office's notice, a shop's points.  Its score before any rule was
changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DANIEL = "daniel.kim.pm@gmail.com"
_ME = f"Daniel Kim <{DANIEL}>"
_SAKURA = "Sakura Electronics Recruiting <saiyo@sakura-elec.co.jp>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Sakura Electronics (document screening passed, first interview, final interview with the President, naitei)
    (
        "Sakura Electronics",
        "applied",
        "2025-04-07",
        _SAKURA,
        "Acknowledgement of your application",
        "Dear Mr. Kim,\n\nThank you very much for applying to Sakura Electronics. We have received your application "
        "documents for the position of Global Project Manager. We will contact you with the result of the document "
        "screening within two weeks.\n\nRecruiting Section, Human Resources Department\nSakura Electronics Co., Ltd.",
        "se1",
    ),
    (
        "Sakura Electronics",
        "interview",
        "2025-04-16",
        _SAKURA,
        "Result of document screening",
        "Dear Mr. Kim,\n\nWe are pleased to inform you that you have passed the document screening. We would like to "
        "invite you to the first interview with the manager of the Global Projects Division. Please let us know your "
        "availability for April 22 to 25.\n\nRecruiting Section, Human Resources Department",
        "se2",
    ),
    (
        "Sakura Electronics",
        "onsite",
        "2025-04-30",
        _SAKURA,
        "Invitation to the final interview",
        "Dear Mr. Kim,\n\nThank you for attending the first interview. We are pleased to inform you that we would like "
        "to invite you to the final interview with our President and the Director of Human Resources at our head "
        "office in Shinagawa on May 9 at 14:00.\n\nRecruiting Section, Human Resources Department",
        "se3",
    ),
    (
        "Sakura Electronics",
        "offer",
        "2025-05-14",
        _SAKURA,
        "Notice of informal offer (naitei)",
        "Dear Mr. Kim,\n\nAs a result of the final interview, we are delighted to extend to you an informal offer "
        "(naitei) for the position of Global Project Manager. Please find the conditions of employment attached, and "
        "kindly reply by May 21.\n\nRecruiting Section, Human Resources Department",
        "se4",
    ),
    (
        "Sakura Electronics",
        "accepted",
        "2025-05-16",
        _ME,
        "Re: Notice of informal offer (naitei)",
        "Dear Recruiting Section,\n\nThank you very much for the informal offer. I am honored to accept it and look "
        "forward to joining Sakura Electronics.\n\nSincerely,\nDaniel Kim",
        "se4",
    ),
    # Hanami Trading through an agency (submitted to its client, a no)
    (
        "Hanami Trading",
        "applied",
        "2025-04-09",
        "Yuki Tanaka <y.tanaka@bilingualcareers.example>",
        "Hanami Trading - Project Manager (bilingual)",
        "Dear Daniel,\n\nThank you for the call today. As agreed, I have submitted your resume to my client, Hanami "
        "Trading, for the bilingual Project Manager position. I will update you once I hear back.\n\nBest regards,\n"
        "Yuki Tanaka\nConsultant, Bilingual Careers K.K.",
        "ht1",
    ),
    (
        "Hanami Trading",
        "rejected",
        "2025-04-21",
        "Yuki Tanaka <y.tanaka@bilingualcareers.example>",
        "Re: Hanami Trading - Project Manager (bilingual)",
        "Dear Daniel,\n\nI have received feedback from Hanami Trading. Unfortunately they have decided not to proceed "
        "to interview, as they are looking for someone with more experience in the trading industry.\n\nBest "
        "regards,\nYuki",
        "ht1",
    ),
    # Aozora Games (Daijob's relay; then a no after the first interview)
    (
        "Aozora Games",
        "applied",
        "2025-04-10",
        "Daijob.com <info@daijob.com>",
        "[Daijob.com] Your application has been sent",
        "Dear Daniel Kim,\n\nYour application for Localization Project Manager at Aozora Games Inc. has been sent. "
        "The company will contact you directly if they wish to proceed.\n\nDaijob.com",
        "ag1",
    ),
    (
        "Aozora Games",
        "interview",
        "2025-04-18",
        "Aozora Games HR <hr@aozoragames.jp>",
        "Interview request - Localization Project Manager",
        "Dear Mr. Kim,\n\nThank you for your application. We would like to request an online interview with you. "
        "Could you kindly let us know several available times next week?\n\nHR, Aozora Games Inc.",
        "ag2",
    ),
    (
        "Aozora Games",
        "rejected",
        "2025-05-02",
        "Aozora Games HR <hr@aozoragames.jp>",
        "Result of the interview",
        "Dear Mr. Kim,\n\nThank you for taking the time to interview with us. After careful deliberation, we regret "
        "that we are unable to proceed with your application this time. We sincerely wish you every success.\n\n"
        "HR, Aozora Games Inc.",
        "ag2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Bilingual Careers K.K. <news@bilingualcareers.example>",
        "Bilingual job market report - spring 2025",
        "newsletter",
        "Demand for bilingual project managers rose 12% this quarter. Read our spring report. Unsubscribe",
    ),
    (
        "Tokyo Language Academy <info@tla.example>",
        "JLPT N1 preparation course - early bird discount",
        "shop",
        "Enroll in our JLPT N1 preparation course by April 30 and save 20%.",
    ),
    (
        "Minato City Office <info@city.minato.example>",
        "Notice: residence tax payment",
        "not applied",
        "Your residence tax payment slip for fiscal 2025 has been issued. Please pay by the due date.",
    ),
    (
        "Yodobashi <points@yodobashi.example>",
        "Your points balance",
        "shop",
        "You have 3,420 points. Use them by June 30.",
    ),
    (
        "LinkedIn <jobs-listings@linkedin.com>",
        "New jobs for Project Manager in Tokyo",
        "alert",
        "Project Manager - Minato, Tokyo. Bilingual PMO - Shibuya, Tokyo. See all jobs.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=DANIEL,
        own_to={"Sakura Electronics": _SAKURA},
        offset="+0900",
        clock="10:30:00",
        neg_start="2025-04-08",
        neg_step=5,
        neg_clock="12:15:00",
        tag="hundredfifteen",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
