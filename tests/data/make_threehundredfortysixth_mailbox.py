"""A three-hundred-and-forty-sixth mailbox, written as a held-out check after the three-hundred-and-forty-fifth
(issue #24).

Kofi, a computer science senior in Ann Arbor, exports Gmail with Takeout.  Three applications (Greenhouse, a Workday
tenant, a startup founder's own mail) among twenty hard negatives that use the words of a job search: an abandoned
Workday draft ("Complete your application"), an apartment's "We received your rental application", a credit card's
"Thank you for applying", a scholarship's "Congratulations, you've been selected", the career center's mock
interview, Handshake's info session, a recruiter at a real company writing cold ("Interested in a New Grad SWE role at
Ramp?"), "A recruiter from Stripe viewed your profile", an interview-prep newsletter, LeetCode's contest, a hackathon's
acceptance, a graduate school's "pleased to offer you admission", a student org's election, his bank's "Your offer is waiting",
a conference's "your talk was accepted", a research lab's group meeting invite, and the usual alerts.  Its score
before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KOFI = "kofi.asante.cs@gmail.com"
ME = f"Kofi Asante <{KOFI}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Tessellate",
        "applied",
        "2025-10-06",
        "Tessellate <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Tessellate",
        "Hi Kofi,\n\nThanks for your interest in Tessellate! We've received your application for Software Engineer, "
        "New Grad (2026) and our team will review it soon.\n\nBest,\nTessellate Recruiting",
        "k1",
    ),
    (
        "Great Lakes Mutual",
        "applied",
        "2025-10-07",
        "Great Lakes Mutual <greatlakesmutual@myworkday.com>",
        "Thank you for applying to Great Lakes Mutual",
        "Dear Kofi,\n\nThank you for your application for the Associate Software Developer position (JR-20931). We are "
        "reviewing your qualifications and will contact you if there is a match.\n\nGreat Lakes Mutual Recruiting",
        "k2",
    ),
    (
        "Fernweh",
        "applied",
        "2025-10-08",
        ME,
        "New grad - backend engineer",
        "Hi Maya,\n\nI saw your post on Hacker News about hiring backend engineers at Fernweh. I'm graduating in May "
        "from Michigan and built our club's ticketing backend in Go. Resume attached.\n\nThanks,\nKofi",
        "k3",
    ),
    (
        "Fernweh",
        "interview",
        "2025-10-10",
        "Maya Lindqvist <maya@fernweh.travel>",
        "Re: New grad - backend engineer",
        "hey kofi, thanks for reaching out! want to do a 45 min technical chat with me and our lead engineer next week? "
        "here's my calendar: cal.com/maya-fernweh\n\nmaya",
        "k3",
    ),
    (
        "Tessellate",
        "interview",
        "2025-10-14",
        "Tessellate <no-reply@us.greenhouse-mail.io>",
        "Tessellate: Online Assessment",
        "Hi Kofi,\n\nThanks again for applying. The next step in our process is a 90-minute online coding assessment on "
        "CodeSignal. Please complete it within 7 days.\n\nBest,\nTessellate Recruiting",
        "k1",
    ),
    (
        "Great Lakes Mutual",
        "rejected",
        "2025-10-21",
        "Great Lakes Mutual <greatlakesmutual@myworkday.com>",
        "Update on your application",
        "Dear Kofi,\n\nThank you for your interest in the Associate Software Developer position. We regret to inform you "
        "that we will not be moving forward with your application at this time.\n\nGreat Lakes Mutual Recruiting",
        "k2",
    ),
]

_NEGATIVES = [
    (
        "Great Lakes Mutual <greatlakesmutual@myworkday.com>",
        "Complete your application",
        "other",
        "Hi Kofi,\n\nYou started an application for Data Analyst Intern but haven't submitted it yet. Log in to your "
        "candidate home to complete your application.",
    ),
    (
        "Arbor Lofts Leasing <leasing@arborlofts.example>",
        "We received your rental application",
        "other",
        "Hi Kofi, we received your rental application for unit 4B. We'll run the background and credit check and get "
        "back to you within 2 business days.",
    ),
    (
        "Discover <noreply@discover.example>",
        "Thank you for applying",
        "other",
        "Thank you for applying for the Discover it Student Card. We'll email you a decision within 7-10 days.",
    ),
    (
        "Midwest STEM Scholars <awards@midweststem.example>",
        "Congratulations, you've been selected!",
        "other",
        "Dear Kofi, congratulations! You've been selected as a 2025 Midwest STEM Scholar. The award of $2,500 will be "
        "applied to your winter tuition.",
    ),
    (
        "University Career Center <careercenter@umich.edu>",
        "Your mock interview is confirmed",
        "other",
        "Hi Kofi, your mock interview with a career coach is confirmed for Tuesday at 3:00 PM in the Career Center, "
        "room 3200.",
    ),
    (
        "Handshake <notifications@joinhandshake.com>",
        "You're invited: Bridgewater info session",
        "newsletter",
        "Employers are hiring! RSVP for Bridgewater's virtual info session on Thursday.",
    ),
    (
        "Alex Romero <alex.romero@ramp.com>",
        "Interested in a New Grad SWE role at Ramp?",
        "outreach",
        "Hi Kofi, I'm a university recruiter at Ramp. Your hackathon project caught my eye - would you be open to "
        "applying to our New Grad Software Engineer role? Happy to chat.\n\nAlex",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.com>",
        "A recruiter from Stripe viewed your profile",
        "viewed",
        "Kofi, a recruiter from Stripe viewed your profile. See who's viewed your profile.",
    ),
    (
        "Interview Kickstart <hello@interviewkickstart.example>",
        "5 mistakes that fail a system design interview",
        "newsletter",
        "Our free webinar on Thursday: how to pass your next technical interview at a top tech company.",
    ),
    (
        "LeetCode <no-reply@leetcode.example>",
        "Weekly Contest 421 starts soon",
        "newsletter",
        "Weekly Contest 421 starts Sunday at 10:30 AM. Register now.",
    ),
    (
        "MHacks <team@mhacks.example>",
        "You're in! MHacks acceptance",
        "other",
        "Congratulations, you've been accepted to MHacks! Confirm your spot by Friday.",
    ),
    (
        "Rackham Graduate Admissions <rackham.admissions@umich.edu>",
        "Your decision is available",
        "other",
        "Dear Kofi, congratulations! We are pleased to offer you admission to the MS in Computer Science and "
        "Engineering beginning Fall 2026. Please accept or decline the offer by April 15.",
    ),
    (
        "Michigan Hackers <board@michiganhackers.example>",
        "Board elections next week",
        "newsletter",
        "Nominations for next year's board are open until Friday.",
    ),
    (
        "Chase <no.reply.alerts@chase.example>",
        "Kofi, your offer is waiting",
        "shop",
        "Earn a $300 bonus when you open a new checking account. Offer ends soon.",
    ),
    (
        "SIGCSE Student Research <src@sigcse.example>",
        "Your poster was accepted",
        "other",
        "We are pleased to inform you that your poster submission has been accepted for the Student Research "
        "Competition.",
    ),
    (
        "Prof. Elena Vasquez <evasquez@umich.edu>",
        "Group meeting Thursday",
        "personal",
        "Hi all, group meeting moves to Thursday 4pm. Kofi, can you present the benchmark results?",
    ),
    (
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "30+ new jobs for \u201csoftware engineer new grad\u201d",
        "alert",
        "Software Engineer, New Grad - Google - Ann Arbor, MI\nNew Grad SWE - Duo Security - Ann Arbor, MI\nSee all jobs",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Entry level software engineer jobs in Detroit, MI",
        "alert",
        "Junior Developer - Rocket - Detroit, MI - Easily apply\nSee more jobs",
    ),
    (
        "Handshake <notifications@joinhandshake.com>",
        "Jobs recommended for you",
        "alert",
        "Based on your profile: Software Engineer Intern at Ford, New Grad Developer at Domino's. Apply on Handshake.",
    ),
    (
        "Ama Asante <ama.asante@yahoo.example>",
        "call mum",
        "personal",
        "Call mum this weekend, she wants to hear about your interviews!",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=KOFI,
        own_to={"Fernweh": "Maya Lindqvist <maya@fernweh.travel>"},
        offset="-0400",
        clock="13:25:00",
        neg_start="2025-10-01",
        neg_step=1,
        neg_clock="08:45:00",
        tag="threehundredfortysix",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
