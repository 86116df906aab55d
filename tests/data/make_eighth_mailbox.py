"""An eighth mailbox, written as a held-out check after the rules were fixed on the seventh (issue #24).

Diego searches from Austin in English and Spanish and exports Gmail with Takeout (labels, thread ids, his sent
mail under "Sent"): large-employer tracking systems (Workday, iCIMS, Eightfold, Phenom, Oracle Cloud, SAP
SuccessFactors), a conversational scheduling assistant, one-way video interviews, Lever and Gem mail written by
recruiters, offers sent as "please review", Mexican employers writing in Spanish, and everyday mail whose words
look like an application's (a loan, a graduate school, a rental, a book "interview").  Its score before any rule
was changed for it is in the issue note; ``messages()`` returns ``[(message, truth)]``.
"""

from __future__ import annotations

import datetime
from email.message import EmailMessage
from pathlib import Path

from offerkit._io.mailbox import company_key

DIEGO = "diego.ramirez.atx@gmail.com"
_IDS = iter(range(1, 10_000))


def _mail(sender, subject, body, when, *, thread, labels, to=DIEGO, html=False):
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = when
    m["Message-ID"] = f"<{next(_IDS)}.eight@mail.gmail.example>"
    m["X-GM-THRID"] = thread
    m["X-Gmail-Labels"] = labels
    if html:
        m.set_content(
            f"<html><body><div style='font-family:Arial'><p>{body}</p><p style='color:#999'>This message was sent "
            "by an automated system.</p></div></body></html>",
            subtype="html",
        )
    else:
        m.set_content(body)
    return m


