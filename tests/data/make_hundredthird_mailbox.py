"""A hundred-and-third mailbox, written as a held-out check after the hundred-and-second (issue #24).

Kwame, a staff accountant in Toronto, exports two mailboxes from Apple Mail into one folder (``Inbox.mbox/mbox`` and
``Sent Messages.mbox/mbox``, not zipped; no labels; his own mail known by his address; replies tied by
``In-Reply-To``).  Canadian employers write through Dayforce, UKG and ADP, a public-sector "written exam" and
"notice of qualification", a Montréal firm in French ("nous avons bien reçu votre candidature", "une entrevue
virtuelle", "nous ne donnerons pas suite"), a credit union's "we are pleased to present you with an offer of
employment".  Its negatives are his: a CPA body's newsletter, a French job alert, a recruiting agency's pitch, the
tax agency's notice, a bank's promotion, a colleague's lunch invitation.  Its score before any rule was changed for
it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

KWAME = "kwame.boateng.cpa@icloud.com"
_ME = f"Kwame Boateng <{KWAME}>"
_LINDA = "Linda Chen <lchen@lakeshorecu.ca>"
_DAYFORCE = "Maple Ridge Foods <notifications@dayforcehcm.com>"

# (company, event, day, sender, subject, body, parent index or None[, to])
_POSITIVES = [
    # 0-5 Lakeshore Credit Union (its own mail: phone interview, panel, offer, accepted)
    (
        "Lakeshore Credit Union",
        "applied",
        "2025-09-08",
        "Lakeshore Credit Union Careers <careers@lakeshorecu.ca>",
        "Application Confirmation - Staff Accountant (Req 2291)",
        "Dear Kwame,\n\nThis message confirms that we have received your application for the Staff Accountant "
        "position (Req 2291). Due to the volume of applications, only candidates selected for an interview will be "
        "contacted.\n\nLakeshore Credit Union Human Resources",
        None,
    ),
    (
        "Lakeshore Credit Union",
        "screen",
        "2025-09-15",
        _LINDA,
        "Staff Accountant - telephone interview",
        "Hello Kwame,\n\nThank you for your interest in the Staff Accountant role. I would like to arrange a brief "
        "telephone interview with you this week. Please let me know your availability on Wednesday or Thursday "
        "afternoon.\n\nRegards,\nLinda Chen\nHuman Resources Advisor, Lakeshore Credit Union",
        None,
    ),
    (
        "Lakeshore Credit Union",
        "onsite",
        "2025-09-22",
        _LINDA,
        "RE: Staff Accountant - telephone interview",
        "Hello Kwame,\n\nThank you for speaking with me. We would like to invite you to a panel interview with our "
        "Controller and Finance Manager at our Etobicoke branch office on Monday, September 29 at 10:00 a.m. The "
        "interview will be approximately one hour.\n\nRegards,\nLinda",
        1,
    ),
    (
        "Lakeshore Credit Union",
        "thank_you",
        "2025-09-29",
        _ME,
        "Thank you - Staff Accountant panel",
        "Hi Linda,\n\nPlease pass along my thanks to Mr. Singh and Ms. Okafor for their time this morning. I "
        "appreciated learning about the month-end process and the upcoming system migration.\n\nBest regards,\n"
        "Kwame",
        None,
        _LINDA,
    ),
    (
        "Lakeshore Credit Union",
        "offer",
        "2025-10-06",
        _LINDA,
        "Offer of Employment - Staff Accountant",
        "Hello Kwame,\n\nOn behalf of Lakeshore Credit Union, we are pleased to present you with an offer of "
        "employment for the position of Staff Accountant. Please review the attached letter, which outlines the "
        "salary, benefits and start date, and return a signed copy by October 10.\n\nRegards,\nLinda Chen",
        None,
    ),
    (
        "Lakeshore Credit Union",
        "accepted",
        "2025-10-08",
        _ME,
        "RE: Offer of Employment - Staff Accountant",
        "Hi Linda,\n\nThank you! Please find attached my signed offer letter. I look forward to starting on November "
        "3.\n\nBest regards,\nKwame",
        4,
    ),
    # 6-8 Maple Ridge Foods (Dayforce: an assessment, then a no)
    (
        "Maple Ridge Foods",
        "applied",
        "2025-09-10",
        _DAYFORCE,
        "Thank you for your application",
        "Hi Kwame,\n\nThank you for applying to the Intermediate Accountant position at Maple Ridge Foods. Our "
        "talent team is reviewing applications and will reach out if your qualifications match our needs.\n\n"
        "Maple Ridge Foods Talent Acquisition",
        None,
    ),
    (
        "Maple Ridge Foods",
        "interview",
        "2025-09-17",
        _DAYFORCE,
        "Next steps: Excel skills assessment",
        "Hi Kwame,\n\nAs the next step in our hiring process, please complete a 45-minute Excel skills assessment "
        "by Sunday, September 21. The link is below.\n\nMaple Ridge Foods Talent Acquisition",
        None,
    ),
    (
        "Maple Ridge Foods",
        "rejected",
        "2025-09-26",
        _DAYFORCE,
        "Update on your application - Intermediate Accountant",
        "Hi Kwame,\n\nThank you for completing the assessment. While your results were strong, we have chosen to "
        "pursue candidates whose experience more closely aligns with the requirements of the role. We appreciate "
        "your interest in Maple Ridge Foods.\n\nMaple Ridge Foods Talent Acquisition",
        None,
    ),
    # 9-11 City of Brampton (public sector: a written exam, then "not qualified")
    (
        "City of Brampton",
        "applied",
        "2025-09-12",
        "City of Brampton <noreply@brampton.ca>",
        "Application received - Financial Analyst (Job ID 31877)",
        "Thank you for applying for the Financial Analyst position (Job ID 31877) with the City of Brampton. Your "
        "application has been received and will be screened against the qualifications in the posting.",
        None,
    ),
    (
        "City of Brampton",
        "interview",
        "2025-10-01",
        "City of Brampton <noreply@brampton.ca>",
        "Written exam invitation - Financial Analyst (Job ID 31877)",
        "Dear Kwame Boateng,\n\nCongratulations! You have been selected to write the exam for the Financial Analyst "
        "position. The written exam will be held on October 9 at 6:00 p.m. at City Hall, 2 Wellington Street West, "
        "and will last 90 minutes. Please bring government-issued photo ID.",
        None,
    ),
    (
        "City of Brampton",
        "rejected",
        "2025-10-20",
        "City of Brampton <noreply@brampton.ca>",
        "Competition results - Financial Analyst (Job ID 31877)",
        "Dear Kwame Boateng,\n\nThank you for participating in the written exam for the Financial Analyst position. "
        "We regret that your score did not meet the pass mark required to proceed to the interview stage. We "
        "encourage you to apply to future opportunities with the City.",
        None,
    ),
    # 12-15 Groupe Lavigne (Montréal, in French: receipt, virtual interview, then no)
    (
        "Groupe Lavigne",
        "applied",
        "2025-09-16",
        "Groupe Lavigne - Carrières <carrieres@groupelavigne.ca>",
        "Votre candidature - Comptable principal(e)",
        "Bonjour Kwame,\n\nNous avons bien reçu votre candidature pour le poste de Comptable principal(e) et nous "
        "vous remercions de votre intérêt envers Groupe Lavigne. Notre équipe l'étudiera avec attention.\n\n"
        "L'équipe Talent, Groupe Lavigne",
        None,
    ),
    (
        "Groupe Lavigne",
        "interview",
        "2025-09-24",
        "Sophie Tremblay <stremblay@groupelavigne.ca>",
        "Entrevue - Comptable principal(e)",
        "Bonjour Kwame,\n\nVotre profil a retenu notre attention. Seriez-vous disponible pour une entrevue "
        "virtuelle de 45 minutes avec notre directrice financière, le jeudi 2 octobre à 14 h?\n\nAu plaisir,\n"
        "Sophie Tremblay\nConseillère en acquisition de talents",
        None,
    ),
    (
        "Groupe Lavigne",
        "thank_you",
        "2025-10-02",
        _ME,
        "RE: Entrevue - Comptable principal(e)",
        "Bonjour Sophie,\n\nMerci beaucoup pour l'entrevue de cet après-midi; j'ai beaucoup apprécié notre échange "
        "avec Mme Gagnon.\n\nCordialement,\nKwame Boateng",
        13,
    ),
    (
        "Groupe Lavigne",
        "rejected",
        "2025-10-14",
        "Sophie Tremblay <stremblay@groupelavigne.ca>",
        "RE: Entrevue - Comptable principal(e)",
        "Bonjour Kwame,\n\nNous vous remercions du temps consacré à notre processus. Après mûre réflexion, nous "
        "ne donnerons pas suite à votre candidature, le comité ayant retenu un profil bilingue ayant une "
        "expérience plus poussée en consolidation.\n\nNous vous souhaitons bon succès dans vos démarches.\n\n"
        "Sophie Tremblay",
        14,
    ),
    # 16-17 Harbourfront Logistics (UKG; a hold)
    (
        "Harbourfront Logistics",
        "applied",
        "2025-09-19",
        "Harbourfront Logistics <noreply@ultipro.ca>",
        "Harbourfront Logistics - Application Received",
        "Kwame,\n\nThank you for your interest in Harbourfront Logistics. We have received your application for "
        "Accounts Payable Lead and will contact you should your background be a fit.\n\nHarbourfront Logistics "
        "Recruitment",
        None,
    ),
    (
        "Harbourfront Logistics",
        "rejected",
        "2025-10-03",
        "Harbourfront Logistics <noreply@ultipro.ca>",
        "Harbourfront Logistics - Accounts Payable Lead",
        "Kwame,\n\nWe wanted to let you know that the Accounts Payable Lead requisition has been put on hold and "
        "will not be filled at this time. We will keep your profile and may reach out if the role reopens.\n\n"
        "Harbourfront Logistics Recruitment",
        None,
    ),
    # 18 Sterling & Rowe LLP (ADP; no answer)
    (
        "Sterling & Rowe LLP",
        "applied",
        "2025-09-25",
        "Sterling & Rowe LLP <SecurityServices_NoReply@adp.com>",
        "Thank you for applying to Sterling & Rowe LLP",
        "Dear Kwame,\n\nThank you for applying for the Senior Staff Accountant, Assurance opening at Sterling & "
        "Rowe LLP. We will review your application and contact you if there is a match.",
        None,
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "CPA Ontario <news@cpaontario.ca>",
        "CPD deadline reminder and member news",
        "newsletter",
        "Reminder: report your CPD hours by December 31. Plus: upcoming webinars on IFRS 18 and the new assurance "
        "standards. Manage your email preferences or unsubscribe.",
    ),
    (
        "Jobillico <alertes@jobillico.com>",
        "Nouvelles offres d'emploi : comptable",
        "alert",
        "Comptable principal(e) - Montréal. Technicien(ne) comptable - Laval. Analyste financier - Québec. Voir "
        "toutes les offres.",
    ),
    (
        "Priya Raman <priya.raman@roberthalf.example>",
        "Contract accounting role - Mississauga",
        "outreach",
        "Hi Kwame,\n\nI'm a recruiter with a national staffing firm and I'm working on a 6-month contract for an "
        "accountant with a client in Mississauga. Your CPA profile caught my attention. Are you open to a quick "
        "call this week?\n\nPriya Raman",
    ),
    (
        "Canada Revenue Agency <notification@cra-arc.gc.ca>",
        "You have a new message in My Account",
        "not applied",
        "A new document is available in CRA My Account. For your security, log in to view it. Do not reply to "
        "this email.",
    ),
    (
        "Tangerine <offers@tangerine.example>",
        "Earn 5.25% on new savings",
        "shop",
        "Open a new Savings Account and earn 5.25% for your first 5 months. Conditions apply. Unsubscribe",
    ),
    (
        "Michelle Osei <michelle.osei@bdo.example>",
        "lunch friday?",
        "personal",
        "Hey! Heard you had a panel interview this week - how did it go? Lunch Friday at the usual spot?",
    ),
    (
        "Indeed <donotreply@match.indeed.com>",
        "Staff Accountant jobs in Toronto, ON",
        "alert",
        "Staff Accountant - Lakeshore Credit Union - Etobicoke, ON. Intermediate Accountant - Maple Ridge Foods - "
        "Mississauga, ON. See more jobs.",
    ),
    (
        "LinkedIn <messages-noreply@linkedin.com>",
        "Kwame, you appeared in 14 searches this week",
        "newsletter",
        "You appeared in 14 searches this week. See who's looking and what titles they have.",
    ),
]


def _offset(d):
    """Eastern Daylight Time until 2 November 2025, then Eastern Standard Time."""
    import datetime

    return "-0400" if d < datetime.date(2025, 11, 2) else "-0500"


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import threaded_corpus

    return threaded_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=KWAME,
        own_to={
            "Lakeshore Credit Union": _LINDA,
            "Groupe Lavigne": "Sophie Tremblay <stremblay@groupelavigne.ca>",
        },
        offset=_offset,
        clock="13:25:00",
        neg_start="2025-09-09",
        neg_step=5,
        neg_clock="07:10:00",
        tag="hundredthree",
        host="icloud.example",
    )


def build(folder, msgs=None) -> Path:
    """Write Apple Mail's export of two mailboxes (``Inbox.mbox/mbox``, ``Sent Messages.mbox/mbox``) into
    ``folder/Kwame mail``; return that folder."""
    from mail_score import write_mbox

    msgs = msgs if msgs is not None else messages()
    root = Path(folder) / "Kwame mail"
    mine = [(m, t) for m, t in msgs if KWAME in str(m["From"])]
    write_mbox(root / "Inbox.mbox" / "mbox", [(m, t) for m, t in msgs if KWAME not in str(m["From"])])
    write_mbox(root / "Sent Messages.mbox" / "mbox", mine)
    return root
