"""A hundred-and-sixty-eighth mailbox, written as a held-out check after the hundred-and-sixty-seventh (issue #24).

Rosa, a bilingual elementary teacher in Sacramento, exported Gmail with Takeout.  School hiring: EDJOIN (California's
school job board), Frontline's AppliTrack for two districts, SchoolSpring, a charter network's own mail, a principal's
interview invitation from the district's domain, a "demo lesson", an "eligibility list", and a board-approved offer.
Negatives: a district's community newsletter, the teachers' union, a credential office's notice, classroom-supply
shops, job alerts, a tutoring company's pitch.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ROSA = "rosa.delgado.teach@gmail.com"
ME = f"Rosa Delgado <{ROSA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "River City Unified School District",
        "applied",
        "2025-04-01",
        "EDJOIN <noreply@edjoin.org>",
        "EDJOIN Application Submitted - Job 1899234",
        "Dear Rosa Delgado,\n\nYour application for the following job has been submitted:\n\nJob ID: 1899234\n"
        "Position: Elementary Teacher - Dual Immersion (Spanish)\nDistrict: River City Unified School District\n\n"
        "Thank you for using EDJOIN.",
        "rc1",
    ),
    (
        "Elk Grove Valley School District",
        "applied",
        "2025-04-02",
        "Elk Grove Valley School District <noreply@applitrack.com>",
        "Application Received",
        "Dear Rosa,\n\nThank you for applying with Elk Grove Valley School District. Your application for "
        "Teacher - Grade 2 (Posting #4412) has been received. Application materials will be screened and you will "
        "be contacted if selected for an interview.\n\nHuman Resources Department\nElk Grove Valley School District",
        "eg1",
    ),
    (
        "Bright Path Charter Schools",
        "applied",
        "2025-04-03",
        "Bright Path Charter Schools <careers@brightpathcharter.org>",
        "Thanks for applying to Bright Path!",
        "Hi Rosa,\n\nThank you for your interest in teaching at Bright Path Charter Schools! We have received your "
        "application for 3rd Grade Teacher (Spanish Bilingual). Our talent team reviews applications weekly.\n\n"
        "Bright Path Talent Team",
        "bp1",
    ),
    (
        "Natomas Heights School District",
        "applied",
        "2025-04-04",
        "SchoolSpring <noreply@schoolspring.com>",
        "Your application has been submitted",
        "Hi Rosa,\n\nYour application to Natomas Heights School District for the position Kindergarten Teacher has "
        "been submitted successfully. Good luck!\n\nThe SchoolSpring Team",
        "nh1",
    ),
    (
        "River City Unified School District",
        "interview",
        "2025-04-10",
        "Linda Park <linda-park@rcusd.k12.ca.us>",
        "Interview - Dual Immersion Teacher, Sierra Elementary",
        "Dear Ms. Delgado,\n\nThank you for your application through EDJOIN. I would like to invite you to interview "
        "for the Dual Immersion Teacher position at Sierra Elementary on Tuesday, April 15 at 3:30 p.m. The panel "
        "will include myself and two teachers.\n\nLinda Park\nPrincipal, Sierra Elementary School",
        "rc2",
    ),
    (
        "Bright Path Charter Schools",
        "interview",
        "2025-04-11",
        "Marcus Green <mgreen@brightpathcharter.org>",
        "Next step: demo lesson",
        "Hi Rosa,\n\nWe loved your application! As a next step we'd like you to teach a 20-minute demo lesson to a "
        "small group of 3rd graders at our Oak Park campus. Can you do Thursday, April 17 at 10 a.m.?\n\nMarcus "
        "Green\nDirector of Talent, Bright Path Charter Schools",
        "bp2",
    ),
    (
        "Elk Grove Valley School District",
        "rejected",
        "2025-04-14",
        "Elk Grove Valley School District <noreply@applitrack.com>",
        "Teacher - Grade 2 (Posting #4412)",
        "Dear Rosa,\n\nThank you for your interest in the Teacher - Grade 2 position. The position has been filled. "
        "We encourage you to continue to apply for positions for which you are qualified.\n\nHuman Resources "
        "Department\nElk Grove Valley School District",
        "eg2",
    ),
    (
        "River City Unified School District",
        "thank_you",
        "2025-04-15",
        ME,
        "Thank you for today's interview",
        "Dear Ms. Park,\n\nThank you for the opportunity to interview for the Dual Immersion position at Sierra "
        "Elementary today. I enjoyed meeting the team.\n\nSincerely,\nRosa Delgado",
        "rc3",
    ),
    (
        "Natomas Heights School District",
        "reply",
        "2025-04-18",
        "Natomas Heights School District <hr@nhsd.k12.ca.us>",
        "Kindergarten Teacher - eligibility list",
        "Dear Rosa Delgado,\n\nYour application has been reviewed and you have been placed on the district's "
        "eligibility list for Kindergarten Teacher. Principals will contact candidates from the list as vacancies "
        "arise through the end of June.\n\nHuman Resources\nNatomas Heights School District",
        "nh2",
    ),
    (
        "Bright Path Charter Schools",
        "rejected",
        "2025-04-22",
        "Marcus Green <mgreen@brightpathcharter.org>",
        "Re: Next step: demo lesson",
        "Hi Rosa,\n\nThank you for teaching the demo lesson - the students enjoyed it! After a lot of discussion, "
        "the team has decided to offer the position to another candidate. We'd be glad to keep you in mind for "
        "next year.\n\nMarcus",
        "bp2",
    ),
    (
        "River City Unified School District",
        "offer",
        "2025-04-25",
        "RCUSD Human Resources <hr-certificated@rcusd.k12.ca.us>",
        "Conditional Offer of Employment - Certificated",
        "Dear Rosa Delgado,\n\nCongratulations! Sierra Elementary has recommended you for the Dual Immersion Teacher "
        "position. This conditional offer of employment is subject to Board approval, fingerprint clearance and "
        "verification of your credential. Please complete the onboarding packet by May 2.\n\nCertificated Human "
        "Resources\nRiver City Unified School District",
        "rc4",
    ),
    (
        "River City Unified School District",
        "accepted",
        "2025-04-26",
        ME,
        "Re: Conditional Offer of Employment - Certificated",
        "Dear Certificated HR,\n\nThank you! I gladly accept the conditional offer and will complete the onboarding "
        "packet this week.\n\nRosa Delgado",
        "rc4",
    ),
]

_OWN_TO = {"River City Unified School District": "Linda Park <linda-park@rcusd.k12.ca.us>"}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "River City Unified <news@rcusd.k12.ca.us>",
        "RCUSD Family Newsletter - April",
        "newsletter",
        "Spring break reminders, a new after-school program and our teacher of the year. Unsubscribe",
    ),
    (
        "Sacramento City Teachers Association <info@sctaonline.org>",
        "Bargaining update",
        "newsletter",
        "Our bargaining team met with the district on Tuesday. Read the full update.",
    ),
    (
        "Commission on Teacher Credentialing <noreply@ctc.ca.gov>",
        "Your credential application has been received",
        "other",
        "Your application for a Multiple Subject Teaching Credential renewal has been received and is under review.",
    ),
    (
        "Really Good Stuff <deals@reallygoodstuff.com>",
        "Back-to-school savings for teachers",
        "shop",
        "Save 25% on classroom essentials. Offer ends Sunday.",
    ),
    (
        "EDJOIN <noreply@edjoin.org>",
        "EDJOIN Job Alert: 8 new jobs",
        "alert",
        "Elementary Teacher - Sacramento City USD. Bilingual Teacher - Twin Rivers USD. View jobs.",
    ),
    (
        "SchoolSpring <noreply@schoolspring.com>",
        "New jobs that match your search",
        "alert",
        "Kindergarten Teacher - Folsom Cordova USD. Grade 1 Teacher - San Juan USD.",
    ),
    (
        "Varsity Tutors <hiring@varsitytutors.com>",
        "Earn $25/hr tutoring Spanish online",
        "outreach",
        "Hi Rosa, we saw your teaching background. Join our tutor network and set your own schedule. Apply today!",
    ),
    (
        "Teachers Pay Teachers <hello@teacherspayteachers.com>",
        "Resources picked for you",
        "newsletter",
        "Dual immersion word walls and phonics packs. Shop now.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ROSA,
        own_to=_OWN_TO,
        offset="-0700",
        clock="15:30:00",
        neg_start="2025-03-31",
        neg_step=3,
        neg_clock="06:55:00",
        tag="hundredsixtyeight",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
