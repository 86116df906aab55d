"""A two-hundred-and-seventieth mailbox, written as a held-out check after the two-hundred-and-sixty-ninth
(issue #24).

Álvaro, a backend developer in Madrid, saves his Outlook mail as .eml files; most of it in Spanish.  InfoJobs' "Te
has inscrito en la oferta", LinkedIn's Spanish receipt "Tu solicitud se ha enviado a", Join's receipt in a start-up's
name, a consultancy's recruiter "de parte de" its client, a "prueba técnica" (a round), "una última entrevista con
nuestro CTO" (the last), "seguir con otros perfiles", a "propuesta económica" (the offer), and his own "acepto la
propuesta" and a withdrawal.  Negatives: InfoJobs' alerts, Tecnoempleo's newsletter, a "Tu CV ha sido visto" notice,
a meetup, Renfe, a friend.  Its score before any rule was changed for it is in the commit message; ``messages()``
returns ``[(message, truth)]``.

One truth changed after the first read: the payments company is "Pagamás Servicios de Pago", the registry's name
InfoJobs gives in capitals ("PAGAMÁS SERVICIOS DE PAGO SL"); no mail names it "Pagamás" alone.
"""

from __future__ import annotations

from pathlib import Path

ALVARO = "alvaro.gil.dev@outlook.es"
ME = f"Álvaro Gil <{ALVARO}>"

# (company, event, day, sender, subject, body, to)
_POSITIVES = [
    (
        "Pagamás Servicios de Pago",
        "applied",
        "2025-10-06",
        "InfoJobs <noreply@infojobs.net>",
        "Te has inscrito en la oferta Backend Developer (Java/Kotlin)",
        "Hola Álvaro,\n\nTe has inscrito correctamente en la oferta Backend Developer (Java/Kotlin) de PAGAMÁS "
        "SERVICIOS DE PAGO SL. Puedes seguir el estado de tu candidatura desde tu área personal.\n\nEl equipo de "
        "InfoJobs",
        None,
    ),
    (
        "Rutalia",
        "applied",
        "2025-10-07",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Álvaro, tu solicitud se ha enviado a Rutalia",
        "Tu solicitud se ha enviado a Rutalia\n\nSenior Backend Engineer\nRutalia · Madrid (Híbrido)\n\nSolicitud "
        "enviada el 7 oct",
        None,
    ),
    (
        "Cosecha Labs",
        "applied",
        "2025-10-08",
        "Cosecha Labs <noreply@join.com>",
        "Hemos recibido tu candidatura",
        "¡Hola Álvaro!\n\nGracias por tu candidatura para el puesto de Desarrollador/a Backend en Cosecha Labs. "
        "Revisaremos tu perfil y te diremos algo en los próximos días.\n\nUn saludo,\nEl equipo de Cosecha Labs",
        None,
    ),
    (
        "Banco Meseta",
        "applied",
        "2025-10-09",
        "Lucía Ferrer <lucia.ferrer@talentiaconsulting.example>",
        "Posición Backend - Banco Meseta",
        "Hola Álvaro,\n\nTe escribo de parte de Banco Meseta, cliente nuestro. Tal y como hablamos por teléfono, ya he "
        "presentado tu candidatura al cliente para la posición de Backend Developer en su equipo de medios de pago. "
        "Te cuento en cuanto tenga respuesta.\n\nUn saludo,\nLucía Ferrer\nTalent Acquisition Consultant | Talentia "
        "Consulting",
        None,
    ),
    (
        "Rutalia",
        "screen",
        "2025-10-10",
        "Marta Ibáñez <marta.ibanez@rutalia.example>",
        "Tu candidatura en Rutalia",
        "Hola Álvaro,\n\nSoy Marta, del equipo de People de Rutalia. Hemos visto tu perfil y nos encantaría tener una "
        "primera llamada de 20 minutos para conocerte. ¿Qué tal el martes a las 16:00?\n\nUn saludo,\nMarta",
        None,
    ),
    (
        "Cosecha Labs",
        "interview",
        "2025-10-13",
        "Iker Sola <iker@cosechalabs.example>",
        "Prueba técnica - Cosecha Labs",
        "Hola Álvaro,\n\nNos ha gustado mucho tu perfil. El siguiente paso es una prueba técnica: una pequeña API en "
        "Kotlin que puedes hacer en casa (unas 3 horas). Tienes una semana para entregarla.\n\nSaludos,\nIker Sola\n"
        "CTO, Cosecha Labs",
        None,
    ),
    (
        "Pagamás Servicios de Pago",
        "rejected",
        "2025-10-14",
        "InfoJobs <noreply@infojobs.net>",
        "Novedades en tu candidatura: Backend Developer (Java/Kotlin)",
        "Hola Álvaro,\n\nLa empresa PAGAMÁS SERVICIOS DE PAGO SL ha cambiado el estado de tu candidatura a "
        "«Descartado» en la oferta Backend Developer (Java/Kotlin).\n\nÁnimo, hay muchas más ofertas esperándote.\n\n"
        "El equipo de InfoJobs",
        None,
    ),
    (
        "Rutalia",
        "interview",
        "2025-10-16",
        "Marta Ibáñez <marta.ibanez@rutalia.example>",
        "RE: Tu candidatura en Rutalia",
        "Hola Álvaro,\n\nGracias por la llamada del martes. El siguiente paso sería una entrevista técnica con dos "
        "personas del equipo de plataforma, de una hora, por Google Meet. ¿Te viene bien el jueves 23 a las 10:00?\n\n"
        "Marta",
        None,
    ),
    (
        "Banco Meseta",
        "interview",
        "2025-10-17",
        "Lucía Ferrer <lucia.ferrer@talentiaconsulting.example>",
        "RE: Posición Backend - Banco Meseta",
        "¡Buenas noticias, Álvaro! Banco Meseta quiere conocerte: te proponen una entrevista con la responsable del "
        "equipo el lunes 20 a las 12:00 en sus oficinas de Castellana.\n\nLucía",
        None,
    ),
    (
        "Cosecha Labs",
        "onsite",
        "2025-10-22",
        "Iker Sola <iker@cosechalabs.example>",
        "RE: Prueba técnica - Cosecha Labs",
        "Hola Álvaro,\n\nHemos revisado tu prueba y nos ha encantado. Nos gustaría hacer una última entrevista contigo "
        "en la oficina, con nuestro CEO y conmigo, el viernes 24 a las 11:00.\n\nIker",
        None,
    ),
    (
        "Banco Meseta",
        "rejected",
        "2025-10-24",
        "Lucía Ferrer <lucia.ferrer@talentiaconsulting.example>",
        "RE: Posición Backend - Banco Meseta",
        "Hola Álvaro,\n\nMe han dado feedback desde Banco Meseta: les gustaste mucho, pero han decidido seguir con "
        "otros perfiles con más experiencia en sistemas de pago. Seguimos en contacto para otras posiciones.\n\n"
        "Lucía",
        None,
    ),
    (
        "Cosecha Labs",
        "offer",
        "2025-10-28",
        "Iker Sola <iker@cosechalabs.example>",
        "Propuesta Cosecha Labs",
        "Hola Álvaro,\n\nTras la entrevista del viernes lo tenemos claro: queremos que te unas al equipo. Te adjunto la "
        "propuesta económica: 52.000 € brutos anuales más stock options, contrato indefinido e incorporación el 1 de "
        "diciembre.\n\nUn abrazo,\nIker",
        None,
    ),
    (
        "Cosecha Labs",
        "accepted",
        "2025-10-29",
        ME,
        "RE: Propuesta Cosecha Labs",
        "¡Hola Iker!\n\nMuchas gracias, acepto la propuesta encantado. Os envío firmado el documento esta tarde.\n\n"
        "Un abrazo,\nÁlvaro",
        "Iker Sola <iker@cosechalabs.example>",
    ),
    (
        "Rutalia",
        "withdrew",
        "2025-10-29",
        ME,
        "RE: Tu candidatura en Rutalia",
        "Hola Marta,\n\nMuchas gracias por todo. Te escribo para retirar mi candidatura, ya que he aceptado otra oferta."
        " Ha sido un placer conoceros.\n\nUn saludo,\nÁlvaro",
        "Marta Ibáñez <marta.ibanez@rutalia.example>",
    ),
]

