"""A two-hundred-and-twenty-third mailbox, written as a held-out check after the two-hundred-and-twenty-second
(issue #24).

Riley, a security analyst in Denver, keeps mail at Proton and saved it with Proton's export tool: a folder per
label, each message an ``.eml`` file beside a ``.metadata.json`` file, the sender's time in ``Date``.  Security
hiring: a bank's Phenom careers site, a start-up's Dover, a HackerRank test, a take-home incident write-up, a
"technical panel" as the last round, his own follow-up, an offer that waits on a clearance's paperwork.  Negatives
that use the words of a search: a bug bounty platform's "your report was triaged" and "bounty awarded", a capture
the flag "invitation", SANS's newsletter, ISC2's CPE reminder, a recruiter's cold mail, a friend.  Its score before
any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

RILEY = "riley.okafor@proton.me"
ME = f"Riley Okafor <{RILEY}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Keystone Federal Bank",
        "applied",
        "2025-05-05",
        "Keystone Federal Bank Careers <careers@keystonefederal.phenompeople.com>",
        "We received your application",
        "Hi Riley,\n\nThank you for applying for Senior Security Analyst, SOC (REQ-44811) at Keystone Federal Bank. "
        "You can check your status anytime in your candidate profile.\n\nKeystone Federal Bank Talent Acquisition",
        None,
    ),
    (
        "Tamarack Security",
        "applied",
        "2025-05-06",
        "Tamarack Security <hiring@tamarack.dover.io>",
        "Thanks for your application to Tamarack Security",
        "Hey Riley,\n\nThanks for applying for Detection Engineer at Tamarack Security! We read every application "
        "and will reply either way within a week.\n\n- Team Tamarack",
        None,
    ),
    (
        "Front Range Health",
        "applied",
        "2025-05-07",
        "Front Range Health <frontrangehealth@myworkday.com>",
        "Thank you for applying",
        "Dear Riley,\n\nThank you for applying to the Information Security Engineer II position at Front Range "
        "Health. Our recruiting team will review your application.\n\nFront Range Health",
        None,
    ),
    (
        "Keystone Federal Bank",
        "interview",
        "2025-05-09",
        "Keystone Federal Bank via HackerRank <support@hackerrankforwork.com>",
        "Keystone Federal Bank has invited you to take a test",
        "Hi Riley,\n\nKeystone Federal Bank has invited you to take the Senior Security Analyst assessment. The test "
        "has 3 questions (log analysis and scripting) and takes 90 minutes. Please complete it by May 14.\n\n"
        "HackerRank",
        None,
    ),
    (
        "Tamarack Security",
        "screen",
        "2025-05-12",
        "Priya Natarajan <priya@tamaracksec.com>",
        "Tamarack <> Riley",
        "Hey Riley,\n\nI'm one of the co-founders at Tamarack. Your detection-as-code repo is great. Could we do a "
        "30-minute call Wednesday or Thursday to tell you about what we're building?\n\nPriya",
        None,
    ),
    (
        "Front Range Health",
        "follow_up",
        "2025-05-21",
        ME,
        "Following up - Information Security Engineer II",
        "Hello,\n\nI applied for the Information Security Engineer II position on May 7 and wanted to follow up "
        "to reiterate my interest. I'd be glad to share more about my incident response experience.\n\nThank you,\n"
        "Riley Okafor",
        "Front Range Health Recruiting <recruiting@frontrangehealth.org>",
    ),
    (
        "Tamarack Security",
        "interview",
        "2025-05-19",
        "Priya Natarajan <priya@tamaracksec.com>",
        "Tamarack - take-home",
        "Hey Riley,\n\nGreat chatting! Next step is a take-home: we'll send you a sanitized incident dataset and ask "
        "for a short write-up of what happened and the detections you'd ship. Budget ~3 hours, no deadline "
        "pressure.\n\nPriya",
        None,
    ),
    (
        "Keystone Federal Bank",
        "onsite",
        "2025-05-22",
        "Marcus Gill <marcus.gill@keystonefederal.com>",
        "Senior Security Analyst - technical panel",
        "Hi Riley,\n\nCongrats on a strong assessment! The final round is a technical panel: 2 hours with our SOC "
        "manager, a threat hunter and the CISO's chief of staff, at our Denver Tech Center office on May 29.\n\n"
        "Marcus Gill\nTechnology Recruiter | Keystone Federal Bank",
        None,
    ),
    (
        "Front Range Health",
        "rejected",
        "2025-05-27",
        "Front Range Health <frontrangehealth@myworkday.com>",
        "Regarding your application",
        "Dear Riley,\n\nThank you for your interest in the Information Security Engineer II position. We have "
        "decided not to move forward with your application at this time.\n\nFront Range Health",
        None,
    ),
    (
        "Tamarack Security",
        "rejected",
        "2025-05-30",
        "Priya Natarajan <priya@tamaracksec.com>",
        "Re: Tamarack - take-home",
        "Hey Riley,\n\nThanks for the write-up - thoughtful work. Honest answer: we're going to hold off on this hire "
        "for now and focus on someone more senior for our first security role. Sorry, and I'd love to keep in "
        "touch.\n\nPriya",
        None,
    ),
    (
        "Keystone Federal Bank",
        "offer",
        "2025-06-05",
        "Marcus Gill <marcus.gill@keystonefederal.com>",
        "Offer - Senior Security Analyst",
        "Hi Riley,\n\nGreat news - the panel was unanimous and we'd like to make you an offer: $138,000 base plus a "
        "10% bonus. Because the role supports our federal business, the offer is conditional on a public trust "
        "background investigation; I'll send the SF-85P link once you accept.\n\nMarcus",
        None,
    ),
    (
        "Keystone Federal Bank",
        "accepted",
        "2025-06-06",
        ME,
        "RE: Offer - Senior Security Analyst",
        "Hi Marcus,\n\nThank you! I'm happy to accept the offer. Send over the SF-85P link and I'll get started on it "
        "today.\n\nRiley",
        "Marcus Gill <marcus.gill@keystonefederal.com>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "BountyBoard <no-reply@bountyboard.example>",
        "Your report #48213 has been triaged",
        "newsletter",
        "Good news! Your report 'Stored XSS in the admin dashboard' to Northwind Retail has been triaged and is "
        "under review by the program team.",
    ),
    (
        "BountyBoard <no-reply@bountyboard.example>",
        "Bounty awarded: $750",
        "newsletter",
        "Northwind Retail has awarded you a $750 bounty for report #48213. Congratulations!",
    ),
    (
        "RockiesCTF <team@rockiesctf.example>",
        "You're invited: RockiesCTF 2025 qualifier",
        "newsletter",
        "Your team is invited to compete in the qualifier on June 14. Register by June 7.",
    ),
    (
        "SANS NewsBites <newsbites@sans.example>",
        "SANS NewsBites Vol. 27 Num. 40",
        "newsletter",
        "Top of the news: a new ransomware group, two zero-days and a patch Tuesday preview.",
    ),
    (
        "ISC2 <cpe@isc2.example>",
        "Reminder: submit your CPE credits",
        "newsletter",
        "You have 14 CPE credits left to earn before your certification cycle ends.",
    ),
    (
        "Dana Whitt <dana.whitt@cyberpath-talent.example>",
        "Cleared SOC roles - Colorado Springs",
        "recruiter",
        "Hi Riley, I came across your profile and I'm working with a client hiring cleared SOC analysts in "
        "Colorado Springs. Open to a quick chat?",
    ),
    (
        "Sam Lee <samlee@proton.me>",
        "climbing sat",
        "personal",
        "Eldo on Saturday? I'll drive.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus, sent_as

    return sent_as(
        outlook_corpus(
            sorted(_POSITIVES, key=lambda p: p[2]),
            _NEGATIVES,
            owner=ME,
            offset="-0600",
            clock="09:10:00",
            neg_start="2025-05-04",
            neg_step=5,
            neg_clock="19:50:00",
            tag="twohundredtwentythree",
            host="proton.me",
        )
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Proton's export tool does: a folder per label (``Inbox``, ``Sent``), each message an
    ``.eml`` file named by its id beside its ``.metadata.json``; return the export's folder."""
    import json

    root = Path(folder) / "riley.okafor@proton.me" / "mail_20250610_101500"
    for i, (m, _) in enumerate(msgs if msgs is not None else messages()):
        sent = RILEY in str(m["From"])
        sub = root / ("Sent" if sent else "Inbox")
        sub.mkdir(parents=True, exist_ok=True)
        name = f"{i:04d}xQ2{i * 7919 % 100000:05d}Pz=="
        (sub / f"{name}.eml").write_bytes(bytes(m))
        meta = {"Payload": {"ID": name, "Subject": str(m["Subject"]), "LabelIDs": ["2" if sent else "0"], "Unread": 0}}
        (sub / f"{name}.metadata.json").write_text(json.dumps(meta))
    return root.parent