# (company, event, day, sender, subject, body, thread, html)
_POSITIVES = [
    (
        "Lone Star Energy",
        "applied",
        "2025-09-02",
        "Lone Star Energy <lonestarenergy@myworkday.com>",
        "Thank you for applying to Lone Star Energy",
        "Hi Diego, Thank you for your interest in a career at Lone Star "
        "Energy! We have received your application for Data Analyst III and our talent team will carefully review "
        "your qualifications.",
        "a1",
        True,
    ),
    (
        "Lone Star Energy",
        "rejected",
        "2025-09-30",
        "Lone Star Energy <lonestarenergy@myworkday.com>",
        "Your Lone Star Energy Application",
        "Hi Diego, Thank you for your interest in Data Analyst III. While your "
        "background is impressive, we have decided to move in a different direction for this position. We "
        "encourage you to apply to future openings that match your skills.",
        "a1",
        True,
    ),
    (
        "Bluebonnet Health",
        "applied",
        "2025-09-03",
        "Bluebonnet Health Careers <careers-noreply@icims.com>",
        "Bluebonnet Health - Application Received",
        "Diego, Your application for the position of Healthcare Data "
        "Analyst (Req 2025-4471) has been successfully submitted.",
        "a2",
        False,
    ),
    (
        "Bluebonnet Health",
        "interview",
        "2025-09-15",
        "Olivia at Bluebonnet Health <olivia@paradox.ai>",
        "Let's schedule your interview with Bluebonnet Health",
        "Hi Diego, it's Olivia, the recruiting assistant "
        "for Bluebonnet Health. The hiring manager reviewed your application and wants to meet! Reply with a number "
        "to pick an interview time: 1) Tue 9/23 10am 2) Wed 9/24 2pm.",
        "a2",
        False,
    ),
    (
        "Bluebonnet Health",
        "offer",
        "2025-10-06",
        "Rachel Kim <rachel.kim@bluebonnethealth.org>",
        "Bluebonnet Health - Offer for Healthcare Data Analyst",
        "Hi Diego, Congratulations! On behalf of Bluebonnet "
        "Health, I am happy to present you with a contingent offer for the Healthcare Data Analyst role. Please "
        "review the attached letter and let me know if you have questions.",
        "a2b",
        False,
    ),
    (
        "Pecan Logistics",
        "applied",
        "2025-09-04",
        "Pecan Logistics Talent Team <noreply@eightfold.ai>",
        "Your application at Pecan Logistics",
        "Hello Diego, thanks for applying for Supply Chain Analyst at Pecan "
        "Logistics. You can check the status of your application anytime in your candidate portal.",
        "a3",
        True,
    ),
    (
        "Pecan Logistics",
        "interview",
        "2025-09-12",
        "Pecan Logistics <no-reply@hirevue.com>",
        "Pecan Logistics: Complete your on-demand video interview",
        "Hello Diego, Pecan Logistics has invited you to "
        "complete an on-demand video interview for Supply Chain Analyst. Please complete it within 5 days.",
        "a3",
        True,
    ),
    (
        "Pecan Logistics",
        "rejected",
        "2025-09-29",
        "Pecan Logistics Talent Team <noreply@eightfold.ai>",
        "Pecan Logistics application update",
        "Hello Diego, thank you for completing the video interview. We have "
        "reviewed all the candidates and your application will not be moving on in the process.",
        "a3",
        True,
    ),
    (
        "Armadillo Software",
        "applied",
        "2025-09-05",
        "Armadillo Software <no-reply@hire.lever.co>",
        "Armadillo Software - thanks for applying!",
        "Hi Diego, Thanks for your interest in Armadillo Software. We "
        "just wanted to let you know we received your application for Analytics Engineer, and we are delighted that "
        "you would consider joining our team.",
        "a4",
        False,
    ),
    (
        "Armadillo Software",
        "screen",
        "2025-09-09",
        "Kelsey Morgan <kelsey@armadillo.dev>",
        "Armadillo x Diego",
        "Hey Diego! Kelsey here from the Armadillo recruiting team. I'd love to hop on a call "
        "to share more about the team and hear what you're looking for. Grab any time on my calendar that works.",
        "a4b",
        False,
    ),
    (
        "Armadillo Software",
        "interview",
        "2025-09-18",
        "Kelsey Morgan <kelsey@armadillo.dev>",
        "Re: Armadillo x Diego",
        "Hey Diego, great chatting! Next up is a 60 minute technical conversation with Sam, "
        "one of our analytics engineers. It's a SQL and modeling discussion, no leetcode.",
        "a4b",
        False,
    ),
    (
        "Armadillo Software",
        "onsite",
        "2025-10-01",
        "Kelsey Morgan <kelsey@armadillo.dev>",
        "Re: Armadillo x Diego",
        "Hi Diego, the team loved talking with you. We'd like to bring you in for the final "
        "stage: four back-to-back conversations at our Austin office on October 9.",
        "a4b",
        False,
    ),
    (
        "Armadillo Software",
        "rejected",
        "2025-10-14",
        "Kelsey Morgan <kelsey@armadillo.dev>",
        "Re: Armadillo x Diego",
        "Hi Diego, I really appreciate all the time you put in. I'm sorry to share that "
        "the team decided to extend the offer to another finalist. It was a close call and I'd love to stay in "
        "touch for future roles.",
        "a4b",
        False,
    ),
    (
        "Cenote Analytics",
        "applied",
        "2025-09-08",
        "Cenote Analytics <empleos@cenoteanalytics.mx>",
        "Recibimos tu postulación",
        "Hola Diego, gracias por postularte a la vacante de Analista de Datos Sr. en "
        "Cenote Analytics. Nuestro equipo revisará tu perfil y te contactará en caso de avanzar.",
        "a5",
        False,
    ),
    (
        "Cenote Analytics",
        "interview",
        "2025-09-17",
        "Mariana López <mariana.lopez@cenoteanalytics.mx>",
        "Entrevista - Analista de Datos Sr.",
        "Hola Diego, nos gustaría platicar contigo sobre la vacante. ¿Tienes "
        "disponibilidad el jueves a las 11:00 (hora CDMX) para una videollamada con el líder del equipo?",
        "a5b",
        False,
    ),
    (
        "Cenote Analytics",
        "rejected",
        "2025-10-02",
        "Mariana López <mariana.lopez@cenoteanalytics.mx>",
        "Re: Entrevista - Analista de Datos Sr.",
        "Hola Diego, muchas gracias por tu tiempo y por tu interés. En "
        "esta ocasión decidimos avanzar con otro perfil que se ajusta más a lo que buscamos. Te deseamos mucho "
        "éxito.",
        "a5b",
        False,
    ),
    (
        "Prairie Mutual",
        "applied",
        "2025-09-10",
        "Prairie Mutual <prairiemutual@successfactors.com>",
        "Application Confirmation - Business Intelligence Analyst",
        "Dear Diego Ramirez, This email confirms that we "
        "have received your application for Business Intelligence Analyst (Requisition 88123) at Prairie Mutual.",
        "a6",
        False,
    ),
    (
        "Prairie Mutual",
        "rejected",
        "2025-10-20",
        "Prairie Mutual <prairiemutual@successfactors.com>",
        "Prairie Mutual - Business Intelligence Analyst",
        "Dear Diego Ramirez, We appreciate your interest in Prairie "
        "Mutual. The requisition you applied for has been cancelled and is no longer accepting candidates. We "
        "invite you to review our other openings.",
        "a6",
        False,
    ),
    (
        "Quarry Labs",
        "applied",
        "2025-09-11",
        "Quarry Labs <notifications@ashbyhq.com>",
        "Application received: Quarry Labs",
        "Hi Diego — we got it! Your application for Data Scientist, Pricing at Quarry Labs is in front of our team.",
        "a7",
        True,
    ),
    (
        "Quarry Labs",
        "interview",
        "2025-09-24",
        "Nadia Brooks <nadia@quarrylabs.com>",
        "Quarry Labs: hiring manager conversation",
        "Hi Diego, thanks for your patience! Our Head of Data, Leo, would "
        "like to find 30 minutes with you this week. Could you send over a few windows that work?",
        "a7b",
        False,
    ),
    (
        "Quarry Labs",
        "offer",
        "2025-10-17",
        "Nadia Brooks <nadia@quarrylabs.com>",
        "Your Quarry Labs offer",
        "Hi Diego, it's official — we're so excited to offer you the Data Scientist, "
        "Pricing role! Your offer packet is in your inbox via our e-sign partner; it expires in five days.",
        "a7b",
        False,
    ),
    (
        "Mesquite Bank",
        "applied",
        "2025-09-12",
        "Mesquite Bank <mesquitebank@oraclecloud.com>",
        "Mesquite Bank: We received your job application",
        "Diego, Thanks for submitting your job application for Risk Data Analyst. We're reviewing your qualifications.",
        "a8",
        False,
    ),
    (
        "Mesquite Bank",
        "rejected",
        "2025-09-26",
        "Mesquite Bank <mesquitebank@oraclecloud.com>",
        "Mesquite Bank: Update on your job application",
        "Diego, Thank you for taking the time to apply for Risk "
        "Data Analyst. We have decided to focus on candidates whose experience more directly matches our current "
        "requirements.",
        "a8",
        False,
    ),
    (
        "Sol y Sombra",
        "applied",
        "2025-09-15",
        "OCC Mundial <notificaciones@occ.com.mx>",
        "Tu postulación fue enviada a Sol y Sombra",
        "Hola Diego, tu postulación a la vacante Analista BI en Sol y "
        "Sombra fue enviada con éxito. Te avisaremos cuando la empresa vea tu CV.",
        "a9",
        True,
    ),
    (
        "Sol y Sombra",
        "rejected",
        "2025-10-08",
        "Sol y Sombra RH <rh@solysombra.com.mx>",
        "Proceso Analista BI",
        "Hola Diego, agradecemos tu participación en nuestro proceso. Por el momento tu perfil "
        "no fue seleccionado para continuar. Conservaremos tus datos para futuras vacantes.",
        "a9b",
        False,
    ),
    (
        "Longhorn Robotics",
        "applied",
        "2025-09-16",
        "Longhorn Robotics Careers <careers@phenompeople.com>",
        "Thanks for applying to Longhorn Robotics",
        "Hi Diego, Thanks for applying to the ML Data Analyst role at "
        "Longhorn Robotics. We'll be in touch if there's a match.",
        "a10",
        True,
    ),
    (
        "Longhorn Robotics",
        "screen",
        "2025-09-25",
        "Tyler Nguyen <tnguyen@longhornrobotics.com>",
        "ML Data Analyst - Longhorn Robotics",
        "Hi Diego, I'm a technical recruiter at Longhorn Robotics. Your "
        "resume stood out for our ML Data Analyst opening. Are you free for a 15 min phone screen on Friday?",
        "a10b",
        False,
    ),
    (
        "Longhorn Robotics",
        "withdrew",
        "2025-10-18",
        f"Diego Ramirez <{DIEGO}>",
        "Re: ML Data Analyst - Longhorn Robotics",
        "Hi Tyler, thanks again for considering me. I've accepted an offer "
        "elsewhere, so please remove me from consideration for the ML Data Analyst role. Best, Diego",
        "a10b",
        False,
    ),
    (
        "Juniper Civic",
        "applied",
        "2025-09-17",
        f"Diego Ramirez <{DIEGO}>",
        "Application: Data Analyst (Posting #2291)",
        "Dear Hiring Committee, I am submitting my application for the "
        "Data Analyst position (Posting #2291). My resume and cover letter are attached. Sincerely, Diego Ramirez",
        "a11",
        False,
    ),
    (
        "Juniper Civic",
        "onsite",
        "2025-10-03",
        "Juniper Civic HR <hr@junipercivic.org>",
        "RE: Application: Data Analyst (Posting #2291)",
        "Dear Mr. Ramirez, The selection committee has reviewed "
        "your materials and would like to invite you to a panel interview on October 10 at 9:00 a.m.",
        "a11",
        False,
    ),
    (
        "Juniper Civic",
        "thank_you",
        "2025-10-10",
        f"Diego Ramirez <{DIEGO}>",
        "Thank you - Data Analyst panel",
        "Dear committee members, thank you for the opportunity to interview this "
        "morning. I enjoyed learning about the open data program. Sincerely, Diego",
        "a11t",
        False,
    ),
    (
        "Juniper Civic",
        "follow_up",
        "2025-10-27",
        f"Diego Ramirez <{DIEGO}>",
        "Data Analyst (Posting #2291) - checking on status",
        "Dear Ms. Ortiz, I hope you are well. I wanted to ask "
        "about the timeline for a decision on the Data Analyst position. Thank you, Diego Ramirez",
        "a11f",
        False,
    ),
    (
        "Mockingbird Media",
        "applied",
        "2025-09-18",
        "Mockingbird Media <no-reply@greenhouse.io>",
        "Thank you for your application to Mockingbird Media",
        "Hi Diego, Thanks for applying to Mockingbird Media. "
        "Your application has been received and we will review it right away.",
        "a12",
        False,
    ),
    (
        "Mockingbird Media",
        "rejected",
        "2025-09-22",
        "Mockingbird Media <no-reply@greenhouse.io>",
        "Following up on your Mockingbird Media application",
        "Hi Diego, Thanks again for your interest in "
        "Mockingbird Media. Our team has reviewed your application and we won't be moving forward with it at this "
        "time.",
        "a12",
        False,
    ),
    (
        "Roadrunner Freight",
        "applied",
        "2025-09-19",
        "Indeed <indeedapply@indeed.com>",
        "Indeed Application: Logistics Data Analyst",
        "Your application has been submitted. Logistics Data Analyst. "
        "Roadrunner Freight - San Antonio, TX. Good luck with your application!",
        "a13",
        True,
    ),
    (
        "Roadrunner Freight",
        "screen",
        "2025-09-30",
        "Roadrunner Freight <jobs@roadrunnerfreight.com>",
        "Phone interview request - Logistics Data Analyst",
        "Diego, We received your application through Indeed and "
        "would like to set up a brief phone interview. Please call Sandra at 210-555-0142 to schedule.",
        "a13b",
        False,
    ),
]