_NEGATIVES = [
    (
        "InfoJobs <alertas@infojobs.net>",
        "12 nuevas ofertas de Backend Developer en Madrid",
        "alert",
        "Backend Developer - Madrid - 45.000 €. Java Developer - Alcobendas. Kotlin Engineer - Remoto.",
    ),
    (
        "Tecnoempleo <boletin@tecnoempleo.example>",
        "Boletín semanal: salarios tech 2025",
        "newsletter",
        "Este mes: salarios tech en España, las tecnologías más pedidas y consejos para tu CV.",
    ),
    (
        "InfoJobs <noreply@infojobs.net>",
        "Tu CV ha sido visto",
        "viewed",
        "Una empresa ha visto tu CV en la oferta Backend Developer. ¡Mucha suerte!",
    ),
    (
        "Madrid JUG <meetup@madridjug.example>",
        "Meetup: Kotlin coroutines en producción",
        "newsletter",
        "Nuevo meetup el jueves 30 a las 19:00 en el campus. Apúntate en la web.",
    ),
    (
        "Renfe <venta@renfe.example>",
        "Tu billete Madrid - Valencia",
        "other",
        "Adjuntamos tu billete para el 1 de noviembre.",
    ),
    (
        "Pablo Ruiz <pablo.ruiz@gmail.example>",
        "cañas el viernes",
        "personal",
        "¿cañas el viernes por Malasaña?",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import outlook_corpus

    return outlook_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ME,
        offset="+0200",
        clock="10:30:00",
        neg_start="2025-10-05",
        neg_step=4,
        neg_clock="20:10:00",
        tag="twohundredseventy",
    )


def build(folder, msgs=None) -> Path:
    """Save the mailbox as Outlook's .eml files into ``folder``; return it."""
    from mail_score import write_outlook

    return write_outlook(Path(folder), msgs if msgs is not None else messages(), ALVARO)
