"""A hundred-and-eighty-fifth mailbox, written as a held-out check after the hundred-and-eighty-fourth (issue #24).

Rosa, looking for warehouse and store work in Houston, exported Gmail with Takeout; half her mail is in Spanish.
Hourly employers write through Fountain, Workstream and Snagajob, often in Spanish for a Spanish-speaking
applicant ("Gracias por postularte", "tu entrevista está confirmada", "orientación"), book interviews by text
message copied to email, and make offers as a shift and a start date.  Negatives: gig apps' shift offers
(Instawork, Wonolo), a money-transfer service, a telenovela streaming service, a church bulletin, job alerts, a
sister's mail.  Its score before any rule was changed for it is in the commit message; ``messages()`` returns
``[(message, truth)]``.
"""

from __future__ import annotations

from pathlib import Path

ROSA = "rosa.mendez.hou@gmail.com"
ME = f"Rosa Méndez <{ROSA}>"

# (company, event, day, sender, subject, body, thread)
_POSITIVES = [
    (
        "Gulf Freight Logistics",
        "applied",
        "2025-07-07",
        "Gulf Freight Logistics <no-reply@fountain.com>",
        "Gracias por postularte a Gulf Freight Logistics",
        "Hola Rosa,\n\n¡Gracias por postularte para Asociado de Almacén - Turno de noche en Gulf Freight Logistics! "
        "Revisaremos tu solicitud y te contactaremos pronto.\n\nEquipo de Contratación de Gulf Freight",
        "g1",
    ),
    (
        "Bayou Market",
        "applied",
        "2025-07-07",
        "Bayou Market <noreply@workstream.us>",
        "Application received - Cashier",
        "Hi Rosa,\n\nThanks for applying to be a Cashier at Bayou Market (Gulfton)! We'll text you to schedule an "
        "interview if you're a match.\n\nBayou Market Hiring",
        "b1",
    ),
    (
        "Lone Star Linens",
        "applied",
        "2025-07-08",
        "Snagajob <noreply@snagajob.com>",
        "You applied to Laundry Attendant at Lone Star Linens",
        "Hi Rosa,\n\nYour application for Laundry Attendant at Lone Star Linens (Houston, TX) was sent. Employers "
        "usually respond within a few days.\n\nSnagajob",
        "l1",
    ),
    (
        "Gulf Freight Logistics",
        "interview",
        "2025-07-09",
        "Gulf Freight Logistics <no-reply@fountain.com>",
        "Tu entrevista está confirmada",
        "Hola Rosa,\n\nTu entrevista para Asociado de Almacén está confirmada para el jueves 10 de julio a las 3:00 "
        "PM en 8800 Clinton Dr. Trae una identificación con foto.\n\nEquipo de Contratación de Gulf Freight",
        "g2",
    ),
    (
        "Bayou Market",
        "interview",
        "2025-07-10",
        "Bayou Market <noreply@workstream.us>",
        "Copy of text message: interview time",
        "Bayou Market: Hi Rosa! Can you come in for an interview with the store manager Friday at 10am? Reply YES to "
        "confirm.",
        "b2",
    ),
    (
        "Gulf Freight Logistics",
        "offer",
        "2025-07-11",
        "Gulf Freight Logistics <no-reply@fountain.com>",
        "¡Felicidades! Oferta de trabajo",
        "Hola Rosa,\n\n¡Felicidades! Nos gustaría ofrecerte el puesto de Asociado de Almacén, turno de noche, $17.50 "
        "por hora. Tu orientación es el lunes 14 de julio a las 6:00 PM.\n\nEquipo de Contratación de Gulf Freight",
        "g3",
    ),
    (
        "Gulf Freight Logistics",
        "accepted",
        "2025-07-11",
        ME,
        "Re: ¡Felicidades! Oferta de trabajo",
        "Muchas gracias! Acepto la oferta. Ahí estaré el lunes a las 6.\n\nRosa",
        "g3",
    ),
    (
        "Lone Star Linens",
        "rejected",
        "2025-07-14",
        "Lone Star Linens <hr@lonestarlinens.com>",
        "Laundry Attendant",
        "Hi Rosa, thank you for applying. We have filled the laundry attendant position for now. We will keep your "
        "application on file.\n\nLone Star Linens HR",
        "l2",
    ),
    (
        "Bayou Market",
        "withdrew",
        "2025-07-14",
        ME,
        "Cashier interview",
        "Hello, I took a job at a warehouse so I can't continue with the cashier position. Thank you for the "
        "interview.\n\nRosa Méndez",
        "b3",
    ),
]

_OWN_TO = {
    "Gulf Freight Logistics": "Gulf Freight Logistics <hiring@gulffreight.com>",
    "Bayou Market": "hiring@bayoumarket.com",
}

# (sender, subject, kind, body)
_NEGATIVES = [
    (
        "Instawork <shifts@instawork.com>",
        "New shifts near you: $18/hr",
        "outreach",
        "Warehouse Associate shifts this weekend near Gulfton. Book a shift in the app.",
    ),
    (
        "Wonolo <jobs@wonolo.com>",
        "Rosa, 5 new jobs available",
        "outreach",
        "Event staff, general labor and warehouse jobs near you. Accept a job in the app.",
    ),
    (
        "Remitly <no-reply@remitly.com>",
        "Tu envío ha sido entregado",
        "not about an application",
        "Tu envío de $200 a Guatemala ha sido entregado.",
    ),
    (
        "ViX <hola@vix.com>",
        "Nuevas telenovelas esta semana",
        "newsletter",
        "Mira los estrenos de la semana gratis. Cancelar suscripción",
    ),
    (
        "Parroquia San José <boletin@sanjosehouston.org>",
        "Boletín parroquial",
        "newsletter",
        "Misa en español los domingos a las 11. Kermés el 20 de julio.",
    ),
    (
        "Snagajob <alerts@snagajob.com>",
        "New jobs near you",
        "alert",
        "Warehouse Worker - Houston. Cashier - Bellaire. Apply now.",
    ),
    (
        "Indeed <alert@indeed.com>",
        "Empleos nuevos: Almacén en Houston, TX",
        "alert",
        "Asociado de Almacén - Houston. Empacador - Pasadena. Ver todos los empleos.",
    ),
    (
        "Carmen Méndez <carmen.mendez.88@gmail.com>",
        "domingo",
        "personal",
        "¿Vienes el domingo a comer? Mamá va a hacer tamales.",
    ),
]


def messages():
    """``[(message, truth)]``: the positives, then the negatives."""
    from mail_score import takeout_corpus

    return takeout_corpus(
        sorted(_POSITIVES, key=lambda p: p[2]),
        _NEGATIVES,
        owner=ROSA,
        own_to=_OWN_TO,
        offset="-0500",
        clock="18:20:00",
        neg_start="2025-07-06",
        neg_step=2,
        neg_clock="11:00:00",
        tag="hundredeightyfive",
    )


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
