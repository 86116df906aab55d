"""A three-hundred-and-nineteenth mailbox, written as a held-out check after the three-hundred-and-eighteenth (issue
#24).

Dr. Amara Osei, a scientist in Boston's biotech cluster, exports Gmail with Takeout.  Mail as biotech writes it:
long Outlook replies with the whole history quoted under "From: ... Sent: ... To: ... Subject:", confidentiality
notices under every signature, an in-house "Talent Acquisition Partner" who signs with the company's web address
only ("www.charlesriverbio.example"), a retained search firm's "I'd like to present you to my client for the Senior
Scientist, Protein Sciences role", a "seminar and one-on-ones" (the final round, on site), "we have decided to pursue
other candidates at this time", an offer with a sign-on bonus, her acceptance, and a Workday receipt from a large
pharmaceutical company with its refusal.  Negatives: a conference's registration, a vendor's webinar, a journal's
table of contents, a recruiter's cold note, a lab supply order, her sister.  Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

AMARA = "amara.osei.phd@gmail.com"
ME = f"Amara Osei <{AMARA}>"

_OWN_TO = {
    "Charles River Bio": "Megan Doyle <mdoyle@charlesriverbio.example>",
}

_NOTICE = (
    "\n\nCONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended "
    "recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or "
    "distribution is prohibited."
)

_FIRST = (
    "Hi Amara,\n\nThank you for applying to the Scientist II, Assay Development role. I'm the talent acquisition "
    "partner supporting the team, and I'd love to set up a 30-minute phone screen this week. Would Wednesday or "
    "Thursday afternoon work?\n\nBest,\nMegan Doyle\nTalent Acquisition Partner\nwww.charlesriverbio.example" + _NOTICE
)

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Charles River Bio",
        "applied",
        "2025-04-01",
        "Charles River Bio <no-reply@ashbyhq.com>",
        "Thanks for applying to Charles River Bio",
        "Hi Amara,\n\nThanks for applying to the Scientist II, Assay Development role at Charles River Bio! We'll review "
        "your application and get back to you soon.\n\nThe Charles River Bio Talent Team",
        "c1",
    ),
    (
        "Meridian Pharmaceuticals",
        "applied",
        "2025-04-02",
        "Meridian Pharmaceuticals <meridianpharma@myworkday.com>",
        "Application Received - Senior Scientist, Biologics",
        "Dear Amara,\n\nThank you for your interest in Meridian Pharmaceuticals. We have received your application for "
        "Senior Scientist, Biologics (R-77102).\n\nMeridian Pharmaceuticals Talent Acquisition",
        "m1",
    ),
    (
        "Charles River Bio",
        "screen",
        "2025-04-04",
        "Megan Doyle <mdoyle@charlesriverbio.example>",
        "Scientist II, Assay Development - phone screen",
        _FIRST,
        "c2",
    ),
    (
        "Alewife Therapeutics",
        "applied",
        "2025-04-07",
        "Rob Kessler <rkessler@kendallsearch.example>",
        "Senior Scientist, Protein Sciences",
        "Hi Amara,\n\nGreat to speak with you this morning. As discussed, I'd like to present you to my client, Alewife "
        "Therapeutics, for the Senior Scientist, Protein Sciences role - with your OK I'll send your CV to their head of "
        "protein sciences today.\n\nBest regards,\nRob Kessler\nPartner | Kendall Search Partners" + _NOTICE,
        "a1",
    ),
    (
        "Charles River Bio",
        "interview",
        "2025-04-11",
        "Megan Doyle <mdoyle@charlesriverbio.example>",
        "RE: Scientist II, Assay Development - phone screen",
        "Hi Amara,\n\nThanks again for your time on Wednesday - the hiring manager, Dr. Lena Fischer, would like to meet "
        "you for a one-hour video interview next Tuesday at 2pm.\n\nBest,\nMegan\n\nFrom: Amara Osei <"
        + AMARA
        + ">\nSent: Thursday, April 3, 2025 4:12 PM\nTo: Megan Doyle <mdoyle@charlesriverbio.example>\nSubject: RE: "
        "Scientist II, Assay Development - phone screen\n\nHi Megan, Wednesday at 2 works well. Thanks, Amara\n\nFrom: "
        "Megan Doyle\nSent: Thursday, April 3, 2025 9:02 AM\n\n" + _FIRST,
        "c2",
    ),
    (
        "Meridian Pharmaceuticals",
        "rejected",
        "2025-04-15",
        "Meridian Pharmaceuticals <meridianpharma@myworkday.com>",
        "Update on your application - Senior Scientist, Biologics",
        "Dear Amara,\n\nThank you for your interest in the Senior Scientist, Biologics position. After careful "
        "consideration, we have decided to pursue other candidates at this time.\n\nMeridian Pharmaceuticals Talent "
        "Acquisition",
        "m1",
    ),
    (
        "Charles River Bio",
        "onsite",
        "2025-04-18",
        "Megan Doyle <mdoyle@charlesriverbio.example>",
        "On-site visit - Scientist II, Assay Development",
        "Hi Amara,\n\nLena and the team enjoyed your conversation! We'd like to invite you on site on April 28 for a "
        "seminar on your research (45 minutes) followed by one-on-ones with five members of the team and a lab tour.\n\n"
        "Best,\nMegan\nTalent Acquisition Partner\nwww.charlesriverbio.example" + _NOTICE,
        "c3",
    ),
    (
        "Alewife Therapeutics",
        "rejected",
        "2025-04-22",
        "Rob Kessler <rkessler@kendallsearch.example>",
        "RE: Senior Scientist, Protein Sciences",
        "Hi Amara,\n\nI've heard back from Alewife: they've decided to move ahead with candidates with more "
        "antibody engineering experience. I'm sorry - I'll be in touch about other searches.\n\nBest regards,\nRob"
        + _NOTICE,
        "a1",
    ),
    (
        "Charles River Bio",
        "offer",
        "2025-05-02",
        "Megan Doyle <mdoyle@charlesriverbio.example>",
        "Charles River Bio - offer",
        "Hi Amara,\n\nI'm delighted to share that we'd like to extend you an offer for the Scientist II, Assay "
        "Development role: $138,000 base, a $15,000 sign-on bonus and equity. Your offer letter will arrive via "
        "DocuSign today.\n\nBest,\nMegan" + _NOTICE,
        "c4",
    ),
    (
        "Charles River Bio",
        "accepted",
        "2025-05-05",
        ME,
        "RE: Charles River Bio - offer",
        "Hi Megan,\n\nThank you so much - I've signed the offer letter and I'm delighted to accept. Looking forward to "
        "June 2!\n\nBest,\nAmara",
        "c4",
    ),
]

_NEGATIVES = [
    (
        "PEGS Boston <registration@pegsummit.example>",
        "Your registration for PEGS Boston",
        "other",
        "Thank you for registering for PEGS Boston 2025. Your badge will be available at check-in.",
    ),
    (
        "Cytiva Webinars <webinars@cytiva.example>",
        "Webinar: scaling up protein purification",
        "newsletter",
        "Join our experts for a live webinar on scaling up protein purification.",
    ),
    (
        "Nature Biotechnology <toc@nature.example>",
        "Nature Biotechnology: May issue",
        "newsletter",
        "In this issue: base editing in vivo, and a new class of antibody scaffolds.",
    ),
    (
        "Tara Nguyen <tnguyen@bioscoutrecruiting.example>",
        "Senior Scientist opportunities",
        "outreach",
        "Hi Amara, I came across your profile and have several Senior Scientist searches in Cambridge. Open to a chat?",
    ),
    (
        "Fisher Scientific <orders@fisher.example>",
        "Your order has shipped",
        "shop",
        "Your order of pipette tips has shipped.",
    ),
    (
        "Efua Osei <efua.osei@gmail.example>",
        "mum's birthday",
        "personal",
        "Can you call mum on Sunday? It's her birthday and she'd love to hear from you.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=AMARA,
        own_to=_OWN_TO,
        offset="-0400",
        clock="11:25:00",
        neg_start="2025-03-31",
        neg_step=6,
        neg_clock="20:05:00",
        tag="threehundrednineteen",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
