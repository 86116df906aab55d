"""A sixty-eighth mailbox, written as a held-out check after the sixty-seventh's fixes (issue #24).

Catalina, a data analyst in Santiago de Chile, exports Gmail with Takeout.  Chilean Spanish: Trabajando.com and
Laborum, BUK and Teamtailor in Spanish, an "evaluación psicolaboral", an "entrevista con la jefatura", an "oferta
laboral", "agradecemos tu participación" and "no continuarás en el proceso"; a headhunter's "te presenté a mi
cliente"; her thank-you note, her withdrawal.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

CATALINA = "catalina.munoz.datos@gmail.com"
_ME = f"Catalina Muñoz <{CATALINA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Viña Andina (BUK; a call; psicolaboral; jefatura; an oferta laboral she accepts)
    (
        "Viña Andina",
        "applied",
        "2025-05-05",
        "Viña Andina <notificaciones@buk.cl>",
        "Recibimos tu postulación",
        "Hola Catalina:\n\n¡Gracias por postular al cargo de Analista de Datos en Viña Andina! Revisaremos tus "
        "antecedentes y te contactaremos si tu perfil se ajusta a lo que buscamos.\n\nEquipo de Personas\nViña "
        "Andina",
        "va1",
    ),
    (
        "Viña Andina",
        "screen",
        "2025-05-09",
        "Fernanda Rojas <fernanda.rojas@vinaandina.cl>",
        "Proceso Analista de Datos",
        "Hola Catalina, ¿cómo estás?\n\nTe escribo del equipo de Personas de Viña Andina. Nos gustaría conversar "
        "contigo por videollamada unos 20 minutos para conocerte y contarte más del cargo. ¿Te acomoda el martes a "
        "las 11:00?\n\nSaludos,\nFernanda Rojas\nAnalista de Personas",
        "va2",
    ),
    (
        "Viña Andina",
        "interview",
        "2025-05-14",
        "Fernanda Rojas <fernanda.rojas@vinaandina.cl>",
        "Evaluación psicolaboral - Analista de Datos",
        "Hola Catalina:\n\nTe cuento que avanzaste a la siguiente etapa. Te agendamos la evaluación psicolaboral con "
        "la psicóloga Paula Vera el viernes 16 a las 9:30, por Teams. Dura cerca de dos horas.\n\nSaludos,\nFernanda",
        "va3",
    ),
    (
        "Viña Andina",
        "onsite",
        "2025-05-21",
        "Fernanda Rojas <fernanda.rojas@vinaandina.cl>",
        "Entrevista con jefatura - Analista de Datos",
        "Hola Catalina:\n\n¡Buenas noticias! Te invitamos a una entrevista presencial con la jefatura del área, "
        "Rodrigo Soto, el lunes 26 a las 10:00 en nuestras oficinas de Las Condes. Es la etapa final del proceso."
        "\n\nSaludos,\nFernanda",
        "va4",
    ),
    (
        "Viña Andina",
        "thank_you",
        "2025-05-26",
        _ME,
        "Re: Entrevista con jefatura - Analista de Datos",
        "Hola Fernanda:\n\nMuchas gracias por la entrevista de hoy con Rodrigo; me encantó conocer al equipo.\n\n"
        "Saludos,\nCatalina",
        "va4",
    ),
    (
        "Viña Andina",
        "offer",
        "2025-05-30",
        "Fernanda Rojas <fernanda.rojas@vinaandina.cl>",
        "Oferta laboral - Analista de Datos",
        "Hola Catalina:\n\n¡Felicitaciones! Queremos que te sumes a Viña Andina. Te adjunto la oferta laboral: renta "
        "líquida de $1.650.000, contrato indefinido e inicio el 1 de julio. Quedamos atentos a tu respuesta.\n\n"
        "Saludos,\nFernanda",
        "va5",
    ),
    (
        "Viña Andina",
        "accepted",
        "2025-06-02",
        _ME,
        "Re: Oferta laboral - Analista de Datos",
        "Hola Fernanda:\n\n¡Muchas gracias! Acepto la oferta; quedo atenta a los pasos para firmar el contrato.\n\n"
        "Saludos,\nCatalina",
        "va5",
    ),
    # Cordillera Seguros (Trabajando.com; a refusal after the psicolaboral)
    (
        "Cordillera Seguros",
        "applied",
        "2025-05-06",
        "Trabajando.com <noreply@trabajando.com>",
        "Postulación exitosa",
        "Hola Catalina:\n\nTu postulación al empleo Analista de BI en Cordillera Seguros se realizó con éxito. Puedes "
        "revisar el estado de tus postulaciones en tu cuenta.\n\nTrabajando.com",
        "cs1",
    ),
    (
        "Cordillera Seguros",
        "rejected",
        "2025-05-23",
        "Selección Cordillera Seguros <seleccion@cordilleraseguros.cl>",
        "Proceso de selección Analista de BI",
        "Estimada Catalina:\n\nAgradecemos tu participación en nuestro proceso de selección para el cargo de Analista "
        "de BI. Te informamos que en esta oportunidad no continuarás en el proceso, ya que optamos por perfiles que "
        "se ajustan más a los requerimientos del cargo.\n\nSaludos cordiales,\nSelección Cordillera Seguros",
        "cs2",
    ),
    # Pacífico Retail (a headhunter presents her; an interview; she withdraws)
    (
        "Pacífico Retail",
        "applied",
        "2025-05-08",
        "Ignacio Vidal <ividal@talentosur.cl>",
        "Tu postulación - Data Analyst Sr.",
        "Hola Catalina:\n\nMuchas gracias por la conversación de ayer. Te cuento que ya presenté tu perfil a mi "
        "cliente, Pacífico Retail, para el cargo de Data Analyst Sr. Te aviso apenas tenga noticias.\n\nSaludos,\n"
        "Ignacio Vidal\nTalento Sur Consultores",
        "pr1",
    ),
    (
        "Pacífico Retail",
        "interview",
        "2025-05-15",
        "Ignacio Vidal <ividal@talentosur.cl>",
        "Re: Tu postulación - Data Analyst Sr.",
        "Hola Catalina:\n\n¡Buenas noticias! Pacífico Retail quiere entrevistarte. La gerenta de Analítica tiene "
        "disponibilidad el jueves 22 a las 15:00 por Google Meet. ¿Te acomoda?\n\nSaludos,\nIgnacio",
        "pr1",
    ),
    (
        "Pacífico Retail",
        "withdrew",
        "2025-06-02",
        _ME,
        "Re: Tu postulación - Data Analyst Sr.",
        "Hola Ignacio:\n\nMuchas gracias por todo. Te cuento que acepté otra oferta, así que prefiero no seguir en el "
        "proceso con Pacífico Retail. ¡Gracias de nuevo!\n\nSaludos,\nCatalina",
        "pr1",
    ),
    # Mercado Austral (Teamtailor in Spanish; silence)
    (
        "Mercado Austral",
        "applied",
        "2025-05-12",
        "Mercado Austral <no-reply@teamtailor.com>",
        "Gracias por tu postulación a Mercado Austral",
        "Hola Catalina,\n\nGracias por postular al cargo de Analista de Pricing. Revisaremos tu perfil y te "
        "contactaremos pronto.\n\nSaludos,\nEl equipo de Mercado Austral",
        "ma1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Laborum <alertas@laborum.cl>",
        "Nuevos empleos de Analista de Datos en Santiago",
        "alert",
        "Analista de Datos - Las Condes\nData Analyst - Providencia\nVer avisos",
    ),
    (
        "Trabajando.com <noreply@trabajando.com>",
        "Una empresa revisó tu CV",
        "viewed",
        "Hola Catalina:\n\nCordillera Seguros revisó tu CV. ¡Sigue postulando!\n\nTrabajando.com",
    ),
    (
        "Josefina Paredes <jparedes@headhunterschile.cl>",
        "Oportunidad: Líder de Analítica",
        "outreach",
        "Hola Catalina, vi tu perfil en LinkedIn y me gustaría presentarte una oportunidad como Líder de Analítica en "
        "una empresa del retail. ¿Conversamos esta semana?\n\nSaludos,\nJosefina",
    ),
    (
        "Viña Andina <personas@vinaandina.cl>",
        "Documentos para tu contratación",
        "onboarding",
        "Hola Catalina:\n\nPara preparar tu contrato, envíanos tu certificado de AFP, certificado de salud (Fonasa o "
        "Isapre) y una copia de tu cédula de identidad.\n\nEquipo de Personas",
    ),
    (
        "Diario Financiero <newsletter@df.cl>",
        "DF Mercados: lo que debes saber hoy",
        "newsletter",
        "Mercados, empresas y economía. Anular suscripción",
    ),
    (
        "Mamá <veronica.munoz63@gmail.com>",
        "Almuerzo domingo",
        "personal",
        "Hija, ¿vienes a almorzar el domingo? Cuéntame cómo te fue en la entrevista.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Sent"), then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=CATALINA,
        own_to={
            "Viña Andina": "Fernanda Rojas <fernanda.rojas@vinaandina.cl>",
            "Pacífico Retail": "Ignacio Vidal <ividal@talentosur.cl>",
        },
        offset="-0400",
        clock="12:30:00",
        neg_start="2025-05-10",
        neg_step=6,
        neg_clock="08:05:00",
        tag="sixtyeight",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
