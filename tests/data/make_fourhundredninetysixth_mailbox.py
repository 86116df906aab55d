"""A four-hundred-and-ninety-sixth mailbox, written as a held-out check after the four-hundred-and-ninety-fifth
(issue #24).

Emily Chen, a research associate in Boston, looks for her next biotech job and keeps her mail in Thunderbird,
exported as one mbox.  Workday's "Thank you for applying to Moderna" with a requisition number, a large company's own
"Application received", a start-up's Greenhouse mail, a recruiter's "30-minute phone screen", the hiring manager's
"45-minute video interview", an on-site half day that opens with "a 30-minute seminar on your thesis work", a
DocuSign envelope "Please DocuSign: Offer Letter - Emily Chen", "the position has been filled", her thanks for the
visit and her "I've signed the offer letter - I'm thrilled to accept".  Negatives: BioSpace, a LinkedIn alert, a
CRO recruiter's cold mail, a biotech meetup, a plasmid order and a lab friend.  Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

EMILY = "emily.chen.bio@fastmail.example"
ME = f"Emily Chen <{EMILY}>"
REBECCA = "Rebecca Lin <rlin@tesseratx.example>"
MODERNA = "Moderna <moderna@myworkday.example>"
VERTEX = "Vertex Pharmaceuticals <noreply@vrtx.example>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (
        "Moderna",
        "applied",
        "2025-10-06",
        MODERNA,
        "Thank you for applying to Moderna",
        "Dear Emily,\n\nThank you for your interest in the Research Associate II, mRNA Platform position (R-15523). We "
        "have received your application and our team will review it.\n\nModerna Talent Acquisition",
        None,
    ),
    (
        "Vertex Pharmaceuticals",
        "applied",
        "2025-10-07",
        VERTEX,
        "Application received: Research Associate, Cell Biology",
        "Hi Emily,\n\nThanks for applying to Vertex. We've received your application for Research Associate, Cell "
        "Biology (REQ-24410) and will be in touch if your background matches the role.\n\nVertex Talent Acquisition",
        None,
    ),
    (
        "Tessera Therapeutics",
        "applied",
        "2025-10-08",
        "Tessera Therapeutics <no-reply@greenhouse.example>",
        "Thank you for applying to Tessera Therapeutics",
        "Hi Emily,\n\nThank you for your interest in Tessera Therapeutics! We received your application for Research "
        "Associate, Gene Writing and will review it shortly.\n\nBest,\nTessera Talent Team",
        None,
    ),
    (
        "Tessera Therapeutics",
        "screen",
        "2025-10-13",
        REBECCA,
        "Tessera - Research Associate phone screen",
        "Hi Emily,\n\nThanks for applying! I'd like to set up a 30-minute phone screen to learn more about your "
        "background. Could you share your availability this week?\n\nBest,\nRebecca Lin\nTalent Acquisition, Tessera",
        None,
    ),
    (
        "Moderna",
        "rejected",
        "2025-10-15",
        MODERNA,
        "Your application with Moderna",
        "Dear Emily,\n\nThank you for your interest in Moderna. We have reviewed your application for the Research "
        "Associate II, mRNA Platform position and have decided not to move forward at this time.\n\nModerna Talent "
        "Acquisition",
        0,
    ),
    (
        "Tessera Therapeutics",
        "interview",
        "2025-10-20",
        REBECCA,
        "RE: Tessera - Research Associate phone screen",
        "Hi Emily,\n\nGreat speaking with you! The hiring manager, Dr. Alan Park, would like to do a 45-minute video "
        "interview on Thursday. Does 2pm work?\n\nRebecca",
        3,
    ),
    (
        "Tessera Therapeutics",
        "onsite",
        "2025-10-27",
        REBECCA,
        "Tessera onsite",
        "Hi Emily,\n\nWe'd love to bring you on site to Somerville for a half-day: a 30-minute seminar on your thesis "
        "work followed by 1:1s with the team. Are Nov 4 or Nov 5 good for you?\n\nRebecca",
        None,
    ),
    (
        "Tessera Therapeutics",
        "thank_you",
        "2025-11-04",
        ME,
        "RE: Tessera onsite",
        "Hi Rebecca,\n\nThank you for organizing today's visit - I enjoyed meeting the team and all the questions after "
        "my talk.\n\nBest,\nEmily",
        6,
        REBECCA,
    ),
    (
        "Vertex Pharmaceuticals",
        "rejected",
        "2025-11-06",
        VERTEX,
        "Update on your Vertex application",
        "Hi Emily,\n\nThank you for your interest in Research Associate, Cell Biology (REQ-24410). The position has been "
        "filled, and we will keep your resume on file for future openings.\n\nVertex Talent Acquisition",
        1,
    ),
    (
        "Tessera Therapeutics",
        "offer",
        "2025-11-10",
        "Rebecca Lin via DocuSign <dse@docusign.example>",
        "Please DocuSign: Offer Letter - Emily Chen",
        "Rebecca Lin sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\nHi Emily, please review and sign "
        "your offer letter from Tessera Therapeutics. Congratulations!\n\nDo Not Share This Email",
        None,
    ),
    (
        "Tessera Therapeutics",
        "accepted",
        "2025-11-11",
        ME,
        "Offer letter signed",
        "Hi Rebecca,\n\nI've signed the offer letter - I'm thrilled to accept and join Tessera! Looking forward to "
        "January.\n\nBest,\nEmily",
        None,
        REBECCA,
    ),
]

_NEGATIVES = [
    (
        "BioSpace <newsletter@biospace.example>",
        "BioSpace Daily: layoffs and IPOs",
        "newsletter",
        "Today's top stories. Unsubscribe.",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example>",
        "Research Associate: 14 new jobs in Boston",
        "alert",
        "Research Associate - Cambridge, MA. Scientist I - Waltham, MA. See all jobs.",
    ),
    (
        "Dana Wu <dana.wu@labstaff-cro.example>",
        "Research Associate contract role - Lexington",
        "outreach",
        "Hi Emily, I came across your profile and have a 12-month contract RA role in Lexington. Open to a quick chat?",
    ),
    (
        "Boston Biotech Mixer <events@bbmixer.example>",
        "Next mixer: Kendall Square, Nov 13",
        "newsletter",
        "RSVP now. Unsubscribe.",
    ),
    (
        "Addgene <orders@addgene.example>",
        "Your order has shipped",
        "other",
        "Order #88231 (3 plasmids) has shipped.",
    ),
    (
        "Priya Raman <priya.raman@gmail.example>",
        "drinks?",
        "personal",
        "lab reunion drinks friday at Lord Hobo?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=EMILY,
        offset=lambda d: "-0400" if d.month < 11 or (d.month == 11 and d.day < 2) else "-0500",
        clock="13:10:00",
        neg_start="2025-10-05",
        neg_step=6,
        neg_clock="20:20:00",
        tag="fourhundredninetysix",
        host="fastmail.example",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird exports it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox.mbox", msgs if msgs is not None else messages())
