"""The mailbox as a reader (definitions §3.6, issue #24), on generated mailboxes whose truth is known."""

import sys
import zipfile
from pathlib import Path

import pandas as pd
import pytest

import offerkit
from offerkit._app.cli import main
from offerkit._io.mailbox import company_key, is_mailbox, read_mailbox

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data"))
import make_mailbox

TZ = "America/New_York"  # the person's time zone: the truth's dates are theirs


@pytest.fixture(scope="module")
def mail(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mail")
    truth = make_mailbox.build(folder)
    with zipfile.ZipFile(folder / "eml.zip", "w") as z:
        for p in sorted((folder / "eml").iterdir()):
            z.write(p, f"mail/{p.name}")
    return folder, truth


def _found(reading):
    return sorted(
        (a.split("-")[0], e, str(d.date()))
        for a, e, d in zip(reading.events["application_id"], reading.events["event"], reading.events["date"])
    )


@pytest.mark.parametrize("form", ["takeout.mbox", "plain.mbox", "eml", "eml.zip"])
def test_events_found_with_their_dates(mail, form):
    folder, truth = mail
    owner = None if form == "takeout.mbox" else make_mailbox.ME  # Takeout marks sent mail itself
    r = read_mailbox(folder / form, tz=TZ, owner=owner)
    found, want = set(_found(r)), set(truth["events"])
    precision = len(found & want) / len(found)
    recall = len(found & want) / len(want)
    assert precision >= 0.9 and recall >= 0.9, found ^ want
    apps = {a.split("-")[0] for a in r.events["application_id"]}
    assert apps == {t[0] for t in truth["events"]}


def test_alerts_newsletters_and_outreach_are_skipped_by_kind(mail):
    folder, truth = mail
    r = read_mailbox(folder / "takeout.mbox", tz=TZ)
    counts = {}
    for kind in truth["skipped"]:
        counts[kind] = counts.get(kind, 0) + 1
    assert r.skipped == counts
    assert not {"umbrella", "stark", "wayne", "dataweekly"} & {company_key(c) for c in r.events["company"]}


def test_load_reads_a_mailbox_and_times_its_answers(mail):
    folder, _ = mail
    s = offerkit.load(folder / "plain.mbox")
    assert s.report.shape == "event log" and s.report.rows_set_aside == 0
    assert any(f"read as a mailbox: {len(make_mailbox.messages())} message(s)" in n for n in s.report.notes)
    a = s.applications.set_index("company")
    assert a.loc["Hooli", "stage_reached"] == "offer" and a.loc["Acme", "outcome"] == "rejected"
    lat = offerkit.latency(offerkit.waits(s), by="stage").set_index("stage")
    assert lat.loc["applied", "responses"] >= 3  # answers dated by the mails themselves


def test_mail_command_writes_a_reviewable_csv_without_bodies(mail, tmp_path, capsys):
    folder, truth = mail
    out = tmp_path / "apps.csv"
    assert main(["mail", str(folder / "takeout.mbox"), "--out", str(out), "--tz", TZ]) == 0
    text = out.read_text()
    assert "rule" in text.splitlines()[0] and "confidence" in text.splitlines()[0] and "message_id" in text
    assert "Sehr geehrter" not in text and "calendly.com/globex" not in text  # no mail body is written
    s = offerkit.load(out)
    assert len(s.applications) == len({company for company, _e, _d in truth["events"]})  # one per employer
    assert "then: offerkit report" in capsys.readouterr().out


def test_company_names_meet():
    assert company_key("Zillow Group") == company_key("Zillow") == company_key("zillow, inc.")


def test_a_reminder_to_finish_an_application_is_no_application(tmp_path):
    from email.message import EmailMessage

    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = "Lever <no-reply@hire.lever.co>", "me@example.org", "Complete your application"
    m["Date"], m["Message-ID"] = "Mon, 06 Oct 2025 09:00:00 +0000", "<1@x>"
    m.set_content("You started an application for Data Engineer at Quarry Labs but didn't submit it.")
    (tmp_path / "a.eml").write_bytes(bytes(m))
    r = read_mailbox(tmp_path, tz="UTC")
    assert r.events.empty and r.skipped == {"unfinished application": 1}


def _eml(folder, name, sender, subject, body, day):
    from email.message import EmailMessage

    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = sender, "me@example.org", subject
    m["Date"], m["Message-ID"] = f"{day} 09:00:00 +0000", f"<{name}@x>"
    m.set_content(body)
    (folder / f"{name}.eml").write_bytes(bytes(m))


def _reply_eml(folder, i, sender, to, subject, body, date, parent=None):
    """An .eml with its own Message-ID ``<i@x>``, answering ``<parent@x>`` when given."""
    from email.message import EmailMessage

    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = sender, to, subject
    m["Date"], m["Message-ID"] = date, f"<{i}@x>"
    if parent:
        m["In-Reply-To"] = m["References"] = f"<{parent}@x>"
    m.set_content(body)
    (folder / f"{i}.eml").write_bytes(bytes(m))


def test_a_subject_names_the_step_no_phrase_reads(tmp_path):
    """An application's mail with no event phrase is read by its subject's word; a shop's "offer" is not."""
    _eml(
        tmp_path, "a", "Acme <no-reply@greenhouse.io>", "Thanks for applying to Acme", "We got it.", "Mon, 06 Oct 2025"
    )
    _eml(
        tmp_path,
        "b",
        "Acme <no-reply@greenhouse.io>",
        "Acme - Offer for Data Analyst",
        "See attached.",
        "Mon, 20 Oct 2025",
    )
    _eml(tmp_path, "c", "Acme <no-reply@greenhouse.io>", "An exclusive offer", "20% off Acme swag.", "Tue, 21 Oct 2025")
    r = read_mailbox(tmp_path, tz="UTC")
    assert list(r.events["event"]) == ["applied", "offer"], r.events
    assert "the subject's word" in r.events["rule"].iloc[1]


def test_a_reminder_is_no_second_step(tmp_path):
    """The invitation is the interview; "Reminder: your interview is tomorrow" would count a second round."""
    _eml(
        tmp_path, "a", "Acme <no-reply@greenhouse.io>", "Thanks for applying to Acme", "We got it.", "Mon, 06 Oct 2025"
    )
    inv = "We'd like to invite you to an interview on Friday."
    _eml(tmp_path, "b", "Acme <no-reply@greenhouse.io>", "Interview invitation: Acme", inv, "Mon, 13 Oct 2025")
    rem = "Your interview with Acme is tomorrow at 10:00."
    _eml(tmp_path, "c", "Acme <no-reply@greenhouse.io>", "Reminder: your interview with Acme", rem, "Thu, 16 Oct 2025")
    r = read_mailbox(tmp_path, tz="UTC")
    assert list(r.events["event"]) == ["applied", "interview"] and r.skipped == {"reminder": 1}, (r.events, r.skipped)


def test_a_relays_bare_address_is_named_by_the_mails_signature(tmp_path):
    """No display name, no subject: "The Acme Recruiting Team" or a closing "Regards, / Beta Partners" names it."""
    body_a = "We have received your application for the Analyst role.\n\nBest,\nThe Acme Robotics Recruiting Team"
    _eml(tmp_path, "a", "notifications@relay.example", "", body_a, "Mon, 06 Oct 2025")
    body_b = "Thanks for applying. Your application has been received.\n\nRegards,\nBeta Capital Partners"
    _eml(tmp_path, "b", "notifications@relay.example", "", body_b, "Tue, 07 Oct 2025")
    body_c = "While we review your application, please take a short survey about our candidate experience."
    _eml(tmp_path, "c", "notifications@relay.example", "", body_c, "Wed, 08 Oct 2025")
    r = read_mailbox(tmp_path, tz="UTC")
    assert list(r.events["company"]) == ["Acme Robotics", "Beta Capital Partners"], r.events
    assert r.skipped == {"survey": 1}, r.skipped


def test_a_shared_mailboxs_display_name_is_the_employer(tmp_path):
    """ "Camden Council" from noreply@ reads like a person's name; from a shared mailbox it is the employer's."""
    _eml(
        tmp_path,
        "a",
        "Camden Council Recruitment <noreply@ats.example.org>",
        "Application acknowledgement",
        "Thank you for your recent application for the post of Data Analyst.",
        "Wed, 01 Oct 2025",
    )
    _eml(
        tmp_path,
        "b",
        "Helen Green <helen.green@kingfisher-research.co.uk>",
        "Your application",
        "Thank you for your application; we would like to invite you in for a chat.",
        "Thu, 02 Oct 2025",
    )
    r = read_mailbox(tmp_path, tz="UTC")
    assert list(r.events["company"]) == ["Camden Council", "Kingfisher Research"], r.events


def test_not_a_mailbox(tmp_path):
    p = tmp_path / "t.csv"
    p.write_text("Company,Date Applied\nA,2025-01-01\n")
    assert not is_mailbox(p) and not is_mailbox(tmp_path / "missing.mbox")


def test_a_date_no_calendar_holds_is_read_as_no_date(tmp_path):
    """ "Fri, 31 Dec 9999 23:00:00 -1200" is in the year 10000 in Berlin: pandas raised NotImplementedError and the
    reading stopped with a traceback; the message is read, its day unknown."""
    p = tmp_path / "a.eml"
    p.write_text(
        "From: Acme Careers <jobs@greenhouse.io>\nTo: me@example.com\nSubject: Thank you for applying to Acme\n"
        "Date: Fri, 31 Dec 9999 23:00:00 -1200\nMessage-ID: <a@b>\n\nThank you for applying to Acme. We received "
        "your application.\n"
    )
    events = read_mailbox(p, tz="Europe/Berlin").events
    assert list(events["event"]) == ["applied"] and events["date"].isna().all()


#: How employers word each event, as rejection / invitation / offer templates write them (written for these rules
#: from public HR template pages: a rule that misses one of them misses a class of mail)
PHRASINGS = {
    "rejected": [
        "I've had feedback from the client: they have decided to progress candidates with more B2B SaaS experience.",
        "Your candidate status for HR Business Partner has been updated to: Not Selected for Interview.",
        "Thank you for the time you spent with us. The hiring team has decided to explore other options.",
        "The requisition has been put on hold and will not be filled at this time.",
        "we intend to reject your application",
        "We could not select you for our next round",
        "you did not make it into the next phase of our selection process",
        "we have decided to hire someone else for this role",
        "we've decided to go with someone else",
        "you are no longer being considered for this position",
        "we will not be offering you the position",
        "we will not be able to move forward with your candidacy",
        "your profile does not match our current needs",
        "we have decided to pursue other applicants",
        "after careful consideration we will not be progressing your application",
        "the hiring team has decided not to advance your application",
        "we have chosen another candidate",
        "we are not able to offer you a position at this time",
        "we won't be able to offer you an interview",
        "we are unable to progress your application further",
        "your application was not successful on this occasion",
        "we have decided not to move ahead with your application",
        "we are going to pass on your application",
        "Wir haben uns für einen anderen Kandidaten entschieden",
        "wir können Ihnen leider keine positive Rückmeldung geben",
        "Ihre Bewerbung konnte nicht berücksichtigt werden",
        "nous avons retenu un autre candidat",
        "votre candidature n'a pas été retenue",
        "nous ne pouvons pas donner une suite favorable à votre candidature",
        "hemos decidido continuar con otros candidatos",
        "no podemos avanzar con tu candidatura",
        "tu candidatura no ha sido seleccionada",
        "we have decided to move forward with a candidate whose experience better matches the role",
        "we will be moving ahead with other applicants for this position",
        "the position has been put on hold and we are closing the search",
        "we wish you the best of luck in your job search",
        "nous avons décidé de poursuivre avec un autre profil",
        "nous vous souhaitons une bonne continuation",
        "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute",
        "the team has decided to move in a different direction",
        "the requisition you applied to has been cancelled",
        "we decided to offer the role to another finalist",
        "decidimos avanzar con otro perfil",
        "we aren't able to offer you a place on the programme this year",
        "en esta ocasión hemos decidido seguir adelante con otras candidaturas",
        "lamentamos comunicarte que el puesto ya ha sido cubierto",
        "nous ne pourrons malheureusement pas donner une suite favorable à votre candidature",
        "we won't be able to move you to the interview stage",
        "we ended up hiring a candidate with more experience",
        "wir haben uns bei der Besetzung nicht für Sie entschieden",
        "nach reiflicher Überlegung haben wir uns gegen Deine Bewerbung entschieden",
        "wir haben uns für eine Mitbewerberin entschieden",
        "wir werden Deine Bewerbung nicht weiterverfolgen",
        "our panel read your CV and did not select it for further consideration",
        "nous regrettons de ne pouvoir donner une suite favorable à votre demande",
        "après examen de votre dossier, nous avons le regret de vous annoncer que votre profil ne correspond pas",
        "tras valorar tu candidatura, hemos decidido no seguir adelante con ella",
        "the role you applied for is no longer available",
        "we have decided to put this hiring on pause",
    ],
    # a wait, however sorry it sounds, is no refusal
    "reply": [
        "Shortlisting for this role has taken longer than expected. We aim to contact all applicants by 17 October.",
        # a wait for the others, however many ("other candidates" alone is a no)
        "Sorry for the slow reply! We're still talking to a couple of other candidates and hope to decide soon.",
        "We are still in conversations with several other applicants and will update you next week.",
        "Leider gibt es noch keine Entscheidung; wir melden uns nächste Woche",
        "unfortunately the team has not yet reached a decision on the role",
    ],
    "interview": [
        "The team would love to see a short design challenge: redesign our onboarding flow. Take up to a week.",
        # an interview at a time, with nothing else said of it
        "Would you be free to pop into the roastery for an interview on Monday the 15th at 10?",
        # sales hiring's rounds
        "The next round is a mock discovery call: you'll run a 20-minute discovery with one of our AEs.",
        "For the next step, I'd like you to do a role-play: a 15-minute sales pitch of our product to me.",
        # a round named by its length and who it is with
        "Great chatting with you! Next up is a 45-minute interview with Ben Carter, our Director of Analytics.",
        # a panel named as a first round is not the final one
        "We would like to invite you to a first-round panel interview with two of our analysts next week.",
        # a named test, a public employer's written exam
        "As the next step in our hiring process, please complete a 45-minute Excel skills assessment.",
        "You have been selected to write the exam for the Financial Analyst position on October 9.",
        # Mexico's "platicar" with an interviewer
        "¿Te late platicar el viernes con Ana, nuestra líder de producto, y conmigo? Una hora por Zoom.",
        "Queremos agendar una plática técnica con el equipo de desarrollo.",
        # a round with someone senior, in a plain word
        "Next, we'd like you to connect with Darnell, our VP of Operations, for about an hour on Monday.",
        "The next step is a case interview, where you walk two of our engineers through a data pipeline design.",
        # a small team's round
        "The next step would be a paired exercise with our lead analyst: about an hour, on a real dataset.",
        "Could you join us for a pair-programming session on Thursday?",
        "we would like to invite you to interview for the role",
        "we'd love to set up an interview with you",
        "can we schedule a time to talk about the position",
        "we'd like to move you forward to the next round of interviews",
        "please let me know your availability for a video call with the hiring manager",
        "the hiring manager would like to speak with you",
        "you have been selected for an interview",
        "we are pleased to invite you to an interview",
        "Gerne laden wir Sie zu einem Vorstellungsgespräch ein",
        "nous souhaitons vous rencontrer pour un entretien",
        "nos gustaría conocerte en una entrevista",
        "please select your interview times using the link below",
        "we'd like to invite you to present a case study to the team",
        "the next step is a short take-home exercise",
        "nous aimerions vous rencontrer la semaine prochaine",
        "nous vous convions à une entrevue",
        "unfortunately the hiring manager is travelling, so could you share two or three windows next week?",
        "we'd love to have you come in and meet the analytics team",
        "el siguiente paso es una prueba técnica de dos horas",
        "votre candidature a été retenue pour un entretien le 5 février",
        "you have been short listed for an interview",
        "please book an interview slot with the link below",
        "good news: your candidacy has advanced to interviews",
        "please reserve a slot for your technical interview on the page below",
        "your Technical Round 2 (system design) is scheduled for Monday at 3 PM",
        "wir laden Sie zu einem Online-Assessment ein",
    ],
    "offer": [
        "The status of your application for HR Generalist has been updated.\n\nStatus: Offer Extended",
        "Thank you for the wonderful trial project. We'd love to offer you the role of Customer Success Manager!",
        "we are pleased to offer you the position of Data Analyst",
        "I'm excited to offer you the role",
        "please find attached your offer letter",
        "we would like to extend an offer of employment",
        "congratulations, you got the job",
        "we are delighted to offer you",
        "Wir freuen uns, Ihnen die Stelle anbieten zu können",
        "nous avons le plaisir de vous proposer le poste",
        "nos complace ofrecerte el puesto",
        "we'd love for you to join the team as our next designer",
        "your offer letter is attached for review",
        "Veuillez trouver ci-joint votre lettre d'offre",
        "we're pleased to present you with a conditional offer",
        "unfortunately we cannot match your equity, but this offer expires on friday with a higher base",
        "your annual base salary will be $120,000 and your start date will be 1 march",
        "nous avons le plaisir de vous confirmer votre embauche au poste d'analyste",
        "please sign the attached background check authorization so we can finalize your offer",
    ],
    "screen": [
        "Thanks for applying to our Mid-Market AE role! I'd love to connect for 20 minutes to hear about you.",
        "I'd love to set up a quick call to learn more about you",
        "are you available for a brief phone conversation this week",
        "would you be open to a 15-minute chat with our recruiter",
        "I'd like to schedule an initial phone screen",
        "could we do a 20 minute phone interview on Monday?",
        "nous aimerions vous proposer un premier échange téléphonique ; merci de nous indiquer vos disponibilités",
        "thanks for applying! could you share a few times for a 30-minute call with our recruiter?",
        "we would like to have a quick telephonic discussion about your notice period",
    ],
    "onsite": [
        "we'd like to bring you in to meet the team",
        "the final stage is a half day at our office",
        # SPEC 3.2 names a panel among the final rounds, and a tracker's "Panel interview" is onsite
        "The selection committee would like to invite you to a panel interview on October 10 at 9:00 a.m.",
        "You have been selected to participate in a competency-based panel interview for GIS Specialist",
    ],
    # where a job is done is no round
    "": [
        "Immediate need: Java Spring Boot Developer. Location: Newark, NJ (Onsite). Kindly reply with your resume.",
        "This is an onsite role in Austin; onsite/hybrid arrangements are possible for the right person.",
    ],
    # a step that may come is no step; "unfortunately" beside another step is that step
    "applied": [
        # Latin America's preterite
        "Te confirmamos que recibimos tu solicitud para la vacante Analista de Pruebas de Software.",
        "we have received your application. if your profile matches, we will reach out to schedule an interview",
        "thanks for applying! you may be invited to complete a coding assessment later in the process",
        # German, French and Spanish conditions and outcomes named as what will come
        "Danke für Ihre Bewerbung. Falls Ihr Profil passt, laden wir Sie zu einem Gespräch ein.",
        "Sobald wir entschieden haben, erhalten Sie eine Zusage oder Absage. Vielen Dank für Ihre Bewerbung!",
        "Merci pour votre candidature. Sans réponse de notre part sous trois semaines, elle n'aura pas été retenue.",
        "Gracias por tu candidatura. Si tu perfil encaja, te llamaremos para una entrevista.",
        # receipts that never say "applying"
        "this email confirms receipt of your CV for the analyst opening",
        "thanks so much for your submission; the team reviews every profile",
        "your application has been logged and a recruiter will look at it",
        "you have successfully applied to the Backend Developer opportunity at Kestrel",
        "Ihre Bewerbungsunterlagen sind bei uns eingegangen",
        "votre candidature a bien été prise en compte",
    ],
}


@pytest.mark.parametrize("event, text", [(e, t) for e, texts in PHRASINGS.items() for t in texts])
def test_the_phrasings_employers_use(event, text):
    from offerkit._io.mailbox import EVENT_RULES, first_rule

    assert first_rule(EVENT_RULES, text.lower())[0] == event, text  # as the reader does


def _applied_at_orbit(folder):
    """An application's confirmation: the first mail of a folder (Orbit Labs, through Greenhouse)."""
    _eml(
        folder,
        "1",
        "Orbit Labs <no-reply@greenhouse.io>",
        "Thanks for applying to Orbit Labs",
        "We received your application for Analyst.",
        "Mon, 06 Oct 2025",
    )


def _orbit_answer(folder, subject, fill):
    """Orbit Labs's second mail (2.eml, Oct 20), its content set by ``fill(message)``; return the folder's reading."""
    from email.message import EmailMessage

    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = "Orbit Labs <no-reply@greenhouse.io>", "me@example.org", subject
    m["Date"], m["Message-ID"] = "Mon, 20 Oct 2025 09:00:00 +0000", "<2@x>"
    fill(m)
    (folder / "2.eml").write_bytes(bytes(m))
    return read_mailbox(folder, tz="UTC").events


def test_a_call_after_the_screen_is_an_interview_round(tmp_path):
    _applied_at_orbit(tmp_path)
    _eml(
        tmp_path,
        "2",
        "Dana Reyes <dana@orbitlabs.io>",
        "Orbit Labs phone screen",
        "Hi, this confirms your phone screen with me on Tuesday.",
        "Thu, 09 Oct 2025",
    )
    _eml(
        tmp_path,
        "3",
        "Dana Reyes <dana@orbitlabs.io>",
        "Next steps",
        "Great talking! Could we set up a 45-minute call with Priya next week?",
        "Tue, 14 Oct 2025",
    )
    events = read_mailbox(tmp_path, tz="UTC").events
    assert events["event"].tolist() == ["applied", "screen", "interview"], events


def test_a_relays_mail_naming_only_the_title_is_that_applications(tmp_path):
    """A bare relay mail that names no company but the job title of one earlier application belongs to it."""
    _eml(
        tmp_path,
        "1",
        "Figma <no-reply@hire.lever.co>",
        "Thank you for your application to Figma",
        "We received your application for Product Data Analyst.",
        "Mon, 06 Oct 2025",
    )
    _eml(
        tmp_path,
        "2",
        "Brightline <no-reply@greenhouse.io>",
        "Thanks for applying to Brightline",
        "We received your application for Senior Data Scientist.",
        "Tue, 07 Oct 2025",
    )
    _eml(
        tmp_path,
        "3",
        "no-reply@hire.lever.co",
        "Your application",
        "Thank you for your interest in the Product "
        "Data Analyst position. Unfortunately, we have decided to move forward with other candidates.",
        "Mon, 20 Oct 2025",
    )
    events = read_mailbox(tmp_path, tz="UTC").events
    assert events[["company", "event"]].values.tolist()[-1] == ["Figma", "rejected"], events


@pytest.mark.parametrize(
    "text, event",
    [
        ("Hi Dana, I'm delighted to accept the offer for the analyst role. Signed copy attached.", "accepted"),
        ("Thank you so much, but after a lot of thought I have to decline your kind offer.", "declined"),
        ("I have accepted another position and would like to withdraw my application.", "withdrew"),
        ("Merci beaucoup, j'ai le plaisir de vous confirmer que j'accepte votre offre.", "accepted"),
        ("Acabo de aceptar otra propuesta, así que prefiero no continuar en el proceso.", "withdrew"),
        ("Thank you! I signed the job offer this morning and will bring the rest on Wednesday.", "accepted"),
        ("I'm in! Thanks for walking me through everything yesterday. I'll sign the paperwork tonight.", "accepted"),
        ("Just circling back on my note from last week - still very interested if the role is open.", "follow_up"),
        ("Muchísimas gracias por la oferta. La acepto encantada; te envío firmada la propuesta.", "accepted"),
        ("Thank you very much for the informal offer. I am honored to accept it.", "accepted"),
        # a thank-you that names the time, not the meeting
        ("Please pass along my thanks to Mr. Singh and Ms. Okafor for their time this morning.", "thank_you"),
        ("Hi Tom and Sam, thank you both for this afternoon. I really enjoyed the exercise.", "thank_you"),
        ("Thanks again for today! It was great to meet the team.", "thank_you"),
        # a direct application: "wanted to send my resume directly - I'd love to be considered"
        ("I saw you're hiring and wanted to send my resume directly - I'd love to be considered.", "applied"),
    ],
)
def test_the_persons_own_answer_to_an_offer(text, event):
    from offerkit._io.mailbox import OWN_RULES, first_rule

    assert first_rule(OWN_RULES, text.lower())[0] == event


def test_a_job_sites_subject_names_the_employer_not_the_site(tmp_path):
    _eml(
        tmp_path,
        "1",
        "ZipRecruiter <phil@ziprecruiter.com>",
        "Northwind Traders wants to interview you",
        "Good news! Northwind Traders would like to set up an interview for Data Analyst.",
        "Mon, 06 Oct 2025",
    )
    events = read_mailbox(tmp_path, tz="UTC").events
    assert events[["company", "event"]].values.tolist() == [["Northwind Traders", "interview"]], events


@pytest.mark.parametrize(
    "sender, subject, body, kind",
    [
        (
            "Coach Lena <lena@careercoach.io>",
            "Mock interview confirmed",
            "Your mock interview session is confirmed for Tuesday at 5pm.",
            "interview practice",
        ),
        (
            "Priya Patel <priya@talentbridge-staffing.com>",
            "Senior Data Analyst - contract",
            "I came across your resume on Dice. My client is hiring a Senior Data Analyst; free for a quick call?",
            "cold outreach",
        ),
    ],
)
def test_practice_and_an_agencys_pitch_are_no_steps(tmp_path, sender, subject, body, kind):
    _eml(tmp_path, "1", sender, subject, body, "Mon, 06 Oct 2025")
    r = read_mailbox(tmp_path, tz="UTC")
    assert r.events.empty and r.skipped == {kind: 1}, (r.events, r.skipped)


def test_a_tracking_systems_first_mail_under_review_is_the_application(tmp_path):
    """No step phrase, but a tracking system's first mail about an employer that speaks of a review."""
    _eml(
        tmp_path,
        "1",
        "Okta Careers <no-reply@greenhouse.io>",
        "Okta - Senior Analyst",
        "Congratulations on taking the first step toward joining Okta! Our talent team is reviewing your profile.",
        "Mon, 06 Oct 2025",
    )
    _eml(
        tmp_path,
        "2",
        "MyGreenhouse <no-reply@greenhouse.io>",
        "Verify your email",
        "Please verify your email; we will then review your settings.",
        "Tue, 07 Oct 2025",
    )
    r = read_mailbox(tmp_path, tz="UTC")
    assert r.events[["company", "event"]].values.tolist() == [["Okta", "applied"]], r.events


def test_the_persons_own_name_is_no_employer(tmp_path):
    """A subject naming the person ("Offer Letter - Ananya Rao - Engineer") names no employer: the sender does."""
    _eml(
        tmp_path,
        "1",
        "Shruti Nair <shruti.nair@vayufintech.in>",
        "Offer Letter - Ananya Rao - Backend Engineer",
        "Dear Ananya, we are delighted to release your offer; the offer letter is attached.",
        "Mon, 06 Oct 2025",
    )
    for i in range(2, 5):  # the person's address is the one received mail is sent to
        _eml(tmp_path, str(i), "Naukri <info@naukri.com>", "Profile tips", "Update your resume.", "Tue, 07 Oct 2025")
    for f in tmp_path.iterdir():
        f.write_bytes(f.read_bytes().replace(b"me@example.org", b"ananya.k.rao@gmail.com"))
    events = read_mailbox(tmp_path, tz="UTC").events
    assert events[["company", "event"]].values.tolist() == [["Vayufintech", "offer"]], events


def test_the_company_cue_shortcut_equals_the_plain_search():
    """The speed trick for "... at Company" cues finds what the plain search finds, on every corpus's text."""
    import make_second_mailbox
    import make_seventeenth_mailbox
    import make_sixteenth_mailbox

    from offerkit._io.mail_names import _COMPANY_AFTER, _company_after
    from offerkit._io.mail_text import _header, _text

    texts = ["Thank you for being a part of Acme", "İstanbul: your interest in employment with Bosphorus Labs"]
    for corpus in (make_mailbox, make_second_mailbox, make_sixteenth_mailbox, make_seventeenth_mailbox):
        for m, _ in corpus.messages():
            texts += [_header(m, "Subject"), _text(m)[:3000]]
    for text in texts:
        plain, fast = _COMPANY_AFTER.search(text), _company_after(text)
        assert (plain and (plain.start(), plain.group("name"))) == (fast and (fast.start(), fast.group("name"))), text


def test_two_roles_at_one_company_stay_two_applications(tmp_path):
    """Roles named in the mail keep two applications apart; a sentence that names no title splits nothing."""
    acme = "Acme <noreply@acme.myworkday.com>"
    _eml(
        tmp_path,
        "1",
        acme,
        "Application received - Data Engineer",
        "Thank you for applying to the Data Engineer position at Acme.",
        "Mon, 06 Oct 2025",
    )
    _eml(
        tmp_path,
        "2",
        acme,
        "Application received - Analytics Engineer",
        "Thank you for applying to the Analytics Engineer position at Acme.",
        "Tue, 07 Oct 2025",
    )
    _eml(
        tmp_path,
        "3",
        acme,
        "Update on your application",
        "Thank you for your interest in the Data Engineer "
        "position. We have decided to move forward with other candidates.",
        "Mon, 20 Oct 2025",
    )
    _eml(
        tmp_path,
        "4",
        "Dana <dana@acme.com>",
        "Quick chat",
        "Could we book a 20-minute intro call with me to talk through the role?",
        "Tue, 21 Oct 2025",
    )
    ev = read_mailbox(tmp_path, tz="UTC").events
    assert ev["application_id"].tolist() == [
        "acme-data-engineer",
        "acme-analytics-engineer",
        "acme-data-engineer",
        "acme-analytics-engineer",  # no title named: the company's latest application
    ], ev


@pytest.mark.parametrize(
    "first, second, apart",
    [
        # a title to the sentence's end, as Greenhouse and Ashby write it: two roles
        (
            "We've received your application for Data Analyst.",
            "We've received your application for Analytics Engineer.",
            True,
        ),
        # one role written two ways: with the employer's name, a requisition's number, a place, its initials
        ("Thank you for applying for Graduate Analyst.", "Your application for Orbit Labs Graduate Analyst.", False),
        (
            "Your application for Senior Financial Analyst.",
            "the Senior Financial Analyst (Req 25001234) position",
            False,
        ),
        ("Your application for Front Desk Coordinator.", "the Front Desk Coordinator - Dublin, OH position", False),
        ("Your application for Program Manager II.", "Your application for PM II.", False),
    ],
)
def test_roles_keep_applications_apart_however_they_are_written(first, second, apart, tmp_path):
    """Two roles at one employer stay two applications; one role written two ways stays one (the words of one hold
    the other's).  Before, "application for Data Analyst." named no role (one application), and six of the written
    mailboxes split one role in two ("PM II" and "Program Manager II", "... (H/F)", "... - Dublin, OH")."""
    orbit = "Orbit Labs <no-reply@greenhouse.io>"
    _eml(tmp_path, "1", orbit, "Thank you for applying to Orbit Labs", first, "Mon, 06 Oct 2025")
    _eml(tmp_path, "2", orbit, "Thank you for applying to Orbit Labs", second, "Tue, 07 Oct 2025")
    ev = read_mailbox(tmp_path, tz="UTC").events
    assert ev["application_id"].nunique() == (2 if apart else 1), ev[["application_id", "role"]]


def test_an_e_signed_offer_and_a_lease_through_the_same_service(tmp_path):
    """DocuSign sends an offer and a lease alike: the lease is no application ("review and sign" is no review of
    one), and "Completed: Offer Letter - ..." naming no company is the yes to the offer whose document it names."""
    ds = "DocuSign <dse@docusign.net>"
    _eml(
        tmp_path,
        "1",
        "Oakleaf <no-reply@ashbyhq.com>",
        "Thanks for applying to Oakleaf",
        "Thanks for applying to Oakleaf.",
        "Mon, 06 Oct 2025",
    )
    _eml(
        tmp_path,
        "2",
        ds,
        "Oakleaf sent you a document to review and sign",
        "Oakleaf People Team sent you a document to review and sign.\n\nOffer Letter - Priya Raman.pdf\n\nREVIEW",
        "Mon, 20 Oct 2025",
    )
    _eml(
        tmp_path,
        "3",
        ds,
        "Please DocuSign: Lease Agreement - 412 Oberlin Rd",
        "Oberlin Property Management sent you a document to review and sign: Lease Agreement - 412 Oberlin Rd.pdf",
        "Tue, 21 Oct 2025",
    )
    _eml(
        tmp_path,
        "4",
        ds,
        "Completed: Offer Letter - Priya Raman",
        "All parties have completed Offer Letter - Priya Raman.pdf. View the completed document.",
        "Wed, 22 Oct 2025",
    )
    ev = read_mailbox(tmp_path, tz="UTC").events
    assert ev[["company", "event"]].values.tolist() == [
        ["Oakleaf", "applied"],
        ["Oakleaf", "offer"],
        ["Oakleaf", "accepted"],
    ], ev[["company", "event", "rule"]]


def test_a_step_named_only_by_an_attachment(tmp_path):
    """ "Please find attached a letter" with Offer_Letter.pdf: the file's name gives the step (not its content)."""

    def fill(m):
        m.set_content("Dear Sam, please find attached a letter regarding your application.")
        m.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="Offer_Letter_Sam.pdf")

    _applied_at_orbit(tmp_path)
    events = _orbit_answer(tmp_path, "Your application", fill)
    assert events["event"].tolist() == ["applied", "offer"], events
    assert "attachment" in events["rule"].iloc[1]


