"""A four-hundred-and-fifty-sixth mailbox, written as a held-out check after the four-hundred-and-fifty-fifth (issue
#24).

Nurul Aisyah, a procurement executive in Kuala Lumpur, saves her job-search mail from Outlook as .eml files.
Malaysian hiring goes through agencies and JobStreet: JobStreet's "Your application was successfully submitted to
Maybank", a consultant's "I have submitted your profile to Petronas for the Procurement Executive role", "Petronas
has shortlisted you for the 1st interview", "they would like to proceed with a 2nd round with the GM", a second
consultant's "the client has decided not to proceed with your application", "the client has agreed to offer you RM
7,500", her "Yes, I would like to accept the offer. Please proceed", and an employer's "Your application has been
unsuccessful" with a "kindly be informed".  Negatives: JobStreet's alert, a Hiredly newsletter, a consultant's "Are
you open to new roles?", a Grab receipt, Touch 'n Go and her sister.  Its score before any rule was changed for it is
in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

NURUL = "nurul.aisyah@outlook.example"
ME = f"Nurul Aisyah <{NURUL}>"
JASON = "Jason Lim <jason.lim@talentasia-my.example>"
PRIYA = "Priya Raman <priya.raman@peoplelink.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Maybank",
        "applied",
        "2025-07-01",
        "JobStreet <noreply@jobstreet.example>",
        "Your application was successfully submitted",
        "Hi Nurul,\n\nYour application was successfully submitted to Maybank for the role Procurement Executive.\n\n"
        "JobStreet",
        None,
    ),
    (
        "Petronas",
        "applied",
        "2025-07-02",
        JASON,
        "Procurement Executive - Petronas",
        "Hi Nurul,\n\nThank you for your time on the phone. I have submitted your profile to Petronas for the "
        "Procurement Executive role. Will update you once I receive feedback.\n\nRegards,\nJason Lim\nTalentAsia",
        None,
    ),
    (
        "Sime Darby Plantation",
        "applied",
        "2025-07-03",
        PRIYA,
        "Sime Darby - Senior Buyer",
        "Dear Nurul,\n\nAs discussed, your CV has been forwarded to my client, Sime Darby Plantation, for the Senior "
        "Buyer position.\n\nBest regards,\nPriya Raman\nPeopleLink Consulting",
        None,
    ),
    (
        "Petronas",
        "interview",
        "2025-07-08",
        JASON,
        "RE: Procurement Executive - Petronas",
        "Hi Nurul,\n\nGood news! Petronas has shortlisted you for the 1st interview. It will be on 11 July at 10am at "
        "KLCC Tower 1, with the procurement manager.\n\nJason",
        None,
    ),
    (
        "Maybank",
        "rejected",
        "2025-07-10",
        "Maybank Talent Acquisition <talent@maybank.example>",
        "Application for Procurement Executive",
        "Dear Nurul Aisyah,\n\nKindly be informed that your application for the above position has been unsuccessful. "
        "We thank you for your interest in Maybank.\n\nTalent Acquisition",
        None,
    ),
    (
        "Sime Darby Plantation",
        "rejected",
        "2025-07-14",
        PRIYA,
        "RE: Sime Darby - Senior Buyer",
        "Dear Nurul,\n\nI'm sorry to share that the client has decided not to proceed with your application. They are "
        "looking for someone with more plantation experience.\n\nPriya",
        None,
    ),
    (
        "Petronas",
        "onsite",
        "2025-07-15",
        JASON,
        "RE: Procurement Executive - Petronas",
        "Hi Nurul,\n\nThe feedback was very positive - they would like to proceed with a 2nd round with the GM, which "
        "will be the final interview. Are you free on 18 July?\n\nJason",
        None,
    ),
    (
        "Petronas",
        "offer",
        "2025-07-23",
        JASON,
        "RE: Procurement Executive - Petronas",
        "Hi Nurul,\n\nCongratulations! The client has agreed to offer you RM 7,500 per month plus the standard "
        "benefits. Let me know if you are happy to accept.\n\nJason",
        None,
    ),
    (
        "Petronas",
        "accepted",
        "2025-07-24",
        ME,
        "RE: Procurement Executive - Petronas",
        "Hi Jason,\n\nYes, I would like to accept the offer. Please proceed. Thank you so much!\n\nNurul",
        JASON,
    ),
]

_NEGATIVES = [
    (
        "JobStreet <alerts@jobstreet.example>",
        "New jobs for Procurement Executive",
        "alert",
        "Procurement Executive - Shah Alam. Buyer - Petaling Jaya. View jobs.",
    ),
    (
        "Hiredly <hello@hiredly.example>",
        "5 companies hiring this month",
        "newsletter",
        "See who's hiring in Malaysia. Unsubscribe.",
    ),
    (
        "Kevin Tan <kevin.tan@rapidrecruit.example>",
        "Are you open to new roles?",
        "outreach",
        "Hi Nurul, I have a few procurement roles with MNC clients in KL. Are you open to new opportunities? Let me "
        "know a good time to chat.",
    ),
    (
        "Grab <no-reply@grab.example>",
        "Your Grab E-Receipt",
        "other",
        "Thanks for riding with Grab. RM 18.50.",
    ),
    (
        "Touch 'n Go <noreply@tngdigital.example>",
        "Reload successful",
        "other",
        "You have reloaded RM 50.00.",
    ),
    (
        "Siti Aminah <siti.aminah@gmail.example>",
        "Raya",
        "personal",
        "Kak, are you going back to Ipoh for the weekend?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="+0800",
        clock="11:15:00",
        neg_start="2025-06-30",
        neg_step=4,
        neg_clock="21:45:00",
        tag="fourhundredfiftysix",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), NURUL)