_NEGATIVES = [
    (
        "LinkedIn <jobs-listings@linkedin.com>",
        "Data Analyst at Armadillo Software and 24 more",
        "job alert",
        "Jobs similar to what you've viewed. Data Analyst - Armadillo Software - Austin, TX. Be an early applicant.",
    ),
    (
        "Computrabajo <alertas@computrabajo.com>",
        "Nuevas vacantes de Analista de Datos",
        "job alert",
        "Hay 8 vacantes nuevas que coinciden con tu búsqueda en Ciudad de México.",
    ),
    (
        "ZipRecruiter <alerts@ziprecruiter.com>",
        "Diego, new Analyst jobs near Austin",
        "job alert",
        "Apply with one click: 15 new Analyst jobs near Austin, TX. Unsubscribe.",
    ),
    (
        "LinkedIn <notifications-noreply@linkedin.com>",
        "You appeared in 14 searches this week",
        "application viewed",
        "Diego, you appeared in 14 searches this week. See who's looking at your profile.",
    ),
    (
        "Jordan Ellis <jordan@apexsearchpartners.com>",
        "Analytics role - 100% remote",
        "cold outreach",
        "Hi Diego, I found your profile on LinkedIn and think you'd be a strong fit for a Senior Analytics role with "
        "one of my clients, a fast-growing fintech. Do you have time for a call this week?",
    ),
    (
        "Toptal <talent@toptal.com>",
        "Join the Toptal network",
        "cold outreach",
        "Hi Diego, top companies hire data analysts through Toptal. Apply to join our network today.",
    ),
    (
        "Capital Credit Union <alerts@capitalcu.org>",
        "Your auto loan application is approved",
        "not a job application",
        "Good news, Diego! Your auto loan application has been approved. Review your offer and sign the documents.",
    ),
    (
        "UT Austin Graduate School <gradadmissions@utexas.edu>",
        "Your application is complete",
        "not a job application",
        "Dear Diego, Your application to the MS in Data Science program is complete and "
        "will be reviewed by the admissions committee.",
    ),
    (
        "Zillow Rentals <rentals@zillow.com>",
        "Your application to 1200 E 6th St",
        "not a job application",
        "Your rental application to 1200 E 6th St was sent to the landlord. They will contact you directly.",
    ),
    (
        "BookPeople <events@bookpeople.com>",
        "Author interview tonight!",
        "not about an application",
        "Join us tonight for an interview with the author of The Data Detective. Free event, RSVP required.",
    ),
    (
        "Best Buy <bestbuy@emailinfo.bestbuy.com>",
        "Your exclusive offer is waiting",
        "shop",
        "Diego, you've been selected for an exclusive offer: $50 off laptops. Unfortunately this deal ends Sunday.",
    ),
    (
        "Coursera <no-reply@coursera.org>",
        "Prepare for your next job interview",
        "newsletter",
        "Learn how to answer behavioral interview questions with our new course. Unsubscribe.",
    ),
    (
        "Handshake <no-reply@joinhandshake.com>",
        "Virtual career fair: Texas Tech Employers",
        "newsletter",
        "Register for the virtual career fair on October 15. 40 employers are hiring. Unsubscribe.",
    ),
    (
        "Mom <rosa.ramirez@yahoo.com>",
        "Tamales",
        "not about an application",
        "Mijo, we're making tamales on Sunday. Good luck with your interviews this week, te queremos.",
    ),
    (
        "Glassdoor <noreply@glassdoor.com>",
        "Salaries at Bluebonnet Health",
        "newsletter",
        "See what Data Analysts earn at Bluebonnet Health and read 120 reviews. Unsubscribe.",
    ),
    (
        "Indeed <donotreply@indeed.com>",
        "Your application was viewed by Roadrunner Freight",
        "application viewed",
        "Roadrunner Freight viewed your application for Logistics Data Analyst.",
    ),
    (
        "Austin Energy <billing@austinenergy.com>",
        "Your bill is ready",
        "not about an application",
        "Your October bill of $84.12 is ready. Pay online by November 2.",
    ),
    (
        "Hinge <hello@hinge.co>",
        "You have a new match",
        "not about an application",
        "Someone liked your profile. Open Hinge to see who.",
    ),
    (
        "Bluebonnet Health <news@bluebonnethealth.org>",
        "Bluebonnet Health Community Newsletter",
        "newsletter",
        "Flu shots, new clinics, and we're hiring nurses and analysts across Central Texas. Unsubscribe.",
    ),
    (
        "DocuSign <dse@docusign.net>",
        "Please DocuSign: Lease Renewal 2026",
        "not a job application",
        "Alamo Property Management sent you a document to review and sign: Lease Renewal 2026.",
    ),
    (
        "Lever <no-reply@hire.lever.co>",
        "Complete your application to Quarry Labs",
        "not about an application",
        "You started an application for Data Engineer at Quarry Labs but didn't submit it. Finish it now.",
    ),
    (
        "Gem <notifications@gem.com>",
        "Kelsey shared a job with you",
        "cold outreach",
        "Kelsey from Armadillo Software thinks you'd be a fit for Senior Analytics Engineer. Interested? Reply to "
        "learn more.",
    ),
]

