"""A six-hundred-and-fifty-first mailbox, written as a held-out check after the six-hundred-and-fiftieth (issue #24).

Émilie Gagnon, a bilingual communications advisor in Gatineau, saves her Outlook mail as .eml files. Québec employers
write in Québec French, the federal public service in both languages: Desjardins' Workday "Nous avons bien reçu votre
candidature", Hydro-Québec's "Accusé de réception - Conseillère en communication", GC Jobs' "Application received /
Candidature reçue" for Canadian Heritage, Desjardins' recruiter "J'aimerais planifier une courte entrevue
téléphonique", Hydro-Québec's "Convocation à une entrevue" in Montréal, Canadian Heritage's invitation to "a written
exam" (an assessment, an interview round), Desjardins' "nous avons retenu une autre candidature", Hydro-Québec's
"deuxième entrevue avec la directrice" in its head office (the last round), her thanks, Hydro-Québec's "offre
d'emploi", her acceptance, and her withdrawal from Canadian Heritage's process. Negatives: Jobboom's alert, a
LinkedIn newsletter, a recruiter's cold mail, Hydro-Québec's own bill, a GC Jobs account notice and her friend.
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

EMILIE = "emilie.gagnon.comm@outlook.example"
ME = f"Émilie Gagnon <{EMILIE}>"
DESJ = "Desjardins <desjardins@myworkday.example>"
HQ = "Hydro-Québec Dotation <dotation@hydroquebec.example>"
GC = "GC Jobs / Emplois GC <no-reply@psc-cfp.gc.example>"
DESJR = "Julie Tremblay <julie.tremblay@desjardins.example>"
PCH = "Marc Leblanc <marc.leblanc@pch.gc.example>"
HQR = "Sophie Bouchard <bouchard.sophie@hydroquebec.example>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Desjardins",
        "applied",
        "2025-09-08",
        DESJ,
        "Nous avons bien reçu votre candidature",
        "Bonjour Émilie,\n\nNous avons bien reçu votre candidature pour le poste de Conseillère en communication "
        "(R2025-14412) chez Desjardins. Nous communiquerons avec vous si votre profil correspond à nos besoins.\n\n"
        "Acquisition de talents Desjardins",
        None,
    ),
    (
        "Hydro-Québec",
        "applied",
        "2025-09-09",
        HQ,
        "Accusé de réception - Conseillère en communication",
        "Madame Gagnon,\n\nNous accusons réception de votre candidature au poste de conseillère en communication "
        "(concours 2025-0921). Nous vous remercions de l'intérêt que vous portez à Hydro-Québec.\n\nDotation "
        "Hydro-Québec",
        None,
    ),
    (
        "Canadian Heritage",
        "applied",
        "2025-09-10",
        GC,
        "Application received / Candidature reçue",
        "Dear Émilie Gagnon,\n\nYour application for IS-04 Communications Advisor (selection process "
        "25-PCH-EA-NCR-448812) with Canadian Heritage has been received.\n\n---\n\nBonjour Émilie Gagnon,\n\nVotre "
        "candidature pour le poste IS-04 Conseillère en communications (processus 25-PCH-EA-NCR-448812) auprès de "
        "Patrimoine canadien a été reçue.\n\nGC Jobs / Emplois GC",
        None,
    ),
    (
        "Desjardins",
        "screen",
        "2025-09-12",
        DESJR,
        "Votre candidature - Conseillère en communication",
        "Bonjour Émilie,\n\nMerci pour votre candidature. J'aimerais planifier une courte entrevue téléphonique de 20 "
        "minutes avec vous cette semaine. Quelles seraient vos disponibilités?\n\nJulie Tremblay\nConseillère en "
        "acquisition de talents, Desjardins",
        None,
    ),
    (
        "Hydro-Québec",
        "interview",
        "2025-09-16",
        HQR,
        "Convocation à une entrevue - concours 2025-0921",
        "Madame Gagnon,\n\nNous avons le plaisir de vous convoquer à une entrevue le mardi 23 septembre à 13 h 30 au "
        "75, boulevard René-Lévesque Ouest, à Montréal.\n\nSophie Bouchard\nConseillère en dotation",
        None,
    ),
    (
        "Canadian Heritage",
        "interview",
        "2025-09-18",
        PCH,
        "25-PCH-EA-NCR-448812 - Written exam / Examen écrit",
        "Hello Émilie,\n\nCongratulations, you have been screened in. You are invited to a written exam on September "
        "25 at 9:00 (Eastern time), online.\n\nBonjour Émilie,\n\nFélicitations, votre candidature a été retenue. "
        "Vous êtes invitée à un examen écrit le 25 septembre à 9 h, en ligne.\n\nMarc Leblanc\nStaffing Advisor / "
        "Conseiller en dotation, Canadian Heritage / Patrimoine canadien",
        None,
    ),
    (
        "Desjardins",
        "rejected",
        "2025-09-22",
        DESJR,
        "RE: Votre candidature - Conseillère en communication",
        "Bonjour Émilie,\n\nMerci pour votre temps lors de notre échange. Après réflexion, nous avons retenu une autre "
        "candidature dont le profil correspond davantage aux besoins de l'équipe.\n\nJulie",
        None,
    ),
    (
        "Hydro-Québec",
        "onsite",
        "2025-09-29",
        HQR,
        "Deuxième entrevue - concours 2025-0921",
        "Madame Gagnon,\n\nÀ la suite de votre première entrevue, nous vous invitons à une deuxième et dernière "
        "entrevue avec la directrice des communications, le 6 octobre à 10 h, au siège social.\n\nSophie Bouchard",
        None,
    ),
    (
        "Hydro-Québec",
        "thank_you",
        "2025-10-06",
        ME,
        "Merci - deuxième entrevue",
        "Madame Bouchard,\n\nMerci pour l'organisation de l'entrevue d'aujourd'hui. J'ai beaucoup apprécié ma "
        "rencontre avec la directrice.\n\nCordialement,\nÉmilie Gagnon",
        HQR,
    ),
    (
        "Hydro-Québec",
        "offer",
        "2025-10-14",
        HQR,
        "Offre d'emploi - Conseillère en communication",
        "Madame Gagnon,\n\nNous avons le plaisir de vous offrir le poste de conseillère en communication. Vous trouverez "
        "ci-joint votre offre d'emploi.\n\nSophie Bouchard",
        None,
    ),
    (
        "Hydro-Québec",
        "accepted",
        "2025-10-15",
        ME,
        "RE: Offre d'emploi - Conseillère en communication",
        "Madame Bouchard,\n\nC'est avec grand plaisir que j'accepte votre offre. Vous trouverez ci-joint l'offre "
        "signée.\n\nCordialement,\nÉmilie Gagnon",
        HQR,
    ),
    (
        "Canadian Heritage",
        "withdrew",
        "2025-10-16",
        ME,
        "Withdrawal - 25-PCH-EA-NCR-448812",
        "Hello Marc,\n\nI have accepted a position elsewhere and would like to withdraw from selection process "
        "25-PCH-EA-NCR-448812.\n\nThank you,\nÉmilie Gagnon",
        PCH,
    ),
]

_NEGATIVES = [
    (
        "Jobboom <alertes@jobboom.example>",
        "Nouveaux emplois en communication",
        "alert",
        "12 nouveaux emplois correspondent à votre recherche. Gérer mes alertes.",
    ),
    (
        "LinkedIn <newsletters-noreply@linkedin.example>",
        "Communications Weekly",
        "newsletter",
        "Les nouvelles de la semaine. Se désabonner.",
    ),
    (
        "Isabelle Roy <isabelle.roy@rhsolutions.example>",
        "Poste de directrice des communications",
        "outreach",
        "Bonjour Émilie, je recrute une directrice des communications pour un client à Ottawa. Seriez-vous ouverte à "
        "en discuter?",
    ),
    (
        "Hydro-Québec <facture@hydroquebec.example>",
        "Votre facture est prête",
        "other",
        "Votre facture d'électricité est disponible dans votre Espace client.",
    ),
    (
        "GC Jobs / Emplois GC <no-reply@psc-cfp.gc.example>",
        "Password changed / Mot de passe modifié",
        "other",
        "Your GC Jobs account password was changed. / Le mot de passe de votre compte a été modifié.",
    ),
    (
        "Camille <camille.l@videotron.example>",
        "Souper vendredi",
        "personal",
        "On se fait un souper vendredi?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ME,
        offset="-0400",
        clock="10:20:00",
        neg_start="2025-09-07",
        neg_step=5,
        neg_clock="20:40:00",
        tag="sixhundredfiftyone",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return the folder."""
    from mail_score import write_outlook

    return write_outlook(folder, msgs if msgs is not None else messages(), EMILIE)