def test_a_receipt_that_speaks_of_no_job_is_some_other_application(tmp_path):
    """No rule lists allotments: a receipt with no job's word, no title and no employer applied to is no application."""
    _eml(
        tmp_path,
        "1",
        "Parks Office <parks@cityparks.example>",
        "Your application has been received",
        "Your application for a community garden plot has been received and will be reviewed.",
        "Mon, 06 Oct 2025",
    )
    r = read_mailbox(tmp_path, tz="UTC")
    assert r.events.empty and r.skipped == {"not a job application": 1}, (r.events, r.skipped)


def test_typography_need_not_be_spelled_by_the_rules(tmp_path):
    """Curly apostrophes and an HTML page's non-breaking spaces read like their plain forms."""
    _applied_at_orbit(tmp_path)
    html = "<p>After review, we won\u2019t&nbsp;be&nbsp;continuing with your candidacy.</p>"
    events = _orbit_answer(tmp_path, "Analyst", lambda m: m.set_content(html, subtype="html"))
    assert events["event"].tolist() == ["applied", "rejected"], events


def test_no_rule_holds_a_control_character():
    """A "\\b" written in a plain string is a backspace: the word it guards can then never match (it happened)."""
    import re

    from offerkit._io import mail_files, mail_names, mail_own, mail_rules, mail_skips, mail_steps, mail_text
    from offerkit._io import mailbox as mb

    patterns = [p for _, p in mb.SKIP_RULES + mb.EVENT_RULES + mb.OWN_RULES + mb.SUBJECT_RULES]
    for module in (mb, mail_files, mail_names, mail_rules, mail_skips, mail_steps, mail_own, mail_text):
        patterns += [v for v in vars(module).values() if isinstance(v, re.Pattern)]
    texts = [p.pattern if isinstance(p.pattern, str) else p.pattern.decode("latin-1") for p in patterns]
    bad = [t[:60] for t in texts if any(ord(c) < 32 and c != "\n" for c in t)]
    assert not bad, bad


