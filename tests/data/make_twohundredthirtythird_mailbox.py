"""A two-hundred-and-thirty-third mailbox, written as a held-out check after the two-hundred-and-thirty-second
(issue #24).

Álvaro, a financial controller in Madrid, saved his Outlook mail as .eml files, all in Spanish and in "usted".  A
headhunter presents him to "nuestro cliente, una multinacional del sector energético" and names it only later; a
"Grupo" writes from a domain that drops the word; an English-level test, a "dinámica de grupo", an "entrevista
con el director de área", a "carta de oferta" and the "incorporación" after it.  Negatives: InfoJobs' suggestions,
a business school's admission, an electricity bill, a headhunter's cold message, a friend.  Its score before any
rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ALVARO = "alvaro.serrano.fin@outlook.es"
ME = f"Álvaro Serrano <{ALVARO}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Grupo Navalmar",
        "applied",
        "2025-10-06",
        "Grupo Navalmar - Selección <seleccion@navalmar.es>",
        "Hemos recibido su candidatura",
        "Estimado Álvaro:\n\nLe agradecemos su interés en Grupo Navalmar. Hemos recibido su candidatura para el puesto "
        "de Controller Financiero y la estamos valorando.\n\nAtentamente,\nDepartamento de Selección\nGrupo Navalmar",
        None,
    ),
    (
        "Helios Energía",
        "applied",
        "2025-10-07",
        "Beatriz Lara <beatriz.lara@lara-partners.es>",
        "Proceso Controller Financiero - multinacional energética",
        "Estimado Álvaro:\n\nTal y como hablamos esta mañana, le confirmo que he presentado su candidatura a nuestro "
        "cliente, una multinacional del sector energético, para la posición de Controller Financiero. Le mantendré "
        "informado.\n\nUn saludo,\nBeatriz Lara\nSocia - Lara & Partners Executive Search",
        None,
    ),
    (
        "Grupo Navalmar",
        "interview",
        "2025-10-13",
        "Grupo Navalmar - Selección <seleccion@navalmar.es>",
        "Prueba de nivel de inglés",
        "Estimado Álvaro:\n\nComo siguiente paso del proceso, le invitamos a realizar una prueba de nivel de inglés "
        "online de 40 minutos antes del viernes.\n\nAtentamente,\nDepartamento de Selección\nGrupo Navalmar",
        None,
    ),
    (
        "Helios Energía",
        "interview",
        "2025-10-15",
        "Beatriz Lara <beatriz.lara@lara-partners.es>",
        "RE: Proceso Controller Financiero - multinacional energética",
        "Álvaro, buenas noticias: ya le puedo decir que el cliente es Helios Energía, y quieren conocerle. Tendría una "
        "entrevista con la directora financiera el martes 21 a las 9:30 en su sede de la Castellana.\n\nUn saludo,\n"
        "Beatriz",
        None,
    ),
    (
        "Grupo Navalmar",
        "interview",
        "2025-10-20",
        "Grupo Navalmar - Selección <seleccion@navalmar.es>",
        "Convocatoria - dinámica de grupo",
        "Estimado Álvaro:\n\nHa superado la prueba de inglés. Le convocamos a una dinámica de grupo con otros "
        "candidatos el jueves 23 a las 10:00 en nuestras oficinas de Alcobendas.\n\nAtentamente,\nDepartamento de "
        "Selección\nGrupo Navalmar",
        None,
    ),
    (
        "Helios Energía",
        "onsite",
        "2025-10-24",
        "Beatriz Lara <beatriz.lara@lara-partners.es>",
        "RE: Proceso Controller Financiero - multinacional energética",
        "Álvaro, a la directora financiera le ha encantado. Queda la última entrevista, con el CEO de Helios "
        "Energía, el miércoles 29 a las 12:00.\n\nBeatriz",
        None,
    ),
    (
        "Grupo Navalmar",
        "rejected",
        "2025-10-28",
        "Grupo Navalmar - Selección <seleccion@navalmar.es>",
        "Proceso de selección Controller Financiero",
        "Estimado Álvaro:\n\nLe agradecemos su participación en el proceso. Tras valorar todas las candidaturas, "
        "hemos decidido continuar con otros candidatos cuyo perfil se ajusta más a la posición.\n\nAtentamente,\n"
        "Departamento de Selección\nGrupo Navalmar",
        None,
    ),
    (
        "Helios Energía",
        "offer",
        "2025-11-03",
        "Beatriz Lara <beatriz.lara@lara-partners.es>",
        "RE: Proceso Controller Financiero - multinacional energética",
        "Álvaro, ¡enhorabuena! Helios Energía le hace llegar la carta de oferta: 85.000 euros de fijo más un 20% "
        "de variable, con incorporación el 1 de diciembre. Se la adjunto.\n\nBeatriz",
        None,
    ),
    (
        "Helios Energía",
        "accepted",
        "2025-11-04",
        ME,
        "RE: Proceso Controller Financiero - multinacional energética",
        "Beatriz:\n\nMuchas gracias por todo. Acepto la oferta; le devuelvo la carta firmada.\n\nUn saludo,\nÁlvaro",
        "Beatriz Lara <beatriz.lara@lara-partners.es>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "InfoJobs <noreply@infojobs.net>",
        "Ofertas que te pueden interesar",
        "alert",
        "Controller Financiero en Madrid; Jefe de Contabilidad en Alcobendas; Financial Analyst en Las Rozas.",
    ),
    (
        "IE Business School <admisiones@ie.example>",
        "Su solicitud de admisión al Executive MBA",
        "not a job application",
        "Estimado Álvaro: hemos recibido su solicitud de admisión al Executive MBA. Le contactaremos para la "
        "entrevista de admisión.",
    ),
    (
        "Iberdrola <facturas@iberdrola.example>",
        "Su factura de octubre",
        "other",
        "Ya tiene disponible su factura de electricidad de octubre.",
    ),
    (
        "Jorge Vidal <jorge.vidal@talent-search.example>",
        "Oportunidad - Director Financiero",
        "recruiter",
        "Estimado Álvaro: he visto su perfil en LinkedIn y me gustaría comentarle una oportunidad como Director "
        "Financiero en una empresa de nuestro cliente. ¿Tendría unos minutos esta semana?",
    ),
    (
        "Pablo Ruiz <pablo.ruiz@gmail.com>",
        "pádel jueves",
        "personal",
        "¿Pádel el jueves a las 8? Llevo bolas nuevas.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus, sent_as

    return sent_as(
        outlook_corpus(
            sorted(_POSITIVES, key=lambda p: p[2]),
            _NEGATIVES,
            owner=ME,
            offset="+0200",
            clock="09:15:00",
            neg_start="2025-10-05",
            neg_step=6,
            neg_clock="20:00:00",
            tag="twohundredthirtythree",
        )
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), ALVARO)
