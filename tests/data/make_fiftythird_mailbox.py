"""A fifty-third mailbox, written as a held-out check after the fifty-second's fixes (issue #24).

Valentina, a financial analyst in Buenos Aires, exports Gmail with Takeout (her account in Spanish: "Enviados",
"Recibidos").  Argentine Spanish with "vos": Bumeran and ZonaJobs confirm applications, a consultora presents her to
its client, a bank books a "psicotécnico" and an "entrevista con el gerente", an offer arrives as a "propuesta
laboral" she accepts, refusals say "avanzamos con otro perfil" and "decidimos no continuar con tu postulación", she
writes "quería saber cómo sigue el proceso" and withdraws ("desisto de la postulación").  Its score before any rule
was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

VALE = "valentina.sosa.fin@gmail.com"
_ME = f"Valentina Sosa <{VALE}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Banco del Plata (its own portal; a psychometric test, an interview with the manager, a final one; an offer)
    (
        "Banco del Plata",
        "applied",
        "2025-08-25",
        "Banco del Plata - Talento <talento@bancodelplata.com.ar>",
        "Recibimos tu postulación",
        "Hola Valentina,\n\n¡Gracias por postularte a la búsqueda de Analista de Planeamiento Financiero! Recibimos tu "
        "CV y lo vamos a analizar. Si tu perfil se ajusta, te vamos a contactar.\n\nEquipo de Talento\nBanco del Plata",
        "bp1",
    ),
    (
        "Banco del Plata",
        "interview",
        "2025-09-01",
        "Banco del Plata - Talento <talento@bancodelplata.com.ar>",
        "Evaluación online - Analista de Planeamiento Financiero",
        "Hola Valentina,\n\nTu perfil avanzó en el proceso. El próximo paso es completar una evaluación psicotécnica "
        "online de 40 minutos. Tenés tiempo hasta el viernes 5 de septiembre.\n\nEquipo de Talento\nBanco del Plata",
        "bp2",
    ),
    (
        "Banco del Plata",
        "interview",
        "2025-09-10",
        "Lucía Romero <lromero@bancodelplata.com.ar>",
        "Entrevista - Analista de Planeamiento Financiero",
        "Hola Valentina, ¿cómo estás?\n\nTe escribo para coordinar una entrevista con Martín Ferrari, gerente de "
        "Planeamiento. ¿Te queda bien el martes 16 a las 10 h en nuestras oficinas de Reconquista 400?\n\nSaludos,\n"
        "Lucía Romero\nSelección, Banco del Plata",
        "bp3",
    ),
    (
        "Banco del Plata",
        "onsite",
        "2025-09-22",
        "Lucía Romero <lromero@bancodelplata.com.ar>",
        "Re: Entrevista - Analista de Planeamiento Financiero",
        "Hola Valentina,\n\n¡Buenas noticias! Martín quedó muy conforme. Te proponemos una última entrevista con la "
        "directora de Finanzas el jueves 25 a las 15 h.\n\nSaludos,\nLucía",
        "bp3",
    ),
    (
        "Banco del Plata",
        "offer",
        "2025-10-02",
        "Lucía Romero <lromero@bancodelplata.com.ar>",
        "Propuesta laboral - Banco del Plata",
        "Hola Valentina,\n\n¡Felicitaciones! Nos alegra contarte que quedaste seleccionada para el puesto de Analista de "
        "Planeamiento Financiero. Te adjunto la propuesta laboral con la remuneración y los beneficios. Quedamos a la "
        "espera de tu respuesta.\n\nSaludos,\nLucía",
        "bp4",
    ),
    (
        "Banco del Plata",
        "accepted",
        "2025-10-03",
        _ME,
        "Re: Propuesta laboral - Banco del Plata",
        "Hola Lucía,\n\n¡Muchísimas gracias! Te confirmo que acepto la propuesta. Quedo atenta a los próximos pasos para "
        "la incorporación.\n\nSaludos,\nValentina",
        "bp4",
    ),
    # Pampa Agro (Bumeran; a refusal)
    (
        "Pampa Agro",
        "applied",
        "2025-08-27",
        "Bumeran <noreply@bumeran.com.ar>",
        "Te postulaste a Analista Contable Sr en Pampa Agro",
        "¡Hola Valentina!\n\nTu postulación a Analista Contable Sr en Pampa Agro fue enviada con éxito. Te avisamos "
        "cuando la empresa vea tu CV.\n\nEl equipo de Bumeran",
        "pa1",
    ),
    (
        "Pampa Agro",
        "rejected",
        "2025-09-15",
        "Recursos Humanos Pampa Agro <rrhh@pampaagro.com.ar>",
        "Búsqueda Analista Contable Sr",
        "Hola Valentina,\n\nGracias por tu interés en formar parte de Pampa Agro. Te queremos contar que en esta "
        "oportunidad avanzamos con otro perfil para la posición. Vamos a tener en cuenta tu CV para futuras "
        "búsquedas.\n\nSaludos cordiales,\nRecursos Humanos",
        "pa2",
    ),
    # Ribera Energía, through a consultora (presented; the client interviews; the consultora refuses)
    (
        "Ribera Energía",
        "applied",
        "2025-08-29",
        "Joaquín Paz <jpaz@talentosurconsultores.com.ar>",
        "Búsqueda Analista Financiero - Ribera Energía",
        "Hola Valentina,\n\nGracias por la charla de hoy. Como te comenté, ya presenté tu CV a nuestro cliente, Ribera "
        "Energía, para la búsqueda de Analista Financiero. Apenas tenga novedades te aviso.\n\nJoaquín Paz\nConsultor "
        "Senior, Talento Sur Consultores",
        "re1",
    ),
    (
        "Ribera Energía",
        "interview",
        "2025-09-05",
        "Joaquín Paz <jpaz@talentosurconsultores.com.ar>",
        "Re: Búsqueda Analista Financiero - Ribera Energía",
        "Hola Valentina,\n\nRibera Energía quiere conocerte: te proponen una entrevista con el jefe de Finanzas el "
        "miércoles 10 a las 11 h por Teams. ¿Te viene bien?\n\nJoaquín",
        "re1",
    ),
    (
        "Ribera Energía",
        "rejected",
        "2025-09-19",
        "Joaquín Paz <jpaz@talentosurconsultores.com.ar>",
        "Re: Búsqueda Analista Financiero - Ribera Energía",
        "Hola Valentina,\n\nTe cuento que el cliente decidió no continuar con tu postulación: eligieron a una persona "
        "con más experiencia en el sector energético. Gracias por tu tiempo, te tengo en cuenta para otras "
        "búsquedas.\n\nJoaquín",
        "re1",
    ),
    # Yerba Labs (ZonaJobs; a first call with a recruiter; her follow-up; then her withdrawal)
    (
        "Yerba Labs",
        "applied",
        "2025-09-02",
        "ZonaJobs <noreply@zonajobs.com.ar>",
        "Tu postulación a Analista de Datos Financieros fue enviada",
        "¡Hola Valentina!\n\nTe postulaste al aviso Analista de Datos Financieros de Yerba Labs. ¡Mucha suerte!\n\nEl "
        "equipo de ZonaJobs",
        "yl1",
    ),
    (
        "Yerba Labs",
        "screen",
        "2025-09-12",
        "Carla Benítez <carla@yerbalabs.io>",
        "Yerba Labs - Analista de Datos Financieros",
        "¡Hola Valentina! Soy Carla, del equipo de People de Yerba Labs. Vimos tu postulación y nos encantaría tener "
        "una primera charla de 20 minutos por Meet. ¿Tenés disponibilidad esta semana?\n\nCarla",
        "yl2",
    ),
    (
        "Yerba Labs",
        "follow_up",
        "2025-09-29",
        _ME,
        "Re: Yerba Labs - Analista de Datos Financieros",
        "Hola Carla, ¿cómo estás? Quería saber cómo sigue el proceso después de nuestra charla. ¡Sigo muy interesada!"
        "\n\nSaludos,\nValentina",
        "yl2",
    ),
    (
        "Yerba Labs",
        "withdrew",
        "2025-10-06",
        _ME,
        "Re: Yerba Labs - Analista de Datos Financieros",
        "Hola Carla,\n\nTe escribo para contarte que acepté otra propuesta, así que desisto de la postulación. ¡Muchas "
        "gracias por todo y éxitos con la búsqueda!\n\nValentina",
        "yl2",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Bumeran <avisos@bumeran.com.ar>",
        "Nuevos avisos para vos: Analista Financiero",
        "alert",
        "Analista Financiero Sr - Banco del Plata - CABA\nAnalista de Costos - Pampa Agro - Rosario\nVer todos",
    ),
    (
        "LinkedIn <jobs-listings@linkedin.com>",
        "Nuevos empleos de Analista financiero en Buenos Aires",
        "alert",
        "Analista financiero - Ribera Energía - Buenos Aires\nVer todos los empleos",
    ),
    (
        "Martina Gil <mgil@headhunters-ba.com.ar>",
        "Oportunidad laboral - Controller",
        "outreach",
        "Hola Valentina, vi tu perfil en LinkedIn y me pareció muy interesante. Estoy trabajando en una búsqueda de "
        "Controller para una empresa de consumo masivo. ¿Te interesaría que conversemos?",
    ),
    (
        "Ámbito Financiero <newsletter@ambito.com>",
        "El dólar hoy y las claves del mercado",
        "newsletter",
        "Todo lo que tenés que saber para arrancar el día. Darse de baja",
    ),
    (
        "Mercado Libre <info@mercadolibre.com.ar>",
        "¡Tu compra está en camino!",
        "shop",
        "Tu paquete llega el jueves. Seguí tu envío en la app.",
    ),
    (
        "Abuela Marta <marta.sosa1948@hotmail.com>",
        "¿Cómo te fue?",
        "personal",
        "Vale querida, ¿cómo te fue en la entrevista del banco? Llamame cuando puedas. Besos",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Enviados"), then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=VALE,
        own_to={
            "Banco del Plata": "Lucía Romero <lromero@bancodelplata.com.ar>",
            "Yerba Labs": "Carla Benítez <carla@yerbalabs.io>",
        },
        offset="-0300",
        clock="10:30:00",
        neg_start="2025-08-26",
        neg_step=7,
        neg_clock="08:00:00",
        tag="fiftythree",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=VALE)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it in Spanish into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Todo el correo, incluidos Spam y Papelera.mbox", msgs or messages())
