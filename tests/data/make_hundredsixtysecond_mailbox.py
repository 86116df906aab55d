"""A hundred-and-sixty-second mailbox, written as a held-out check after the hundred-and-sixty-first (issue #24).

Keisha, a marketing coordinator in Atlanta, keeps her mail at Outlook.com and saved it with Thunderbird as one
mbox.  Corporate hiring through the systems big employers use (Taleo, iCIMS, Paycom, UKG, Jobvite, SmartRecruiters,
Workday), a video interview on Spark Hire, a calendar invitation sent as an .ics attachment, an offer with its letter
attached, the person's own thank-you notes and one withdrawal.  Negatives: a resume-writing service's "free
review", an MLM's "business opportunity", a career webinar, a church newsletter, shops, job alerts and "you appeared
in searches".  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KEISHA = "keisha.brooks88@outlook.com"
ME = f"Keisha Brooks <{KEISHA}>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (  # 0
        "Peachtree Mutual",
        "applied",
        "2025-05-05",
        "Peachtree Mutual Careers <peachtreemutual@taleo.net>",
        "Thank you for your job submission - Marketing Coordinator (2500123)",
        "Dear Keisha Brooks,\n\nThank you for your interest in the Marketing Coordinator position (Req ID 2500123) "
        "at Peachtree Mutual. We have received your job submission and will carefully review your qualifications. "
        "If your background is a match, a member of our recruiting team will contact you.\n\nSincerely,\n"
        "Peachtree Mutual Talent Acquisition\n\n*** This is an automated message. Please do not reply. ***",
        None,
    ),
    (  # 1
        "Magnolia Health System",
        "applied",
        "2025-05-06",
        "Magnolia Health System <magnoliahealth@icims.com>",
        "Magnolia Health System - Application Received",
        "HTML:<div><p>Hi Keisha,</p><p>Thank you for applying for the <strong>Marketing Specialist</strong> "
        "position with Magnolia Health System. Your application has been successfully submitted.</p><p>We review "
        "every application carefully. If you are selected to move forward, we will contact you.</p>"
        "<p>Magnolia Health System Talent Acquisition</p><p style='color:#999'>Powered by iCIMS</p></div>",
        None,
    ),
    (  # 2
        "Sweetwater Brewing Supply",
        "applied",
        "2025-05-07",
        "Sweetwater Brewing Supply <noreply@paycomonline.net>",
        "Application Confirmation",
        "Keisha,\n\nThank you for submitting your application for Brand Marketing Coordinator with Sweetwater "
        "Brewing Supply. We will review your information and reach out if your skills match our needs.\n\n"
        "Sweetwater Brewing Supply HR",
        None,
    ),
    (  # 3
        "Coastline Hotels",
        "applied",
        "2025-05-08",
        "Coastline Hotels <notifications@smartrecruiters.com>",
        "Your application for Social Media Coordinator",
        "Dear Keisha,\n\nWe confirm receipt of your application for the Social Media Coordinator role at Coastline "
        "Hotels. We appreciate your interest and will be in touch.\n\nKind regards,\nCoastline Hotels Talent Team",
        None,
    ),
    (  # 4
        "Bellwood Foods",
        "applied",
        "2025-05-09",
        "Bellwood Foods Recruiting <bellwoodfoods@ultipro.com>",
        "We received your application!",
        "Hi Keisha,\n\nThanks for applying to the Associate Marketing Manager position at Bellwood Foods. Our team "
        "will review your application and reach out if there is a match.\n\nBellwood Foods Talent Acquisition",
        None,
    ),
    (  # 5
        "Riverbend Credit Union",
        "applied",
        "2025-05-12",
        "Riverbend Credit Union <notification@jobvite.com>",
        "Thank you for applying to Riverbend Credit Union",
        "Dear Keisha,\n\nThank you for your application for the Marketing Coordinator position. We are currently "
        "reviewing applications and will contact candidates whose qualifications best match the position.\n\n"
        "Riverbend Credit Union Human Resources",
        None,
    ),
    (  # 6
        "Magnolia Health System",
        "screen",
        "2025-05-14",
        "Tasha Reed <tasha.reed@magnoliahealth.org>",
        "Marketing Specialist - phone screen",
        "Good morning Keisha,\n\nI'm the recruiter for the Marketing Specialist role and would like to schedule a "
        "brief phone screen to discuss your experience. Are you available Friday between 10 and 2?\n\nThank you,"
        "\nTasha Reed\nTalent Acquisition Specialist\nMagnolia Health System",
        1,
    ),
    (  # 7
        "Peachtree Mutual",
        "interview",
        "2025-05-15",
        "Peachtree Mutual <noreply@sparkhire.com>",
        "Peachtree Mutual has invited you to a one-way video interview",
        "Hi Keisha,\n\nPeachtree Mutual has invited you to complete a one-way video interview for the Marketing "
        "Coordinator position. You'll answer 5 questions and can complete it any time before May 22.\n\nStart "
        "interview\n\nSpark Hire",
        None,
    ),
    (  # 8
        "Sweetwater Brewing Supply",
        "rejected",
        "2025-05-16",
        "Sweetwater Brewing Supply <noreply@paycomonline.net>",
        "Brand Marketing Coordinator",
        "Keisha,\n\nThank you for your interest in the Brand Marketing Coordinator position. The position has been "
        "filled. We will keep your application on file for future openings.\n\nSweetwater Brewing Supply HR",
        None,
    ),
    (  # 9
        "Magnolia Health System",
        "interview",
        "2025-05-21",
        "Tasha Reed <tasha.reed@magnoliahealth.org>",
        "Interview: Keisha Brooks / Marketing Specialist",
        "Hi Keisha,\n\nThank you for speaking with me on Friday! The hiring manager, Alan Cho, would like to meet "
        "you. I've sent a calendar invitation for Wednesday, May 28 at 11:00 AM at our Midtown office.\n\nTasha",
        6,
    ),
    (  # 10
        "Bellwood Foods",
        "rejected",
        "2025-05-23",
        "Bellwood Foods Recruiting <bellwoodfoods@ultipro.com>",
        "Your application with Bellwood Foods",
        "Hi Keisha,\n\nThank you for your interest in Bellwood Foods. We appreciate the time you took to apply for "
        "the Associate Marketing Manager position. At this time, we have decided to pursue candidates whose "
        "experience better matches our current needs.\n\nWe encourage you to apply for future openings.\n\n"
        "Bellwood Foods Talent Acquisition",
        None,
    ),
    (  # 11
        "Magnolia Health System",
        "thank_you",
        "2025-05-28",
        ME,
        "Thank you - Marketing Specialist interview",
        "Hi Alan,\n\nThank you for taking the time to meet with me today. I enjoyed learning about the service-line "
        "campaigns and I'm even more excited about the Marketing Specialist role.\n\nBest regards,\nKeisha Brooks",
        None,
        "Alan Cho <alan.cho@magnoliahealth.org>",
    ),
    (  # 12
        "Coastline Hotels",
        "screen",
        "2025-05-29",
        "Marco Diaz <marco.diaz@coastlinehotels.com>",
        "Social Media Coordinator opportunity",
        "Hi Keisha,\n\nThanks for applying for our Social Media Coordinator opening! I'd love to connect for a "
        "quick 20-minute call to learn more about you. Would Monday or Tuesday afternoon work?\n\nMarco Diaz\n"
        "Talent Acquisition | Coastline Hotels",
        None,
    ),
    (  # 13
        "Peachtree Mutual",
        "rejected",
        "2025-06-02",
        "Peachtree Mutual Careers <peachtreemutual@taleo.net>",
        "Marketing Coordinator (2500123) - Status Update",
        "Dear Keisha Brooks,\n\nThank you for your interest in Peachtree Mutual and for completing the video "
        "interview. After careful review, we have selected other candidates whose qualifications more closely match "
        "the requirements of this position.\n\nWe wish you success in your career search.\n\nPeachtree Mutual "
        "Talent Acquisition",
        None,
    ),
    (  # 14
        "Magnolia Health System",
        "onsite",
        "2025-06-04",
        "Tasha Reed <tasha.reed@magnoliahealth.org>",
        "RE: Interview: Keisha Brooks / Marketing Specialist",
        "Hi Keisha,\n\nGreat news - Alan and the team enjoyed meeting you. We'd like to invite you back for a final "
        "round with our VP of Marketing and two team members on June 10. Please let me know your availability."
        "\n\nTasha",
        9,
    ),
    (  # 15
        "Coastline Hotels",
        "withdrew",
        "2025-06-06",
        ME,
        "RE: Social Media Coordinator opportunity",
        "Hi Marco,\n\nThank you so much for reaching out. I've decided to withdraw from consideration for the "
        "Social Media Coordinator role, as I'm further along in another process. I appreciate your time.\n\n"
        "Best,\nKeisha",
        12,
        "Marco Diaz <marco.diaz@coastlinehotels.com>",
    ),
    (  # 16
        "Magnolia Health System",
        "thank_you",
        "2025-06-10",
        ME,
        "Thank you for today",
        "Hi Tasha,\n\nThank you for organizing today's final interviews. It was great to meet the VP and the team, "
        "and I'd be thrilled to join Magnolia.\n\nBest,\nKeisha",
        None,
        "Tasha Reed <tasha.reed@magnoliahealth.org>",
    ),
    (  # 17
        "Magnolia Health System",
        "offer",
        "2025-06-13",
        "Tasha Reed <tasha.reed@magnoliahealth.org>",
        "Magnolia Health System - Offer of Employment",
        "Hi Keisha,\n\nCongratulations! On behalf of Magnolia Health System, I am delighted to offer you the "
        "position of Marketing Specialist. Your offer letter is attached; please review it and let me know if you "
        "have any questions. We'd love a response by June 18.\n\nTasha Reed\nTalent Acquisition Specialist",
        None,
    ),
    (  # 18
        "Magnolia Health System",
        "accepted",
        "2025-06-16",
        ME,
        "RE: Magnolia Health System - Offer of Employment",
        "Hi Tasha,\n\nI'm delighted to accept the offer for the Marketing Specialist position! The signed letter is "
        "attached. I look forward to starting on July 7.\n\nThank you,\nKeisha",
        17,
        "Tasha Reed <tasha.reed@magnoliahealth.org>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "TopResume <resumes@topresume.com>",
        "Your free resume review is ready",
        "other",
        "Hi Keisha, our expert reviewed your resume: it may not pass applicant tracking systems. Recruiters spend 6 "
        "seconds on a resume. Get a professional rewrite and land more interviews. Unsubscribe",
    ),
    (
        "Brenda Lowe <brenda.lowe.wellness@gmail.com>",
        "Quick question about your future",
        "outreach",
        "Hey girl! I saw your post about job hunting. Have you thought about being your own boss? I'm growing my "
        "team and I think you'd be amazing. Can we hop on a quick call this week?",
    ),
    (
        "Atlanta Career Network <events@atlcareernetwork.org>",
        "Webinar: Ace your next interview",
        "newsletter",
        "Join us Thursday for a free webinar on interview skills with local hiring managers. RSVP today.",
    ),
    (
        "Grace Fellowship <news@gracefellowshipatl.org>",
        "This week at Grace",
        "newsletter",
        "Job seekers ministry meets Tuesday at 7pm. Volunteers needed for the food pantry.",
    ),
    (
        "Target <orders@oe.target.com>",
        "Your order has shipped",
        "shop",
        "Your order #10293 has shipped and will arrive Thursday.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "12 new marketing coordinator jobs in Atlanta, GA",
        "alert",
        "Marketing Coordinator - The Home Depot - Atlanta, GA. Marketing Assistant - Delta - Atlanta, GA.",
    ),
    (
        "ZipRecruiter <alerts@ziprecruiter.com>",
        "Keisha, we found jobs you might like",
        "alert",
        "Marketing Specialist at Cox Enterprises. Social Media Manager at Chick-fil-A. Apply with one click.",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.com>",
        "You appeared in 9 searches this week",
        "other",
        "See who's looking at your profile. Try Premium for free.",
    ),
    (
        "Magnolia Health System <news@magnoliahealth.org>",
        "Magnolia Health News: summer wellness tips",
        "newsletter",
        "Stay hydrated this summer. Find a doctor near you. Unsubscribe from these emails.",
    ),
    (
        "Georgia Power <billing@georgiapower.com>",
        "Your bill is ready",
        "other",
        "Your May bill of $142.18 is ready to view.",
    ),
]

_INVITATION = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN=Tasha Reed:mailto:tasha.reed@magnoliahealth.org
ATTENDEE;CN=Keisha Brooks;RSVP=TRUE:mailto:keisha.brooks88@outlook.com
DTSTART:20250528T150000Z
DTEND:20250528T160000Z
SUMMARY:Interview - Keisha Brooks / Marketing Specialist
LOCATION:Magnolia Health System\\, 1100 Peachtree St\\, Atlanta
UID:040000008200E00074C5B7101A82E008
END:VEVENT
END:VCALENDAR
"""


def messages():
    """``[(message, truth)]``: the positives, then the negatives; the hiring manager's interview is sent as a
    calendar invitation beside the recruiter's words, and the offer carries its letter."""
    from mail_score import sent_as, threaded_corpus

    msgs = threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=KEISHA,
        offset=lambda d: "-0400",
        clock="10:05:00",
        neg_start="2025-05-04",
        neg_step=4,
        neg_clock="06:30:00",
        tag="hundredsixtytwo",
        host="BN8PR12MB.namprd12.prod.outlook.com",
    )
    msgs = sent_as(msgs)
    msgs[9][0].add_attachment(_INVITATION.encode(), maintype="text", subtype="calendar", filename="invite.ics")
    msgs[17][0].add_attachment(b"%PDF-1.4 offer", maintype="application", subtype="pdf", filename="Offer Letter.pdf")
    return msgs


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird saves it (one mbox file, "Inbox") into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox", msgs if msgs is not None else messages())
