"""A sixty-sixth mailbox, written as a held-out check after the sixty-fifth's fixes (issue #24).

Daniela, an industrial engineer in Monterrey, exports Gmail with Takeout.  Mexican Spanish from manufacturers and a
bank: SuccessFactors and Workday in Spanish, OCC Mundial and Computrabajo, a consultoría's recruiter, an
"examen psicométrico", an interview "con el gerente de planta", a "propuesta económica" and a "carta oferta", "su
perfil no fue seleccionado", "seguimos en proceso"; her own CV sent by mail, her thank-you note and her acceptance.
Its score before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message,
truth)]``.
"""

from __future__ import annotations

from pathlib import Path

DANIELA = "daniela.trevino.ing@gmail.com"
_ME = f"Daniela Treviño <{DANIELA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Aceros del Norte (SuccessFactors in Spanish; psicométrico; interview with the plant manager; an offer she accepts)
    (
        "Aceros del Norte",
        "applied",
        "2025-03-03",
        "Aceros del Norte <noreply@successfactors.com>",
        "Confirmación de postulación - Ingeniero(a) de Procesos",
        "Estimada Daniela:\n\nGracias por tu interés en Aceros del Norte. Hemos recibido tu postulación para la "
        "vacante Ingeniero(a) de Procesos en Apodaca, N.L. Nuestro equipo de Atracción de Talento revisará tu perfil "
        "y, si cumple con los requisitos, nos comunicaremos contigo.\n\nAtentamente,\nAtracción de Talento\nAceros "
        "del Norte, S.A. de C.V.",
        "an1",
    ),
    (
        "Aceros del Norte",
        "screen",
        "2025-03-07",
        "Mariana Garza <mariana.garza@acerosdelnorte.com.mx>",
        "Vacante Ingeniero(a) de Procesos",
        "Hola Daniela, buen día.\n\nMi nombre es Mariana Garza, de Atracción de Talento. Me gustaría platicar contigo "
        "por teléfono unos minutos sobre la vacante de Ingeniero(a) de Procesos. ¿Tendrás disponibilidad mañana a las "
        "10:00?\n\nSaludos,\nMariana Garza",
        "an2",
    ),
    (
        "Aceros del Norte",
        "interview",
        "2025-03-12",
        "Mariana Garza <mariana.garza@acerosdelnorte.com.mx>",
        "Evaluación psicométrica - Aceros del Norte",
        "Hola Daniela:\n\nComo siguiente paso del proceso, te comparto el enlace para tu examen psicométrico. Tienes "
        "48 horas para completarlo; dura aproximadamente 60 minutos.\n\nSaludos,\nMariana",
        "an3",
    ),
    (
        "Aceros del Norte",
        "onsite",
        "2025-03-19",
        "Mariana Garza <mariana.garza@acerosdelnorte.com.mx>",
        "Entrevista con el Gerente de Planta",
        "Hola Daniela:\n\nTe confirmo tu entrevista con el Ing. Roberto Salinas, Gerente de Planta, el lunes 24 de "
        "marzo a las 9:00 en nuestra planta de Apodaca. Es la última etapa del proceso. Por favor trae una "
        "identificación oficial y tu equipo de seguridad.\n\nSaludos,\nMariana",
        "an4",
    ),
    (
        "Aceros del Norte",
        "offer",
        "2025-03-28",
        "Mariana Garza <mariana.garza@acerosdelnorte.com.mx>",
        "Propuesta económica - Ingeniero(a) de Procesos",
        "Hola Daniela:\n\n¡Felicidades! Nos da mucho gusto informarte que fuiste seleccionada para la posición de "
        "Ingeniero(a) de Procesos. Te comparto la propuesta económica: sueldo mensual bruto de $42,000 MXN más "
        "prestaciones superiores a las de ley. Quedo atenta a tus comentarios.\n\nSaludos,\nMariana",
        "an5",
    ),
    (
        "Aceros del Norte",
        "accepted",
        "2025-03-31",
        _ME,
        "Re: Propuesta económica - Ingeniero(a) de Procesos",
        "Hola Mariana:\n\nMuchas gracias por la propuesta. Con gusto la acepto; quedo atenta a los siguientes pasos "
        "para mi ingreso.\n\nSaludos,\nDaniela",
        "an5",
    ),
    # Grupo Vidriera Regia (Workday in Spanish; a refusal)
    (
        "Grupo Vidriera Regia",
        "applied",
        "2025-03-04",
        "Grupo Vidriera Regia <gvregia@myworkday.com>",
        "Gracias por postularte",
        "Hola Daniela:\n\nGracias por postularte a la posición Ingeniero de Calidad Sr. en Grupo Vidriera Regia. "
        "Revisaremos tu solicitud y te contactaremos si tu perfil coincide con lo que buscamos.\n\nEquipo de "
        "Reclutamiento",
        "gv1",
    ),
    (
        "Grupo Vidriera Regia",
        "rejected",
        "2025-03-20",
        "Grupo Vidriera Regia <gvregia@myworkday.com>",
        "Actualización sobre tu postulación",
        "Hola Daniela:\n\nAgradecemos tu interés en Grupo Vidriera Regia. Después de revisar cuidadosamente tu "
        "perfil, te informamos que en esta ocasión tu perfil no fue seleccionado para continuar en el proceso. Te "
        "invitamos a seguir consultando nuestras vacantes.\n\nEquipo de Reclutamiento",
        "gv2",
    ),
    # Autopartes Cumbres (OCC; a recruiter from a consultoría; interview; "seguimos en proceso"; silence)
    (
        "Autopartes Cumbres",
        "applied",
        "2025-03-05",
        "OCC Mundial <notificaciones@occ.com.mx>",
        "Te postulaste a Ingeniero de Manufactura",
        "Hola Daniela:\n\nTu postulación a la vacante Ingeniero de Manufactura de Autopartes Cumbres se envió con "
        "éxito. Te avisaremos cuando la empresa revise tu CV.\n\nOCC Mundial",
        "ac1",
    ),
    (
        "Autopartes Cumbres",
        "interview",
        "2025-03-13",
        "Luis Cárdenas <lcardenas@talentonorte.mx>",
        "Entrevista - Ingeniero de Manufactura (Autopartes Cumbres)",
        "Hola Daniela, ¿cómo estás?\n\nTe escribo de Talento Norte Consultores; apoyamos a nuestro cliente "
        "Autopartes Cumbres con la vacante de Ingeniero de Manufactura. Revisaron tu CV y les gustaría entrevistarte "
        "el jueves 20 a las 16:00 por Teams con el Gerente de Ingeniería. ¿Me confirmas?\n\nSaludos,\nLuis Cárdenas",
        "ac2",
    ),
    (
        "Autopartes Cumbres",
        "thank_you",
        "2025-03-20",
        _ME,
        "Re: Entrevista - Ingeniero de Manufactura (Autopartes Cumbres)",
        "Hola Luis:\n\nGracias por la oportunidad. La entrevista con el Gerente de Ingeniería me pareció muy buena; "
        "agradezco mucho su tiempo.\n\nSaludos,\nDaniela",
        "ac2",
    ),
    (
        "Autopartes Cumbres",
        "reply",
        "2025-03-26",
        "Luis Cárdenas <lcardenas@talentonorte.mx>",
        "Re: Entrevista - Ingeniero de Manufactura (Autopartes Cumbres)",
        "Hola Daniela:\n\nTe cuento que seguimos en proceso; el cliente todavía está entrevistando a otros "
        "candidatos. En cuanto tenga noticias te aviso.\n\nSaludos,\nLuis",
        "ac2",
    ),
    # Banco Sierra Madre (her CV by mail; a refusal)
    (
        "Banco Sierra Madre",
        "applied",
        "2025-03-06",
        _ME,
        "CV - Daniela Treviño - Analista de Mejora Continua",
        "Buenas tardes:\n\nVi la vacante de Analista de Mejora Continua publicada en LinkedIn y les comparto mi CV "
        "para su consideración. Cuento con 5 años de experiencia en Lean Six Sigma.\n\nQuedo a sus órdenes.\n\n"
        "Daniela Treviño\n81 1234 5678",
        "bs1",
    ),
    (
        "Banco Sierra Madre",
        "rejected",
        "2025-03-21",
        "Reclutamiento Banco Sierra Madre <reclutamiento@bancosierramadre.mx>",
        "Re: CV - Daniela Treviño - Analista de Mejora Continua",
        "Estimada Daniela:\n\nGracias por tu interés en formar parte de Banco Sierra Madre. Lamentamos informarte que "
        "la vacante ya fue cubierta. Conservaremos tu CV en nuestra cartera para futuras oportunidades.\n\n"
        "Atentamente,\nReclutamiento",
        "bs1",
    ),
    # Electro Componentes del Valle (Computrabajo; silence)
    (
        "Electro Componentes del Valle",
        "applied",
        "2025-03-10",
        "Computrabajo <noreply@computrabajo.com>",
        "Tu postulación fue enviada",
        "Hola Daniela:\n\nTu postulación a la oferta Supervisor de Producción de Electro Componentes del Valle fue "
        "enviada correctamente. Consulta el estado de tu candidatura en Computrabajo.\n\nEl equipo de Computrabajo",
        "ec1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "OCC Mundial <alertas@occ.com.mx>",
        "Nuevas vacantes de Ingeniero de Procesos en Monterrey",
        "alert",
        "Ingeniero de Procesos - Apodaca, N.L.\nIngeniero de Calidad - Santa Catarina, N.L.\nVer vacantes",
    ),
    (
        "Computrabajo <noreply@computrabajo.com>",
        "Una empresa vio tu CV",
        "viewed",
        "Hola Daniela:\n\nElectro Componentes del Valle vio tu hoja de vida. ¡Mucha suerte!\n\nEl equipo de "
        "Computrabajo",
    ),
    (
        "Karla Rivas <karla.rivas@headhuntersmx.com>",
        "Oportunidad laboral - Ingeniero de Procesos Sr.",
        "outreach",
        "Hola Daniela, vi tu perfil en LinkedIn y tengo una vacante de Ingeniero de Procesos Sr. para una empresa "
        "automotriz en Ramos Arizpe. ¿Te interesa platicar?\n\nSaludos,\nKarla",
    ),
    (
        "Aceros del Norte <capital.humano@acerosdelnorte.com.mx>",
        "Documentos para tu ingreso",
        "onboarding",
        "Hola Daniela:\n\nBienvenida a Aceros del Norte. Para tu alta en el IMSS, por favor envíanos tu CURP, RFC, "
        "acta de nacimiento y comprobante de domicilio antes de tu fecha de ingreso.\n\nCapital Humano",
    ),
    (
        "El Norte <boletin@elnorte.com>",
        "Las noticias de hoy en Monterrey",
        "newsletter",
        "Economía, industria y más. Darse de baja",
    ),
    (
        "Papá <hector.trevino61@hotmail.com>",
        "Felicidades mija",
        "personal",
        "Me dijo tu mamá que ya te hicieron la propuesta. ¡Felicidades! El domingo comemos cabrito.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=DANIELA,
        own_to={
            "Aceros del Norte": "Mariana Garza <mariana.garza@acerosdelnorte.com.mx>",
            "Autopartes Cumbres": "Luis Cárdenas <lcardenas@talentonorte.mx>",
            "Banco Sierra Madre": "Reclutamiento Banco Sierra Madre <reclutamiento@bancosierramadre.mx>",
        },
        offset="-0600",
        clock="11:20:00",
        neg_start="2025-03-08",
        neg_step=6,
        neg_clock="07:45:00",
        tag="sixtysix",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
