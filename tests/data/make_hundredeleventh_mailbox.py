"""A hundred-and-eleventh mailbox, written as a held-out check after the hundred-and-tenth (issue #24).

Lucía, a marketing specialist in Madrid, exports Gmail with Takeout from an account in Spanish (labels "Enviados",
"Recibidos").  Spanish employers write in Spain's Spanish: "hemos recibido tu candidatura", "nos gustaría
conocerte mejor en una primera entrevista telefónica", "una segunda entrevista con la directora de marketing", "un
caso práctico", "enhorabuena, nos complace ofrecerte el puesto", "en esta ocasión hemos optado por otros perfiles";
InfoJobs and LinkedIn relay applications.  Her own mail: "acepto encantada", "te escribo para saber si hay
novedades", "he decidido retirar mi candidatura".  Its negatives are hers: a job site's alerts, the public
employment service's appointment, a train ticket, a second-hand market, a temp agency's pitch, a friend's "¿qué
tal la entrevista?".  Its score before any rule was changed for it is in the commit message; ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

LUCIA = "lucia.martin.mkt@gmail.com"
_ME = f"Lucía Martín <{LUCIA}>"
_ELENA = "Elena Ruiz <elena.ruiz@solmarhoteles.es>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Solmar Hoteles (phone interview, second interview, a case, an offer, accepted)
    (
        "Solmar Hoteles",
        "applied",
        "2025-03-03",
        "Solmar Hoteles <solmarhoteles@myworkday.com>",
        "Hemos recibido tu candidatura",
        "Hola Lucía:\n\nHemos recibido tu candidatura para el puesto de Especialista de Marketing Digital en Solmar "
        "Hoteles. Nuestro equipo de Talento la revisará y se pondrá en contacto contigo si tu perfil encaja.\n\nUn "
        "saludo,\nEquipo de Talento de Solmar Hoteles",
        "sh1",
    ),
    (
        "Solmar Hoteles",
        "screen",
        "2025-03-07",
        _ELENA,
        "Especialista de Marketing Digital - Solmar Hoteles",
        "Hola Lucía:\n\nGracias por tu interés en Solmar Hoteles. Nos gustaría conocerte mejor en una primera "
        "entrevista telefónica de unos 20 minutos. ¿Te vendría bien el martes por la mañana?\n\nUn saludo,\nElena "
        "Ruiz\nTalent Acquisition, Solmar Hoteles",
        "sh2",
    ),
    (
        "Solmar Hoteles",
        "interview",
        "2025-03-13",
        _ELENA,
        "RE: Especialista de Marketing Digital - Solmar Hoteles",
        "Hola Lucía:\n\nHa sido un placer hablar contigo. Queremos invitarte a una segunda entrevista con Marta "
        "Gil, nuestra directora de marketing, el jueves 20 de marzo a las 10:00 en nuestras oficinas de la "
        "Castellana.\n\nUn saludo,\nElena",
        "sh2",
    ),
    (
        "Solmar Hoteles",
        "interview",
        "2025-03-24",
        _ELENA,
        "Caso práctico - Especialista de Marketing Digital",
        "Hola Lucía:\n\nComo último paso antes de la decisión, te enviamos un caso práctico sobre una campaña de "
        "verano. Tienes hasta el viernes para enviárnoslo.\n\nUn saludo,\nElena",
        "sh3",
    ),
    (
        "Solmar Hoteles",
        "offer",
        "2025-04-02",
        _ELENA,
        "Enhorabuena, Lucía",
        "Hola Lucía:\n\n¡Enhorabuena! Nos complace ofrecerte el puesto de Especialista de Marketing Digital en Solmar "
        "Hoteles. Te adjuntamos la propuesta con la retribución y la fecha de incorporación.\n\nUn saludo,\nElena "
        "Ruiz",
        "sh4",
    ),
    (
        "Solmar Hoteles",
        "accepted",
        "2025-04-04",
        _ME,
        "RE: Enhorabuena, Lucía",
        "Hola Elena:\n\nMuchísimas gracias por la oferta. La acepto encantada; te envío firmada la propuesta.\n\nUn "
        "abrazo,\nLucía",
        "sh4",
    ),
    # Grupo Alba Retail (InfoJobs' relay; a no)
    (
        "Grupo Alba Retail",
        "applied",
        "2025-03-04",
        "InfoJobs <noreply@infojobs.net>",
        "Te has inscrito en la oferta Responsable de Marketing de Grupo Alba Retail",
        "Hola Lucía, te has inscrito correctamente en la oferta Responsable de Marketing de Grupo Alba Retail. "
        "Puedes seguir el estado de tu candidatura desde tu área privada.",
        "ga1",
    ),
    (
        "Grupo Alba Retail",
        "rejected",
        "2025-03-21",
        "Grupo Alba Retail - Selección <seleccion@grupoalba.es>",
        "Tu candidatura - Responsable de Marketing",
        "Hola Lucía:\n\nTe agradecemos el interés mostrado en Grupo Alba Retail. Tras valorar todas las candidaturas, "
        "en esta ocasión hemos optado por otros perfiles que se ajustan más a lo que buscamos.\n\nTe deseamos "
        "mucha suerte.\n\nDepartamento de Selección",
        "ga2",
    ),
    # Kiosko Digital (LinkedIn's relay; her follow-up; then she withdraws)
    (
        "Kiosko Digital",
        "applied",
        "2025-03-06",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Lucía, tu solicitud se ha enviado a Kiosko Digital",
        "Tu solicitud se ha enviado a Kiosko Digital. Growth Marketing Manager · Madrid (híbrido).",
        "kd1",
    ),
    (
        "Kiosko Digital",
        "follow_up",
        "2025-03-20",
        _ME,
        "Candidatura Growth Marketing Manager",
        "Hola Pablo:\n\nTe escribo para saber si hay novedades sobre mi candidatura para el puesto de Growth "
        "Marketing Manager que envié por LinkedIn hace dos semanas.\n\nUn saludo,\nLucía Martín",
        "kd2",
    ),
    (
        "Kiosko Digital",
        "withdrew",
        "2025-04-04",
        _ME,
        "RE: Candidatura Growth Marketing Manager",
        "Hola Pablo:\n\nTe escribo para comentarte que he decidido retirar mi candidatura, ya que he aceptado otra "
        "oferta. ¡Muchas gracias y mucha suerte con el proceso!\n\nLucía",
        "kd2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "InfoJobs <alertas@infojobs.net>",
        "Nuevas ofertas para ti: marketing digital en Madrid",
        "alert",
        "Especialista SEO - Madrid. Community Manager - Alcobendas. Responsable de Marketing - Madrid. Ver todas las "
        "ofertas.",
    ),
    (
        "SEPE <citaprevia@sepe.es>",
        "Confirmación de cita previa",
        "not applied",
        "Su cita en la oficina de empleo de Chamartín ha sido confirmada para el día 18 de marzo a las 9:30. Traiga "
        "su DNI.",
    ),
    (
        "Renfe <venta@renfe.example>",
        "Tu billete Madrid - Valencia",
        "shop",
        "Gracias por tu compra. Localizador: X7K2LP. Madrid Puerta de Atocha - Valencia Joaquín Sorolla.",
    ),
    (
        "Wallapop <noreply@wallapop.example>",
        "¡Tienes un nuevo mensaje!",
        "shop",
        "Alguien está interesado en tu bicicleta. Responde desde la app.",
    ),
    (
        "Sergio Castro <sergio.castro@adecco.example>",
        "Oportunidad Marketing Manager - sector farmacéutico",
        "outreach",
        "Hola Lucía, he visto tu perfil en LinkedIn y creo que encajarías en un proceso de Marketing Manager para un "
        "cliente del sector farmacéutico. ¿Tendrías 10 minutos esta semana para una llamada?\n\nSergio Castro\n"
        "Consultor de Selección, Adecco",
    ),
    (
        "Paula Martín <paula.martin.92@gmail.com>",
        "¿qué tal?",
        "personal",
        "¿Qué tal la entrevista de ayer?? Cuéntamelo todo el sábado en el cumple de mamá. Besos",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Enviados"), then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    return localized_labels(
        takeout_corpus(
            _POSITIVES,
            _NEGATIVES,
            owner=LUCIA,
            own_to={
                "Solmar Hoteles": _ELENA,
                "Kiosko Digital": "Pablo Serrano <pablo@kioskodigital.es>",
            },
            offset="+0100",
            clock="10:45:00",
            neg_start="2025-03-05",
            neg_step=4,
            neg_clock="08:10:00",
            tag="hundredeleven",
        ),
        sent="Enviados",
        inbox="Recibidos",
        owner=LUCIA,
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(
        Path(folder) / "Todo el correo, incluido Spam y Papelera.mbox", msgs if msgs is not None else messages()
    )