_MONTHS = {9: "Sep", 10: "Oct", 11: "Nov"}


def _date(day, clock="11:20:00"):
    d = datetime.date.fromisoformat(day)
    return f"{d:%a}, {d.day:02d} {_MONTHS[d.month]} {d.year} {clock} -0500"


def messages():
    """``[(message, truth)]``: the positives (his own under "Sent"), then the negatives."""
    M = []
    for company, event, day, sender, subject, body, thread, html in _POSITIVES:
        own = sender.endswith(f"<{DIEGO}>")
        labels = "Sent" if own else "Inbox,Category Updates,Important"
        to = "careers@junipercivic.org" if own and company == "Juniper Civic" else DIEGO
        if own and company == "Longhorn Robotics":
            to = "Tyler Nguyen <tnguyen@longhornrobotics.com>"
        if own and event in ("thank_you", "follow_up"):
            to = "Juniper Civic HR <hr@junipercivic.org>"
        M.append(
            (
                _mail(sender, subject, body, _date(day), thread=thread, labels=labels, to=to, html=html),
                (company_key(company), event, day),
            )
        )
    for i, (sender, subject, kind, body) in enumerate(_NEGATIVES):
        day = (datetime.date(2025, 9, 20) + datetime.timedelta(days=2 * i)).isoformat()
        labels = "Inbox,Category Promotions" if kind in ("shop", "newsletter") else "Inbox"
        M.append(
            (_mail(sender, subject, body, _date(day, "08:05:00"), thread=f"n{i}", labels=labels), ("skip", kind, None))
        )
    return M


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
