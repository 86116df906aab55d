"""A hundred-and-ninety-third mailbox, written as a held-out check after the hundred-and-ninety-second (issue #24).

Grace, a clinical research coordinator in Boston, saved her Outlook mail as .eml files.  Academic medical centres
have long names that their tracking systems (Workday, Taleo) spell out and their people sign under a title ("Ellen
Whitcomb, MD, MPH / Director, Thoracic Oncology Clinical Trials / Back Bay Cancer Research Institute"); a contract
research organisation answers through Lever.  Rounds are a recruiter's phone screen, an interview with a principal
investigator, a panel with coordinators and a regulatory lead.  Negatives: a job alert and a fundraising appeal from
employers she applied to, a clinical trial looking for healthy volunteers ("schedule a screening visit"), a
training certificate about to expire, SoCRA's newsletter, a friend.  Its score before any rule was changed for it
is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

GRACE = "grace.liu.crc@outlook.com"
ME = f"Grace Liu <{GRACE}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Back Bay Cancer Research Institute",
        "applied",
        "2025-09-08",
        "Back Bay Cancer Research Institute <bbcri@myworkday.com>",
        "We've received your application",
        "Dear Grace,\n\nThank you for applying to the Clinical Research Coordinator I - Thoracic Oncology position "
        "(R-0041877) at Back Bay Cancer Research Institute. Our talent acquisition team will review your "
        "application, and if your qualifications match our needs, we will contact you about next steps.\n\nYou can "
        "check the status of your application by signing in to your candidate home.",
        None,
    ),
    (
        "Fenway Children's Hospital",
        "applied",
        "2025-09-09",
        "Fenway Children's Hospital <fch@taleo.net>",
        "Fenway Children's Hospital - Application Acknowledgement",
        "Dear Grace Liu,\n\nThank you for your interest in employment with Fenway Children's Hospital. This confirms "
        "that we have received your application for Clinical Research Assistant II, Cardiology (Job 25-1187).\n\n"
        "If your background matches the requirements of the position, a member of our Human Resources team will "
        "contact you.\n\nSincerely,\nHuman Resources",
        None,
    ),
    (
        "Meridian Clinical Research Partners",
        "applied",
        "2025-09-10",
        "Meridian Clinical Research Partners <no-reply@hire.lever.co>",
        "Thank you for your application",
        "Hi Grace,\n\nThanks for applying for the Clinical Trial Assistant role. Our team will review your "
        "application and get back to you as soon as we can.\n\nBest,\nThe Meridian Talent Team",
        None,
    ),
    (
        "Back Bay Cancer Research Institute",
        "screen",
        "2025-09-15",
        "Rachel Gomes <rachel_gomes@bbcri.org>",
        "Clinical Research Coordinator I - phone screen",
        "Hi Grace,\n\nThank you for your interest in the Clinical Research Coordinator I role in Thoracic Oncology. "
        "I'd like to schedule a 30-minute phone screen to learn more about your background and share details about "
        "the position. Please let me know a few times that work for you on Wednesday or Thursday.\n\nThank you,\n"
        "Rachel Gomes\nSenior Talent Acquisition Specialist\nBack Bay Cancer Research Institute",
        None,
    ),
    (
        "Meridian Clinical Research Partners",
        "rejected",
        "2025-09-16",
        "Meridian Clinical Research Partners <no-reply@hire.lever.co>",
        "Your application",
        "Hi Grace,\n\nThank you for your interest in the Clinical Trial Assistant role. We wanted to let you know "
        "that the position has now been filled. We'll keep your information in our system should a similar role "
        "open up.\n\nBest,\nThe Meridian Talent Team",
        None,
    ),
    (
        "Back Bay Cancer Research Institute",
        "interview",
        "2025-09-22",
        "Ellen Whitcomb <ellen_whitcomb@bbcri.org>",
        "Interview - CRC I, Thoracic Oncology",
        "Dear Grace,\n\nRachel passed along your resume and notes from your call. I'd like to invite you to "
        "interview with me and our research nurse manager, Lisa Chen, on Thursday, September 25 at 2:00 pm. We're "
        "in the Yawkey Building, room 1120.\n\nBest,\nEllen\n\nEllen Whitcomb, MD, MPH\nDirector, Thoracic Oncology "
        "Clinical Trials\nBack Bay Cancer Research Institute",
        None,
    ),
    (
        "Fenway Children's Hospital",
        "interview",
        "2025-09-23",
        "Kevin O'Malley <kevin.omalley@fenwaychildrens.org>",
        "Clinical Research Assistant II - Cardiology",
        "Hi Grace,\n\nI manage the cardiology research team and I'm hoping to set up a 45-minute interview over "
        "Microsoft Teams early next week. Would Monday at 10 or Tuesday at 1 work for you?\n\nThanks,\nKevin\n\n"
        "Kevin O'Malley, MS, CCRP\nResearch Operations Manager, Department of Cardiology\nFenway Children's Hospital",
        None,
    ),
    (
        "Back Bay Cancer Research Institute",
        "thank_you",
        "2025-09-25",
        ME,
        "Thank you - CRC I interview",
        "Dear Dr. Whitcomb,\n\nThank you for meeting with me today, and please thank Lisa as well. I enjoyed "
        "learning about the lung screening trial and the team, and I'm even more excited about the role.\n\nBest "
        "regards,\nGrace Liu",
        "Ellen Whitcomb <ellen_whitcomb@bbcri.org>",
    ),
    (
        "Back Bay Cancer Research Institute",
        "onsite",
        "2025-09-30",
        "Rachel Gomes <rachel_gomes@bbcri.org>",
        "Next steps - CRC I, Thoracic Oncology",
        "Hi Grace,\n\nDr. Whitcomb enjoyed meeting you! The final step is a panel with two of our coordinators and "
        "the regulatory lead, about 90 minutes, on Friday, October 3 at 9:30 am in the Yawkey Building. I'll send "
        "a calendar invitation shortly.\n\nRachel Gomes\nSenior Talent Acquisition Specialist\nBack Bay Cancer "
        "Research Institute",
        None,
    ),
    (
        "Fenway Children's Hospital",
        "rejected",
        "2025-10-06",
        "Fenway Children's Hospital <fch@taleo.net>",
        "Clinical Research Assistant II, Cardiology (Job 25-1187)",
        "Dear Grace Liu,\n\nThank you for your interest in the Clinical Research Assistant II position and for the "
        "time you spent interviewing with us. We have chosen to move forward with another candidate whose "
        "background more closely matches the needs of the department.\n\nSincerely,\nHuman Resources\nFenway "
        "Children's Hospital",
        None,
    ),
    (
        "Back Bay Cancer Research Institute",
        "offer",
        "2025-10-08",
        "Rachel Gomes <rachel_gomes@bbcri.org>",
        "Great news - CRC I",
        "Hi Grace,\n\nGreat news! Dr. Whitcomb and the team would like to extend you an offer for the Clinical "
        "Research Coordinator I position, at an annual salary of $58,500. I'll send the formal offer letter "
        "through Workday once you've had a chance to think it over. Feel free to call me with any questions.\n\n"
        "Rachel Gomes\nSenior Talent Acquisition Specialist\nBack Bay Cancer Research Institute",
        None,
    ),
    (
        "Back Bay Cancer Research Institute",
        "accepted",
        "2025-10-09",
        ME,
        "RE: Great news - CRC I",
        "Hi Rachel,\n\nThank you so much! I'm very happy to accept the offer and I look forward to the letter.\n\n"
        "Best,\nGrace",
        "Rachel Gomes <rachel_gomes@bbcri.org>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Back Bay Cancer Research Institute <bbcri@myworkday.com>",
        "Job Alert: 6 new jobs at Back Bay Cancer Research Institute",
        "alert",
        "New jobs matching your saved search 'clinical research': Clinical Research Coordinator II - Breast "
        "Oncology; Regulatory Affairs Specialist; Research Data Specialist.",
    ),
    (
        "Fenway Children's Hospital Foundation <giving@fenwaychildrens.org>",
        "This Giving Tuesday, help a child come home sooner",
        "newsletter",
        "Your gift to Fenway Children's Hospital will be matched today. Give now.",
    ),
    (
        "Harbor Research Volunteers <studies@harborresearch.example>",
        "Healthy volunteers needed - earn up to $1,200",
        "other",
        "Are you 18-45 and in good health? You may be eligible for a research study. Reply to schedule a screening "
        "visit with our study coordinator. Compensation is provided for your time.",
    ),
    (
        "CITI Program <support@citiprogram.example>",
        "Your Good Clinical Practice course expires in 30 days",
        "other",
        "Your GCP certification expires soon. Log in to complete the refresher course.",
    ),
    (
        "SoCRA <news@socra.example>",
        "SoCRA Source: the October issue",
        "newsletter",
        "In this issue: site feasibility, remote monitoring and the CCRP exam calendar.",
    ),
    (
        "Mei Tanaka <meitanaka@gmail.com>",
        "how did it go??",
        "personal",
        "Tell me everything about the interview! Dinner Saturday?",
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
        clock="10:35:00",
        neg_start="2025-09-07",
        neg_step=5,
        neg_clock="19:05:00",
        tag="hundredninetythree",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), GRACE)
