"""A sixth mailbox, written as a held-out check after the rules were fixed on the fourth and fifth (issue #24).

Jonas exports Gmail with Takeout (labels, thread ids) and searches in English and German from Berlin: mail from
Greenhouse, Lever, Workday, Personio, SmartRecruiters and Join.com, LinkedIn InMail from recruiters, a founder's
personal mail, replies in threads, and everyday mail.  Its score before any rule was changed for it is in the
issue note; ``messages()`` returns ``[(message, truth)]`` as the other corpora do.
"""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from offerkit._io.mailbox import company_key

JONAS = "jonas.weber.berlin@gmail.com"
_IDS = iter(range(1, 10_000))


def _mail(sender, subject, body, date, *, thread, labels="Inbox,Category Updates", to=JONAS, html=False):
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = f"<{next(_IDS)}.six@mail6.example>"
    m["X-GM-THRID"] = thread
    m["X-Gmail-Labels"] = labels
    if html:
        m.set_content(f"<div dir='ltr'><p>{body}</p></div>", subtype="html")
    else:
        m.set_content(body)
    return m


def messages():
    M = []

    def add(truth, *args, **kws):
        if truth[0] != "skip":
            truth = (company_key(truth[0]), *truth[1:])
        M.append((_mail(*args, **kws), truth))

    add(
        ("Nordwind Mobility", "applied", "2024-10-01"),
        "Nordwind Mobility <no-reply@us.greenhouse-mail.io>",
        "Nordwind Mobility - Application received",
        "Hi Jonas, thanks for your application for Senior Data "
        "Engineer at Nordwind Mobility. Our recruiting team will get back to you soon.",
        "Tue, 01 Oct 2024 10:00:00 +0200",
        thread="t1",
    )
    add(
        ("Nordwind Mobility", "screen", "2024-10-08"),
        "Lea Hoffmann <lea.hoffmann@nordwind-mobility.de>",
        "Nordwind Mobility // Senior Data Engineer",
        "Hi Jonas, thanks for applying! I'm the talent partner for "
        "this role and would like to get to know you in a 30 min call. When would suit you this week?",
        "Tue, 08 Oct 2024 11:00:00 +0200",
        thread="t1",
    )
    add(
        ("Nordwind Mobility", "interview", "2024-10-18"),
        "Lea Hoffmann <lea.hoffmann@nordwind-mobility.de>",
        "Re: Nordwind Mobility // Senior Data Engineer",
        "Hi Jonas, great news - the team would like to continue "
        "with a technical interview with two of our engineers. Please pick a slot in the link below.",
        "Fri, 18 Oct 2024 11:00:00 +0200",
        thread="t1",
    )
    add(
        ("Nordwind Mobility", "rejected", "2024-11-04"),
        "Lea Hoffmann <lea.hoffmann@nordwind-mobility.de>",
        "Re: Nordwind Mobility // Senior Data Engineer",
        "Hi Jonas, thank you for the time you invested. The team "
        "has decided to continue the process with candidates who bring more streaming experience. I'm sorry this "
        "isn't better news.",
        "Mon, 04 Nov 2024 11:00:00 +0100",
        thread="t1",
    )
    add(
        ("Kranich Bank", "applied", "2024-10-02"),
        "Kranich Bank <kranichbank@myworkday.com>",
        "Thank you for applying",
        "Dear Jonas Weber, thank you for your interest in Kranich Bank. We have "
        "successfully received your application for Data Engineer (Req R-2231).",
        "Wed, 02 Oct 2024 09:00:00 +0200",
        thread="t2",
    )
    add(
        ("Kranich Bank", "rejected", "2024-10-23"),
        "Kranich Bank <kranichbank@myworkday.com>",
        "Your application for Data Engineer",
        "Dear Jonas Weber, thank you for applying. We have carefully reviewed "
        "your application and regret that we are unable to invite you to the next stage.",
        "Wed, 23 Oct 2024 09:00:00 +0200",
        thread="t2",
    )
    add(
        ("Feldmark GmbH", "applied", "2024-10-03"),
        "Feldmark GmbH <noreply@feldmark.jobs.personio.de>",
        "Bestätigung Ihrer Bewerbung",
        "Hallo Jonas, wir haben Ihre Bewerbung als Analytics Engineer erhalten und "
        "melden uns schnellstmöglich bei Ihnen.",
        "Thu, 03 Oct 2024 14:00:00 +0200",
        thread="t3",
    )
    add(
        ("Feldmark GmbH", "interview", "2024-10-14"),
        "Feldmark GmbH <noreply@feldmark.jobs.personio.de>",
        "Einladung zum Interview",
        "Hallo Jonas, wir möchten Sie gerne besser kennenlernen und laden Sie zu einem "
        "Video-Interview ein. Bitte wählen Sie einen Termin aus.",
        "Mon, 14 Oct 2024 14:00:00 +0200",
        thread="t3",
    )
    add(
        ("Feldmark GmbH", "offer", "2024-11-06"),
        "Tobias Feld <tobias@feldmark.de>",
        "Unser Angebot",
        "Hallo Jonas, wir freuen uns sehr, Ihnen ein Angebot für die Position Analytics Engineer machen zu können. "
        "Den Vertragsentwurf finden Sie im Anhang.",
        "Wed, 06 Nov 2024 16:00:00 +0100",
        thread="t3",
    )
    add(
        ("Polarlicht Software", "applied", "2024-10-04"),
        "JOIN <no-reply@join.com>",
        "Your application to Polarlicht Software",
        "Hi Jonas, your application for the position Data Engineer at Polarlicht Software has been sent successfully.",
        "Fri, 04 Oct 2024 08:00:00 +0200",
        thread="t4",
    )
    add(
        ("Polarlicht Software", "rejected", "2024-10-11"),
        "Polarlicht Software <jobs@polarlicht.io>",
        "Ihre Bewerbung bei Polarlicht Software",
        "Hallo Jonas, vielen Dank für Ihr Interesse. Nach Prüfung Ihrer "
        "Unterlagen haben wir uns entschieden, Ihre Bewerbung nicht weiter zu verfolgen.",
        "Fri, 11 Oct 2024 08:00:00 +0200",
        thread="t5",
    )
    add(
        ("Sternwarte Labs", "applied", "2024-10-07"),
        "Sternwarte Labs <no-reply@hire.lever.co>",
        "Thanks for applying to Sternwarte Labs",
        "Jonas, we appreciate your interest in Sternwarte Labs and your application for ML Engineer.",
        "Mon, 07 Oct 2024 18:00:00 +0000",
        thread="t6",
    )
    add(
        ("Sternwarte Labs", "reply", "2024-10-21"),
        "Sternwarte Labs <no-reply@hire.lever.co>",
        "Update on your application",
        "Jonas, we wanted to give you a quick update: we received a high number of "
        "applications and are still reviewing them. We'll be in touch in the coming weeks.",
        "Mon, 21 Oct 2024 18:00:00 +0000",
        thread="t6",
    )
    add(
        ("Sternwarte Labs", "rejected", "2024-11-12"),
        "Sternwarte Labs <no-reply@hire.lever.co>",
        "Sternwarte Labs - ML Engineer",
        "Jonas, thank you for your patience. Unfortunately we have decided to move "
        "on with other candidates for the ML Engineer role.",
        "Tue, 12 Nov 2024 18:00:00 +0000",
        thread="t6",
    )
    add(
        ("Taubenschlag", "applied", "2024-10-09"),
        "Taubenschlag <noreply@smartrecruiters.com>",
        "Taubenschlag: application confirmation",
        "Dear Jonas, we confirm receipt of your application for Data Platform Engineer at Taubenschlag.",
        "Wed, 09 Oct 2024 12:00:00 +0200",
        thread="t7",
        html=True,
    )
    add(
        ("Taubenschlag", "onsite", "2024-10-30"),
        "Maren Vogt <maren.vogt@taubenschlag.com>",
        "Final round at our Berlin office",
        "Hi Jonas, you made it to our final round! We'd like to invite you to "
        "our office in Kreuzberg for a half-day of conversations with the team.",
        "Wed, 30 Oct 2024 12:00:00 +0100",
        thread="t8",
    )
    add(
        ("Quellwerk", "interview", "2024-10-15"),
        "Ben Adler <ben@quellwerk.ai>",
        "Quellwerk <> Jonas",
        "Hey Jonas, saw your application on our careers page - you look like a great fit. Would you be up for a "
        "first conversation with me and our CTO next week?",
        "Tue, 15 Oct 2024 20:00:00 +0200",
        thread="t9",
    )
    add(
        ("Quellwerk", "rejected", "2024-10-29"),
        "Ben Adler <ben@quellwerk.ai>",
        "Re: Quellwerk <> Jonas",
        "Hey Jonas, thanks again for the chat. We've decided to hold off on this hire for now, so we won't be "
        "proceeding. Sorry for the news!",
        "Tue, 29 Oct 2024 20:00:00 +0100",
        thread="t9",
    )
    add(
        ("Quellwerk", "thank_you", "2024-10-22"),
        f"Jonas Weber <{JONAS}>",
        "Re: Quellwerk <> Jonas",
        "Hi Ben, thank you for taking the time to chat today - I really enjoyed hearing about Quellwerk.",
        "Tue, 22 Oct 2024 19:00:00 +0200",
        thread="t9",
        labels="Sent",
        to="Ben Adler <ben@quellwerk.ai>",
    )
    add(
        ("Kranich Bank", "follow_up", "2024-10-16"),
        f"Jonas Weber <{JONAS}>",
        "Data Engineer application - follow-up",
        "Hello, I applied for the Data Engineer role on October 2 and "
        "wanted to follow up on the status of my application.",
        "Wed, 16 Oct 2024 09:00:00 +0200",
        thread="t2",
        labels="Sent",
        to="careers@kranichbank.de",
    )
    add(
        ("Ostsee Energie", "applied", "2024-10-10"),
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Jonas, your application was sent to Ostsee Energie",
        "Your application was sent to Ostsee Energie\nData Analyst\nOstsee Energie · Hamburg, Germany (Hybrid)",
        "Thu, 10 Oct 2024 10:00:00 +0200",
        thread="t10",
    )
    add(
        ("Ostsee Energie", "screen", "2024-10-17"),
        "Nina Brandt via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Your application at Ostsee Energie",
        "Hi Jonas, thank you for applying to Ostsee Energie. I'd like to "
        "schedule a short phone call to discuss your application. Are you free on Friday?",
        "Thu, 17 Oct 2024 10:00:00 +0200",
        thread="t11",
    )
    negatives = [
        (
            "StepStone <jobagent@stepstone.de>",
            "15 neue Jobs für 'Data Engineer' in Berlin",
            "job alert",
            "Ihr Job-Agent hat neue Stellenangebote gefunden: Data Engineer bei Nordwind Mobility und 14 weitere.",
        ),
        (
            "LinkedIn <jobs-listings@linkedin.com>",
            "Jonas, new jobs similar to Senior Data Engineer",
            "job alert",
            "Jobs you may be interested in: Data Engineer at Kranich Bank, ML Engineer at Sternwarte Labs.",
        ),
        (
            "Tom Richter via LinkedIn <inmail-hit-reply@linkedin.com>",
            "Exciting Data Engineering role in Munich",
            "cold outreach",
            "Hi Jonas, I'm a recruiter with Alpine Talent. I have a client in Munich looking for a "
            "senior data engineer. Would you be open to a quick chat?",
        ),
        (
            "XING <mailrobot@xing.com>",
            "Jonas, Ihr Profil wurde 12 Mal besucht",
            "profile view",
            "Diese Woche haben sich 12 Personen Ihr Profil angesehen, darunter Recruiter von Kranich Bank.",
        ),
        (
            "N26 <no-reply@n26.com>",
            "Dein Kontoauszug für Oktober",
            "not a job",
            "Dein Kontoauszug für Oktober ist jetzt in der App verfügbar.",
        ),
        (
            "Deutsche Bahn <buchungsbestaetigung@bahn.de>",
            "Ihre Buchungsbestätigung",
            "not a job",
            "Vielen Dank für Ihre Buchung. Ihr Ticket für die Fahrt nach Hamburg am 28.10. finden Sie im Anhang.",
        ),
        (
            "Glassdoor <noreply@glassdoor.com>",
            "Salaries at companies you follow",
            "newsletter",
            "See what Data Engineers earn at Nordwind Mobility and Kranich Bank. Unsubscribe from these emails.",
        ),
        (
            "Data Council <news@datacouncil.ai>",
            "Call for speakers: interview with our keynote",
            "newsletter",
            "Read our interview with this year's keynote speaker and submit your talk. Unsubscribe.",
        ),
        (
            "Kranich Bank <kranichbank@myworkday.com>",
            "Kranich Bank job alert: new Data roles",
            "job alert",
            "New jobs matching your saved search: Data Engineer (Frankfurt), Data Analyst (Berlin).",
        ),
        (
            "Anna Weber <anna.weber.home@gmail.com>",
            "Sonntag?",
            "personal",
            "Hi Jonas, kommst du Sonntag zum Essen? Erzähl mal wie das Vorstellungsgespräch war!",
        ),
        (
            "Vodafone <info@vodafone.de>",
            "Ihr exklusives Angebot",
            "shop",
            "Nur für kurze Zeit: unser Angebot für Sie - 50 GB für 20 Euro.",
        ),
        (
            "GitHub <noreply@github.com>",
            "[GitHub] Please verify your device",
            "not a job",
            "A sign in attempt requires further verification.",
        ),
        (
            "Lever <no-reply@hire.lever.co>",
            "Sternwarte Labs shared new job openings with you",
            "job alert",
            "Sternwarte Labs thought you might be interested in these new openings: Data Scientist, ML Ops Engineer.",
        ),
        (
            "Indeed <no-reply@indeed.com>",
            "Jonas, an employer viewed your application",
            "application viewed",
            "Ostsee Energie viewed your application for Data Analyst.",
        ),
        (
            "Meetup <info@email.meetup.com>",
            "Berlin Data Meetup: offer of free tickets",
            "newsletter",
            "We have an offer for our members: free tickets to the Data Summit. RSVP by Friday.",
        ),
        (
            "Recruiting Partner <hello@talentpool-berlin.de>",
            "Kandidatenprofil gesucht",
            "cold outreach",
            "Hallo Jonas, wir sind eine Personalberatung und suchen für einen Kunden einen Data Engineer. Haben Sie "
            "Interesse an einem kurzen Austausch?",
        ),
    ]
    for i, (sender, subject, kind, body) in enumerate(negatives):
        add(
            ("skip", kind, None),
            sender,
            subject,
            body,
            f"Sat, {2 + i:02d} Nov 2024 07:00:00 +0100",
            thread=f"n{i}",
            labels="Inbox,Category Promotions" if kind in ("shop", "newsletter") else "Inbox",
        )
    return M


def build(folder, msgs=None) -> Path:
    """Write the mailbox as Takeout writes it (one mbox) into ``folder``; return its path."""
    from mail_score import write_mbox

    return write_mbox(Path(folder) / "All mail Including Spam and Trash.mbox", msgs if msgs is not None else messages())
