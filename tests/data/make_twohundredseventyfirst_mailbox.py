"""A two-hundred-and-seventy-first mailbox, written as a held-out check after the two-hundred-and-seventieth
(issue #24).

Priyanka, a policy analyst in Ottawa, saves her Outlook mail as .eml files.  Canadian public and private hiring in
two languages: the federal GC Jobs system's bilingual notices ("Accusé de réception / Acknowledgement of receipt"),
"you have been screened in", a written exam (a round), a "pool" and a letter of offer; a Crown corporation's Dayforce
receipt; a think tank's director writing herself; a consulting firm's "case interview" and "we will not be moving your
candidacy forward"; and her own thanks and acceptance.  Negatives: GC Jobs' job alerts, the Ottawa Citizen's
newsletter, Canada Revenue Agency's notice, OC Transpo, a charity, a friend.  Its score before any rule was changed
for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

PRIYANKA = "priyanka.sethi@outlook.com"
ME = f"Priyanka Sethi <{PRIYANKA}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Environment and Climate Change Canada",
        "applied",
        "2025-01-13",
        "GC Jobs / Emplois GC <noreply-nepasrepondre@psc-cfp.gc.example>",
        "Accusé de réception / Acknowledgement of receipt",
        "(Le français suit l'anglais)\n\nDear Priyanka Sethi,\n\nThis is to acknowledge receipt of your application "
        "for the following selection process:\n\nReference number: ECC25J-014872\nSelection process number: "
        "25-ECC-EA-NCR-612204\nPosition: Policy Analyst (EC-04)\nOrganization: Environment and Climate Change Canada"
        "\n\nPublic Service Commission of Canada\n\n---\n\nBonjour Priyanka Sethi,\n\nNous accusons réception de "
        "votre candidature pour le processus de sélection suivant : Analyste des politiques (EC-04), Environnement et "
        "Changement climatique Canada.",
        None,
    ),
    (
        "Canada Housing Agency",
        "applied",
        "2025-01-14",
        "Canada Housing Agency Careers <noreply@dayforcehcm.com>",
        "Thank you for applying!",
        "Hello Priyanka,\n\nThank you for your interest in joining the Canada Housing Agency. We have received your "
        "application for Senior Analyst, Housing Policy (Job ID 4471). Qualified candidates will be contacted.\n\n"
        "Talent Acquisition",
        None,
    ),
    (
        "Rideau Policy Institute",
        "applied",
        "2025-01-15",
        ME,
        "Application - Research Associate",
        "Dear Dr. Chen,\n\nPlease find attached my CV and cover letter for the Research Associate position advertised "
        "on your website. I would welcome the chance to contribute to the Institute's work on housing affordability."
        "\n\nSincerely,\nPriyanka Sethi",
        "Margaret Chen <mchen@rideaupolicy.ca>",
    ),
    (
        "Bywater Strategy",
        "applied",
        "2025-01-16",
        "Bywater Strategy <careers@bywater.myworkdayjobs.example>",
        "Application Received",
        "Hi Priyanka,\n\nThanks for your application to the Consultant, Public Sector role at Bywater Strategy. Our "
        "recruiting team reviews every application carefully.\n\nBywater Strategy Recruiting",
        None,
    ),
    (
        "Environment and Climate Change Canada",
        "interview",
        "2025-01-27",
        "GC Jobs / Emplois GC <noreply-nepasrepondre@psc-cfp.gc.example>",
        "Invitation - Written exam / Examen écrit - 25-ECC-EA-NCR-612204",
        "(Le français suit l'anglais)\n\nDear Priyanka Sethi,\n\nYou have been screened in for the selection process "
        "25-ECC-EA-NCR-612204 (Policy Analyst, EC-04). You are invited to complete an online written exam on February "
        "4, 2025. You will have 3 hours.\n\nEnvironment and Climate Change Canada\n\n---\n\nVous avez été retenue "
        "pour le processus 25-ECC-EA-NCR-612204.",
        None,
    ),
    (
        "Rideau Policy Institute",
        "interview",
        "2025-01-28",
        "Margaret Chen <mchen@rideaupolicy.ca>",
        "RE: Application - Research Associate",
        "Dear Priyanka,\n\nThank you for your application. I would like to invite you to an interview with me and our "
        "senior fellow on Tuesday, February 4 at 2:00 pm at our office on Sparks Street.\n\nBest regards,\nMargaret "
        "Chen, PhD\nDirector of Research\nRideau Policy Institute",
        None,
    ),
    (
        "Bywater Strategy",
        "interview",
        "2025-01-30",
        "Nadia Okafor <nokafor@bywaterstrategy.example>",
        "Bywater - case interview",
        "Hi Priyanka,\n\nI'm pleased to let you know we'd like to move you forward to a case interview with two of our "
        "managers on February 6 (60 minutes, video). I'll send prep materials shortly.\n\nNadia Okafor\nRecruiting "
        "Lead, Bywater Strategy",
        None,
    ),
    (
        "Rideau Policy Institute",
        "thank_you",
        "2025-02-04",
        ME,
        "Thank you",
        "Dear Dr. Chen,\n\nThank you for taking the time to meet with me this afternoon. I enjoyed our discussion of "
        "the Institute's upcoming rental market study.\n\nSincerely,\nPriyanka",
        "Margaret Chen <mchen@rideaupolicy.ca>",
    ),
    (
        "Canada Housing Agency",
        "rejected",
        "2025-02-07",
        "Canada Housing Agency Careers <noreply@dayforcehcm.com>",
        "Your application with the Canada Housing Agency",
        "Hello Priyanka,\n\nThank you for your interest in the Senior Analyst, Housing Policy position. We received a "
        "large number of applications, and after careful review you have not been selected to continue in the "
        "process.\n\nWe wish you every success.\n\nTalent Acquisition",
        None,
    ),
    (
        "Bywater Strategy",
        "rejected",
        "2025-02-12",
        "Nadia Okafor <nokafor@bywaterstrategy.example>",
        "RE: Bywater - case interview",
        "Hi Priyanka,\n\nThank you for your time with Jonas and Amira last week. After much deliberation we will not be "
        "moving your candidacy forward at this time. I'd be glad to share feedback if helpful.\n\nNadia",
        None,
    ),
    (
        "Environment and Climate Change Canada",
        "interview",
        "2025-02-18",
        "Daniel Tremblay <daniel.tremblay@ec.gc.example>",
        "Interview - Policy Analyst (EC-04) - 25-ECC-EA-NCR-612204",
        "Good afternoon Priyanka,\n\nCongratulations, you have successfully passed the written exam. We would like to "
        "invite you to an interview with a three-member board on February 26 at 10:00 via MS Teams.\n\nDaniel "
        "Tremblay\nA/Manager, Climate Policy Unit",
        None,
    ),
    (
        "Rideau Policy Institute",
        "offer",
        "2025-02-20",
        "Margaret Chen <mchen@rideaupolicy.ca>",
        "Research Associate",
        "Dear Priyanka,\n\nI am delighted to offer you the position of Research Associate at the Rideau Policy "
        "Institute, at an annual salary of $72,000. The formal letter is attached; please let me know by February 28."
        "\n\nWarm regards,\nMargaret",
        None,
    ),
    (
        "Environment and Climate Change Canada",
        "offer",
        "2025-03-14",
        "Daniel Tremblay <daniel.tremblay@ec.gc.example>",
        "Letter of offer - Policy Analyst (EC-04)",
        "Good morning Priyanka,\n\nFurther to the selection process 25-ECC-EA-NCR-612204, I am pleased to attach your "
        "letter of offer for an indeterminate appointment as Policy Analyst (EC-04). Please sign and return it within "
        "five working days.\n\nDaniel",
        None,
    ),
    (
        "Rideau Policy Institute",
        "declined",
        "2025-02-27",
        ME,
        "RE: Research Associate",
        "Dear Margaret,\n\nThank you so much for the offer and for your patience. After careful thought, I have decided "
        "to decline it, as I am still in a federal process that I would like to see through. I hope our paths cross "
        "again.\n\nWarm regards,\nPriyanka",
        "Margaret Chen <mchen@rideaupolicy.ca>",
    ),
    (
        "Environment and Climate Change Canada",
        "accepted",
        "2025-03-17",
        ME,
        "RE: Letter of offer - Policy Analyst (EC-04)",
        "Good morning Daniel,\n\nPlease find attached the signed letter of offer. I am very happy to accept and look "
        "forward to joining the team.\n\nBest regards,\nPriyanka",
        "Daniel Tremblay <daniel.tremblay@ec.gc.example>",
    ),
]

_NEGATIVES = [
    (
        "GC Jobs / Emplois GC <jobalert-alerteemploi@psc-cfp.gc.example>",
        "Job alert / Alerte-emploi",
        "alert",
        "New jobs match your alert: Policy Analyst (EC-04) - Health Canada; Economist (EC-05) - Finance Canada.",
    ),
    (
        "Ottawa Citizen <newsletters@ottawacitizen.example>",
        "Morning briefing: budget talks resume",
        "newsletter",
        "Budget talks resume on the Hill; snow clearing update; Sens win in overtime.",
    ),
    (
        "Canada Revenue Agency <notification@cra-arc.gc.example>",
        "You have new mail in My Account",
        "other",
        "You have a new notice of assessment in CRA My Account. Sign in to view it.",
    ),
    (
        "OC Transpo <noreply@octranspo.example>",
        "Service change on Line 1",
        "other",
        "Line 1 will be replaced by R1 buses this weekend.",
    ),
    (
        "Ottawa Food Bank <donate@ottawafoodbank.example>",
        "Your gift makes a difference",
        "newsletter",
        "Thank you for your support this winter. Here's what your gift did.",
    ),
    (
        "Meera Joshi <meera.joshi@gmail.example>",
        "skating on the canal?",
        "personal",
        "canal is open! skate saturday then beavertails?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="-0500",
        clock="10:40:00",
        neg_start="2025-01-12",
        neg_step=7,
        neg_clock="18:30:00",
        tag="twohundredseventyone",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), PRIYANKA)
