"""An eighty-fourth mailbox, written as a held-out check after the eighty-third (issue #24).

Marcus, a marketing manager in Milwaukee, saves his Outlook.com mail as .eml files (no labels, no Delivered-To).
Mid-sized US employers hire through the payroll suites' and smaller vendors' tracking systems: Paycom, UKG
(UltiPro), Paylocity, Trakstar Hire, JobScore, ApplicantStack, Rippling; one Munich-based company writes in German
from its Personio, a Montréal one in French from Comeet.  A recruiter offers a "quick chat" through a Calendly
link, a VP "would love to connect", a final conversation with the CEO, an offer "pending references", a reply to
his follow-up saying they "are still interviewing".  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

MARCUS = "marcus.olsen.mktg@outlook.com"
_ME = f"Marcus Olsen <{MARCUS}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    # Lakeshore Brewing Supply (Paycom; screen; interview; offer; accepted)
    (
        "Lakeshore Brewing Supply",
        "applied",
        "2025-06-02",
        "Lakeshore Brewing Supply <no-reply@paycomonline.net>",
        "Application Received: Marketing Manager",
        "Marcus,\n\nThank you for applying for the Marketing Manager position with Lakeshore Brewing Supply. Your "
        "application has been received and is being reviewed.\n\nLakeshore Brewing Supply Human Resources",
        None,
    ),
    (
        "Lakeshore Brewing Supply",
        "screen",
        "2025-06-09",
        "Tara Nguyen <tnguyen@lakeshorebrewingsupply.com>",
        "Marketing Manager - quick chat?",
        "Hi Marcus,\n\nThanks for applying! I'm the HR generalist here and would love to set up a quick 20-minute chat "
        "about the Marketing Manager role. Feel free to grab a time on my Calendly: calendly.com/tnguyen-lbs\n\nTara",
        None,
    ),
    (
        "Lakeshore Brewing Supply",
        "interview",
        "2025-06-17",
        "Tara Nguyen <tnguyen@lakeshorebrewingsupply.com>",
        "Next step - interview with our VP of Sales & Marketing",
        "Hi Marcus,\n\nGreat talking with you. Our VP of Sales & Marketing, Jeff Kowalski, would love to connect for "
        "an hour-long interview next week. Does Tuesday at 10 AM or Wednesday at 2 PM work?\n\nTara",
        None,
    ),
    (
        "Lakeshore Brewing Supply",
        "onsite",
        "2025-06-30",
        "Tara Nguyen <tnguyen@lakeshorebrewingsupply.com>",
        "Final conversation with our CEO",
        "Hi Marcus,\n\nJeff enjoyed your conversation. The last step in our process is an in-person conversation with "
        "our CEO at our Walker's Point office - are you free Monday, July 7 at 9 AM?\n\nTara",
        None,
    ),
    (
        "Lakeshore Brewing Supply",
        "offer",
        "2025-07-11",
        "Tara Nguyen <tnguyen@lakeshorebrewingsupply.com>",
        "Offer - Marketing Manager",
        "Hi Marcus,\n\nWe are excited to offer you the Marketing Manager position at a salary of $98,000, pending "
        "satisfactory references. The offer letter is attached.\n\nTara",
        None,
    ),
    (
        "Lakeshore Brewing Supply",
        "accepted",
        "2025-07-14",
        _ME,
        "Re: Offer - Marketing Manager",
        "Hi Tara,\n\nI'm happy to accept the offer - signed letter attached. My references are below.\n\nMarcus",
        "Tara Nguyen <tnguyen@lakeshorebrewingsupply.com>",
    ),
    # Northwoods Credit Union (UKG UltiPro; rejected)
    (
        "Northwoods Credit Union",
        "applied",
        "2025-06-03",
        "Northwoods Credit Union <noreply@ultipro.com>",
        "Thank you for applying",
        "Dear Marcus Olsen,\n\nThank you for your interest in the Digital Marketing Manager opportunity at Northwoods "
        "Credit Union. We have received your application.\n\nNorthwoods Credit Union Talent Acquisition",
        None,
    ),
    (
        "Northwoods Credit Union",
        "rejected",
        "2025-06-20",
        "Northwoods Credit Union <noreply@ultipro.com>",
        "Digital Marketing Manager",
        "Dear Marcus Olsen,\n\nThank you for your interest in the Digital Marketing Manager position. We have reviewed "
        "your qualifications and determined that other applicants more closely meet our needs at this time.\n\n"
        "Northwoods Credit Union Talent Acquisition",
        None,
    ),
    # Pier 9 Outdoor (Trakstar Hire; follow-up, still interviewing, silence)
    (
        "Pier 9 Outdoor",
        "applied",
        "2025-06-04",
        "Pier 9 Outdoor <notifications@hire.trakstar.com>",
        "We received your application for Brand Marketing Manager",
        "Hi Marcus,\n\nThanks for applying to Pier 9 Outdoor! We received your application for Brand Marketing "
        "Manager and will be in touch soon.\n\nThe Pier 9 Outdoor Team",
        None,
    ),
    (
        "Pier 9 Outdoor",
        "follow_up",
        "2025-06-23",
        _ME,
        "Brand Marketing Manager application",
        "Hello,\n\nI applied for the Brand Marketing Manager role on June 4 and wanted to follow up on the status of "
        "my application. I'd love to bring my outdoor-retail experience to Pier 9.\n\nBest regards,\nMarcus Olsen",
        "Pier 9 Outdoor Careers <careers@pier9outdoor.com>",
    ),
    (
        "Pier 9 Outdoor",
        "reply",
        "2025-06-25",
        "Pier 9 Outdoor Careers <careers@pier9outdoor.com>",
        "Re: Brand Marketing Manager application",
        "Hi Marcus,\n\nThanks for checking in! We are still interviewing for this role and expect to make a decision "
        "in the next few weeks. We'll be in touch either way.\n\nPier 9 Outdoor",
        None,
    ),
    # Cream City Health (JobScore; rejected after interview)
    (
        "Cream City Health",
        "applied",
        "2025-06-05",
        "Cream City Health <no-reply@jobscore.com>",
        "Thank you for applying to Cream City Health",
        "Hi Marcus,\n\nThank you for applying to the Marketing Communications Manager position at Cream City Health. "
        "Our hiring team will review your application.\n\nCream City Health",
        None,
    ),
    (
        "Cream City Health",
        "interview",
        "2025-06-16",
        "Angela Price <aprice@creamcityhealth.org>",
        "Interview - Marketing Communications Manager",
        "Hello Marcus,\n\nWe would like to invite you to a video interview with our communications director on "
        "Thursday, June 19 at 1 PM. Please confirm.\n\nAngela Price\nRecruiter",
        None,
    ),
    (
        "Cream City Health",
        "rejected",
        "2025-06-27",
        "Angela Price <aprice@creamcityhealth.org>",
        "Marketing Communications Manager - update",
        "Hello Marcus,\n\nThank you for interviewing with us. We have decided to move forward with another candidate "
        "whose experience aligns more closely with the role.\n\nAngela Price",
        None,
    ),
    # Kessler Maschinenbau (Personio, German)
    (
        "Kessler Maschinenbau",
        "applied",
        "2025-06-06",
        "Kessler Maschinenbau GmbH <no-reply@kessler-maschinenbau.jobs.personio.de>",
        "Ihre Bewerbung als Marketing Manager USA",
        "Hallo Marcus Olsen,\n\nvielen Dank für Ihre Bewerbung als Marketing Manager USA (Milwaukee). Wir haben Ihre "
        "Unterlagen erhalten und melden uns in Kürze bei Ihnen.\n\nViele Grüße\nIhr Recruiting-Team der Kessler "
        "Maschinenbau GmbH",
        None,
    ),
    (
        "Kessler Maschinenbau",
        "rejected",
        "2025-06-26",
        "Kessler Maschinenbau GmbH <no-reply@kessler-maschinenbau.jobs.personio.de>",
        "Ihre Bewerbung als Marketing Manager USA",
        "Hallo Marcus Olsen,\n\nnach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für andere "
        "Bewerber entschieden haben.\n\nViele Grüße\nIhr Recruiting-Team der Kessler Maschinenbau GmbH",
        None,
    ),
    # Studio Boréal (Comeet, French)
    (
        "Studio Boréal",
        "applied",
        "2025-06-10",
        "Studio Boréal <noreply@comeet.com>",
        "Merci pour votre candidature",
        "Bonjour Marcus,\n\nMerci d'avoir postulé au poste de Responsable marketing Amérique du Nord chez Studio "
        "Boréal. Nous avons bien reçu votre candidature et reviendrons vers vous rapidement.\n\nL'équipe Studio Boréal",
        None,
    ),
    # Great Lakes Freight (ApplicantStack; silence)
    (
        "Great Lakes Freight",
        "applied",
        "2025-06-11",
        "Great Lakes Freight <donotreply@applicantstack.com>",
        "Great Lakes Freight - Application Confirmation",
        "Dear Marcus,\n\nThank you for submitting your application for Marketing Manager. We appreciate your interest "
        "in Great Lakes Freight.\n\nHuman Resources",
        None,
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Paylocity <noreply@paylocity.com>",
        "Your pay statement is available",
        "account",
        "Your pay statement for the period ending May 31 is available in Paylocity.",
    ),
    (
        "ZipRecruiter <alerts@ziprecruiter.com>",
        "Marketing Manager jobs in Milwaukee, WI",
        "alert",
        "Marketing Manager - Lakeshore Brewing Supply - Milwaukee\nBrand Manager - Harley-Davidson\nView all",
    ),
    (
        "Rippling <no-reply@rippling.com>",
        "Complete your Rippling account setup",
        "account",
        "Your employer invited you to Rippling. Set up your account to view pay stubs and benefits.",
    ),
    (
        "Marketing Brew <crew@morningbrew.com>",
        "The ad market's summer slump",
        "newsletter",
        "Today in Marketing Brew. Unsubscribe",
    ),
    (
        "Jenna Park <jenna@brightpathrecruiting.example>",
        "Director of Marketing - confidential search",
        "outreach",
        "Hi Marcus, I'm leading a confidential search for a Director of Marketing at a consumer brand in Chicago. "
        "Would you be open to a conversation?",
    ),
    (
        "Lakeshore Brewing Supply <no-reply@paycomonline.net>",
        "Complete your onboarding tasks",
        "onboarding",
        "Welcome aboard! Please complete your W-4 and I-9 in your Paycom self-service portal before your start date.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (his own sent to ``to``), then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=_ME,
        offset="-0500",
        clock="15:45:00",
        neg_start="2025-06-01",
        neg_step=6,
        neg_clock="07:05:00",
        tag="eightyfour",
    )


def build(folder, msgs=None) -> Path:
    """Save the mail as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(Path(folder) / "outlook", msgs if msgs is not None else messages(), MARCUS)
