"""A hundred-and-seventy-eighth mailbox, written as a held-out check after the hundred-and-seventy-seventh (issue #24).

Nia, a program manager in Washington, D.C. looking for a foundation's program officer job, saved her Outlook mail as
.eml files.  Nonprofits hire through Idealist (which relays an organisation's message), a foundation's own mailbox
with a written exercise, a search committee's video interview and a reference check, a university's PeopleAdmin, a
think tank's Greenhouse.  The organisations she applies to also ask her for donations and confirm her volunteer
shifts.  Its truth first called the reference check a reply; the ninety-eighth corpus had decided that a
reference check is no step, and the truth now sets it aside too.  Negatives: a food bank's appeal and its volunteer confirmation, a philanthropy newsletter, a webinar, a
ticket, a friend, job alerts.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

NIA = "nia.coleman.dc@outlook.com"
ME = f"Nia Coleman <{NIA}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Capital Area Food Alliance",
        "applied",
        "2025-03-03",
        "Idealist <noreply@idealist.org>",
        "Your application to Capital Area Food Alliance was sent",
        "Hi Nia,\n\nYour application for Director of Community Programs at Capital Area Food Alliance was sent. "
        "Organizations usually review applications within two weeks.\n\nThe Idealist Team",
        None,
    ),
    (
        "Whitcomb Foundation",
        "applied",
        "2025-03-04",
        "The Whitcomb Foundation <careers@whitcombfoundation.org>",
        "Application received - Program Officer, Education",
        "Dear Nia,\n\nThank you for your application for the Program Officer, Education position at the Whitcomb "
        "Foundation. We anticipate holding first-round interviews in late March.\n\nHuman Resources\nThe Whitcomb "
        "Foundation",
        None,
    ),
    (
        "Potomac University",
        "applied",
        "2025-03-05",
        "Potomac University <donotreply@peopleadmin.com>",
        "Thank you for applying - Assistant Director, Community Engagement",
        "Dear Nia Coleman,\n\nThank you for your interest in employment at Potomac University. Your application for "
        "Assistant Director, Community Engagement (Posting #S02418) has been received.\n\nPotomac University Human "
        "Resources",
        None,
    ),
    (
        "Meridian Policy Institute",
        "applied",
        "2025-03-06",
        "Meridian Policy Institute <no-reply@greenhouse.io>",
        "Thank you for applying to Meridian Policy Institute",
        "Hi Nia,\n\nThanks for applying to the Senior Program Manager role at the Meridian Policy Institute. We'll "
        "review your application and be in touch.\n\nMeridian Policy Institute",
        None,
    ),
    (
        "Whitcomb Foundation",
        "interview",
        "2025-03-14",
        "Laura Kim <lkim@whitcombfoundation.org>",
        "Next stage - Program Officer, Education",
        "Dear Nia,\n\nThe search committee would like to invite you to the next stage of our process: a short written "
        "exercise, a two-page memo on a grant proposal, due within 72 hours of receiving the materials. Please let "
        "me know when you'd like them sent.\n\nLaura Kim\nDirector of Human Resources",
        None,
    ),
    (
        "Capital Area Food Alliance",
        "rejected",
        "2025-03-17",
        "Idealist <noreply@idealist.org>",
        "Capital Area Food Alliance sent you a message",
        'Capital Area Food Alliance sent you a message about Director of Community Programs:\n\n"Thank you for your '
        "interest. We received over 200 applications and have decided to move forward with candidates whose "
        'experience more closely matches our needs."\n\nThe Idealist Team',
        None,
    ),
    (
        "Whitcomb Foundation",
        "interview",
        "2025-03-24",
        "Laura Kim <lkim@whitcombfoundation.org>",
        "Interview with the search committee",
        "Dear Nia,\n\nThank you for your thoughtful memo. The search committee would like to meet with you by Zoom "
        "for about an hour on Monday, March 31 at 2:00 PM. The committee includes our Vice President for Programs "
        "and two trustees.\n\nLaura Kim",
        None,
    ),
    (
        "Potomac University",
        "rejected",
        "2025-04-02",
        "Potomac University <donotreply@peopleadmin.com>",
        "Status update: Assistant Director, Community Engagement",
        "Dear Nia Coleman,\n\nThe position for which you applied, Assistant Director, Community Engagement (Posting "
        "#S02418), has been filled. Thank you for your interest in employment at Potomac University.",
        None,
    ),
    (
        "Whitcomb Foundation",
        "offer",
        "2025-04-14",
        "Angela Brooks <abrooks@whitcombfoundation.org>",
        "Program Officer, Education",
        "Dear Nia,\n\nOn behalf of the Whitcomb Foundation, I am delighted to offer you the position of Program "
        "Officer, Education. Laura will send the formal letter with salary and benefits today.\n\nWarm regards,\n"
        "Angela Brooks\nPresident",
        None,
    ),
    (
        "Whitcomb Foundation",
        "accepted",
        "2025-04-15",
        ME,
        "RE: Program Officer, Education",
        "Dear Angela,\n\nThank you so much. I'm delighted to accept and look forward to joining the Foundation on "
        "May 12.\n\nWith gratitude,\nNia",
        "Angela Brooks <abrooks@whitcombfoundation.org>",
    ),
    (
        "Meridian Policy Institute",
        "withdrew",
        "2025-04-16",
        ME,
        "Withdrawing my candidacy - Senior Program Manager",
        "Dear Meridian recruiting team,\n\nI'm writing to withdraw my candidacy for the Senior Program Manager role, "
        "as I have accepted another position. Thank you for your consideration.\n\nNia Coleman",
        "Meridian Policy Institute Recruiting <recruiting@meridianpolicy.org>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (  # (first written as a reply; a reference check is no step of the vocabulary, as the ninety-eighth decided)
        "Laura Kim <lkim@whitcombfoundation.org>",
        "References",
        "reference",
        "Dear Nia,\n\nThe committee enjoyed speaking with you. As a next step, we'd like to check your references: "
        "could you send names and contact details for three professional references by Wednesday?\n\nLaura",
    ),
    (
        "Capital Area Food Alliance <give@cafoodalliance.org>",
        "Help us feed 10,000 families this spring",
        "newsletter",
        "Your gift today will be matched up to $50,000. Donate now. Unsubscribe",
    ),
    (
        "Capital Area Food Alliance <volunteer@cafoodalliance.org>",
        "Your volunteer shift is confirmed",
        "not about an application",
        "Thank you for signing up to volunteer! Saturday, March 8, 9:00 AM - 12:00 PM at our Northeast warehouse.",
    ),
    (
        "Chronicle of Philanthropy <newsletters@philanthropy.com>",
        "Today: foundations rethink grant-making",
        "newsletter",
        "Foundations are changing how they fund education. Plus: a new report on nonprofit salaries.",
    ),
    (
        "Idealist <jobs@idealist.org>",
        "New jobs that match your search",
        "alert",
        "Program Officer - Education Fund. Grants Manager - Community Foundation. View more jobs.",
    ),
    (
        "Candid Learning <webinars@candid.org>",
        "Webinar: Writing a winning grant proposal",
        "newsletter",
        "Join us Thursday at 2 PM ET. Register now for free.",
    ),
    (
        "Eventbrite <orders@eventbrite.com>",
        "Your tickets for DC Nonprofit Happy Hour",
        "not about an application",
        "Order #448102. 1 x General Admission. Thursday, March 20, 6:00 PM.",
    ),
    (
        "Kendra Wallace <kendra.wallace@gmail.com>",
        "brunch sunday?",
        "personal",
        "Want to do brunch Sunday? I want to hear about the foundation interview!",
    ),
    (
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Nia, new jobs for you: Program Officer",
        "alert",
        "Program Officer - Whitcomb Foundation. Program Manager - Urban Institute. See all jobs.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="-0400",
        clock="13:10:00",
        neg_start="2025-03-02",
        neg_step=4,
        neg_clock="08:05:00",
        tag="hundredseventyeight",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), NIA)