def test_a_domain_spells_its_employer_under_a_subdomain_and_with_an_industry_word():
    """hiring.acme.com is Acme's (not "Hiring"), placer.ca.gov the county's; "Northstar Hiring" writing from
    northstarfulfillment.com is "Northstar Fulfillment", but "Acme Careers" at acmecareers.com stays Acme."""
    from offerkit._io.mailbox import _company_from, _domain_name

    assert _domain_name("hiring.northstarfulfillment.com") == "Northstarfulfillment"
    assert _domain_name("jobs.acme.co.uk") == "Acme"
    assert _domain_name("acme.com.au") == "Acme"
    assert _domain_name("placer.ca.gov") == "Placer"
    assert _domain_name("acme.de") == "Acme"
    body = "You applied for Fulfillment Associate."
    got = _company_from("Your application is in!", body, "Northstar Hiring", "no-reply@hiring.northstarfulfillment.com")
    assert got == ("Northstar Fulfillment", "sender's name")
    assert _company_from("Thanks!", body, "Acme Careers", "jobs@acmecareers.com")[0] == "Acme"


def test_a_signers_title_is_no_company_and_a_title_cue_gives_way_to_the_next():
    from offerkit._io.mailbox import _company_from

    body = (
        "Hi Keisha,\n\nDo you have 15 minutes for a quick call about the role?\n\nThanks,\nBrenda Walsh\nTalent Advisor"
    )
    assert _company_from("Quick call?", body, "Brenda Walsh", "brenda@bvhealth.org")[0] == "Bvhealth"
    body = (
        "Thank you for your interest in the Member Service Representative I position with Columbus Metro Credit Union."
    )
    assert _company_from("Thank you", body, "", "noreply@adp.com")[0] == "Columbus Metro Credit Union"
    body = "I'm with HR at Columbus Metro and would like to schedule a phone screen."
    assert (
        _company_from("Member Service Representative I", body, "Tanya Price", "tprice@cmcu.org")[0] == "Columbus Metro"
    )


