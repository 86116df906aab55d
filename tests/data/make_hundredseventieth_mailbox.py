"""A hundred-and-seventieth mailbox, written as a held-out check after the hundred-and-sixty-ninth (issue #24).

Ciara, a dental nurse in Cork, keeps her mail in Thunderbird (one mbox of inbox and sent mail).  Small practices
hire by plain email: she sends her CV herself, and the answers come from practice owners' and receptionists'
own mailboxes (Gmail, Eircom), in a line or two, in the thread of her mail or not: a "chat", a "trial day", "the
position has been filled", "we'd love to offer you the job".  One application goes through IrishJobs.ie.
Negatives: a dental council's renewal, a CPD course, a pharmacy's offer, a sister's mail, job alerts, a
recruitment agency's pitch.  Its truth first named "Harbour Orthodontics", a name no mail spells (the
practice writes only from harbourortho.ie).  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CIARA = "ciara.oconnell.dn@gmail.com"
ME = f"Ciara O'Connell <{CIARA}>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    (  # 0
        "Lee Valley Dental",
        "applied",
        "2025-05-05",
        ME,
        "Dental Nurse position",
        "Dear Dr. Walsh,\n\nI saw your ad for a qualified dental nurse and would like to apply. I'm registered with "
        "the Dental Council and have four years' experience in general practice. My CV is attached.\n\nKind "
        "regards,\nCiara O'Connell\n087 123 4567",
        None,
        "Dr. Brian Walsh <leevalleydental@gmail.com>",
    ),
    (  # 1
        "Smile Clinic Cork",
        "applied",
        "2025-05-05",
        ME,
        "Application - Dental Nurse",
        "Hi,\n\nI'm writing to apply for the dental nurse job advertised on your Facebook page. Please find my CV "
        "attached - I can start at short notice.\n\nThanks,\nCiara O'Connell",
        None,
        "Smile Clinic Cork <smileclinic.cork@eircom.net>",
    ),
    (  # 2
        "Douglas Family Dental",
        "applied",
        "2025-05-06",
        "IrishJobs.ie <noreply@irishjobs.ie>",
        "Your application has been sent",
        "Hi Ciara,\n\nYour application for Dental Nurse at Douglas Family Dental has been sent to the employer.\n\n"
        "Good luck!\nIrishJobs.ie",
        None,
    ),
    (  # 3
        "Harbour Ortho",
        "applied",
        "2025-05-07",
        ME,
        "Dental nurse - CV attached",
        "Hello,\n\nI'd like to be considered for the orthodontic dental nurse role. I've attached my CV and "
        "references.\n\nBest wishes,\nCiara O'Connell",
        None,
        "Reception <info@harbourortho.ie>",
    ),
    (  # 4
        "Lee Valley Dental",
        "interview",
        "2025-05-07",
        "Dr. Brian Walsh <leevalleydental@gmail.com>",
        "Re: Dental Nurse position",
        "Hi Ciara, thanks for getting in touch. Could you come in for a chat on Thursday at 1pm? We're on the Main "
        "Street, above the pharmacy. Brian",
        0,
    ),
    (  # 5
        "Smile Clinic Cork",
        "rejected",
        "2025-05-08",
        "Smile Clinic Cork <smileclinic.cork@eircom.net>",
        "Re: Application - Dental Nurse",
        "Hi Ciara, thanks for your email. Unfortunately the position has been filled. Best of luck with your "
        "search. Niamh",
        1,
    ),
    (  # 6
        "Lee Valley Dental",
        "onsite",  # (a trial day is the last round, as the eighteenth corpus's Probetag; first written "interview")
        "2025-05-09",
        "Dr. Brian Walsh <leevalleydental@gmail.com>",
        "Re: Dental Nurse position",
        "Ciara, great to meet you yesterday. Would you be able to do a trial day next Tuesday, 9 to 5? We'd pay "
        "for the day of course. Brian",
        4,
    ),
    (  # 7
        "Harbour Ortho",
        "follow_up",
        "2025-05-14",
        ME,
        "Re: Dental nurse - CV attached",
        "Hello again,\n\nI just wanted to follow up on my application for the orthodontic dental nurse role. I'm "
        "still very interested.\n\nBest wishes,\nCiara",
        3,
        "Reception <info@harbourortho.ie>",
    ),
    (  # 8
        "Douglas Family Dental",
        "interview",
        "2025-05-15",
        "Aoife Barry <aoife@douglasfamilydental.ie>",
        "Dental Nurse - IrishJobs application",
        "Hi Ciara,\n\nThank you for applying through IrishJobs. We'd like to invite you for an interview with our "
        "practice manager on Monday 19th at 10am.\n\nKind regards,\nAoife Barry\nPractice Manager",
        None,
    ),
    (  # 9
        "Lee Valley Dental",
        "offer",
        "2025-05-14",
        "Dr. Brian Walsh <leevalleydental@gmail.com>",
        "Re: Dental Nurse position",
        "Ciara, the team loved having you on Tuesday. We'd love to offer you the job - 4 days a week, starting "
        "June 3rd. Let me know and I'll get the contract drawn up. Brian",
        6,
    ),
    (  # 10
        "Lee Valley Dental",
        "accepted",
        "2025-05-15",
        ME,
        "Re: Dental Nurse position",
        "Hi Brian, that's brilliant news, thank you! I'm delighted to accept. See you on June 3rd.\n\nCiara",
        9,
        "Dr. Brian Walsh <leevalleydental@gmail.com>",
    ),
    (  # 11
        "Douglas Family Dental",
        "withdrew",
        "2025-05-16",
        ME,
        "Re: Dental Nurse - IrishJobs application",
        "Hi Aoife,\n\nThank you for the invitation. I've just accepted another position, so I'll have to withdraw "
        "my application. Sorry for any inconvenience.\n\nCiara",
        8,
        "Aoife Barry <aoife@douglasfamilydental.ie>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Dental Council <registration@dentalcouncil.ie>",
        "Annual retention fee reminder",
        "other",
        "Your annual retention on the Register of Dental Nurses is due by 30 June.",
    ),
    (
        "Dental Nurses Ireland <courses@dni.ie>",
        "CPD: Radiation protection course - places left",
        "newsletter",
        "Book your place on our radiation protection CPD course. Unsubscribe",
    ),
    (
        "Boots Ireland <offers@boots.ie>",
        "An offer just for you",
        "shop",
        "3 for 2 on skincare this weekend only.",
    ),
    (
        "Sinead O'Connell <sinead.oc@gmail.com>",
        "Any news on the jobs?",
        "personal",
        "Hiya, did you hear back from the places in Cork? Mam was asking. Call me later x",
    ),
    (
        "IrishJobs.ie <jobalerts@irishjobs.ie>",
        "5 new Dental Nurse jobs in Cork",
        "alert",
        "Dental Nurse - Ballincollig. Dental Receptionist - Cork City. View jobs.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Dental Nurse jobs in Cork",
        "alert",
        "Dental Nurse - Bishopstown Dental - Cork. Dental Nurse - Mahon Dental - Cork.",
    ),
    (
        "Orla Reilly <orla@medicalrecruit.ie>",
        "Dental nurse roles - Cork and Limerick",
        "outreach",
        "Hi Ciara, I came across your CV and have several dental nurse roles with clients in Cork and Limerick. "
        "Would you like a chat?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=CIARA,
        offset=lambda d: "+0100",
        clock="19:40:00",
        neg_start="2025-05-03",
        neg_step=3,
        neg_clock="09:10:00",
        tag="hundredseventy",
        host="mail.gmail.com",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Thunderbird keeps it (one mbox file) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Inbox", msgs if msgs is not None else messages())
