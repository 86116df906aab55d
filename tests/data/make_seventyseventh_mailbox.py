"""A seventy-seventh mailbox, written as a held-out check after the seventy-sixth's fixes (issue #24).

Andrea, an accountant in Lima, exports Gmail with Takeout (Spanish labels).  Peruvian Spanish, mostly "usted":
Bumeran and Computrabajo, a "convocatoria", "ha sido preseleccionada", an "evaluación psicológica", an "entrevista
final con gerencia", a "carta oferta"; refusals "no ha sido seleccionada para continuar" and "se ha cubierto la
posición"; her "agradecimiento por la entrevista", her acceptance and her decline of a second offer.  Its score
before any rule was changed for it is in the commit message; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ANDREA = "andrea.quispe.contabilidad@gmail.com"
_ME = f"Andrea Quispe <{ANDREA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    # Minera Altiplano (own site; preselected; psychological evaluation; final interview; carta oferta)
    (
        "Minera Altiplano",
        "applied",
        "2025-06-02",
        "Minera Altiplano - Convocatorias <convocatorias@mineraaltiplano.com.pe>",
        "Registro de postulación - Convocatoria CONT-014",
        "Estimada Andrea Quispe:\n\nSu postulación a la Convocatoria CONT-014 Analista Contable ha sido registrada "
        "satisfactoriamente. Los resultados de cada etapa se comunicarán por este medio.\n\nÁrea de Gestión del "
        "Talento\nMinera Altiplano S.A.A.",
        "ma1",
    ),
    (
        "Minera Altiplano",
        "interview",
        "2025-06-09",
        "Minera Altiplano - Convocatorias <convocatorias@mineraaltiplano.com.pe>",
        "Resultado de evaluación curricular - CONT-014",
        "Estimada Andrea Quispe:\n\nNos es grato comunicarle que ha sido preseleccionada en la evaluación curricular. "
        "La siguiente etapa es la evaluación psicológica virtual, el jueves 12 de junio a las 9:00 a.m.\n\nÁrea de "
        "Gestión del Talento",
        "ma2",
    ),
    (
        "Minera Altiplano",
        "onsite",
        "2025-06-17",
        "Minera Altiplano - Convocatorias <convocatorias@mineraaltiplano.com.pe>",
        "Entrevista final - CONT-014",
        "Estimada Andrea Quispe:\n\nHa superado la evaluación psicológica. Queda usted citada a la entrevista final "
        "con gerencia el lunes 23 de junio a las 10:00 a.m. en nuestra sede de San Isidro.\n\nÁrea de Gestión del "
        "Talento",
        "ma3",
    ),
    (
        "Minera Altiplano",
        "thank_you",
        "2025-06-23",
        _ME,
        "Agradecimiento por la entrevista - CONT-014",
        "Estimados:\n\nLes agradezco la oportunidad de la entrevista de hoy con la gerencia de Finanzas. Quedo atenta "
        "a sus comentarios.\n\nAtentamente,\nAndrea Quispe",
        "ma4",
    ),
    (
        "Minera Altiplano",
        "offer",
        "2025-06-30",
        "Rosa Mendoza <rmendoza@mineraaltiplano.com.pe>",
        "Carta oferta - Analista Contable",
        "Estimada Andrea:\n\nEs grato comunicarle que ha sido seleccionada para el puesto de Analista Contable. Le "
        "adjuntamos la carta oferta con las condiciones: remuneración mensual de S/ 6,500, contrato a plazo "
        "indeterminado.\n\nSaludos cordiales,\nRosa Mendoza\nJefa de Gestión del Talento",
        "ma5",
    ),
    (
        "Minera Altiplano",
        "accepted",
        "2025-07-01",
        _ME,
        "RE: Carta oferta - Analista Contable",
        "Estimada Rosa:\n\nMuchas gracias. Le confirmo mi aceptación de la carta oferta; adjunto el documento "
        "firmado.\n\nAtentamente,\nAndrea Quispe",
        "ma5",
    ),
    # Banco del Pacífico Sur (Bumeran; a refusal)
    (
        "Banco del Pacífico Sur",
        "applied",
        "2025-06-03",
        "Bumeran <notificaciones@bumeran.com.pe>",
        "Te postulaste con éxito",
        "¡Hola Andrea!\n\nTe postulaste al aviso Analista de Tesorería de Banco del Pacífico Sur. Te avisaremos cuando "
        "la empresa vea tu CV.\n\nEquipo Bumeran",
        "bp1",
    ),
    (
        "Banco del Pacífico Sur",
        "rejected",
        "2025-06-20",
        "Selección Banco del Pacífico Sur <seleccion@bancopacificosur.pe>",
        "Proceso de selección - Analista de Tesorería",
        "Estimada Andrea:\n\nLe agradecemos por su participación en nuestro proceso de selección. Le comunicamos que "
        "no ha sido seleccionada para continuar en las siguientes etapas.\n\nAtentamente,\nSelección",
        "bp2",
    ),
    # Distribuidora Rímac (Computrabajo; an interview; an offer she declines)
    (
        "Distribuidora Rímac",
        "applied",
        "2025-06-04",
        "Computrabajo <noreply@computrabajo.com.pe>",
        "Tu postulación fue enviada",
        "Hola Andrea:\n\nTu postulación a la oferta Asistente Contable de Distribuidora Rímac fue enviada "
        "correctamente.\n\nEl equipo de Computrabajo",
        "dr1",
    ),
    (
        "Distribuidora Rímac",
        "interview",
        "2025-06-11",
        "Jorge Salazar <jsalazar@distribuidorarimac.pe>",
        "Entrevista - Asistente Contable",
        "Buenas tardes Andrea:\n\nLe escribo de Distribuidora Rímac para invitarla a una entrevista con el contador "
        "general el viernes 13 a las 3:00 p.m. en nuestras oficinas de Ate. Por favor confirmar asistencia.\n\n"
        "Saludos,\nJorge Salazar\nRecursos Humanos",
        "dr2",
    ),
    (
        "Distribuidora Rímac",
        "offer",
        "2025-06-27",
        "Jorge Salazar <jsalazar@distribuidorarimac.pe>",
        "Propuesta laboral - Asistente Contable",
        "Estimada Andrea:\n\nNos complace ofrecerle el puesto de Asistente Contable con una remuneración de S/ 3,800 "
        "mensuales. Quedamos atentos a su respuesta.\n\nSaludos,\nJorge Salazar",
        "dr3",
    ),
    (
        "Distribuidora Rímac",
        "declined",
        "2025-07-01",
        _ME,
        "RE: Propuesta laboral - Asistente Contable",
        "Estimado Jorge:\n\nLe agradezco mucho la propuesta. Sin embargo, he aceptado otra oferta laboral, por lo que "
        "debo declinar su ofrecimiento.\n\nAtentamente,\nAndrea Quispe",
        "dr3",
    ),
    # Andina Retail (a refusal: the position was filled)
    (
        "Andina Retail",
        "applied",
        "2025-06-05",
        _ME,
        "Postulación - Analista de Costos - Andrea Quispe",
        "Estimados:\n\nAdjunto mi CV para postular al puesto de Analista de Costos publicado en LinkedIn.\n\n"
        "Atentamente,\nAndrea Quispe",
        "ar1",
    ),
    (
        "Andina Retail",
        "rejected",
        "2025-06-24",
        "Talento Andina Retail <talento@andinaretail.pe>",
        "RE: Postulación - Analista de Costos - Andrea Quispe",
        "Estimada Andrea:\n\nGracias por su interés en Andina Retail. Le informamos que se ha cubierto la posición de "
        "Analista de Costos. Tendremos en cuenta su CV para futuras convocatorias.\n\nTalento Andina Retail",
        "ar1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Bumeran <alertas@bumeran.com.pe>",
        "Nuevos avisos de Analista Contable en Lima",
        "alert",
        "Analista Contable - San Isidro\nAsistente Contable - Ate\nVer avisos",
    ),
    (
        "Computrabajo <noreply@computrabajo.com.pe>",
        "Una empresa vio tu hoja de vida",
        "viewed",
        "Hola Andrea:\n\nDistribuidora Rímac vio tu hoja de vida.\n\nEl equipo de Computrabajo",
    ),
    (
        "Karina Flores <kflores@peopleconsulting.pe>",
        "Oportunidad laboral - Contador Senior",
        "outreach",
        "Hola Andrea, vi tu perfil en LinkedIn y tengo una posición de Contador Senior para una empresa del sector "
        "minero. ¿Te interesaría conversar?",
    ),
    (
        "Minera Altiplano <bienestar@mineraaltiplano.com.pe>",
        "Documentos para su ingreso",
        "onboarding",
        "Estimada Andrea:\n\nPara su ingreso, sírvase enviar copia de DNI, certificado de antecedentes policiales y "
        "examen médico ocupacional.\n\nBienestar Social",
    ),
    (
        "Colegio de Contadores de Lima <boletin@ccpl.org.pe>",
        "Boletín institucional - junio",
        "newsletter",
        "Cursos, normas contables y actividades del mes. Desuscribirse",
    ),
    (
        "Mamá <gladys.quispe64@hotmail.com>",
        "almuerzo",
        "personal",
        "Hijita, ¿vienes a almorzar el domingo? Cuéntame de tu entrevista.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (her own under "Enviados"), then the negatives."""
    from mail_score import localized_labels, takeout_corpus

    msgs = takeout_corpus(
        _POSITIVES,
        _NEGATIVES,
        owner=ANDREA,
        own_to={
            "Minera Altiplano": "Minera Altiplano - Convocatorias <convocatorias@mineraaltiplano.com.pe>",
            "Distribuidora Rímac": "Jorge Salazar <jsalazar@distribuidorarimac.pe>",
            "Andina Retail": "Talento Andina Retail <talento@andinaretail.pe>",
        },
        offset="-0500",
        clock="11:50:00",
        neg_start="2025-06-06",
        neg_step=5,
        neg_clock="07:35:00",
        tag="seventyseven",
    )
    return localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=ANDREA)


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