def test_the_persons_own_application_names_its_employer_in_its_words():
    """ "I would like to apply for the Senior Accountant vacancy at Falcon Aviation Services" names the employer;
    the recipient's domain (falconaviation.ae) named it "Falconaviation", a second name for one employer."""
    from offerkit._io.mailbox import _company_from

    body = "Dear Sir/Madam,\n\nI would like to apply for the Senior Accountant vacancy at Falcon Aviation Services."
    assert _company_from("CV - Farhan Qureshi", body, "", "") == ("Falcon Aviation Services", "subject or body")
    body = "I am writing to apply to the opening at Kestrel Labs for a data analyst."
    assert _company_from("Data analyst", body, "", "")[0] == "Kestrel Labs"


def test_an_applications_fuller_name_in_a_later_mail_is_its_name(tmp_path):
    """The person's application to "Eko Agro Careers <careers@eko-agro.com>" names "Eko Agro"; the HR officer's
    reply signs "Eko Agro Processing Ltd": the application is Eko Agro Processing, in all its rows (it was a second
    name for the employer, and its three steps missed the hundred-and-tenth corpus's truth)."""

    def mail(i, sender, to, subject, body, day, parent=None):
        _reply_eml(tmp_path, i, sender, to, subject, body, f"{day} Jun 2025 10:00:00 +0100", parent)

    me = "Chiamaka Okafor <chiamaka@gmail.com>"
    mail(
        1,
        me,
        "Eko Agro Careers <careers@eko-agro.com>",
        "Application - Finance Officer",
        "Dear Sir/Ma, I write to apply for the post of Finance Officer. Attached are my CV and cover letter.",
        "03",
    )
    mail(
        2,
        "Tunde Adebayo <tunde@eko-agro.com>",
        me,
        "RE: Application - Finance Officer",
        "Dear Chiamaka, we regret to inform you that your application was unsuccessful.\n\nTunde Adebayo\n"
        "HR Officer, Eko Agro Processing Ltd",
        "24",
        parent=1,
    )
    r = read_mailbox(tmp_path, tz="UTC", owner="chiamaka@gmail.com")
    assert r.events[["company", "event"]].values.tolist() == [
        ["Eko Agro Processing", "applied"],
        ["Eko Agro Processing", "rejected"],
    ], r.events


def test_a_german_name_inflected_after_its_article_is_the_name():
    """ "Ihre Bewerbung bei der Hanseatischen Versorgung AG" is Hanseatische Versorgung (a second employer before,
    the hundred-and-seventeenth corpus); "bei der Deutschen Bahn" is Deutsche Bahn; "bei der Allianz" stays."""
    from offerkit._io.mail_names import _company_from

    got = _company_from("Ihre Bewerbung bei der Hanseatischen Versorgung AG", "", "", "noreply@successfactors.eu")
    assert got == ("Hanseatische Versorgung", "subject or body")
    assert _company_from("Ihre Bewerbung bei der Deutschen Bahn", "", "", "x@db.de")[0] == "Deutsche Bahn"
    assert _company_from("Ihre Bewerbung bei der Allianz", "", "", "x@allianz.de")[0] == "Allianz"


def test_titles_named_by_their_head_word_and_a_domains_hyphenated_name():
    """ "Product Owner", "Scrum Master", "Chef de projet", "Contrôleur de gestion" are titles, not employers ("Product
    Owner" was the employer of the hundred-and-eighteenth corpus's own application); "Recrutement Confluence" at
    confluence-mobilite.fr is Confluence Mobilite, but "Apple" at apple-careers.com stays Apple."""
    from offerkit._io.mail_domains import _domain_spelled
    from offerkit._io.mail_roles import _is_role

    for title in ("Product Owner", "Scrum Master", "Chef de projet", "Contrôleur de gestion", "Account Executive"):
        assert _is_role(title), title
    for company in ("Banque de France", "Caisse des Dépôts", "Master Builders", "Groupe Lavigne"):
        assert not _is_role(company), company
    assert _domain_spelled("Confluence", "confluence-mobilite.fr") == "Confluence Mobilite"
    assert _domain_spelled("Apple", "apple-careers.com") == "Apple"


