"""A hundred-and-thirtieth mailbox, written as a held-out check after the hundred-and-twenty-ninth (issue #24).

Javier, a backend developer in Madrid, exports Gmail with Takeout in Spanish ("Enviados", "Recibidos") and applies
through InfoJobs, LinkedIn, Factorial and Teamtailor and by mail to a consultancy.  His recruiters write "Hola
Javier, te escribo de ...", send a "prueba técnica" and book an "entrevista con el equipo"; some mail is HTML only
or quoted-printable.  His negatives: InfoJobs' suggestions, Renfe, Idealista, BBVA, a meetup, a consultancy's
pitch, a Glovo order.  Its score before any rule was changed for it is in the commit message; ``messages()``
returns ``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

JAVIER = "javier.moreno.dev@gmail.com"
_ME = f"Javier Moreno <{JAVIER}>"
_LUCIA = "Lucía Ortega <lucia.ortega@pagaya-pay.es>"
_PABLO = "Pablo Serrano <pablo@nubeverde.io>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Pagaya Pay",
        "applied",
        "2025-10-06",
        "InfoJobs <noreply@infojobs.net>",
        "Tu candidatura se ha enviado correctamente",
        "Hola Javier,\n\nTu candidatura a la oferta Desarrollador/a Backend Java (Senior) de PAGAYA PAY SL se ha "
        "enviado correctamente. La empresa revisará tu CV y te informaremos de cualquier cambio de estado.",
        "pp1",
    ),
    (
        "Pagaya Pay",
        "screen",
        "2025-10-09",
        _LUCIA,
        "Proceso de selección Backend - Pagaya",
        "Hola Javier,\n\nte escribo de Pagaya Pay, hemos visto tu candidatura en InfoJobs y nos ha gustado mucho tu "
        "perfil. ¿Tendrías 20 minutos el jueves o el viernes para una primera llamada y contarte el proyecto?\n\n"
        "Un saludo,\nLucía Ortega\nTalent Acquisition",
        "pp2",
    ),
    (
        "Pagaya Pay",
        "interview",
        "2025-10-14",
        _LUCIA,
        "Re: Proceso de selección Backend - Pagaya",
        "Hola Javier,\n\ngracias por la llamada. El siguiente paso es una prueba técnica: un pequeño servicio REST en "
        "Spring Boot. Tienes una semana para entregarla; te mando el enunciado en un correo aparte.\n\nLucía",
        "pp2",
    ),
    (
        "Pagaya Pay",
        "onsite",
        "2025-10-24",
        _LUCIA,
        "Re: Proceso de selección Backend - Pagaya",
        "QP:Hola Javier,\n\nal equipo le ha encantado tu prueba. Te proponemos la última fase: una entrevista con el "
        "CTO y dos personas del equipo en nuestra oficina de Castellana, el miércoles 29 a las 10:00.\n\nLucía",
        "pp2",
    ),
    (
        "Pagaya Pay",
        "offer",
        "2025-11-04",
        _LUCIA,
        "Propuesta Pagaya Pay",
        "Hola Javier,\n\n¡enhorabuena! Nos encantaría que te unieras al equipo. Te adjunto nuestra propuesta: 52.000 € "
        "brutos anuales, 100% remoto flexible y formación. Cuéntanos qué te parece.\n\nLucía",
        "pp3",
    ),
    (
        "Pagaya Pay",
        "accepted",
        "2025-11-06",
        _ME,
        "Re: Propuesta Pagaya Pay",
        "Hola Lucía,\n\nmuchas gracias, acepto la propuesta. ¡Tengo muchas ganas de empezar!\n\nUn saludo,\nJavier",
        "pp3",
    ),
    (
        "Nube Verde",
        "applied",
        "2025-10-07",
        "Nube Verde <no-reply@factorialhr.com>",
        "Hemos recibido tu candidatura",
        "HTML:<p>Hola Javier,</p><p>Gracias por tu interés en <b>Nube Verde</b>. Hemos recibido tu candidatura para "
        "el puesto de <b>Backend Engineer (Python)</b> y la revisaremos con atención.</p>",
        "nv1",
    ),
    (
        "Nube Verde",
        "screen",
        "2025-10-15",
        _PABLO,
        "Charla Nube Verde",
        "Hola Javier,\n\nsoy Pablo, CTO de Nube Verde. He leído tu CV y me gustaría tener una videollamada de 30 min "
        "para conocerte. ¿Te va bien el lunes a las 17:00?\n\nPablo",
        "nv2",
    ),
    (
        "Nube Verde",
        "rejected",
        "2025-10-30",
        _PABLO,
        "Re: Charla Nube Verde",
        "Hola Javier,\n\nmil gracias por tu tiempo. Al final hemos optado por un perfil con más experiencia en "
        "Kubernetes, así que no seguiremos adelante contigo en esta ocasión. ¡Mucha suerte!\n\nPablo",
        "nv2",
    ),
    (
        "Cabify",
        "applied",
        "2025-10-08",
        "Cabify <noreply@teamtailor.com>",
        "Gracias por tu candidatura en Cabify",
        "Hola Javier,\n\n¡Gracias por aplicar al puesto de Senior Backend Engineer en Cabify! Revisaremos tu "
        "candidatura y nos pondremos en contacto contigo lo antes posible.",
        "cb1",
    ),
    (
        "Cabify",
        "rejected",
        "2025-10-27",
        "Cabify <noreply@teamtailor.com>",
        "Tu candidatura en Cabify",
        "Hola Javier,\n\nqueremos agradecerte tu interés en Cabify. Tras revisar tu candidatura con detenimiento, "
        "hemos decidido seguir adelante con otras personas cuyo perfil se ajusta más a lo que buscamos ahora mismo.",
        "cb2",
    ),
    (
        "Idealista",
        "applied",
        "2025-10-10",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Javier, tu solicitud se ha enviado a idealista",
        "Tu solicitud se ha enviado a idealista\nBackend Developer\nidealista · Madrid (Híbrido)\nSolicitado el 10 oct.",
        "id1",
    ),
    (
        "Idealista",
        "interview",
        "2025-10-21",
        "Marta Gil <marta.gil@idealista.com>",
        "Entrevista técnica - Backend Developer",
        "Hola Javier,\n\nnos gustaría invitarte a una entrevista técnica de una hora con dos personas del equipo de "
        "plataforma. ¿Qué tal el martes 28 a las 12:00 por Google Meet?\n\nMarta Gil\nPeople Team, idealista",
        "id2",
    ),
    (
        "Idealista",
        "thank_you",
        "2025-10-28",
        _ME,
        "Re: Entrevista técnica - Backend Developer",
        "Hola Marta,\n\nmuchas gracias por la entrevista de hoy, me ha encantado conocer al equipo de plataforma.\n\n"
        "Un saludo,\nJavier",
        "id2",
    ),
    (
        "Idealista",
        "withdrew",
        "2025-11-07",
        _ME,
        "Re: Entrevista técnica - Backend Developer",
        "Hola Marta,\n\nos escribo para comunicaros que he aceptado otra oferta, así que retiro mi candidatura. "
        "Muchas gracias por todo.\n\nJavier",
        "id2",
    ),
    (
        "Sngular",
        "applied",
        "2025-10-13",
        _ME,
        "Candidatura - Desarrollador Backend",
        "Hola,\n\nos envío mi CV para la posición de Desarrollador Backend publicada en vuestra web. Tengo 6 años de "
        "experiencia con Java y Spring.\n\nUn saludo,\nJavier Moreno",
        "sg1",
    ),
    (
        "Sngular",
        "reply",
        "2025-10-20",
        "Talento Sngular <talento@sngular.com>",
        "Re: Candidatura - Desarrollador Backend",
        "Hola Javier,\n\ngracias por escribirnos. Tu CV ya está con el equipo técnico; ahora mismo seguimos en proceso "
        "de revisión y te diremos algo la semana que viene.\n\nTalento Sngular",
        "sg1",
    ),
]

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "InfoJobs <noreply@infojobs.net>",
        "Nuevas ofertas que te pueden interesar",
        "alert",
        "Desarrollador Java - Madrid. Backend Python - Remoto. Ver todas las ofertas.",
    ),
    (
        "Renfe <venta@renfe.es>",
        "Tu billete de tren",
        "shop",
        "Gracias por tu compra. Madrid Puerta de Atocha - Valencia, 18/10.",
    ),
    (
        "idealista <noreply@idealista.com>",
        "Nuevos pisos en Lavapiés",
        "alert",
        "Hay 5 pisos nuevos que encajan con tu búsqueda en Lavapiés. Ver pisos.",
    ),
    (
        "BBVA <bbva@comunicaciones.bbva.es>",
        "Tu recibo está disponible",
        "other",
        "Ya tienes disponible tu recibo de octubre en la app.",
    ),
    (
        "Madrid JUG <info@meetup.com>",
        "Nuevo evento: Spring Boot 3 en producción",
        "newsletter",
        "Únete a nosotros el 23 de octubre. Apúntate. Darse de baja",
    ),
    (
        "Andrea Ruiz <andrea.ruiz@talentiaconsulting.es>",
        "Oportunidad Backend Java - proyecto estable",
        "outreach",
        "Hola Javier, he visto tu perfil y tengo una posición de Backend Java en un cliente del sector banca que "
        "encaja contigo. ¿Te apetece que hablemos?",
    ),
    (
        "Glovo <no-reply@glovoapp.com>",
        "Tu pedido está en camino",
        "shop",
        "Tu pedido de La Tagliatella está en camino. Llegará en 20 minutos.",
    ),
    (
        "LinkedIn <jobs-listings@linkedin.com>",
        "Empleos de Backend Developer en Madrid",
        "alert",
        "Backend Developer en Cabify. Java Developer en BBVA. Ver todos los empleos.",
    ),
    (
        "Tecnoempleo <boletin@tecnoempleo.com>",
        "Boletín semanal de empleo IT",
        "newsletter",
        "Las ofertas IT más vistas de la semana. Darse de baja",
    ),
    (
        "Cabify <no-reply@cabify.com>",
        "Tu viaje con Cabify",
        "shop",
        "Gracias por viajar con Cabify. Importe: 12,40 €. Descarga tu factura.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives (the owner's own under "Enviados"), then the negatives."""
    from mail_score import localized_labels, sent_as, takeout_corpus

    msgs = takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=JAVIER,
        own_to={
            "Pagaya Pay": _LUCIA,
            "Idealista": "Marta Gil <marta.gil@idealista.com>",
            "Sngular": "Talento Sngular <talento@sngular.com>",
        },
        offset="+0200",
        clock="09:40:00",
        neg_start="2025-10-05",
        neg_step=3,
        neg_clock="18:20:00",
        tag="hundredthirty",
    )
    return sent_as(localized_labels(msgs, sent="Enviados", inbox="Recibidos", owner=JAVIER))


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "Todo el correo, incluido el spam y la papelera.mbox", msgs or messages())
