"""A six-hundred-and-sixtieth mailbox, written as a held-out check after the six-hundred-and-fifty-ninth (issue #24).

Devon Okafor, a backend engineer in Seattle, exports his Gmail with Takeout. His mail is today's US tooling: Ashby's
"Thanks for applying to Notion", Stripe's Greenhouse receipt, Zillow's Workday "We've received your application",
a Gem scheduling mail from Stripe's recruiter ("Pick a time for your recruiter call"), CodeSignal's "Stripe has invited
you to take the General Coding Assessment" (an interview round by SPEC 3.2's "assessment"), ModernLoop's "Interview
Confirmation: Virtual Onsite with Stripe" (the final round), his thanks, Notion's "we won't be moving forward",
Zillow's "Your application status has changed" that says another candidate was chosen, Stripe's offer ("we're
thrilled to extend you an offer") and his "I'm excited to accept". Negatives: LinkedIn's "Your application was viewed
by Zillow", Blind's digest, Levels.fyi's newsletter, a staffing firm's cold mail, Hired's "3 companies want to meet
you", a GitHub notification and his brother. ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DEVON = "devon.okafor.dev@gmail.com"
ME = f"Devon Okafor <{DEVON}>"
NOTION = "Notion <no-reply@ashbyhq.example>"
STRIPE = "Stripe <no-reply@us.greenhouse-mail.example>"
ZILLOW = "Zillow Group <zillow@myworkday.example>"
STRIPER = "Priya Raman <priyaraman@stripe.example>"
CODESIGNAL = "CodeSignal <noreply@codesignal.example>"
LOOP = "ModernLoop <scheduling@modernloop.example>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Notion",
        "applied",
        "2025-09-02",
        NOTION,
        "Thanks for applying to Notion",
        "Hi Devon,\n\nThanks for applying to the Software Engineer, Backend role at Notion. Our team will review your "
        "application and reach out if there's a match.\n\nBest,\nNotion Recruiting",
        "t-notion",
    ),
    (
        "Stripe",
        "applied",
        "2025-09-03",
        STRIPE,
        "Thank you for applying to Stripe",
        "Hi Devon,\n\nThank you for your interest in Stripe! We've received your application for Backend Engineer, "
        "Payments and our team is reviewing it.\n\nStripe Recruiting",
        "t-stripe",
    ),
    (
        "Zillow",
        "applied",
        "2025-09-04",
        ZILLOW,
        "We've received your application",
        "Hi Devon,\n\nThank you for applying for the Senior Software Development Engineer (P123456) position at Zillow. "
        "We've received your application and will be in touch.\n\nZillow Talent Acquisition",
        "t-zillow",
    ),
    (
        "Stripe",
        "screen",
        "2025-09-09",
        STRIPER,
        "Pick a time for your recruiter call - Stripe",
        "Hi Devon,\n\nThanks for applying to Stripe! I'd love to set up a 30-minute recruiter call to learn more about "
        "you and share more about the team. Please pick a time that works for you using the link below.\n\n"
        "Schedule with Priya\n\nPriya Raman\nTechnical Recruiter, Stripe\n\nSent with Gem",
        "t-stripe2",
    ),
    (
        "Stripe",
        "interview",
        "2025-09-15",
        CODESIGNAL,
        "Stripe has invited you to take the General Coding Assessment",
        "Hi Devon,\n\nStripe has invited you to take the General Coding Assessment on CodeSignal. The assessment takes "
        "70 minutes. Please complete it within 7 days.\n\nStart assessment\n\nGood luck!\nThe CodeSignal Team",
        "t-stripe3",
    ),
    (
        "Notion",
        "rejected",
        "2025-09-16",
        NOTION,
        "Your application to Notion",
        "Hi Devon,\n\nThank you for your interest in Notion. After careful consideration, we won't be moving forward "
        "with your application at this time.\n\nWe wish you the best,\nNotion Recruiting",
        "t-notion",
    ),
    (
        "Stripe",
        "onsite",
        "2025-09-24",
        LOOP,
        "Interview Confirmation: Virtual Onsite with Stripe",
        "Hi Devon,\n\nYour Virtual Onsite with Stripe is confirmed for Thursday, October 2 from 9:00 AM to 1:30 PM PT. "
        "You'll meet four interviewers: a coding round, a system design round, a bug squash and a manager "
        "conversation. Zoom links are below.\n\nPowered by ModernLoop",
        "t-stripe4",
    ),
    (
        "Stripe",
        "thank_you",
        "2025-10-02",
        ME,
        "Thank you",
        "Hi Priya,\n\nThank you for organizing today's onsite. I really enjoyed meeting the Payments team.\n\nBest,\n"
        "Devon",
        "t-stripe2",
    ),
    (
        "Zillow",
        "rejected",
        "2025-10-03",
        ZILLOW,
        "Your application status has changed",
        "Hi Devon,\n\nThank you for your interest in the Senior Software Development Engineer position. We have "
        "selected another candidate whose qualifications more closely match our needs.\n\nZillow Talent Acquisition",
        "t-zillow",
    ),
    (
        "Stripe",
        "offer",
        "2025-10-08",
        STRIPER,
        "Great news from Stripe!",
        "Hi Devon,\n\nOn behalf of the whole team, we're thrilled to extend you an offer to join Stripe as a Backend "
        "Engineer on Payments! Your offer letter is attached; let's find a time to walk through it.\n\nPriya",
        "t-stripe5",
    ),
    (
        "Stripe",
        "accepted",
        "2025-10-10",
        ME,
        "RE: Great news from Stripe!",
        "Hi Priya,\n\nThank you so much! I'm excited to accept the offer. I've signed the letter.\n\nDevon",
        "t-stripe5",
    ),
]

_NEGATIVES = [
    (
        "LinkedIn <jobs-noreply@linkedin.example>",
        "Your application was viewed by Zillow",
        "viewed",
        "Devon, your application for Senior Software Development Engineer was viewed by Zillow. See more jobs like "
        "this.",
    ),
    (
        "Blind <digest@teamblind.example>",
        "Top posts today: TC or culture?",
        "newsletter",
        "Trending on Blind: Is Stripe's comp worth the hours? Layoffs at a big tech company. Unsubscribe.",
    ),
    (
        "Levels.fyi <newsletter@levels.example>",
        "This week in comp: Senior Engineer offers",
        "newsletter",
        "See the latest offers reported for Senior Software Engineer in Seattle. Unsubscribe from this list.",
    ),
    (
        "Jake Morris <jake.morris@teksystems.example>",
        "Backend Engineer - contract - Seattle",
        "outreach",
        "Hi Devon, I came across your profile and have a 6-month contract Backend Engineer role with a client in "
        "Bellevue. Are you open to a quick call?",
    ),
    (
        "Hired <hello@hired.example>",
        "3 companies want to meet you",
        "marketplace",
        "Devon, you have 3 new interview requests on Hired this week. Log in to review them.",
    ),
    (
        "GitHub <notifications@github.example>",
        "[devon/dotfiles] Dependabot alert",
        "other",
        "A dependency in devon/dotfiles has a known vulnerability.",
    ),
    (
        "Chidi Okafor <chidi.okafor@gmail.example>",
        "thanksgiving",
        "personal",
        "Mom wants to know if you're flying in Wednesday or Thursday.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=DEVON,
        own_to={"Stripe": STRIPER},
        offset="-0700",
        clock="10:40:00",
        neg_start="2025-09-01",
        neg_step=5,
        neg_clock="19:15:00",
        tag="sixhundredsixty",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