def test_a_time_booked_for_onboarding_is_no_interview():
    from offerkit._io.mailbox import EVENT_RULES, first_rule

    onboarding = "you applied for associate. next, pick a time for your pre-hire appointment, where we take your photo."
    assert first_rule(EVENT_RULES, onboarding)[0] != "interview"
    assert (
        first_rule(EVENT_RULES, "thanks for applying! please pick a time for a call with our team.")[0] == "interview"
    )


def test_an_employer_named_by_its_department_its_initials_or_a_long_name():
    from offerkit._io.mailbox import EVENT_RULES, _company_from, _same_company, first_rule

    body = "Dear Rachel,\n\nYou have been shortlisted.\n\nRecruitment Team\nAire Valley NHS Foundation Trust"
    assert _company_from("Invitation", body, "NHS Jobs", "noreply@jobs.nhs.uk")[0] == "Aire Valley NHS Foundation Trust"
    names = {"ridingsbuildingsociety": "Ridings Building Society", "columbusmetrocreditunion": "Columbus Metro CU"}
    assert _same_company("Ridingsbs", names) == "Ridings Building Society"
    assert _same_company("Rbs", {"ridingsbuildingsociety": "Ridings Building Society"}) == "Ridings Building Society"
    assert _same_company("Cmcu", {"columbusmetrocreditunion": "Columbus Metro Credit Union"})
    assert _same_company("Acme", names) == ""
    body = "Thank you for your application for the Operational Delivery Manager vacancy at Department for Work and Pensions."
    assert _company_from("Received", body, "", "noreply@civilservicejobs.service.gov.uk")[0] == (
        "Department for Work and Pensions"
    )
    body = "Thank you for applying to Northwind and we will be in touch."
    assert _company_from("Thanks", body, "", "noreply@greenhouse.io")[0] == "Northwind"
    assert first_rule(EVENT_RULES, "the closing date for this vacancy is 5 october.")[0] != "rejected"


def test_the_first_conversation_after_applying_is_the_screen_and_a_test_is_a_round(tmp_path):
    """The data model's screen is the first positive response: "free for a chat?" after applying, named by no
    round; an online assessment sent by a talent team stays an interview round."""
    rows = [
        ("Fernhill <no-reply@greenhouse.io>", "Thanks for applying", "Thanks for applying to Fernhill.", "01"),
        (
            "Mo Said <mo@fernhill.example>",
            "Analyst role",
            "Thanks for applying! Would you be free for a chat on Thursday? 30 mins over Zoom.\n\nMo",
            "05",
        ),
        ("Kestrel <no-reply@greenhouse.io>", "Thanks for applying", "Thanks for applying to Kestrel.", "02"),
        (
            "Kestrel Talent Acquisition <no-reply@greenhouse.io>",
            "Online Assessment",
            "As the next step, please complete an online assessment by Friday.\n\nKestrel Talent Acquisition",
            "06",
        ),
    ]
    for i, (sender, subject, body, day) in enumerate(rows):
        _eml(tmp_path, str(i), sender, subject, body, f"Mon, {day} Dec 2025")
    events = read_mailbox(tmp_path, tz="UTC").events
    got = dict(zip(zip(events["company"], events["date"].dt.day), events["event"]))
    assert got[("Fernhill", 5)] == "screen" and got[("Kestrel", 6)] == "interview", events


def test_a_takeout_in_another_language_marks_the_persons_own_mail(tmp_path):
    """A German account's Takeout labels its sent mail "Gesendet" (and has no Delivered-To to go by)."""
    import mailbox
    from email.message import EmailMessage

    box = mailbox.mbox(tmp_path / "All mail Including Spam and Trash.mbox")
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = "Lena Vogt <lena.vogt@gmail.com>", "jobs@brezelbyte.de", "Bewerbung"
    m["Date"], m["Message-ID"], m["X-Gmail-Labels"] = "Mon, 06 Oct 2025 09:00:00 +0200", "<1@x>", "Gesendet,Geöffnet"
    m.set_content("Sehr geehrte Damen und Herren,\n\nanbei sende ich Ihnen meine Bewerbung als Data Analyst.\n\nLena")
    box.add(m)
    box.flush()
    events = read_mailbox(tmp_path / "All mail Including Spam and Trash.mbox", tz="UTC").events
    assert events["event"].tolist() == ["applied"], events
    assert events["sender"].iloc[0] == "lena.vogt@gmail.com"


def test_the_academic_market_names_titles_and_committees():
    from offerkit._io.mailbox import _PITCH, EVENT_RULES, _company_from, first_rule

    body = "Your application to Assistant Professor of Statistics (Tenure-Track) at Lakeshore University was submitted."
    assert _company_from("Application Submitted", body, "Interfolio", "noreply@interfolio.com")[0] == (
        "Lakeshore University"
    )
    body = "Dear Dr. Okafor,\n\nIt is my pleasure to offer you an appointment.\n\nSincerely,\nSharon Patel\nDean"
    assert _company_from("Letter of offer", body, "Sharon Patel", "spatel@lakeshore.edu")[0] == "Lakeshore"
    assert not _PITCH.search("i am writing on behalf of the data science search committee at prairie state.")
    assert _PITCH.search("i am reaching out on behalf of a client in fintech.")
    low = "the position has been offered to and accepted by another candidate."
    assert first_rule(EVENT_RULES, low)[0] == "rejected"
    assert (
        first_rule(EVENT_RULES, "it was a difficult decision, but we will not be extending an offer.")[0] == "rejected"
    )


def test_a_plain_part_that_only_points_to_the_html_gives_way_to_it(tmp_path):
    def fill(m):
        m.set_content("View this email in your browser.")
        m.add_alternative("<p>We've decided not to move forward with your application.</p>", subtype="html")

    _applied_at_orbit(tmp_path)
    events = _orbit_answer(tmp_path, "Orbit Labs - Analyst", fill)
    assert events["event"].tolist() == ["applied", "rejected"], events


def test_a_department_or_a_place_is_no_employer():
    from offerkit._io.mailbox import _company_from, _same_company

    body = "Hi Tasha,\n\nWe'd like to bring you in on Friday.\n\nCarla Mendez\nTeam Member Recruitment"
    got = _company_from("Interview", body, "Carla Mendez", "cmendez@desertstarlv.com")[0]
    assert "Recruitment" not in got and "Team Member" not in got, got
    names = {"desertstarresortcasino": "Desert Star Resort & Casino"}
    assert _same_company("Desertstarlv", names) == "Desert Star Resort & Casino"
    assert _same_company("Desertstarlasvegasnv", names) == ""  # a long tail is another name


def test_swiss_and_french_signatures_name_no_company():
    from offerkit._io.mailbox import _company_from, _same_company

    body = "Sehr geehrter Herr Bertholet\n\nLeider nein.\n\nFreundliche Grüsse\nMartina Keller\nLeiterin Personal"
    assert _company_from("Absage", body, "Martina Keller", "martina.keller@seeblick-treuhand.ch")[0] == (
        "Seeblick Treuhand"
    )
    body = (
        "Monsieur,\n\nNous avons le plaisir de vous convier.\n\nMeilleures salutations\nSophie Rochat\nSpécialiste RH"
    )
    assert (
        _company_from("Entretien", body, "Sophie Rochat", "sophie.rochat@leman-assurances.ch")[0] == "Leman Assurances"
    )
    assert _same_company("Fromagerie Jura", {"fromageriedujura": "Fromagerie du Jura"}) == "Fromagerie du Jura"


def test_an_amount_or_a_seniority_is_no_employer():
    from offerkit._io.mailbox import _company_from

    body = "Adjuntamos la oferta laboral con las condiciones: salario integral de COP 9.500.000 mensuales."
    assert "COP" not in _company_from("Oferta laboral", body, "Laura Gómez", "laura@andinapagos.co")[0]
    body = "Gracias por postularte a la vacante Analista de Datos Senior (R-3317)."
    got = _company_from("Gracias", body, "Banco del Pacífico Andino", "bpandino@myworkday.com")[0]
    assert got == "Banco del Pacífico Andino", got
    assert (
        _company_from("Thanks", "Thank you for applying to 3M for the Analyst role.", "", "x@greenhouse.io")[0] == "3M"
    )


def test_a_forward_from_another_of_your_addresses_is_read_as_the_mail_it_forwards(tmp_path):
    """A student's "Fwd:" from the university account, days after the employer wrote: the step is the employer's,
    dated by the forwarded header (not by the forward), and the review CSV says it was read from the forward; the
    same student's forward of an offer already read (to a parent) is no second offer."""
    import make_fiftyfifth_mailbox as corpus

    r = read_mailbox(corpus.build(tmp_path, corpus.messages()), tz="UTC")
    forwarded = r.events[r.events["rule"].str.endswith("read from your forward of it")]
    got = {
        (company_key(c), e, str(d.date()))
        for c, e, d in zip(forwarded["company"], forwarded["event"], forwarded["date"])
    }
    assert ("greatlakesanalytics", "applied", "2025-09-03") in got  # forwarded on Sep 6
    assert ("huronmutual", "applied", "2025-09-05") in got  # forwarded on Sep 9, in Outlook's header
    assert len(forwarded) == 7
    offers = r.events[(r.events["event"] == "offer") & (r.events["company"] == "Huron Mutual")]
    assert len(offers) == 1 and r.skipped.get("forward of a mail read") == 1


def test_spam_is_skipped_unless_it_is_about_your_search(tmp_path):
    """Gmail's Spam holds job-offer scams ("following your application on Indeed, we are pleased to offer you the
    position ... your bank details"): skipped.  A tracking system's confirmation that landed there is still read."""
    import mailbox
    from email.message import EmailMessage

    box = mailbox.mbox(tmp_path / "All mail Including Spam and Trash.mbox")
    for i, (sender, subject, body) in enumerate(
        [
            (
                "Acme Robotics <no-reply@us.greenhouse-mail.io>",
                "Thank you for applying to Acme Robotics",
                "Hi Sam, thanks for applying to the Data Engineer role at Acme Robotics. We'll review it soon.",
            ),
            (
                "Atlas Logistics HR <hr.atlaslogistics@gmail.com>",
                "Job Offer - Remote Payroll Assistant",
                "Dear Applicant, following your application on Indeed, we are pleased to offer you the position of "
                "Remote Payroll Assistant. Reply with your bank details.",
            ),
        ]
    ):
        m = EmailMessage()
        m["From"], m["To"], m["Subject"] = sender, "sam@gmail.com", subject
        m["Date"], m["Message-ID"] = f"Mon, 0{i + 1} Sep 2025 10:00:00 +0000", f"<{i}@spam.example>"
        m["X-Gmail-Labels"] = "Spam"
        m.set_content(body)
        box.add(m)
    box.flush()
    r = read_mailbox(tmp_path / "All mail Including Spam and Trash.mbox", tz="UTC")
    assert list(zip(r.events["company"], r.events["event"])) == [("Acme Robotics", "applied")]
    assert r.skipped.get("spam") == 1


