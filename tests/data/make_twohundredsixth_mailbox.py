"""A two-hundred-and-sixth mailbox, written as a held-out check after the two-hundred-and-fifth (issue #24).

Hemi, a GIS analyst in Wellington, exported Gmail with Takeout.  New Zealand's public sector writes with te reo Māori
in it: "Kia ora", "Tēnā koe", "Ngā mihi", "a kōrero", an agency named in te reo with macrons ("Te Kāhui
Matawhenua"); a district council hires through SEEK and its own people; a consultancy answers his own mail that
it's "not recruiting right now".  The council he applies to also sends him its rates notice.  Negatives: that
notice, SEEK's and Trade Me's alerts, Inland Revenue, a software vendor's newsletter, a mate.  Its score before any
rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

HEMI = "hemi.walker.gis@gmail.com"
ME = f"Hemi Walker <{HEMI}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Te Kāhui Matawhenua",
        "applied",
        "2025-08-04",
        "Te Kāhui Matawhenua Recruitment <noreply@snaphire.com>",
        "Thank you for your application",
        "Kia ora Hemi,\n\nThank you for applying for the role of Senior GIS Analyst at Te Kāhui Matawhenua. We will "
        "review all applications after the closing date and be in touch.\n\nNgā mihi,\nRecruitment Team\nTe Kāhui "
        "Matawhenua | Land Information Agency",
        "t1",
    ),
    (
        "Kāpiti Coast District Council",
        "applied",
        "2025-08-05",
        "SEEK <noreply@s.seek.co.nz>",
        "Your application was successfully submitted",
        "Hi Hemi,\n\nYour application was successfully submitted.\n\nGIS Analyst\nKāpiti Coast District Council\n"
        "Paraparaumu, Wellington\n\nTrack your application in your SEEK profile.\n\nSEEK",
        "k1",
    ),
    (
        "Aurora Geospatial",
        "applied",
        "2025-08-06",
        ME,
        "GIS analyst - Hemi Walker",
        "Kia ora Sam,\n\nI'm a GIS analyst with five years in local government and I'd love to work with Aurora "
        "Geospatial on your environmental mapping projects. My CV is attached - keen to chat if you have anything "
        "coming up.\n\nNgā mihi,\nHemi Walker",
        "a1",
    ),
    (
        "Aurora Geospatial",
        "rejected",
        "2025-08-08",
        "Sam Tipene <sam@aurorageospatial.co.nz>",
        "Re: GIS analyst - Hemi Walker",
        "Kia ora Hemi,\n\nCheers for getting in touch and for sending your CV through. We're not recruiting right "
        "now, but I'll keep your details on file and give you a bell if that changes.\n\nNgā mihi,\nSam",
        "a1",
    ),
    (
        "Kāpiti Coast District Council",
        "interview",
        "2025-08-11",
        "Rawiri Ngata <rawiri.ngata@kapiticoast.govt.nz>",
        "GIS Analyst - interview",
        "Kia ora Hemi,\n\nThanks for your application for the GIS Analyst role. We'd love to have a kōrero with you - "
        "are you available for an interview on Thursday 14 August at 10am at our Paraparaumu office? It will be "
        "with me and our Spatial Data Lead.\n\nNgā mihi,\nRawiri Ngata\nTeam Leader, Spatial Services\nKāpiti Coast "
        "District Council",
        "k2",
    ),
    (
        "Te Kāhui Matawhenua",
        "interview",
        "2025-08-18",
        "Aroha Parata <aroha.parata@matawhenua.govt.nz>",
        "Senior GIS Analyst - interview",
        "Tēnā koe Hemi,\n\nThank you for your application. We would like to invite you to an interview with our "
        "panel on Monday 25 August at 1pm at our Lambton Quay office. The interview will open with a mihi.\n\nNgā "
        "mihi nui,\nAroha Parata\nKaitohutohu Tangata | People Advisor\nTe Kāhui Matawhenua",
        "t2",
    ),
    (
        "Kāpiti Coast District Council",
        "rejected",
        "2025-08-22",
        "Rawiri Ngata <rawiri.ngata@kapiticoast.govt.nz>",
        "Re: GIS Analyst - interview",
        "Kia ora Hemi,\n\nThank you for your time last Thursday. It was a tough decision, but we have decided to "
        "progress with another candidate whose experience is a closer fit for the role.\n\nNgā mihi,\nRawiri",
        "k2",
    ),
    (
        "Te Kāhui Matawhenua",
        "offer",
        "2025-09-01",
        "Aroha Parata <aroha.parata@matawhenua.govt.nz>",
        "Senior GIS Analyst - good news",
        "Tēnā koe Hemi,\n\nCongratulations - the panel would like to offer you the position of Senior GIS Analyst. "
        "Your formal letter of offer will follow this week; please let me know if you have any pātai.\n\nNgā mihi "
        "nui,\nAroha",
        "t3",
    ),
    (
        "Te Kāhui Matawhenua",
        "accepted",
        "2025-09-02",
        ME,
        "Re: Senior GIS Analyst - good news",
        "Kia ora Aroha,\n\nChur, I'm stoked to accept the offer! Looking forward to the letter.\n\nNgā mihi,\nHemi",
        "t3",
    ),
]

_OWN_TO = {
    "Aurora Geospatial": "Sam Tipene <sam@aurorageospatial.co.nz>",
    "Te Kāhui Matawhenua": "Aroha Parata <aroha.parata@matawhenua.govt.nz>",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Kāpiti Coast District Council <rates@kapiticoast.govt.nz>",
        "Your rates notice for the first instalment",
        "other",
        "Kia ora, your rates notice for 2025/26 is attached. The first instalment is due on 20 September.",
    ),
    (
        "SEEK <noreply@s.seek.co.nz>",
        "6 new jobs for GIS Analyst in Wellington",
        "alert",
        "GIS Analyst - Greater Wellington - Wellington\nSpatial Data Specialist - Stats NZ - Wellington\nView all jobs.",
    ),
    (
        "Trade Me Jobs <jobs@trademe.example>",
        "Jobs you might like",
        "alert",
        "GIS Technician - Hutt City Council\nMapping Analyst - Wellington Water\nSee more jobs on Trade Me.",
    ),
    (
        "Inland Revenue <noreply@ird.example>",
        "Your income tax assessment is ready",
        "other",
        "Kia ora, your income tax assessment for the year ended 31 March 2025 is ready to view in myIR.",
    ),
    (
        "Esri NZ <news@esri.example>",
        "ArcGIS Pro 3.5: what's new",
        "newsletter",
        "Discover the new features in ArcGIS Pro 3.5 and join our webinar next week.",
    ),
    (
        "Tama Walker <tama.walker@gmail.com>",
        "league sunday",
        "personal",
        "Bro you keen for league at the Cake Tin Sunday? Got a spare ticket.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=HEMI,
        own_to=_OWN_TO,
        offset="+1200",
        clock="11:15:00",
        neg_start="2025-08-02",
        neg_step=6,
        neg_clock="20:10:00",
        tag="twohundredsix",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
