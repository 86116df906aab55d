"""A two-hundredth mailbox, written as a held-out check after the hundred-and-ninety-ninth (issue #24).

Fernanda, looking for bilingual call-centre work in Mexico City, saved her Outlook mail as .eml files, all in
Spanish.  Contact-centre hiring writes in its own words: OCC Mundial's "tu postulación fue enviada", Computrabajo's
"has aplicado a la oferta" and "ha visto tu hoja de vida", an in-person interview with "trae tu CV impreso, INE y
comprobante de domicilio", an English test through Versant, "fuiste seleccionada ... tu capacitación inicia el
lunes", "en esta ocasión no continuarás en el proceso"; she accepts one offer and withdraws from another process.
Negatives: the job sites' alerts and "viewed" notices, a work-from-home scam, the medical exam after the offer, a
bank, the tax office, a phone bill, a friend.  Its score before any rule was changed for it is in the commit
message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

FER = "fer.lopez.cc@outlook.com"
ME = f"Fernanda López <{FER}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "TeleServicios del Norte",
        "applied",
        "2025-07-07",
        "OCCMundial <notificaciones@occ.com.mx>",
        "Tu postulación fue enviada",
        "Hola Fernanda,\n\nTu postulación a la vacante Agente Bilingüe de Atención a Clientes fue enviada a "
        "TeleServicios del Norte. Te avisaremos cuando la empresa revise tu CV.\n\n¡Mucho éxito!\nOCCMundial",
        None,
    ),
    (
        "Grupo Recupera",
        "applied",
        "2025-07-08",
        "Computrabajo <notificaciones@computrabajo.com.mx>",
        "Has aplicado a la oferta Ejecutivo de Cobranza Bilingüe",
        "Hola Fernanda,\n\nHas aplicado correctamente a la oferta Ejecutivo de Cobranza Bilingüe en Grupo Recupera "
        "(Ciudad de México). Te recomendamos completar tu hoja de vida para destacar.\n\nComputrabajo",
        None,
    ),
    (
        "Conecta Global",
        "applied",
        "2025-07-09",
        "Conecta Global Talento <talento@conectaglobal.mx>",
        "Recibimos tu solicitud - Agente Bilingüe",
        "Hola Fernanda,\n\nGracias por tu interés en formar parte de Conecta Global. Recibimos tu solicitud para la "
        "vacante de Agente Bilingüe (Home Office). Te contactaremos por WhatsApp para agendar tu entrevista si tu "
        "perfil es seleccionado.\n\nEquipo de Talento\nConecta Global",
        None,
    ),
    (
        "TeleServicios del Norte",
        "interview",
        "2025-07-10",
        "Reclutamiento TeleServicios del Norte <reclutamiento@tsnorte.com.mx>",
        "Invitación a entrevista - Agente Bilingüe",
        "¡Hola Fernanda!\n\nTe invitamos a una entrevista presencial el martes 15 de julio a las 10:00 am en nuestras "
        "oficinas de Av. Insurgentes Sur 1602, piso 3. Trae tu CV impreso, INE y comprobante de domicilio. "
        "Pregunta por Karla en recepción.\n\nSaludos,\nReclutamiento TSN",
        None,
    ),
    (
        "Conecta Global",
        "interview",
        "2025-07-11",
        "Conecta Global Talento <talento@conectaglobal.mx>",
        "Evaluación de inglés - Conecta Global",
        "Hola Fernanda,\n\nComo siguiente paso de tu proceso, te compartimos el link para tu evaluación de inglés "
        "(Versant). Debes completarla hoy antes de las 8:00 pm; dura aproximadamente 20 minutos.\n\nEquipo de "
        "Talento\nConecta Global",
        None,
    ),
    (
        "Grupo Recupera",
        "rejected",
        "2025-07-14",
        "Grupo Recupera RH <rh@gruporecupera.com.mx>",
        "Seguimiento a tu postulación",
        "Hola Fernanda,\n\nAgradecemos tu interés en la vacante de Ejecutivo de Cobranza Bilingüe. Lamentamos "
        "informarte que en esta ocasión no continuarás en el proceso de selección. Conservaremos tus datos para "
        "futuras oportunidades.\n\nAtentamente,\nRecursos Humanos\nGrupo Recupera",
        None,
    ),
    (
        "TeleServicios del Norte",
        "offer",
        "2025-07-16",
        "Reclutamiento TeleServicios del Norte <reclutamiento@tsnorte.com.mx>",
        "¡Felicidades! - Agente Bilingüe",
        "¡Felicidades, Fernanda!\n\nFuiste seleccionada para el puesto de Agente Bilingüe de Atención a Clientes. "
        "Sueldo mensual de $14,500 más bonos por productividad. Tu capacitación inicia el lunes 21 de julio a las "
        "8:00 am.\n\nPor favor confírmanos por este medio.\n\nSaludos,\nReclutamiento TSN",
        None,
    ),
    (
        "TeleServicios del Norte",
        "accepted",
        "2025-07-17",
        ME,
        "RE: ¡Felicidades! - Agente Bilingüe",
        "Buen día,\n\nMuchas gracias. Les escribo para confirmar que acepto la propuesta y que estaré el lunes 21 a "
        "las 8:00 am para iniciar la capacitación.\n\nSaludos,\nFernanda López",
        "Reclutamiento TeleServicios del Norte <reclutamiento@tsnorte.com.mx>",
    ),
    (
        "Conecta Global",
        "withdrew",
        "2025-07-17",
        ME,
        "RE: Evaluación de inglés - Conecta Global",
        "Hola,\n\nLes agradezco mucho la oportunidad, pero ya acepté otra propuesta, por lo que declino continuar en "
        "el proceso.\n\nSaludos,\nFernanda López",
        "Conecta Global Talento <talento@conectaglobal.mx>",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "OCCMundial <alertas@occ.com.mx>",
        "Vacantes que te pueden interesar",
        "alert",
        "Agente de Ventas Bilingüe - Ciudad de México\nRepresentante de Servicio al Cliente - Naucalpan\nVer más "
        "vacantes.",
    ),
    (
        "Computrabajo <notificaciones@computrabajo.com.mx>",
        "Grupo Recupera ha visto tu hoja de vida",
        "viewed",
        "¡Buenas noticias! La empresa Grupo Recupera ha visto tu hoja de vida para la oferta Ejecutivo de Cobranza "
        "Bilingüe.",
    ),
    (
        "Empleo Inmediato <empleoinmediato2025@gmail.com>",
        "Gana $15,000 semanales desde casa - contratación inmediata",
        "scam",
        "Hola, vimos tu CV. Trabajo desde casa, sin experiencia, contratación inmediata. Solo deposita $500 para tu "
        "kit de inicio y empieza hoy. Responde con tu número de WhatsApp.",
    ),
    (
        "TeleServicios del Norte - Contratación <contratacion@tsnorte.com.mx>",
        "Examen médico y documentos para tu contratación",
        "onboarding",
        "Hola Fernanda, para completar tu contratación presenta tu examen médico, acta de nacimiento, CURP, RFC y "
        "NSS el viernes 18 de julio.",
    ),
    (
        "BBVA México <avisos@bbva.example>",
        "Tu estado de cuenta de julio ya está disponible",
        "other",
        "Consulta tu estado de cuenta en la app.",
    ),
    (
        "SAT <notificaciones@sat.example>",
        "Aviso: tu constancia de situación fiscal",
        "other",
        "Descarga tu constancia de situación fiscal en el portal del SAT.",
    ),
    (
        "Telcel <facturas@telcel.example>",
        "Tu factura Telcel de julio",
        "other",
        "Tu factura ya está disponible. Total a pagar: $389.00.",
    ),
    (
        "Dani Ruiz <dani.ruiz.mx@gmail.com>",
        "¿cómo te fue?",
        "personal",
        "Amiga, ¿cómo te fue en la entrevista del call center? Cuéntame todo.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="-0600",
        clock="12:30:00",
        neg_start="2025-07-06",
        neg_step=2,
        neg_clock="20:40:00",
        tag="twohundred",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), FER)