def test_a_school_districts_domain_spells_its_initials_and_a_title_is_no_employer():
    from offerkit._io.mailbox import _company_from, _domain_name, _same_company

    assert _domain_name("arsd.k12.co.us") == "Arsd"  # not "K12"
    assert _same_company("Arsd", {"auroraridgeschooldistrict": "Aurora Ridge School District"})
    body = "Thank you for your interest in the Science Interventionist position. We decided to go another way."
    assert _company_from("Science Interventionist", body, "Mesa Verde Schools", "noreply@applitrack.com")[0] == (
        "Mesa Verde Schools"
    )


@pytest.mark.parametrize(
    "text, event",
    [
        # still interviewing others is a wait; choosing them is a refusal
        ("we are still interviewing other candidates and will be in touch next week.", "reply"),
        ("seguimos en proceso; el cliente todavía está entrevistando a otros candidatos.", "reply"),
        ("we have decided to move forward with other candidates.", "rejected"),
        ("we will be moving ahead with other candidates whose experience is closer.", "rejected"),
        ("hemos decidido continuar con otros candidatos.", "rejected"),
        # a start-up's casual words
        ("we're going to pass for now - the team wanted more b2b experience.", "rejected"),
        ("we have decided to pass on your application at this time.", "rejected"),
        ("we've decided to hold off on hiring for this role until after our raise.", "rejected"),
        ("we'll pass your resume along to the hiring manager.", ""),
        ("loved your case study on the check-in flow. want to grab a virtual coffee chat?", "screen"),
        ("the next step is a case study presentation with the team.", "interview"),
    ],
)
def test_phrases_read_as_their_step(text, event):
    from offerkit._io.mailbox import EVENT_RULES, first_rule

    assert first_rule(EVENT_RULES, text)[0] == event


@pytest.mark.parametrize(
    "text, kept",
    [
        (
            "Hi Sam,\nWe'd like to invite you to interview.\nRegards\nAna Ruiz\nHR Officer\nCONFIDENTIALITY NOTICE: "
            "This e-mail is intended only for the addressee.",
            "Hi Sam,\nWe'd like to invite you to interview.\nRegards\nAna Ruiz\nHR Officer\n",
        ),
        (
            "CAUTION: This email originated from outside of the organization. Do not click links.\nHi Sam, we would "
            "like to invite you to interview.",
            "\nHi Sam, we would like to invite you to interview.",
        ),
        # a notice in the mail's first third is the mail itself ("this message is confidential: the offer ...")
        (
            "This message is confidential: our offer is attached.\nPlease sign it by Friday and send it back to us "
            "so we can start the paperwork.",
            "This message is confidential: our offer is attached.\nPlease sign it by Friday and send it back to us "
            "so we can start the paperwork.",
        ),
        ("Your application will be treated confidentially. We will be in touch.", None),
    ],
)
def test_a_banner_and_a_closing_legal_notice_are_no_part_of_the_mail(text, kept):
    from offerkit._io.mail_text import _without_notices

    assert _without_notices(text) == (text if kept is None else kept)


@pytest.mark.parametrize(
    "body, company",
    [
        ("Thanks for applying for UX Researcher at Kanalhuis. We will review your application.", "Kanalhuis"),
        ("Thank you for applying for SDET II at Kaveri Fintech. Our hiring team will review it.", "Kaveri Fintech"),
        (
            "Merci de l'intérêt que vous portez au Groupe Hexagone. Votre candidature a bien été enregistrée.",
            "Groupe Hexagone",
        ),
    ],
)
def test_a_relays_bare_address_names_no_company_the_body_does(body, company):
    """A tracking system's mail with no display name ("no-reply@recruitee.com"): the employer is the body's ("applying
    for <title> at <employer>", "l'intérêt que vous portez au <employer>"); these read as no company before."""
    from offerkit._io.mailbox import _company_from

    assert _company_from("We have received your application", body, "", "no-reply@recruitee.com", {})[0] == company


def test_a_mailing_footer_under_the_signature_leaves_the_signature_the_mails_end():
    """ "Responsable de Personas" signing a call's invitation is the writer's title, also with a mailing footer under
    it ("You are receiving this email because ... Unsubscribe", "© 2025 ..."): the call was read as an interview
    with a "responsable" brought in, before."""
    from offerkit._io.mailbox import _brings_interviewers

    body = (
        "hola irene:\nnos gustaría conocerte. ¿tendrías disponibilidad para una videollamada de unos 20 minutos el "
        "martes?\nun saludo,\nmarta ferrer\nresponsable de personas\nyou are receiving this email because you applied "
        "for a job with us. unsubscribe | privacy policy\n© 2025 naranja digital. all rights reserved."
    )
    assert not _brings_interviewers(body)
    assert _brings_interviewers(body.replace("una videollamada", "una videollamada con nuestro director"))


def test_mailing_lists_and_other_applications_in_spanish_are_no_job_mail(tmp_path):
    """A course platform's "Prepárate para tu próxima entrevista" with "Cancelar suscripción" is a newsletter; a
    bank's "recibimos tu solicitud de tarjeta de crédito" is no application (both were read as steps before: their
    unsubscribe line and their kind of application were only known in English)."""
    _eml(
        tmp_path,
        "a",
        "Platzi <hola@platzi.com>",
        "Prepárate para tu próxima entrevista técnica",
        "Nuevo curso: cómo prepararte para una entrevista técnica. Empieza gratis hoy. Cancelar suscripción",
        "Mon, 06 Oct 2025",
    )
    _eml(
        tmp_path,
        "b",
        "Banco Sol <avisos@bancosol.example>",
        "Tu solicitud",
        "Hola, recibimos tu solicitud de tarjeta de crédito. Te avisaremos cuando sea aprobada.",
        "Tue, 07 Oct 2025",
    )
    r = read_mailbox(tmp_path, tz="UTC")
    assert r.events.empty, r.events[["company", "event", "rule"]]
    assert r.skipped.get("newsletter") == 1 and r.skipped.get("not a job application") == 1, r.skipped


def test_a_colleague_asking_how_the_interview_went_is_no_step(tmp_path):
    """A colleague's "Heard you had a panel interview this week - how did it go?" from her work address names no
    step of an employer's (it was read as that employer's interview); the same question from a company applied to
    is still read."""
    _eml(
        tmp_path,
        "a",
        "Michelle Osei <michelle.osei@bdo.example>",
        "lunch friday?",
        "Hey! Heard you had a panel interview this week - how did it go? Lunch Friday at the usual spot?",
        "Mon, 06 Oct 2025",
    )
    r = read_mailbox(tmp_path, tz="UTC")
    assert r.events.empty and r.skipped.get("not about an application") == 1, (r.events, r.skipped)
    _eml(
        tmp_path, "b", "Acme <no-reply@greenhouse.io>", "Thanks for applying to Acme", "We got it.", "Tue, 07 Oct 2025"
    )
    _eml(
        tmp_path,
        "c",
        "Dana Reyes <dana@acme.com>",
        "Next steps",
        "Hi! How did the interview go? The team would like to invite you to a final round onsite next week.",
        "Wed, 15 Oct 2025",
    )
    r = read_mailbox(tmp_path, tz="UTC")
    assert r.events[["company", "event"]].values.tolist() == [["Acme", "applied"], ["Acme", "onsite"]], r.events


def test_mail_about_a_step_already_read_is_no_new_step(tmp_path):
    """A recruiter moving a call, a calendar's "Notification:", an e-signature request for the offer made on the
    phone, a notetaker's recording notice: each was read as the step again (four of ten such mails in the
    hundred-and-sixth corpus). An application takes a screen, a final round and an offer once; the later mail is
    counted as a repeated step, and messages read = events + set aside still holds."""
    mails = [
        ("Acme <no-reply@greenhouse.io>", "Thanks for applying to Acme", "We received your application.", "01"),
        ("Dana Reyes <dana@acme.com>", "Phone screen", "Could we do a 30-minute phone screen on Thursday?", "03"),
        ("Dana Reyes <dana@acme.com>", "Moving our call", "Could we move our phone screen to Friday?", "04"),
        (
            "BrightHire <no-reply@brighthire.ai>",
            "Acme uses BrightHire to record interviews",
            "Acme uses BrightHire to record and transcribe interviews.",
            "06",
        ),
        ("Dana Reyes <dana@acme.com>", "Final round", "We'd like to invite you to our final round on Friday.", "08"),
        (
            "Google Calendar <calendar-notification@google.com>",
            "Notification: Acme final round @ Fri Oct 17, 2025 10am - 2pm (PDT)",
            "Acme final round. Joining info: Join with Zoom.",
            "16",
        ),
        ("Dana Reyes <dana@acme.com>", "Great news", "We'd love for you to join Acme! Our offer is $150,000.", "20"),
        (
            "Dropbox Sign <noreply@mail.hellosign.com>",
            "Acme has requested your signature on Offer Letter",
            "Dana Reyes (Acme) has requested your signature on Offer Letter - Jane Lee. Review and sign.",
            "21",
        ),
        (
            "Dropbox Sign <noreply@mail.hellosign.com>",
            "Everyone has signed Offer Letter - Jane Lee",
            "Offer Letter - Jane Lee has been signed by all parties. Signers: Jane Lee, Dana Reyes (Acme).",
            "23",
        ),
    ]
    for i, (sender, subject, body, day) in enumerate(mails):
        _eml(tmp_path, str(i), sender, subject, body, f"{day} Oct 2025")
    r = read_mailbox(tmp_path, tz="UTC")
    assert r.events["event"].tolist() == ["applied", "screen", "onsite", "offer", "accepted"], r.events
    assert r.skipped.get("repeated step") == 2 and r.skipped.get("recording notice") == 1, r.skipped
    assert r.skipped.get("calendar update") == 1, r.skipped
    assert len(r.events) + sum(r.skipped.values()) == r.messages == len(mails)


