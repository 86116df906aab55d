"""A three-hundred-and-fourteenth mailbox, written as a held-out check after the three-hundred-and-thirteenth (issue
#24).

Thandiwe, a payroll administrator in Cape Town, exports Gmail with Takeout.  South African hiring as it writes:
PNet's "Your application has been sent to Karoo Foods (Pty) Ltd", a retailer's SuccessFactors receipt, an agency
consultant's "we have shortlisted you for a role with our client, a well-known insurer in the Northern Suburbs" and
later "the client is Table Bay Assurance - they would like to see you on Thursday", "Kindly note that your
application was unsuccessful", a competency-based interview, "We are pleased to offer you the position of Payroll
Administrator", the offer's "please find attached the offer of employment", and her own "I hereby accept the offer".
Negatives: PNet's alert, Careers24's newsletter, a Checkers Sixty60 promotion, City of Cape Town's load-shedding
notice, a Capitec notice, her sister.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

THANDI = "thandiwe.mokoena.pay@gmail.com"
ME = f"Thandiwe Mokoena <{THANDI}>"

_OWN_TO = {
    "Table Bay Assurance": "Zaid Abrahams <zaid@capetalentsolutions.example>",
}

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Karoo Foods",
        "applied",
        "2025-03-03",
        "PNet <noreply@pnet.co.za>",
        "Your application has been sent",
        "Dear Thandiwe,\n\nYour application for Payroll Administrator at Karoo Foods (Pty) Ltd in Paarl has been sent "
        "successfully.\n\nGood luck!\nThe PNet Team",
        "k1",
    ),
    (
        "Fynbos Retail Group",
        "applied",
        "2025-03-04",
        "Fynbos Retail Group Careers <noreply@successfactors.eu>",
        "Thank you for applying",
        "Dear Thandiwe,\n\nThank you for applying for the position of Payroll Officer (Req 60412) at Fynbos Retail "
        "Group. Should your application be successful, you will be contacted within 14 days.\n\nTalent Acquisition",
        "f1",
    ),
    (
        "Table Bay Assurance",
        "applied",
        "2025-03-05",
        "Zaid Abrahams <zaid@capetalentsolutions.example>",
        "Payroll Administrator - Northern Suburbs",
        "Hi Thandiwe,\n\nThank you for your time on the phone. I am pleased to advise that we have shortlisted you and "
        "submitted your CV for a Payroll Administrator role with our client, a well-known insurer in the Northern "
        "Suburbs.\n\nKind regards,\nZaid Abrahams\nRecruitment Consultant | Cape Talent Solutions",
        "t1",
    ),
    (
        "Table Bay Assurance",
        "interview",
        "2025-03-10",
        "Zaid Abrahams <zaid@capetalentsolutions.example>",
        "RE: Payroll Administrator - Northern Suburbs",
        "Hi Thandiwe,\n\nGreat news - the client is Table Bay Assurance, and they would like to see you on Thursday at "
        "10:00 at their Bellville office for a competency-based interview with the Payroll Manager.\n\nKind regards,\n"
        "Zaid",
        "t1",
    ),
    (
        "Fynbos Retail Group",
        "rejected",
        "2025-03-14",
        "Fynbos Retail Group Careers <noreply@successfactors.eu>",
        "Your application: Payroll Officer",
        "Dear Thandiwe,\n\nThank you for your interest in Fynbos Retail Group. Kindly note that your application was "
        "unsuccessful. We wish you well in your career.\n\nTalent Acquisition",
        "f1",
    ),
    (
        "Karoo Foods",
        "interview",
        "2025-03-17",
        "Lindiwe Dlamini <lindiwe.dlamini@karoofoods.example>",
        "Interview - Payroll Administrator",
        "Good day Thandiwe,\n\nWe would like to invite you to an interview on Monday, 24 March at 09:00 at our Paarl "
        "offices. Please bring a copy of your ID and certificates.\n\nRegards,\nLindiwe Dlamini\nHR Officer\nKaroo "
        "Foods (Pty) Ltd",
        "k2",
    ),
    (
        "Table Bay Assurance",
        "offer",
        "2025-03-20",
        "Zaid Abrahams <zaid@capetalentsolutions.example>",
        "Offer - Table Bay Assurance",
        "Hi Thandiwe,\n\nCongratulations! Table Bay Assurance are pleased to offer you the position of Payroll "
        "Administrator at R28,500 per month. Please find attached the offer of employment.\n\nKind regards,\nZaid",
        "t2",
    ),
    (
        "Table Bay Assurance",
        "accepted",
        "2025-03-21",
        ME,
        "RE: Offer - Table Bay Assurance",
        "Hi Zaid,\n\nThank you. I hereby accept the offer of employment and have attached the signed copy.\n\nKind "
        "regards,\nThandiwe",
        "t2",
    ),
    (
        "Karoo Foods",
        "withdrew",
        "2025-03-21",
        ME,
        "Interview - Payroll Administrator",
        "Good day Lindiwe,\n\nThank you for the invitation. Unfortunately I must withdraw my application, as I have "
        "accepted another offer.\n\nKind regards,\nThandiwe Mokoena",
        "k2",
    ),
]

_NEGATIVES = [
    (
        "PNet Job Alerts <alerts@pnet.co.za>",
        "New Payroll jobs in Cape Town",
        "alert",
        "Payroll Administrator - Bellville. Payroll Clerk - Century City. Apply now.",
    ),
    (
        "Careers24 <newsletter@careers24.example>",
        "Your career newsletter",
        "newsletter",
        "Top tips for your CV and this week's most popular jobs.",
    ),
    (
        "Checkers Sixty60 <deals@checkers.example>",
        "Free delivery this weekend",
        "shop",
        "Free delivery on your Sixty60 orders this weekend.",
    ),
    (
        "City of Cape Town <loadshedding@capetown.example>",
        "Load-shedding schedule update",
        "other",
        "Stage 2 load-shedding from 16:00 today. Check your area's schedule.",
    ),
    (
        "Capitec <notify@capitec.example>",
        "Your monthly statement",
        "other",
        "Your Capitec statement for February is ready.",
    ),
    (
        "Nomsa Mokoena <nomsa.mokoena@gmail.example>",
        "Sunday lunch",
        "personal",
        "Mama says lunch on Sunday at 1, bring the malva pudding!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=THANDI,
        own_to={**_OWN_TO, "Karoo Foods": "Lindiwe Dlamini <lindiwe.dlamini@karoofoods.example>"},
        offset="+0200",
        clock="10:35:00",
        neg_start="2025-03-02",
        neg_step=4,
        neg_clock="19:05:00",
        tag="threehundredfourteen",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
