"""A three-hundred-and-tenth mailbox, written as a held-out check after the three-hundred-and-ninth (issue #24).

Hannah, a finance business partner in London, reads her mail in Thunderbird and exports it as a plain mbox.  A
London search run through agencies: one consultant who "would like to put you forward" to "a leading media group in
King's Cross" and, a week later, to Fenwick Energy by name, then writes "great news from the media group - it's
Northgate Media, and they'd like a first stage interview"; a second agency's "Your CV has been sent to Larkfield
Homes" and its "feedback from the client: they have decided not to progress"; a direct application through a
charity's Jobtrain portal and its "unsuccessful" letter; a second stage at Northgate with the CFO, an offer through
the consultant and her acceptance.  Negatives: the agencies' own newsletters and a job alert, LinkedIn's "viewed your
profile", Octopus Energy's bill, an ICAEW CPD reminder, her friend.  Its score before any rule was changed for it is
in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

HANNAH = "hannah.okafor.fbp@btinternet.example"
ME = f"Hannah Okafor <{HANNAH}>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Northgate Media",
        "applied",
        "2025-09-01",
        "Tom Pritchard <tom.pritchard@harcourtselection.example>",
        "Finance Business Partner - media group, King's Cross",
        "Hi Hannah,\n\nGreat to speak earlier. As discussed, I'd like to put you forward for the Finance Business "
        "Partner role with my client, a leading media group based in King's Cross (£75-80k + bonus). I've sent your "
        "CV over this afternoon and will come back to you as soon as I hear.\n\nKind regards,\nTom Pritchard\n"
        "Senior Consultant | Harcourt Selection",
        None,
    ),
    (
        "Hampstead Heath Trust",
        "applied",
        "2025-09-02",
        "Hampstead Heath Trust <noreply@jobtrain.co.uk>",
        "Application received - Head of Finance Business Partnering",
        "Dear Hannah,\n\nThank you for your application for the post of Head of Finance Business Partnering at the "
        "Hampstead Heath Trust. We will be in touch after the closing date.\n\nHR Team\nHampstead Heath Trust",
        None,
    ),
    (
        "Larkfield Homes",
        "applied",
        "2025-09-03",
        "Aisha Begum <aisha.begum@castlegaterecruitment.example>",
        "CV sent - Larkfield Homes",
        "Hi Hannah,\n\nJust to confirm, your CV has been sent to Larkfield Homes for the Senior Finance Business Partner "
        "role in Croydon. I'll chase them for feedback at the end of the week.\n\nAisha Begum\nCastlegate Recruitment",
        None,
    ),
    (
        "Fenwick Energy",
        "applied",
        "2025-09-08",
        "Tom Pritchard <tom.pritchard@harcourtselection.example>",
        "Fenwick Energy - FBP",
        "Hi Hannah,\n\nThanks for agreeing to this one too - I've now submitted your CV to Fenwick Energy for their "
        "Finance Business Partner (Commercial) role in Victoria.\n\nKind regards,\nTom",
        None,
    ),
    (
        "Northgate Media",
        "interview",
        "2025-09-09",
        "Tom Pritchard <tom.pritchard@harcourtselection.example>",
        "RE: Finance Business Partner - media group, King's Cross",
        "Hi Hannah,\n\nGreat news from the media group - it's Northgate Media, and they'd like to invite you to a first "
        "stage interview with the Head of FP&A on Monday 15th at 10am at their offices.\n\nKind regards,\nTom",
        0,
    ),
    (
        "Larkfield Homes",
        "rejected",
        "2025-09-12",
        "Aisha Begum <aisha.begum@castlegaterecruitment.example>",
        "RE: CV sent - Larkfield Homes",
        "Hi Hannah,\n\nI've had feedback from the client: they have decided not to progress your application, as they "
        "are looking for someone with more housebuilding experience. Sorry it's not better news.\n\nAisha",
        2,
    ),
    (
        "Northgate Media",
        "interview",
        "2025-09-17",
        "Tom Pritchard <tom.pritchard@harcourtselection.example>",
        "Northgate Media - second stage",
        "Hi Hannah,\n\nThey loved you! Northgate would like you back for a second stage with the CFO next Tuesday at "
        "2pm, with a short presentation on a business case of your choice.\n\nKind regards,\nTom",
        None,
    ),
    (
        "Hampstead Heath Trust",
        "rejected",
        "2025-09-22",
        "Hampstead Heath Trust <noreply@jobtrain.co.uk>",
        "Your application - Head of Finance Business Partnering",
        "Dear Hannah,\n\nThank you for your interest in working for the Hampstead Heath Trust. We regret to inform you "
        "that on this occasion your application has been unsuccessful.\n\nHR Team\nHampstead Heath Trust",
        None,
    ),
    (
        "Northgate Media",
        "offer",
        "2025-09-25",
        "Tom Pritchard <tom.pritchard@harcourtselection.example>",
        "Offer!",
        "Hannah,\n\nDelighted to say Northgate Media have made you an offer: £80,000 base, 10% bonus, hybrid three days "
        "in King's Cross. The written offer will follow from their HR team.\n\nKind regards,\nTom",
        None,
    ),
    (
        "Northgate Media",
        "accepted",
        "2025-09-26",
        ME,
        "RE: Offer!",
        "Hi Tom,\n\nThat's brilliant news - I'm very happy to accept Northgate's offer. Please let them know!\n\n"
        "Thanks for all your help,\nHannah",
        8,
        "Tom Pritchard <tom.pritchard@harcourtselection.example>",
    ),
]

_NEGATIVES = [
    (
        "Harcourt Selection <news@harcourtselection.example>",
        "Harcourt Selection Salary Guide 2026",
        "newsletter",
        "Download our 2026 salary guide for finance and accounting professionals.",
    ),
    (
        "Castlegate Recruitment <jobs@castlegaterecruitment.example>",
        "New Finance Business Partner jobs in London",
        "alert",
        "Finance Business Partner - Canary Wharf. FP&A Manager - Holborn. Apply now.",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Hannah, your profile was viewed by 6 people",
        "viewed",
        "See who viewed your profile this week.",
    ),
    (
        "Octopus Energy <hello@octopus.example>",
        "Your latest bill",
        "other",
        "Your bill for August is £84.20.",
    ),
    (
        "ICAEW <cpd@icaew.example>",
        "Reminder: record your CPD",
        "other",
        "Please remember to record your CPD for the year by 31 October.",
    ),
    (
        "Chioma Eze <chioma.eze@gmail.example>",
        "brunch sat?",
        "personal",
        "brunch on saturday at the usual place? need to hear about the job hunt!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=HANNAH,
        own_to={},
        offset=lambda d: "+0100",
        clock="14:35:00",
        neg_start="2025-08-31",
        neg_step=5,
        neg_clock="19:50:00",
        tag="threehundredten",
        host="btinternet.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the inbox as Thunderbird exports it (a plain mbox, "Inbox") into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox", msgs if msgs is not None else messages())