def test_a_public_employment_services_mail_and_a_job_sites_country_domain(tmp_path):
    """The employment service's "inscription comme chercheuse d'emploi ... un premier entretien d'accompagnement"
    is no employer's interview; Jobat's and StepStone's Belgian domains are job sites, so the employer is the one
    their mail names ("candidature pour Contrôleur financier chez Flandria Retail"), not the site (both were read
    wrong in the hundred-and-eighth corpus)."""
    _eml(
        tmp_path,
        "a",
        "Actiris <noreply@actiris.be>",
        "Confirmation de votre inscription",
        "Madame, votre inscription comme chercheuse d'emploi a bien été enregistrée. Votre conseiller vous "
        "contactera pour un premier entretien d'accompagnement.",
        "Mon, 01 Sep 2025",
    )
    _eml(
        tmp_path,
        "b",
        "Jobat <noreply@jobat.be>",
        "Confirmation de votre candidature",
        "Bonjour Camille, votre candidature pour Contrôleur financier chez Flandria Retail a été transmise à "
        "l'employeur.",
        "Fri, 12 Sep 2025",
    )
    r = read_mailbox(tmp_path, tz="UTC")
    assert r.events[["company", "event"]].values.tolist() == [["Flandria Retail", "applied"]], r.events
    assert r.skipped == {"employment service": 1}, r.skipped


def test_a_task_sent_as_the_last_step_is_a_round_of_assessment(tmp_path):
    """ "Como último paso antes de la decisión, te enviamos un caso práctico": a case to do at home is an interview
    round (definitions §3.2: an assessment), not the final round its "last step" named (the hundred-and-eleventh
    corpus); "the last step is an afternoon at our office" stays the final round."""
    _eml(tmp_path, "a", "Acme <no-reply@greenhouse.io>", "Thanks for applying to Acme", "Got it.", "Mon, 03 Mar 2025")
    _eml(
        tmp_path,
        "b",
        "Elena Ruiz <elena@acme.com>",
        "Caso práctico",
        "Hola Lucía: como último paso antes de la decisión, te enviamos un caso práctico. Tienes hasta el viernes.",
        "Mon, 24 Mar 2025",
    )
    _eml(tmp_path, "c", "Bolt <no-reply@greenhouse.io>", "Thanks for applying to Bolt", "Got it.", "Tue, 04 Mar 2025")
    _eml(
        tmp_path,
        "d",
        "Sam Lee <sam@bolt.com>",
        "Next steps",
        "Hi Lucía, the last step is an afternoon at our office to meet the team.",
        "Tue, 25 Mar 2025",
    )
    events = read_mailbox(tmp_path, tz="UTC").events
    assert events[["company", "event"]].values.tolist()[-2:] == [["Acme", "interview"], ["Bolt", "onsite"]], events


def test_a_staffing_agencys_submittal_is_the_application_to_its_client(tmp_path):
    """A US staffing agency's "I submitted your resume to Lone Star Mutual", "you've been submitted to ...
    (thanks for the RTR)" are the applications to its clients, named by the mail, not the agency (teksystems.com,
    insightglobal.com); the person's "yes, let's do it!" accepts the client's offer, and the same words answering an
    interview's time accept nothing (the hundred-and-thirteenth corpus read 0.33 of its events)."""
    me = "Derek Owens <derek@gmail.com>"

    def mail(i, sender, to, subject, body, day, parent=None):
        _reply_eml(tmp_path, i, sender, to, subject, body, f"{day} Jan 2025 10:00:00 -0600", parent)

    kim, raj = "Kim Tran <ktran@teksystems.com>", "Raj Patel <raj@insightglobal.com>"
    mail(
        1,
        kim,
        me,
        "Submitted - Data Engineer - Lone Star Mutual",
        "Hi Derek, I submitted your resume to Lone Star Mutual for the Data Engineer role.",
        "13",
    )
    mail(
        2,
        raj,
        me,
        "Prairie Health Systems - Sr Data Engineer submittal",
        "Hi Derek, thanks for the RTR. You've been submitted to Prairie Health Systems for the Sr Data Engineer position.",
        "14",
    )
    mail(
        3,
        raj,
        me,
        "RE: Prairie Health Systems - Sr Data Engineer submittal",
        "Hi Derek, the hiring manager would like a 30 min phone interview on Monday at 10am.",
        "17",
        parent=2,
    )
    mail(
        4,
        me,
        raj,
        "RE: Prairie Health Systems - Sr Data Engineer submittal",
        "Monday works - let's do it!",
        "17",
        parent=3,
    )
    mail(5, kim, me, "Offer - Lone Star Mutual", "Hi Derek, the client wants to extend an offer at $78/hr!", "27")
    mail(
        6, me, kim, "RE: Offer - Lone Star Mutual", "Kim - yes, let's do it! Please send the paperwork.", "27", parent=5
    )
    r = read_mailbox(tmp_path, tz="UTC", owner="derek@gmail.com")
    got = r.events[["company", "event"]].values.tolist()
    assert got == [
        ["Lone Star Mutual", "applied"],
        ["Prairie Health Systems", "applied"],
        ["Prairie Health Systems", "interview"],
        ["Lone Star Mutual", "offer"],
        ["Lone Star Mutual", "accepted"],
    ], r.events


@pytest.mark.parametrize(
    "text, event",
    [
        ("Thank you for accepting our offer for the HR Generalist position. Welcome!", "accepted"),
        ("Offer Accepted - HR Generalist\nYour onboarding tasks will appear in the Candidate Home.", "accepted"),
        ("Your application has been updated.\n\nStatus: Candidate Withdrew", "withdrew"),
        ("Your application was withdrawn at your request.", "withdrew"),
    ],
)
def test_a_careers_portals_record_of_the_persons_own_step(text, event):
    """A portal's confirmation of the person's own yes or withdrawal is that step (the hundred-and-nineteenth
    corpus read "Offer Accepted" as the offer and "Candidate Withdrew" as an application)."""
    from offerkit._io.mail_rules import first_rule
    from offerkit._io.mail_steps import EVENT_RULES

    assert first_rule(EVENT_RULES, text.lower())[0] == event


@pytest.mark.parametrize(
    "body, address, employer",
    [
        # a recruiter naming her employer, from a domain that shortens it
        (
            "Hi Luis, I'm a recruiter with Twin Cities Medical Supply. Do you have 20 minutes?",
            "avang@tcmedsupply.com",
            "Twin Cities Medical Supply",
        ),
        (
            "Hi, I'm the recruiter at Harbor Point Logistics for the analyst role.",
            "k@hpl.com",
            "Harbor Point Logistics",
        ),
    ],
)
def test_a_recruiter_names_her_employer(body, address, employer):
    from offerkit._io.mail_names import _company_from

    assert _company_from("Purchasing Analyst", body, "Amy Vang", address, {})[0] == employer


def test_a_domain_that_shortens_the_name_of_a_company_applied_to(tmp_path):
    """Mail from tcmedsupply.com naming no company is about Twin Cities Medical Supply, applied to through iCIMS
    (each word of the name whole, cut, or its initial)."""
    _eml(
        tmp_path,
        "1",
        "Twin Cities Medical Supply <donotreply@icims.com>",
        "Twin Cities Medical Supply: Application Received",
        "Thank you for your interest in Twin Cities Medical Supply. We have received your application.",
        "Mon, 06 Oct 2025",
    )
    _eml(
        tmp_path,
        "2",
        "Amy Vang <avang@tcmedsupply.com>",
        "Purchasing Analyst",
        "Hi Luis, do you have 20 minutes this week for a phone screen about the Purchasing Analyst role?\n\nAmy",
        "Tue, 14 Oct 2025",
    )
    ev = read_mailbox(tmp_path, tz="UTC").events
    assert ev[["company", "event"]].values.tolist() == [
        ["Twin Cities Medical Supply", "applied"],
        ["Twin Cities Medical Supply", "screen"],
    ], ev[["company", "event", "rule"]]


def test_after_tests_alone_the_first_call_is_the_screen(tmp_path):
    """A new graduate's pipeline: an online assessment, then the campus recruiter's "20 minutes to chat" (the
    screen); a call after a conversation is a round."""
    orbit = "Orbit Labs <no-reply@greenhouse.io>"
    _eml(tmp_path, "1", orbit, "Thanks for applying to Orbit Labs", "We received your application.", "Mon, 06 Oct 2025")
    _eml(
        tmp_path,
        "2",
        orbit,
        "Orbit Labs online assessment",
        "Orbit Labs has invited you to take the New Grad Online Assessment. You will have 90 minutes.",
        "Tue, 07 Oct 2025",
    )
    _eml(
        tmp_path,
        "3",
        "Omar Said <omar@orbitlabs.com>",
        "Orbit Labs - quick chat?",
        "Nice work on the assessment! I'm the campus recruiter here - do you have 20 minutes this week to chat?",
        "Mon, 13 Oct 2025",
    )
    _eml(
        tmp_path,
        "4",
        "Omar Said <omar@orbitlabs.com>",
        "Orbit Labs - next chat",
        "Great talking! Could we book a 30-minute call with Dana from the team next week?",
        "Mon, 20 Oct 2025",
    )
    assert read_mailbox(tmp_path, tz="UTC").events["event"].tolist() == ["applied", "interview", "screen", "interview"]


def test_a_notice_naming_only_its_job_number_is_that_applications(tmp_path):
    """Two applications for one title; a notice naming neither employer, only one's announcement number, is that
    one's (and a number both share names neither)."""
    for i, (agency, number) in enumerate([("Alpha Agency", "AA-25-1001"), ("Beta Bureau", "BB-25-2002")]):
        _eml(
            tmp_path,
            str(i),
            "USA Staffing <no-reply@usastaffing.gov>",
            "Application Received",
            f"Thank you for applying to the Program Analyst, GS-0343-12 position with the {agency}. Announcement "
            f"Number: {number}. Your application has been received.",
            f"Mon, 0{i + 3} Mar 2025",
        )
    _eml(
        tmp_path,
        "3",
        "USA Staffing <no-reply@usastaffing.gov>",
        "Notice of Referral",
        "Your application for the Program Analyst, GS-0343-12 position (BB-25-2002) was not referred to the hiring "
        "manager.",
        "Mon, 07 Apr 2025",
    )
    _eml(
        tmp_path,
        "4",
        "USA Staffing <no-reply@usastaffing.gov>",
        "Notice of Results",
        "Your application for the Program Analyst, GS-0343-12 position has been reviewed. You were found ineligible.",
        "Tue, 08 Apr 2025",
    )
    events = read_mailbox(tmp_path, tz="UTC").events
    assert events[["company", "event"]].values.tolist() == [
        ["Alpha Agency", "applied"],
        ["Beta Bureau", "applied"],
        ["Beta Bureau", "rejected"],
    ], events


