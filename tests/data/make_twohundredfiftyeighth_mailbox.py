"""A two-hundred-and-fifty-eighth mailbox, written as a held-out check after the two-hundred-and-fifty-seventh
(issue #24).

Lucas, a data analyst in São Paulo, exports Gmail with Takeout from an account in English and looks for work at
multinationals and start-ups that write to him in English: Gupy's receipt ("Your application to ... was
successfully submitted"), companies written "Ltda." and "S.A.", a "culture fit interview", a "case presentation",
a "panel with the directors" as the last round, "we decided to move on with other candidates", and an offer "under
CLT" (a Brazilian employment contract) with "VR" and "VA" benefits.  Negatives: Gupy's job suggestions, Nubank,
iFood, a Python meetup, a friend.  Its score before any rule was changed for it is in the commit message;
``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LUCAS = "lucas.ferreira.data@gmail.com"
ME = f"Lucas Ferreira <{LUCAS}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Ipê Analytics",
        "applied",
        "2025-08-04",
        "Gupy <noreply@gupy.io>",
        "Your application to Ipê Analytics was successfully submitted",
        "Hi Lucas,\n\nYour application to the Data Analyst Pleno position at Ipê Analytics Ltda. was successfully "
        "submitted. Follow the next steps on your Gupy dashboard.\n\nGupy",
        "i1",
    ),
    (
        "Paulista Seguros",
        "applied",
        "2025-08-05",
        "Paulista Seguros Careers <careers@paulistaseguros.com.br>",
        "Thank you for applying",
        "Dear Lucas,\n\nThank you for applying to Paulista Seguros S.A. for the Senior Data Analyst role. Our team "
        "will review your profile.\n\nTalent Acquisition\nPaulista Seguros S.A.",
        "p1",
    ),
    (
        "Cajuína",
        "applied",
        "2025-08-06",
        ME,
        "Data Analyst - Lucas Ferreira",
        "Hi Beatriz,\n\nI saw on LinkedIn that Cajuína is hiring its first Data Analyst. My CV is attached - I'd love "
        "to help build your analytics from scratch.\n\nBest,\nLucas",
        "c1",
    ),
    (
        "Ipê Analytics",
        "interview",
        "2025-08-11",
        "Camila Souza <camila.souza@ipeanalytics.com.br>",
        "Culture fit interview - Data Analyst",
        "Hi Lucas,\n\nCongratulations on passing the online tests! We'd like to invite you to a culture fit interview "
        "with our People team on Wednesday at 10am (BRT) via Google Meet.\n\nBest,\nCamila Souza\nTalent Acquisition",
        "i2",
    ),
    (
        "Cajuína",
        "screen",
        "2025-08-12",
        "Beatriz Lima <bia@cajuina.app>",
        "Re: Data Analyst - Lucas Ferreira",
        "Hi Lucas!\n\nThanks for reaching out. Let's hop on a 20 minute call on Thursday to get to know each other?"
        "\n\nBia\nCo-founder, Cajuína",
        "c1",
    ),
    (
        "Paulista Seguros",
        "rejected",
        "2025-08-14",
        "Paulista Seguros Careers <careers@paulistaseguros.com.br>",
        "Update on your application",
        "Dear Lucas,\n\nThank you for your interest in Paulista Seguros. We decided to move on with other candidates "
        "for this position, but we will keep your profile in our talent pool.\n\nTalent Acquisition",
        "p1",
    ),
    (
        "Ipê Analytics",
        "interview",
        "2025-08-18",
        "Camila Souza <camila.souza@ipeanalytics.com.br>",
        "Case presentation",
        "Hi Lucas,\n\nThe next step is a case presentation: we'll send a dataset today and you'll present your analysis "
        "to the data team on Monday.\n\nBest,\nCamila",
        "i3",
    ),
    (
        "Cajuína",
        "rejected",
        "2025-08-20",
        "Beatriz Lima <bia@cajuina.app>",
        "Re: Data Analyst - Lucas Ferreira",
        "Hi Lucas,\n\nLoved our chat! But we've decided to hold the hire until we close our seed round, so we won't be "
        "moving forward for now. I'll reach out if that changes.\n\nBia",
        "c1",
    ),
    (
        "Ipê Analytics",
        "onsite",
        "2025-08-25",
        "Camila Souza <camila.souza@ipeanalytics.com.br>",
        "Final step: panel with the directors",
        "Hi Lucas,\n\nGreat case! The final step is a panel with our directors at our office on Avenida Paulista on "
        "Thursday at 3pm.\n\nBest,\nCamila",
        "i4",
    ),
    (
        "Ipê Analytics",
        "offer",
        "2025-09-01",
        "Camila Souza <camila.souza@ipeanalytics.com.br>",
        "Job offer - Data Analyst Pleno",
        "Hi Lucas,\n\nWe're very happy to offer you the Data Analyst Pleno position under CLT, with a monthly salary of "
        "R$ 9.500, VR and VA benefits and health insurance. Please let us know by Friday.\n\nBest,\nCamila",
        "i5",
    ),
    (
        "Ipê Analytics",
        "accepted",
        "2025-09-02",
        ME,
        "Re: Job offer - Data Analyst Pleno",
        "Hi Camila,\n\nThank you so much! I'm delighted to accept the offer. Looking forward to the next steps.\n\n"
        "Best,\nLucas",
        "i5",
    ),
]

_OWN_TO = {
    "Cajuína": "Beatriz Lima <bia@cajuina.app>",
    "Ipê Analytics": "Camila Souza <camila.souza@ipeanalytics.com.br>",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Gupy <noreply@gupy.io>",
        "Vagas para você: Analista de Dados",
        "alert",
        "Analista de Dados Pleno - São Paulo; Data Analyst - Remoto; Analista de BI - Campinas.",
    ),
    (
        "Nubank <meajuda@nubank.example>",
        "Sua fatura fechou",
        "other",
        "Sua fatura de julho fechou. Vencimento em 10/08.",
    ),
    (
        "iFood <news@ifood.example>",
        "Cupom de R$ 15 para você",
        "shop",
        "Use o cupom e ganhe R$ 15 no seu próximo pedido.",
    ),
    (
        "PyData São Paulo <organizers@pydata-sp.example>",
        "PyData SP: talks on data engineering this Thursday",
        "newsletter",
        "Join us this Thursday for three talks on data engineering and pizza.",
    ),
    (
        "Rafael Costa <rafa.costa@gmail.example>",
        "Futebol domingo",
        "personal",
        "Futebol domingo às 10? Traz a bola.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=LUCAS,
        own_to=_OWN_TO,
        offset="-0300",
        clock="10:30:00",
        neg_start="2025-08-03",
        neg_step=5,
        neg_clock="21:00:00",
        tag="twohundredfiftyeight",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