def test_a_federal_agency_is_named_as_its_department_and_country_initials_drop():
    """USAJOBS' "Veterans Health Administration, Department of Veterans Affairs" names the department (not a
    university's department); "U.S. Census Bureau" and "Census Bureau" are one employer."""
    from offerkit._io.mail_names import _company_from
    from offerkit._io.mail_same import _same_company

    body = "Thank you for applying to the Program Analyst position with the {}. We will review it."
    agency = body.format("Veterans Health Administration, Department of Veterans Affairs")
    assert _company_from("Application Received", agency, "", "no-reply@usastaffing.gov")[0] == (
        "Department of Veterans Affairs"
    )
    university = "Your application for Assistant Professor at Northridge University, Department of Biology, is in."
    assert _company_from("Application submitted", university, "", "no-reply@academicjobsonline.org")[0] == (
        "Northridge University"
    )
    census = body.format("U.S. Census Bureau")
    assert company_key(_company_from("Thank you", census, "", "no-reply@monstergov.com")[0]) == "uscensusbureau"
    assert _same_company("Census Bureau", {"uscensusbureau": "US Census Bureau"}) == "US Census Bureau"
    assert _same_company("U.S. Environmental Protection Agency", {"epa": "Environmental Protection Agency"}) == (
        "Environmental Protection Agency"
    )
    assert _same_company("US Bank", {"bank": "Bank"}) == ""  # (a name of five letters at least)


def test_a_domain_that_starts_as_an_employers_name_about_its_role_is_its_application(tmp_path):
    """ "Poste d'analyste AQ" from logimtl.ca after applying to Logiciels Mont-Royal for "Analyste assurance
    qualité" is that application's (the domain starts as the name does, the title is the same in initials); the same
    title from a domain that starts otherwise is another employer's."""
    _eml(
        tmp_path,
        "1",
        "Jobillico <noreply@jobillico.com>",
        "Votre candidature a été envoyée",
        "Votre candidature au poste d'Analyste assurance qualité chez Logiciels Mont-Royal a bien été envoyée.",
        "Mon, 03 Mar 2025",
    )
    _eml(
        tmp_path,
        "2",
        "Julie Bergeron <julie.bergeron@logimtl.ca>",
        "Poste d'analyste AQ - entrevue technique",
        "Bonjour Gabriel, l'équipe aimerait te rencontrer pour une entrevue technique mardi prochain.",
        "Thu, 13 Mar 2025",
    )
    _eml(
        tmp_path,
        "3",
        "Marc Roy <marc.roy@qualisoft.ca>",
        "Poste d'analyste AQ - entrevue technique",
        "Bonjour Gabriel, l'équipe aimerait te rencontrer pour une entrevue technique jeudi prochain.",
        "Fri, 14 Mar 2025",
    )
    events = read_mailbox(tmp_path, tz="UTC").events
    assert events[["company", "event"]].values.tolist() == [
        ["Logiciels Mont-Royal", "applied"],
        ["Logiciels Mont-Royal", "interview"],
        ["Qualisoft", "interview"],
    ], events


def test_a_jobs_number_names_its_application_and_a_thread_keeps_it(tmp_path):
    """Two receipts for one title with two Job IDs are two applications; a notice naming only one's number is that
    one's, and so is a recruiter's thread that named the number once (an unlabelled "(2881190)")."""
    cc = "Cascadia Commerce Jobs <no-reply@jobs.cascadiacommerce.com>"
    for i, (team, number) in enumerate([("Fulfillment Analytics", "2876543"), ("Ads Measurement", "2881190")]):
        _eml(
            tmp_path,
            str(i),
            cc,
            f"Thank you for applying (Job ID: {number})",
            f"Thank you for applying to Data Engineer II, {team} (Job ID: {number}) at Cascadia Commerce.",
            f"Mon, 0{i + 3} Mar 2025",
        )
    _eml(
        tmp_path,
        "2",
        cc,
        "Online Assessment for Job ID: 2876543",
        "As a next step for Job ID 2876543, please complete the online assessment within 7 days.",
        "Mon, 10 Mar 2025",
    )
    _eml(
        tmp_path,
        "3",
        "Nora Blake <norablake@cascadiacommerce.com>",
        "Ads Measurement Data Engineer - chat?",
        "I'm the recruiter for the Data Engineer II role on Ads Measurement (2881190). Do you have 30 minutes this "
        "week for a phone screen?",
        "Mon, 17 Mar 2025",
    )
    events = read_mailbox(tmp_path, tz="UTC").events
    apps = dict(zip(events["event"], events["application_id"]))
    first, second = events["application_id"].iloc[0], events["application_id"].iloc[1]
    assert first != second, events
    assert (apps["interview"], apps["screen"]) == (first, second), events


def test_an_employer_keeps_its_fullest_spelling_and_a_pause_with_news_to_come_is_a_wait(tmp_path):
    """ "Helix" (an early mail) and "Helix Technologies" (a later one) are one spelling in every row; a role "on hold"
    with news to come, and when, is a wait, and one "on hold" for good a refusal."""
    _eml(
        tmp_path,
        "1",
        "Helix <no-reply@greenhouse.io>",
        "Thanks for applying to Helix",
        "We received it.",
        "Mon, 01 Sep 2025",
    )
    _eml(
        tmp_path,
        "2",
        "Helix Technologies <no-reply@greenhouse.io>",
        "Helix Technologies - update",
        "The Product Analyst role is on hold while leadership finalizes the budget. I expect to know more by the end "
        "of the month and will reach out either way.",
        "Mon, 15 Sep 2025",
    )
    _eml(
        tmp_path,
        "3",
        "Quarry <no-reply@greenhouse.io>",
        "Your application to Quarry",
        "Thank you for applying to Quarry. The Data Analyst position has been put on hold and will not be filled.",
        "Tue, 16 Sep 2025",
    )
    events = read_mailbox(tmp_path, tz="UTC").events
    assert events[["company", "event"]].values.tolist() == [
        ["Helix Technologies", "applied"],
        ["Helix Technologies", "reply"],
        ["Quarry", "rejected"],
    ], events


def test_a_sender_whose_mail_spells_its_own_name_is_a_new_employer_whatever_title_it_shares(tmp_path):
    """ "Pinecone Labs - Product Designer" from pineconelabs.io after Cedarline's refusal for a Product Designer role
    is Pinecone Labs' (it was read as Cedarline's, by the shared title)."""
    _eml(
        tmp_path,
        "1",
        "Cedarline <no-reply@greenhouse.io>",
        "Your application to Cedarline",
        "Thank you for applying to the Product Designer role at Cedarline. We've decided to move ahead with other "
        "candidates.",
        "Mon, 03 Mar 2025",
    )
    _eml(
        tmp_path,
        "2",
        "Maya Lin <maya@pineconelabs.io>",
        "Pinecone Labs - Product Designer",
        "Hi Jordan, thank you for your application. We've filled the Product Designer role, so we're closing out the "
        "search.",
        "Fri, 14 Mar 2025",
    )
    events = read_mailbox(tmp_path, tz="UTC").events
    assert [company_key(c) for c in events["company"]] == ["cedarline", "pineconelabs"], events


def test_a_name_in_capitals_reads_in_its_words_usual_case(tmp_path):
    """A job site writes an employer as registered, in capitals ("TURIA INDUSTRIAL SA"): the reading shows it in its
    words' case, and keeps initials and legal forms ("CVS", "SA"); its key is the same either way."""
    _eml(
        tmp_path,
        "a",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was sent to TURIA INDUSTRIAL SA",
        "Your application was sent to TURIA INDUSTRIAL SA\nProcess Engineer\nTURIA INDUSTRIAL SA · Valencia (On-site)",
        "Mon, 06 Oct 2025",
    )
    _eml(
        tmp_path,
        "b",
        "CVS HEALTH <cvshealth@myworkday.com>",
        "Thank you for applying to CVS HEALTH",
        "Dear Pat, thank you for applying to CVS HEALTH for the Pharmacy Technician position.",
        "Tue, 07 Oct 2025",
    )
    r = read_mailbox(tmp_path, tz="UTC")
    assert list(r.events["company"]) == ["Turia Industrial", "CVS Health"]
    assert company_key("Turia Industrial SA") == company_key("TURIA INDUSTRIAL SA")


def test_the_progress_bar_counts_the_messages_read(tmp_path, capsys):
    """The bar counts messages, as the reading does: a Takeout export's recipients, read before its first message,
    are no message (the bar once showed one more than the mailbox held)."""
    import make_hundredeightyfourth_mailbox as corpus

    msgs = corpus.messages()
    r = read_mailbox(corpus.build(tmp_path, msgs), tz="UTC", progress=True)
    bar = capsys.readouterr().err.replace("\r", "\n").strip().splitlines()[-1]
    assert r.messages == len(msgs)
    assert f"reading mail: {len(msgs)} messages" in bar, bar


def test_a_message_saved_without_a_date_is_dated_by_its_last_mail_server(tmp_path):
    """Some programs save a message without its ``Date`` header (a draft, a copy saved from the web): its first
    ``Received`` header, the last mail server's stamp, dates it, as mail programs do.  Before, its event had no
    date at all (NaT)."""
    from email.message import EmailMessage

    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = "Acme Careers <careers@acme.com>", "pat@gmail.com", "Thank you for applying"
    m["Received"] = "from mx.example by mx.google.com with ESMTPS; Tue, 07 Oct 2025 23:12:03 -0700 (PDT)"
    m["Received"] = "from mail.acme.com by mx.example; Tue, 07 Oct 2025 23:11:58 -0700"
    m["Message-ID"] = "<1@acme.com>"
    m.set_content("Hi Pat, thank you for applying to Acme. We received your application.")
    (tmp_path / "1.eml").write_bytes(bytes(m))
    events = read_mailbox(tmp_path, tz="Europe/Berlin").events
    assert events[["company", "event"]].values.tolist() == [["Acme", "applied"]]
    assert events["date"].tolist() == [pd.Timestamp("2025-10-08")]  # (08:12 the next morning in Berlin)
